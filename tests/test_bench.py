"""`watchfloor bench` prints its figures (no timing is asserted: machines differ)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from watchfloor.bench import parser_texts, read_documents
from watchfloor.nlp.extract import extract_documents
from watchfloor.settings import Settings

runner = CliRunner()
REPORT = """Desk Note, May 2, 2024

Belarus signed a drone production agreement with Iran in Minsk on May 1.[1]

Officials in Moscow welcomed the accord.

[1] https://example.org/desk/accord
"""


def tiny(tmp_path: Path) -> str:
    path = tmp_path / "tiny.txt"
    path.write_text(REPORT, encoding="utf-8")
    return str(path)


def test_bench_prints_load_times_speeds_ratios_and_speed_ups(tmp_path: Path) -> None:
    from watchfloor.cli import app

    result = runner.invoke(app, ["bench", tiny(tmp_path), "--processes", "2"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    for row in (
        "knowledge base",
        "gazetteer",
        "warm-up pass",
        "1 process",
        "2 processes",
        "speed-up, 2 over 1",
    ):
        assert row in result.output, row
    assert "spaCy nlp.pipe, words/s" in result.output and "extraction ÷ spaCy" in result.output
    assert "1 document, 3 paragraphs" in result.output


def test_bench_ingest_keeps_the_throughput_table(tmp_path: Path) -> None:
    from watchfloor.cli import app

    result = runner.invoke(
        app, ["bench", "--ingest", "--repeat", "2", tiny(tmp_path)], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    assert "Ingest throughput" in result.output and "words/s" in result.output
    assert "│ 2 " in result.output  # two distinct copies stored


def test_the_parser_reference_sees_exactly_the_texts_the_extraction_parses(tmp_path: Path) -> None:
    items = read_documents([tiny(tmp_path)], Settings())
    texts = parser_texts(items)
    assert texts[0] == "Desk Note, May 2, 2024" and len(texts) == 3
    assert (
        texts[1].startswith("Belarus signed") and "[1]" not in texts[1]
    )  # markers blanked as for the parser
    assert len(next(extract_documents(items)).events) >= 1
