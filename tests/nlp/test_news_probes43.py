"""Readings mended in session 43, each on sentences written here: who was told of a deed, whom a
participle charges with a deed, an earlier doer beside a passive naming none, a city the NER took
for a body, a state organ's spokesperson, a denial naming no doer, an opposition leader, who
answers a deed, and a person of no office addressing their own state."""

from __future__ import annotations

from dataclasses import replace

from tests.nlp.test_entities import extract
from tests.nlp.test_event_roles import events_in, evidence_of

from watchfloor.nlp.allowed_pairs import allowed_pairs
from watchfloor.nlp.event_evidence import Party, SentenceEvidence
from watchfloor.nlp.event_model_file import load_event_model
from watchfloor.nlp.event_parties import organ_of_state


def _evidence(body: str, kind: str) -> SentenceEvidence:
    return next(e for e in evidence_of(f"Desk Note\n\n{body}") if kind in e.templates)


def _allowed(evidence: SentenceEvidence, kind: str, second: bool = False) -> set[tuple[str, str]]:
    """The (actor, recipient) names a sentence's grammar allows (nobody: "-")."""
    names = [p.name for p in evidence.parties] + ["-"]
    return {(names[a], names[r]) for a, r in allowed_pairs(evidence, kind, None, second)}


def test_who_is_told_of_a_deed_neither_did_it_nor_suffered_it() -> None:
    evidence = _evidence(
        "The spokesman said the senator had been briefed on the bombing of the depot.", "ASSAULT"
    )
    told = next(i for i, p in enumerate(evidence.parties) if p.name.endswith("senator"))
    assert "told_of_it" in evidence.role_features[("ASSAULT", told)]
    assert not {pair for pair in _allowed(evidence, "ASSAULT") if evidence.parties[told].name in pair}
    # one who is told something else is no one told of the deed
    evidence = _evidence("The senator was told to leave before the bombing of the depot.", "ASSAULT")
    assert all("told_of_it" not in f for f in evidence.role_features.values())


def test_whom_a_participle_charges_with_a_deed_did_it_and_no_one_else() -> None:
    evidence = _evidence(
        "Egypt executed three men on Monday convicted of bombing a church in Cairo.", "ASSAULT"
    )
    assert evidence.seconds["ASSAULT"].trigger == "bombing"
    allowed = _allowed(evidence, "ASSAULT", second=True)
    assert {actor for actor, _ in allowed} - {"-"} == {"three men"}
    # the noun the participle describes, wherever the parser hangs it
    evidence = _evidence("Police arrested two students accused of attacking a police station.", "ASSAULT")
    assert {actor for actor, _ in _allowed(evidence, "ASSAULT")} - {"-"} == {"two students"}


def test_an_earlier_party_beside_a_passive_that_names_no_doer_is_marked_so() -> None:
    evidence = evidence_of(
        "Desk Note\n\nThe army seized power in Niamey on Wednesday. "
        "President Mohamed Bazoum was detained in his residence."
    )[-1]
    carried = [f for (kind, _), f in evidence.role_features.items() if kind == "COERCE" and "prev" in f]
    assert carried and all("nopath_agentless" in f for f in carried)
    evidence = evidence_of(
        "Desk Note\n\nThe army seized power in Niamey on Wednesday. Soldiers detained the president."
    )[-1]
    assert all("nopath_agentless" not in f for f in evidence.role_features.values())


def test_a_city_or_region_the_ner_took_for_a_body_is_a_place_not_a_party() -> None:
    evidence = evidence_of(
        "Desk Note\n\nUS bombers struck the Fordow, Natanz and Isfahan nuclear sites in Iran."
    )
    assert all(p.country is not None for p in evidence[-1].parties)  # (no "Isfahan" of no state)
    evidence = evidence_of(
        "Desk Note\n\nRussian missiles hit Kyiv and other cities in Ukraine "
        "in revenge for Crimea bridge blast"
    )
    assert "Crimea" not in {p.name for p in evidence[-1].parties}
    # a body named like a small town stays a body ("Azov", 80,000 people)
    evidence = evidence_of("Desk Note\n\nThe Azov brigade said it repelled an assault near Pokrovsk.")
    assert any(p.name.startswith("Azov") for p in evidence[-1].parties)


def test_a_state_organs_spokesperson_is_of_the_state_written_before_the_office() -> None:
    _, entities = extract("Iraqi military spokesman Karim Sadeghi said the strike hit a depot.")
    assert entities["Karim Sadeghi"]["country"] == "IRQ"
    _, entities = extract("Russia's Defence Ministry spokesman Andrei Volkov said the strike hit a depot.")
    assert entities["Andrei Volkov"]["country"] == "RUS"
    # a spokesperson of no state named stays of none (a body's, the UN's, a company's)
    _, entities = extract("Spokesman Andrei Volkov said the talks would resume in Geneva.")
    assert entities["Andrei Volkov"]["country"] is None


def test_a_deed_denied_with_no_one_doing_it_is_no_event() -> None:
    model = load_event_model()
    assert model is not None
    denied = next(e for e in events_in("Iran never supplied drones to Russia.") if e.type == "AID")
    assert denied.certainty == "denied" and model.whole_enough(denied)
    assert not model.whole_enough(replace(denied, actor=None, actor_country=None))


def test_an_opposition_leader_is_of_the_state_but_no_organ_of_it() -> None:
    opposition = Party(
        "the opposition leader", "VEN", None, "GROUP", None, ["group:leader", "group_of_state"]
    )
    minister = Party("the defence minister", "VEN", None, "GROUP", None, ["group:minister", "group_of_state"])
    assert organ_of_state(minister) and not organ_of_state(opposition)


def test_who_answers_a_deed_did_not_do_the_deed_it_answers() -> None:
    evidence = _evidence(
        "French troops struck the militants in Mali on Sunday in response to an ambush that killed "
        "two French soldiers.",
        "ASSAULT",
    )
    assert evidence.seconds["ASSAULT"].trigger == "ambush"
    actors = {actor for actor, _ in _allowed(evidence, "ASSAULT", second=True)}
    assert "French troops" not in actors and "the militants" in actors


def test_a_person_holding_no_office_may_accuse_the_rulers_of_their_own_state() -> None:
    evidence = _evidence("Opposition leader Leopoldo Lopez accused the government of fraud.", "ACCUSE")
    assert ("Leopoldo López", "the government") in _allowed(evidence, "ACCUSE")
    # one of the state's own officers does not (the state acting on itself)
    evidence = _evidence(
        "Venezuelan Interior Minister Carlos Mendez accused the government of fraud.", "ACCUSE"
    )
    assert ("Carlos Mendez", "-") in _allowed(evidence, "ACCUSE")
    assert not {
        pair for pair in _allowed(evidence, "ACCUSE") if pair[0] == "Carlos Mendez" and pair[1] != "-"
    }
