"""A denial of a part in a deed is that deed, denied (GUIDE: "Iran denied involvement in X" makes X
`denied`): "Sergei Skripal was poisoned in Salisbury ... Moscow has denied any involvement" is an
attack by Russia on Skripal that Russia denies. The deed is the one the denial names by its noun
("denied involvement in the killing"), of the sentence's own reading where it has one, else the
story's lead deed of that kind; a denial that names none denies the story's lead deed of force.
The denier is the deed's actor, and the deed keeps its own date and recipient."""

from __future__ import annotations

from dataclasses import replace

from watchfloor.nlp.event_evidence import SentenceEvidence
from watchfloor.nlp.types import Event
from watchfloor.settings import CONFIDENT

# what a denial denies a part in ("denied any involvement", "denies responsibility for the attack")
PART_WORDS = frozenset(
    {"involvement", "role", "responsibility", "part", "hand", "link", "connection", "participation",
     "complicity", "culpability", "blame"}
)  # fmt: skip
DEEDS = ("ASSAULT", "COERCE")  # the deeds denied so, the attack first


def name_the_denied(events: list[Event], evidence: list[SentenceEvidence]) -> list[Event]:
    """`events` (in the document's order) with each deed a denial of a part in it denies: the
    sentence's own event of the deed given the denier and made `denied`, else a new event."""
    denials = {s.start: s for s in evidence if denies_a_part(s.features)}
    out: list[Event] = []
    lead: dict[str, Event] = {}  # the story's first deed of each kind
    sure: dict[str, Event] = {}  # and its first confident one
    for event in events:
        if event.type in DEEDS:
            lead.setdefault(event.type, event)
            if event.confidence >= CONFIDENT:
                sure.setdefault(event.type, event)
        sentence = denials.get(event.start)
        if sentence is None or event.type != "REJECT" or event.actor is None:
            out.append(event)
            continue
        out.append(event)
        named = [k for k in DEEDS if f"tpos:{k}:NOUN" in sentence.features]
        own = next((e for e in out if e.start == event.start and e.type in named), None)
        if own is not None:  # "denied responsibility for the attack on the port": that attack
            out[out.index(own)] = replace(
                own, actor=event.actor, actor_country=event.actor_country, certainty="denied", source=None
            )
            continue
        # (of a kind it names, the first told of it; else the first confident deed of force)
        told = [lead.get(k) for k in named] if named else [sure.get(k) for k in DEEDS]
        deed = next((d for d in told if d is not None and d.start != event.start), None)
        if deed is None or deed.recipient == event.actor:
            continue  # (nothing told before it; or, misread, a deed the denier would do to itself)
        out.append(
            replace(
                deed, actor=event.actor, actor_country=event.actor_country, certainty="denied",
                source=None, text=event.text, start=event.start, end=event.end, markers=event.markers,
                trigger="", confidence=event.confidence,
            )
        )  # fmt: skip
    return out


def denies_a_part(features: list[str]) -> bool:
    """Whether a sentence denies a part in something ("Moscow has denied any involvement")."""
    return "tlemma:REJECT:deny" in features and any(f"w:{word}" in features for word in PART_WORDS)
