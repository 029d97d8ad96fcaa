"""Stage 3, index: shards, the unit an index is split into, stored, opened and searched.

A workspace's index lives in ``<workspace>/index/``::

    index.json                          the current snapshot: which file describes each shard
    shard-0003-of-0004.g000012.json     shard 3 of 4 as of generation 12: its segments
    seg-<id>/                           an immutable segment (``segment.py``)

Every file except ``index.json`` is written once and never changed; ``index.json`` is replaced by
atomic rename, so a reader sees one consistent generation and a killed writer leaves the
previous one whole (``frames.FrameIndex`` writes, reconciles and reshards). Originals go to
shards by ``shard_of``, jump consistent hashing of the original's key: a stable rule, and growing
the shard count moves only the originals that must move.

**Searching a shard in another process** (a Dask worker): hand the worker shard *paths*
(``FrameIndex.shard_paths``), never shard objects. The worker opens each path once with
``open_shard`` (memory-mapped: it serves within seconds, and the processes of one machine share
the pages) and keeps it for its lifetime in a cache keyed by path: a path names an immutable
snapshot of its shard, so a cached shard is never stale, and a reshard or add produces new
paths. ``shard.search(codes, k, radius)`` returns ``FrameHits`` (original keys and code numbers),
and ``hits.merge_hits(parts, k)`` joins the answers of all shards into exactly what
``FrameIndex.search`` returns in one process. A shard that cannot be opened raises
``ShardUnreadable`` naming it: a scan must fail, never return fewer matches.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np

from origin.errors import OriginError
from origin.index.hits import FrameHits, merge_hits
from origin.index.segment import CODE_BYTES, Segment, SegmentUnreadable, fsync_path

FORMAT = 1
SNAPSHOT = "index.json"
LEGACY_SUFFIX = ".faissb"
DESCRIPTOR = re.compile(r"shard-(\d{4})-of-(\d{4})\.g(\d{6,})\.json")


class ShardUnreadable(OriginError):
    """A shard's files are missing or damaged: searching without it would lose matches."""


def shard_of(key: int, shards: int) -> int:
    """The shard that holds original ``key`` (jump consistent hash, Lamping & Veach 2014)."""
    return int(shards_of(np.array([key], np.int64), shards)[0])


def shards_of(keys: np.ndarray, shards: int) -> np.ndarray:
    """``shard_of`` for an array of keys."""
    state = np.asarray(keys, np.int64).astype(np.uint64)
    bucket = np.full(len(state), -1, np.int64)
    jump = np.zeros(len(state), np.int64)
    active = jump < shards
    with np.errstate(over="ignore"):
        while active.any():
            bucket[active] = jump[active]
            state[active] = state[active] * np.uint64(2862933555777941757) + np.uint64(1)
            jump[active] = ((bucket[active] + 1) * (float(1 << 31) / (
                (state[active] >> np.uint64(33)).astype(np.float64) + 1.0))).astype(np.int64)
            active = jump < shards
    return bucket


def descriptor_name(number: int, shards: int, generation: int) -> str:
    return f"shard-{number:04d}-of-{shards:04d}.g{generation:06d}.json"


@dataclass(eq=False)
class Shard:
    """One shard: the segments holding the codes of the originals ``shard_of`` sends to it."""

    number: int
    shards: int
    segments: list[Segment] = field(default_factory=list)
    path: Path | None = None         # its descriptor (or the legacy file); None while unsaved

    @property
    def size(self) -> int:
        return sum(segment.size for segment in self.segments)

    @property
    def name(self) -> str:
        return f"shard {self.number} of {self.shards}" + (f" ({self.path})" if self.path else "")

    def keys(self) -> np.ndarray:
        if not self.segments:
            return np.zeros(0, np.int64)
        return np.concatenate([np.asarray(segment.keys) for segment in self.segments])

    def file_bytes(self) -> int:
        return sum(segment.file_bytes for segment in self.segments)

    def search(self, codes: np.ndarray, k: int, radius: int) -> FrameHits:
        """The ``k`` nearest codes of this shard within ``radius`` bits of each query code."""
        distinct, inverse = distinct_codes(codes)
        return self.search_distinct(distinct, k, radius).take(inverse)

    def search_distinct(self, codes: np.ndarray, k: int, radius: int) -> FrameHits:
        """``search`` for query codes already made distinct (uploads repeat codes across views)."""
        if not self.segments:
            return FrameHits.empty(len(codes))
        return merge_hits([segment.search(codes, k, radius) for segment in self.segments], k)


def distinct_codes(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(distinct codes uint8 [d, 8], row of each input code in them)."""
    codes = np.ascontiguousarray(codes, dtype=np.uint8).reshape(-1, CODE_BYTES)
    words, inverse = np.unique(codes.view("<u8").ravel(), return_inverse=True)
    return words.view(np.uint8).reshape(-1, CODE_BYTES), inverse.ravel()


def open_shard(path: Path | str) -> Shard:
    """Open a saved shard by its descriptor path (or the pre-shard ``frames.faissb``), its
    segments memory-mapped; raises ``ShardUnreadable`` naming the shard and the reason."""
    path = Path(path)
    if path.suffix == LEGACY_SUFFIX:
        from origin.index.legacy import read_legacy

        try:
            return Shard(0, 1, read_legacy(path), path)
        except SegmentUnreadable as error:
            raise ShardUnreadable(f"shard 0 of 1 ({path}) unreadable: {error}") from None
    match = DESCRIPTOR.fullmatch(path.name)
    label = f"shard {int(match[1])} of {int(match[2])} ({path})" if match else str(path)
    try:
        descriptor = json.loads(path.read_text())
        if descriptor.get("format") != FORMAT:
            raise ValueError(f"format {descriptor.get('format')!r}, expected {FORMAT}")
        segments = [Segment.open(path.parent / name) for name in descriptor["segments"]]
        number, shards = int(descriptor["shard"]), int(descriptor["shards"])
    except SegmentUnreadable as error:
        raise ShardUnreadable(f"{label} unreadable: {error}") from None
    except FileNotFoundError:
        raise ShardUnreadable(f"{label} unreadable: its descriptor is missing") from None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ShardUnreadable(f"{label} unreadable: {error}") from None
    return Shard(number, shards, segments, path)


def write_descriptor(folder: Path, shard: Shard, generation: int) -> Path:
    """Write the descriptor of ``shard`` (whose segments are saved) for ``generation``."""
    path = folder / descriptor_name(shard.number, shard.shards, generation)
    write_json_atomically(path, {
        "format": FORMAT, "shard": shard.number, "shards": shard.shards, "generation": generation,
        "segments": [segment.folder.name for segment in shard.segments],
        "codes": shard.size, "originals": int(sum(len(s.keys) for s in shard.segments))})
    return path


@dataclass(frozen=True)
class Snapshot:
    """Which descriptor files make up the index now, and which did one generation ago (kept
    on disk so a reader that read the previous snapshot can still open it)."""

    generation: int
    shards: tuple[str, ...]
    previous: tuple[str, ...] = ()

    @classmethod
    def read(cls, folder: Path) -> "Snapshot | None":
        """The current snapshot, None when the index was never written in this layout."""
        path = folder / SNAPSHOT
        try:
            data = json.loads(path.read_text())
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            raise ShardUnreadable(f"{path}: index snapshot unreadable: {error}") from None
        if data.get("format") != FORMAT:
            raise ShardUnreadable(f"{path}: index snapshot format {data.get('format')!r}, "
                                  f"expected {FORMAT}")
        return cls(int(data["generation"]), tuple(data["shards"]), tuple(data.get("previous", ())))

    def write(self, folder: Path) -> None:
        write_json_atomically(folder / SNAPSHOT, {
            "format": FORMAT, "generation": self.generation, "shards": list(self.shards),
            "previous": list(self.previous)})


def write_json_atomically(path: Path, data: dict) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(temporary, "w") as handle:
        json.dump(data, handle, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    fsync_path(path.parent)


def referenced_files(folder: Path, descriptors: Sequence[str]) -> set[str]:
    """The descriptors named and the segment folders they list (those that can be read)."""
    names = set(descriptors)
    for name in descriptors:
        try:
            names.update(json.loads((folder / name).read_text())["segments"])
        except (OSError, ValueError, KeyError):
            continue
    return names
