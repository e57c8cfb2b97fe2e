"""Drafted briefs on a real store: ranking, generated sentences, citations, filters and formats.

These briefs take every event whatever its confidence (`min_confidence=0.0`): they test the
drafting; tests/brief/test_brief_confidence.py tests the confidence default."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from watchfloor.brief import Brief, draft_brief_from, make_request, to_html, to_markdown
from watchfloor.errors import ConfigError
from watchfloor.store import open_store


def notes_of(db: Path | str, event_ids: tuple[int, ...]) -> set[tuple[int, str | None, str | None]]:
    """(document, marker, URL) of every note of these events' sentences; (document, None, None)
    for an event whose sentence had no note."""
    with open_store(db) as store:
        conn = store.conn
        found: set[tuple[int, str | None, str | None]] = set()
        for event_id in event_ids:
            (document_id,) = conn.execute(
                "SELECT document_id FROM events WHERE id = ?", (event_id,)
            ).fetchone()
            rows = conn.execute("SELECT marker, url FROM event_citations WHERE event_id = ?", (event_id,))
            notes = [(document_id, m, u) for m, u in rows] or [(document_id, None, None)]
            found.update(notes)
        return found


@pytest.fixture(scope="module")
def brief(brief_store: Path | str) -> Brief:
    return draft_brief_from(brief_store, make_request("2024-03-14", min_confidence=0.0))


def test_the_corroborated_meeting_leads_the_takeaways_and_cites_both_outlets(brief: Brief) -> None:
    first = brief.takeaways[0]
    assert "hosted" in first.text and "Doha" in first.text and "March 13, 2024" in first.text
    urls = {s.url for s in first.sources}
    assert urls == {
        "https://gulf-monitor.example/2024/03/13/erdogan-doha",
        "https://levant-wire.example/erdogan-tamim",
    }


def test_every_cited_note_belongs_to_the_sentences_own_reports(brief: Brief, brief_store: Path | str) -> None:
    assert brief.sentences
    for sentence in brief.sentences:
        cited = {(s.document_id, s.marker, s.url) for s in sentence.sources}
        assert sentence.events and cited == notes_of(brief_store, sentence.events), sentence.text


def test_sentences_are_generated_with_the_authors_stance_not_copied(brief: Brief) -> None:
    drones = next(s for s in brief.sentences if "Qatar" in s.text and "provided" in s.text)
    assert drones.text.startswith("Turkey likely provided") and "February 2024" in drones.text
    originals = {"Turkey likely delivered armed drones to Qatar in February."}
    assert not any(s.text in originals for s in brief.sentences)


def test_recycled_background_is_not_news(brief: Brief, brief_store: Path | str) -> None:
    assert not any("Israel" in s.text for s in brief.sentences)
    earlier = draft_brief_from(
        brief_store, make_request("2024-02-01", min_confidence=0.0)
    )  # the original is news here
    assert any("threatened Israel" in s.text for s in earlier.takeaways)


def test_filters_narrow_the_brief(brief_store: Path | str) -> None:
    military = draft_brief_from(
        brief_store, make_request("2024-03-14", topics=["military"], min_confidence=0.0)
    )
    assert military.sentences and all("provided" in s.text for s in military.sentences)
    by_actor = draft_brief_from(
        brief_store, make_request("2024-03-14", actors=["Recep Tayyip Erdogan"], min_confidence=0.0)
    )
    assert by_actor.sentences and all("Erdogan" in s.text for s in by_actor.sentences)
    elsewhere = draft_brief_from(
        brief_store, make_request("2024-03-14", countries=["Venezuela"], min_confidence=0.0)
    )
    assert not elsewhere.sentences and "countries: VEN" in elsewhere.scope


@pytest.mark.parametrize(
    ("since", "until", "topics", "message"),
    [
        ("2024-13-01", None, [], "--since"),
        ("2024-03-14", "2024-03-01", [], "before --since"),
        ("2024-03-14", None, ["weather"], "--topic 'weather'"),
    ],
)
def test_a_bad_request_names_the_option(
    since: str, until: str | None, topics: list[str], message: str
) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        make_request(since, until, topics=topics)


@pytest.mark.parametrize(
    ("given", "code"), [("irn", "IRN"), ("US", "USA"), ("Iranian", "IRN"), ("Tehran", "IRN")]
)
def test_a_country_is_given_by_code_or_by_any_name_of_the_state(given: str, code: str) -> None:
    assert make_request("2024", countries=[given]).countries == (code,)


def test_a_name_shared_by_two_states_is_refused() -> None:
    with pytest.raises(ConfigError, match="COD, COG"):
        make_request("2024", countries=["Congo"])


def test_markdown_cites_every_sentence_and_lists_each_source_once(brief: Brief) -> None:
    text = to_markdown(brief)
    assert text.startswith("# Brief: since March 14, 2024") and "## Key Takeaways" in text
    body = text.split("## Sources")[0]
    for sentence in brief.sentences:
        assert all(f"[^{s.number}]" in body for s in sentence.sources)
    definitions = re.findall(r"^\[\^(\d+)\]:", text, flags=re.M)
    assert sorted(map(int, definitions)) == list(range(1, len(brief.sources) + 1))
    assert "Wire Digest & \\[Co\\]" in text  # a document title cannot inject markup


def test_html_escapes_document_text_and_links_notes(brief: Brief) -> None:
    page = to_html(brief, lambda source: f"/documents/{source.document_id}")
    assert "Wire Digest &amp; [Co]" in page
    assert 'href="https://levant-wire.example/erdogan-tamim"' in page
    assert page.count('class="cite"') == sum(len(s.sources) for s in brief.sentences)


def test_the_command_writes_the_brief_and_refuses_a_bad_date(brief_store: Path | str, tmp_path: Path) -> None:
    target = tmp_path / "brief.html"
    run = [sys.executable, "-m", "watchfloor", "brief", "--db", str(brief_store), "--since", "2024-03-14"]
    done = subprocess.run([*run, "--format", "html", "-o", str(target)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "<h2>Key Takeaways</h2>" in target.read_text()
    bad = subprocess.run([*run[:-1], "14/03/2024"], capture_output=True, text=True)
    assert bad.returncode == 2 and "--since '14/03/2024'" in bad.stderr
