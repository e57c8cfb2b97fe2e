"""Title Case headlines read as sentences: "U.S. Imposes Additional Sanctions on Iran's Leaders"
is parsed as "U.S. imposes Additional sanctions on Iran's Leaders".

The parser takes a capitalised word for a proper noun, so in a Title Case headline the verb and
the event nouns vanish into one long name. Before parsing, the common words of such a line (the
function words, the trigger lexicon's words in their inflected forms and the nouns that stand for
parties) are written in lower case; names the knowledge base knows keep their capitals ("Morality
Police", "Revolutionary Guard"). Only the case changes, so every offset stays the same.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from watchfloor.errors import ConfigError
from watchfloor.kb import load_kb
from watchfloor.nlp.event_evidence import PARTY_NOUNS
from watchfloor.nlp.triggers import load_lexicon

WATERS = frozenset({"Sea", "Gulf", "Ocean", "Strait", "Straits", "Bay", "Canal"})
_WORD = re.compile(r"[A-Za-z][a-z]+")
_TOKEN = re.compile(r"\S+")
_LONG_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
# past forms of news verbs the regular rules miss
IRREGULAR = frozenset(
    {"struck", "shot", "hit", "fled", "sent", "led", "held", "met", "took", "gave", "sold", "bought",
     "fought", "sought", "won", "drew", "threw", "made", "brought", "told", "said", "spoke", "broke",
     "stood", "began", "left", "kept", "lost", "fell", "rose", "withdrew", "overtook", "upheld"}
)  # fmt: skip
MIN_WORDS = 3  # capitalised words of four letters or more that make a line Title Case
SHARE = 0.75


def is_title_case(line: str) -> bool:
    """A one-line heading whose long words are nearly all capitalised, with no full stop."""
    if "\n" in line.strip() or line.rstrip().endswith((".", "?", "!")):
        return False
    words = _LONG_WORD.findall(line)
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised >= MIN_WORDS and capitalised >= SHARE * len(words)


def sentence_case(line: str) -> str:
    """`line` with its common words lower-cased when it is Title Case; else `line` itself. The
    first word keeps its capital, as a sentence's would, and so do the names the knowledge base
    finds in the line."""
    if not is_title_case(line):
        return line
    common = _common_words()
    kept = _named_spans(line)
    opening = _TOKEN.search(line)
    if opening is not None:
        kept.add(opening.start())

    def recase(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        if not word[0].isupper() or lower not in common or match.start() in kept:
            return word
        return lower if len(lower) == len(word) else word

    return _WORD.sub(recase, line)


def _named_spans(line: str) -> set[int]:
    """Where the words of a name the knowledge base knows start ("Morality Police")."""
    kb = load_kb()
    words = list(_TOKEN.finditer(line))
    kept: set[int] = set()
    for i, word in enumerate(words):
        if not word.group(0)[0].isupper():
            continue
        found, size = kb.longest_match(" ".join(w.group(0) for w in words[i : i + 8]))
        if found:
            kept.update(w.start() for w in words[i : i + size])
        elif word.group(0) in WATERS and i > 0 and words[i - 1].group(0)[0].isupper():
            kept.update((words[i - 1].start(), word.start()))  # "Red Sea", "Persian Gulf"
    return {m.start() for w in words if w.start() in kept for m in _WORD.finditer(line, w.start(), w.end())}


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    lexicon = load_lexicon()
    lemmas = {w for table in (lexicon.verbs, lexicon.nouns) for phrase in table for w in phrase.split()}
    lemmas |= PARTY_NOUNS | _headline_words(words_path())
    return frozenset({*STOP_WORDS, *IRREGULAR, *(form for lemma in lemmas for form in inflections(lemma))})


def words_path() -> Path:
    return Path(str(resources.files("watchfloor") / "data" / "events" / "headline_words.txt"))


def _headline_words(path: Path) -> set[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the headline words ({exc})") from exc
    words = {line.strip().lower() for line in lines if line.strip() and not line.startswith("#")}
    odd = sorted(w for w in words if not w.isalpha())
    if odd:
        raise ConfigError(f"{path}: one word a line, letters only: {', '.join(odd[:5])}")
    return words


def inflections(lemma: str) -> set[str]:
    """The regular forms of an English noun or verb (the irregular ones are in IRREGULAR)."""
    forms = {lemma, lemma + "s", third_person(lemma), lemma + "ed", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    if _consonant_y(lemma):
        forms.add(lemma[:-1] + "ied")
    return forms


def third_person(lemma: str) -> str:
    """A verb's third person singular, or a noun's plural: "targets", "pushes", "denies"."""
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        return lemma + "es"
    return lemma[:-1] + "ies" if _consonant_y(lemma) else lemma + "s"


def _consonant_y(lemma: str) -> bool:
    return lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou"
