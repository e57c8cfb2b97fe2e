"""Paragraphs, sentences and sections of the body, as spans of the original text."""

from __future__ import annotations

from watchfloor.layout import analyse_layout, split_passages
from watchfloor.models import Passage

REPORT = """Harbour Update, March 3, 2031

Ana Lima, Bo Chen, and Cy Dale

This update covers the ports of the northern coast. It appears on weekdays.

Key Findings

  1. The port authority of Veldt opened a second quay.
  2. Freight traffic rose 12.5 percent in February.

Northern Ports

The quay cost more than planned.[1] Officials blamed the weather.[2]

  • Cranes arrived late. Two of them were damaged.
  • Dredging took a month longer.[3]

## **Outlook**

Traffic should grow in the spring.

Notes

[1] https://port.example/a
[2] https://port.example/b
[3] https://port.example/c

Tags
"""


def sentences(passages: list[Passage], text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(text[p.start : p.end], p.section, p.markers) for p in passages if p.kind == "sentence"]


def test_sections_list_items_and_markers() -> None:
    layout = analyse_layout(REPORT)
    assert sentences(layout.passages, REPORT) == [
        ("Harbour Update, March 3, 2031", None, ()),
        ("Ana Lima, Bo Chen, and Cy Dale", None, ()),
        ("This update covers the ports of the northern coast.", None, ()),
        ("It appears on weekdays.", None, ()),
        ("Key Findings", "Key Findings", ()),
        ("The port authority of Veldt opened a second quay.", "Key Findings", ()),
        ("Freight traffic rose 12.5 percent in February.", "Key Findings", ()),
        ("Northern Ports", "Northern Ports", ()),
        ("The quay cost more than planned.[1]", "Northern Ports", ("1",)),
        ("Officials blamed the weather.[2]", "Northern Ports", ("2",)),
        ("Cranes arrived late.", "Northern Ports", ()),
        ("Two of them were damaged.", "Northern Ports", ()),
        ("Dredging took a month longer.[3]", "Northern Ports", ("3",)),
        ("Outlook", "Outlook", ()),
        ("Traffic should grow in the spring.", "Outlook", ()),
    ]


def test_paragraphs_one_per_line_or_list_item() -> None:
    layout = analyse_layout(REPORT)
    paragraphs = [REPORT[p.start : p.end] for p in layout.passages if p.kind == "paragraph"]
    assert paragraphs[4] == "The port authority of Veldt opened a second quay."  # no "1." bullet
    assert paragraphs[7] == "The quay cost more than planned.[1] Officials blamed the weather.[2]"
    assert paragraphs[8] == "Cranes arrived late. Two of them were damaged."
    assert len(paragraphs) == 12


def test_the_notes_section_yields_no_passages() -> None:
    layout = analyse_layout(REPORT)
    assert layout.body_end == REPORT.index("Notes\n")
    assert max(p.end for p in layout.passages) <= layout.body_end
    assert len(layout.citations) == 3


def test_every_sentence_lies_in_a_paragraph_and_round_trips() -> None:
    layout = analyse_layout(REPORT)
    paragraphs = [p for p in layout.passages if p.kind == "paragraph"]
    for p in layout.passages:
        piece = REPORT[p.start : p.end]
        assert piece and piece == piece.strip()
        if p.kind == "sentence":
            (parent,) = [q for q in paragraphs if q.start <= p.start and p.end <= q.end]
            assert set(p.markers) <= set(parent.markers)
            assert p.section == parent.section


def test_a_paragraph_broken_by_a_stray_blank_line_is_joined() -> None:
    text = "Title\n\nA hacking group attacked the port\n\nwebsites, on July 15. Nobody was hurt."
    got = sentences(split_passages(text), text)
    assert got[1][0] == "A hacking group attacked the port\n\nwebsites, on July 15."
    assert got[2][0] == "Nobody was hurt."


def test_a_heading_needs_body_text_after_it() -> None:
    text = "Title\n\nFirst paragraph ends here.\n\nLeave a Comment"
    assert {p.section for p in split_passages(text)} == {None}


def test_markdown_headings_and_list_dashes() -> None:
    text = "# Ports Review\n\n#### **Trade**\n\nThey agreed on:\n\n- \\*new berths;\n- longer hours.\n"
    got = sentences(split_passages(text), text)
    assert got == [
        ("Ports Review", None, ()),  # the title is not a section
        ("Trade", "Trade", ()),
        ("They agreed on:", "Trade", ()),
        ("\\*new berths;", "Trade", ()),
        ("longer hours.", "Trade", ()),
    ]


def test_a_body_bracket_word_is_not_a_marker() -> None:
    text = "Title\n\n[Notice: sources marked with an asterisk (\\*) are foreign.]\n\nThe port \\*reopened."
    layout = analyse_layout(text)
    assert layout.citations == [] and all(p.markers == () for p in layout.passages)


def test_empty_text() -> None:
    layout = analyse_layout("")
    assert layout.body_end == 0 and layout.passages == [] and layout.citations == []


def test_an_all_bold_short_line_is_a_heading() -> None:
    text = "Title\n\n**Shipping Lanes**\n\nTraffic resumed.\n\n**A bold sentence that ends with a period.**"
    got = sentences(split_passages(text), text)
    assert got[1] == ("Shipping Lanes", "Shipping Lanes", ())
    assert got[-1] == ("**A bold sentence that ends with a period.**", "Shipping Lanes", ())
