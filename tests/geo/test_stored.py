"""The gazetteer's index in its cache file: read back, it answers as the index it was built from;
a broken file is built again, an unwritable cache only costs the build."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice
from pathlib import Path

import pytest

from watchfloor.cache import cached
from watchfloor.geo import gazetteer as gazetteer_module
from watchfloor.geo.build import BuiltIndex, build_index
from watchfloor.geo.cities import CityRecord, load_cities
from watchfloor.geo.gazetteer import Gazetteer, load_gazetteer
from watchfloor.geo.index import PlaceIndex
from watchfloor.geo.place import PlaceContext
from watchfloor.geo.regions import load_regions
from watchfloor.geo.stored import StoredIndex, open_index, write_index
from watchfloor.kb import load_kb

CITIES = 6000  # a slice of GeoNames: enough for shared names, alternates and skeletons
NAMES = (
    "Tripoli", "Kharkiv", "Kharkiv Oblast", "Deir al-Zour", "Dayr az Zawr", "Hodeidah", "Al Hudaydah",
    "Homs Governorate", "UAE", "uae", "U.S.", "Georgia", "Jordan", "Mobile", "Reading", "Bashar",
    "Middle East", "Russians", "Moscow", "Tehran", "Alexandria", "Kabul", "Nowhere-at-all",
)  # fmt: skip


@lru_cache(maxsize=1)
def _cities() -> tuple[CityRecord, ...]:
    return tuple(islice(load_cities(), CITIES))


def _build() -> BuiltIndex:
    return build_index(load_kb(), load_regions(), _cities())


@lru_cache(maxsize=1)
def _built() -> BuiltIndex:
    return _build()


def _probes(index: PlaceIndex) -> Iterator[str]:
    """Names to look up: the exact keys of the index (every 7th), each also misspelt."""
    exact, _, _ = index.tables()
    for key in islice(sorted(exact), 0, None, 7):
        yield key
        yield key.upper()
        yield key[:-1] + ("a" if key[-1] != "a" else "e")
    yield from NAMES


def test_the_stored_index_answers_as_the_built_one(tmp_path: Path) -> None:
    built = _built()
    path = tmp_path / "index.sqlite"
    write_index(built, path)
    stored = open_index(path)
    assert stored is not None and isinstance(stored.index, StoredIndex)
    assert len(stored.index) == len(built.index) and stored.notable == built.notable
    assert stored.states == built.states
    for name in _probes(built.index):
        for fuzzy in (True, False):
            assert stored.index.lookup(name, fuzzy) == built.index.lookup(name, fuzzy), name
    for number in range(0, len(built.index), 97):
        assert stored.index.places[number] == built.index.places[number]
        assert stored.index.base[number] == built.index.base[number]
    with pytest.raises(IndexError):
        stored.index.places[len(built.index)]


def test_a_gazetteer_on_the_stored_index_resolves_as_one_on_the_built_index(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite"
    write_index(_built(), path)
    stored = open_index(path)
    kb = load_kb()
    fresh, read = Gazetteer(kb, (), (), built=_built()), Gazetteer(kb, (), (), built=stored)
    context = PlaceContext(countries={"LBN": 2, "UKR": 1})
    for name in (*NAMES, *islice(_probes(_built().index), 300)):
        assert read.resolve(name) == fresh.resolve(name), name
        assert read.resolve(name, context) == fresh.resolve(name, context), name
        assert read.candidates(name) == fresh.candidates(name), name


@pytest.fixture
def small_gazetteer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """load_gazetteer on a slice of GeoNames with its cache in tmp_path; counts the builds."""
    monkeypatch.setenv("WATCHFLOOR_CACHE", str(tmp_path / "cache"))
    builds: list[int] = []

    def build(*args: object) -> BuiltIndex:
        builds.append(1)
        return _built()

    monkeypatch.setattr(gazetteer_module, "build_index", build)
    return builds


def _load() -> Gazetteer:
    return load_gazetteer.__wrapped__()


def _answers(gazetteer: Gazetteer) -> list[object]:
    return [(gazetteer.resolve(n), gazetteer.candidates(n)) for n in NAMES]


def test_the_second_load_reads_the_cache_file(small_gazetteer: list[int], tmp_path: Path) -> None:
    first = _load()
    assert len(list((tmp_path / "cache").glob("gazetteer-*.sqlite"))) == 1
    second = _load()
    assert len(small_gazetteer) == 1 and isinstance(second._index, StoredIndex)
    assert _answers(second) == _answers(first)


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty"])
def test_a_broken_cache_file_is_built_again(small_gazetteer: list[int], tmp_path: Path, damage: str) -> None:
    expected = _answers(_load())
    (path,) = (tmp_path / "cache").glob("gazetteer-*.sqlite")
    data = path.read_bytes()
    path.write_bytes(
        {"truncate": data[: len(data) // 2], "garbage": b"not a database" * 100, "empty": b""}[damage]
    )
    assert _answers(_load()) == expected and len(small_gazetteer) == 2
    assert isinstance(_load()._index, StoredIndex) and len(small_gazetteer) == 2  # the file was replaced


def test_an_unwritable_cache_only_costs_the_build(
    small_gazetteer: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("WATCHFLOOR_CACHE", str(blocker / "cache"))  # under a file: never a directory
    gazetteer = _load()
    assert isinstance(gazetteer._index, PlaceIndex) and gazetteer.resolve("Moscow") is not None
    _load()
    assert len(small_gazetteer) == 2


def test_lookups_work_in_other_threads_and_in_a_forked_process(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite"
    write_index(_built(), path)
    stored = open_index(path)
    assert stored is not None
    expected = [stored.index.lookup(n) for n in NAMES]
    seen: list[object] = []
    thread = threading.Thread(target=lambda: seen.extend(stored.index.lookup(n) for n in NAMES))
    thread.start()
    thread.join()
    assert seen == expected
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # the child: its own connection, the same answers
        os.write(writer, json.dumps([len(stored.index.lookup(n)) for n in NAMES]).encode())
        os._exit(0)
    os.close(writer)
    with os.fdopen(reader) as answer:
        assert json.loads(answer.read()) == [len(m) for m in expected]
    os.waitpid(child, 0)


def test_the_cache_builds_once_rebuilds_what_load_refuses_and_keeps_the_newest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WATCHFLOOR_CACHE", str(tmp_path))
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"places": 3}

    def load(path: Path) -> dict[str, int] | None:
        try:
            value: dict[str, int] = json.loads(path.read_text())
            return value
        except ValueError:
            return None

    def save(value: dict[str, int], path: Path) -> None:
        path.write_text(json.dumps(value))

    def probe() -> dict[str, int]:
        return cached("probe", ".json", load, build, save)

    assert probe() == {"places": 3} and probe() == {"places": 3} and len(calls) == 1
    (path,) = tmp_path.glob("probe-*.json")
    path.write_text("not json")
    assert probe() == {"places": 3} and len(calls) == 2
    for n in range(5):  # indexes of other inputs: only the newest few are kept
        (tmp_path / f"probe-old{n}.json").write_text("{}")
    path.unlink()
    probe()
    assert len(list(tmp_path.glob("probe-*.json"))) == 3 and path.exists()
    assert not list(tmp_path.glob("*.tmp"))
