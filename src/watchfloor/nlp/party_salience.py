"""How prominent each party is in its document: the number of sentences that name it, and
whether it is one of the two named most. A report is about a few parties, and they are the
likelier actors and recipients of its events; the event model weighs this as a role feature."""

from __future__ import annotations

from collections import Counter

from watchfloor.nlp.event_evidence import Party, SentenceEvidence

NOT_NAMED = frozenset({"PREVIOUS", "AUTHOR"})  # parties a sentence points back to or implies
TOP = 2


def mark_salience(evidence: list[SentenceEvidence]) -> None:
    """Add `sal:{0-3}` (named in no sentence, one, two or three, four or more) and `sal:top`
    to every party's features and role features, in place."""
    named: Counter[str] = Counter()
    for sentence in evidence:
        named.update({_identity(p) for p in sentence.parties if p.label not in NOT_NAMED})
    top = {identity for identity, _ in named.most_common(TOP)}
    for sentence in evidence:
        for index, party in enumerate(sentence.parties):
            count = named.get(_identity(party), 0)
            features = [f"sal:{_bucket(count)}"]
            if _identity(party) in top:
                features.append("sal:top")
            party.features.extend(features)
            for by_party in (sentence.role_features, sentence.second_role_features):
                for (_, at), role in by_party.items():
                    if at == index:
                        role.extend(features)


def _bucket(count: int) -> int:
    return 0 if count == 0 else 1 if count == 1 else 2 if count <= 3 else 3


def _identity(party: Party) -> str:
    return party.key or party.name
