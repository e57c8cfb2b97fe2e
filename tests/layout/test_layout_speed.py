"""Inputs that once made layout analysis quadratic still come out right (speed itself is measured
by `watchfloor bench`, not asserted here)."""

from __future__ import annotations

from watchfloor.layout import analyse_layout


def paragraphs(text: str) -> int:
    return sum(p.kind == "paragraph" for p in analyse_layout(text).passages)


def test_one_long_hard_wrapped_paragraph_stays_one_paragraph() -> None:
    text = "\n".join(["the ferry left the quay and"] * 40_000)
    layout = analyse_layout(text)
    assert layout.body_end == len(text) and layout.citations == []
    assert paragraphs(text) == 1


def test_marker_lines_that_cite_nothing_are_body_not_notes() -> None:
    text = "Body.\n" + "[1] The quay opened.\n" * 50_000
    layout = analyse_layout(text)
    assert layout.body_end == len(text)
    assert layout.citations == [] and paragraphs(text) == 50_001


def test_dense_markers_and_defanged_looking_words_cite_nothing() -> None:
    assert analyse_layout("[1][2][3]. " * 100_000).citations == []
    assert analyse_layout("alpha dot beta " * 70_000).citations == []
