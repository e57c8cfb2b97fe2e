"""The trigger lexicon (`data/events/triggers.yaml`), loaded once and checked against PLOVER."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from watchfloor.data_files import read_data_file
from watchfloor.errors import ConfigError
from watchfloor.kb import load_kb
from watchfloor.kb.loader import ENV_EXTRA, extra_dirs

KEYS = frozenset({
    "verbs", "nouns", "modes", "recipient_preps", "inverse", "inverse_on", "inverse_objects", "idioms",
    "lasting", "inverse_only", "mutual", "joint", "official", "by_object", "labels",
})  # fmt: skip
DEFAULT_RECIPIENT_PREPS = ("with", "to", "on", "against", "for", "toward", "towards", "into")


@dataclass(frozen=True)
class Trigger:
    type: str
    mode: str | None
    recipient_preps: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, list[Trigger]]
    nouns: dict[str, list[Trigger]]
    # words whose subject suffers the event and whose object's owner commits it: "Ukraine shot
    # down 15 Russian drones" is Russia's ASSAULT on Ukraine (by type)
    inverse: dict[str, frozenset[str]] = field(default_factory=dict)
    # words that read so only when their object is one of `inverse_objects`: "air defences
    # destroyed 12 Ukrainian drones" is Ukraine's attack, "destroyed a depot" is not (by type)
    inverse_on: dict[str, frozenset[str]] = field(default_factory=dict)
    inverse_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    # a verb with an object that makes an idiom, no event of the type: "took effect", "took place"
    idioms: dict[str, frozenset[tuple[str, str]]] = field(default_factory=dict)
    # nouns of a lasting state of affairs ("war", "invasion"): named under a preposition or as a
    # clause's time ("since the war began") they are the background, not an event reported
    lasting: frozenset[str] = frozenset()
    # verbs of `inverse_on` that are no event of the type with another thing for object:
    # "intercepted two drones" is the launcher's attack, "intercepted a dhow" no attack (by type)
    inverse_only: dict[str, frozenset[str]] = field(default_factory=dict)
    # words whose parties listed together do it to each other: "Indian and Chinese troops
    # clashed" is India's attack on China and China's on India (by type)
    mutual: dict[str, frozenset[str]] = field(default_factory=dict)
    # words of the types that pass between parties listed together ("Iran and Russia signed a
    # deal") whose parties listed together do it together, to another: "the US, Britain and
    # Jordan helped to intercept the barrage" is no help between them (by type)
    joint: dict[str, frozenset[str]] = field(default_factory=dict)
    # words another type lists that, said by a state or an organ of one, read as this type instead:
    # "Tokyo lodged a protest", "China protested to Manila" accuse; no one demonstrates (by word)
    official: dict[str, list[Trigger]] = field(default_factory=dict)
    # a verb with an object that reads as this type, whatever the verb's own: "targeted six
    # firms" sanctions them; "targeted a depot" stays an attack (by (verb, object) pair)
    by_object: dict[tuple[str, str], list[Trigger]] = field(default_factory=dict)
    # words that condemn what a deed is called, though they report no deed themselves: "called
    # the attack an act of terror" (the type's nouns condemn so too: "an act of war")
    labels: dict[str, frozenset[str]] = field(default_factory=dict)

    @cached_property
    def phrase_heads(self) -> frozenset[str]:
        """The words a many-word noun can end with or be headed by ("strike" of "hunger strike",
        "state" of "state of emergency"): no other word need be looked at for one."""
        words = [noun.split() for noun in self.nouns if " " in noun]
        return frozenset(w[-1] for w in words) | frozenset(w[0] for w in words if "of" in w[1:])


def lexicon_path() -> Path:
    return Path(str(resources.files("watchfloor") / "data" / "events" / "triggers.yaml"))


def load_lexicon(path: Path | None = None) -> Lexicon:
    """The lexicon from `path`, or from the package's file plus a `triggers.yaml` in each of an
    analyst's extra knowledge directories (WATCHFLOOR_KB_EXTRA), merged; cached per process."""
    if path is not None:
        return _load((path,))
    return _default(os.environ.get(ENV_EXTRA, ""))  # the common call, many times a sentence


@lru_cache(maxsize=8)
def _default(extra_setting: str) -> Lexicon:
    extras = (d / "triggers.yaml" for d in extra_dirs(extra_setting))
    return _load((lexicon_path(), *(p for p in extras if p.is_file())))


@lru_cache(maxsize=8)
def _load(paths: tuple[Path, ...]) -> Lexicon:
    kb = load_kb()
    verbs: dict[str, list[Trigger]] = {}
    nouns: dict[str, list[Trigger]] = {}
    inverse: dict[str, set[str]] = {}
    inverse_on: dict[str, set[str]] = {}
    inverse_objects: dict[str, set[str]] = {}
    inverse_only: dict[str, set[str]] = {}
    idioms: dict[str, set[tuple[str, str]]] = {}
    commands: dict[str, set[str]] = {}  # verbs whose object, a deed of another type, is commanded
    lasting: set[str] = set()
    mutual: dict[str, set[str]] = {}
    joint: dict[str, set[str]] = {}
    official: dict[str, list[Trigger]] = {}
    declared: dict[str, str] = {}  # where each official word was listed
    by_object: dict[tuple[str, str], list[Trigger]] = {}
    labels: dict[str, set[str]] = {}
    for path in paths:
        for code, entry in _read(path).items():
            where = f"{path}: {code}"
            kb.check_plover(str(code), where=where)
            if not isinstance(entry, dict) or set(entry) - KEYS:
                raise ConfigError(f"{where}: expected keys {', '.join(sorted(KEYS))}")
            modes = _modes(entry.get("modes") or {}, where)
            for mode in set(modes.values()):
                kb.check_plover(str(code), mode, where=where)
            # (YAML reads a bare on or off as true or false: quote them)
            preps = tuple(
                _words(
                    entry.get("recipient_preps") or list(DEFAULT_RECIPIENT_PREPS), f"{where}.recipient_preps"
                )
            )
            own = {key: _words(entry.get(key) or [], f"{where}.{key}") for key in ("verbs", "nouns")}
            for key, table in (("verbs", verbs), ("nouns", nouns)):
                for lemma in own[key]:
                    table.setdefault(lemma, []).append(Trigger(str(code), modes.get(lemma), preps))
            listed = {*own["verbs"], *own["nouns"]}
            lasting |= _among(entry, "lasting", set(own["nouns"]), where, "its nouns")
            for key, words_of in (
                ("inverse", inverse),
                ("inverse_on", inverse_on),
                ("mutual", mutual),
                ("joint", joint),
            ):
                words = _among(entry, key, listed, where, "its verbs or nouns")
                words_of.setdefault(str(code), set()).update(words)
            inverse_only.setdefault(str(code), set()).update(
                _among(entry, "inverse_only", inverse_on[str(code)], where, "its inverse_on words")
            )
            objects = _words(entry.get("inverse_objects") or [], f"{where}.inverse_objects")
            if any(" " in word for word in objects):  # compared with the object's head word
                raise ConfigError(f"{where}.inverse_objects: one word each (the object's head noun)")
            inverse_objects.setdefault(str(code), set()).update(objects)
            phrases = _words(entry.get("idioms") or [], f"{where}.idioms")
            commanding = [p.split()[0] for p in phrases if p.endswith(" **") and len(p.split()) == 2]
            for verb in commanding:
                if verb not in own["verbs"]:
                    raise ConfigError(f"{where}.idioms: {verb + ' **'!r} should be one of its verbs")
            commands.setdefault(str(code), set()).update(commanding)
            kept = [p for p in phrases if not p.endswith(" **")]
            idioms.setdefault(str(code), set()).update(_idioms(kept, where, own))
            for word in _words(entry.get("official") or [], f"{where}.official"):
                official.setdefault(word, []).append(Trigger(str(code), modes.get(word), preps))
                declared.setdefault(word, f"{where}.official")
            for verb, noun in _pairs(entry.get("by_object") or [], f"{where}.by_object"):
                by_object.setdefault((verb, noun), []).append(Trigger(str(code), modes.get(verb), preps))
            labels.setdefault(str(code), set()).update(_words(entry.get("labels") or [], f"{where}.labels"))
            if inverse_on.get(str(code)) and not inverse_objects[str(code)]:
                raise ConfigError(
                    f"{where}.inverse_on: needs `inverse_objects` (the objects it reads so with)"
                )
    for code, ordering in commands.items():  # "order **": with any other type's noun, a command
        others = [
            noun
            for noun, triggers in nouns.items()
            if " " not in noun and all(t.type != code for t in triggers)
        ]
        idioms[code].update((verb, noun) for verb in ordering for noun in others)
    for word in sorted(set(official) - set(verbs) - set(nouns)):
        raise ConfigError(f"{declared[word]}: {word!r} is no type's verb or noun")
    return Lexicon(
        verbs, nouns, _frozen(inverse), _frozen(inverse_on), _frozen(inverse_objects),
        {kind: frozenset(pairs) for kind, pairs in idioms.items()}, frozenset(lasting),
        _frozen(inverse_only), _frozen(mutual), _frozen(joint), official, by_object, _frozen(labels),
    )  # fmt: skip


def _frozen(words_by_type: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    return {kind: frozenset(words) for kind, words in words_by_type.items()}


def _read(path: Path) -> dict[Any, Any]:
    raw = read_data_file(path, "trigger lexicon")
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping of PLOVER types")
    return raw


def _words(values: Any, where: str) -> list[str]:
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise ConfigError(f"{where}: expected a list of words")
    return [v.strip().lower() for v in values]


def _among(entry: dict[Any, Any], key: str, listed: set[str], where: str, what: str) -> set[str]:
    """The words of `key`, each one of `listed` (the type's own words)."""
    words = set(_words(entry.get(key) or [], f"{where}.{key}"))
    if words - listed:
        raise ConfigError(f"{where}.{key}: {', '.join(sorted(words - listed))} not among {what}")
    return words


def _idioms(values: Any, where: str, own: dict[str, list[str]]) -> list[tuple[str, str]]:
    """ "take effect": (verb, the object's head noun), the verb one of the type's; or "take
    responsibility": the object one of the type's nouns, which the verb makes no event; or
    "violate *": the verb with any of the type's nouns."""
    out = []
    for phrase in _words(values, f"{where}.idioms"):
        words = phrase.split()
        if len(words) == 2 and words[1] == "*":  # "violate *": a verb with any of the type's nouns
            out += [(words[0], noun) for noun in own["nouns"] if " " not in noun]
            continue
        if len(words) != 2 or (words[0] not in own["verbs"] and words[1] not in own["nouns"]):
            raise ConfigError(
                f"{where}.idioms: {phrase!r} should be one of its verbs and the object's head noun, "
                "or a verb and one of its nouns"
            )
        out.append((words[0], words[1]))
    return out


def _pairs(values: Any, where: str) -> list[tuple[str, str]]:
    """ "target firm", "target finance network": (verb, the object's head noun, or the noun with
    the word before it)."""
    out = []
    for phrase in _words(values, where):
        verb, _, noun = phrase.partition(" ")
        if not noun or len(noun.split()) > 2:
            raise ConfigError(
                f"{where}: {phrase!r} should be a verb and its object's head noun "
                "(with one word before it, at most)"
            )
        out.append((verb, noun))
    return out


def _modes(values: Any, where: str) -> dict[str, str]:
    if not isinstance(values, dict):
        raise ConfigError(f"{where}.modes: expected a mapping of mode -> words")
    return {lemma: str(mode) for mode, words in values.items() for lemma in _words(words, f"{where}.modes")}
