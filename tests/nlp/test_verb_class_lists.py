"""The checks of `data/events/verb_classes.yaml`: the words that name classes of deeds and speech."""

from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.errors import ConfigError
from watchfloor.nlp import (
    certainty,
    context_readings,
    described_things,
    event_rules,
    naming_verbs,
    operation_names,
    refusals,
    role_exclusions,
    sentencing_readings,
    sure_deeds,
    sure_readings,
    verb_class_lists,
    vow_readings,
)

GOOD = {
    "reporting": "[say, claim]",
    "denying": "[deny]",
    "likely_words": "[likely]",
    "possible_words": "[perhaps]",
    "coming_about": "[happen]",
    "intending": "[plan, try]",
    "asking_of_another": "[urge]",
    "intent_nouns": "[intention]",
    "asking_or_vowing": "[threaten]",
    "allegations": "[charge]",
    "rejecting_outright": "[reject]",
    "withdrawing": "[withdraw]",
    "leaving": "[leave]",
    "forces": "[troop]",
    "sending": "[deploy]",
    "buying": "[buy]",
    "arms_bought": "[jet]",
    "declaring": "[impose]",
    "truces": "[truce, cease-fire]",
    "taking_hold": "[begin]",
    "in_force": "[effect]",
    "releasing": "[free]",
    "captives": "[hostage]",
    "requesting": "[demand]",
    "cutting_ties": "[sever]",
    "diplomatic_ties": "[ambassador, attaché]",
    "warning": "[warn]",
    "consequences": "[pay]",
    "dangers": "[plot]",
    "promising": "[vow]",
    "retaliating": "[retaliate]",
    "pledged_gifts": "[aid]",
    "forceful": "[forcefully]",
    "provocations": "[aggression]",
    "accusing_outright": "[accuse]",
    "lodging": "[lodge]",
    "carrying": "[launch]",
    "speaking_things": "[letter]",
    "state_organs": "[ministry, kremlin]",
    "conveying": "[lodge]",
    "force_units": "[warship]",
    "pulling_out": "[evacuate]",
    "moving": "[arrive]",
    "naming": "[call]",
    "naming_things": "[dub]",
    "dismissing": "[sack]",
    "offices": "[chief]",
    "sentencing": "[condemn]",
    "penalties": "[death]",
    "aiming": "[target]",
    "forcible": "[armed]",
    "held_places": "[town]",
    "shows_of_force": "[drill]",
    "partner_words": "[joint, bilateral]",
    "services_together": "[joint]",
    "speaking": "[speak]",
    "judging_verbs": "[convict, sentence]",
    "claim_nouns": "[allegation]",
    "deciding": "[decide]",
    "aspectual": "[continue]",
    "eased": "[lifting]",
    "group_nouns": "[west]",
    "body_of_opposition": "[main]",
    "aircraft": "[warplane]",
    "customary": "[traditionally]",
}
# each moved list, as the module that uses it names it
ALIASES = {
    "reporting": (certainty, "REPORTING"),
    "denying": (certainty, "DENYING"),
    "likely_words": (certainty, "LIKELY"),
    "possible_words": (certainty, "POSSIBLE"),
    "coming_about": (certainty, "COMING_ABOUT"),
    "intending": (certainty, "HYPOTHETICAL_HEADS"),
    "asking_of_another": (certainty, "ASKING"),
    "intent_nouns": (certainty, "INTENT_NOUNS"),
    "asking_or_vowing": (certainty, "ASKING_HEADS"),
    "allegations": (certainty, "ALLEGATIONS"),
    "rejecting_outright": (refusals, "REJECTING"),
    "withdrawing": (sure_deeds, "WITHDRAWING"),
    "leaving": (sure_deeds, "LEAVING"),
    "forces": (sure_deeds, "FORCES"),
    "sending": (sure_deeds, "SENDING"),
    "buying": (sure_deeds, "BUYING"),
    "arms_bought": (sure_deeds, "ARMS_BOUGHT"),
    "declaring": (sure_deeds, "DECLARING"),
    "truces": (sure_deeds, "TRUCES"),
    "taking_hold": (sure_deeds, "TAKING_HOLD"),
    "in_force": (sure_deeds, "IN_FORCE"),
    "releasing": (sure_deeds, "RELEASING"),
    "captives": (sure_deeds, "CAPTIVES"),
    "requesting": (sure_deeds, "REQUESTING"),
    "cutting_ties": (sure_deeds, "CUTTING"),
    "diplomatic_ties": (sure_deeds, "DIPLOMATIC"),
    "warning": (vow_readings, "WARNING"),
    "consequences": (vow_readings, "CONSEQUENCES"),
    "dangers": (vow_readings, "DANGERS"),
    "promising": (vow_readings, "PROMISING"),
    "retaliating": (vow_readings, "RETALIATING"),
    "pledged_gifts": (vow_readings, "GIFTS"),
    "forceful": (vow_readings, "FORCEFUL"),
    "provocations": (vow_readings, "PROVOCATIONS"),
    "accusing_outright": (sure_readings, "ACCUSING_OUTRIGHT"),
    "lodging": (sure_readings, "LODGING"),
    "carrying": (sure_readings, "CARRYING"),
    "speaking_things": (described_things, "SPEAKING_THINGS"),
    "state_organs": (context_readings, "ORGANS"),
    "conveying": (context_readings, "CONVEYING"),
    "force_units": (context_readings, "FORCE_UNITS"),
    "pulling_out": (context_readings, "WITHDRAWING"),
    "moving": (context_readings, "MOVING"),
    "naming": (naming_verbs, "NAMING"),
    "naming_things": (operation_names, "NAMING"),
    "dismissing": (context_readings, "DISMISSING"),
    "offices": (context_readings, "OFFICES"),
    "sentencing": (sentencing_readings, "SENTENCING"),
    "penalties": (sentencing_readings, "PENALTIES"),
    "aiming": (context_readings, "AIMING"),
    "forcible": (context_readings, "FORCIBLE"),
    "held_places": (context_readings, "HELD_PLACES"),
    "shows_of_force": (context_readings, "SHOWS_OF_FORCE"),
    "partner_words": (context_readings, "PARTNER_WORDS"),
    "services_together": (context_readings, "SERVICES_TOGETHER"),
    "speaking": (context_readings, "SPEAKING"),
    "judging_verbs": (role_exclusions, "JUDGING_VERBS"),
    "claim_nouns": (event_rules, "CLAIM_NOUNS"),
    "deciding": (event_rules, "DECIDING"),
    "aspectual": (event_rules, "ASPECTUAL"),
    "eased": (event_rules, "EASED"),
    "group_nouns": (event_rules, "GROUP_NOUNS"),
    "body_of_opposition": (event_rules, "BODY_OF_OPPOSITION"),
    "aircraft": (event_rules, "AIRCRAFT"),
    "customary": (event_rules, "CUSTOMARY"),
}


def written(tmp_path: Path, **changes: str | None) -> Path:
    """A file of the good lists with `changes` made (None leaves a list out)."""
    lists = {**GOOD, **changes}
    path = tmp_path / "verb_classes.yaml"
    path.write_text(
        "".join(f"{key}: {value}\n" for key, value in lists.items() if value is not None), encoding="utf-8"
    )
    return path


def test_the_shipped_file_has_every_list_and_the_modules_use_them() -> None:
    shipped = verb_class_lists.load()
    assert set(verb_class_lists.KEYS) == set(GOOD) == set(ALIASES)
    assert all(isinstance(getattr(shipped, key), frozenset) and getattr(shipped, key) for key in GOOD)
    for key, (module, name) in ALIASES.items():
        assert frozenset(getattr(module, name)) == getattr(shipped, key), f"{module.__name__}.{name}"
    assert {"say", "claim", "warn"} <= certainty.REPORTING and "refute" in certainty.DENYING
    assert {"cease-fire", "armistice"} <= sure_deeds.TRUCES and "attaché" in sure_deeds.DIPLOMATIC
    assert "pow" in sure_deeds.CAPTIVES and "robustly" in vow_readings.FORCEFUL
    assert "op-ed" in described_things.SPEAKING_THINGS
    assert {"beijing", "kremlin"} <= context_readings.ORGANS and "bridgehead" in context_readings.HELD_PLACES
    assert context_readings.FORCE_UNITS < context_readings.ARRIVING and "gunship" in context_readings.ARRIVING
    assert context_readings.SERVICES_TOGETHER < context_readings.PARTNER_WORDS
    assert {"west", "regime"} <= event_rules.GROUP_NOUNS and "exiled" in event_rules.BODY_OF_OPPOSITION


def test_the_sets_made_from_the_lists_stay_as_they_were() -> None:
    tried = certainty.HYPOTHETICAL_HEADS - certainty.PLANNING  # (an attempted coup happened)
    assert tried == {"try", "attempt", "strive", "aim"} and certainty.PLANNING < certainty.HYPOTHETICAL_HEADS
    assert sure_deeds.FORCES < sure_deeds.SENT_FORCES and "peacekeeper" in sure_deeds.SENT_FORCES
    rejecting = described_things.ANSWERING - certainty.DENYING
    assert rejecting == {"reject", "rebuff"} and certainty.DENYING < described_things.ANSWERING
    assert sure_deeds.REQUESTING != certainty.ASKING  # (two lists: a request told, a complement asked)
    assert refusals.REJECTING != described_things.ANSWERING


def test_a_good_file_is_read(tmp_path: Path) -> None:
    classes = verb_class_lists.load(written(tmp_path))
    assert classes.reporting == {"say", "claim"} and classes.intending == {"plan", "try"}
    assert classes.truces == {"truce", "cease-fire"} and classes.diplomatic_ties == {"ambassador", "attaché"}
    assert classes.speaking_things == {"letter"} and classes.forceful == {"forcefully"}
    assert classes.state_organs == {"ministry", "kremlin"} and classes.partner_words == {"joint", "bilateral"}
    assert classes.judging_verbs == {"convict", "sentence"} and classes.customary == {"traditionally"}


@pytest.mark.parametrize(
    ("changes", "field", "problem"),
    [
        ({"reporting": "[say, Claim]"}, "reporting: 'Claim'", "lower-case"),
        ({"denying": "deny"}, "denying:", "expected a list"),
        ({"denying": "{deny: 1}"}, "denying:", "expected a list"),
        ({"verbs": "[say]"}, "verbs", "unknown key"),
        ({"releasing": "[free, release, free]"}, "releasing: 'free'", "more than once"),
        ({"captives": "[hostage, '']"}, "captives: ''", "one word"),
        ({"withdrawing": "[pull back]"}, "withdrawing: 'pull back'", "one word"),
        ({"carrying": "[launch, on]"}, "carrying: True", "not a word"),
        ({"dangers": "[plot, 3]"}, "dangers: 3", "not a word"),
        ({"reporting": None}, "reporting", "missing key"),
        ({"speaking_things": None}, "speaking_things", "missing key"),
        ({"forceful": "[Firmly]"}, "forceful: 'Firmly'", "lower-case"),
        ({"cutting_ties": "[cut ties]"}, "cutting_ties: 'cut ties'", "one word"),
        ({"state_organs": "[ministry, Kremlin]"}, "state_organs: 'Kremlin'", "lower-case"),
        ({"held_places": "[town, town]"}, "held_places: 'town'", "more than once"),
        ({"judging_verbs": None}, "judging_verbs", "missing key"),
        ({"customary": "[for years]"}, "customary: 'for years'", "one word"),
    ],
)
def test_a_malformed_file_is_refused_naming_the_file_and_field(
    tmp_path: Path, changes: dict[str, str | None], field: str, problem: str
) -> None:
    path = written(tmp_path, **changes)
    with pytest.raises(ConfigError) as refused:
        verb_class_lists.load(path)
    message = str(refused.value)
    assert str(path) in message
    assert field in message
    assert problem in message


def test_a_file_that_is_no_mapping_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "verb_classes.yaml"
    path.write_text("- say\n")
    with pytest.raises(ConfigError, match="expected a mapping"):
        verb_class_lists.load(path)


def test_a_file_that_is_no_yaml_is_refused_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "verb_classes.yaml"
    path.write_text("reporting: [say\n")
    with pytest.raises(ConfigError, match="cannot read the verb classes") as refused:
        verb_class_lists.load(path)
    assert str(path) in str(refused.value)
