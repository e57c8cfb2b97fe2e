"""How a chosen type and pair of parties become an `Event`: the trigger's attributes (or the
rules' own reading of this very event), the actor's stance as the sentence and its quotation
have it, and roles turned round for an inverse trigger."""

from __future__ import annotations

from dataclasses import replace

from watchfloor.nlp.event_evidence import DATELINED, EventTemplate, Party, SentenceEvidence
from watchfloor.nlp.event_parties import country_of
from watchfloor.nlp.event_places import made_there
from watchfloor.nlp.event_scorers import TYPE_GROUPS
from watchfloor.nlp.event_stance import stance_of_event
from watchfloor.nlp.types import Event


def ordered_roles(
    subject: Party | None, other: Party | None, inverse: bool
) -> tuple[Party | None, Party | None]:
    """(actor, recipient): roles are learnt and chosen as the trigger's grammar has them; an
    inverse trigger ("Ukraine shot down Russian drones") turns them round."""
    return (other, subject) if inverse else (subject, other)


def turned_round(event: Event) -> Event:
    return replace(
        event, actor=event.recipient, actor_country=event.recipient_country,
        recipient=event.actor, recipient_country=event.actor_country,
    )  # fmt: skip


def build_event(evidence: SentenceEvidence, kind: str, actor: Party | None, recipient: Party | None,
           confidence: float, template: EventTemplate | None = None) -> Event:  # fmt: skip
    template = template or evidence.templates.get(kind) or evidence.templates[""]
    actor_country, recipient_country = country_of(actor), country_of(recipient)
    for rule in evidence.rule_events:  # the rules read this very event: its own trigger's attributes
        if (rule.type, rule.actor_country, rule.recipient_country) == (
            kind,
            actor_country,
            recipient_country,
        ):
            # ... except a stance the sentence gives beyond the trigger ("US: ..." headlines)
            stance = (rule.certainty, rule.source) if rule.certainty != "asserted" else (
                template.certainty, template.source)  # fmt: skip
            template = EventTemplate(
                rule.trigger, rule.mode, rule.date, rule.place, *stance, rule.quantity, True
            )
            break
    if kind == "REJECT" and not template.trigger and template.certainty == "denied":
        template = replace(template, certainty="asserted")  # "has not accepted the offer": the refusal
    certainty, source = actor_stance(
        evidence, kind, template.certainty, template.source, actor.name if actor else None, actor_country
    )
    place = template.place
    if kind in DATELINED and (place is None or not template.trigger):
        # a statement with no word of its own says nothing of a place: the dateline's, when
        # its maker is of the dateline's state
        there = made_there(actor.country if actor else None, evidence.dateline_country)
        place = evidence.dateline if there else None
    return Event(
        type=kind,
        mode=template.mode,
        actor=actor.name if actor else None,
        actor_country=actor.country if actor else None,
        recipient=recipient.name if recipient else None,
        recipient_country=recipient.country if recipient else None,
        date=template.date,
        place=place,
        certainty=certainty,
        source=source,
        text=evidence.text,
        start=evidence.start,
        end=evidence.end,
        markers=evidence.markers,
        trigger=template.trigger,
        quantity=template.quantity,
        confidence=round(confidence, 4),
    )


def actor_stance(
    evidence: SentenceEvidence, kind: str, certainty: str, source: str | None, actor: str | None,
    actor_country: str | None,
) -> tuple[str, str | None]:  # fmt: skip
    """The event's (certainty, source) from its trigger's, as the sentence and its quotation have it."""
    return stance_of_event(
        evidence.text, certainty, source, actor, own_side=reports_own_side(evidence, kind, actor_country),
        quoted=evidence.quoted, statement=TYPE_GROUPS.get(kind) == "say", quoted_by=evidence.quoted_by,
    )  # fmt: skip


def reports_own_side(evidence: SentenceEvidence, kind: str, actor_country: str | None) -> bool:
    """Whether an actor who reports its own event asserts it: a statement is the act itself
    (ACCUSE, REQUEST, ...), or the report's author is the actor's government. An official
    telling a newspaper what their side did is attributed (GUIDE)."""
    if TYPE_GROUPS.get(kind) == "say":
        return True
    author = next((p for p in evidence.parties if p.label == "AUTHOR"), None)
    return author is not None and actor_country is not None and author.country == actor_country
