"""Filters keep exactly the events they say; `watchfloor export` writes through a temporary file."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from watchfloor.cli import app
from watchfloor.errors import InputError, WatchfloorError
from watchfloor.export import ExportFilters, export_chunks, write_file

Row = dict[str, str]


def _rows(db: Path, filters: ExportFilters) -> list[Row]:
    return list(csv.DictReader(io.StringIO("".join(export_chunks(db, "csv", filters)), newline="")))


STRENGTH = ["denied", "unlikely", "possible", "likely", "attributed", "almost_certain", "asserted"]
CASES: list[tuple[ExportFilters, Callable[[Row], bool]]] = [
    (ExportFilters(type="aid"), lambda r: r["type"] == "AID"),
    (ExportFilters(country="RUS"), lambda r: "RUS" in (r["actor_country"], r["recipient_country"])),
    (
        ExportFilters(entity="IRGC"),
        lambda r: "Islamic Revolutionary Guard Corps" in (r["actor"], r["recipient"]),
    ),
    (ExportFilters(since="2023-08", until="2024-01"), lambda r: "2023-08" <= r["date"][:7] <= "2024-01"),
    (ExportFilters(until="2023"), lambda r: r["date"][:4] <= "2023"),
    (ExportFilters(min_certainty="likely"), lambda r: STRENGTH.index(r["certainty"]) >= 3),
    (ExportFilters(min_confidence=0.6), lambda r: float(r["confidence"]) >= 0.6),
    (
        ExportFilters(type="AID", min_certainty="asserted"),
        lambda r: r["type"] == "AID" and r["certainty"] == "asserted",
    ),
]


@pytest.mark.parametrize(("filters", "keep"), CASES)
def test_a_filtered_export_holds_exactly_the_matching_events(
    export_db: Path, filters: ExportFilters, keep: Callable[[Row], bool]
) -> None:
    everything = _rows(export_db, ExportFilters())
    expected = {r["id"] for r in everything if keep(r)}
    got = [r["id"] for r in _rows(export_db, filters)]
    assert expected and len(expected) < len(everything)  # the case filters something
    assert sorted(got) == sorted(expected)


def test_bad_filters_are_refused_with_a_clear_message() -> None:
    with pytest.raises(WatchfloorError, match="minimum certainty 'sure'"):
        ExportFilters(min_certainty="sure")
    with pytest.raises(WatchfloorError, match="from 0 to 1"):
        ExportFilters(min_confidence=2.0)


def test_a_failed_write_leaves_no_file(tmp_path: Path) -> None:
    def broken() -> Iterator[str]:
        yield "half of an export"
        raise RuntimeError("the store went away")

    target = tmp_path / "out.csv"
    with pytest.raises(RuntimeError):
        write_file(broken(), target)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(InputError, match="no-such-dir"):
        write_file(iter(["x"]), tmp_path / "no-such-dir" / "out.csv")


def test_the_command_writes_the_file_and_reports(export_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "aid.geojson"
    target.write_text("an earlier export")
    args = ["export", "--db", str(export_db), "--format", "geojson", "--type", "ASSAULT", "-o", str(target)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert '"Kyiv"' in target.read_text() and "Tehran" not in target.read_text()
    assert "1 event exported" in result.output
    assert [p.name for p in tmp_path.iterdir()] == ["aid.geojson"]


def test_the_command_names_a_bad_input(export_db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(app, ["export", "--db", str(tmp_path / "none.db"), "--format", "csv"])
    assert missing.exit_code == 2 and "none.db: no store here" in missing.output
    bad = runner.invoke(app, ["export", "--db", str(export_db), "--format", "csv", "--min-certainty", "x"])
    assert bad.exit_code == 2 and "minimum certainty 'x'" in bad.output
    stdout = runner.invoke(app, ["export", "--db", str(export_db), "--format", "jsonl"])
    assert stdout.exit_code == 0 and stdout.output.count('"schema": 1') == 2
