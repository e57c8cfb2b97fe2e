"""The package's knowledge base kept in the user's cache: read back, it is the knowledge base the
YAML gives; a broken file is read from the YAML again; changed knowledge is checked again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from watchfloor.cache import load_pickle
from watchfloor.errors import ConfigError
from watchfloor.kb import DATA_DIR, ENV_EXTRA, KnowledgeBase, clear_cache, load_kb
from watchfloor.kb import loader as loader_module

WriteKb = Callable[..., Path]
NAMES = ("Tehran", "Iranian", "IRGC", "irgc", "Hezbollah", "Shahed-136", "Lavrov", "Khamenei", "US", "us")
PERSON = "people:\n  - {name: Zed Testperson, country: IRN}\n"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv("WATCHFLOOR_CACHE", str(directory))
    return directory


def _contents(kb: KnowledgeBase) -> list[object]:
    records = [kb.states, kb.organizations, kb.people, kb.weapon_families, kb.weapons, kb.sites]
    records += [kb.place_variants, kb.titles, kb.plover_types, kb.assault_modes]
    return [*records, *([kb.matches(n), kb.lookup(n), kb.demonym(n)] for n in NAMES)]


def _fresh() -> KnowledgeBase:
    clear_cache()
    return load_kb()


def test_the_second_load_reads_the_cache_file(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _fresh()
    assert len(list(cache.glob("kb-*.pickle"))) == 1

    def no_yaml(directories: list[Path]) -> None:
        raise AssertionError("read from YAML although the cache holds it")

    monkeypatch.setattr(loader_module, "parse_directories", no_yaml)
    second = _fresh()
    assert second is not first and _contents(second) == _contents(first)
    assert second.directories == (DATA_DIR.resolve(),)


@pytest.mark.parametrize("damage", ["truncate", "garbage"])
def test_a_broken_cache_file_is_read_from_yaml_again(cache: Path, damage: str) -> None:
    expected = _contents(_fresh())
    (path,) = cache.glob("kb-*.pickle")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] if damage == "truncate" else b"not a pickle")
    assert _contents(_fresh()) == expected
    assert isinstance(load_pickle(path, KnowledgeBase), KnowledgeBase)  # and written again


def test_changed_knowledge_is_checked_again_and_errors_name_file_and_field(
    cache: Path, write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = write_kb({"people.yaml": PERSON}, name="extra")
    monkeypatch.setenv(ENV_EXTRA, str(extra))
    assert [p.name for p in _fresh().lookup("Zed Testperson")] == ["Zed Testperson"]
    (extra / "people.yaml").write_text(PERSON.replace("country", "countyr"), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"people\.yaml: people entry #1 'Zed Testperson': countyr"):
        _fresh()


def test_an_unwritable_cache_only_costs_the_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("WATCHFLOOR_CACHE", str(blocker / "cache"))
    assert [m.entity.id for m in _fresh().matches("Tehran")] == ["IRN"]


def test_a_knowledge_directory_of_its_own_is_not_cached(cache: Path, write_kb: WriteKb) -> None:
    base = write_kb({"people.yaml": PERSON}, plover=True)
    assert [p.name for p in load_kb(base).lookup("Zed Testperson")] == ["Zed Testperson"]
    assert not cache.exists() or not list(cache.iterdir())
