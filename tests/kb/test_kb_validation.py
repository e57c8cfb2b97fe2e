"""Each validation rule: a small malformed knowledge directory fails with a ConfigError that names
the file, the entry and the problem."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from watchfloor.errors import ConfigError
from watchfloor.kb import ENV_EXTRA, KnowledgeBase, load_kb

WriteKb = Callable[..., Path]

STATE_IRN = (
    "states:\n  - {iso3: IRN, name: Iran, demonyms: [Iranian], metonyms: [Tehran], lat: 35.7, lon: 51.4}\n"
)
STATE_LBN = "  - {iso3: LBN, name: Lebanon, aliases: [Hezbollah], lat: 33.9, lon: 35.5}\n"
ORG_IRGC = (
    "organizations:\n"
    "  - {id: irgc, name: Islamic Revolutionary Guard Corps, aliases: [IRGC], kind: military, country: IRN}\n"
)

CASES = {
    "missing name": (
        {"organizations.yaml": "organizations:\n  - {aliases: [X], kind: militia}\n"},
        "organizations.yaml",
        ["entry #1", "name", "Field required"],
    ),
    "wrong type": (
        {"states.yaml": "states:\n  - {iso3: IRN, name: Iran, aliases: US, lat: 35, lon: 51}\n"},
        "states.yaml",
        ["'Iran'", "aliases", "should be a list"],
    ),
    "unknown key": (
        {"people.yaml": "people:\n  - {name: Ali Khamenei, countyr: IRN}\n"},
        "people.yaml",
        ["'Ali Khamenei'", "countyr", "Extra inputs"],
    ),
    "entry not a mapping": (
        {"sites.yaml": "sites:\n  - Natanz\n"},
        "sites.yaml",
        ["entry #1", "must be a mapping"],
    ),
    "section not a list": (
        {"sites.yaml": "sites: {name: Natanz}\n"},
        "sites.yaml",
        ["sites must be a list"],
    ),
    "unknown top-level key": (
        {"weapons.yaml": "drones: []\n"},
        "weapons.yaml",
        ["unknown top-level key 'drones'"],
    ),
    "invalid yaml": (
        {"titles.yaml": "titles:\n  - {name: President, kind: office\n"},
        "titles.yaml",
        ["not valid YAML"],
    ),
    "duplicate id": (
        {
            "organizations.yaml": "organizations:\n"
            "  - {id: irgc, name: IRGC, kind: military, country: IRN}\n"
            "  - {id: irgc, name: Revolutionary Guards, kind: military, country: IRN}\n"
        },
        "organizations.yaml",
        ["entry #2", "duplicate id 'irgc'"],
    ),
    "duplicate state": (
        {"states.yaml": STATE_IRN + "  - {iso3: IRN, name: Persia, lat: 35, lon: 51}\n"},
        "states.yaml",
        ["'Persia'", "duplicate id 'IRN'"],
    ),
    "alias of a state and of an organisation": (
        {
            "states.yaml": STATE_IRN + STATE_LBN,
            "organizations.yaml": "organizations:\n"
            "  - {name: Lebanese Hezbollah, aliases: [Hezbollah], kind: militia, country: LBN}\n",
        },
        "organizations.yaml",
        ["'Lebanese Hezbollah'", "'Hezbollah'", "also names state 'Lebanon'", "ambiguous_aliases"],
    ),
    "surname shared without ambiguous_aliases": (
        {
            "people.yaml": "people:\n"
            "  - {name: Mohammad Bagheri, ambiguous_aliases: [Bagheri], country: IRN}\n"
            "  - {name: Ali Bagheri Kani, aliases: [Bagheri], country: IRN}\n"
        },
        "people.yaml",
        ["'Ali Bagheri Kani'", "'Bagheri'", "also names person 'Mohammad Bagheri'"],
    ),
    "demonym shared by two states": (
        {"states.yaml": STATE_IRN + "  - {iso3: IRQ, name: Iraq, demonyms: [Iranian], lat: 33, lon: 44}\n"},
        "states.yaml",
        ["'Iraq'", "'Iranian' (demonym)", "also names state 'Iran'"],
    ),
    "invalid country code": (
        {"organizations.yaml": "organizations:\n  - {name: Nowhere Army, kind: military, country: XXX}\n"},
        "organizations.yaml",
        ["'Nowhere Army'", "'XXX' is not an ISO 3166-1 alpha-3 code"],
    ),
    "lower-case country code": (
        {"sites.yaml": "sites:\n  - {name: Natanz, kind: nuclear, lat: 33.7, lon: 51.7, country: irn}\n"},
        "sites.yaml",
        ["'Natanz'", "upper-case ISO 3166-1 alpha-3"],
    ),
    "invalid state code": (
        {"states.yaml": "states:\n  - {iso3: IRX, name: Iran, lat: 35, lon: 51}\n"},
        "states.yaml",
        ["'Iran'", "iso3", "'IRX'"],
    ),
    "invalid office country": (
        {
            "people.yaml": "people:\n  - name: Ebrahim Raisi\n    offices:\n"
            "      - {title: President, country: IRA}\n"
        },
        "people.yaml",
        ["'Ebrahim Raisi'", "'IRA'"],
    ),
    "latitude out of range": (
        {"sites.yaml": "sites:\n  - {name: Natanz, kind: nuclear, lat: 133.7, lon: 51.7, country: IRN}\n"},
        "sites.yaml",
        ["'Natanz'", "lat", "less than or equal to 90"],
    ),
    "longitude out of range": (
        {
            "place_variants.yaml": "places:\n"
            "  - {name: Tatarstan, kind: region, country: RUS, lat: 55.5, lon: 251}\n"
        },
        "place_variants.yaml",
        ["'Tatarstan'", "lon", "less than or equal to 180"],
    ),
    "bad office date": (
        {
            "people.yaml": "people:\n  - name: Ebrahim Raisi\n    offices:\n"
            "      - {title: President, from: August 2021}\n"
        },
        "people.yaml",
        ["'Ebrahim Raisi'", "not an ISO date prefix"],
    ),
    "unknown parent": (
        {"organizations.yaml": ORG_IRGC.replace("country: IRN}", "country: IRN, parent: army}")},
        "organizations.yaml",
        ["'Islamic Revolutionary Guard Corps'", "parent 'army'"],
    ),
    "unknown office organisation": (
        {
            "organizations.yaml": ORG_IRGC,
            "people.yaml": "people:\n  - name: Hossein Salami\n    offices:\n"
            "      - {title: IRGC Commander, org: sepah}\n",
        },
        "people.yaml",
        ["'Hossein Salami'", "org 'sepah'"],
    ),
    "unknown weapon family": (
        {"weapons.yaml": "weapons:\n  - {name: Shahed-136, family: Shahed, kind: drone, country: IRN}\n"},
        "weapons.yaml",
        ["'Shahed-136'", "family 'Shahed' is not listed under families"],
    ),
    "unknown weapon kind": (
        {"weapons.yaml": "weapons:\n  - {name: Shahed-136, kind: kamikaze, country: IRN}\n"},
        "weapons.yaml",
        ["'Shahed-136'", "kind"],
    ),
    "unknown title branch": (
        {"titles.yaml": "titles:\n  - {name: Senator, kind: office, branch: legislature}\n"},
        "titles.yaml",
        ["'Senator'", "branch"],
    ),
    "title alias used twice": (
        {
            "titles.yaml": "titles:\n"
            "  - {name: General, kind: rank, aliases: [Gen.]}\n"
            "  - {name: Major General, kind: rank, aliases: [Gen.]}\n"
        },
        "titles.yaml",
        ["'Major General'", "title 'Gen.' already names 'General'"],
    ),
    "place spelling used twice": (
        {
            "place_variants.yaml": "places:\n"
            "  - {name: Tatarstan, kind: region, country: RUS, lat: 55.5, lon: 51, variants: [Tatar]}\n"
            "  - {name: Crimea, kind: region, country: UKR, lat: 45.3, lon: 34.4, variants: [Tatar]}\n"
        },
        "place_variants.yaml",
        ["'Crimea'", "'Tatar' already names 'Tatarstan'"],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_malformed_knowledge_is_refused(case: str, write_kb: WriteKb) -> None:
    files, file_name, expected = CASES[case]
    directory = write_kb(files)
    with pytest.raises(ConfigError) as caught:
        load_kb(directory, extra=())
    message = str(caught.value)
    assert file_name in message
    for part in expected:
        assert part in message, f"{part!r} not in {message!r}"


PLOVER_CASES = {
    "unknown PLOVER type": (
        "plover.yaml",
        None,
        ["unknown PLOVER type 'ASSUALT'"],
    ),
    "unknown ASSAULT mode in a weapon": (
        "weapons.yaml",
        "weapons:\n  - {name: Shahed-136, kind: drone, country: IRN, assault_mode: kamikaze}\n",
        ["'Shahed-136'", "unknown PLOVER mode 'kamikaze'"],
    ),
    "unknown ASSAULT mode in the kind map": (
        "weapons.yaml",
        "assault_modes: {drone: uav}\nweapons: []\n",
        ["assault_modes", "unknown PLOVER mode 'uav'"],
    ),
    "weapon kind map with an unknown kind": (
        "weapons.yaml",
        "assault_modes: {rocket: heavy-weapons}\n",
        ["assault_modes", "'rocket' is not a weapon kind"],
    ),
}


@pytest.mark.parametrize("case", list(PLOVER_CASES))
def test_unknown_plover_references_are_refused(case: str, write_kb: WriteKb, tmp_path: Path) -> None:
    file_name, text, expected = PLOVER_CASES[case]
    directory = write_kb({}, plover=True)
    if text is None:  # misspell one type in the copied plover.yaml
        plover = directory / "plover.yaml"
        plover.write_text(plover.read_text().replace("code: ASSAULT", "code: ASSUALT"))
    else:
        (directory / file_name).write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_kb(directory, extra=())
    message = str(caught.value)
    assert file_name in message
    for part in expected:
        assert part in message, f"{part!r} not in {message!r}"


def test_plover_types_must_all_be_there(write_kb: WriteKb) -> None:
    directory = write_kb(
        {"plover.yaml": "types:\n  - {code: AGREE, definition: agree, quad: verbal_cooperation}\n"}
    )
    with pytest.raises(ConfigError, match=r"plover\.yaml: PLOVER types missing: CONSULT"):
        load_kb(directory, extra=())


def test_check_plover_for_other_files(kb: KnowledgeBase) -> None:
    with pytest.raises(ConfigError, match=r"triggers\.yaml: unknown PLOVER mode 'drone' for CONSULT"):
        kb.check_plover("CONSULT", "drone", where="triggers.yaml")
    with pytest.raises(ConfigError, match="unknown PLOVER type 'MEET'"):
        kb.check_plover("MEET")


def test_ambiguous_aliases_may_be_shared(write_kb: WriteKb) -> None:
    directory = write_kb(
        {
            "people.yaml": "people:\n"
            "  - {name: Mohammad Bagheri, ambiguous_aliases: [Bagheri], country: IRN}\n"
            "  - {name: Ali Bagheri Kani, ambiguous_aliases: [Bagheri], country: IRN}\n"
        }
    )
    kb = load_kb(directory, extra=())
    assert {p.name for p in kb.lookup("Bagheri")} == {"Mohammad Bagheri", "Ali Bagheri Kani"}


def test_missing_directory_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="knowledge directory does not exist"):
        load_kb(tmp_path / "nowhere", extra=())


def test_extra_directory_adds_entries_and_aliases(write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch) -> None:
    base = write_kb({"states.yaml": STATE_IRN, "organizations.yaml": ORG_IRGC})
    extra = write_kb(
        {
            "organizations.yaml": "organizations:\n"
            "  - {extends: irgc, aliases: [Sepah-e Pasdaran]}\n"
            "  - {name: Basij, kind: military, country: IRN, parent: irgc}\n",
            "states.yaml": "states:\n  - {extends: IRN, metonyms: [Pasteur Street]}\n",
        },
        name="extra",
    )
    monkeypatch.setenv(ENV_EXTRA, str(extra))
    kb = load_kb(base)
    assert [o.id for o in kb.lookup("Sepah-e Pasdaran")] == ["irgc"]
    assert [o.parent for o in kb.lookup("Basij")] == ["irgc"]
    assert [m.via for m in kb.matches("Pasteur Street")] == ["metonym"]
    assert kb.directories == (base.resolve(), extra.resolve())


def test_extends_must_name_an_existing_entry(write_kb: WriteKb) -> None:
    base = write_kb({"organizations.yaml": ORG_IRGC})
    extra = write_kb(
        {"organizations.yaml": "organizations:\n  - {extends: quds-force, aliases: [QF]}\n"}, name="extra"
    )
    with pytest.raises(
        ConfigError, match=r"organizations\.yaml: organizations entry #1 'quds-force': extends"
    ):
        load_kb(base, extra=[extra])


def test_extends_may_only_add_names(write_kb: WriteKb) -> None:
    base = write_kb({"organizations.yaml": ORG_IRGC})
    extra = write_kb(
        {"organizations.yaml": "organizations:\n  - {extends: irgc, country: USA}\n"}, name="extra"
    )
    with pytest.raises(ConfigError, match="may only add"):
        load_kb(base, extra=[extra])
