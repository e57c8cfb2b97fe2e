"""expand_sources: directories, globs, URLs and missing paths."""

from __future__ import annotations

from pathlib import Path

from watchfloor.readers import expand_sources


def _tree(root: Path) -> None:
    files = [
        "b.txt",
        "a.md",
        "notes.markdown",
        "skip.png",
        "skip.docx",
        ".hidden.txt",
        ".git/config.txt",
        "sub/c.html",
        "sub/d.PDF",
        "sub/deeper/e.rss",
        "sub/deeper/f.atom",
        "sub/deeper/g.xml",
        "sub/deeper/h.htm",
    ]
    for name in files:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")


def test_directory_is_read_recursively_sorted_without_hidden_or_unknown_files(tmp_path: Path) -> None:
    _tree(tmp_path)
    found = expand_sources([str(tmp_path)])
    names = [str(Path(path).relative_to(tmp_path)) for path in found]
    assert names == [
        "a.md",
        "b.txt",
        "notes.markdown",
        "sub/c.html",
        "sub/d.PDF",
        "sub/deeper/e.rss",
        "sub/deeper/f.atom",
        "sub/deeper/g.xml",
        "sub/deeper/h.htm",
    ]


def test_recursive_and_flat_globs(tmp_path: Path) -> None:
    _tree(tmp_path)
    deep = expand_sources([str(tmp_path / "**" / "*.xml"), str(tmp_path / "*.txt")])
    assert [Path(path).name for path in deep] == ["g.xml", "b.txt"]
    flat = expand_sources([str(tmp_path / "sub" / "?.html")])
    assert [Path(path).name for path in flat] == ["c.html"]


def test_glob_matching_a_directory_walks_it(tmp_path: Path) -> None:
    _tree(tmp_path)
    found = expand_sources([str(tmp_path / "su*")])
    assert [Path(path).name for path in found] == ["c.html", "d.PDF", "e.rss", "f.atom", "g.xml", "h.htm"]


def test_urls_files_and_missing_paths_pass_through_in_order_without_repeats(tmp_path: Path) -> None:
    _tree(tmp_path)
    missing = str(tmp_path / "nowhere.txt")
    unmatched = str(tmp_path / "*.nothing")
    specs = [
        "https://example.org/a",
        str(tmp_path / "b.txt"),
        missing,
        "HTTP://example.org/b",
        str(tmp_path / "b.txt"),
        unmatched,
    ]
    assert expand_sources(specs) == [
        "https://example.org/a",
        str(tmp_path / "b.txt"),
        missing,
        "HTTP://example.org/b",
        unmatched,
    ]


def test_an_explicit_file_is_kept_whatever_its_suffix(tmp_path: Path) -> None:
    path = tmp_path / "report.notes"
    path.write_text("x", encoding="utf-8")
    assert expand_sources([str(path)]) == [str(path)]
