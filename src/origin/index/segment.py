"""Stage 3, index: one immutable segment of a shard, the codes of some originals and their search.

A segment is a folder written once and never changed: ``codes.faissb`` (a FAISS
``IndexBinaryFlat``, each original's codes contiguous, originals in key order), ``keys.npy`` and
``starts.npy`` (original ``keys[i]`` owns rows ``starts[i]:starts[i + 1]``). It opens by
memory-mapping (FAISS's ``IO_FLAG_MMAP_IFC``, ``numpy.load(mmap_mode="r")``), so opening costs
no reading and several processes on a machine share its pages. A hit names its original and
code number from its row through ``starts``: no id is stored per code.
"""
from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import faiss
import numpy as np

from origin.errors import OriginError
from origin.index.hits import MISSING, FrameHits
from origin.video.hashers import PHash

CODE_BYTES = PHash.bits // 8
APPROXIMATE_FROM = 250_000   # codes; exact search answers ~2 000 codes/s there, multihash ~30 000
CODES_FILE, KEYS_FILE, STARTS_FILE = "codes.faissb", "keys.npy", "starts.npy"


class SegmentUnreadable(OriginError):
    """A segment's files are missing, truncated or inconsistent."""


def store_codes(store: faiss.IndexBinaryFlat) -> np.ndarray:
    """A read-only view of the codes a FAISS flat index holds (owned or memory-mapped)."""
    if store.ntotal == 0:
        return np.zeros((0, CODE_BYTES), np.uint8)
    view = faiss.rev_swig_ptr(store.xb.data(), store.ntotal * store.code_size)
    view = view.reshape(store.ntotal, store.code_size)
    view.flags.writeable = False
    return view


@dataclass(eq=False)
class Segment:
    """The codes of some originals, each original's codes contiguous, and their search."""

    keys: np.ndarray                 # int64 [originals], ascending
    starts: np.ndarray               # int64 [originals + 1]
    store: faiss.IndexBinaryFlat     # the codes, in ``keys`` order
    folder: Path | None = None       # where it is saved; None while only in memory
    _multihash: object = field(default=None, repr=False)

    @classmethod
    def build(cls, originals: Iterable[tuple[int, np.ndarray]]) -> "Segment":
        """A segment in memory from ``(key, codes uint8 [n, 8])`` pairs (any order)."""
        originals = sorted(originals, key=lambda pair: pair[0])
        keys = np.array([key for key, _ in originals], np.int64)
        if len(np.unique(keys)) != len(keys):
            raise ValueError("an original appears twice in one segment")
        counts = np.array([len(codes) for _, codes in originals], np.int64)
        starts = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        store = faiss.IndexBinaryFlat(PHash.bits)
        if len(originals):
            store.add(np.ascontiguousarray(
                np.concatenate([codes for _, codes in originals]), dtype=np.uint8))
        return cls(keys, starts, store)

    @classmethod
    def open(cls, folder: Path) -> "Segment":
        """Memory-map a saved segment; raises ``SegmentUnreadable`` naming what is wrong."""
        folder = Path(folder)
        try:
            keys = np.load(folder / KEYS_FILE, mmap_mode="r")
            starts = np.load(folder / STARTS_FILE, mmap_mode="r")
            store = faiss.read_index_binary(str(folder / CODES_FILE), faiss.IO_FLAG_MMAP_IFC)
        except (OSError, ValueError, RuntimeError) as error:
            reason = "missing" if isinstance(error, FileNotFoundError) else "unreadable"
            raise SegmentUnreadable(f"{folder}: segment {reason} "
                                    f"({str(error).splitlines()[0][:200]})") from None
        if type(store) is not faiss.IndexBinaryFlat or store.d != PHash.bits:
            raise SegmentUnreadable(f"{folder}: {CODES_FILE} is not a {PHash.bits}-bit flat index")
        if (len(starts) != len(keys) + 1 or (len(keys) and starts[-1] != store.ntotal)
                or (len(keys) > 1 and not (np.diff(keys) > 0).all())):
            raise SegmentUnreadable(f"{folder}: keys, starts and codes do not agree")
        return cls(keys, starts, store, folder)

    def write(self, folder: Path) -> None:
        """Write every file into a temporary folder, flush it, then rename it into place:
        a segment folder either exists whole or not at all."""
        folder = Path(folder)
        temporary = folder.with_name(f".{folder.name}.{uuid.uuid4().hex[:8]}.tmp")
        temporary.mkdir(parents=True)
        try:
            faiss.write_index_binary(self.store, str(temporary / CODES_FILE))
            np.save(temporary / KEYS_FILE, np.asarray(self.keys))
            np.save(temporary / STARTS_FILE, np.asarray(self.starts))
            for name in (CODES_FILE, KEYS_FILE, STARTS_FILE):
                fsync_path(temporary / name)
            os.replace(temporary, folder)
            fsync_path(folder.parent)
        except BaseException:
            shutil.rmtree(temporary, ignore_errors=True)
            raise
        self.folder = folder

    @property
    def size(self) -> int:
        return int(self.store.ntotal)

    @property
    def codes(self) -> np.ndarray:
        """uint8 [size, 8], a view of the store."""
        return store_codes(self.store)

    @property
    def file_bytes(self) -> int:
        if self.folder is None:
            return self.size * CODE_BYTES + self.keys.nbytes + self.starts.nbytes
        return sum((self.folder / name).stat().st_size
                   for name in (CODES_FILE, KEYS_FILE, STARTS_FILE))

    def originals(self, keep: np.ndarray | None = None) -> list[tuple[int, np.ndarray]]:
        """``(key, codes)`` of every original (or those where ``keep`` is true), views."""
        codes = self.codes
        chosen = range(len(self.keys)) if keep is None else np.flatnonzero(keep)
        return [(int(self.keys[i]), codes[self.starts[i]:self.starts[i + 1]]) for i in chosen]

    def search(self, queries: np.ndarray, k: int, radius: int) -> FrameHits:
        """The ``k`` nearest codes within ``radius`` bits of each (distinct) query code."""
        if self.size == 0 or len(queries) == 0:
            return FrameHits.empty(len(queries))
        if self.size >= APPROXIMATE_FROM:
            if self._multihash is None:
                from origin.index.multihash import MultiIndexHash   # numba: only at this size
                self._multihash = MultiIndexHash(self.codes)
            distances, rows = self._multihash.search(queries, k, radius)
        else:
            distances, rows = self.store.search(queries, min(k, self.size))
            rows[distances > radius] = MISSING
        return self._hits(distances, rows)

    def _hits(self, distances: np.ndarray, rows: np.ndarray) -> FrameHits:
        found = rows >= 0
        ordinals = np.searchsorted(self.starts, np.where(found, rows, 0), side="right") - 1
        originals = np.where(found, np.asarray(self.keys)[ordinals], MISSING)
        codes = np.where(found, rows - np.asarray(self.starts)[ordinals], MISSING)
        return FrameHits(distances.astype(np.int32), originals, codes)


def fsync_path(path: Path) -> None:
    """Flush a file or a folder's entries to disk (a rename is durable once its folder is)."""
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
