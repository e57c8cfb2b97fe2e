"""The seeds' gold places: resolved with the document's countries as context, at least 95% must
lie within 161 km of the gold point (or, for a country, carry the same ISO code)."""

from __future__ import annotations

import json
from pathlib import Path

from watchfloor.geo import Gazetteer, PlaceContext, distance_km

KM = 161.0
REQUIRED = 0.95


def gold_places(eval_dir: Path) -> list[tuple[str, dict[str, object], dict[str, float]]]:
    """(surface, gold place, context) for every name and mention of every gold place."""
    out: list[tuple[str, dict[str, object], dict[str, float]]] = []
    for path in sorted(eval_dir.glob("gold_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            doc = json.loads(line)
            places = doc.get("places") or []
            countries = {str(p["country"]): 1.0 for p in places if p.get("country")}
            for place in places:
                for surface in dict.fromkeys([place["name"], *(place.get("mentions") or [])]):
                    out.append((str(surface), place, countries))
    return out


def correct(gazetteer: Gazetteer, surface: str, gold: dict[str, object], countries: dict[str, float]) -> bool:
    place = gazetteer.resolve(surface, PlaceContext(countries=countries))
    if place is None:
        return False
    if gold["kind"] == "country" and place.country == gold["country"]:
        return True
    return distance_km(place.lat, place.lon, float(str(gold["lat"])), float(str(gold["lon"]))) <= KM


def test_gold_places(gazetteer: Gazetteer, eval_dir: Path) -> None:
    cases = gold_places(eval_dir)
    assert cases, "no gold places found"
    misses = [(s, g) for s, g, c in cases if not correct(gazetteer, s, g, c)]
    for surface, gold in misses:
        found = gazetteer.resolve(surface)
        where = f"{gold['kind']} {gold['country']} ({gold['lat']}, {gold['lon']})"
        print(f"miss: {surface!r} gold {where}; got {found}")
    accuracy = 1 - len(misses) / len(cases)
    print(f"gold places: {len(cases) - len(misses)}/{len(cases)} = {accuracy:.3f}")
    assert accuracy >= REQUIRED
