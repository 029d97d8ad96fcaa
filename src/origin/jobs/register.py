"""The register job: videos become originals, their rows in the database and codes in the index.

Crash safety: a row is written (state ``pending``, with its codes) before its codes enter the
index; the index is saved by atomic rename every ``SAVE_EVERY`` originals and then the rows become
``indexed``. ``Workspace.reconcile`` repairs whatever a killed run leaves between those steps.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

import numpy as np
from sqlalchemy import select, update

from origin.catalogue import INDEXED, PENDING, Original
from origin.db import as_utc
from origin.errors import InputError
from origin.index.frames import FrameIndex
from origin.jobs.executor import Executor, LocalExecutor
from origin.jobs.fingerprinting import Fingerprinted, fingerprint_original_file
from origin.jobs.inputs import content_hash, expand_paths, resolved
from origin.video.fingerprint import ORIGINAL_CROPS

if TYPE_CHECKING:
    from origin.workspace import Workspace

SAVE_EVERY = 25          # originals between index writes during a long add


@dataclass
class AddResult:
    """The outcome of registering one file: ``status`` is added, exists or failed."""

    path: str
    status: str
    id: str | None = None
    error: str | None = None

    def to_json(self) -> dict:
        return asdict(self)


def add_originals(workspace: "Workspace", paths: Iterable[str | Path], owner: str | None = None,
                  published_at: datetime | None = None, title: str | None = None,
                  workers: int = 1, executor: Executor | None = None) -> Iterator[AddResult]:
    """Register videos as originals; the same bytes twice register once. Yields per file.

    ``workers`` > 1 fingerprints in that many processes (or ``executor`` says where: a Dask
    cluster); rows and index entries are still written here, one file at a time, in order.
    Paths are stored resolved, so evidence can be read from anywhere.
    """
    files = expand_paths(paths)
    owned = executor is None
    executor = executor or LocalExecutor(workers)
    try:
        with workspace.exclusive():
            index = workspace.reconcile()
            unsaved: list[int] = []
            jobs = ((path, _unknown_digest(workspace, path)) for path in map(resolved, files))
            for file, done in zip(files, executor.map(fingerprint_original_file, jobs)):
                result = _register(workspace, index, file, done, owner, published_at, title)
                if result.status == "added":
                    unsaved.append(_key_of(workspace, result.id))
                if len(unsaved) >= SAVE_EVERY:
                    _commit_index(workspace, index, unsaved)
                yield result
            _commit_index(workspace, index, unsaved)
    finally:
        if owned:
            executor.close()



def _known(workspace: "Workspace", digest: str) -> str | None:
    with workspace.session() as session:
        return session.scalar(select(Original.id).where(Original.sha256 == digest))


def _unknown_digest(workspace: "Workspace", file: str) -> tuple[str | None, bool]:
    """(content hash, whether it still needs fingerprinting): registered bytes are not decoded."""
    try:
        digest = content_hash(file)
    except OSError:
        return None, True                     # the worker reports the error
    return digest, _known(workspace, digest) is None


def _register(workspace: "Workspace", index: FrameIndex, file: str, done: Fingerprinted, owner,
              published_at, title) -> AddResult:
    if done.error:
        return AddResult(file, "failed", error=done.error)
    known = _known(workspace, done.digest)   # also catches the same bytes twice in one batch
    if known:
        return AddResult(file, "exists", id=known)
    print_ = done.fingerprint
    if not len(print_.codes):
        return AddResult(file, "failed", error=str(InputError(file, "no frame with enough detail")))
    digest = done.digest
    original = Original(
        id="o-" + digest[:16], sha256=digest, path=resolved(file), title=title, owner=owner,
        published_at=as_utc(published_at), duration=print_.duration,
        frame_count=len(np.unique(print_.frame_of)),
        times=print_.times[print_.frame_of].astype(np.float32).tobytes(),
        codes=print_.codes.tobytes(), view_count=len(ORIGINAL_CROPS), state=PENDING,
        added_at=datetime.now(timezone.utc))
    with workspace.session() as session:      # the row (with its codes) lands first
        session.add(original)
    index.add(original.key, print_.codes)
    return AddResult(file, "added", id=original.id)


def _key_of(workspace: "Workspace", original_id: str) -> int:
    with workspace.session() as session:
        return session.scalar(select(Original.key).where(Original.id == original_id))


def _commit_index(workspace: "Workspace", index: FrameIndex, keys: list[int]) -> None:
    if not keys:
        return
    index.save()
    with workspace.session() as session:
        session.execute(update(Original).where(Original.key.in_(keys)).values(state=INDEXED))
    keys.clear()
