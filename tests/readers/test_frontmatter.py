"""YAML front matter on text and Markdown files."""

from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.errors import InputError
from watchfloor.models import Document
from watchfloor.readers import read_source
from watchfloor.readers.frontmatter import FrontMatter, split_front_matter
from watchfloor.settings import Settings

SETTINGS = Settings()
BODY = "Weekly Update, July 31, 2023\n\nBy Jane Doe and John Roe\n\nThe ministry said the convoy arrived.\n"


def _read(tmp_path: Path, text: str, name: str = "doc.md") -> list[Document]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_source(str(path), SETTINGS)


def test_every_key_is_read_and_the_block_is_removed(tmp_path: Path) -> None:
    text = (
        "---\n"
        "title: Stated Title\n"
        "url: https://example.org/reports/stated\n"
        "published: 2024-02-29\n"
        "authors: [Ana Lima, Tomás Ruiz]\n"
        "source: Example Monitor\n"
        "lang: en-GB\n"
        "tags: [ignored, unknown]\n"
        "---\n"
        "\n" + BODY
    )
    [doc] = _read(tmp_path, text)
    assert doc.title == "Stated Title"
    assert doc.url == "https://example.org/reports/stated"
    assert doc.published == "2024-02-29"
    assert doc.authors == ["Ana Lima", "Tomás Ruiz"]
    assert doc.outlet == "Example Monitor"
    assert doc.lang == "en"
    assert doc.text == BODY.rstrip()
    assert "---" not in doc.text


def test_front_matter_beats_detection(tmp_path: Path) -> None:
    [detected] = _read(tmp_path, BODY, "plain.txt")
    assert detected.published == "2023-07-31"
    assert detected.authors == ["Jane Doe", "John Roe"]
    stated = "---\npublished: 2023-08\nauthors: Sam Poe, Ada Lee\n---\n" + BODY
    [doc] = _read(tmp_path, stated, "stated.txt")
    assert doc.published == "2023-08"
    assert doc.authors == ["Sam Poe", "Ada Lee"]
    assert doc.title == "Weekly Update, July 31, 2023"  # not stated, so detected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023", "2023"),
        ("2023-07", "2023-07"),
        ('"2023-07-31"', "2023-07-31"),
        ("2023-07-31T10:30:00Z", "2023-07-31"),
        ("July 31, 2023", "2023-07-31"),
    ],
)
def test_published_is_normalised(value: str, expected: str) -> None:
    meta, _ = split_front_matter("x.md", f"---\npublished: {value}\n---\ntext\n")
    assert meta.published == expected


def test_no_front_matter_leaves_text_alone() -> None:
    meta, body = split_front_matter("x.md", "Title\n---\nmore\n")
    assert meta == FrontMatter()
    assert body == "Title\n---\nmore\n"


@pytest.mark.parametrize(
    ("block", "problem"),
    [
        ("title: [unclosed\n", "malformed YAML front matter"),
        ("title: a: b\n", "malformed YAML front matter"),
        ("- just\n- a list\n", "must be a mapping"),
        ("published: someday\n", "'published' is not a date"),
        ("authors: {a: 1}\n", "'authors' must be a list"),
        ("title: {nested: map}\n", "'title' must be text"),
    ],
)
def test_malformed_block_is_an_input_error(tmp_path: Path, block: str, problem: str) -> None:
    with pytest.raises(InputError) as caught:
        _read(tmp_path, f"---\n{block}---\nBody text.\n")
    assert problem in caught.value.problem


def test_yaml_error_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"line 3"):
        _read(tmp_path, "---\ntitle: fine\nurl: a: b\n---\nBody.\n")


def test_unclosed_block_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="never closed"):
        _read(tmp_path, "---\ntitle: Open\nBody text with no closing fence.\n")


def test_only_front_matter_is_empty(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="empty after its front matter"):
        _read(tmp_path, "---\ntitle: Nothing Else\n---\n\n   \n")


@pytest.mark.parametrize("value", ["2024-02-30", "2023-13-01"])
def test_an_impossible_yaml_date_is_an_input_error(tmp_path: Path, value: str) -> None:
    """Found by tests/fuzz: YAML reads the value as a date and PyYAML raised ValueError."""
    with pytest.raises(InputError) as caught:
        _read(tmp_path, f"---\ntitle: {value}\n---\nBody text.\n")
    assert caught.value.source.endswith("doc.md")
    assert "no valid date or number" in caught.value.problem and "month" in caught.value.problem
