"""`kb import`: FtM entities and a STIX bundle become a validated extension that extraction uses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from watchfloor.cli import app
from watchfloor.kb import clear_cache, load_kb
from watchfloor.kb.import_write import import_file
from watchfloor.layout import analyse_layout
from watchfloor.models import Document
from watchfloor.nlp.extract import extract_documents

FTM = [
    {"id": "p1", "schema": "Person", "properties": {"name": ["Zorvan Keshtgar"], "alias": ["Keshtgar"],
                                                   "nationality": ["ir"]}},
    {"id": "o1", "schema": "Company", "properties": {"name": ["Qeshm Falcon Aviation Industries"],
                                                    "alias": ["QFAI"], "country": ["ir"]}},
    {"id": "o2", "schema": "Organization", "properties": {"name": ["IRGC"], "alias": ["Sepah Guard Unit 7"]}},
    {"id": "a1", "schema": "Address", "properties": {"full": ["Nowhere"], "latitude": ["x"]}},
    {"id": "v1", "schema": "Vessel", "properties": {"name": ["Sea Star"]}},
    {"id": "n1", "schema": "Person", "properties": {"alias": ["Nameless"]}},
]  # fmt: skip
STIX = {
    "type": "bundle",
    "id": "bundle--6f0e4f26-0c52-4b7b-8e66-0d3a0a2f0d11",
    "objects": [
        {"type": "threat-actor", "id": "threat-actor--1", "name": "Brigade of the Crimson Dawn",
         "aliases": ["Crimson Dawn"], "threat_actor_types": ["terrorist"]},
        {"type": "location", "id": "location--1", "name": "Kharvand", "latitude": 34.1, "longitude": 49.7,
         "country": "IR"},
        {"type": "location", "id": "location--2", "name": "Iran", "country": "IR"},
        {"type": "relationship", "id": "relationship--1", "relationship_type": "located-at",
         "source_ref": "threat-actor--1", "target_ref": "location--2"},
        {"type": "identity", "id": "identity--1", "name": "Some System", "identity_class": "system"},
    ],
}  # fmt: skip


@pytest.fixture
def extra_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "kb-extra"
    monkeypatch.setenv("WATCHFLOOR_KB_EXTRA", str(directory))
    clear_cache()
    yield directory
    monkeypatch.delenv("WATCHFLOOR_KB_EXTRA")
    clear_cache()


def test_ftm_and_stix_imports_are_validated_and_bad_records_named(tmp_path: Path, extra_dir: Path) -> None:
    ftm = tmp_path / "entities.ftm.json"
    ftm.write_text("".join(json.dumps(e) + "\n" for e in FTM) + "{not json\n")
    result = import_file(ftm, extra_dir)
    assert result.added == 2 and result.extended == 1  # IRGC is known: its new alias extends it
    text = "\n".join(result.problems)
    assert "line 4" in text and "latitude" in text
    assert "'Vessel' is not imported" in text and "line 6" in text and "line 7: not JSON" in text
    bundle = tmp_path / "bundle.json"
    bundle.write_text(json.dumps(STIX))
    second = import_file(bundle, extra_dir)
    assert second.added == 2
    assert any("'system' is not imported" in p for p in second.problems)
    people = yaml.safe_load((extra_dir / "people.yaml").read_text())["people"]
    assert people == [
        {"id": "import-zorvan-keshtgar", "name": "Zorvan Keshtgar", "aliases": ["Keshtgar"], "country": "IRN"}
    ]
    kb = load_kb()
    assert kb.lookup("QFAI")[0].name == "Qeshm Falcon Aviation Industries"
    assert kb.lookup("Sepah Guard Unit 7")[0].name == "Islamic Revolutionary Guard Corps"
    crimson = kb.lookup("Crimson Dawn")[0]
    assert crimson.name == "Brigade of the Crimson Dawn" and crimson.country == "IRN"
    kharvand = kb.place_variant("Kharvand")
    assert kharvand is not None and (kharvand.lat, kharvand.lon, kharvand.country) == (34.1, 49.7, "IRN")


def test_extraction_recognises_imported_names(tmp_path: Path, extra_dir: Path) -> None:
    ftm = tmp_path / "entities.ftm.json"
    ftm.write_text("".join(json.dumps(e) + "\n" for e in FTM[:2]))
    import_file(ftm, extra_dir)
    text = (
        "Kharvand Daily, May 2, 2024\n\nZorvan Keshtgar met executives of Qeshm Falcon Aviation Industries"
        " in Tehran on May 1, 2024. Keshtgar later toured a QFAI plant.\n"
    )
    document = Document(text=text, source="t.txt", name="t.txt", format="text", published="2024-05-02")
    (extraction,) = extract_documents([(document, analyse_layout(document.text))], 1)
    names = {e.name for e in extraction.entities}
    assert {"Zorvan Keshtgar", "Qeshm Falcon Aviation Industries"} <= names


def test_the_command_reports_and_a_failed_read_writes_nothing(tmp_path: Path, extra_dir: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(app, ["kb", "import", str(tmp_path / "none.json")])
    assert missing.exit_code == 2 and "none.json: cannot be read" in missing.output
    assert not extra_dir.exists()
    ftm = tmp_path / "e.json"
    ftm.write_text(json.dumps(FTM[0]) + "\n")
    ok = runner.invoke(app, ["kb", "import", str(ftm), "--into", str(extra_dir)])
    assert ok.exit_code == 0 and "1 entity added" in ok.output
