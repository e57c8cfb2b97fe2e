"""What the event model asks of the parties it pairs: which stand for a state, which are one
party, and whose state each is."""

from __future__ import annotations

from watchfloor.kb import load_kb
from watchfloor.kb.records import Organization, Person
from watchfloor.nlp import party_noun_lists
from watchfloor.nlp.event_evidence import LEGISLATOR_NOUNS, PEOPLE_NOUNS, Party
from watchfloor.nlp.types import Event
from watchfloor.nlp.unnamed_parties import SHIPS

STATE_LABELS = frozenset({"GPE", "NORP", "AUTHOR"})


# noun lists of data/events/party_nouns.yaml (where each is described)
_NOUNS = party_noun_lists.load()
# words that make a group's leader or members the state's opponents, not its organs
AGAINST_THE_STATE = _NOUNS.against_the_state
OPPOSITION = "opposition"  # a state's political opposition: of it, no organ of it ("accused the opposition")


def state_level(party: Party, actor: Party | None) -> bool:
    """Whether a recipient of the actor's own state would make the event the state's act on
    itself: it stands for the state as a whole or for one of its organs ("Iranian authorities",
    not "Iranian journalists"), or it is the actor."""
    if actor is None:
        return True
    same = party.key is not None and party.key == actor.key  # (unnamed groups have no key)
    return same or is_state(party) or organ_of_state(party)


def answers_to_its_state(party: Party) -> bool:
    """Whether a party may act on its own state's government: its people ("protesters", "students
    rose up against the government") and its legislators ("Senator Katie Britt urged the
    administration", "lawmakers"), who are of the state without being its organs."""
    noun = group_noun(party)
    if "legislator" in party.features or "private_person" in party.features:
        return True  # ("Yulia Navalnaya accused the Kremlin", a person holding no office)
    return noun in PEOPLE_NOUNS | LEGISLATOR_NOUNS | {OPPOSITION}


STRUCK_AT = frozenset({"prep:object", "prep:on", "site_host"})  # a place force falls on


def fights_its_state(party: Party, other: Party) -> bool:
    """Whether an armed group the knowledge base knows strikes its own state: a town of it taken
    or struck ("Hayat Tahrir al-Sham seized Aleppo", "the RSF shelled El Fasher"), a site of it
    struck (`site_hosts`: "the RSF stormed a camp outside El Fasher") or its army;
    not the state a town it fires from or strikes a foreign force in stands for ("fired from a
    Houthi-held area of Yemen", "attacked coalition forces at Erbil, Iraq")."""
    struck = "loc" in other.features and any(f in STRUCK_AT for f in other.features)
    struck = struck or (is_state(other) and "dep:dobj" in other.features)  # ("seized Goma and Bukavu")
    return _known_kind(party.key, {"militia"}) and (struck or organ_of_state(other))


def organ_of_state(party: Party) -> bool:
    """A body of a named state: "Iranian authorities", "Russian forces", the knowledge base's
    "Iranian Ministry of Foreign Affairs", and its navy's ships ("USS Carney")."""
    if "organ_of_state" in party.features or known_organ_of_state(party.key):
        return True  # (the knowledge base's: also where a later sentence points back to it)
    if "via:warship" in party.features and party.country:
        return True
    if party.label != "GROUP" or "group_of_state" not in party.features:
        return False
    if AGAINST_THE_STATE.intersection(party.name.lower().split()):
        return False  # "the opposition leader", "rebel commanders": of the state, no organ of it
    return group_noun(party) not in PEOPLE_NOUNS | {OPPOSITION}


def group_noun(party: Party) -> str:
    """The noun an unnamed party is named by ("protesters": protester), else ""."""
    return next((f.split(":", 1)[1] for f in party.features if f.startswith("group:")), "")


def known_armed_force(key: str | None) -> bool:
    """A state's forces ("forces:USA") or an armed force the knowledge base knows (the IDF)."""
    return _known_kind(key, {"military"})


def known_organ_of_state(key: str | None) -> bool:
    """A government body or an armed force the knowledge base knows ("Iranian Ministry of Foreign
    Affairs", "IRGC"), or a state's forces ("forces:USA"): its state acting, never what its own
    state acts on."""
    return _known_kind(key, {"government", "military"})


def known_armed_group(key: str | None) -> bool:
    """An armed group or a party the knowledge base knows (al-Shabaab, Hezbollah): what "the
    group" and "the militia" point back to before anything else named."""
    return _known_kind(key, {"militia", "party"})


def holds_no_office(key: str | None) -> bool:
    """Whether a person is one the knowledge base lists with no office (an opposition leader, a
    dissident, a militant), or one it does not know: none of a state's organs."""
    if key is None or not key.startswith("person:"):
        return key is None
    record = load_kb().entity("person", key.split(":", 1)[1])
    return isinstance(record, Person) and not record.offices


def _known_kind(key: str | None, kinds: set[str]) -> bool:
    """Whether the key is a knowledge-base organisation of one of the kinds, or a state's forces
    ("forces:USA") where the kinds take in "military"."""
    if key is not None and key.startswith("forces:"):
        return "military" in kinds
    if key is None or not key.startswith("organization:"):
        return False
    record = load_kb().entity("organization", key.split(":", 1)[1])
    return isinstance(record, Organization) and record.kind in kinds


def is_state(party: Party) -> bool:
    """A state as a whole, or a body named for it ("Tehran", the report's author)."""
    return party.label in STATE_LABELS or (party.key or "").startswith("state:")


def identity(party: Party | None) -> str | None:
    """What makes two parties one: a state (or a body standing for it) by its country, anyone
    else by their entity."""
    if party is None:
        return None
    if is_state(party):
        return f"state:{party.country}"
    return party.ref


def of_one_body(one: Party | None, other: Party | None) -> bool:
    """Whether one of two parties is an official the knowledge base lists in an office of the
    other, a body, or of a body under it: "Kallas" and the EU she speaks for are one party; or
    members the sentence names as the other's ("members of the PDF" and the PDF)."""
    return _serves(one, other) or _serves(other, one) or _member(one, other) or _member(other, one)


def _member(group: Party | None, body: Party | None) -> bool:
    """Whether a group is named as members of the body ("members of the People's Defence Force")."""
    return group is not None and body is not None and f"member_of:{body.ref}" in group.features


def _serves(person: Party | None, body: Party | None) -> bool:
    if person is None or body is None or not (person.key or "").startswith("person:"):
        return False
    if not (body.key or "").startswith("organization:"):
        return False
    kb = load_kb()
    record = kb.entity("person", (person.key or "").partition(":")[2])
    if not isinstance(record, Person):
        return False
    served: set[str] = set()
    for office in record.offices:
        org_id = office.org
        while org_id is not None and org_id not in served:  # the body and those above it
            served.add(org_id)
            parent = kb.entity("organization", org_id)
            org_id = parent.parent if isinstance(parent, Organization) else None
    return (body.key or "").partition(":")[2] in served


def country_of(party: Party | None) -> str | None:
    return party.country if party is not None else None


def acts_on_itself(event: Event, parties: list[Party]) -> bool:
    """Whether an event has a state act on itself ("China's military sent warships" read with
    China for recipient): its recipient is the actor's own state or one of its organs; or an
    official acts on the body they serve, or it on them (`of_one_body`)."""
    by_name = {p.name: p for p in parties}
    if of_one_body(by_name.get(event.actor or ""), by_name.get(event.recipient or "")):
        return True
    if event.actor_country is None or event.actor_country != event.recipient_country:
        return False
    recipient = by_name.get(event.recipient or "")
    if recipient is None:
        state = load_kb().state(event.recipient_country or "")
        return state is not None and event.recipient == state.name
    return state_level(recipient, by_name.get(event.actor or ""))


WARSHIPS = _NOUNS.warships
# what an unnamed group of ships or weapons is: it may strike or be struck, but it says nothing
SPEECHLESS = SHIPS | WARSHIPS | {"drone", "missile", "rocket", "aircraft", "jet"}


def speechless(party: Party | None) -> bool:
    """Whether a party is an unnamed group of ships or weapons ("21 Chinese warships"), which
    accuses, urges or praises no one."""
    if party is None or party.key is not None or party.label not in {"GROUP", "PREVIOUS"}:
        return False
    last = party.name.split()[-1].lower() if party.name.split() else ""
    return last in SPEECHLESS or last.removesuffix("s") in SPEECHLESS


def unarmed(party: Party | None) -> bool:
    """Whether a party is a merchant ship ("M/V True Confidence", "the tanker"), which is struck
    or seized but uses force on no one."""
    if party is None or ("lab:VESSEL" not in party.features and party.label != "VESSEL"):
        return False
    if party.label == "VESSEL":
        return "via:ship" in party.features
    word = next((f.removeprefix("coref:") for f in party.features if f.startswith("coref:")), "")
    return word not in WARSHIPS


STATE_FORCE_NOUNS = _NOUNS.state_forces  # "Iranian police": may put down a protest, not hold one


def a_states_force(party: Party | None) -> bool:
    """Whether a party is a state's armed force or police ("Venezuelan security forces", the
    IDF, "Iranian police"): it may put down a protest, it does not hold one."""
    if party is None or party.country is None:
        return False
    return known_armed_force(party.key) or group_noun(party) in STATE_FORCE_NOUNS
