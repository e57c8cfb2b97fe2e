"""Features of an (actor, recipient) pair, for the event model's pair scorer: what the actor and
recipient scorers cannot see one candidate at a time. Which slots the two fill together (the
trigger's subject with its object is the usual pair; its subject with the noun of its "by" is not),
which kinds of party they are, whether they are listed together, which comes first, and whether
they are of one state."""

from __future__ import annotations

from watchfloor.nlp.event_evidence import Party, SentenceEvidence


def slot(role: list[str] | None) -> str:
    """Where a candidate stands relative to the trigger, in two steps of its dependency path
    ("nsubj", "pobj^prep:against"); "none" for nobody, "nopath" for a party named elsewhere."""
    if role is None:
        return "none"
    path = next((f[5:] for f in role if f.startswith("path:")), "nopath")
    return "^".join([step for step in path.split("^") if step][:2])


def candidate_slots(evidence: SentenceEvidence, kind: str, second: bool = False) -> list[str]:
    """Each party's slot relative to the type's trigger (its second trigger's, with `second`)."""
    by_party = evidence.second_role_features if second else evidence.role_features
    return [slot(by_party.get((kind, i), party.features)) for i, party in enumerate(evidence.parties)]


def pair_features(
    evidence: SentenceEvidence, kind: str, actor: int | None, recipient: int | None, second: bool = False,
    slots: list[str] | None = None,
) -> list[str]:  # fmt: skip
    """The pair's features; `actor` and `recipient` index `evidence.parties` (None: nobody);
    `slots`, the parties' from `candidate_slots`, when worked out already."""
    slots = slots if slots is not None else candidate_slots(evidence, kind, second)
    parties = evidence.parties
    a = parties[actor] if actor is not None else None
    r = parties[recipient] if recipient is not None else None
    ends = [slot(None) if i is None else slots[i] for i in (actor, recipient)]
    out = [f"slots:{ends[0]}|{ends[1]}", f"labels:{_label(a)}|{_label(r)}"]
    if a is not None and r is not None:
        if recipient in a.coordinated:
            out.append("listed_together")
        if a.head is not None and r.head is not None:
            out.append("actor_first" if a.head.i < r.head.i else "recipient_first")
        if a.country is not None and a.country == r.country:
            out.append("one_state")
    return out


def _label(party: Party | None) -> str:
    return party.label if party is not None else "none"
