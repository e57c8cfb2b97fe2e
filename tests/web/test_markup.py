"""The pieces the reader is built from: escaping render, safe links, found-again spans."""

from __future__ import annotations

import pytest

from watchfloor.web.bench import percentile
from watchfloor.web.convert import safe_href
from watchfloor.web.markup import Mark, close, render, tag
from watchfloor.web.spans import locate_markers, locate_surfaces, locate_trigger


def _mark(start: int, end: int, name: str) -> Mark:
    return Mark(start, end, tag(name), close(name))


def test_render_escapes_every_piece_and_nests_layers() -> None:
    text = "a<b>&c\"d'e"
    outer = [_mark(1, 6, "span")]
    inner = [_mark(0, 2, "em"), _mark(5, 8, "mark")]
    html = render(text, 0, len(text), [outer, inner])
    assert html == ("<em>a</em><span><em>&lt;</em>b&gt;&amp;<mark>c</mark></span><mark>&#34;d</mark>&#39;e")


def test_render_drops_overlapping_and_empty_marks_and_honours_bounds() -> None:
    text = "0123456789"
    marks = [_mark(2, 5, "x"), _mark(3, 8, "y"), _mark(6, 6, "z")]
    assert render(text, 0, 10, [marks]) == "01<x>234</x>56789"
    assert render(text, 3, 7, [marks]) == "<x>34</x>56"


def test_tag_escapes_attribute_values() -> None:
    opening = tag("span", {"title": '"><script>alert(1)</script>', "data-x": 3, "skipped": None})
    assert opening == '<span title="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" data-x="3">'


@pytest.mark.parametrize(
    ("url", "href"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("http://en.kremlin.ru/events/69035", "http://en.kremlin.ru/events/69035"),
        ("www.irna.ir/news/84849021", "https://www.irna.ir/news/84849021"),
        ("tass.ru", "https://tass.ru"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        (" javascript:alert(1)", None),
        ("java\nscript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("vbscript:msgbox", None),
        ("//evil.example/x", None),
        ("https://", None),
        ("", None),
        (None, None),
        ("not a url", None),
    ],
)
def test_only_http_addresses_become_links(url: str | None, href: str | None) -> None:
    assert safe_href(url) == href


def test_surfaces_are_found_whole_word_longest_first_with_every_claimant() -> None:
    text = (
        "Baikonur Cosmodrome lies in Kazakhstan; Baikonur is old. Tehran said; Tehranis said.\n\nNotes Tehran"
    )
    body_end = text.index("Notes")
    found = locate_surfaces(
        text,
        body_end,
        {1: ["Baikonur Cosmodrome", "Baikonur"], 2: ["Tehran"], 3: ["Tehran"]},
        {7: ["Baikonur Cosmodrome"], 8: ["Tehran"]},
    )
    spans = [(text[f.start : f.end], f.entity_ids, f.place_ids) for f in found]
    assert spans == [
        ("Baikonur Cosmodrome", [1], [7]),
        ("Baikonur", [1], []),
        ("Tehran", [2, 3], [8]),
    ]  # not inside "Tehranis", not in the notes


def test_markers_and_triggers_are_found_in_the_text() -> None:
    text = "Iran signed it.[1] Russia Signed too.[a][2, 3]\n"
    markers = locate_markers(text, len(text), ["1", "2", "3", "a"])
    assert [(text[m.start : m.end], m.labels) for m in markers] == [
        ("[1]", ("1",)),
        ("[a]", ("a",)),
        ("[2, 3]", ("2", "3")),
    ]
    assert locate_markers(text, len(text), ["1", "2", "3"])[1].labels == ("2", "3")  # [a] is no note here
    start = text.index("Russia")
    assert locate_trigger(text, start, len(text), "signed") == (start + 7, start + 13)
    assert locate_trigger(text, 0, 10, "struck") is None


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 95) == 95.0 and percentile(values, 50) == 50.0
    assert percentile([3.0], 95) == 3.0
