"""An attack a sentence tells without its attacker ("The June 12 attack on the Tutor caused
flooding", "a missile struck the vessel") is, in a report of one side's campaign, that side's:
the actor of most of the document's attacks with a named actor, as an analyst reading the whole
report (and the annotated dev set) takes it."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from watchfloor.kb import load_kb
from watchfloor.kb.records import Organization
from watchfloor.nlp.types import Event

ATTACK = "ASSAULT"


def name_unnamed_attackers(events: list[Event]) -> list[Event]:
    """`events` with each attack that has no actor given the document's chief attacker, unless
    it is the attack's own target; its confidence is scaled by that attacker's share of the
    document's attacks (and it is dropped where the sentence has that very attack already).
    Documents with no named attacker are left as they are. (An armed group's attacks may fall
    on its own state's ground: "bombs killed 100 people in Mogadishu" in a report whose attacks
    are al-Shabaab's.)"""
    attackers = Counter(e.actor_country for e in events if e.type == ATTACK and e.actor_country)
    if not attackers:
        return events
    chief, count = attackers.most_common(1)[0]
    share = count / sum(attackers.values())
    name = next(e.actor for e in events if e.type == ATTACK and e.actor_country == chief)
    told = {(e.start, e.actor_country, e.recipient_country) for e in events if e.type == ATTACK}
    out = []
    for event in events:
        # (a group that made every named attack of the report, on ground of its own state)
        own_ground = event.recipient_country == chief and (share < 1 or not _armed_group(name))
        if event.recipient == name:
            own_ground = True  # ("called on the Houthis to release the crew": no attack on themselves)
        if event.type == ATTACK and event.actor is None and not own_ground:
            if (event.start, chief, event.recipient_country) in told:
                continue
            confidence = round(event.confidence * share, 4)
            event = replace(event, actor=name, actor_country=chief, confidence=confidence)
        out.append(event)
    return out


def _armed_group(name: str | None) -> bool:
    """Whether the knowledge base knows the name as an armed group's."""
    return name is not None and any(
        isinstance(m.entity, Organization) and m.entity.kind == "militia" for m in load_kb().matches(name)
    )
