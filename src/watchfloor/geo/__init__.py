"""Geoparsing: from a place name in a report to a point, a kind and a state.

```python
from watchfloor.geo import PlaceContext, find_qualifier, load_gazetteer

gazetteer = load_gazetteer()
gazetteer.resolve("Deir al-Zour")  # Deir ez-Zor, SYR
gazetteer.resolve("Tripoli", PlaceContext(countries={"LBN": 2}))  # Tripoli, Lebanon
find_qualifier("drones built in Gomel, Belarus.", 22)  # "BLR"
```
"""

from __future__ import annotations

from watchfloor.geo.gazetteer import Gazetteer, find_qualifier, load_gazetteer
from watchfloor.geo.place import Place, PlaceContext, PlaceKind, distance_km
from watchfloor.geo.regions import REGIONS_FILE, Region, RegionEntry, load_regions, read_regions

__all__ = [
    "REGIONS_FILE",
    "Gazetteer",
    "Place",
    "PlaceContext",
    "PlaceKind",
    "Region",
    "RegionEntry",
    "distance_km",
    "find_qualifier",
    "load_gazetteer",
    "load_regions",
    "read_regions",
]
