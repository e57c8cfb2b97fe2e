"""A store built for the export tests through the store's own writing code: two reports with
notes (one defanged, one without a scheme), parties the knowledge base knows (states, the IRGC)
and one it does not whose name is a spreadsheet formula with quotes and a line break."""

from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.models import Citation, Document, Layout, Passage
from watchfloor.nlp.types import Entity, Event, Extraction, Place
from watchfloor.store import open_store

HOSTILE = "=cmd|' /C calc'!A0 \"Front\"\nGroup"
TEHRAN = Place("geonames:112931", "Tehran", "city", 35.69, 51.42, "IRN", ["Tehran"])
KYIV = Place("geonames:703448", "Kyiv", "city", 50.45, 30.52, "UKR", ["Kyiv", "Kiev"])

IRAN = Entity("state:IRN", "Iran", "GPE", "IRN", None, ["Iran", "Tehran"], "state:IRN")
RUSSIA = Entity("state:RUS", "Russia", "GPE", "RUS", None, ["Russia", "Moscow"], "state:RUS")
UKRAINE = Entity("state:UKR", "Ukraine", "GPE", "UKR", None, ["Ukraine"], "state:UKR")
USA = Entity("state:USA", "United States", "GPE", "USA", None, ["United States", "Washington"], "state:USA")
IRGC = Entity("organization:irgc", "Islamic Revolutionary Guard Corps", "ORG", "IRN", None, ["IRGC"])
IRGC.kb_key = "organization:irgc"
HOSTILE_ORG = Entity(f"ORG:{HOSTILE.lower()}", HOSTILE, "ORG", None, None, [HOSTILE])


def _event(type_: str, actor: Entity, recipient: Entity | None, date: str | None, **more: object) -> Event:
    values: dict[str, object] = {
        "type": type_,
        "mode": None,
        "actor": actor.name,
        "actor_country": actor.country,
        "recipient": recipient.name if recipient else None,
        "recipient_country": recipient.country if recipient else None,
        "date": date,
        "place": None,
        "certainty": "asserted",
        "source": None,
        "text": f"{actor.name} {type_} sentence.",
        "start": 0,
        "end": 10,
        "trigger": type_.lower(),
    }
    values.update(more)
    return Event(**values)  # type: ignore[arg-type]


FIRST_TEXT = (
    "Iran Update, July 31, 2023\n\nIran sent drones to Russia in July 2023.[1]\n\n"
    "The IRGC likely struck Kyiv on August 2.[2]\n\n" + HOSTILE + " met Iran's envoy.\n\nNotes\n"
)
SECOND_TEXT = "Iran Update, January 12, 2024\n\nIran reportedly shipped missiles to Russia.[1]\n"


def build_store(path: Path) -> Path:
    first = Document(
        text=FIRST_TEXT,
        source="first.md",
        name="first.md",
        format="markdown",
        title='Iran Update, "July" 31, 2023',
        published="2023-07-31",
        authors=["Ann Analyst", "Bo Writer"],
        outlet="Critical Threats",
        url="https://www.criticalthreats.org/analysis/iran-update-july-31-2023",
        lang="en",
    )
    first_layout = Layout(
        body_end=len(FIRST_TEXT),
        citations=[
            Citation("1", "https://tass.ru/politika/1", "tass dot ru/politika/1", defanged=True),
            Citation("2", "www.irna.ir/news/84849021", "www.irna.ir/news/84849021", foreign=True),
        ],
        passages=[Passage("paragraph", 28, 70, ("1",))],
    )
    first_events = [
        _event(
            "AID", IRAN, RUSSIA, "2023-07", place="Tehran", markers=("1",), confidence=0.9, mode="military"
        ),
        _event(
            "ASSAULT",
            IRGC,
            UKRAINE,
            "2023-08-02",
            place="Kyiv",
            markers=("2",),
            certainty="likely",
            confidence=0.6,
            mode="drone",
        ),
        _event(
            "CONSULT",
            HOSTILE_ORG,
            IRAN,
            "2023",
            certainty="possible",
            confidence=0.3,
            text=HOSTILE + " met Iran's envoy.",
        ),
    ]
    second = Document(
        text=SECOND_TEXT,
        source="second.txt",
        name="second.txt",
        format="text",
        title="Iran Update, January 12, 2024",
        published="2024-01-12",
        outlet="Critical Threats",
    )
    second_layout = Layout(
        body_end=len(SECOND_TEXT), citations=[Citation("1", "https://t.me/x/1", "t.me/x/1")]
    )
    second_events = [
        _event(
            "AID",
            IRAN,
            RUSSIA,
            "2024-01-12",
            certainty="attributed",
            source="Ukraine",
            confidence=0.8,
            markers=("1",),
        ),
        _event("SANCTION", USA, IRAN, "2024-01", certainty="denied", confidence=0.5),
    ]
    with open_store(path) as store:
        store.add_document(
            first,
            first_layout,
            Extraction([IRAN, RUSSIA, UKRAINE, IRGC, HOSTILE_ORG], [TEHRAN, KYIV], first_events),
        )
        store.add_document(second, second_layout, Extraction([IRAN, RUSSIA, USA, UKRAINE], [], second_events))
    return path


@pytest.fixture(scope="session")
def export_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("export") / "export.db")
