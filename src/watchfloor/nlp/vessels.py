"""Ships named in a paragraph (`data/entities/vessels.yaml`): "USS Carney" (a warship, of its
navy's state), "M/V True Confidence" (a merchant ship, of its flag's state where the text gives
one: "the Liberian-flagged M/V Tutor"), and a name right after a ship's kind ("the Greek-flagged
oil tanker Sounion")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from watchfloor.data_files import read_data_file
from watchfloor.errors import ConfigError
from watchfloor.kb import KnowledgeBase

FLAG_WORDS = frozenset({"flagged", "flag", "registered"})
# the kinds of merchant ship a name may follow: "the oil tanker Sounion", "the cargo ship Galaxy Leader"
SHIP_KINDS = frozenset(
    {"tanker", "ship", "vessel", "freighter", "carrier", "containership", "trawler", "ferry"}
)


@dataclass(frozen=True)
class VesselPrefixes:
    naval: dict[str, str]  # prefix -> ISO alpha-3
    merchant: frozenset[str]


def vessels_path() -> Path:
    return Path(str(resources.files("watchfloor") / "data" / "entities" / "vessels.yaml"))


@lru_cache(maxsize=2)
def load_vessel_prefixes(path: Path | None = None) -> VesselPrefixes:
    path = path or vessels_path()
    raw = read_data_file(path, "ship prefixes")
    if not isinstance(raw, dict) or set(raw) != {"naval_prefixes", "merchant_prefixes"}:
        raise ConfigError(f"{path}: expected the keys naval_prefixes and merchant_prefixes")
    naval, merchant = raw["naval_prefixes"], raw["merchant_prefixes"]
    if not isinstance(naval, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and len(v) == 3 and v.isupper() for k, v in naval.items()
    ):
        raise ConfigError(f"{path}: naval_prefixes: expected prefix: ISO alpha-3 code pairs")
    if not isinstance(merchant, list) or not all(isinstance(m, str) and m for m in merchant):
        raise ConfigError(f"{path}: merchant_prefixes: expected a list of prefixes")
    return VesselPrefixes(dict(naval), frozenset(merchant))


@dataclass(frozen=True)
class Vessel:
    span: Span
    warship: bool
    country: str | None


def find_vessels(doc: Doc, kb: KnowledgeBase) -> list[Vessel]:
    """A prefix followed by capitalised words (or numbers) is a ship."""
    prefixes = load_vessel_prefixes()
    initials = {p[0] for p in (*prefixes.naval, *prefixes.merchant)}
    out = []
    texts = [t.text for t in doc]
    i = 0
    while i < len(texts):
        if texts[i][:1] not in initials:  # most words: no prefix starts with their letter
            i += 1
            continue
        prefix, width = _prefix_at(texts, i, prefixes)
        end = i + width
        while prefix and end < len(doc) and (doc[end].text[:1].isupper() or doc[end].like_num):
            if doc[end].is_punct:
                break
            end += 1
        if prefix is None or end == i + width:
            i += 1
            continue
        warship = prefix in prefixes.naval
        country = prefixes.naval[prefix] if warship else _flag_state(doc[i], doc[end - 1], kb)
        out.append(Vessel(doc[i:end], warship, country))
        i = end
    taken = {t.i for vessel in out for t in vessel.span}
    return out + [v for v in _named_after_their_kind(doc, kb) if v.span.start not in taken]


def _named_after_their_kind(doc: Doc, kb: KnowledgeBase) -> list[Vessel]:
    """A merchant ship named right after its kind, with no prefix: "the Greek-flagged oil tanker
    Sounion", "the cargo ship Galaxy Leader" (of its flag's state where the words before give one)."""
    out = []
    for noun in doc[:-1]:
        if noun.lemma_.lower() not in SHIP_KINDS or noun.pos_ != "NOUN":
            continue
        end = noun.i + 1
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
            end += 1
        if end == noun.i + 1 or kb.matches(doc[noun.i + 1 : end].text):
            continue  # (no name, or one of a state or a body: "tankers Iran seized")
        phrase = doc[max(noun.i - 6, noun.sent.start) : noun.i + 1]
        country = flag_in_phrase(phrase, kb) or _state_in(doc[noun.i - 1 : noun.i], kb)
        out.append(Vessel(doc[noun.i + 1 : end], False, country))
    return out


def ship_name(text: str) -> str:
    """A ship's name without its prefix: "USS Mason" is "Mason", as later sentences call it."""
    prefixes = load_vessel_prefixes()
    words = text.split()
    for width in (3, 2, 1):
        if _prefix_in(words[:width], prefixes):
            return " ".join(words[width:])
    return text


def _prefix_at(texts: list[str], i: int, prefixes: VesselPrefixes) -> tuple[str | None, int]:
    """The ship prefix starting at word i of a Doc's `texts` ("USS"; "M/V" may be one token or
    three; "Motor Vessel" is two)."""
    for width in (3, 2, 1):
        if i + width > len(texts):
            continue
        found = _prefix_in(texts[i : i + width], prefixes)
        if found:
            return found, width
    return None, 0


def _prefix_in(words: list[str], prefixes: VesselPrefixes) -> str | None:
    """The prefix `words` spell, run together ("M/V" from "M", "/", "V") or apart ("Motor Vessel")."""
    for written in ("".join(words), " ".join(words)):
        if written in prefixes.naval or written in prefixes.merchant:
            return written
    return None


def _flag_state(first: Token, last: Token, kb: KnowledgeBase) -> str | None:
    """The state whose flag the words around the name give: "the Liberian-flagged M/V Tutor",
    "the Palau-flagged M/V Verbena", "M/V True Confidence, a Barbados-flagged bulk carrier",
    "The M/V Maersk Gibraltar is a Hong Kong-flagged cargo vessel"."""
    doc = first.doc
    before = doc[max(first.i - 6, 0) : first.i]
    if any(t.lower_ in FLAG_WORDS for t in before):
        return _state_in(before, kb)
    after = doc[last.i + 1 : min(last.i + 8, first.sent.end)]
    if len(after) and (after[0].text == "," or after[0].lemma_ == "be"):
        flag = next((t.i for t in after if t.lower_ in FLAG_WORDS), None)
        if flag is not None:
            return _state_in(doc[last.i + 2 : flag], kb)
    return None


def flag_in_phrase(phrase: Span, kb: KnowledgeBase) -> str | None:
    """The flag a ship's own phrase gives it: "a Norwegian-flagged tanker", "a Marshall
    Islands flagged vessel"."""
    flag = next((t.i for t in phrase if t.lower_ in FLAG_WORDS), None)
    return _state_in(phrase.doc[phrase.start : flag], kb) if flag is not None else None


def _state_in(words: Span, kb: KnowledgeBase) -> str | None:
    """The first state a demonym or a state's name among `words` names, reading "Marshall
    Islands" as one name."""
    for start, token in enumerate(words):
        code = kb.demonym(token.text)
        if code is not None:
            return code
        if token.text[:1].isupper():
            for end in range(len(words), start, -1):
                named = kb.state_named(words[start:end].text)
                if named is not None:
                    return named
    return None
