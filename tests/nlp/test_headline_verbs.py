"""A headline's verb the parser read as a noun is read as the verb, on headlines written for
these tests; a label line keeps its nouns, and a statement's title its last noun."""

from __future__ import annotations

from watchfloor.layout import analyse_layout
from watchfloor.models import Document
from watchfloor.nlp.event_evidence import SentenceEvidence
from watchfloor.nlp.extract import parse_documents, read_document
from watchfloor.nlp.headline_verbs import read_titled_statement, read_verbless_headline
from watchfloor.nlp.model import load_nlp


def headline_evidence(title: str) -> SentenceEvidence:
    text = f"{title}\n\nOfficials said on Thursday that the matter was under review."
    document = Document(text, "t.txt", "t.txt", "text", published="2024-05-02")
    layout = analyse_layout(text)
    _, evidence = read_document(document, layout, next(parse_documents([(document, layout)])))
    return evidence[0]


def test_a_misread_headline_verb_is_the_lines_verb() -> None:
    nlp = load_nlp()
    for line, verb, subject in [
        ("US sanctions Chinese refiners over Iranian oil", "sanctions", "US"),
        ("Houthis target tanker in Gulf of Aden", "target", "Houthis"),
    ]:
        doc = nlp(line)
        assert doc[[t.text for t in doc].index(verb)].pos_ != "VERB"  # the parser's own reading
        assert read_verbless_headline(doc, nlp)
        root = next(t for t in doc if t.dep_ == "ROOT")
        assert (root.text, root.pos_) == (verb, "VERB")
        assert [c.text for c in root.lefts if c.dep_ == "nsubj"] == [subject]
        assert doc.text == line  # the words and their offsets stay


def test_a_headline_verb_with_its_subject_misread_gets_its_subject() -> None:
    """The parser reads the verb but makes its subject a modifier of it; or reads the verb as a
    noun before a reporting tail (", US says")."""
    nlp = load_nlp()
    for line, verb, subject in [
        ("Mali junta expels Swedish ambassador, Bamako says", "expels", "junta"),
        ("Houthis attack ship in Red Sea, US says", "attack", "Houthis"),
    ]:
        doc = nlp(line)
        assert not any(c.dep_ == "nsubj" for c in doc[[t.text for t in doc].index(verb)].children)
        assert read_verbless_headline(doc, nlp)
        token = doc[[t.text for t in doc].index(verb)]
        assert token.pos_ == "VERB"
        assert token.head.lemma_ == "say"  # what the reporting tail says
        assert [c.text for c in token.lefts if c.dep_ == "nsubj"] == [subject]


def test_a_headline_verb_after_a_word_of_a_party_is_the_lines_verb() -> None:
    """No name before it, but a word of a party the parser made a modifier of the verb's object
    ("police fire" as one noun phrase; "soldiers detain" with the verb a modifier)."""
    nlp = load_nlp()
    for line, verb, subject in [
        ("Riot police fire rubber bullets at striking miners", "fire", "police"),
        ("Soldiers detain president and prime minister after reshuffle", "detain", "Soldiers"),
    ]:
        doc = nlp(line)
        assert read_verbless_headline(doc, nlp)
        root = next(t for t in doc if t.dep_ == "ROOT")
        assert (root.text, root.pos_) == (verb, "VERB")
        assert [c.text for c in root.lefts if c.dep_ == "nsubj"] == [subject]


def test_a_label_line_keeps_its_nouns() -> None:
    nlp = load_nlp()
    labels = (
        "Press Release",
        "Iran Protests",
        "Accessibility links",
        "Joint Statement Condemning Arms Transfers",
        "Iran-Russia Arms Transfers Criticized",  # a verb of its own, no reporting tail
    )
    for line in labels:
        doc = nlp(line)
        assert not read_verbless_headline(doc, nlp), line


def test_a_headline_read_so_gives_its_trigger_and_its_subject() -> None:
    for title, verb, subject in [
        ("Houthis target Greek tanker with missiles off Yemen", "target", "YEM"),
        ("U.S. Targets Leader of Militia Group in Syria", "target", "USA"),
    ]:
        evidence = headline_evidence(title)
        assert "ASSAULT" in evidence.templates, title
        doers = [p.country for p in evidence.parties if f"gov:nsubj:{verb}" in p.features]
        assert doers == [subject], title


def test_a_statements_title_keeps_its_last_word_a_noun() -> None:
    nlp = load_nlp()
    line = "Statement by NATO Secretary General on Russian missile strikes"
    doc = nlp(line)
    assert doc[-1].pos_ == "VERB"  # the parser's own reading: NATO's secretary general strikes
    assert read_titled_statement(doc, nlp)
    assert (doc[-1].pos_, doc[0].dep_) == ("NOUN", "ROOT") and doc.text == line
    assert "tpos:ASSAULT:NOUN" in headline_evidence(line).features
    clause = nlp("Statement says Russia struck Kyiv")
    assert not read_titled_statement(clause, nlp)
