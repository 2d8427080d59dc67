"""Dedupe: cleaned documents -> which ones repeat an earlier one (same article, maybe re-scraped).

Each document is reduced to its word 5-grams; a bottom-k sketch of their hashes finds
candidates through an inverted index (documents sharing sketch values), and only those
pairs get an exact Jaccard comparison. So thousands of articles are never compared all
against all.
"""
from __future__ import annotations

import heapq
import zlib
from collections import defaultdict

from .model import CleanDocument
from .textutil import words

SHINGLE = 5
SKETCH = 24
MIN_SHARED = SKETCH // 2  #: a near copy (Jaccard >= 0.8) shares about 0.8 * SKETCH; half is a safe floor
MAX_POSTING = 64
NEAR_DUPLICATE = 0.8  #: Jaccard of 5-gram sets at or above which two articles are the same article


def shingles(doc: CleanDocument) -> set[int]:
    tokens = [w for b in doc.blocks if b.kind != "heading" for w in words(b.text)]
    if len(tokens) < SHINGLE:
        return {zlib.crc32(" ".join(tokens).encode("utf-8"))}
    return {zlib.crc32(" ".join(tokens[i:i + SHINGLE]).encode("utf-8")) for i in range(len(tokens) - SHINGLE + 1)}


def sketch(shingle_set: set[int]) -> tuple[int, ...]:
    """The document's smallest shingle hashes: similar documents share most of them."""
    return tuple(heapq.nsmallest(SKETCH, shingle_set))


def find_duplicates(docs: list[CleanDocument], sketches: list[tuple[int, ...]] | None = None
                    ) -> dict[int, tuple[int, float]]:
    """index of a duplicate -> (index of the earlier document it repeats, similarity).

    sketches may be given when already computed (workers compute them per document); full
    shingle sets are then only built for the few pairs whose sketches agree.
    """
    cache: dict[int, set[int]] = {}

    def full(i: int) -> set[int]:
        if i not in cache:
            cache[i] = shingles(docs[i])
        return cache[i]

    if sketches is None:
        sketches = [sketch(full(i)) for i in range(len(docs))]
    index: dict[int, list[int]] = defaultdict(list)
    duplicates: dict[int, tuple[int, float]] = {}
    for i, values in enumerate(sketches):
        shared: dict[int, int] = defaultdict(int)
        for value in values:
            for j in index[value]:
                shared[j] += 1
        best, best_sim = -1, 0.0
        # Near copies share most of their sketch; articles that merely quote each other share a little.
        for j in sorted(j for j, n in shared.items() if n >= min(MIN_SHARED, len(values))):
            sim = len(full(i) & full(j)) / len(full(i) | full(j))
            if sim > best_sim:
                best, best_sim = j, sim
        if best >= 0 and best_sim >= NEAR_DUPLICATE:
            duplicates[i] = (best, best_sim)
            continue  # only originals go in the index, so a chain of copies points at the first
        for value in values:
            if len(index[value]) < MAX_POSTING:  # a value in that many articles finds nothing useful
                index[value].append(i)
    return duplicates
