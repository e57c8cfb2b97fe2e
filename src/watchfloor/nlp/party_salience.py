"""How prominent each party is in its document: the number of sentences that name it. A report
is about a few parties, and they are the likelier actors and recipients of its events; the event
model weighs this as a role feature. (Which party is named most was tried as well: it taught the
model the dev set's habit, where the US is named most and acts, and failed a plain sentence.)"""

from __future__ import annotations

from collections import Counter

from watchfloor.nlp.event_evidence import SentenceEvidence

NOT_NAMED = frozenset({"PREVIOUS", "AUTHOR"})  # parties a sentence points back to or implies


def mark_salience(evidence: list[SentenceEvidence]) -> None:
    """Add `sal:{0-3}` (named in no sentence, one, two or three, four or more) to every
    party's features and role features, in place."""
    named: Counter[str] = Counter()
    for sentence in evidence:
        named.update({p.ref for p in sentence.parties if p.label not in NOT_NAMED})
    for sentence in evidence:
        marks = [f"sal:{_bucket(named.get(party.ref, 0))}" for party in sentence.parties]
        for party, mark in zip(sentence.parties, marks, strict=True):
            party.features.append(mark)
        for by_party in (sentence.role_features, sentence.second_role_features):
            for (_, index), role in by_party.items():
                role.append(marks[index])


def _bucket(count: int) -> int:
    return 0 if count == 0 else 1 if count == 1 else 2 if count <= 3 else 3
