"""Timeline, network and map as a reader sees them, measured from the DOM in Chromium: bars placed
by date, coarse dates as spans, a bar's events on click, a brush that narrows the period; network
labels that never overlap (demo store and the big store of `test_network_scale`); a basemap
without a seam that fills the frame at its least zoom; filters that change what is drawn."""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise
from typing import Any

from playwright.sync_api import Page, expect

Box = dict[str, float]


def visible_label_boxes(page: Page) -> list[Box]:
    """The client boxes of the network's shown labels (hidden ones have no box)."""
    boxes: list[Box] = page.locator("svg.network text.label").evaluate_all(
        """ts => ts.filter(t => getComputedStyle(t).display !== 'none')
               .map(t => { const r = t.getBoundingClientRect();
                           return {x: r.left, y: r.top, w: r.width, h: r.height, text: t.textContent}; })"""
    )
    return boxes


def overlapping(boxes: list[Box]) -> list[tuple[Box, Box]]:
    return [
        (a, b)
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a["x"] < b["x"] + b["w"]
        and b["x"] < a["x"] + a["w"]
        and a["y"] < b["y"] + b["h"]
        and b["y"] < a["y"] + a["h"]
    ]


def wait_for_network(page: Page) -> None:
    expect(page.locator("#network-status")).to_have_text(re.compile(r"^\d+ entities"))


def test_timeline_bars_are_ordered_and_spaced_by_date(page: Page, served: Any) -> None:
    page.goto(f"{served.base}/timeline?bucket=month", wait_until="networkidle")
    chart = page.locator("#timeline-chart")
    lo = dt.date.fromisoformat(str(chart.get_attribute("data-lo")))
    hi = dt.date.fromisoformat(str(chart.get_attribute("data-hi")))
    frame = chart.bounding_box()
    assert frame is not None
    units = frame["width"] / 960  # client pixels per SVG unit
    left = float(str(chart.get_attribute("data-left"))) * units + frame["x"]
    per_day = float(str(chart.get_attribute("data-plot-width"))) * units / (hi - lo).days
    bars = page.locator("g.bar").evaluate_all(
        "gs => gs.map(g => { const r = g.querySelector('rect').getBoundingClientRect();"
        " return {start: g.dataset.start, end: g.dataset.end, x: r.left, w: r.width}; })"
    )
    assert len(bars) >= 10
    starts = [dt.date.fromisoformat(b["start"]) for b in bars]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    xs = [b["x"] for b in bars]
    assert all(a < b for a, b in pairwise(xs))
    for bar, start in zip(bars, starts, strict=True):  # each bar stands where its month begins
        assert abs(bar["x"] - (left + (start - lo).days * per_day)) <= 2 * units + 0.5, bar
        month = (dt.date.fromisoformat(bar["end"]) - start).days
        assert bar["w"] <= month * per_day + 0.5
    # an empty stretch is a gap as wide as its time: two bars a year apart stand ~12 months apart
    gaps = [(b - a).days for a, b in pairwise(starts)]
    widest = max(range(len(gaps)), key=gaps.__getitem__)
    assert gaps[widest] > 60
    assert abs((xs[widest + 1] - xs[widest]) - gaps[widest] * per_day) <= 2.5


def test_timeline_draws_coarse_dates_as_spans_across_their_period(page: Page, served: Any) -> None:
    page.goto(f"{served.base}/timeline?bucket=month", wait_until="networkidle")
    spans = page.locator("g.span")
    assert spans.count() >= 1
    years = [p for p in spans.evaluate_all("gs => gs.map(g => g.dataset.period)") if len(p) == 4]
    assert years, "the demo has year-only dates"
    year = page.locator(f'g.span[data-period="{years[0]}"] rect')
    assert year.get_attribute("fill") == "url(#hatch)"  # visibly unlike a bar
    chart = page.locator("#timeline-chart")
    lo = dt.date.fromisoformat(str(chart.get_attribute("data-lo")))
    hi = dt.date.fromisoformat(str(chart.get_attribute("data-hi")))
    unit_per_day = float(str(chart.get_attribute("data-plot-width"))) / (hi - lo).days
    width = float(str(year.get_attribute("width")))
    first = dt.date(int(years[0]), 1, 1)
    days = (min(dt.date(int(years[0]) + 1, 1, 1), hi) - max(first, lo)).days
    assert abs(width - days * unit_per_day) <= 1.0  # the span covers its whole year


def test_clicking_a_bar_lists_its_events_with_sources(page: Page, served: Any) -> None:
    """The demo's dated events are more than a page: a bar lists those of the page and links to the
    period's own events, which fit on one page; there a bar lists them all."""
    page.goto(f"{served.base}/timeline?bucket=month", wait_until="networkidle")
    expect(page.locator("#timeline-page")).to_contain_text("Events 1–100 of ")
    bars = page.locator("g.bar")
    counts = bars.evaluate_all("gs => gs.map(g => [g.dataset.period, g.querySelector('title').textContent])")
    sizes = {p: int(re.search(r": (\d+) event", t).group(1)) for p, t in counts}  # type: ignore[union-attr]
    period = max((p for p in sizes if sizes[p] <= 100), key=sizes.__getitem__)  # the busiest a page holds
    expected = sizes[period]
    page.locator(f'g.bar[data-period="{period}"]').click()
    selection = page.locator("#timeline-selection")
    expect(selection).to_contain_text(f"of {period} on this page")
    selection.get_by_role("link", name=f"Every event of {period}").click()
    page.wait_for_url(re.compile(rf"since={period}&until={period}"))
    rows = page.locator("#timeline-events tbody tr")
    total = rows.count()
    assert total == expected and page.locator("#timeline-page").count() == 0  # one page holds them
    page.locator(f'g.bar[data-period="{period}"]').click()
    shown = page.locator("#timeline-events tbody tr:not([hidden])")
    expect(shown).to_have_count(expected)
    dates = shown.locator("td.date").all_inner_texts()
    assert all(d.startswith(period) for d in dates), dates
    assert shown.locator(".cite a[href^='http']").count() >= 1  # the sources behind them
    expect(selection).to_contain_text(f"{expected} events of {period}.")
    page.get_by_role("button", name="List every event").click()
    expect(page.locator("#timeline-events tbody tr:not([hidden])")).to_have_count(total)


def test_the_timeline_pages_through_its_events(page: Page, served: Any) -> None:
    page.goto(f"{served.base}/timeline?bucket=month", wait_until="networkidle")
    first = page.locator("#timeline-events td.date").all_inner_texts()
    assert len(first) == 100
    page.locator("#timeline-pages").get_by_role("link", name="later events →").click()
    page.wait_for_url(re.compile(r"offset=100"))
    expect(page.locator("#timeline-page")).to_contain_text("Events 101–")
    later = page.locator("#timeline-events td.date").all_inner_texts()
    assert later and min(d for d in later if len(d) == 10) >= max(d for d in first if len(d) == 10)


def test_dragging_across_the_timeline_narrows_the_period(page: Page, served: Any) -> None:
    page.goto(f"{served.base}/timeline?bucket=month", wait_until="networkidle")
    before = dated_total(page)
    frame = page.locator("#timeline-chart").bounding_box()
    assert frame is not None
    y = frame["y"] + frame["height"] * 0.3
    page.mouse.move(frame["x"] + frame["width"] * 0.80, y)
    page.mouse.down()
    page.mouse.move(frame["x"] + frame["width"] * 0.90, y, steps=5)
    page.mouse.up()
    page.wait_for_url(re.compile(r"since=\d{4}-\d{2}"))
    page.wait_for_load_state("networkidle")
    since = page.locator("input[name=since]").input_value()
    until = page.locator("input[name=until]").input_value()
    assert since < until
    assert page.locator("#timeline-chart").get_attribute("data-lo") == f"{since}-01"
    dates = page.locator("#timeline-events td.date").all_inner_texts()
    assert dates and 0 < dated_total(page) < before
    assert all(since <= d[:7] <= until or len(d) == 4 for d in dates), dates
    page.locator("#timeline-reset").click()
    page.wait_for_load_state("networkidle")
    assert dated_total(page) == before


def dated_total(page: Page) -> int:
    """The timeline's count of the dated events its chart draws (the list shows a page of them)."""
    return int(re.search(r"(\d+) dated events?", page.locator("p.count").inner_text()).group(1))  # type: ignore[union-attr]


def test_timeline_type_filter_changes_the_bars(page: Page, served: Any) -> None:
    page.goto(f"{served.base}/timeline", wait_until="networkidle")
    every = page.locator("g.bar rect:not(.hit)").count()
    page.goto(f"{served.base}/timeline?type=AGREE", wait_until="networkidle")
    agree = page.locator("g.bar rect:not(.hit)").count()
    assert 0 < agree < every
    assert set(
        page.locator("g.bar rect:not(.hit)").evaluate_all("rs => rs.map(r => r.getAttribute('class'))")
    ) == {"q-verbal_cooperation"}


def test_network_labels_never_overlap_on_the_demo_store(page: Page, served: Any) -> None:
    for path in ("/network", "/network?min_confidence=0", "/network?actor=Iran&type=AGREE&min_confidence=0"):
        page.goto(served.base + path, wait_until="networkidle")
        wait_for_network(page)
        boxes = visible_label_boxes(page)
        nodes = page.locator("svg.network a.node").count()
        assert nodes >= 4 and len(boxes) >= 0.6 * nodes, (path, nodes, len(boxes))
        assert overlapping(boxes) == [], path


def test_network_is_sized_by_activity_and_filters_redraw_it(page: Page, served: Any) -> None:
    page.goto(f"{served.base}/network?min_confidence=0", wait_until="networkidle")
    wait_for_network(page)
    radii = page.locator("svg.network a.node circle").evaluate_all(
        "cs => cs.map(c => Number(c.getAttribute('r')))"
    )
    widths = page.locator("svg.network line").evaluate_all(
        "ls => ls.map(l => Number(l.getAttribute('stroke-width')))"
    )
    assert max(radii) > 2 * min(radii) and max(widths) > 2 * min(widths)
    every = page.locator("svg.network a.node").count()
    with page.expect_response(lambda r: "/api/network?" in r.url and "type=AGREE" in r.url):
        page.locator("#network-filters select[name=type]").select_option("AGREE")
    wait_for_network(page)
    expect(page.locator("#network-status")).to_have_text(re.compile(r"^\d+ entities"))
    agree = page.locator("svg.network a.node").count()
    assert 0 < agree < every
    kinds = set(page.locator("svg.network line").evaluate_all("ls => ls.map(l => l.getAttribute('class'))"))
    assert kinds == {"coop"}


def test_the_map_basemap_has_no_seam_and_fills_the_frame(page: Page, served: Any) -> None:
    with page.expect_response(lambda r: r.url.endswith("/static/countries-110m.json")) as basemap:
        page.goto(f"{served.base}/map", wait_until="networkidle")
    crossing = [
        feature["properties"]["name"]
        for feature in basemap.value.json()["features"]
        for polygon in (
            feature["geometry"]["coordinates"]
            if feature["geometry"]["type"] == "MultiPolygon"
            else [feature["geometry"]["coordinates"]]
        )
        for ring in polygon
        if any(abs(b[0] - a[0]) > 180 for a, b in pairwise(ring))
    ]
    assert crossing == []
    zoom_out = page.locator("a.leaflet-control-zoom-out")
    page.locator("#map").focus()
    for _ in range(12):  # zoom out by keyboard past the least zoom, which the map then refuses
        page.keyboard.press("-")
    expect(zoom_out).to_have_class(re.compile(r"leaflet-disabled"))
    frame = page.locator("#map").bounding_box()
    assert frame is not None
    # the outlines reach both sides of the frame: the one world fills it, no blank margins
    page.wait_for_function(
        """f => { const rs = Array.from(document.querySelectorAll('.leaflet-overlay-pane path'),
                                      p => p.getBoundingClientRect());
                  return Math.min(...rs.map(r => r.left)) <= f.x + 1
                      && Math.max(...rs.map(r => r.right)) >= f.x + f.width - 1; }""",
        arg=frame,
    )


def test_the_map_draws_coarse_places_apart_and_filters_redraw_it(page: Page, served: Any) -> None:
    page.goto(f"{served.base}/map?min_confidence=0", wait_until="networkidle")
    status = page.locator("#map-status")
    expect(status).to_have_text(re.compile(r"only in a country or region"))
    rings = page.locator("path.coarse-place")
    assert rings.count() >= 1
    exact = int(re.search(r"(\d+) at a city or site", status.inner_text()).group(1))  # type: ignore[union-attr]
    dots = page.locator(".leaflet-overlay-pane path.leaflet-interactive:not(.coarse-place)").count()
    clustered = sum(int(t) for t in page.locator(".marker-cluster").all_inner_texts())
    assert dots + clustered == exact > 0  # every event at a city or site is drawn, alone or clustered
    assert all(r.get_attribute("stroke-dasharray") for r in rings.all())
    before = status.inner_text()
    with page.expect_response(lambda r: "/api/map/events?" in r.url and "type=ASSAULT" in r.url):
        page.locator("#map-filters select[name=type]").select_option("ASSAULT")
    expect(status).not_to_have_text(before)
    with page.expect_response(lambda r: "/api/map/events?" in r.url and "since=" in r.url) as slid:
        page.locator("#map-period input[data-end=from]").evaluate(
            "el => { el.value = String(Number(el.max) - 3);"
            " el.dispatchEvent(new Event('change', {bubbles: true})); }"
        )
    assert slid.value.ok
    assert page.locator("#map-filters input[name=since]").input_value() != ""


def test_views_show_document_text_as_text(page: Page, served: Any, traffic: Any) -> None:
    """The hostile report's event (March 2024) on each view: its script never runs, nothing leaves."""
    page.goto(f"{served.base}/timeline?bucket=month&since=2024-03&until=2024-03", wait_until="networkidle")
    page.locator('g.bar[data-period="2024-03"]').click()
    expect(page.locator("#timeline-events")).to_contain_text("<script>window.__pwned=1</script>")
    for path in ("/map?min_confidence=0", "/network?min_confidence=0&actor=Iran"):
        page.goto(served.base + path, wait_until="networkidle")
    page.locator("svg.network line").first.click()
    expect(page.locator("#edge-events li").first).to_be_visible()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert traffic.foreign() == []
