"""The shared YAML reader: the C parser where PyYAML has it, with the same values as safe_load."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from watchfloor import yaml_loader
from watchfloor.yaml_loader import YAMLError, safe_load

DATA = Path(yaml_loader.__file__).resolve().parent / "data"


def test_the_c_parser_is_used_where_pyyaml_has_it() -> None:
    if not hasattr(yaml, "CSafeLoader"):
        pytest.skip("PyYAML was built without libyaml")
    assert yaml_loader.Loader is yaml.CSafeLoader


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yaml")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_data_file_reads_as_safe_load_reads_it(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert safe_load(text) == yaml.safe_load(text)
    with path.open(encoding="utf-8") as handle:
        assert safe_load(handle) == yaml.safe_load(text)


def test_values_are_built_by_the_safe_constructors() -> None:
    assert safe_load("published: 2024-02-03\nn: 7\nyes: on") == {
        "published": dt.date(2024, 2, 3),
        "n": 7,
        True: True,
    }
    with pytest.raises(YAMLError):
        safe_load("!!python/object:os.system {}")
    with pytest.raises(YAMLError) as problem:
        safe_load("a: [1, 2\nb: 3")
    assert isinstance(problem.value, yaml_loader.MarkedYAMLError) and problem.value.problem_mark is not None
