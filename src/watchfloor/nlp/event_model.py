"""The trained event model: logistic scorers over the features of `event_evidence`, shipped as
`data/events/model.json` (built by `scripts/train_events.py` from ../shared/eval), and the
decisions it makes: which PLOVER types a sentence reports, and which party is actor and which
recipient. Each event's confidence is its type's probability times its parties' probability."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from functools import cached_property

from watchfloor.nlp.allowed_pairs import allowed_pairs
from watchfloor.nlp.denied_deeds import denies_a_part, name_the_denied
from watchfloor.nlp.event_building import actor_stance, turned_round
from watchfloor.nlp.event_evidence import SentenceEvidence
from watchfloor.nlp.event_parties import acts_on_itself
from watchfloor.nlp.event_scorers import Linear, Thresholds, TypeScorers, none_rows, role_rows
from watchfloor.nlp.judged_deeds import name_the_judged
from watchfloor.nlp.mutual_deeds import against_the_other
from watchfloor.nlp.party_pairs import candidate_slots, pair_features
from watchfloor.nlp.reaction_targets import name_the_answered
from watchfloor.nlp.role_exclusions import breaks_role_rules
from watchfloor.nlp.type_events import events_of, second_event
from watchfloor.nlp.types import Event
from watchfloor.nlp.unnamed_attackers import name_unnamed_attackers


@dataclass(frozen=True)
class EventModel:
    types: dict[str, Linear]
    actor: Linear
    recipient: Linear
    thresholds: Thresholds
    pair: Linear = field(default_factory=lambda: Linear(0.0, {}))  # what a pair adds to its two scores

    @cached_property
    def type_scorers(self) -> TypeScorers:
        return TypeScorers(self.types)

    def type_probabilities(self, evidence: SentenceEvidence) -> dict[str, float]:
        return self.type_scorers.probabilities(evidence.features)

    def types_to_weigh(self, features: list[str], rule_types: set[str]) -> set[str]:
        """The types whose parties `events` weighs for a sentence with these features: those
        likely enough, those its words make sure, and those of its rules' events
        (`breaks_role_rules` reads their roles)."""
        chances = self.type_scorers.probabilities(features)
        sure = {kind for kind in SURE_READINGS if f"settled:{kind}" in features}
        return {kind for kind, p in chances.items() if p >= self.thresholds.of(kind)} | sure | rule_types

    def role_probabilities(
        self, evidence: SentenceEvidence, kind: str, role: str, second: bool = False
    ) -> list[float]:
        """Probability that each party (then nobody, last) fills `role` of an event of `kind` (of
        its second trigger's, with `second`): a softmax over the candidates' logistic scores."""
        model = self.actor if role == "actor" else self.recipient
        return _softmax([model.score(rows) for rows in _candidate_rows(evidence, kind, second)])

    def both_roles(
        self, evidence: SentenceEvidence, kind: str, second: bool = False
    ) -> tuple[list[float], list[float]]:
        """`role_probabilities` of the actor and of the recipient, the candidates' rows built once."""
        candidates = _candidate_rows(evidence, kind, second)
        return (
            _softmax([self.actor.score(rows) for rows in candidates]),
            _softmax([self.recipient.score(rows) for rows in candidates]),
        )

    def events(self, evidence: SentenceEvidence) -> list[Event]:
        found: list[Event] = []
        probabilities = self.type_probabilities(evidence)
        for kind in SURE_READINGS:  # "Israel and Hamas agreed to a ceasefire": whatever the model's doubt
            template = evidence.templates.get(kind)
            if f"settled:{kind}" in evidence.features and template is not None and template.is_event:
                probabilities[kind] = max(probabilities.get(kind, 0.0), SETTLED_CHANCE)
        for kind, p_type in probabilities.items():
            template = evidence.templates.get(kind)
            if template is not None and (not template.is_event or template.named):
                continue  # a forecast, an aim or a false claim (GUIDE), a word of a name: no event
            if template is None and kind == "ACCUSE" and _tells_its_own_deed(evidence):
                continue  # "Peru said it had sent troops to the border": no word accuses, no one is
            if template is None and denies_a_part(evidence.features):
                continue  # "Moscow has denied any involvement": the story's deed (`name_the_denied`)
            # (a type's own threshold holds for its words; a type read from none needs the shared one)
            if p_type >= (self.thresholds.of(kind) if template is not None else self.thresholds.type):
                first = events_of(self, evidence, kind, p_type)
                found.extend(first)
                found.extend(second_event(self, evidence, kind, p_type, first))
        chosen = {e.type for e in found}
        # the sure cases of the rules, where the model doubts (read_document has dated them already)
        for rule in evidence.rule_events:
            p_type = probabilities.get(rule.type, 0.0)
            template = evidence.templates.get(rule.type)
            if (template is not None and (not template.is_event or template.named)) or acts_on_itself(
                rule, evidence.parties
            ):
                continue  # (a state acting on itself: "China's military sent warships", China for recipient)
            if breaks_role_rules(evidence, rule):
                continue  # "sent missiles to militias that threaten Israel": not to Israel
            if rule.type not in chosen and p_type >= self.thresholds.rule:
                if template is not None and template.inverse and template.trigger == rule.trigger:
                    rule = turned_round(rule)  # "Ukraine downed 30 Russian drones": Russia's attack
                if template is not None and template.mutual and rule.recipient is None:
                    rule = against_the_other(rule, evidence.parties)
                certainty, source = actor_stance(
                    evidence, rule.type, rule.certainty, rule.source, rule.actor, rule.actor_country
                )
                found.append(replace(rule, certainty=certainty, source=source, confidence=round(p_type, 4)))

        # one word, one reading: "seized a ship" is a seizure, not also an attack; the likelier type
        # of each trigger stays (with all its events: "Iran and Iraq signed ..." makes two), except
        # that downing a projectile is always the attack ("intercepted 20 drones": no seizure), and
        # a reading the sentence makes sure beats one it does not ("seized a cargo ship")
        def strength(event: Event) -> tuple[bool, bool, float]:
            template = evidence.templates.get(event.type)
            downed = template is not None and template.inverse and template.trigger == event.trigger
            settled = f"settled:{event.type}" in evidence.features
            return event.type == "ASSAULT" and downed, settled, probabilities[event.type]

        reading: dict[str, Event] = {}
        for event in found:
            kept = reading.get(event.trigger)
            if event.trigger and (kept is None or strength(event) > strength(kept)):
                reading[event.trigger] = event
        return [e for e in found if not e.trigger or e.type == reading[e.trigger].type]

    def document_events(self, evidence: list[SentenceEvidence]) -> list[Event]:
        """A document's events: each sentence's, its attacks with no actor given the document's
        chief attacker, condemnations of an attack given its attacker, denials of a part in a
        deed made that deed, denied, reactions to a deed named by a noun alone given its doer
        ("welcomed the decision"), then those too incomplete for their confidence held back."""
        events = name_unnamed_attackers([e for sentence in evidence for e in self.events(sentence)])
        events = name_the_denied(name_the_judged(events, evidence), evidence)
        events = name_the_answered(events, evidence)
        return [e for e in events if self.whole_enough(e)]

    def whole_enough(self, event: Event) -> bool:
        """Whether an event stands: never with nobody in both roles; one with nobody in a role, or
        with a party of no known state ("the group", "ships", the IAEA), is wrong more often than
        right, so it needs more confidence (the first far more). A deed denied with no one doing
        it ("the cartel leader had never been arrested") is none: a denial names whom it clears."""
        parties = ((event.actor, event.actor_country), (event.recipient, event.recipient_country))
        if all(name is None for name, _ in parties):
            return False  # no one did it and no one suffered it: nothing an analyst can use
        if event.certainty == "denied" and event.actor is None:
            return False
        if any(name is None for name, _ in parties) and event.confidence < self.thresholds.nobody:
            return False
        stateless = any(name is not None and country is None for name, country in parties)
        return not stateless or event.confidence >= self.thresholds.stateless

    def likeliest_pair(
        self, evidence: SentenceEvidence, kind: str, actor_p: list[float], recipient_p: list[float],
        speaker: str | None, second: bool = False,
    ) -> tuple[int, int]:  # fmt: skip
        """(actor, recipient) indices (the last is nobody) that `allowed_recipients` allows with the
        highest joint score: the two roles' log-probabilities plus the pair scorer's."""
        nobody = len(evidence.parties)  # (no pair allowed: nobody in either role, which no event keeps)
        return max(self.pair_scores(evidence, kind, actor_p, recipient_p, speaker, second).items(),
                   key=lambda item: item[1], default=((nobody, nobody), 0.0))[0]  # fmt: skip

    def pair_scores(
        self, evidence: SentenceEvidence, kind: str, actor_p: list[float], recipient_p: list[float],
        speaker: str | None, second: bool = False,
    ) -> dict[tuple[int, int], float]:  # fmt: skip
        """The joint score of every allowed (actor, recipient) pair."""
        nobody = len(evidence.parties)
        slots = candidate_slots(evidence, kind, second) if self.pair.weights else []
        out = {}
        for a, r in allowed_pairs(evidence, kind, speaker, second):
            score = math.log(max(actor_p[a], 1e-12)) + math.log(max(recipient_p[r], 1e-12))
            if self.pair.weights:
                features = pair_features(
                    evidence, kind, a if a < nobody else None, r if r < nobody else None, second, slots
                )
                score += self.pair.score(role_rows(kind, features))
            out[(a, r)] = score
        return out


# types whose trigger's reading the sentence makes sure (`settled:` features: a verb of agreeing with
# a deal or a truce for object, of accusing or of force with parties for subject and object), whose
# events stand however unsure the type scorer is
SURE_READINGS = (
    "AGREE",
    "ACCUSE",
    "ASSAULT",
    "MOBILIZE",
    "SANCTION",
    "COERCE",
    "RETREAT",
    "REQUEST",
    "THREATEN",
    "CONCEDE",
    "PROTEST",
    "AID",
    "SUPPORT",
    "CONSULT",
    "COOPERATE",
    "REJECT",
)
SETTLED_CHANCE = 0.8  # the type's probability there, at the least


def _tells_its_own_deed(evidence: SentenceEvidence) -> bool:
    """Whether the sentence's speaker tells of a deed of its own side ("Hezbollah says it fired
    rockets at an Israeli base")."""
    return any("says_own_act" in features for features in evidence.role_features.values())


def _candidate_rows(evidence: SentenceEvidence, kind: str, second: bool) -> list[list[str]]:
    """The role scorers' rows of each party (its role features for the type's trigger, or its
    second trigger's), then of nobody."""
    by_party = evidence.second_role_features if second else evidence.role_features
    rows = [role_rows(kind, by_party.get((kind, i), p.features)) for i, p in enumerate(evidence.parties)]
    return [*rows, none_rows(kind, evidence)]


def _softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    weights = [math.exp(s - top) for s in scores]
    total = sum(weights)
    return [w / total for w in weights]
