"""Seed tables: multi-index hashing (Norouzi, Punjani & Fleet, CVPR 2012) that finds a few close
codes per query, the seeds that nominate originals for a full comparison (``segment.py``).

Each 64-bit code is split into four 16-bit words and filed in four tables, one per word, in
bucket order (a bucket is one contiguous run, found through dense offsets). A query probes, in
each table, the buckets within ``KEY_FLIPS`` bit of its own word; an entry holds the code's row
(24 bits) and the next word of the code (16 bits) as a filter, so most entries are rejected
without touching the code itself; the few that pass are compared in full and kept within
``SEED_RADIUS`` bits. Five bytes an entry, 20 bytes a code for the four tables.

Why seeds, not every neighbour: a copy shows many frames, so finding some of them closely is
enough to nominate its original, whose own codes are then compared in full. Close seeds are rare
by chance (of 100 M random codes about 0.0005 lie within 6 bits of a query, one within 10 and 23
within 12, against ~350 within 14), and seeds at two codes of one original rarer still, so the
originals nominated stay nearly flat as the catalogue grows, where searching every code out to
14 bits grew with it. The lookup itself still reads more entries as segments fill (a 16-bit
bucket of a full segment holds ~256). FAISS's ``IndexBinaryMultiHash`` holds hash
maps of full ids (far more than five bytes an entry) and answers 12-40 queries/s at 10 M codes;
the lookup here (``kernels.py``) is compiled by numba and reads memory-mapped tables.
"""
from __future__ import annotations

from itertools import combinations
from pathlib import Path

import numpy as np

WORD_BITS = 16
TABLES = 64 // WORD_BITS
KEY_FLIPS = 1            # bits probed around each key word: 17 buckets a table
FILTER_FLIPS = 3         # most bits the next word may differ by (1 % of random entries pass)
SEED_RADIUS = 12         # bits of 64: seeds this close nominate at two rows of an original,
STRONG_SEED_RADIUS = 6   # seeds this close alone (of 100 M random codes, 0.0005 a query code)
MAX_ROWS = 1 << 24       # rows are stored in 24 bits: segments stay below this many codes
FILES = ("seed_offsets", "seed_rows_low", "seed_rows_high", "seed_filters")


def result_arrays(queries: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    return np.full((queries, k), 65, np.int32), np.full((queries, k), -1, np.int64)


class SeedTables:
    """The four tables over one segment's codes (built once, then memory-mapped)."""

    probes = np.array([sum(1 << bit for bit in flipped) for count in range(KEY_FLIPS + 1)
                       for flipped in combinations(range(WORD_BITS), count)], np.uint64)

    def __init__(self, offsets: np.ndarray, rows_low: np.ndarray, rows_high: np.ndarray,
                 filters: np.ndarray):
        self.offsets, self.rows_low, self.rows_high, self.filters = (
            offsets, rows_low, rows_high, filters)

    @classmethod
    def build(cls, codes: np.ndarray) -> "SeedTables":
        """Tables over ``codes`` uint8 [n, 8] (n < ``MAX_ROWS``); a counting sort per table."""
        words = np.ascontiguousarray(codes, dtype=np.uint8).view("<u8").ravel()
        if len(words) >= MAX_ROWS:
            raise ValueError(f"a segment holds fewer than {MAX_ROWS} codes")
        offsets = np.zeros((TABLES, (1 << WORD_BITS) + 1), np.uint32)
        rows_low = np.empty((TABLES, len(words)), np.uint16)
        rows_high = np.empty((TABLES, len(words)), np.uint8)
        filters = np.empty((TABLES, len(words)), np.uint16)
        for t in range(TABLES):
            keys = ((words >> np.uint64(WORD_BITS * t)) & np.uint64(0xFFFF)).astype(np.uint16)
            order = np.argsort(keys, kind="stable")          # radix sort for 16-bit keys
            np.cumsum(np.bincount(keys, minlength=1 << WORD_BITS), out=offsets[t, 1:])
            rows_low[t] = order & 0xFFFF
            rows_high[t] = order >> 16
            filters[t] = (words[order] >> np.uint64(WORD_BITS * ((t + 1) % TABLES))) & np.uint64(0xFFFF)
        return cls(offsets, rows_low, rows_high, filters)

    @classmethod
    def open(cls, folder: Path) -> "SeedTables":
        return cls(*(np.load(Path(folder) / f"{name}.npy", mmap_mode="r") for name in FILES))

    def save(self, folder: Path) -> list[Path]:
        paths = [Path(folder) / f"{name}.npy" for name in FILES]
        for path, array in zip(paths, (self.offsets, self.rows_low, self.rows_high, self.filters)):
            np.save(path, array)
        return paths

    @property
    def nbytes(self) -> int:
        return sum(array.nbytes for array in (self.offsets, self.rows_low, self.rows_high, self.filters))

    def seeds(self, queries: np.ndarray, codes: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(distances int32, rows int64) [m, k] of the nearest seeds of each query word
        (``queries`` uint64 [m]; ``codes`` uint64 [n], the segment's codes); row -1 past them."""
        from origin.index.kernels import seeds     # numba: imported when first searched

        distances, found = result_arrays(len(queries), k)
        seeds(queries, codes, self.offsets, self.rows_low, self.rows_high, self.filters,
               self.probes, KEY_FLIPS, FILTER_FLIPS, SEED_RADIUS, distances, found)
        return distances, found
