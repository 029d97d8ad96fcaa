"""Stage 3, index: frame codes of every original in a FAISS binary index, persisted atomically.

Each code's 64-bit FAISS id is ``original key << 32 | code number``, so a hit names its original
and frame without a lookup table, and an original's codes can be removed by id range.
Exact search (``IndexBinaryFlat`` in ``IndexBinaryIDMap2``) while the index is small; from
``APPROXIMATE_FROM`` codes on, an inverted-file index (``IndexBinaryIVF``, which carries ids itself)
trained on the indexed codes. ``benchmarks/bench_index.py`` measures both at 10 M codes.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from origin.hashers import PHash

CODE_BITS = 32
APPROXIMATE_FROM = 2_000_000   # exact search there answers ~500 query codes/s on one core


def ivf_shape(count: int) -> tuple[int, int]:
    """(nlist, nprobe) for ``count`` codes: ~4 sqrt(n) lists, 2 % of them probed."""
    nlist = max(16, int(4 * np.sqrt(count)))
    return nlist, max(16, nlist // 50)


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

    def _load(self):
        index = faiss.read_index_binary(str(self.path))
        if isinstance(index, faiss.IndexBinaryIVF):
            index.nprobe = ivf_shape(index.ntotal)[1]
        return index

    @property
    def approximate(self) -> bool:
        return isinstance(self.index, faiss.IndexBinaryIVF)

    @property
    def size(self) -> int:
        return self.index.ntotal

    def keys(self) -> set[int]:
        """Original keys present in the index (for reconciliation with the database)."""
        ids = self._ids()
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

    def _ids(self) -> np.ndarray:
        if not self.approximate:
            return faiss.vector_to_array(self.index.id_map)
        lists = self.index.invlists
        parts = [faiss.rev_swig_ptr(lists.get_ids(i), lists.list_size(i)).copy()
                 for i in range(self.index.nlist) if lists.list_size(i)]
        return np.concatenate(parts) if parts else np.zeros(0, np.int64)

    def optimise(self) -> bool:
        """Switch to the inverted-file index once the exact one has grown past its size."""
        if self.approximate or self.size < APPROXIMATE_FROM:
            return False
        flat = faiss.downcast_IndexBinary(self.index.index)
        codes = faiss.vector_to_array(flat.xb).reshape(-1, PHash.bits // 8)
        ids = faiss.vector_to_array(self.index.id_map)
        nlist, nprobe = ivf_shape(len(codes))
        ivf = faiss.IndexBinaryIVF(faiss.IndexBinaryFlat(PHash.bits), PHash.bits, nlist)
        sample = np.random.default_rng(0).choice(len(codes), min(len(codes), 50 * nlist),
                                                 replace=False)
        ivf.train(codes[np.sort(sample)])
        ivf.add_with_ids(codes, ids)
        ivf.nprobe = nprobe
        self.index = ivf
        return True

    def save(self) -> None:
        """Write to a temporary file and rename over the old one: readers never see half a file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        faiss.write_index_binary(self.index, str(temporary))
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)

