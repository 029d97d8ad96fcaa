"""Stage 3, index: one immutable segment of a shard, the codes of some originals and their search.

A segment is a folder written once and never changed: ``codes.faissb`` (a FAISS
``IndexBinaryFlat``, each original's codes contiguous, originals in key order), ``keys.npy`` and
``starts.npy`` (original ``keys[i]`` owns rows ``starts[i]:starts[i + 1]``), and from
``EXACT_BELOW`` codes on the seed tables (``multihash.py``). It opens by memory-mapping (FAISS's
``IO_FLAG_MMAP_IFC``, ``numpy.load(mmap_mode="r")``), so opening costs no reading and several
processes on a machine share its pages. A hit names its original and code number from its row
through ``starts``: no id is stored per code. All in, a code costs 8 bytes of FAISS store and
20 of seed tables.

Search is seed-and-verify: the seed tables find a few close codes per query code; an original
is nominated by one seed within ``STRONG_SEED_RADIUS`` bits or by seeds of two query codes
within ``SEED_RADIUS``, and every nominated original's codes are then compared with every query
code in full (exactly, within the caller's radius). Small segments skip the seeds and compare
all.
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
from origin.index.multihash import (FILES as TABLE_FILES, MAX_ROWS, STRONG_SEED_RADIUS,
                                    SeedTables, result_arrays)
from origin.video.hashers import PHash

CODE_BYTES = PHash.bits // 8
EXACT_BELOW = 1 << 16        # codes: below, every original is compared in full (~5 ms an upload)
MAX_CODES = MAX_ROWS - 1     # a segment's rows fit the seed tables' 24 bits
SEEDS_PER_CODE = 32          # nearest seeds kept per query code
WEAK_SEEDS_NEEDED = 2        # query codes whose seeds beyond STRONG_SEED_RADIUS must agree
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
    tables: SeedTables | None = field(default=None, repr=False)    # built or opened lazily

    @classmethod
    def build(cls, originals: Iterable[tuple[int, np.ndarray]]) -> "Segment":
        """A segment in memory from ``(key, codes uint8 [n, 8])`` pairs (any order)."""
        originals = sorted(originals, key=lambda pair: pair[0])
        keys = np.array([key for key, _ in originals], np.int64)
        if len(np.unique(keys)) != len(keys):
            raise ValueError("an original appears twice in one segment")
        counts = np.array([len(codes) for _, codes in originals], np.int64)
        if counts.sum() > MAX_CODES:
            raise ValueError(f"a segment holds at most {MAX_CODES} codes (use build_many)")
        starts = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        store = faiss.IndexBinaryFlat(PHash.bits)
        if len(originals):
            store.add(np.ascontiguousarray(
                np.concatenate([codes for _, codes in originals]), dtype=np.uint8))
        return cls(keys, starts, store)

    @classmethod
    def build_many(cls, originals: Iterable[tuple[int, np.ndarray]]) -> list["Segment"]:
        """Segments of at most ``MAX_CODES`` codes from ``(key, codes)`` pairs, in key order."""
        segments, batch, size = [], [], 0
        for key, codes in sorted(originals, key=lambda pair: pair[0]):
            if batch and size + len(codes) > MAX_CODES:
                segments.append(cls.build(batch))
                batch, size = [], 0
            batch.append((key, codes))
            size += len(codes)
        return segments + ([cls.build(batch)] if batch else [])

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
        tables = SeedTables.open(folder) if (folder / f"{TABLE_FILES[0]}.npy").exists() else None
        return cls(keys, starts, store, folder, tables)

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
            written = [temporary / name for name in (CODES_FILE, KEYS_FILE, STARTS_FILE)]
            if self.searched_by_seeds:
                written += self.seed_tables().save(temporary)
            for path in written:
                fsync_path(path)
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
    def searched_by_seeds(self) -> bool:
        return self.size >= EXACT_BELOW

    def seed_tables(self) -> SeedTables:
        if self.tables is None:
            self.tables = SeedTables.build(self.codes)
        return self.tables

    @property
    def file_bytes(self) -> int:
        """Bytes on disk, which is also what the segment occupies in memory once fully paged."""
        if self.folder is None:
            tables = self.tables.nbytes if self.tables is not None else 0
            return self.size * CODE_BYTES + self.keys.nbytes + self.starts.nbytes + tables
        return sum(path.stat().st_size for path in self.folder.iterdir())

    def originals(self, keep: np.ndarray | None = None) -> list[tuple[int, np.ndarray]]:
        """``(key, codes)`` of every original (or those where ``keep`` is true), views."""
        codes = self.codes
        chosen = range(len(self.keys)) if keep is None else np.flatnonzero(keep)
        return [(int(self.keys[i]), codes[self.starts[i]:self.starts[i + 1]]) for i in chosen]

    def search(self, queries: np.ndarray, k: int, radius: int) -> FrameHits:
        """The ``k`` nearest codes within ``radius`` bits of each (distinct) query code, among
        the originals that seeds nominate (all of them in a small segment); ties by lower
        original key, then lower code number."""
        if self.size == 0 or len(queries) == 0:
            return FrameHits.empty(len(queries))
        from origin.index.kernels import nearest     # numba: imported when first searched

        words = np.ascontiguousarray(queries, dtype=np.uint8).view("<u8").ravel()
        codes = self.codes.view("<u8").ravel()
        starts = np.asarray(self.starts)
        if self.searched_by_seeds:
            nominated = self._nominated(words, codes)
            begin, end = starts[nominated], starts[nominated + 1]
        else:
            begin, end = starts[:1], starts[-1:]
        distances, rows = result_arrays(len(words), k)
        nearest(words, codes, begin, end, radius, distances, rows)
        return self._hits(distances, rows)

    def _nominated(self, words: np.ndarray, codes: np.ndarray) -> np.ndarray:
        """Ordinals of the originals the seeds of these query words nominate."""
        distances, rows = self.seed_tables().seeds(words, codes, SEEDS_PER_CODE)
        queries = np.nonzero(rows >= 0)[0]
        distances, rows = distances[rows >= 0], rows[rows >= 0]
        ordinals = np.searchsorted(np.asarray(self.starts), rows, side="right") - 1
        strong = np.unique(ordinals[distances <= STRONG_SEED_RADIUS])
        pairs = np.unique(np.stack([ordinals, queries]), axis=1)       # (original, query code)
        weak, counts = np.unique(pairs[0], return_counts=True)
        return np.union1d(strong, weak[counts >= WEAK_SEEDS_NEEDED])

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
