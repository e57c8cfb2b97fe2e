from __future__ import annotations

from watchfloor.nlp.model import load_nlp


def spans(text: str) -> list[tuple[str, str, str]]:
    doc = load_nlp()(text)
    return [(s.text, s.label_, s.kb_id_) for s in doc.spans["kb"]]


def test_names_demonyms_metonyms_and_weapons_are_marked() -> None:
    found = spans("Iranian officials told the Kremlin that Shahed drones reached Moscow.")
    labels = {text: (label, key) for text, label, key in found}
    assert labels["Iranian"] == ("NORP", "state:IRN")
    assert labels["Kremlin"][1] == "state:RUS"
    assert labels["Shahed drones"] == ("WEAPON", "weapon:shahed")  # the family's alias, in the plural


def test_short_acronyms_count_only_in_capitals() -> None:
    assert ("US", "GPE", "state:USA") in spans("The US imposed sanctions.")
    assert not [s for s in spans("Let us see what the sanctions do.") if s[2] == "state:USA"]


def test_a_name_with_a_curly_apostrophe_is_the_same_name() -> None:
    # news sets "People’s" with U+2019; the knowledge base lists "People's"
    found = {
        text: key
        for text, _label, key in spans("Munitions from the Democratic People\u2019s Republic of Korea.")
    }
    assert found["Democratic People\u2019s Republic of Korea"] == "state:PRK"
    assert "Republic of Korea" not in found  # no longer read as South Korea inside the longer name


def test_a_weapon_named_in_the_plural_is_the_weapon_not_a_body() -> None:
    found = spans("Kyiv asked for more Patriots after Russia flew Su-35s over the front.")
    assert ("Patriots", "WEAPON", "weapon:patriot") in found  # the NER reads "Patriots" as a body
    assert ("Su-35s", "WEAPON", "weapon:su35") in found


def test_a_name_written_in_lower_case_is_a_common_phrase_unless_listed_so() -> None:
    found = spans("The EU's foreign policy chief spoke to Foreign Policy about the morality police.")
    keys = [key for _text, _label, key in found]
    assert keys.count("organization:foreign-policy") == 1  # the magazine, not the chief's portfolio
    assert ("morality police", "ORG", "organization:guidance-patrol") in found


def test_a_name_is_the_same_with_or_without_its_accents() -> None:
    # the knowledge base lists "Guler" and "Yaşar Güler"; news writes the surname either way
    accented = spans("Austin congratulated Minister Güler on the anniversary.")
    assert ("Güler", "PERSON", "person:yasar-guler") in accented
    plain = spans("Austin congratulated Minister Guler on the anniversary.")
    assert ("Guler", "PERSON", "person:yasar-guler") in plain
