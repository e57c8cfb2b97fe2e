"""Which parties pair in an event: who may receive it when a party acts, the parties listed with
the chosen actor or recipient that act or receive with it, and the state force fell in when it
names no target."""

from __future__ import annotations

from collections.abc import Collection, Container, Sequence

from watchfloor.nlp.event_evidence import Party
from watchfloor.nlp.event_parties import (
    answers_to_its_state,
    country_of,
    fights_its_state,
    holds_no_office,
    identity,
    is_state,
    known_armed_group,
    of_one_body,
    organ_of_state,
    state_level,
)
from watchfloor.nlp.event_stance import same_party
from watchfloor.nlp.role_exclusions import REPORTERS
from watchfloor.nlp.role_paths import unlisted


def allowed_recipients(
    parties: list[Party | None],
    actor: int,
    speaker: str | None,
    objects: Container[int] = (),
    force: bool = False,
) -> list[int]:
    """Who may be the recipient when `actor` acts: someone else, not the actor's own state (its
    people may be: "Iran arrested a journalist"; and its people and legislators may address
    it: "protesters demanded the government resign"), and not the official or body reporting
    the event ("..., the border guard said") unless it is named as what the deed was done to
    (`objects`: "rammed a Philippine coast guard vessel, the Philippine coast guard said");
    or nobody. An organ of the actor's own state named as what the trigger is done to may receive
    it (`own_organ_addressed`; of `force`, only from an armed group or a private person)."""
    doer = parties[actor]
    chosen = country_of(doer)
    return [
        i
        for i, party in enumerate(parties)
        if party is None
        or (
            i != actor
            and (
                chosen is None
                or party.country != chosen
                or not state_level(party, doer)
                or (
                    doer is not None
                    and (party.key is None or party.key != doer.key)
                    and answers_to_its_state(doer)
                )
                or (doer is not None and fights_its_state(doer, party))
                or (i in objects and own_organ_addressed(party, doer, force))
            )
            and not (speaker and party.label in REPORTERS and reports_it(party, speaker) and i not in objects)
            and not of_one_body(doer, party)
        )
    ]


def own_organ_addressed(party: Party, doer: Party | None, force: bool) -> bool:
    """Whether a party the trigger names as what it is done to is an organ of the actor's own
    state other than the actor ("President Isaac Herzog called on the government to stop the
    legislation", "Obama asked Congress to lift the embargo"): the state's politics, not its act
    on itself (the state as a whole, "Israel", stays out). Force on a state's organ is another's
    of that state only where an armed group or a private person uses it ("the TPLF attacked a
    federal army base"), never its own organs' or officials' ("US forces ... US personnel")."""
    if doer is None or is_state(party) or (party.key is not None and party.key == doer.key):
        return False
    if not force:
        return True
    if is_state(doer) or organ_of_state(doer):
        return False
    return (
        known_armed_group(doer.key)
        or doer.label == "GROUP"
        or (doer.label == "PERSON" and holds_no_office(doer.key))
    )


def listed_with(
    parties: list[Party | None],
    chosen: int,
    other: int,
    scores: list[float],
    threshold: float,
    paths: Sequence[str] = (),
) -> list[int]:
    """Parties coordinated with the chosen one ("Iran and Russia signed …"; "strikes on Iraq
    and Syria"; "Senators A, B and C urged …"), that the scorer does not rule out once the
    chosen one is set aside (they compete with it in the softmax): one event each (GUIDE), a
    state's own people each too, but a state only once. Of recipients (`paths` given), not
    one listed with it as a subject where it is the trigger's object: a party named twice
    may be listed with another in another clause ("Hezbollah and Israel have exchanged fire
    since Hamas attacked Israel": Hezbollah was not attacked)."""
    party = parties[chosen]
    if party is None:
        return []
    rest = max(1.0 - scores[chosen], 1e-9)
    seen = {identity(party), identity(parties[other])}
    out = []
    for j in party.coordinated:
        who = identity(parties[j])
        kinds = {_argument_kind(paths[j]), _argument_kind(paths[chosen])} if paths else set()
        if kinds == {"subject", "object"}:
            continue
        if j != other and who not in seen and scores[j] / rest >= threshold:
            out.append(j)
            seen.add(who)
    return out


def _argument_kind(path: str) -> str:
    """ "subject" or "object" where a role path begins so (after the steps that list it with
    others), else "" (any other place, which any other matches)."""
    first = unlisted(path).split("^")[0]
    return "subject" if first == "nsubj" else "object" if first in {"dobj", "pobj"} else ""


HOSTING = frozenset(
    {
        "prep:in",
        "prep:across",
        "prep:inside",
        "prep:throughout",
        "prep:at",
        "prep:into",
        "prep:toward",
        "prep:towards",
        "site_host",  # (`site_hosts`: "stormed a camp outside El Fasher")
    }
)  # where force fell, or was aimed ("fired rockets at Tel Aviv")
# a show of force is aimed at the state whose waters or land it is around ("drills around Taiwan")
SHOWN_AT = frozenset({"prep:around", "prep:near", "prep:off", "prep:toward", "prep:towards", "prep:into"})
# a withdrawal is from the state it leaves ("withdrew its troops from Mali")
LEFT = frozenset({"prep:from"})
# deeds whose recipient may be only where they fell, were shown or were left, and where that is
HOSTED = {"ASSAULT": HOSTING, "COERCE": HOSTING, "MOBILIZE": SHOWN_AT, "RETREAT": LEFT}


def host_state(
    parties: list[Party], actor: int, nobody: int, elsewhere: Collection[int], where: frozenset[str]
) -> int:
    """Where force has no target named, the state it was used in ("strikes rock cities in
    Ukraine"), when that is not the actor's own, nor a place `elsewhere` names as where another
    clause's subject acted: a site stands for its host (GUIDE)."""
    doer = parties[actor] if actor < len(parties) else None
    together = {actor, *(doer.coordinated if doer is not None else [])}
    # (a state's own forces use force in their own land on no one named; an armed group may
    # attack a site of its own country: "the RSF stormed a camp outside El Fasher")
    own = doer.country if doer is not None and _of_a_state(doer) else None
    hosts = [
        i for i, p in enumerate(parties)
        if "loc" in p.features and where & set(p.features) and p.country
        and p.country != own and i not in together and i not in elsewhere
        and (doer is None or p.country != doer.country or "site_host" in p.features)
    ]  # fmt: skip
    return hosts[0] if len(hosts) == 1 else nobody


def _of_a_state(party: Party) -> bool:
    """Whether a party is a state, one of its bodies or its forces ("Pakistan's military")."""
    return is_state(party) or organ_of_state(party) or "via:forces" in party.features


def reports_it(party: Party, speaker: str) -> bool:
    """Whether a party is the one the event is attributed to: the subject of the reporting verb
    ("..., the U.S. military said") or named as the source."""
    return "speaker" in party.features or same_party(speaker, party.name)
