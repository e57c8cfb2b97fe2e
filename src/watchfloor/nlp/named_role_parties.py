"""Who a sentence's grammar alone names for a role: a clause's doers, a clash's sides, a verb's objects."""

from __future__ import annotations

from watchfloor.nlp.event_evidence import SentenceEvidence
from watchfloor.nlp.role_paths import role_path


def doers_named_by_the_clause(
    evidence: SentenceEvidence, kind: str, features_of: list[list[str] | tuple[()]], owners: set[int]
) -> set[int] | None:
    """Who alone may do a verb whose clause names its doer elsewhere (None: anyone; indices past
    the parties are nobody): a relative
    clause whose relative word is its subject is done by the party it is on, or whose noun it is on
    ("the EU's naval mission, which accused ..."), else by no one the sentences before named ("The
    M23 rebel group, which seized Goma ..."); a participle set off
    with no subject of its own by the subject of the verb it hangs from ("Britain and Canada
    imposed sanctions on two ministers, accusing them of ..."). `owners`: `relative_clause_doers`."""
    parties = evidence.parties
    if owners:
        return owners | set(range(len(parties), len(features_of)))  # (and nobody)
    if f"trel:{kind}" in evidence.features and any(role_path(f).endswith("vrelcl") for f in features_of):
        named_here = {i for i, p in enumerate(parties) if "prev" not in p.features and p.label != "AUTHOR"}
        return named_here | set(range(len(parties), len(features_of)))  # (and nobody)
    if f"tpart:{kind}" in evidence.features:
        governing = next(
            (f.split(":", 2)[2] for f in evidence.features if f.startswith(f"thead:{kind}:")), ""
        )
        doers = {i for i, p in enumerate(parties) if f"gov:nsubj:{governing}" in p.features}
        return doers or None
    return None


def relative_clause_doers(
    evidence: SentenceEvidence, kind: str, features_of: list[list[str] | tuple[()]]
) -> set[int]:
    """The named parties a relative clause whose relative word is its subject is on, or that own
    the noun it is on ("according to the EU's naval mission, which accused the Houthis"); not
    an unnamed group, whose members may be named after it ("partners who helped, including Oman")."""
    if f"trel:{kind}" not in evidence.features:
        return set()
    parties = evidence.parties
    return {
        i for i, f in enumerate(features_of[: len(parties)])
        if role_path(f) in RELATIVE_OWNERS and parties[i].label != "GROUP"
    }  # fmt: skip


RELATIVE_OWNERS = frozenset({"vrelcl", "poss^vrelcl"})


def clash_sides(
    evidence: SentenceEvidence, kind: str, features_of: list[list[str] | tuple[()]]
) -> list[bool]:
    """The parties a clash is "between", fought by each against the other ("clashes between
    Druze fighters and Bedouin tribes"): no one outside the phrase takes part."""
    template = evidence.templates.get(kind)
    mutual = template is not None and template.mutual
    return [mutual and role_path(f).endswith("pobj^prep:between^") for f in features_of]


IN_ITS_PHRASE = frozenset({"compound^", "amod^", "poss^", "nmod^"})  # a noun's own modifiers


def in_the_deeds_phrase(path: str) -> bool:
    """Whether a role path names a doer inside the deed noun's own phrase ("Hamas's attack", "the
    terrorist attack by Hamas", "the Houthi militant attack")."""
    if path in IN_ITS_PHRASE or path.startswith(("pobj^prep:by^", "pobj^agent:by^")):
        return True  # (a "by" phrase, wherever the parser hangs it: "blamed attacks by Kyiv")
    return path.endswith(("^compound^", "^amod^")) and "prep" not in path


def objects_named(evidence: SentenceEvidence, features_of: list[list[str] | tuple[()]]) -> set[str]:
    """Who the trigger's direct objects name (by key, else by name)."""
    parties = evidence.parties
    return {parties[i].ref for i, f in enumerate(features_of[: len(parties)]) if role_path(f) == "dobj^"}


def carried_over_beside_an_object(
    evidence: SentenceEvidence, features_of: list[list[str] | tuple[()]], inverse: bool
) -> list[bool]:
    """Which parties are carried over from an earlier sentence (PREVIOUS) while the trigger has
    a party of this sentence for its direct object, which is then the one it is done to ("urged
    allies to supply ...": not the state the sentence before named; 27 of 28 such gold cases)."""
    carried = [
        i < len(evidence.parties) and evidence.parties[i].label == "PREVIOUS" for i in range(len(features_of))
    ]
    objected = not inverse and any(
        "path:dobj^" in f and not c for f, c in zip(features_of, carried, strict=True)
    )
    return [objected and c for c in carried]
