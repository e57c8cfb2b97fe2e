"""The extraction pipeline's `TagAttributes` sets exactly what the base model's attribute ruler sets."""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from watchfloor.nlp.model import load_base_nlp, load_nlp
from watchfloor.nlp.tag_attributes import TagAttributes

# written for this test: tags and words the ruler has exceptions for (articles, "that" as a
# pronoun, subordinators, "there is"), contractions of two tokens ("ain't", "gonna", "let's",
# "y'all", "gotta"), spaces and plain news prose
TEXTS = [
    "The ministers said that the talks, which began in Doha, would resume if both sides agree.",
    "There is no deal yet, but there were signs of one; a senior official said so.",
    "We ain't gonna wait. Let's go, y'all, we gotta leave before the strikes begin.",
    "Those drones  were shot down over the city.\n\nThese were Iranian-made, officials said.",
    "Whether or not it holds, the ceasefire is fragile; he'd said as much on Tuesday.",
]


def _annotations(nlp: Language, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    return [(t.text, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_the_faster_ruler_replaces_spacy_s_and_sets_the_same_attributes() -> None:
    extraction = load_nlp()
    assert isinstance(extraction.get_pipe("attribute_ruler"), TagAttributes)
    assert isinstance(load_base_nlp().get_pipe("attribute_ruler"), AttributeRuler)
    plain = list(load_base_nlp().pipe_names)
    with extraction.select_pipes(enable=plain):
        for text in TEXTS:
            assert _annotations(extraction, text) == _annotations(load_base_nlp(), text)


def test_later_rules_win_and_two_token_rules_set_their_indexed_token() -> None:
    nlp = load_base_nlp()
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "strike"}]], {"LEMMA": "first"})
    ruler.add([[{"TAG": "NN", "LOWER": {"IN": ["strike", "raid"]}}]], {"LEMMA": "second"})
    ruler.add([[{"LOWER": "air"}, {"LOWER": {"REGEX": "^strikes?$"}}]], {"LEMMA": "pair"}, index=1)
    faster = TagAttributes(nlp.vocab)
    faster.take_rules(ruler)
    words = ["one", "strike", "and", "an", "air", "strike"]
    tags = ["CD", "NN", "CC", "DT", "NN", "NN"]
    doc = faster(Doc(nlp.vocab, words=words, tags=tags))
    assert [t.lemma_ for t in doc] == ["", "second", "", "", "", "pair"]
    same = ruler(Doc(nlp.vocab, words=words, tags=tags))
    assert [t.lemma_ for t in same] == [t.lemma_ for t in doc]
