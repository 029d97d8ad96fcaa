"""The audio store: landmark postings of every audio original, in shard files in the workspace.

A shard holds, for each landmark hash, the (original key, anchor frame) of every original that
has it: ``hashes`` uint32 sorted, and beside them ``postings`` uint64 ``key << 32 | frame`` (12
bytes a posting; a hash's postings are found by binary search, no table to rebuild on open). Both
are ``.npy`` files opened memory-mapped, so processes share pages and a worker serves at once.

An original lives in shard ``key % shard_count`` (stable). Crash safety: a save writes new shard
files under new names, fsyncs them, then atomically replaces ``manifest.json`` (which names the
current files and the originals in each shard); files the manifest does not name are leftovers of
a killed save and are deleted when the writer next opens the store (``collect=True``, under the
workspace lock: a reader must not delete a running writer's new files). Readers never see a
half-written shard. A store that cannot be read (a damaged manifest or shard file) fails a reader
with one line naming it; a writer starts it afresh, and reconciliation refills it from the rows.

The manifest names what its hashes are (``HASHES``). A store written before pair hashes joined the
triplets (no ``hashes`` entry) is *outdated*: a reader sees it as empty, so a scan searches every
original from its row in memory (right, only slower), and a writer starts it afresh like a
damaged one: the next ``originals add`` or ``index reshard`` rebuilds it from the rows.
"""
from __future__ import annotations

import copy
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from origin.audio.landmarks import Landmarks
from origin.errors import OriginError, reason_of

MANIFEST = "manifest.json"
FRAME_BITS = 32
HASHES = "triplets+pairs"    # what the postings are keyed by; a manifest without it: triplets only


@dataclass(frozen=True)
class AudioHits:
    """Postings of query hashes: ``query[i]`` is the row of the query hash that found posting i."""

    query: np.ndarray        # int64 [h]
    originals: np.ndarray    # int64 [h] original key
    frames: np.ndarray       # int64 [h] anchor frame in that original


class _Shard:
    def __init__(self, hashes: np.ndarray, postings: np.ndarray, originals: set[int],
                 files: dict[str, str] | None = None):
        self.hashes, self.postings, self.originals = hashes, postings, originals
        self.files = files           # file names in the manifest; None until written

    @classmethod
    def empty(cls) -> "_Shard":
        return cls(np.zeros(0, np.uint32), np.zeros(0, np.uint64), set())


class AudioStore:
    """Landmark postings of audio originals in ``folder``: add, remove, save, search."""

    def __init__(self, folder: Path | str, shard_count: int = 1, collect: bool = True):
        self.folder = Path(folder)
        self.collect = collect
        manifest = self.folder / MANIFEST
        self.shards: list[_Shard] = []
        self.state = "empty"         # names the committed generation (its manifest's files)
        self.failure: str | None = None     # why the committed store could not be read (writer)
        self.outdated = False        # the committed store predates HASHES: read as empty
        if manifest.exists():
            try:
                self._open(manifest)
            except OriginError as error:
                if not collect:
                    raise
                self.failure = str(error)        # _open left no shards
        if not self.shards:
            self.shards = [_Shard.empty() for _ in range(shard_count)]
        self._pending: dict[int, Landmarks] = {}
        self._removed: set[int] = set()

    def _open(self, manifest: Path) -> None:
        try:
            described = json.loads(manifest.read_text())
            if isinstance(described, dict) and "shards" in described and \
                    described.get("hashes") != HASHES:
                self.outdated = True
                self.failure = f"{manifest.parent}: audio store written before pair hashes"
                return
            for shard in described["shards"]:
                hashes = np.load(self.folder / shard["hashes"], mmap_mode="r")
                postings = np.load(self.folder / shard["postings"], mmap_mode="r")
                if len(hashes) != len(postings):
                    raise ValueError("hashes and postings disagree")
                self.shards.append(_Shard(hashes, postings, set(shard["originals"]),
                                          {kind: shard[kind] for kind in ("hashes", "postings")}))
        except (OSError, ValueError, KeyError, TypeError, EOFError) as error:
            self.shards = []
            reason = reason_of(error)
            raise OriginError(f"{manifest.parent}: unreadable audio store ({reason}); the next "
                              f"originals add or index reshard rebuilds it from the database") from None
        named = {MANIFEST} | {shard[kind] for shard in described["shards"]
                              for kind in ("hashes", "postings")}
        self.state = ",".join(sorted(named - {MANIFEST})) or "empty"
        if not self.collect:
            return
        for leftover in self.folder.iterdir():
            if leftover.name not in named:
                leftover.unlink(missing_ok=True)

    @property
    def shard_count(self) -> int:
        return len(self.shards)

    def shard_of(self, key: int) -> int:
        return int(key) % self.shard_count

    def keys(self) -> set[int]:
        """Original keys present (saved or pending), for reconciliation with the database."""
        saved = set().union(*(shard.originals for shard in self.shards))
        return (saved - self._removed) | set(self._pending)

    @property
    def postings(self) -> int:
        return sum(len(shard.postings) for shard in self.shards)

    def bytes(self) -> int:
        return sum(shard.hashes.nbytes + shard.postings.nbytes for shard in self.shards)

    def add(self, key: int, marks: Landmarks) -> None:
        """Queue an original's landmarks; ``save`` writes them."""
        self._pending[int(key)] = marks

    def remove(self, keys: set[int]) -> None:
        self._removed |= {int(key) for key in keys}
        for key in keys:
            self._pending.pop(int(key), None)

    def add_unsaved(self, originals: dict[int, Landmarks]) -> None:
        """Search ``originals`` with the rest from memory, never saved: what a scan does with
        originals whose rows are stored but whose landmarks are not in the committed store."""
        if not originals:
            return
        added = sorted(originals.items())
        hashes = np.concatenate([marks.hashes for _key, marks in added])
        postings = np.concatenate([(np.uint64(key) << np.uint64(FRAME_BITS))
                                   | marks.anchor_frames.astype(np.uint64) for key, marks in added])
        order = np.argsort(hashes, kind="stable")
        self.shards.append(_Shard(hashes[order], postings[order], set(originals)))
        self.state += "+" + ",".join(str(key) for key, _marks in added)

    def searchable(self) -> "AudioStore":
        """A view of this store whose ``search`` also finds the originals added and not saved
        yet (the rest of a writer's batch), and not the removed ones: what a registration
        matches a new track against (``audio.shared``). Never saved; the store is unchanged."""
        view = copy.copy(self)
        view.shards = list(self.shards)
        if self._removed:
            view.shards = [_Shard(*_without(shard, self._removed), shard.originals - self._removed)
                           for shard in view.shards]
        if self._pending:
            added = sorted(self._pending.items())
            hashes = np.concatenate([marks.hashes for _key, marks in added])
            postings = np.concatenate([(np.uint64(key) << np.uint64(FRAME_BITS))
                                       | marks.anchor_frames.astype(np.uint64)
                                       for key, marks in added])
            order = np.argsort(hashes, kind="stable")
            view.shards.append(_Shard(hashes[order], postings[order], set(self._pending)))
        view._pending, view._removed = {}, set()
        return view

    def save(self) -> None:
        """Rewrite the shards that changed under new names, then swap the manifest atomically."""
        changed = {self.shard_of(key) for key in self._pending}
        changed |= {number for number, shard in enumerate(self.shards) if shard.originals & self._removed}
        if not changed and (self.folder / MANIFEST).exists() and self.failure is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        for number in changed:
            self.shards[number] = self._rebuilt(number)
        self._write_manifest()
        self._pending.clear()
        self._removed.clear()
        self.failure = None

    def _rebuilt(self, number: int) -> _Shard:
        shard = self.shards[number]
        hashes, postings = _without(shard, self._removed)
        originals = shard.originals - self._removed
        added = [(key, marks) for key, marks in self._pending.items() if self.shard_of(key) == number]
        for key, marks in added:
            originals.add(key)
        hashes = np.concatenate([hashes] + [marks.hashes for _key, marks in added])
        postings = np.concatenate([postings] + [
            (np.uint64(key) << np.uint64(FRAME_BITS)) | marks.anchor_frames.astype(np.uint64)
            for key, marks in added])
        order = np.argsort(hashes, kind="stable")
        return _Shard(hashes[order], postings[order], originals)

    def _write_manifest(self) -> None:
        described = []
        for shard in self.shards:
            if shard.files is None:
                shard.files = {}
                for kind, array in (("hashes", shard.hashes), ("postings", shard.postings)):
                    name = f"{kind}-{uuid.uuid4().hex[:12]}.npy"
                    with open(self.folder / name, "wb") as handle:
                        np.save(handle, np.asarray(array))
                        handle.flush()
                        os.fsync(handle.fileno())
                    shard.files[kind] = name
            described.append({**shard.files, "originals": sorted(shard.originals)})
        temporary = self.folder / (MANIFEST + ".tmp")
        with open(temporary, "w") as handle:
            json.dump({"hashes": HASHES, "shards": described}, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.folder / MANIFEST)
        self.shards = []
        self.outdated = False
        self._open(self.folder / MANIFEST)      # reopen memory-mapped; deletes the old files

    def search(self, hashes: np.ndarray, max_postings: int) -> AudioHits:
        """Every saved posting of each query hash (sorted, distinct); a hash with more than
        ``max_postings`` postings in all shards together (a texture many tracks have, which says
        little about any one of them) is skipped: its postings are counted, never read."""
        hashes = np.asarray(hashes, dtype=np.uint32)
        ranges = []
        total = np.zeros(len(hashes), np.int64)
        for shard in self.shards:
            if not len(shard.postings):
                continue
            starts = np.searchsorted(shard.hashes, hashes, side="left")
            counts = np.searchsorted(shard.hashes, hashes, side="right") - starts
            total += counts
            ranges.append((shard, starts, counts))
        found_query, found_values = [], []
        for shard, starts, counts in ranges:
            counts[total > max_postings] = 0
            size = int(counts.sum())
            if not size:
                continue
            query = np.repeat(np.arange(len(hashes)), counts)
            within = np.arange(size) - np.repeat(np.cumsum(counts) - counts, counts)
            found_query.append(query)
            found_values.append(np.asarray(shard.postings[np.repeat(starts, counts) + within]))
        if not found_query:
            empty = np.zeros(0, np.int64)
            return AudioHits(empty, empty, empty)
        values = np.concatenate(found_values)
        return AudioHits(np.concatenate(found_query),
                         (values >> np.uint64(FRAME_BITS)).astype(np.int64),
                         (values & np.uint64((1 << FRAME_BITS) - 1)).astype(np.int64))


def _without(shard: _Shard, keys: set[int]) -> tuple[np.ndarray, np.ndarray]:
    """A shard's hashes and postings without those of ``keys``."""
    hashes, postings = np.asarray(shard.hashes), np.asarray(shard.postings)
    gone = np.array(sorted(keys & shard.originals), dtype=np.uint64)
    if not len(gone):
        return hashes, postings
    keep = ~np.isin(postings >> np.uint64(FRAME_BITS), gone)
    return hashes[keep], postings[keep]
