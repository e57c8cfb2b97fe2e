"""The event model's scorers and limits: a linear scorer (a logistic score over named features),
the thresholds events are reported from, and the rows of features a party brings to the actor
and recipient scorers (conjoined with the event type and its group of types)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from itertools import repeat

import numpy as np

from watchfloor.nlp.event_evidence import SentenceEvidence


@dataclass(frozen=True)
class Linear:
    """A logistic scorer: bias plus the weights of the features present."""

    bias: float
    weights: dict[str, float]

    def score(self, features: list[str]) -> float:
        return self.bias + sum(map(self.weights.get, features, repeat(0.0)))

    def probability(self, features: list[str]) -> float:
        return 1.0 / (1.0 + math.exp(-max(min(self.score(features), 30.0), -30.0)))


class TypeScorers:
    """The per-type scorers as one matrix, feature by type: a sentence's features are looked up
    once for all types, not once per type (the same sums as `Linear.probability`)."""

    def __init__(self, types: dict[str, Linear]) -> None:
        self.kinds = list(types)
        vocabulary = sorted({feature for model in types.values() for feature in model.weights})
        self.rows = {feature: row for row, feature in enumerate(vocabulary)}
        self.weights = np.zeros((len(vocabulary) + 1, len(self.kinds)))  # the last row: no feature
        for column, model in enumerate(types.values()):
            for feature, weight in model.weights.items():
                self.weights[self.rows[feature], column] = weight
        self.bias = np.array([model.bias for model in types.values()])
        self._last: tuple[tuple[str, ...], dict[str, float]] | None = None

    def probabilities(self, features: list[str]) -> dict[str, float]:
        """Each type's probability (the last sentence's kept: the evidence reader and then the
        model ask for the same one)."""
        key, last = tuple(features), self._last  # (one read: another thread may replace it)
        if last is None or last[0] != key:
            last = self._last = key, self._probabilities(features)
        return dict(last[1])

    def _probabilities(self, features: list[str]) -> dict[str, float]:
        missing = len(self.rows)
        rows = [self.rows.get(feature, missing) for feature in features]
        scores = self.bias + self.weights[rows].sum(axis=0)
        chances = 1.0 / (1.0 + np.exp(-np.clip(scores, -30.0, 30.0)))
        return dict(zip(self.kinds, chances.tolist(), strict=True))


@dataclass(frozen=True)
class Thresholds:
    type: float  # a type is reported when its probability reaches this
    extra_party: float  # a second recipient or actor of the same type makes a second event
    rule: float = 1.01  # the rules' own reading of a type the model passed over stands from here
    second: float = 1.01  # a second trigger's pair makes an event from this probability
    by_type: dict[str, float] = field(default_factory=dict)  # a type's own, where it has one
    nobody: float = 0.0  # an event with nobody in a role stands from this confidence
    stateless: float = 0.0  # one with a party of no known state ("the group", the IAEA) from this

    def of(self, kind: str) -> float:
        return self.by_type.get(kind, self.type)


# types whose actor is usually the one speaking, the ones of material exchange, and of force
TYPE_GROUPS = {
    **dict.fromkeys(
        ("AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONCEDE"), "say"
    ),
    **dict.fromkeys(("AID", "COOPERATE", "RETREAT"), "give"),
    **dict.fromkeys(("ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "PROTEST"), "force"),
}


def role_rows(kind: str, features: list[str]) -> list[str]:
    """A party's features, alone and conjoined with the event type and with its group of types."""
    group = TYPE_GROUPS.get(kind, "other")
    return [*features, *(f"{kind}|{f}" for f in features), *(f"{group}|{f}" for f in features)]


OBJECT_PATHS = ("path:dobj^", "path:pobj^prep:")  # the trigger's object, or a noun of its preposition


def none_rows(kind: str, evidence: SentenceEvidence) -> list[str]:
    """Nobody in the role: its features say how many parties there are and whether one stands
    as the trigger's subject (then nobody is unlikely to be the actor) or as its object or the
    noun of its preposition ("fired rockets at Tel Aviv": nobody is unlikely to be the target)."""
    base = ["none", f"parties:{min(len(evidence.parties), 6)}"]
    paths = [
        f for i in range(len(evidence.parties)) for f in evidence.role_features.get((kind, i), ())
        if f.startswith("path:")
    ]  # fmt: skip
    if "path:nsubj^" in paths:
        base.append("subject_party")
    if any(p.startswith(OBJECT_PATHS) and p.count("^") <= 2 for p in paths):
        base.append("object_party")
    return role_rows(kind, base)
