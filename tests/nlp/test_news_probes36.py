"""News constructions, session 36: two sides agreeing to do something, idioms in the passive,
diplomatic ties cut, a pair of sides trading fire, a headline's victim modified by its state, a
site held by no one known, and a party named elsewhere as well as where. Sentences written for
these tests."""

from __future__ import annotations

from tests.nlp.test_event_roles import events_in, evidence_of

from watchfloor.nlp.deed_roles import undergoes_it
from watchfloor.nlp.extract import load_nlp


def _settled(body: str) -> list[str]:
    return [f for f in evidence_of(body)[-1].features if f.startswith("settled:")]


def test_two_sides_agreeing_to_do_something_is_an_agreement_between_them() -> None:
    body = "Ethiopia and Eritrea met in Asmara in July. The two governments agreed to resume flights."
    assert "settled:AGREE" in _settled(body)
    agreements = {(e.actor_country, e.recipient_country) for e in events_in(body) if e.type == "AGREE"}
    assert agreements == {("ETH", "ERI"), ("ERI", "ETH")}
    assert "settled:AGREE" not in _settled("Eritrea may agree to resume flights.")


def test_a_party_named_where_as_well_as_who_may_receive_an_agreement() -> None:
    events = events_in("Armenia and Azerbaijan agreed to open the border crossing at Lachin.")
    assert ("ARM", "AZE") in {(e.actor_country, e.recipient_country) for e in events if e.type == "AGREE"}


def test_an_idiom_holds_in_the_passive_and_in_a_participle() -> None:
    assert "COERCE" not in evidence_of("Talks were held in Geneva on Monday.")[0].templates
    assert "COERCE" not in evidence_of("Rebels shelled positions held by the army near Goma.")[0].templates
    assert "COERCE" in evidence_of("Two journalists were held by police in Minsk.")[0].templates


def test_cutting_diplomatic_ties_with_a_party_is_surely_a_penalty() -> None:
    assert "settled:SANCTION" in _settled("Ghana recalled its ambassador from Lome on Tuesday.")
    assert "settled:SANCTION" not in _settled("Ghana may recall its ambassador from Lome.")
    assert "settled:SANCTION" not in _settled("Ghana recalled its ambassador on Tuesday.")  # from whom?
    severed = [e for e in events_in("Chad severed ties with Sudan on Friday.") if e.type == "SANCTION"]
    assert [(e.actor_country, e.recipient_country) for e in severed] == [("TCD", "SDN")]


def test_a_pair_of_sides_named_by_one_noun_trades_fire() -> None:
    body = "Ethiopia and Eritrea met in Asmara in July. The two armies exchanged fire across the border."
    assert "settled:ASSAULT" in _settled(body)
    attacks = {(e.actor_country, e.recipient_country) for e in events_in(body) if e.type == "ASSAULT"}
    assert attacks == {("ETH", "ERI"), ("ERI", "ETH")}


def test_a_headlines_victim_and_its_state_undergo_the_deed() -> None:
    doc = load_nlp()("Border guard officer killed in attack by armed men")
    killed = next(t for t in doc if t.text == "killed")
    assert killed.dep_ == "acl"  # (the participle describes the noun: "officer killed")
    assert undergoes_it(doc[0], killed) and undergoes_it(doc[2], killed)  # "Border", "officer"
    assert not undergoes_it(doc[-1], killed)  # "men"


def test_a_site_held_by_no_one_known_is_no_party() -> None:
    parties = [p.name for p in evidence_of("Gunmen overran the Kalma camp in Darfur.")[0].parties]
    assert "Kalma" not in parties
    events = events_in("Gunmen overran the Kalma camp in Darfur.")
    assert all(e.recipient != "Kalma" for e in events)
    line = evidence_of("Shelling along the Line of Control killed three people, officials said.")[0]
    assert "Line of Control" not in [p.name for p in line.parties]
