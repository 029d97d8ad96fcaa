"""What a scan reads: every original registered when it starts, fixed for the whole job.

A scan never writes the index and never waits for an ``originals add``. It reads the index as
last committed (``index.json`` switches generations by one atomic rename, so no generation is
visible before it is whole) and then the database: originals whose rows are stored (with their
codes, written in one transaction) but whose codes are not in that generation yet are searched
from the database, in memory. That covers both an add still running (its ``pending`` rows, and
anything it committed meanwhile) and a killed one (``pending`` rows, maybe no index at all): a
scan never stores a "no match" for want of a registered original. An index shard that cannot be
read fails the scan naming it, after waiting for a running writer that may be rebuilding it.

Shard files are immutable and named by generation (``origin.index.shards``); this process maps
them at once, so a later garbage collection does not pull them away. For cluster workers, which
open them later, the job pins them: hard links in ``snapshots/`` that the index's garbage
collection does not touch, removed when the job ends (or by the next job, after a crash).
``state`` names what was searched; a resumed manifest scan skips uploads scanned in the same
state.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

import numpy as np
from filelock import FileLock, Timeout

from origin import original_rows
from origin.errors import OriginError, WorkspaceBusy
from origin.index.frames import FrameIndex
from origin.index.hits import FrameHits, merge_hits
from origin.index.keypoints import KeypointIndex
from origin.video.keypoints import Keypoints
from origin.index.segment import CODE_BYTES, Segment
from origin.index.shards import LEGACY_SUFFIX, Shard, ShardUnreadable, referenced_files
from origin.match.matcher import MATCH_RADIUS, NEIGHBOURS

if TYPE_CHECKING:
    from origin.workspace import Workspace

PINS = "snapshots"
EMPTY_STATE = "empty"
MAX_UNINDEXED_CODES = 50_000_000     # searched from the database beyond this: repair first


@dataclass
class IndexSnapshot:
    """What a job searches: the committed shards (loaded here as ``index``, or only named by
    ``shard_paths`` for executors whose workers open them) and ``unindexed``, the registered
    originals not in them yet, searched here."""

    state: str
    shard_paths: tuple[str, ...]
    index: FrameIndex | None = None
    unindexed: Shard | None = None
    _pin: Path | None = field(default=None, repr=False)
    _pin_lock: FileLock | None = field(default=None, repr=False)
    keypoints: KeypointIndex | None = None     # the geometry tier's, read from the database

    def search(self, codes: np.ndarray) -> FrameHits:
        """Each query code's nearest codes over every shard and the unindexed originals."""
        return self.merge([self.index.search(codes, NEIGHBOURS, MATCH_RADIUS)], codes)

    def merge(self, shard_hits: Sequence[FrameHits], codes: np.ndarray) -> FrameHits:
        """Hits from the shards (searched wherever they are) joined with the unindexed ones:
        one canonical order, so every executor returns the same."""
        parts = list(shard_hits)
        if self.unindexed is not None:
            parts.append(self.unindexed.search(codes, NEIGHBOURS, MATCH_RADIUS))
        if not parts:
            return FrameHits.empty(len(codes))
        return parts[0] if len(parts) == 1 else merge_hits(parts, NEIGHBOURS)

    def close(self) -> None:
        """Drop the pinned files (the index's own files stay)."""
        if self._pin is not None:
            shutil.rmtree(self._pin, ignore_errors=True)
            self._pin = None
        if self._pin_lock is not None:
            self._pin_lock.release()
            Path(self._pin_lock.lock_file).unlink(missing_ok=True)
            self._pin_lock = None

    def __enter__(self) -> "IndexSnapshot":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def read_index(workspace: "Workspace", pin: bool) -> IndexSnapshot:
    """Every registered original (see the module's docstring); ``pin`` keeps the shard files on
    disk for workers that open them, otherwise they are loaded (memory-mapped) here."""
    while True:
        index = workspace.open_index()
        if index.failures and _writer_running(workspace):
            with workspace.exclusive():       # it may be rebuilding the shard: wait, reread
                pass
            index = workspace.open_index()
        try:
            index.require_readable()          # ShardUnreadable, naming the shard
        except ShardUnreadable as error:      # and what to do: the scan said only what broke
            raise ShardUnreadable(f"{error} (the next originals add or index reshard rebuilds "
                                  f"the index from the database; index status says more)"
                                  ) from None
        unindexed = _unindexed(workspace, index)
        paths = [path for path in index.shard_paths if path is not None]
        state = _state(paths, unindexed)
        keypoints = read_keypoints(workspace)
        if not pin:
            return IndexSnapshot(state, tuple(map(str, paths)), index, unindexed,
                                 keypoints=keypoints)
        try:
            snapshot = _pinned(workspace, state, paths, unindexed)
            snapshot.keypoints = keypoints
            return snapshot
        except FileNotFoundError:             # collected by a writer meanwhile: read again
            continue


def read_keypoints(workspace: "Workspace") -> KeypointIndex:
    """Every registered original's keyframe features, searched in memory by this job, through
    the inverted file stored for exactly these rows (``KeypointIndex.load_or_train``: stored
    by the ``originals add`` that registered them where a scan had trained the cells before,
    else made here and stored for the next jobs).

    Rows land with their original's row in one transaction, so this sees whole originals only;
    originals still being added are seen too (as ``_unindexed`` sees their codes). Read in key
    order, so the same originals give the same rows and the same stored file.
    """
    index = read_rows(workspace)
    index.load_or_train(workspace.keypoints_folder)
    return index


def read_rows(workspace: "Workspace") -> KeypointIndex:
    """Every registered original's keyframe features in key order, nothing loaded or trained."""
    with workspace.sql(write=False) as sql:
        rows = original_rows.keypoints(sql)
    return KeypointIndex.build((key, Keypoints.from_bytes(blob)) for key, blob in rows)


def _writer_running(workspace: "Workspace") -> bool:
    try:
        with workspace.exclusive(timeout=0):
            return False
    except WorkspaceBusy:
        return True


def _unindexed(workspace: "Workspace", index: FrameIndex) -> Shard | None:
    """The registered originals whose codes the committed index does not hold, from their rows."""
    present = index.keys()
    with workspace.sql(write=False) as sql:
        missing = [key for key in original_rows.frame_states(sql) if key not in present]
        if not missing:
            return None
        originals, codes = [], 0
        for key, stored in original_rows.read(sql, "codes", missing):
            originals.append((key, np.frombuffer(stored, np.uint8).reshape(-1, CODE_BYTES)))
            codes += len(originals[-1][1])
            if codes > MAX_UNINDEXED_CODES:
                raise OriginError(
                    f"{workspace.path}: {len(missing)} registered originals are not in the "
                    f"index (a killed add or a lost index); run `origin index reshard` or "
                    f"`origin originals add` to rebuild it, then scan again")
    return Shard(0, 1, Segment.build_many(originals))


def _state(paths: Sequence[Path], unindexed: Shard | None) -> str:
    """Which originals a scan searched. Shard descriptors are written once and named by their
    generation, so their names say it; the pre-shard file is rewritten in place, so its
    identity on disk; and the keys of the originals searched from the database."""
    if not paths and unindexed is None:
        return EMPTY_STATE
    parts = []
    for path in paths:
        if path.suffix == LEGACY_SUFFIX:
            stat = path.stat()
            parts.append(f"{path.name}:{stat.st_ino}:{stat.st_size}:{stat.st_mtime_ns}")
        else:
            parts.append(path.name)
    if unindexed is not None:
        parts.append(",".join(map(str, sorted(unindexed.keys().tolist()))))
    return hashlib.sha256(";".join(parts).encode()).hexdigest()[:32]


def _pinned(workspace: "Workspace", state: str, paths: Sequence[Path],
            unindexed: Shard | None) -> IndexSnapshot:
    """The shards as hard links under ``snapshots/<id>/``, held by a lock file while the job
    runs; pins whose lock nobody holds (left by killed jobs) are removed first."""
    root = workspace.path / PINS
    root.mkdir(exist_ok=True)
    _remove_stale_pins(root)
    folder = root / uuid.uuid4().hex
    lock = FileLock(str(folder) + ".lock")
    lock.acquire()
    folder.mkdir()
    snapshot = IndexSnapshot(state, (), None, unindexed, folder, lock)
    try:
        snapshot.shard_paths = tuple(str(_pin_shard(path, folder)) for path in paths)
    except BaseException:
        snapshot.close()
        raise
    return snapshot


def _pin_shard(path: Path, folder: Path) -> Path:
    """Hard links to a shard's files (its descriptor and segment folders, or the legacy file);
    a copy where the file system has no hard links."""
    names = [path.name] if path.suffix == LEGACY_SUFFIX else referenced_files(path.parent, [path.name])
    for name in sorted(names):
        source = path.parent / name
        if source.is_dir():
            (folder / name).mkdir(exist_ok=True)
            for part in source.iterdir():
                _link_or_copy(part, folder / name / part.name)
        else:
            _link_or_copy(source, folder / name)
    return folder / path.name


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except FileNotFoundError:
        raise
    except OSError:                       # no hard links here (some network file systems)
        shutil.copy2(source, target)


def _remove_stale_pins(root: Path) -> None:
    """Pins left by killed jobs: their lock file is no longer held by anyone."""
    for lock_file in root.glob("*.lock"):
        lock = FileLock(str(lock_file))
        try:
            lock.acquire(timeout=0)
        except Timeout:
            continue                      # a running job still reads it
        try:
            shutil.rmtree(lock_file.with_suffix(""), ignore_errors=True)
        finally:
            lock.release()
            lock_file.unlink(missing_ok=True)
