"""The verb classes (`data/events/verb_classes.yaml`): the words that name a class of deed or of
speech (reporting, denying, asking, vowing, warning, withdrawing, releasing, cutting ties ...) and
the nouns and adverbs their readings ask for. Loaded once and validated."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources
from pathlib import Path

from watchfloor.data_files import word_lists

FILE_NAME = "verb_classes.yaml"


@dataclass(frozen=True)
class VerbClasses:
    """The file's lists, one field a key, in its order (each described in the file)."""

    # the author's stance on an event (certainty.py)
    reporting: frozenset[str]  # "claimed", "said": attributed
    denying: frozenset[str]  # "denied": denied
    likely_words: frozenset[str]  # "likely", as written
    possible_words: frozenset[str]  # "possibly", as written
    coming_about: frozenset[str]  # "will take place": the event's own coming about
    intending: frozenset[str]  # "plans to strike": not done
    asking_of_another: frozenset[str]  # "urged Iran to release": asked, not done
    intent_nouns: frozenset[str]  # "plans to buy jets"
    asking_or_vowing: frozenset[str]  # "threatened to strike": not done
    allegations: frozenset[str]  # "charges Asmara dismissed": what a denial answers
    # refusals and rejections (refusals.py)
    rejecting_outright: frozenset[str]  # "Tehran rejected the proposal"
    # deeds told for sure (sure_deeds.py)
    withdrawing: frozenset[str]  # "withdrew", "pulled back"
    leaving: frozenset[str]  # "troops left Afghanistan"
    forces: frozenset[str]  # "its troops"
    sending: frozenset[str]  # "deployed troops to the border"
    buying: frozenset[str]  # "orders 42 Rafale jets"
    arms_bought: frozenset[str]  # "jets"
    declaring: frozenset[str]  # "imposed a curfew"
    truces: frozenset[str]  # "a ceasefire"
    taking_hold: frozenset[str]  # "the truce began"
    in_force: frozenset[str]  # "took effect", as written
    releasing: frozenset[str]  # "freed 24 hostages"
    captives: frozenset[str]  # "hostages"
    requesting: frozenset[str]  # "demanded that Moscow admit guilt"
    cutting_ties: frozenset[str]  # "recalled its ambassador"
    diplomatic_ties: frozenset[str]  # "ambassador", "ties"
    # vows and warnings (vow_readings.py)
    warning: frozenset[str]  # "warned"
    consequences: frozenset[str]  # "would pay for it"
    dangers: frozenset[str]  # "warned of a planned attack": a tip
    promising: frozenset[str]  # "vowed", "pledged"
    retaliating: frozenset[str]  # "vowed to retaliate"
    pledged_gifts: frozenset[str]  # "pledged $300 million": no threat
    forceful: frozenset[str]  # "would respond forcefully", as written
    provocations: frozenset[str]  # "respond to any attack"
    # readings told for sure (sure_readings.py)
    accusing_outright: frozenset[str]  # "accused Seoul of ..."
    lodging: frozenset[str]  # "lodged a protest"
    carrying: frozenset[str]  # "carried out airstrikes"
    # words that tell of no deed (described_things.py)
    speaking_things: frozenset[str]  # "a resolution condemning"
    # words that read otherwise in a context (context_readings.py)
    state_organs: frozenset[str]  # "the embassy lodged a protest": the state speaks
    conveying: frozenset[str]  # "lodged a protest"
    force_units: frozenset[str]  # "sent warships": deployed
    pulling_out: frozenset[str]  # "pulled its troops": a retreat
    moving: frozenset[str]  # "the contingent arrived"
    naming: frozenset[str]  # "called the strikes an act of war" (naming_verbs.py)
    naming_things: frozenset[str]  # "the operation, code-named ..." (operation_names.py)
    dismissing: frozenset[str]  # "fires army chief Zaluzhnyi"
    offices: frozenset[str]  # "dismissed the defence minister"
    sentencing: frozenset[str]  # "condemned him to 27 years" (sentencing_readings.py)
    penalties: frozenset[str]  # "years", "death"
    aiming: frozenset[str]  # "the sanctions hit Russian banks"
    forcible: frozenset[str]  # "military action": no penalty
    held_places: frozenset[str]  # "seized the town"
    shows_of_force: frozenset[str]  # "drills"
    partner_words: frozenset[str]  # "joint drills", as written
    services_together: frozenset[str]  # "joint", as written
    speaking: frozenset[str]  # "Speaking at a rally, ..."
    # what the parties' role features rule out (role_exclusions.py)
    judging_verbs: frozenset[str]  # "convicted of killing": the charge's party no recipient
    # what counts as an event and what belongs to it (event_rules.py)
    claim_nouns: frozenset[str]  # "false claims that"
    deciding: frozenset[str]  # "decided to expel": done
    aspectual: frozenset[str]  # "continued to pound": done
    eased: frozenset[str]  # "the lifting of sanctions"
    group_nouns: frozenset[str]  # "the West", "European states"
    body_of_opposition: frozenset[str]  # "the main opposition", as written
    aircraft: frozenset[str]  # "fighter jets"
    customary: frozenset[str]  # "traditionally", as written


KEYS = tuple(field.name for field in fields(VerbClasses))  # all required


def verb_classes_path() -> Path:
    return Path(str(resources.files("watchfloor") / "data" / "events" / FILE_NAME))


def load(path: Path | None = None) -> VerbClasses:
    """The lists of `path`, or of the package's file; cached per process."""
    return _load(path or verb_classes_path())


@lru_cache(maxsize=4)
def _load(path: Path) -> VerbClasses:
    return VerbClasses(**word_lists(path, "verb classes", KEYS))
