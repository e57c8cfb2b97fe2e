"""GET /api/entities (look-up), /api/entities/{id} and /api/events."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Api = Callable[..., Any]


def _by_date(events: list[dict[str, Any]]) -> list[tuple[bool, str]]:
    return [(e["date"] is None, e["date"] or "") for e in events]


def test_look_up_by_alias_prefix_and_exact_first(api: Api, iran_id: int) -> None:
    result = api("/api/entities", q="iran")
    assert result["query"] == "iran" and result["entities"][0]["id"] == iran_id
    assert result["entities"][0]["matched"] == "Iran"
    prefix = api("/api/entities", q="Kha")["entities"]
    assert any(e["name"] == "Khayyam" for e in prefix)
    # a demonym is an alias of its country
    assert any(e["id"] == iran_id for e in api("/api/entities", q="Iranian")["entities"])
    busiest = api("/api/entities")["entities"]
    assert busiest and busiest[0]["events"] >= busiest[-1]["events"]
    assert api("/api/entities", q="<script>'\"%_")["entities"] == []


def test_the_entity_of_iran_lists_its_events_both_ways_by_date(api: Api, iran_id: int) -> None:
    iran = api(f"/api/entities/{iran_id}")
    assert iran["name"] == "Iran" and iran["type"] == "GPE" and iran["country"] == "IRN"
    assert "Iran" in iran["aliases"] and "Iranian" in iran["aliases"]
    assert iran["as_actor"] and all(e["actor_id"] == iran_id for e in iran["as_actor"])
    assert iran["as_recipient"] and all(e["recipient_id"] == iran_id for e in iran["as_recipient"])
    for events in (iran["as_actor"], iran["as_recipient"]):
        assert _by_date(events) == sorted(_by_date(events))
    counterparts = iran["counterparts"]
    assert counterparts and all(c["events"] == c["as_recipient"] + c["as_actor"] for c in counterparts)
    assert [c["events"] for c in counterparts] == sorted((c["events"] for c in counterparts), reverse=True)
    assert all(c["id"] != iran_id for c in counterparts)
    assert len(iran["documents"]) >= 15 and all(d["title"] or d["name"] for d in iran["documents"])


def test_an_office_holder_keeps_the_title(api: Api) -> None:
    raisi = api("/api/entities", q="Ebrahim Raisi")["entities"][0]
    detail = api(f"/api/entities/{raisi['id']}")
    assert detail["title"] == "President" and detail["country"] == "IRN"


def test_events_filter_by_type_country_party_dates_and_certainty(api: Api, iran_id: int) -> None:
    everything = api("/api/events", limit=5000)
    assert everything["count"] == len(everything["events"]) >= 100
    assert _by_date(everything["events"]) == sorted(_by_date(everything["events"]))
    assault = api("/api/events", type="assault")["events"]
    assert assault and all(e["type"] == "ASSAULT" for e in assault) and len(assault) < everything["count"]
    irn = api("/api/events", country="IRN")["events"]
    assert irn and all("IRN" in (e["actor_country"], e["recipient_country"]) for e in irn)
    by_name = api("/api/events", actor="Iran")["events"]
    assert by_name == api("/api/events", actor=str(iran_id))["events"]
    as_recipient = api(f"/api/entities/{iran_id}", limit=500)["as_recipient"]  # (50 by default)
    assert api("/api/events", recipient="Iran")["events"] == as_recipient
    dated = api("/api/events", since="2023-03", until="2023")["events"]
    assert dated and all(e["date"] >= "2023-03" and e["date"][:4] == "2023" for e in dated)
    likely = api("/api/events", certainty="likely")["events"]
    assert likely and all(e["certainty"] == "likely" for e in likely)
    assert api("/api/events", type="ASSAULT", country="IRN", limit=2)["count"] <= 2


def test_events_carry_sentence_document_and_note_urls(api: Api) -> None:
    events = api("/api/events", limit=5000)["events"]
    cited = [e for e in events if any(c["url"] for c in e["citations"])]
    assert cited
    event = cited[0]
    assert event["sentence"] and event["document_id"] and event["document_name"]
    assert {c["marker"] for c in event["citations"]} <= set(event["markers"])
    assert any(c["defanged"] for e in events for c in e["citations"])


def test_hostile_filters_answer_200_and_unknown_entities_404(api: Api, client: Any) -> None:
    hostile = "'; DROP TABLE events; -- <script>%_\x00"
    for name in ("type", "actor", "recipient", "country", "since", "until", "certainty"):
        events = api("/api/events", **{name: hostile})["events"]
        assert events == [] if name != "since" else isinstance(events, list)  # "'" sorts before digits
    for entity_id in (0, 999_999, 2**64):
        response = client.get(f"/api/entities/{entity_id}")
        assert response.status_code == 404 and "no entity" in response.json()["detail"]
