"""The whole extraction on a report written for this test, and its quality on the real seeds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from watchfloor.layout import analyse_layout
from watchfloor.models import Document
from watchfloor.nlp.extract import extract_document, extract_documents
from watchfloor.record import extraction_record

REPORT = (
    "Gulf Desk Note, March 14, 2024\n\n"
    "Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani met Iranian Foreign Minister Hossein Amir"
    " Abdollahian in Doha on March 12.[1] Abdollahian called on the Foreign Ministry to prepare a visit to"
    " Muscat.[2] Houthi forces attacked a cargo ship near Hodeidah on Wednesday.[3]\n\n"
    "[1] https://example.org/doha\n[2] https://example.org/muscat\n[3] https://example.org/hodeidah\n"
)


def extract(text: str, name: str = "note.txt"):  # type: ignore[no-untyped-def]
    document = Document(text=text, source=name, name=name, format="text", published="2024-03-14")
    layout = analyse_layout(document.text)
    return document, layout, extract_document(document, layout)


def test_entities_places_and_events_of_a_report() -> None:
    document, layout, found = extract(REPORT)
    people = {e.name: e for e in found.entities if e.type == "PERSON"}
    assert people["Hossein Amir Abdollahian"].country == "IRN"
    assert "Abdollahian" in people["Hossein Amir Abdollahian"].mentions
    places = {p.name: p for p in found.places}
    assert places["Doha"].kind == "city" and places["Doha"].country == "QAT"
    hodeidah = next(p for p in found.places if "Hodeidah" in p.mentions)
    assert hodeidah.country == "YEM" and abs(hodeidah.lat - 14.8) < 0.5
    meeting = next(e for e in found.events if e.type == "CONSULT" and e.trigger == "met")
    assert (meeting.actor_country, meeting.recipient_country, meeting.date) == ("QAT", "IRN", "2024-03-12")
    assert meeting.place == "Doha" and meeting.markers == ("1",)
    attack = next(e for e in found.events if e.type == "ASSAULT")
    assert attack.date == "2024-03-13"  # "on Wednesday" in a report of Thursday, March 14
    record = extraction_record(document, layout, found)
    cited = next(e for e in record["events"] if e["trigger"] == "met")["citations"]
    assert cited == [{"marker": "1", "url": "https://example.org/doha"}]


def test_a_government_body_named_alone_belongs_to_the_documents_state() -> None:
    _, _, found = extract(REPORT)
    ministry = next(e for e in found.entities if "Foreign" in e.name and "Ministry" in e.name)
    assert ministry.country in {"IRN", "QAT"}


def test_documents_stream_through_one_parse_in_order() -> None:
    first = extract(REPORT, "a.txt")
    other = REPORT.replace("Doha", "Baghdad").replace("Qatari", "Iraqi")
    items = [
        (first[0], first[1]),
        (Document(other, "b.txt", "b.txt", "text", published="2024-03-14"), analyse_layout(other)),
    ]
    results = list(extract_documents(items))
    assert len(results) == 2
    assert "Doha" in {p.name for p in results[0].places} and "Baghdad" in {p.name for p in results[1].places}


def _score(
    texts: list[Path], gold_files: list[Path], eval_dir: Path, tmp_path: Path, name: str
) -> dict[str, Any]:
    """score.py's figures for `watchfloor extract` of `texts`, and the date accuracy over the
    documents that carry a date of their own (`date_dated`)."""
    system = tmp_path / f"{name}-system.jsonl"
    out = subprocess.run(
        [sys.executable, "-m", "watchfloor", "extract", *sorted(map(str, texts)), "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    system.write_text(out.stdout)
    records = [line for p in sorted(gold_files) for line in p.read_text().splitlines() if line.strip()]
    figures: dict[str, Any] = {}
    dated = [r for r in records if json.loads(r)["doc"].get("published")]
    for key, chosen in (("all", records), ("dated", dated)):
        gold = tmp_path / f"{name}-gold-{key}.jsonl"
        gold.write_text("\n".join(chosen) + "\n")
        scored = subprocess.run(
            [sys.executable, str(eval_dir / "score.py"), str(system), str(gold), "--json"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        figures[key] = json.loads(scored.stdout)
    result: dict[str, Any] = figures["all"]
    result["date_dated"] = figures["dated"]["event_date_acc"]
    shown = (
        "entities",
        "places_resolved",
        "events_dyad",
        "event_date_acc",
        "date_dated",
        "event_certainty_acc",
    )
    print(name, json.dumps({k: result[k] for k in shown}, indent=1))
    return result


def test_quality_on_the_seeds_meets_the_bar(seeds_dir: Path, eval_dir: Path, tmp_path: Path) -> None:
    figures = _score(
        list(seeds_dir.glob("*.txt")), list(eval_dir.glob("gold_*.jsonl")), eval_dir, tmp_path, "seeds"
    )
    assert figures["entities"]["f1"] >= 0.85
    assert figures["places_resolved"]["f1"] >= 0.85
    assert figures["events_dyad"]["f1"] >= 0.65 and figures["events_dyad"]["p"] >= 0.70
    # seed 004 gives no date at all (its gold dates come from world knowledge): dates are
    # measured over the seeds that carry one
    assert figures["date_dated"]["acc"] >= 0.85
    assert figures["event_certainty_acc"]["acc"] >= 0.80
    assert figures["citations"]["f1"] == 1.0


def test_quality_on_the_dev_set_meets_the_bar(eval_dir: Path, tmp_path: Path) -> None:
    dev = eval_dir / "dev"
    if not (dev / "texts").is_dir():
        pytest.skip(f"{dev}: the annotated dev set is absent")
    figures = _score(
        list((dev / "texts").glob("*.md")), list(dev.glob("gold_*.jsonl")), eval_dir, tmp_path, "dev"
    )
    # the shipped event model was trained on these documents too: scripts/train_events.py
    # prints the cross-validated figures, which are the honest ones
    assert figures["events_dyad"]["f1"] >= 0.50 and figures["events_dyad"]["p"] >= 0.65
    assert figures["event_date_acc"]["acc"] >= 0.80
    assert figures["event_certainty_acc"]["acc"] >= 0.85
    assert figures["entities"]["f1"] >= 0.85
    assert figures["places_resolved"]["f1"] >= 0.92


def test_a_person_named_by_office_alone_is_the_person_named_before() -> None:
    text = (
        "Desk Note, May 2, 2024\n\n"
        "Turkish Defense Minister Yasar Guler met Iraqi officials in Baghdad on May 1. "
        "The defense minister signed a security memorandum with Iraq on the same day. "
        "The Iraqi foreign minister welcomed the visit.\n"
    )
    _, _, found = extract(text)
    guler = next(e for e in found.entities if e.name == "Yasar Guler")
    assert "defense minister" in guler.mentions and guler.country == "TUR"
    unnamed = next(e for e in found.entities if e.name == "Iraqi foreign minister")
    assert (unnamed.type, unnamed.country) == ("PERSON", "IRQ")
    memorandum = next(e for e in found.events if e.type == "AGREE")
    assert memorandum.actor == "Yasar Guler" and memorandum.recipient_country == "IRQ"


def test_two_processes_give_the_same_extractions_in_the_same_order() -> None:
    texts = [
        REPORT,
        REPORT.replace("Doha", "Muscat").replace("Qatari", "Omani"),
        REPORT.replace("Houthi", "Iraqi"),
    ]
    items = [
        (Document(t, f"{i}.txt", f"{i}.txt", "text", published="2024-03-14"), analyse_layout(t))
        for i, t in enumerate(texts)
    ]
    alone = list(extract_documents(items, n_process=1))
    shared = list(extract_documents(items, n_process=2))
    assert shared == alone
    assert {p.name for p in shared[1].places} >= {"Muscat"}


def test_an_office_followed_by_its_holder_is_not_a_person_of_its_own() -> None:
    text = "Desk Note, May 2, 2024\n\nThe head of the Arab League, Ahmed Aboul Gheit, condemned Israel."
    _, _, found = extract(text)
    assert not [e for e in found.entities if e.name.lower() in {"head", "the head"}]


def test_a_dated_serials_own_name_is_no_entity() -> None:
    text = "Harbour Watch, March 4, 2024\n\nHarbour Watch reported that Oman hosted Iranian envoys in Muscat."
    document = Document(
        text=text, source="h.txt", name="h.txt", format="text", title="Harbour Watch, March 4, 2024"
    )
    found = extract_document(document, analyse_layout(text))
    assert "Harbour Watch" not in {e.name for e in found.entities}
    assert "Oman" in {e.name for e in found.entities}


def test_a_statement_is_placed_where_it_was_made_and_a_town_read_as_a_language_is_a_place() -> None:
    _, _, found = extract(
        "Desk Note, March 12, 2024\n\nUkraine condemned the Russian strike on a school in Kharkiv on"
        " Monday. Russian missiles hit an apartment block in Odesa on Monday.\n"
    )
    condemned = next(e for e in found.events if e.type == "ACCUSE")
    assert condemned.recipient_country == "RUS" and condemned.place is None  # not said in Kharkiv
    hit = next(e for e in found.events if e.type == "ASSAULT" and e.trigger == "hit")
    assert hit.place == "Odesa" and hit.recipient_country == "UKR"  # the NER's "language"


def test_a_statement_is_placed_at_the_dateline_and_an_attack_on_a_state_in_that_state() -> None:
    _, _, found = extract(
        "Desk Note\n\nWASHINGTON, March 12, 2024 - The United States condemned Iran's missile attack on"
        " Israel on Monday.\n\nThe State Department urged Iran to release the seized tanker.\n"
    )
    statements = [e for e in found.events if e.type in {"ACCUSE", "REQUEST"}]
    assert statements and {e.place for e in statements} == {"Washington"}  # not said in Israel
    attack = next(e for e in found.events if e.type == "ASSAULT")
    assert (attack.recipient, attack.place) == ("Israel", "Israel")


def test_force_between_a_state_and_its_own_people_is_placed_in_that_state() -> None:
    _, _, found = extract("Desk Note\n\nIranian police arrested dozens of Iranian students on Tuesday.\n")
    arrest = next(e for e in found.events if e.type == "COERCE")
    assert (arrest.actor_country, arrest.recipient_country, arrest.place) == ("IRN", "IRN", "Iran")
