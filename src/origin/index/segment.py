"""Stage 3, index: one immutable segment of a shard, the codes of some originals and their search.

A segment is a folder written once and never changed: ``codes.faissb`` (a FAISS
``IndexBinaryFlat``, each original's codes contiguous, originals in key order), ``keys.npy`` and
``starts.npy`` (original ``keys[i]`` owns rows ``starts[i]:starts[i + 1]``), and from
``EXACT_BELOW`` codes on the seed tables (``multihash.py``). It opens by memory-mapping
(``numpy.memmap``, ``numpy.load(mmap_mode="r")``), so opening costs no reading and several
processes on a machine share its pages.

The codes file keeps FAISS's layout (``FLAT_HEADER``, then the codes), read and written here with
NumPy: the search is origin's own (``kernels.nearest``), so FAISS was only the file's writer and
reader, and importing it cost every ``originals add`` ~0.05 s of CPU, a sixth of its start-up
(docs/matching.md, issue 15). The files are byte for byte what ``faiss.write_index_binary`` writes, so
workspaces written either way read either way. A hit names its original and code number from its row
through ``starts``: no id is stored per code. All in, a code costs 8 bytes of codes and
20 of seed tables.

Codes an original repeats are stored once (a still shot hashed 4 times a second gives the same
code again and again; real footage repeats a quarter of its codes, real camera paths 43 %).
For such an original ``code_rows.npy`` holds, per code number, the row that holds its code
(``repeats.npy``: where each original's part starts, an empty part for originals without
repeats), and a hit on a row is answered with every code number it stands for. The k nearest
distinct rows expand to at least the k nearest code numbers (ties by lower number: rows keep
first-occurrence order), so the hits are exactly those of storing every code, for 4 bytes a
code of a repeating original instead of 28 for each repeat.

Search is seed-and-verify: the seed tables find a few close codes per query code; an original
is nominated by one seed within ``STRONG_SEED_RADIUS`` bits or by seeds at two of its codes
(two stored rows) within ``SEED_RADIUS``, and every nominated original's codes are then compared
with every query code in full (exactly, within the caller's radius). Small segments skip the
seeds and compare all.

Why two *rows*, not two query codes: an upload repeats near-identical codes (a still shot, the
views of one frame), and all of them land near the same random code; counted as two query codes
they nominated a random original per such cluster. At 100 M codes the matcher then aligned
~145 originals an upload, random ones with hits in several upload frames (scanning the suite
cost 3× the CPU of 1 M codes). A copy meets several moments of its original,
so it has seeds at several rows; a single seed nominates only within 6 bits, which ~0.05 % of
query codes meet by chance among 100 M random codes (against ~1 seed a query code within 10).
"""
from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import numpy as np

from origin.errors import OriginError, reason_of
from origin.index.hits import MISSING, FrameHits
from origin.index.multihash import (FILES as TABLE_FILES, MAX_ROWS, STRONG_SEED_RADIUS,
                                    SeedTables, result_arrays)
from origin.video.hashers import PHash

CODE_BYTES = PHash.bits // 8
EXACT_BELOW = 1 << 16        # codes: below, every original is compared in full (~5 ms an upload)
MAX_CODES = MAX_ROWS - 1     # a segment's rows fit the seed tables' 24 bits
# what reading a segment's files raises when one is missing, damaged or emptied. EOFError is
# numpy's word for an empty .npy (a crash before the disk had the bytes); it reached click,
# which took it for Ctrl-D: "Aborted!", exit 1 (stop 29)
UNREADABLE_FILE = (OSError, ValueError, EOFError)
SEEDS_PER_CODE = 32          # nearest seeds kept per query code
WEAK_SEEDS_NEEDED = 2        # an original's rows that must be seeds (beyond STRONG_SEED_RADIUS)
CODES_FILE, KEYS_FILE, STARTS_FILE = "codes.faissb", "keys.npy", "starts.npy"
REPEATS_FILE, CODE_ROWS_FILE = "repeats.npy", "code_rows.npy"
# FAISS's ``write_index_binary`` of an ``IndexBinaryFlat``: fourcc, dimension (bits), code
# bytes, code count, trained flag, metric (1, L2: FAISS's default), then the codes' vector
# (its byte count, then the bytes); packed, 33 bytes
FLAT_HEADER = np.dtype([("fourcc", "S4"), ("bits", "<i4"), ("code_size", "<i4"),
                        ("ntotal", "<i8"), ("trained", "u1"), ("metric", "<i4"),
                        ("bytes", "<u8")])
FLAT_FOURCC = b"IBxF"


class SegmentUnreadable(OriginError):
    """A segment's files are missing, truncated or inconsistent."""


def read_codes(path: Path) -> np.ndarray:
    """The codes of a FAISS flat index file (``FLAT_HEADER``), memory-mapped read-only; raises
    ``ValueError`` for a file that is not one or is cut short."""
    with open(path, "rb") as handle:
        raw = handle.read(FLAT_HEADER.itemsize)
        size = os.fstat(handle.fileno()).st_size
    if len(raw) < FLAT_HEADER.itemsize:
        raise ValueError(f"read error: {len(raw)} bytes, not a FAISS index header")
    header = np.frombuffer(raw, FLAT_HEADER)[0]
    if header["fourcc"] != FLAT_FOURCC or header["bits"] != PHash.bits \
            or header["code_size"] != CODE_BYTES or header["ntotal"] < 0 \
            or header["bytes"] != header["ntotal"] * CODE_BYTES:
        raise ValueError(f"not a {PHash.bits}-bit FAISS flat index")
    if size < FLAT_HEADER.itemsize + int(header["bytes"]):
        raise ValueError(f"read error: {size - FLAT_HEADER.itemsize} of {int(header['bytes'])} "
                         f"code bytes")
    if not header["ntotal"]:
        return np.zeros((0, CODE_BYTES), np.uint8)
    return np.memmap(path, np.uint8, "r", FLAT_HEADER.itemsize, (int(header["ntotal"]), CODE_BYTES))


def write_codes(path: Path, codes: np.ndarray) -> None:
    """``codes`` (uint8 [n, 8]) as FAISS's ``write_index_binary`` writes an ``IndexBinaryFlat``."""
    codes = np.ascontiguousarray(codes, np.uint8).reshape(-1, CODE_BYTES)
    header = np.array([(FLAT_FOURCC, PHash.bits, CODE_BYTES, len(codes), 1, 1, codes.nbytes)],
                      FLAT_HEADER)
    with open(path, "wb") as handle:
        handle.write(header.tobytes())
        handle.write(codes.tobytes())


@dataclass(eq=False)
class Segment:
    """The codes of some originals, each original's codes contiguous, and their search."""

    keys: np.ndarray                 # int64 [originals], ascending
    starts: np.ndarray               # int64 [originals + 1]
    codes: np.ndarray                # uint8 [size, 8], in ``keys`` order (read-only)
    folder: Path | None = None       # where it is saved; None while only in memory
    tables: SeedTables | None = field(default=None, repr=False)    # built or opened lazily
    repeats: np.ndarray | None = None    # int64 [originals + 1] into code_rows; None: no repeats
    code_rows: np.ndarray | None = None  # uint32: each code number's row within its original

    @classmethod
    def build(cls, originals: Iterable[tuple[int, np.ndarray]]) -> "Segment":
        """A segment in memory from ``(key, codes uint8 [n, 8])`` pairs (any order); codes an
        original repeats are stored once."""
        originals = sorted(originals, key=lambda pair: pair[0])
        keys = np.array([key for key, _ in originals], np.int64)
        if len(np.unique(keys)) != len(keys):
            raise ValueError("an original appears twice in one segment")
        kept, mapped, lengths = [], [], []
        for _, codes in originals:
            codes, rows = _distinct(codes)
            kept.append(codes)
            mapped.append(rows)
            lengths.append(0 if rows is None else len(rows))
        counts = np.array([len(codes) for codes in kept], np.int64)
        if counts.sum() > MAX_CODES:
            raise ValueError(f"a segment holds at most {MAX_CODES} codes (use build_many)")
        starts = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        codes = (np.ascontiguousarray(np.concatenate(kept), dtype=np.uint8) if len(originals)
                 else np.zeros((0, CODE_BYTES), np.uint8))
        codes.flags.writeable = False
        repeats = code_rows = None
        if any(lengths):
            repeats = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
            code_rows = np.concatenate([rows for rows in mapped if rows is not None])
        return cls(keys, starts, codes, repeats=repeats, code_rows=code_rows)

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
            codes = read_codes(folder / CODES_FILE)
        except UNREADABLE_FILE as error:
            reason = "missing" if isinstance(error, FileNotFoundError) else "unreadable"
            raise SegmentUnreadable(f"{folder}: segment {reason} "
                                    f"({reason_of(error)})") from None
        if (len(starts) != len(keys) + 1 or (len(keys) and starts[-1] != len(codes))
                or (len(keys) > 1 and not (np.diff(keys) > 0).all())):
            raise SegmentUnreadable(f"{folder}: keys, starts and codes do not agree")
        try:
            tables = SeedTables.open(folder) if (folder / f"{TABLE_FILES[0]}.npy").exists() \
                else None
        except UNREADABLE_FILE as error:
            raise SegmentUnreadable(f"{folder}: seed tables unreadable "
                                    f"({reason_of(error)})") from None
        repeats = code_rows = None
        if (folder / REPEATS_FILE).exists():
            try:
                repeats = np.load(folder / REPEATS_FILE, mmap_mode="r")
                code_rows = np.load(folder / CODE_ROWS_FILE, mmap_mode="r")
            except UNREADABLE_FILE as error:
                raise SegmentUnreadable(f"{folder}: repeated codes unreadable "
                                        f"({reason_of(error)})") from None
            if len(repeats) != len(keys) + 1 or repeats[-1] != len(code_rows):
                raise SegmentUnreadable(f"{folder}: keys and repeated codes do not agree")
        return cls(keys, starts, codes, folder, tables, repeats, code_rows)

    def write(self, folder: Path) -> None:
        """Write every file into a temporary folder, flush it, then rename it into place:
        a segment folder either exists whole or not at all."""
        folder = Path(folder)
        temporary = folder.with_name(f".{folder.name}.{uuid.uuid4().hex[:8]}.tmp")
        temporary.mkdir(parents=True)
        try:
            write_codes(temporary / CODES_FILE, self.codes)
            np.save(temporary / KEYS_FILE, np.asarray(self.keys))
            np.save(temporary / STARTS_FILE, np.asarray(self.starts))
            written = [temporary / name for name in (CODES_FILE, KEYS_FILE, STARTS_FILE)]
            if self.repeats is not None:
                np.save(temporary / REPEATS_FILE, np.asarray(self.repeats))
                np.save(temporary / CODE_ROWS_FILE, np.asarray(self.code_rows))
                written += [temporary / REPEATS_FILE, temporary / CODE_ROWS_FILE]
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
        """Codes stored (an original's repeats once)."""
        return len(self.codes)

    @property
    def code_count(self) -> int:
        """Codes of its originals, repeats included."""
        if self.repeats is None:
            return self.size
        identity = np.diff(np.asarray(self.repeats)) == 0
        return int(np.diff(np.asarray(self.starts))[identity].sum() + len(self.code_rows))

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
            repeats = 0 if self.repeats is None else self.repeats.nbytes + self.code_rows.nbytes
            return (self.size * CODE_BYTES + self.keys.nbytes + self.starts.nbytes + tables
                    + repeats)
        return sum(path.stat().st_size for path in self.folder.iterdir())

    def originals(self, keep: np.ndarray | None = None) -> list[tuple[int, np.ndarray]]:
        """``(key, codes)`` of every original (or those where ``keep`` is true), every code
        number in order (views of the codes where an original repeats nothing)."""
        codes = self.codes
        chosen = range(len(self.keys)) if keep is None else np.flatnonzero(keep)
        return [(int(self.keys[i]), self._codes_of(codes, i)) for i in chosen]

    def _codes_of(self, codes: np.ndarray, ordinal: int) -> np.ndarray:
        stored = codes[self.starts[ordinal]:self.starts[ordinal + 1]]
        rows = self._code_rows_of(ordinal)
        return stored if rows is None else stored[rows]

    def _code_rows_of(self, ordinal: int) -> np.ndarray | None:
        """Row (within the original) of each code number; None when it repeats nothing."""
        if self.repeats is None or self.repeats[ordinal] == self.repeats[ordinal + 1]:
            return None
        return np.asarray(self.code_rows[self.repeats[ordinal]:self.repeats[ordinal + 1]])

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
        return self._hits(distances, rows, k)

    def _nominated(self, words: np.ndarray, codes: np.ndarray) -> np.ndarray:
        """Ordinals of the originals the seeds of these query words nominate."""
        distances, rows = self.seed_tables().seeds(words, codes, SEEDS_PER_CODE)
        distances, rows = distances[rows >= 0], rows[rows >= 0]
        starts = np.asarray(self.starts)
        strong = np.searchsorted(starts, rows[distances <= STRONG_SEED_RADIUS], side="right") - 1
        seeded = np.searchsorted(starts, np.unique(rows), side="right") - 1   # one per row
        weak, counts = np.unique(seeded, return_counts=True)
        return np.union1d(strong, weak[counts >= WEAK_SEEDS_NEEDED])

    def _hits(self, distances: np.ndarray, rows: np.ndarray, k: int) -> FrameHits:
        found = rows >= 0
        ordinals = np.searchsorted(self.starts, np.where(found, rows, 0), side="right") - 1
        originals = np.where(found, np.asarray(self.keys)[ordinals], MISSING)
        codes = np.where(found, rows - np.asarray(self.starts)[ordinals], MISSING)
        hits = FrameHits(distances.astype(np.int32), originals, codes)
        if self.repeats is None:
            return hits
        repeats = np.asarray(self.repeats)
        repeating = found & (repeats[ordinals + 1] > repeats[ordinals])
        if not repeating.any():
            return hits
        return self._expanded(hits, ordinals, found & ~repeating, repeating, k)

    def _expanded(self, hits: FrameHits, ordinals: np.ndarray, single: np.ndarray,
                  repeating: np.ndarray, k: int) -> FrameHits:
        """Hits on rows of repeating originals answered with every code number the row holds,
        then the ``k`` nearest per query again (distance, original key, code number)."""
        queries, slots = np.nonzero(repeating)
        parts = [(np.nonzero(single)[0], hits.distances[single], hits.originals[single],
                  hits.codes[single])]
        for ordinal in np.unique(ordinals[queries, slots]):
            mine = ordinals[queries, slots] == ordinal
            rows = self._code_rows_of(int(ordinal))
            numbers = np.argsort(rows, kind="stable")             # code numbers by row
            bounds = np.searchsorted(rows[numbers], np.arange(rows.max() + 2))
            wanted = hits.codes[queries[mine], slots[mine]]
            counts = bounds[wanted + 1] - bounds[wanted]
            firsts = np.repeat(bounds[wanted] - np.cumsum(counts) + counts, counts)
            expanded = numbers[firsts + np.arange(counts.sum())]
            parts.append((np.repeat(queries[mine], counts),
                          np.repeat(hits.distances[queries[mine], slots[mine]], counts),
                          np.full(counts.sum(), self.keys[ordinal], np.int64),
                          expanded.astype(np.int64)))
        query, distance, original, code = (np.concatenate(column) for column in zip(*parts))
        order = np.lexsort((code, original, distance, query))
        query, distance, original, code = query[order], distance[order], original[order], code[order]
        rank = np.arange(len(query)) - np.searchsorted(query, query)
        keep = rank < k
        shape = hits.distances.shape
        result = FrameHits.empty(shape[0], shape[1])
        result.distances[query[keep], rank[keep]] = distance[keep]
        result.originals[query[keep], rank[keep]] = original[keep]
        result.codes[query[keep], rank[keep]] = code[keep]
        return result


def _distinct(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
    """(codes with repeats dropped, in first-occurrence order; row of each code number in them,
    or None when nothing repeats)."""
    codes = np.ascontiguousarray(codes, dtype=np.uint8).reshape(-1, CODE_BYTES)
    words = codes.view("<u8").ravel()
    _, firsts, inverse = np.unique(words, return_index=True, return_inverse=True)
    if len(firsts) == len(words):
        return codes, None
    order = np.argsort(firsts)                   # distinct codes by first occurrence
    row_of = np.empty(len(order), np.uint32)
    row_of[order] = np.arange(len(order), dtype=np.uint32)
    return codes[firsts[order]], row_of[inverse.ravel()]


def fsync_path(path: Path) -> None:
    """Flush a file or a folder's entries to disk (a rename is durable once its folder is)."""
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
