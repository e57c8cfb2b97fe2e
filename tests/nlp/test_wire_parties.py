"""Who the parties of wire stories are: sides that clash, the attack a condemnation means,
"the group" after a sponsor and a state's forces, those a deed befell, a party noun that only
modifies another. Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.test_event_roles import events_in, evidence_of

from watchfloor.nlp.event_evidence import SentenceEvidence
from watchfloor.nlp.judged_deeds import name_the_judged
from watchfloor.nlp.types import Event


def test_sides_named_together_that_clash_each_strike_the_other() -> None:
    found = events_in(
        "Armenian and Azerbaijani troops clashed on the border on Tuesday, the defence ministry in"
        " Yerevan said."
    )
    dyads = {(e.actor_country, e.recipient_country) for e in found if e.type == "ASSAULT"}
    assert dyads == {("ARM", "AZE"), ("AZE", "ARM")}


def _event(kind: str, actor: str | None, country: str | None, start: int) -> Event:
    return Event(kind, None, actor, country, None, None, None, None, "asserted", None, "", start, start + 9)


def _sentence(start: int, features: list[str]) -> SentenceEvidence:
    return SentenceEvidence(start, start + 9, "", (), features, [], [], {})


def test_a_condemned_attack_is_the_one_the_report_leads_with() -> None:
    lead = _event("ASSAULT", "al-Shabaab", "SOM", 0)  # gunmen stormed a hotel
    reply = _event("ASSAULT", "Kenyan forces", "KEN", 10)  # forces ended the siege, killing them
    judged = _event("ACCUSE", "African Union", None, 20)  # the AU condemned the attack
    evidence = [_sentence(0, []), _sentence(10, []), _sentence(20, ["tpos:ASSAULT:NOUN"])]
    accusation = name_the_judged([lead, reply, judged], evidence)[2]
    assert (accusation.recipient, accusation.recipient_country) == ("al-Shabaab", "SOM")
    # the accuser's own side is passed over for the next attacker named
    own = _event("ACCUSE", "Somali government", "SOM", 20)
    assert name_the_judged([lead, reply, own], evidence)[2].recipient == "Kenyan forces"


def test_the_group_is_the_armed_group_not_its_sponsor_nor_the_forces_fighting_it() -> None:
    evidence = evidence_of(
        "Gunmen of al-Shabaab attacked a police station in Baidoa on Monday, officials said.\n\n"
        "Soldiers of the Somali army ended the fighting hours later, killing four of the gunmen.\n\n"
        "The al-Qaeda-linked group later claimed the raid on its radio station.\n\n"
        "The president said his government would never negotiate with the group."
    )
    for text in ("claimed the raid", "never negotiate"):
        sentence = next(e for e in evidence if text in e.text)
        pointed = [p.name for p in sentence.parties if "coref:group" in p.features]
        assert pointed == ["al-Shabaab"], text


def test_those_listed_among_the_dead_did_not_kill() -> None:
    found = events_in(
        "Azerbaijan shelled the positions of ethnic Armenian forces in Karabakh on Tuesday.\n\n"
        "The enclave's authorities said at least 27 people had been killed, including two civilians,"
        " and more than 200 wounded."
    )
    assert all(e.actor != "two civilians" for e in found)


def test_a_party_noun_that_only_modifies_another_is_no_party() -> None:
    sentence = evidence_of(
        "A junta spokesman confirmed the strike on state television and said the building was a rebel base."
    )[0]
    names = [p.name for p in sentence.parties]
    assert "state" not in names
