"""Bad inputs: every one is an InputError with a clear one-line problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.errors import InputError, WatchfloorError
from watchfloor.readers import read_source
from watchfloor.readers.files import decode_text
from watchfloor.settings import Settings

SETTINGS = Settings()


def _problem(source: str, settings: Settings = SETTINGS) -> str:
    with pytest.raises(InputError) as caught:
        read_source(source, settings)
    assert caught.value.source == source
    assert "\n" not in caught.value.problem
    return caught.value.problem


def test_missing_file(tmp_path: Path) -> None:
    assert "no such file" in _problem(str(tmp_path / "absent.txt"))


def test_directory_given_as_a_file(tmp_path: Path) -> None:
    assert "is a directory" in _problem(str(tmp_path))


def test_glob_matching_nothing(tmp_path: Path) -> None:
    assert "no file matches" in _problem(str(tmp_path / "*.md"))


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".pdf", ".rss"])
def test_empty_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(b"")
    assert "is empty" in _problem(str(path))


@pytest.mark.parametrize("suffix", [".txt", ".html", ".xml"])
def test_whitespace_only_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"blank{suffix}"
    path.write_bytes(b"  \n\t\r\n   \n")
    assert "is empty (only white space)" in _problem(str(path))


@pytest.mark.parametrize(
    "data",
    [
        b"text with a \x00 NUL byte in it",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
    ],
)
def test_binary_file(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(data)
    assert "binary" in _problem(str(path))


def test_oversize_file_names_the_sizes_and_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 40, encoding="utf-8")
    problem = _problem(str(path), Settings(max_bytes=100))
    assert problem == (
        "file is 200 bytes, over the 100-byte limit (raise it with --max-bytes or WATCHFLOOR_MAX_BYTES)"
    )
    [doc] = read_source(str(path), Settings(max_bytes=200))  # at the limit is fine
    assert doc.text.startswith("word word")


def test_legacy_encoded_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Café talks resumed in Genève on Monday — “quietly”.\n".encode("cp1252"))
    [doc] = read_source(str(path), SETTINGS)
    assert doc.text == "Café talks resumed in Genève on Monday — “quietly”."


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Wide Title\n\nTexte en UTF-16.\n".encode("utf-16"))
    [doc] = read_source(str(path), SETTINGS)
    assert doc.text == "Wide Title\n\nTexte en UTF-16."


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffTitle Line\n\nBody.\n".encode())
    [doc] = read_source(str(path), SETTINGS)
    assert doc.text.startswith("Title Line")
    assert doc.title == "Title Line"


def test_undecodable_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 4 + b"\x01\x02")
    assert "not UTF-8 text" in _problem(str(path))


def test_decode_text_refuses_control_characters() -> None:
    with pytest.raises(InputError, match="not UTF-8"):
        decode_text("x.txt", b"\xff\xfe\x01\x02\x03 abc")


def test_input_error_is_a_watchfloor_error(tmp_path: Path) -> None:
    with pytest.raises(WatchfloorError, match=r"absent\.md: no such file"):
        read_source(str(tmp_path / "absent.md"), SETTINGS)


@pytest.mark.parametrize("data", [b"\xff\xfe\x00\x00", b"\xff\xfe\x01\x00\x02\x00", b"\x01\x02\x03\x1b"])
def test_text_of_control_characters_only_is_refused(tmp_path: Path, data: bytes) -> None:
    """Found by tests/fuzz: UTF-16 holding only a NUL was stored as a document with no text."""
    path = tmp_path / "blank.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_source(str(path), Settings())
    assert caught.value.source == str(path)
    assert caught.value.problem in {
        "is empty (only white space)",
        "holds no readable text (only control characters)",
        "looks binary (contains NUL bytes), not a text, HTML, PDF or feed file",
        "is not UTF-8 text and does not look like text in another encoding (save it as UTF-8)",
    }
