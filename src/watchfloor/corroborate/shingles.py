"""Normalised word 3-shingles and their MinHash signatures, as stored (a blob of 32-bit values)."""

from __future__ import annotations

import re
import unicodedata

import numpy as np
from datasketch import LeanMinHash, MinHash  # type: ignore[import-untyped]

NUM_PERM = 128  # permutations per signature
SEED = 1
SCHEME = "affine32"  # datasketch 2's default: one uint32 per permutation, 512 bytes a signature
THRESHOLD = 0.7  # estimated Jaccard of the shingle sets above which two paragraphs are near-duplicates
MIN_WORDS = 12  # shorter paragraphs (headings, datelines, sign-offs) are ignored
SHINGLE = 3  # words per shingle

_MARKER = re.compile(r"\[\s*\d+(?:\s*[,–-]\s*\d+)*\s*\]")  # note markers: [1], [2, 3], [4-6]
_WORD = re.compile(r"\w+")

_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def words(text: str) -> list[str]:
    """The words of a text, folded: note markers dropped, case and diacritics folded."""
    text = unicodedata.normalize("NFKD", _MARKER.sub(" ", text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _WORD.findall(text.casefold())


def shingles(text: str) -> set[str]:
    """The word 3-shingles of a normalised text (its words alone when it has fewer than three)."""
    folded = words(text)
    if len(folded) < SHINGLE:
        return {" ".join(folded)} if folded else set()
    return {" ".join(folded[i : i + SHINGLE]) for i in range(len(folded) - SHINGLE + 1)}


def long_enough(text: str) -> bool:
    return len(words(text)) >= MIN_WORDS


def signature(text: str) -> LeanMinHash:
    """The MinHash of a text's shingles (the permutations are made once and shared)."""
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_PERMUTATIONS)
    minhash.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    return LeanMinHash(minhash)


def to_blob(minhash: LeanMinHash) -> bytes:
    return bytes(np.asarray(minhash.hashvalues, dtype=np.uint32).tobytes())


def from_blob(blob: bytes) -> LeanMinHash:
    values = np.frombuffer(blob, dtype=np.uint32).copy()
    return LeanMinHash(seed=SEED, hashvalues=values, scheme=SCHEME)


def similarity(a: LeanMinHash, b: LeanMinHash) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(a.jaccard(b))


def jaccard(a: str, b: str) -> float:
    """Exact Jaccard similarity of two short texts' shingle sets (for sentences)."""
    sa, sb = shingles(a), shingles(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)
