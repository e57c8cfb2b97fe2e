"""The host state of a site force falls on when the sentence names no one holding it (GUIDE: an
attack on a site is aimed at the party that holds it, else at the site's host state): "stormed a
displacement camp outside El Fasher", "attacked a village in Zamfara state" is aimed at the state
the nearest place the sentence names is in, which `pair_limits.host_state` makes the recipient
where the model leaves a use of force with no target."""

from __future__ import annotations

from spacy.tokens import Span, Token

from watchfloor.nlp.event_evidence import Party
from watchfloor.nlp.unnamed_parties import NamedAt

# sites whose host suffers force that falls on them, when no one is named as holding them
SITES = frozenset(
    {"camp", "village", "town", "market", "marketplace", "hospital", "school", "mosque", "church",
     "clinic", "shelter", "checkpoint", "beach", "hotel", "prison", "refinery", "depot", "barracks",
     "convoy", "neighbourhood", "neighborhood", "settlement", "gathering", "wedding", "funeral",
     "bus", "train", "station", "restaurant", "mall", "stadium", "university", "compound", "hall",
     "theatre", "theater", "cafe", "nightclub"}
)  # fmt: skip
AIMED_AT = frozenset({"on", "at", "against", "in", "inside"})  # the prepositions that name a target


def mark_site_hosts(sent: Span, parties: list[Party], named_at: NamedAt) -> None:
    """Mark as host (`site_host`) the place nearest each site the sentence names as acted on,
    where nothing in the site's phrase names who holds it: the state it stands for may then
    receive force that names no target (`pair_limits.host_state`), whatever its preposition."""
    places = [i for i in named_at.where if i in named_at.country]
    for token in sent:
        if not _acted_on(token) or token.lemma_.lower() not in SITES or _holder_named(token, named_at):
            continue
        nearest = min(places, key=lambda i: abs(i - token.i), default=None)
        if nearest is None:
            continue  # (the story's own state is too often the attacker's: not guessed)
        for party in parties:
            heads = [h for h in (party.head, *party.other_heads) if h is not None]
            if (
                "loc" in party.features
                and "site_host" not in party.features
                and any(h.i == nearest for h in heads)
            ):
                party.features.append("site_host")


def _acted_on(token: Token) -> bool:
    """Whether a noun is a verb's object or the noun of a preposition naming a target."""
    if token.pos_ != "NOUN":
        return False
    return token.dep_ == "dobj" or (token.dep_ == "pobj" and token.head.lower_ in AIMED_AT)


def _holder_named(site: Token, named_at: NamedAt) -> bool:
    """Whether a name before the site in its phrase says whose it is ("a U.S. base", "Hezbollah
    positions"; not where: "a Sudanese village")."""
    return any(i in named_at.country and i not in named_at.where for i in range(site.left_edge.i, site.i))
