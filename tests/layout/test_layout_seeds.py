"""Layout analysis on the real seed reports (skipped when ../shared is absent)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from watchfloor.layout import analyse_layout
from watchfloor.models import Layout, Passage

Seed = Callable[[str], Path]
ROMAN_1_19 = re.findall(r"\w+", "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix")


def read(seed: Seed, prefix: str) -> tuple[str, Layout]:
    text = seed(prefix).read_text(encoding="utf-8")
    return text, analyse_layout(text)


def paragraphs(layout: Layout) -> list[Passage]:
    return [p for p in layout.passages if p.kind == "paragraph"]


def test_001_arabic_notes(seed: Seed) -> None:
    text, layout = read(seed, "001")
    cits = layout.citations
    assert [c.marker for c in cits] == [str(n) for n in range(1, 15)]
    by_marker = {c.marker: c for c in cits}
    assert by_marker["1"].url == "https://www.jpost.com/middle-east/article-753036"
    assert not by_marker["1"].defanged
    assert by_marker["3"].url == "https://tass.ru/armiya-i-opk/18403741"
    assert by_marker["3"].defanged and by_marker["3"].raw == "https://tass dot ru/armiya-i-opk/18403741"
    assert by_marker["4"].url == "www.irna.ir/news/85186070"  # written without a scheme
    assert by_marker["9"].url == "http://www.defapress.ir/fa/news/607168"
    assert sum(c.defanged for c in cits) == 7
    assert not any(c.foreign for c in cits)
    # body_end: before the first note, after the last body paragraph (which cites [14])
    assert text[layout.body_end :].startswith("[1]")
    last = paragraphs(layout)[-1]
    assert last.end <= layout.body_end and "14" in last.markers
    assert not text[last.end : layout.body_end].strip()


def test_002_roman_notes_with_several_addresses(seed: Seed) -> None:
    text, layout = read(seed, "002")
    cits = layout.citations
    assert len(cits) == 29
    assert list(dict.fromkeys(c.marker for c in cits)) == ROMAN_1_19
    per_note = Counter(c.marker for c in cits)
    assert per_note["viii"] == 3  # its addresses continue over the following lines
    assert per_note["xix"] == 3
    assert [per_note[m] for m in ("xi", "xii", "xiii", "xv", "xvi", "xviii")] == [2] * 6
    viii = [c.url for c in cits if c.marker == "viii"]
    assert viii == [
        "https://www.isna.ir/news/1402030100152",
        "https://www.criticalthreats.org/analysis/iran-updates-may-3-2023",
        "https://www.criticalthreats.org/analysis/iran-update-may-24-2023",
    ]
    first = cits[0]
    assert (first.marker, first.url, first.raw, first.defanged) == (
        "i",
        "https://sana.sy/?p=1919175",
        "https://sana [dot] sy/?p=1919175",
        True,
    )
    assert [c.url for c in cits if c.marker == "xiii"] == [
        "https://defapress.ir/fa/news/592742",
        "https://defapress.ir/fa/news/587750",
    ]
    assert all(c.defanged == ("dot" in c.raw) for c in cits)
    assert text[layout.body_end :].startswith("[i]")
    last = paragraphs(layout)[-1]
    assert last.end <= layout.body_end and "xix" in last.markers
    assert not text[last.end : layout.body_end].strip()


def test_000_markers_in_the_body_but_no_notes(seed: Seed) -> None:
    text, layout = read(seed, "000")
    assert layout.citations == [] and layout.body_end == len(text)
    carried = {m for p in layout.passages if p.kind == "sentence" for m in p.markers}
    assert carried == {str(n) for n in range(18, 33)}


@pytest.mark.parametrize("prefix", ["003", "004"])
def test_no_notes_and_no_markers(seed: Seed, prefix: str) -> None:
    text, layout = read(seed, prefix)
    assert layout.citations == [] and layout.body_end == len(text)
    assert all(p.markers == () for p in layout.passages)  # "[Notice: ...]" and "\*" are not notes


def test_sections_of_001(seed: Seed) -> None:
    _, layout = read(seed, "001")
    order = list(dict.fromkeys(p.section for p in layout.passages))
    assert order == [
        None,
        "Key Takeaways",
        "Iranian Activities in the Levant",
        "Iranian Domestic and Political Affairs",
    ]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_spans_round_trip_and_markers_sit_in_their_sentence(seed: Seed, prefix: str) -> None:
    text, layout = read(seed, prefix)
    sentences = [p for p in layout.passages if p.kind == "sentence"]
    assert sentences
    for p in layout.passages:
        piece = text[p.start : p.end]
        assert piece and piece == piece.strip() and p.end <= layout.body_end
        assert not re.match(r"\[\w+\]", piece), "a sentence never starts with a note marker"
    # a marker right after a sentence's final period belongs to the sentence it closes
    for m in re.finditer(r"[.”]((?:\[\w+\])+)", text[: layout.body_end]):
        (owner,) = [s for s in sentences if s.start < m.start(1) < s.end]
        assert owner.end == m.end(1)
        assert m.group(1).strip("[]").split("][")[0].lower() in owner.markers


def test_citations_score_perfectly(seeds_dir: Path, eval_dir: Path, tmp_path: Path) -> None:
    system = tmp_path / "system.jsonl"
    with system.open("w", encoding="utf-8") as out:
        for path in sorted(seeds_dir.glob("*.txt")):
            layout = analyse_layout(path.read_text(encoding="utf-8"))
            cits = [{"marker": c.marker, "url": c.url} for c in layout.citations]
            out.write(json.dumps({"doc": {"id": path.name}, "citations": cits}) + "\n")
    gold = tmp_path / "gold.jsonl"
    parts = [p.read_text(encoding="utf-8").strip() for p in sorted(eval_dir.glob("gold_*.jsonl"))]
    gold.write_text("\n".join(parts) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(eval_dir / "score.py"), str(system), str(gold), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    figures = json.loads(result.stdout)
    assert figures["docs"]["scored"] == figures["docs"]["gold"] == 5
    assert figures["citations"]["f1"] == 1.0, figures["citations"]
