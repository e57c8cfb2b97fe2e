"""Plain text and Markdown files, and the five real seed reports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from watchfloor.readers import read_source
from watchfloor.readers.text import detect_title
from watchfloor.settings import Settings

SETTINGS = Settings()

SEED_DATES = {
    "000": "2023-07-31",
    "001": "2023-07-31",
    "002": "2023-06-21",
    "003": "2022-08-11",
    "004": None,
}
SEED_TITLES = {
    "000": "Iran Update, July 31, 2023",
    "001": "Iran Update, July 31, 2023",
    "002": "Iran Update, June 21, 2023",
    "003": "Russia and Iran Double Down on Their Strategic Partnership",
    "004": "Iran helping Russia with drones and avoiding sanctions is bad news",
}
SEED_AUTHORS = {
    "001": ["Johanna Moore", "Karolina Hird", "Nicholas Carl"],
    "003": ["Nicholas Carl", "Kitaneh Fitzpatrick", "Katherine Lawlor"],
}


@pytest.mark.parametrize("prefix", sorted(SEED_DATES))
def test_seed_metadata(seed: Callable[[str], Path], prefix: str) -> None:
    path = seed(prefix)
    [doc] = read_source(str(path), SETTINGS)
    assert doc.published == SEED_DATES[prefix]
    assert doc.title == SEED_TITLES[prefix]
    assert doc.authors == SEED_AUTHORS.get(prefix, [])
    assert doc.name == path.name
    assert doc.source == str(path)
    assert doc.format == "text"  # 003 is written in Markdown but is a .txt: it stays "text"
    assert doc.lang == "en"


def test_seed_text_is_stored_as_written(seed: Callable[[str], Path]) -> None:
    path = seed("003")
    [doc] = read_source(str(path), SETTINGS)
    assert doc.text == path.read_text(encoding="utf-8").rstrip()


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_markdown_file_keeps_markdown_and_takes_heading_as_title(tmp_path: Path) -> None:
    text = (
        "# **Grain Corridor** Talks _Resume_\n\n"
        "By Ana Lima and Tomás Ruiz\n\n"
        "Negotiators met again this week. The talks are **expected** to continue.\n"
    )
    [doc] = read_source(_write(tmp_path, "talks.md", text), SETTINGS)
    assert doc.format == "markdown"
    assert doc.text == text.rstrip()  # Markdown is not rewritten
    assert doc.title == "Grain Corridor Talks Resume"
    assert doc.authors == ["Ana Lima", "Tomás Ruiz"]
    assert doc.published is None


def test_bare_date_line_is_not_the_title(tmp_path: Path) -> None:
    text = "March 4, 2024\n\nPort Expansion Update\n\nThe harbour authority opened a second berth.\n"
    [doc] = read_source(_write(tmp_path, "port.txt", text), SETTINGS)
    assert doc.title == "Port Expansion Update"
    assert doc.published == "2024-03-04"


def test_section_label_is_stripped_from_title(tmp_path: Path) -> None:
    text = "Opinion | The ceasefire will not hold without monitors\n\nA long argument follows here.\n"
    [doc] = read_source(_write(tmp_path, "op.txt", text), SETTINGS)
    assert doc.title == "The ceasefire will not hold without monitors"


def test_long_first_paragraph_gives_no_title(tmp_path: Path) -> None:
    paragraph = "The committee met on a cold morning and discussed the budget at length. " * 4
    assert detect_title(paragraph) is None
    [doc] = read_source(_write(tmp_path, "p.txt", paragraph), SETTINGS)
    assert doc.title is None


def test_txt_written_in_markdown_stays_text(tmp_path: Path) -> None:
    [doc] = read_source(_write(tmp_path, "note.txt", "# Heading\n\nSome *body* text.\n"), SETTINGS)
    assert doc.format == "text"
    assert doc.title == "Heading"
    assert doc.text == "# Heading\n\nSome *body* text."


def test_file_without_suffix_is_read_as_text(tmp_path: Path) -> None:
    [doc] = read_source(_write(tmp_path, "README", "Field Notes\n\nThe convoy left at dawn.\n"), SETTINGS)
    assert doc.format == "text"
    assert doc.title == "Field Notes"


def test_non_english_text_has_no_detected_language(tmp_path: Path) -> None:
    text = (
        "Les ministres se sont réunis mercredi pour discuter du programme de coopération "
        "militaire entre les deux pays, selon plusieurs sources diplomatiques citées par la presse "
        "locale, qui évoquent une signature prochaine.\n"
    )
    [doc] = read_source(_write(tmp_path, "fr.txt", text), SETTINGS)
    assert doc.lang is None


def test_an_undated_text_takes_its_day_from_its_address(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    front = "---\nurl: https://www.example.com/news/2024/3/12/strikes\n---\n"
    path.write_text(front + "Strikes\n\nJets struck the port on Monday.\n", encoding="utf-8")
    [document] = read_source(str(path), Settings())
    assert document.published == "2024-03-12"
    dated = tmp_path / "dated.md"
    with_date = front.replace("---\nurl", "---\npublished: 2024-03-15\nurl")
    dated.write_text(with_date + "Strikes\n", encoding="utf-8")
    [document] = read_source(str(dated), Settings())
    assert document.published == "2024-03-15"  # what the front matter says comes first
