"""The annotated news stories of our own under training/ (`scripts/training_sets.py`): the
shipped sets are sound, and a set with a fault is refused with the file, line and field named."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def load_training_sets() -> ModuleType:
    spec = importlib.util.spec_from_file_location("training_sets", SCRIPTS / "training_sets.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_sets_are_sound_and_disjoint() -> None:
    sets = load_training_sets()
    for folder in (sets.TRAINED, sets.UNSEEN):
        assert sets.texts_of(folder), f"{folder}: no texts"
        assert sets.check_set(folder) == []
    trained = {p.read_text(encoding="utf-8") for p in sets.texts_of(sets.TRAINED)}
    assert not trained & {p.read_text(encoding="utf-8") for p in sets.texts_of(sets.UNSEEN)}


def story_set(folder: Path, events: list[dict[str, object]]) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Rebels seize town\n\nRebels seized the town on Monday.\n", encoding="utf-8"
    )
    record = {"doc": {"id": "a.txt", "published": "2024-01-02"}, "events": events}
    (folder / "gold.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return folder


def test_a_faulty_set_is_refused_naming_file_line_and_field(tmp_path: Path) -> None:
    sets = load_training_sets()
    good = {"type": "ASSAULT", "actor": "Rebels", "actor_country": "SYR", "recipient": None,
            "recipient_country": None, "date": "2024-01-01", "certainty": "asserted",
            "text": "Rebels seized the town on Monday."}  # fmt: skip
    assert sets.check_set(story_set(tmp_path / "good", [good])) == []
    bad = [
        {**good, "type": "ATTACK"},
        {**good, "text": "Rebels took the town."},
        {**good, "actor_country": "Syria", "date": "Monday", "certainty": "sure"},
    ]
    problems = sets.check_set(story_set(tmp_path / "bad", bad))
    where = f"{tmp_path / 'bad' / 'gold.jsonl'}:1: "
    assert problems == [
        where + "events[0].type: 'ATTACK' is not a PLOVER type",
        where + "events[1].text: not a sentence of the document",
        where + "events[2].actor_country: 'Syria' is not an ISO 3166 alpha-3 code or null",
        where + "events[2].date: 'Monday' is not YYYY, YYYY-MM or YYYY-MM-DD",
        where + "events[2].certainty: 'sure' is not one of "
        "['asserted', 'attributed', 'denied', 'likely', 'possible']",
    ]


def test_a_text_without_a_record_and_a_record_without_a_text_are_named(tmp_path: Path) -> None:
    sets = load_training_sets()
    folder = story_set(tmp_path / "s", [])
    (folder / "b.txt").write_text("Another story.\n", encoding="utf-8")
    with (folder / "gold.jsonl").open("a", encoding="utf-8") as out:
        out.write(json.dumps({"doc": {"id": "c.txt"}, "events": []}) + "\n")
    assert sets.check_set(folder) == [
        f"{folder / 'gold.jsonl'}:2: doc.id 'c.txt' names no text in {folder}",
        f"{folder / 'b.txt'}: no record in gold.jsonl",
    ]
    (folder / "gold.jsonl").unlink()
    assert sets.check_set(folder) == [f"{folder}: no gold.jsonl beside the texts"]
