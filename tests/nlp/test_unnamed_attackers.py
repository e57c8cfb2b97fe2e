"""An attack told without its attacker is the document's chief attacker's: events written here."""

from __future__ import annotations

from watchfloor.nlp.types import Event
from watchfloor.nlp.unnamed_attackers import name_unnamed_attackers


def attack(actor: str | None, country: str | None, target: str | None, target_country: str | None,
           start: int, kind: str = "ASSAULT") -> Event:  # fmt: skip
    return Event(
        type=kind, mode=None, actor=actor, actor_country=country, recipient=target,
        recipient_country=target_country, date=None, place=None, certainty="asserted", source=None,
        text="...", start=start, end=start + 3, confidence=0.8,
    )  # fmt: skip


def test_an_attack_without_attacker_is_the_documents_chief_attackers() -> None:
    events = [
        attack("Houthis", "YEM", "M/V Tutor", "LBR", 0),
        attack("Houthis", "YEM", "M/V Verbena", "PLW", 10),
        attack("United States", "USA", "Houthis", "YEM", 20),
        attack(None, None, "M/V Verbena", "PLW", 30),  # "The attack on the Verbena caused fires"
    ]
    named = name_unnamed_attackers(events)
    assert (named[3].actor, named[3].actor_country) == ("Houthis", "YEM")
    assert named[3].confidence == round(0.8 * 2 / 3, 4)  # the attacker's share of the attacks
    assert named[:3] == events[:3]


def test_no_attacker_is_given_its_own_target_another_type_or_a_repeat() -> None:
    events = [
        attack("Houthis", "YEM", "M/V Tutor", "LBR", 0),
        attack(None, None, "Houthis", "YEM", 10),  # the chief attacker attacked: someone else did it
        attack(None, None, "M/V Tutor", "LBR", 0),  # the sentence has this very attack already
        attack(None, None, "Iran", "IRN", 20, kind="ACCUSE"),
    ]
    named = name_unnamed_attackers(events)
    assert named == [events[0], events[1], events[3]]
    assert name_unnamed_attackers(events[1:2]) == events[1:2]  # nobody named attacking: as it is
