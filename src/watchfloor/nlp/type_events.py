"""The events of one type a sentence reports: the likeliest parties for its trigger, and for its second."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from watchfloor.nlp.allowed_pairs import allowed_pairs
from watchfloor.nlp.answered_deeds import answering_pair
from watchfloor.nlp.event_building import build_event, ordered_roles
from watchfloor.nlp.event_evidence import Party, SentenceEvidence
from watchfloor.nlp.event_parties import country_of
from watchfloor.nlp.event_scorers import TYPE_GROUPS
from watchfloor.nlp.mutual_deeds import agree_with_each_other, opponent_of
from watchfloor.nlp.pair_limits import HOSTED, allowed_recipients, host_state, listed_with
from watchfloor.nlp.protest_parties import people_of, protesters_of, state_addressed, state_protested
from watchfloor.nlp.role_paths import in_its_phrase, named_objects, role_path
from watchfloor.nlp.second_triggers import says_or_does_another
from watchfloor.nlp.types import Event

if TYPE_CHECKING:
    from watchfloor.nlp.event_model import EventModel


def events_of(model: EventModel, evidence: SentenceEvidence, kind: str, p_type: float) -> list[Event]:
    parties: list[Party | None] = [*evidence.parties, None]
    actor_p, recipient_p = model.both_roles(evidence, kind)
    template = evidence.templates.get(kind) or evidence.templates[""]
    speaker = template.source if template.certainty == "attributed" else None
    actor, recipient = model.likeliest_pair(evidence, kind, actor_p, recipient_p, speaker)
    nobody = len(evidence.parties)
    judged = (
        judged_by_its_deed(evidence, kind, actor, speaker)
        if recipient == nobody and kind in JUDGING
        else None
    )
    recipient = recipient if judged is None else judged
    recipient_sure = recipient_p[recipient]
    # (or to one the trigger's own phrase does not name: "Indian and Pakistani troops exchanged
    # fire ..., after the killing of 26 tourists")
    # (or to one listed with it: "Ukraine and Russia exchanged prisoners")
    listed = actor < nobody and recipient in evidence.parties[actor].coordinated
    mutual = template.mutual and (
        nobody in (actor, recipient) or not own_argument(evidence, kind, recipient) or listed
    )
    mutual = mutual or agree_with_each_other(evidence, kind, actor, recipient)
    if mutual and actor == nobody and recipient < nobody and evidence.parties[recipient].coordinated:
        actor = recipient  # "fighting broke out between the army and the RSF": each side fights
    opponent = opponent_of(evidence.parties, actor) if mutual else None
    if opponent is not None:
        # "Indian and Chinese troops clashed": each did it to the other, as surely as it did it
        # (whoever of them reports it)
        recipient_sure = actor_p[actor]
        pairs = [(actor, opponent), (opponent, actor)]
    else:
        features_of = [evidence.role_features.get((kind, i), ()) for i in range(len(parties))]
        if recipient == nobody and kind in HOSTED and not template.inverse:
            # the host state fills the place the model left to no named party, as surely
            elsewhere = {i for i, f in enumerate(features_of) if "where_another_acted" in f}
            recipient = host_state(evidence.parties, actor, recipient, elsewhere, HOSTED[kind])
        paths = [role_path(f) for f in features_of]
        actor, recipient = in_the_order_named(evidence.parties, paths, actor, recipient)
        pairs = [(actor, recipient)]
        pairs += [
            (a, recipient)
            for a in listed_with(parties, actor, recipient, actor_p, model.thresholds.extra_party)
        ]
        pairs += [
            (actor, r)
            for r in listed_with(parties, recipient, actor, recipient_p, model.thresholds.extra_party, paths)
        ]
        objects = set() if template.inverse else named_objects(features_of, prepositional=True)
        force = TYPE_GROUPS.get(kind) == "force"
        pairs = [(a, r) for a, r in pairs if r in allowed_recipients(parties, a, speaker, objects, force)]
    if not template.trigger and parties[actor] is None:
        return []  # no word of the type's and nobody doing it: a topic, not an event
    if kind == "PROTEST" and parties[actor] is None:
        stand_in = protesters_of(evidence.parties, recipient)
        if stand_in is not None:
            parties = [*parties[:-1], stand_in]  # "protests rocked Tehran": the protesters of Iran
    elif kind == "PROTEST":
        parties = [*parties]
        parties[actor] = people_of(parties[actor])  # "anti-Japan protests spread across China"
        protested = state_protested(parties[actor]) if parties[recipient] is None else None
        if protested is not None:
            parties[-1] = protested  # "students marched in Belgrade": against Serbia
    elif kind in ADDRESSED and parties[recipient] is None and (addressed := state_addressed(parties[actor])):
        parties = [*parties[:-1], addressed]  # "protesters are demanding broader changes": of Chile
    # a party listed with the chosen one fills the role as surely as it does (the softmax
    # split the role's probability among them)
    return [
        build_event(evidence, kind, *ordered_roles(parties[a], parties[r], template.inverse),
               p_type * math.sqrt(actor_p[actor] * recipient_sure))
        for a, r in pairs
    ]  # fmt: skip


JUDGING = frozenset({"SUPPORT", "ACCUSE"})  # statements that judge a deed and whoever did it
ADDRESSED = frozenset({"REQUEST", "ACCUSE", "REJECT"})  # what a state's people say to their state
DEED_DONE_BY = "pobj^prep:by^dobj^"  # the "by" of the verb's object: "welcomed the signing by ..."


def judged_by_its_deed(evidence: SentenceEvidence, kind: str, actor: int, speaker: str | None) -> int | None:
    """The party whose deed a statement judges, named as its doer in the verb's object ("welcomed
    the signing of the declaration by the two Sudanese parties"), where the pair is allowed."""
    parties: list[Party | None] = [*evidence.parties, None]
    allowed = allowed_recipients(parties, actor, speaker) if actor < len(evidence.parties) else []
    for i in range(len(evidence.parties)):
        if i in allowed and role_path(evidence.role_features.get((kind, i), ())).endswith(DEED_DONE_BY):
            return i
    return None


def second_event(
    model: EventModel, evidence: SentenceEvidence, kind: str, p_type: float, first: list[Event]
) -> list[Event]:
    """The event of the type's second trigger, when its likeliest pair is a named actor and
    a pair the first trigger's events do not already have."""
    template = evidence.seconds.get(kind)
    if template is None or not template.is_event or template.named or not first:
        return []
    parties: list[Party | None] = [*evidence.parties, None]
    actor_p, recipient_p = model.both_roles(evidence, kind, second=True)
    speaker = template.source if template.certainty == "attributed" else None
    a, r = model.likeliest_pair(evidence, kind, actor_p, recipient_p, speaker, second=True)
    if says_or_does_another(evidence.second_role_features.get((kind, a), ()), kind):
        return []  # "said it had shot down six missiles, but did not comment on damage": no doer near
    if (
        kind in evidence.aimed_elsewhere
        and r < len(evidence.parties)
        and not in_its_phrase(evidence.second_role_features.get((kind, r), ()))
    ):
        r = len(evidence.parties)  # "in response to attacks on shipping": not on the one who struck
    if r == len(evidence.parties) and kind in HOSTED and not template.inverse:
        features_of = [evidence.second_role_features.get((kind, i), ()) for i in range(len(parties))]
        elsewhere = {i for i, f in enumerate(features_of) if "where_another_acted" in f}
        r = host_state(evidence.parties, a, r, elsewhere, HOSTED[kind])  # (as for the first)
    actor, recipient = ordered_roles(parties[a], parties[r], template.inverse)
    if actor is None and f"answered:{kind}" in evidence.features:
        actor, recipient = answering_pair(evidence, kind, r, first[0])
    taken = {(e.actor_country, e.recipient_country) for e in first}
    if actor is None or (country_of(actor), country_of(recipient)) in taken:
        return []
    if recipient is None and any(e.actor_country == country_of(actor) for e in first):
        return []  # "fired artillery at a Lithuanian village ... and two barns burned": the same, vaguer
    if f"answered:{kind}" in evidence.features:
        # the deed the first answers: its doer among those who may have done it (not the answerer,
        # whom the softmax still weighs: "struck militias in response to a drone attack")
        doers = {x for x, _ in allowed_pairs(evidence, kind, speaker, second=True)}
        actor_p = [p / max(sum(actor_p[x] for x in doers), 1e-9) for p in actor_p]
    if actor_p[a] * recipient_p[r] < model.thresholds.second:
        return []
    return [
        build_event(
            evidence, kind, actor, recipient, p_type * math.sqrt(actor_p[a] * recipient_p[r]), template
        )
    ]


def own_argument(evidence: SentenceEvidence, kind: str, party: int) -> bool:
    """Whether a party is named by the trigger's own object or preposition ("clashed with")."""
    path = role_path(evidence.role_features.get((kind, party), ()))
    return path != "far" and path.count("^") <= 2


BETWEEN = ("pobj^prep:between^", "conj^pobj^prep:between^")


def in_the_order_named(parties: list[Party], paths: list[str], actor: int, recipient: int) -> tuple[int, int]:
    """The pair as a deed "between X and Y" names them: X first ("a ceasefire between Israel and
    Hezbollah", "talks between Iran and the United States", as annotated), whichever the model
    put first."""
    if max(actor, recipient) >= len(parties) or not all(
        paths[i].startswith(BETWEEN) for i in (actor, recipient)
    ):
        return actor, recipient
    heads = [parties[i].head for i in (actor, recipient)]
    if heads[0] is None or heads[1] is None or heads[0].i < heads[1].i:
        return actor, recipient
    return recipient, actor
