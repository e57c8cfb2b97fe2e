"""The gazetteer's index kept on disk as one SQLite file, read by indexed queries.

Opening it reads only the few hundred states, notable cities and acronyms; a name's entries and
a place's row are read when a lookup needs them (and each place is kept once read), so a new
process starts in milliseconds instead of unpickling 171,000 places and 600,000 keys (about a
second). The tables keep each key's entries in the order the build indexed them, so lookups give
exactly what the in-memory index (index.py) gives.

The file is written once (../cache.py names it and renames it into place) and then only read, so it
is opened read-only and immutable. A process that forks (extraction workers) opens its own
connection, as does each thread.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from watchfloor.geo.build import BuiltIndex
from watchfloor.geo.index import NameLookup
from watchfloor.geo.place import Place

FORMAT = "watchfloor-gazetteer-sqlite/1"
SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    number INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, lat REAL NOT NULL,
    lon REAL NOT NULL, country TEXT, gazetteer_id TEXT NOT NULL, population INTEGER NOT NULL,
    base REAL NOT NULL);
CREATE TABLE exact (key TEXT, pos INTEGER, entry INTEGER, PRIMARY KEY (key, pos)) WITHOUT ROWID;
CREATE TABLE bare (key TEXT, pos INTEGER, entry INTEGER, PRIMARY KEY (key, pos)) WITHOUT ROWID;
CREATE TABLE skeleton (
    bones TEXT, pos INTEGER, entry INTEGER, squeezed TEXT, PRIMARY KEY (bones, pos)) WITHOUT ROWID;
CREATE TABLE acronyms (key TEXT, number INTEGER);
CREATE TABLE states (iso3 TEXT PRIMARY KEY, number INTEGER NOT NULL);
CREATE TABLE notable (number INTEGER PRIMARY KEY);
"""
PLACE_COLUMNS = "name, kind, lat, lon, country, gazetteer_id, population, base"
HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class StoredGazetteer:
    """What the gazetteer keeps, read from the file: the index, the states, the notable cities."""

    index: StoredIndex
    states: dict[str, Place]
    notable: frozenset[int]


def write_index(built: BuiltIndex, path: Path) -> None:
    """Write a built index to a new SQLite file at `path` (raises OSError or sqlite3.Error)."""
    index = built.index
    conn = sqlite3.connect(path)
    try:
        conn.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + SCHEMA)
        exact, bare, skeleton = index.tables()
        conn.executemany(
            "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ((n, *_place_row(p), index.base[n]) for n, p in enumerate(index.places)),
        )
        conn.executemany("INSERT INTO exact VALUES (?, ?, ?)", _rows(exact))
        conn.executemany("INSERT INTO bare VALUES (?, ?, ?)", _rows(bare))
        conn.executemany(
            "INSERT INTO skeleton VALUES (?, ?, ?, ?)",
            ((bones, pos, entry, other) for bones in sorted(skeleton)
             for pos, (entry, other) in enumerate(skeleton[bones])),
        )  # fmt: skip
        conn.executemany("INSERT INTO acronyms VALUES (?, ?)", sorted(index.acronyms()))
        numbers = {id(p): n for n, p in enumerate(index.places)}  # a state's place is in the index
        states = ((iso3, numbers[id(place)]) for iso3, place in built.states.items())
        conn.executemany("INSERT INTO states VALUES (?, ?)", states)
        conn.executemany("INSERT INTO notable VALUES (?)", ((n,) for n in sorted(built.notable)))
        conn.executemany(
            "INSERT INTO meta VALUES (?, ?)", (("format", FORMAT), ("places", str(len(index.places))))
        )
        conn.commit()
    finally:
        conn.close()


def open_index(path: Path) -> StoredGazetteer | None:
    """The index in the file at `path`, or None when the file is missing, cut short, of another
    format or otherwise unreadable (the caller builds the index again)."""
    try:
        if not _whole(path):
            return None
        index = StoredIndex(path)
        conn = index.connection()
        meta = dict(conn.execute("SELECT name, value FROM meta").fetchall())
        if meta.get("format") != FORMAT or meta.get("places") != str(len(index)):
            return None
        states = {
            iso3: index.places[number] for iso3, number in conn.execute("SELECT iso3, number FROM states")
        }
        notable = frozenset(n for (n,) in conn.execute("SELECT number FROM notable"))
        return StoredGazetteer(index, states, notable)
    except (OSError, sqlite3.Error, ValueError, KeyError):
        return None


class StoredIndex(NameLookup):
    """An index read from its SQLite file (see NameLookup for the lookups)."""

    def __init__(self, path: Path) -> None:
        self._uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        self._local = threading.local()
        conn = self.connection()
        self._size: int = conn.execute("SELECT coalesce(max(number) + 1, 0) FROM places").fetchone()[0]
        self._acronyms = {(k, n) for k, n in conn.execute("SELECT key, number FROM acronyms")}
        self.places = PlaceRows(self)
        self.base = BaseRows(self)
        self._rows: dict[int, tuple[Place, float]] = {}  # places read so far

    def __len__(self) -> int:
        return self._size

    def connection(self) -> sqlite3.Connection:
        """This thread's connection, opened again in a forked process (a connection must not
        cross a fork)."""
        local = self._local
        if getattr(local, "pid", None) != os.getpid():
            local.conn = sqlite3.connect(self._uri, uri=True, check_same_thread=False)
            local.pid = os.getpid()
        conn: sqlite3.Connection = local.conn
        return conn

    def exact_entries(self, key: str) -> Sequence[int]:
        return self._entries("SELECT entry FROM exact WHERE key = ? ORDER BY pos", key)

    def bare_entries(self, key: str) -> Sequence[int]:
        return self._entries("SELECT entry FROM bare WHERE key = ? ORDER BY pos", key)

    def skeleton_entries(self, bones: str) -> Sequence[tuple[int, str]]:
        query = "SELECT entry, squeezed FROM skeleton WHERE bones = ? ORDER BY pos"
        return [(entry, other) for entry, other in self.connection().execute(query, (bones,))]

    def row(self, number: int) -> tuple[Place, float]:
        """Place `number` and its base score, read once."""
        found = self._rows.get(number)
        if found is None:
            if not 0 <= number < self._size:
                raise IndexError(number)
            query = f"SELECT {PLACE_COLUMNS} FROM places WHERE number = ?"
            name, kind, lat, lon, country, ident, population, base = (
                self.connection().execute(query, (number,)).fetchone()
            )
            found = self._rows[number] = (Place(name, kind, lat, lon, country, ident, population), base)
        return found

    def _entries(self, query: str, key: str) -> list[int]:
        return [entry for (entry,) in self.connection().execute(query, (key,))]


class PlaceRows:
    """`index.places[number]`, read on demand."""

    def __init__(self, index: StoredIndex) -> None:
        self._index = index

    def __getitem__(self, number: int, /) -> Place:
        return self._index.row(number)[0]

    def __len__(self) -> int:
        return len(self._index)


class BaseRows:
    """`index.base[number]`, read on demand."""

    def __init__(self, index: StoredIndex) -> None:
        self._index = index

    def __getitem__(self, number: int, /) -> float:
        return self._index.row(number)[1]

    def __len__(self) -> int:
        return len(self._index)


def _place_row(place: Place) -> tuple[Any, ...]:
    return (place.name, place.kind, place.lat, place.lon, place.country, place.gazetteer_id, place.population)


def _rows(table: dict[str, list[int]]) -> Iterator[tuple[str, int, int]]:
    for key in sorted(table):
        for pos, entry in enumerate(table[key]):
            yield key, pos, entry


def _whole(path: Path) -> bool:
    """Whether the file is an SQLite database as long as its header says (not cut short)."""
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(HEADER):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    return pages > 0 and page_size * pages == path.stat().st_size
