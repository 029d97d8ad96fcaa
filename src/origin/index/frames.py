"""Stage 3, index: frame codes of every original in a FAISS binary index, persisted atomically.

Each code's 64-bit FAISS id is ``original key << 32 | code number``, so a hit names its original
and frame without a lookup table, and an original's codes can be removed by id range.
The codes are kept and saved in ``IndexBinaryIDMap(IndexBinaryFlat)``, searched exactly while
the index is small; from ``APPROXIMATE_FROM`` codes on, searches go through multi-index hashing
(``multihash.py``) built over the same codes when first needed. FAISS's own approximate binary
indexes (IVF, multi-hash, HNSW) were measured and left behind: ``benchmarks/bench_index.py``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from origin.video.hashers import PHash

CODE_BITS = 32
APPROXIMATE_FROM = 250_000   # exact search answers ~2 000 codes/s there, multihash ~30 000


@dataclass(frozen=True)
class FrameHits:
    """Near neighbours of query codes: row ``i`` holds the hits of query code ``i``."""

    distances: np.ndarray    # int32 [m, k]
    originals: np.ndarray    # int64 [m, k] original key, -1 where no hit
    codes: np.ndarray        # int64 [m, k] code number within that original


def make_ids(key: int, count: int) -> np.ndarray:
    return (np.int64(key) << CODE_BITS) + np.arange(count, dtype=np.int64)


def _stored_codes(index: faiss.IndexBinaryIDMap) -> np.ndarray:
    """A view of the codes held by the flat index under ``index``, one row per code."""
    flat = faiss.downcast_IndexBinary(index.index)
    return faiss.rev_swig_ptr(flat.xb.data(), index.ntotal * flat.code_size).reshape(
        index.ntotal, flat.code_size)


class FrameIndex:
    """A FAISS binary index of frame codes with its file in the workspace."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.index = self._load() if self.path.exists() else self._empty()
        self._multihash = None         # (MultiIndexHash, ids) over the current codes, built lazily

    @staticmethod
    def _empty() -> faiss.IndexBinaryIDMap:
        return faiss.IndexBinaryIDMap(faiss.IndexBinaryFlat(PHash.bits))

    def _load(self) -> faiss.IndexBinaryIDMap:
        index = faiss.read_index_binary(str(self.path))
        if type(index) is faiss.IndexBinaryIDMap:
            return index
        # Written by an older origin: IDMap2 (its id -> row hash map costs 40 bytes a code) or IVF.
        converted = self._empty()
        if isinstance(index, faiss.IndexBinaryIVF):
            lists = index.invlists
            for number in range(index.nlist):
                size = lists.list_size(number)
                if size:
                    codes = faiss.rev_swig_ptr(lists.get_codes(number), size * index.code_size)
                    ids = faiss.rev_swig_ptr(lists.get_ids(number), size)
                    converted.add_with_ids(codes.reshape(size, -1), ids)
        else:
            converted.add_with_ids(_stored_codes(index), faiss.vector_to_array(index.id_map))
        return converted

    @property
    def approximate(self) -> bool:
        return self.size >= APPROXIMATE_FROM

    @property
    def size(self) -> int:
        return self.index.ntotal

    def keys(self) -> set[int]:
        """Original keys present in the index (for reconciliation with the database)."""
        return set(np.unique(self._ids() >> CODE_BITS).tolist())

    def add(self, key: int, codes: np.ndarray) -> None:
        self.index.add_with_ids(np.ascontiguousarray(codes, dtype=np.uint8), make_ids(key, len(codes)))
        self._multihash = None

    def remove(self, keys: set[int]) -> None:
        for key in keys:
            low = int(key) << CODE_BITS
            self.index.remove_ids(faiss.IDSelectorRange(low, low + (1 << CODE_BITS)))
        self._multihash = None

    def search(self, codes: np.ndarray, k: int, radius: int) -> FrameHits:
        """The ``k`` nearest indexed codes within ``radius`` bits of each query code."""
        codes = np.ascontiguousarray(codes, dtype=np.uint8)
        if self.size == 0 or len(codes) == 0:
            empty = np.full((len(codes), 0), -1, dtype=np.int64)
            return FrameHits(empty.astype(np.int32), empty, empty)
        words, repeats = np.unique(codes.view("<u8").ravel(), return_inverse=True)
        distinct = words.view(np.uint8).reshape(-1, codes.shape[1])   # views repeat codes
        if self.approximate:
            distances, ids = self._approximate_search(distinct, k, radius)
        else:
            distances, ids = self.index.search(distinct, min(k, self.size))
            ids[distances > radius] = -1
        distances, ids = distances[repeats], ids[repeats]
        originals = np.where(ids >= 0, ids >> CODE_BITS, -1)
        return FrameHits(distances, originals, ids & ((1 << CODE_BITS) - 1))

    def _approximate_search(self, codes: np.ndarray, k: int, radius: int):
        if self._multihash is None:
            from origin.index.multihash import MultiIndexHash   # numba: imported only at this size
            self._multihash = MultiIndexHash(_stored_codes(self.index)), self._ids()
        multihash, ids = self._multihash
        distances, rows = multihash.search(codes, k, radius)
        return distances, np.where(rows >= 0, ids[rows], -1)

    def _ids(self) -> np.ndarray:
        """A view of the ids (valid until the next add or remove, which drop ``_multihash``)."""
        if self.size == 0:
            return np.zeros(0, np.int64)
        return faiss.rev_swig_ptr(self.index.id_map.data(), self.size)

    def save(self) -> None:
        """Write to a temporary file and rename over the old one: readers never see half a file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        faiss.write_index_binary(self.index, str(temporary))
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)
