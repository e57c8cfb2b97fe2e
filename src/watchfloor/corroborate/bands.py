"""MinHash LSH bands kept in the store, so finding a paragraph's near-duplicate candidates is an
indexed look-up whose cost does not grow with the store (no index held in memory, nothing loaded
when a process starts).

A signature's 128 values are cut into `BANDS` bands of `ROWS` values, the split datasketch's
`MinHashLSH` picks for the same threshold; two paragraphs are candidates when one band of theirs
is identical, as in datasketch. Each band is kept as a 64-bit hash in `paragraph_bands`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import numpy as np
from datasketch import LeanMinHash  # type: ignore[import-untyped]

from watchfloor.store.db import Connection

BANDS, ROWS = 14, 9  # MinHashLSH(threshold=0.7, num_perm=128).b and .r


def band_hashes(hashvalues: np.ndarray) -> list[tuple[int, int]]:
    """(band, hash) of each band of a signature's values."""
    values = np.asarray(hashvalues, dtype=np.uint32)
    found = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8).digest()
        found.append((band, int.from_bytes(digest, "little", signed=True)))
    return found


def band_rows(passage_id: int, minhash: LeanMinHash) -> list[tuple[int, int, int]]:
    return [(band, value, passage_id) for band, value in band_hashes(minhash.hashvalues)]


def store_bands(conn: Connection, signatures: Iterable[tuple[int, LeanMinHash]]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO paragraph_bands (band, hash, passage_id) VALUES (?, ?, ?)",
        [row for passage_id, minhash in signatures for row in band_rows(passage_id, minhash)],
    )


def candidates(conn: Connection, minhash: LeanMinHash) -> set[int]:
    """Passages sharing at least one band with the signature."""
    found: set[int] = set()
    for band, value in band_hashes(minhash.hashvalues):
        found.update(
            int(r[0])
            for r in conn.execute(
                "SELECT passage_id FROM paragraph_bands WHERE band = ? AND hash = ?", (band, value)
            )
        )
    return found


def backfill(conn: Connection) -> None:
    """Bands for signatures stored before the bands table existed (once; the caller's transaction)."""
    if conn.execute("SELECT 1 FROM paragraph_bands LIMIT 1").fetchone() is not None:
        return
    from watchfloor.corroborate.shingles import from_blob

    rows = conn.execute("SELECT passage_id, signature FROM paragraph_signatures").fetchall()
    store_bands(conn, ((int(pid), from_blob(blob)) for pid, blob in rows))
