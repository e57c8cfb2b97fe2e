"""One sentence per story, generated from its event data: actor, act, recipient, quantity, place,
date and the author's stance in words ("likely", "may have", "claimed", "denied"). Nothing is
copied from the reports; the phrases for each PLOVER type come from `data/brief/phrases.yaml`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from watchfloor.brief.stories import Story
from watchfloor.brief.vocabulary import Vocabulary
from watchfloor.kb import load_kb
from watchfloor.kb.normalize import fold


@dataclass(frozen=True)
class Naming:
    """How the brief names parties: a person with an office by country, office and name."""

    titles: dict[int, str]  # entity id -> office ("President")
    countries: dict[int, str]  # entity id -> ISO3

    def party(self, name: str, entity_id: int | None) -> str:
        if entity_id is None:
            return _common_phrase(name)
        title = self.titles.get(entity_id)
        if not title or not title[:1].isupper() or fold(title) in fold(name):
            return name
        state = load_kb().state(self.countries.get(entity_id or 0, "") or "")
        demonym = state.demonyms[0] if state and state.demonyms else ""
        return " ".join(p for p in (demonym, title, name) if p)


# words that open an unnamed group's phrase, capitalised only where it opened the report's sentence
OPENING_WORDS = frozenset(
    {"the", "a", "an", "about", "some", "several", "many", "dozens", "hundreds", "thousands", "more",
     "at", "over", "nearly", "around", "up", "two", "three", "four", "five", "six", "seven", "eight",
     "nine", "ten", "police", "soldiers", "troops", "gunmen", "militants", "protesters", "attackers"}
)  # fmt: skip


def _common_phrase(name: str) -> str:
    """An unnamed group's phrase as it reads inside a sentence: "Three attackers" -> "three
    attackers", "About 20 North Korean soldiers" -> "about 20 North Korean soldiers"."""
    first, _, rest = name.partition(" ")
    if first[:1].isupper() and first[1:].islower() and first.lower() in OPENING_WORDS:
        return " ".join(p for p in (first.lower(), rest) if p)
    return name


def date_words(value: str) -> str:
    """ "July 31, 2023", "July 2023" or "2023" for an ISO date or prefix."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return f"{day:%B} {day.day}, {day.year}"
    if len(parts) == 2:
        return f"{date(parts[0], parts[1], 1):%B %Y}"
    return str(parts[0])


def date_phrase(value: str | None) -> str:
    """ " on July 31, 2023", " in July 2023", " in 2023", or nothing for an undated story."""
    if not value:
        return ""
    try:
        words = date_words(value)
    except ValueError:
        return ""
    return f" {'on' if value.count('-') == 2 else 'in'} {words}"


def story_sentence(story: Story, naming: Naming, vocabulary: Vocabulary) -> str:
    lead = story.lead
    actor = naming.party(lead.actor or "", lead.actor_id)
    recipient = naming.party(lead.recipient, lead.recipient_id) if lead.recipient else None
    phrase = vocabulary.acts[lead.type].phrase_for(lead.mode, lead.trigger)
    quantity = next((e.quantity for e in story.reports if e.quantity), None)

    state = load_kb().state(lead.recipient_country or "")
    of_state = state is not None and fold(state.name) == fold(lead.recipient or "")

    def act(perfect: bool = False) -> str:
        return phrase.say(recipient, quantity, perfect, of_state)

    source = naming.party(lead.source, lead.source_id) if lead.source else None
    certainty = lead.certainty
    if certainty == "almost_certain":
        clause = f"{actor} almost certainly {act()}"
    elif certainty == "likely":
        clause = f"{actor} likely {act()}"
    elif certainty == "possible":
        clause = f"{actor} may have {act(perfect=True)}"
    elif certainty == "unlikely":
        clause = f"{actor} is unlikely to have {act(perfect=True)}"
    elif certainty == "attributed" and (not source or fold(source) == fold(actor)):
        # no one named, or the actor speaking of its own act
        clause = (
            f"{actor} reportedly {act()}" if not source else f"{actor} announced having {act(perfect=True)}"
        )
    elif certainty == "attributed":
        said = "claimed" if _is_party(lead.source, lead.source_id, story) else "reported"
        clause = f"{source} {said} that {actor} {act()}"
    elif certainty == "denied" and not source:  # the author's own negation: "has not accepted"
        clause = f"{actor} is reported not to have {act(perfect=True)}"
    elif certainty == "denied" and fold(source or "") != fold(actor):
        clause = f"{source} denied that {actor} {act()}"
    elif certainty == "denied":
        clause = f"{actor} denied having {act(perfect=True)}"
    else:
        clause = f"{actor} {act()}"
    text = clause + _place_phrase(lead.place, recipient) + date_phrase(story.date) + "."
    return text[:1].upper() + text[1:]


def _place_phrase(place: str | None, recipient: str | None) -> str:
    if not place or (recipient and fold(place) in fold(recipient)):
        return ""
    return f" in {place}"


def _is_party(source: str | None, source_id: int | None, story: Story) -> bool:
    """Whether the one the author attributes the event to is one of its parties, or the state of
    one: their word is a claim, an outsider's a report."""
    lead = story.lead
    if source_id is not None and source_id in {lead.actor_id, lead.recipient_id}:
        return True
    if not source:
        return False
    kb = load_kb()
    names = {fold(n) for n in (lead.actor, lead.recipient) if n}
    for code in (lead.actor_country, lead.recipient_country):
        state = kb.state(code) if code else None
        if state is not None:
            names.update(fold(n) for n in (state.name, *state.demonyms, *state.metonyms))
    return fold(source) in names
