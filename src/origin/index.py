"""Stage 3, index: frame codes of every original in a FAISS binary index, persisted atomically.

Each code's 64-bit FAISS id is ``original key << 32 | code number``, so a hit names its original
and frame without a lookup table, and an original's codes can be removed by id range.
Exact search (``IndexBinaryFlat``) wrapped in ``IndexBinaryIDMap2``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from origin.hashers import PHash

CODE_BITS = 32


@dataclass(frozen=True)
class FrameHits:
    """Near neighbours of query codes: row ``i`` holds the hits of query code ``i``."""

    distances: np.ndarray    # int32 [m, k]
    originals: np.ndarray    # int64 [m, k] original key, -1 where no hit
    codes: np.ndarray        # int64 [m, k] code number within that original


def make_ids(key: int, count: int) -> np.ndarray:
    return (np.int64(key) << CODE_BITS) + np.arange(count, dtype=np.int64)


class FrameIndex:
    """A FAISS binary index of frame codes with its file in the workspace."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.index = self._load() if self.path.exists() else self._empty()

    @staticmethod
    def _empty() -> faiss.IndexBinaryIDMap2:
        return faiss.IndexBinaryIDMap2(faiss.IndexBinaryFlat(PHash.bits))

    def _load(self) -> faiss.IndexBinaryIDMap2:
        return faiss.read_index_binary(str(self.path))

    @property
    def size(self) -> int:
        return self.index.ntotal

    def keys(self) -> set[int]:
        """Original keys present in the index (for reconciliation with the database)."""
        ids = faiss.vector_to_array(self.index.id_map)
        return set(np.unique(ids >> CODE_BITS).tolist())

    def add(self, key: int, codes: np.ndarray) -> None:
        self.index.add_with_ids(np.ascontiguousarray(codes, dtype=np.uint8), make_ids(key, len(codes)))

    def remove(self, keys: set[int]) -> None:
        for key in keys:
            low = int(key) << CODE_BITS
            self.index.remove_ids(faiss.IDSelectorRange(low, low + (1 << CODE_BITS)))

    def search(self, codes: np.ndarray, k: int) -> FrameHits:
        if self.size == 0 or len(codes) == 0:
            empty = np.full((len(codes), 0), -1, dtype=np.int64)
            return FrameHits(empty.astype(np.int32), empty, empty)
        distances, ids = self.index.search(np.ascontiguousarray(codes, dtype=np.uint8),
                                           min(k, self.size))
        originals = np.where(ids >= 0, ids >> CODE_BITS, -1)
        return FrameHits(distances, originals, ids & ((1 << CODE_BITS) - 1))

    def save(self) -> None:
        """Write to a temporary file and rename over the old one: readers never see half a file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        faiss.write_index_binary(self.index, str(temporary))
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)

