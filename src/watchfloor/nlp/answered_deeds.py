"""Who did the deed another answers, when its phrase names no one: "U.S. forces struck militias in
Iraq in response to a drone attack that injured three U.S. service members" tells the militias'
attack on the service members (the second trigger, `second_triggers.answers_it`)."""

from __future__ import annotations

from watchfloor.nlp.event_evidence import Party, SentenceEvidence
from watchfloor.nlp.event_parties import country_of
from watchfloor.nlp.role_paths import in_its_phrase
from watchfloor.nlp.types import Event


def answering_pair(
    evidence: SentenceEvidence, kind: str, recipient: int, answer: Event
) -> tuple[Party | None, Party | None]:
    """(actor, recipient) of the answered deed: the one the answer struck (not a place it fell in),
    and the party chosen as its recipient (`recipient`, an index; the last is nobody) where that
    stands in the answered deed's own phrase ("in response to attacks on shipping" tells of no
    attack on the answerer)."""
    target = evidence.parties[recipient] if recipient < len(evidence.parties) else None
    if target is not None and not in_its_phrase(evidence.second_role_features.get((kind, recipient), [])):
        target = None
    struck = next((p for p in evidence.parties if p.name == answer.recipient), None)
    if struck is None or "loc" in struck.features:
        return None, target  # ("airstrikes in Syria": where the answer fell, not whom it answered)
    if target is not None and country_of(target) == country_of(struck) is not None:
        return None, target
    return struck, target
