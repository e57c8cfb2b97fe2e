"""Who may never fill a role, by its own role features (`role_features.role_features`): the
doer of a deed it only judges, suffers, reports or was aimed at, a place that only locates a deed
or another party, a reporter of harm to its own people as the harm's doer, and the recipient of a
deed it only stands beside; `role_exclusions` adds the limits a whole sentence sets."""

from __future__ import annotations

from watchfloor.nlp.role_paths import role_path


def not_the_doer(features: list[str] | tuple[()]) -> bool:
    """Whether a party's role features rule it out as a deed's actor: it judges the deed ("Biden
    condemned the attack"), or is its passive subject ("a commander of Hezbollah was killed"; an
    inverse trigger's actor is chosen as its subject and turned round, so it needs no exception),
    or tells of it as another's ("Pakistan said the strikes killed 26 civilians"; "according to
    rights groups"), or says it befell its own ("Russia said five of its peacekeepers were killed"),
    or is named only as whose backers or rivals did it ("Haftar's backers supplied him").
    Statements are left to the scorers: "we are concerned by ..." is the speaker's own. Nor is
    a place the deed is aimed at ("fired rockets at Tel Aviv", "fired toward Israel", "the Tower 22
    attack") or one it happened off or in a part of ("struck by a drone off the coast of Oman")."""
    return "claims_it" not in features and (
        "judges_it" in features or "undergoes_it" in features or "tells_of_anothers" in features
        or "owns_sufferers" in features
        or "owns_others" in features
        or "remarks_on_it" in features
        or "reports_it" in features
        or "where_based" in features
        or "states_on_it" in features
        or ("loc" in features and any(f in AIMED_AT or f in STRUCK or f in SITE_OF for f in features))
        or ("loc" in features and not acts_elsewhere(features) and any(f in OFFSHORE for f in features))
    )  # fmt: skip


# a place under one of these prepositions of the trigger is where the deed was aimed ("in Tehran"
# is not: a state's own arrests there are coded as that state's)
AIMED_AT = frozenset(f"path:pobj^prep:{prep}^" for prep in ("at", "into", "toward", "towards"))
# a place modifying the deed's noun is where it fell ("the Tower 22 attack", "the Moscow attack")
SITE_OF = frozenset({"path:compound^", "path:nmod^"})
STRUCK = frozenset({"prep:object", "prep:on"})  # a town named as what force fell on ("shelled Kharkiv")
# where at sea, in what part of a place or beside it ("off Oman", "off the coast of Oman", "the city
# of Aleppo", "outside a Sikh temple", "near Pahalgam")
OFFSHORE = frozenset({"prep:off", "prep:of", "prep:outside", "prep:near", "prep:around"})


def acts_elsewhere(features: list[str] | tuple[()]) -> bool:
    """Whether a party named as a place is also named as a verb's subject ("India launched
    strikes ... near the town of Pahalgam": one party, India, by both names)."""
    return any(f.startswith("gov:nsubj:") for f in features)


def reports_harm_to_its_own(
    features: list[str] | tuple[()], actor: str | None, harmed: set[str | None]
) -> bool:
    """Whether a would-be actor (its role features, its state) is the one reporting the deed, not
    said to have done it, and the deed falls on its own state's people (`harmed`: the states of
    the recipient and of whoever suffers it): "Pakistan's foreign ministry said two children
    were killed in the strikes"."""
    if "speaker" not in features or "says_own_act" in features:
        return False
    return actor is not None and actor in harmed


def never_actor(features: list[str] | tuple[()], deed: bool, force: bool) -> bool:
    """Whether a party may not do a deed (`deed`; `force`: a use of force) or say a statement:
    the deed's judge, sufferer or reporter (`not_the_doer`), a place that locates someone else
    ("attacks on U.S. troops in Iraq"), a party of a clause on another party ("condemned Iran,
    which attacked Israel": Israel condemned no one), or where what it tells of is to be used
    ("weapons to Russia for use in Ukraine"), or a state named only as whose ground, sea or sky a
    place is ("drones entered Polish airspace": a place, which may suffer the deed, never does it).
    Force is not used by the one holding its target ("strikes on facilities used by the IRGC"),
    nor by whom what it took was taken from ("recaptured the town from the paramilitaries"),
    nor by the patron of the one using it ("M23 rebels backed by Rwanda seized Goma"); nor is
    anything done by where an official is posted ("Iran's ambassador to Syria"), nor a deed by a
    partner named beside its doers ("troops had fought alongside the Ethiopian army"), nor by
    who brokered it ("a truce brokered by Qatar")."""
    return (
        (deed and not_the_doer(features))
        or (force and any(f in FORCE_BYSTANDERS for f in features))
        or (force and "taken_from" in features)
        or "in_clause_on_another" in features
        or "where_used" in features
        or "brokers_it" in features
        or "posted_to" in features
        or "a_cause" in features  # ("pro-EU protesters", "an anti-Israel stance": whom it is for or against)
        or (deed and "govprep:alongside" in features)
        or (deed and "author_body" in features)  # "These attacks ..." in a NATO statement: not NATO's
        or any(f in TERRITORY_OF for f in features)
        or (force and _only_where(features))
        or ("describes_another" in features and "holds_target" not in features)
    )


def _only_where(features: list[str] | tuple[()]) -> bool:
    """Whether a party is named only as where something is, far from the deed ("killed 30 people
    in a raid on a village in Nigeria's Zamfara state"): a place, which does not use force."""
    return (
        "loc" in features
        and "repeated" not in features
        and role_path(features) == "far"
        and any(f in WITHIN for f in features)
    )


WITHIN = frozenset(f"prep:{p}" for p in ("in", "inside", "within", "near", "across", "around", "outside"))


# who stands beside a use of force without using it: a place that locates the target ("attacks on
# U.S. troops in Iraq"), whoever holds the target, the patron of the one that uses it
FORCE_BYSTANDERS = frozenset({"locates_another", "holds_target", "backs_another"})
# a demonym on these nouns names where, not who: "Polish airspace", "Iranian territorial waters"
TERRITORY_OF = frozenset(
    f"norp_of:{noun}" for noun in ("airspace", "territory", "waters", "soil", "border", "coast", "coastline")
)


def never_recipient(
    features: list[str] | tuple[()],
    deed: bool,
    force: bool,
    inverse: bool,
    asked: bool,
    penalty: bool = False,
) -> bool:
    """Whether a party may not receive an event: a party named beside the deed a statement judges
    ("Biden condemned the attack and will convene G7 leaders"), one of a clause on another party
    ("missiles to proxies that threaten Israel"), a partner another joins in the act ("joined France
    in sponsoring a resolution"), a party to what a request asks when the one asked is named
    (`asked`: "called on the administration to sanction Iran"), where what it tells of is to be used
    ("drones to Russia for use in Ukraine"), whom a statement judges for the deed, who did it
    ("blamed Hamas for the attack"), who suffered the harm it judges ("condemned the attack on
    Israel": not Israel), who issues a statement on a deed ("CENTCOM Statement on Missile Attack"),
    where force came from ("fired from a Houthi-controlled area of Yemen"; an `inverse` trigger's
    roles turn round; a `penalty`'s "from" is whom it is taken from: "recalled their ambassadors
    from Algeria") or a place that locates its target ("attacks on U.S. personnel in Iraq"), or the
    patron of one named in the deed ("rebels backed by Rwanda"), or where a statement, a deal or a
    gift was made ("signed a declaration at the White House": in gold no recipient of these is a
    place named after "at"; a party named elsewhere too is no mere place: "Armenia and Azerbaijan
    agreed to open the crossing at Lachin"), or where an official is posted ("Iran's ambassador to
    Syria said"; not of a penalty: "closed its embassy in Abu Dhabi"), or a partner in a deed
    ("fought alongside the Ethiopian army"), or a speaker telling of its own deed ("The military
    said its jets struck ..."), or a state named only as whose border or coast a deed was near
    ("fighting near the Algerian border")."""
    hosts = penalty and "posted_to" in features  # ("closed its embassy in Abu Dhabi": penalised)
    return (
        (not force and "only_where" in features and "prep:at" in features)
        # (nor is a place named only as where, far from a penalty: "sanctions on Pelosi ... for her
        # visit to Taiwan")
        or (penalty and "only_where" in features and "prep:to" in features and role_path(features) == "far")
        or (not deed and ("beside_judged" in features or "suffers_judged" in features))
        or "in_clause_on_another" in features
        or "joined_in_it" in features
        or "where_used" in features
        or "brokers_it" in features  # ("a truce brokered by Qatar": a go-between, no side)
        or "judged_for_it" in features
        or "told_of_it" in features  # ("Trump had been told of the attack")
        or (asked and "up:xcomp" in features)
        or (deed and "states_on_it" in features)
        or (force and not inverse and (("fired_from" in features and not penalty) or in_the_agent(features)))
        or (force and ("locates_another" in features or "backs_another" in features) and not hosts)
        or ("posted_to" in features and not penalty)
        or (deed and "govprep:alongside" in features)
        or (deed and not inverse and "says_own_act" in features)
        or (any(f in TERRITORY_OF for f in features) and any(f in BESIDE_A_PLACE for f in features))
        or ("describes_another" in features and "holds_target" not in features)
    )


# where a deed was near, not what it was aimed at ("fighting near the Algerian border")
BESIDE_A_PLACE = frozenset(
    f"govprep:{prep}" for prep in ("near", "along", "outside", "around", "beside", "off")
)


def in_the_agent(features: list[str] | tuple[()]) -> bool:
    """Whether a party stands in the "by" phrase of a passive deed ("a building hit by a Russian
    missile"): the one who did it, not the one it befell (a place named in it is where: "by a
    missile in Odesa")."""
    by = any(f.startswith("path:") and f.endswith("agent:by^") for f in features)
    return "loc" not in features and (by or "within_agent" in features)
