"""The trailing notes section: where it starts, and the citations of its notes."""

from __future__ import annotations

from watchfloor.layout import analyse_layout, find_notes

BODY = (
    "Harbour Report, March 3, 2031\n\n"
    "Key Findings\n\n"
    "The port authority of Veldt opened a second quay on March 2.[1] Officials praised it.[2]\n\n"
    "Analysts expect more traffic this spring.[3]\n\n"
)


def pairs(text: str) -> list[tuple[str, str]]:
    return [(c.marker, c.url) for c in analyse_layout(text).citations]


def test_bracketed_notes_after_the_body() -> None:
    text = (
        BODY + "[1] https://port.example/a\n\n[2]\u00a0 https://port.example/b\n\n[3] https://news.example/c"
    )
    layout = analyse_layout(text)
    assert layout.body_end == text.index("[1] https")
    assert pairs(text) == [
        ("1", "https://port.example/a"),
        ("2", "https://port.example/b"),
        ("3", "https://news.example/c"),
    ]
    assert all(p.end <= layout.body_end for p in layout.passages)


def test_no_notes_section() -> None:
    layout = analyse_layout(BODY.rstrip())
    assert layout.body_end == len(BODY.rstrip())
    assert layout.citations == []


def test_a_body_paragraph_with_a_marker_is_not_a_note() -> None:
    text = BODY + "The quay cost more than planned [3] and opened late.\n\nhttps://port.example/report"
    layout = analyse_layout(text)
    assert layout.citations == []
    assert layout.body_end == len(text)


def test_roman_notes_with_several_addresses_and_continuation_lines() -> None:
    text = (
        BODY + "[i] https://a.example/1 ; https://b dot example/2\n\n"
        "[ii] https://c [dot] example/3 ;\n\n"
        "https://d.example/4 ;\n\n"
        "https://e.example/5 ;\n\n\n"
        "[iii] https://f.example/6 ;\u00a0 https://g.example/7"
    )
    assert pairs(text) == [
        ("i", "https://a.example/1"),
        ("i", "https://b.example/2"),
        ("ii", "https://c.example/3"),
        ("ii", "https://d.example/4"),
        ("ii", "https://e.example/5"),
        ("iii", "https://f.example/6"),
        ("iii", "https://g.example/7"),
    ]


def test_upper_case_roman_markers_are_lower_cased() -> None:
    text = BODY + "[I] https://a.example/1\n[II] https://a.example/2\n[III] https://a.example/3"
    assert [m for m, _ in pairs(text)] == ["i", "ii", "iii"]


def test_a_notes_heading_opens_the_section() -> None:
    for heading in ("Notes", "Endnotes", "References", "## Sources", "**Citations**", "NOTES:"):
        text = BODY + f"{heading}\n\n[1] https://a.example/1\n[2] https://a.example/2"
        layout = analyse_layout(text)
        assert layout.body_end == text.index(heading), heading
        assert len(layout.citations) == 2
        section = find_notes(text)
        assert section is not None and section.heading


def test_trailing_junk_after_the_notes() -> None:
    text = BODY + "[1] https://a.example/1\n\n[2] https://a.example/2\n\nTags\n\nView Citations\n\nShare"
    assert pairs(text) == [("1", "https://a.example/1"), ("2", "https://a.example/2")]


def test_a_stray_address_after_the_last_note_is_junk() -> None:
    text = BODY + "[1] https://a.example/1\n\n[2] https://a.example/2\n\nhttps://site.example/this-page"
    assert pairs(text) == [("1", "https://a.example/1"), ("2", "https://a.example/2")]


def test_notes_without_an_address_yield_no_citation() -> None:
    text = BODY + "Notes\n\n[1] Interview with a harbour pilot, March 2031.\n[2] https://a.example/2"
    assert pairs(text) == [("2", "https://a.example/2")]
    assert analyse_layout(text).body_end == text.index("Notes")


def test_marker_lines_that_cite_nothing_are_not_a_notes_section() -> None:
    text = BODY + "[1] The quay opened.\n\n[2] The quay closed."
    assert analyse_layout(text).citations == []
    assert analyse_layout(text).body_end == len(text)


def test_wrapped_note_text() -> None:
    text = (
        BODY + "[1] Harbour Board, Annual review,\n    volume 3, https://a.example/1\n[2] https://a.example/2"
    )
    assert pairs(text) == [("1", "https://a.example/1"), ("2", "https://a.example/2")]


def test_asterisk_marks_a_foreign_source() -> None:
    text = BODY + "[1] *https://a.example/1\n[2] \\*https://b.example/2 ; https://c.example/3"
    cits = analyse_layout(text).citations
    assert [(c.url, c.foreign) for c in cits] == [
        ("https://a.example/1", True),
        ("https://b.example/2", True),
        ("https://c.example/3", False),
    ]


def test_defanged_flags_and_raw_form() -> None:
    text = BODY + "[1] www.port dot example/n/1\n[2] https://port.example/n/2\n[3] hxxps://port[.]example/3"
    cits = analyse_layout(text).citations
    assert [(c.url, c.raw, c.defanged) for c in cits] == [
        ("www.port.example/n/1", "www.port dot example/n/1", True),
        ("https://port.example/n/2", "https://port.example/n/2", False),
        ("https://port.example/3", "hxxps://port[.]example/3", True),
    ]


def test_numbered_notes_only_as_a_trailing_block_of_addresses() -> None:
    text = BODY + "1. https://a.example/1\n2. https://a.example/2\n^3 https://a.example/3"
    assert [m for m, _ in pairs(text)] == ["1", "2", "3"]
    assert analyse_layout(text).body_end == text.index("1. https")


def test_a_numbered_list_in_the_body_is_not_notes() -> None:
    text = BODY + "Key Findings\n\n  1. The quay opened.\n  2. Traffic will grow."
    layout = analyse_layout(text)
    assert layout.citations == [] and layout.body_end == len(text)


def test_markdown_footnotes() -> None:
    text = BODY + "[^1]: https://a.example/1\n[^2]: https://a.example/2"
    assert pairs(text) == [("1", "https://a.example/1"), ("2", "https://a.example/2")]


def test_lettered_notes_make_lettered_markers_count() -> None:
    text = (
        "Title line\n\nThe quay opened.[a] It closed.[b]\n\n[a] https://a.example/1\n[b] https://a.example/2"
    )
    layout = analyse_layout(text)
    assert [c.marker for c in layout.citations] == ["a", "b"]
    sentences = [p for p in layout.passages if p.kind == "sentence"]
    assert [p.markers for p in sentences][-2:] == [("a",), ("b",)]


def test_notes_followed_by_long_prose_are_not_the_trailing_section() -> None:
    prose = "The harbour board will publish its next review in the autumn, with figures. " * 6
    text = BODY + "[1] https://a.example/1\n\n" + prose
    assert analyse_layout(text).citations == []


def test_a_marker_alone_with_its_address_below() -> None:
    text = BODY + "[1]\nhttps://a.example/1\n\n[2]\n\nhttps://a.example/2 and https://a.example/3"
    assert pairs(text) == [
        ("1", "https://a.example/1"),
        ("2", "https://a.example/2"),
        ("2", "https://a.example/3"),
    ]
