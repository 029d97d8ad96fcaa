"""Stage 3, index: a workspace's frame index, every shard searched as one, and its writer.

Readers (a scan) open the current snapshot and search it; the writer (``originals add``,
reconcile, reshard, under the workspace lock) buffers new originals per shard and ``save``
writes them as new immutable segments, then switches ``index.json`` to the new generation in one
atomic rename. A killed writer leaves the previous generation whole; the database still holds
every original's codes, so ``Workspace.reconcile`` re-adds what did not make it. Small new
segments are merged into bigger ones as they accumulate (a size-tiered policy, as log-structured
stores do), so an add rewrites little and a shard keeps few segments.

A workspace from before shards has one file, ``frames.faissb``: it is read as shard 0 of 1 as
it is, and the first save writes it in this layout and retires it.
"""
from __future__ import annotations

import shutil
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterable

import numpy as np

from origin.index.hits import FrameHits, merge_hits
from origin.index.segment import CODE_BYTES, MAX_CODES, Segment
from origin.index.shards import (DESCRIPTOR, Shard, ShardUnreadable, Snapshot, distinct_codes,
                                 open_shard, referenced_files, shards_of, shard_of,
                                 write_descriptor)

MERGE_RATIO = 4          # a segment is merged into the one before it once it reaches 1/4 its size
MAX_SEGMENTS = 12        # per shard, whatever their sizes


@dataclass(frozen=True)
class ShardStatus:
    """One shard as ``origin index status`` reports it."""

    shard: int
    shards: int
    path: str | None
    segments: int
    originals: int
    codes: int
    bytes: int
    state: str               # ok, legacy, empty, or "unreadable: <reason>"

    @property
    def bytes_per_code(self) -> float | None:
        return self.bytes / self.codes if self.codes else None

    def to_json(self) -> dict:
        return {**asdict(self), "bytes_per_code": self.bytes_per_code}


class FrameIndex:
    """The frame codes of every original of a workspace, in ``shard_count`` shards."""

    def __init__(self, folder: Path | str, legacy: Path | str | None = None):
        """Open the current snapshot in ``folder`` (or the pre-shard file ``legacy``). A shard
        that fails to open is remembered, not raised: ``search`` raises, ``status`` reports it,
        and the writer (``drop_unreadable``) rebuilds it from the database."""
        self.folder = Path(folder)
        self.legacy = Path(legacy) if legacy else None
        self.generation = 0
        self.failures: dict[int, str] = {}
        self._pending: dict[int, list[tuple[int, np.ndarray]]] = {}
        self._removed: set[int] = set()
        self._dirty: set[int] = set()
        try:
            snapshot = Snapshot.read(self.folder)
        except ShardUnreadable as error:
            self.shards = [Shard(0, 1)]
            self.failures[0] = str(error)
            self._snapshot_lost = True
            return
        self._snapshot_lost = False
        if snapshot is not None:
            self.generation = snapshot.generation
            paths = [self.folder / name for name in snapshot.shards]
        elif self.legacy is not None and self.legacy.exists():
            paths = [self.legacy]
        else:
            paths = []
        self.shards = [self._open(number, len(paths), path) for number, path in enumerate(paths)]
        if not self.shards:
            self.shards = [Shard(0, 1)]

    def _open(self, number: int, shards: int, path: Path) -> Shard:
        try:
            return open_shard(path)
        except ShardUnreadable as error:
            self.failures[number] = str(error)
            return Shard(number, shards, path=path)

    # -- reading ---------------------------------------------------------------------------

    @property
    def shard_count(self) -> int:
        return len(self.shards)

    @property
    def shard_paths(self) -> list[Path | None]:
        """What to hand a worker that searches shards elsewhere (``shards.open_shard``)."""
        return [shard.path for shard in self.shards]

    @property
    def size(self) -> int:
        """Codes in the index, unsaved additions included."""
        pending = sum(len(codes) for originals in self._pending.values() for _, codes in originals)
        return sum(shard.size for shard in self.shards) + pending

    def keys(self) -> set[int]:
        """Original keys present (for reconciliation with the database)."""
        keys = {int(key) for shard in self.shards for key in shard.keys()}
        keys.update(key for originals in self._pending.values() for key, _ in originals)
        return keys - self._removed

    def require_readable(self) -> None:
        """Raise ``ShardUnreadable`` naming the first shard that could not be opened."""
        if self.failures:
            raise ShardUnreadable(next(iter(self.failures.values())))

    def search(self, codes: np.ndarray, k: int, radius: int) -> FrameHits:
        """The ``k`` nearest indexed codes within ``radius`` bits of each query code, over all
        shards (and additions not yet saved)."""
        self.require_readable()
        distinct, inverse = distinct_codes(codes)
        parts = [shard.search_distinct(distinct, k, radius) for shard in self.shards]
        parts += [segment.search(distinct, k, radius) for originals in self._pending.values()
                  for segment in Segment.build_many(originals)]
        return merge_hits(parts, k).take(inverse)

    def status(self) -> list[ShardStatus]:
        rows = []
        for shard in self.shards:
            originals = len(shard.keys())
            if shard.number in self.failures:
                state = "unreadable: " + self.failures[shard.number]
            elif shard.path is not None and shard.path == self.legacy:
                state = "legacy"
            else:
                state = "ok" if shard.size else "empty"
            rows.append(ShardStatus(shard.number, shard.shards,
                                    str(shard.path) if shard.path else None,
                                    len(shard.segments), originals, shard.size,
                                    shard.file_bytes(), state))
        return rows

    # -- writing (under the workspace lock) ------------------------------------------------

    def add(self, key: int, codes: np.ndarray) -> None:
        """Queue an original's codes for its shard; ``save`` writes them."""
        codes = np.array(codes, dtype=np.uint8).reshape(-1, CODE_BYTES)
        self._pending.setdefault(shard_of(key, self.shard_count), []).append((int(key), codes))
        self._removed.discard(int(key))

    def remove(self, keys: Iterable[int]) -> None:
        """Take originals out at the next ``save`` (reconcile: codes without a database row)."""
        keys = {int(key) for key in keys}
        self._removed |= keys
        for number, originals in self._pending.items():
            self._pending[number] = [(k, c) for k, c in originals if k not in keys]

    def drop_unreadable(self) -> list[str]:
        """Forget shards that could not be opened (their originals are then re-added from the
        database by reconcile); returns what was wrong with them."""
        reasons = list(self.failures.values())
        if self._snapshot_lost:
            self.shards = [Shard(number, self._recovered_count()) for number in
                           range(self._recovered_count())]
            self._dirty.update(range(self.shard_count))
        for number in self.failures:
            self.shards[number] = Shard(number, self.shard_count)
            self._dirty.add(number)
        self.failures.clear()
        return reasons

    def _recovered_count(self) -> int:
        """The shard count of the newest descriptor on disk (the snapshot itself is lost)."""
        found = [DESCRIPTOR.fullmatch(path.name) for path in self.folder.glob("shard-*.json")]
        newest = max((match for match in found if match), key=lambda m: int(m[3]), default=None)
        return int(newest[2]) if newest else 1

    def save(self) -> None:
        """Write queued changes as new segments and switch to the new generation atomically."""
        self.require_readable()
        changed = set(self._pending) | self._dirty
        if self._removed:
            changed |= {shard.number for shard in self.shards
                        if np.isin(shard.keys(), list(self._removed)).any()}
        if self.legacy is not None and self.shard_paths == [self.legacy]:
            changed.add(0)
        if not changed:
            return
        generation = self.generation + 1
        for number in sorted(changed):
            shard = self.shards[number]
            segments = [self._without_removed(segment) for segment in shard.segments]
            segments += Segment.build_many(self._pending.get(number, []))
            self.shards[number] = self._write_shard(
                Shard(number, self.shard_count, _tiered([s for s in segments if s.size])),
                generation)
        self._commit(generation)
        self._pending.clear()
        self._removed.clear()
        self._dirty.clear()

    def _without_removed(self, segment: Segment) -> Segment:
        keep = ~np.isin(segment.keys, list(self._removed))
        return segment if keep.all() else Segment.build(segment.originals(keep))

    def reshard(self, shards: int, progress: Callable[[int], None] | None = None) -> None:
        """Split the index into ``shards`` shards (each original where ``shard_of`` sends it).

        New shards are written beside the old ones and the snapshot switches in one rename, so a
        killed reshard leaves the old layout whole and a rerun starts it again.
        """
        if shards < 1:
            raise ValueError("a shard count is at least 1")
        self.save()
        if shards == self.shard_count:
            return
        generation = self.generation + 1
        segments = [segment for shard in self.shards for segment in shard.segments]
        destinations = [shards_of(np.asarray(segment.keys), shards) for segment in segments]
        rebuilt = []
        for number in range(shards):
            originals = [pair for segment, destination in zip(segments, destinations)
                         for pair in segment.originals(destination == number)]
            shard = Shard(number, shards, Segment.build_many(originals))
            rebuilt.append(self._write_shard(shard, generation))
            if progress:
                progress(number + 1)
        self.shards = rebuilt
        self._commit(generation)

    def _write_shard(self, shard: Shard, generation: int) -> Shard:
        self.folder.mkdir(parents=True, exist_ok=True)
        for number, segment in enumerate(shard.segments):
            if segment.folder is None or segment.folder.parent != self.folder:
                folder = self.folder / f"seg-{generation:06d}-{uuid.uuid4().hex[:12]}"
                segment.write(folder)
                # Keep the written files, memory-mapped, not the built arrays: a writer adding
                # a catalogue batch by batch then holds one batch in memory, not every code.
                shard.segments[number] = Segment.open(folder)
        shard.path = write_descriptor(self.folder, shard, generation)
        return shard

    def _commit(self, generation: int) -> None:
        previous = Snapshot.read(self.folder) if not self._snapshot_lost else None
        Snapshot(generation, tuple(shard.path.name for shard in self.shards),
                 previous.shards if previous else ()).write(self.folder)
        self.generation = generation
        self._snapshot_lost = False
        self.collect_garbage()
        if self.legacy is not None and self.legacy.exists():
            self.legacy.unlink()

    def collect_garbage(self) -> None:
        """Delete files neither the current nor the previous generation uses (left by saves,
        or by a writer killed mid-way); call under the workspace lock."""
        snapshot = Snapshot.read(self.folder)
        if snapshot is None or not self.folder.exists():
            return
        keep = referenced_files(self.folder, snapshot.shards + snapshot.previous)
        for path in self.folder.iterdir():
            if path.name in keep or path.name == "index.json":
                continue
            if path.name.startswith(("seg-", "shard-", ".seg-", ".shard-", ".index.json")):
                shutil.rmtree(path) if path.is_dir() else path.unlink()


def _tiered(segments: list[Segment]) -> list[Segment]:
    """Merge the newest segments while the last is at least 1/MERGE_RATIO of the one before it
    (or there are too many) and the two fit one segment: each code is rewritten about
    log4(segment / batch) times in all, and never more than ``MAX_CODES`` at once."""
    segments = list(segments)
    while len(segments) >= 2 and segments[-1].size + segments[-2].size <= MAX_CODES and (
            segments[-1].size * MERGE_RATIO >= segments[-2].size or len(segments) > MAX_SEGMENTS):
        segments[-2:] = [Segment.build(segments[-2].originals() + segments[-1].originals())]
    return segments
