"""A workspace: one folder holding the SQLite database and the FAISS index file.

This is the Python API a batch job calls directly; the CLI is a thin layer over it.
"""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

import numpy as np
from filelock import FileLock, Timeout
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from origin import db
from origin.catalogue import INDEXED, PENDING, MatchRecord, Original, Upload
from origin.decide import DEFAULT_MIN_SCORE, OriginalInfo
from origin.decode import FrameStream
from origin.errors import InputError, WorkspaceBusy
from origin.fingerprint import (ORIGINAL_CROPS, ORIGINAL_SAMPLE_FPS, UPLOAD_MIN_FPS,
                                UPLOAD_SAMPLE_FPS, Fingerprint, fingerprint_original, fingerprint_upload)
from origin.hashers import PHash
from origin.index import FrameIndex
from origin.matcher import IndexedOriginal, Matcher
from origin.records import ScanResult

VIDEO_SUFFIXES = {".mp4", ".m4v", ".mov", ".avi", ".mkv", ".webm", ".flv", ".wmv", ".mpg",
                  ".mpeg", ".ts", ".3gp"}
SAVE_EVERY = 25          # originals between index writes during a long add

T = TypeVar("T")
R = TypeVar("R")


@dataclass
class AddResult:
    """The outcome of registering one file: ``status`` is added, exists or failed."""

    path: str
    status: str
    id: str | None = None
    error: str | None = None

    def to_json(self) -> dict:
        return asdict(self)


def expand_paths(paths: Iterable[str | Path]) -> list[str]:
    """Files as given, folders recursed (video suffixes only); missing paths kept to fail later."""
    found: list[str] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found += sorted(str(p) for p in path.rglob("*")
                            if p.is_file() and p.suffix.lower() in VIDEO_SUFFIXES)
        else:
            found.append(str(path))
    return found


def content_hash(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def ordered_map(function: Callable[[T], R], items: Iterable[T], workers: int = 1) -> Iterator[R]:
    """``function`` over ``items``, results in order; in ``workers`` processes when more than one.

    Decoding and hashing are single-threaded, so a batch job fills its cores this way. Only a few
    items run ahead of the consumer, so the results waiting in memory stay few.
    """
    if workers <= 1:
        yield from map(function, items)
        return
    # spawn, not fork: the parent's OpenCV/FAISS thread pools do not survive a fork safely
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        pending: deque = deque()
        for item in items:
            pending.append(pool.submit(function, item))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


@dataclass
class _Fingerprinted:
    """What a worker hands back for one file: its content hash and fingerprint, or the error."""

    digest: str | None = None
    fingerprint: Fingerprint | None = None
    error: str | None = None


def _fingerprint_file(file: str, original: bool, digest: str | None = None) -> _Fingerprinted:
    try:
        digest = digest or content_hash(file)
        if original:
            return _Fingerprinted(digest, fingerprint_original(FrameStream(file, ORIGINAL_SAMPLE_FPS)))
        return _Fingerprinted(digest, fingerprint_upload(
            FrameStream(file, UPLOAD_SAMPLE_FPS, min_fps=UPLOAD_MIN_FPS)))
    except InputError as error:
        return _Fingerprinted(digest, error=str(error))
    except OSError as error:
        reason = "no such file" if isinstance(error, FileNotFoundError) else error.strerror
        return _Fingerprinted(digest, error=str(InputError(file, reason)))


def _fingerprint_upload_file(file: str) -> _Fingerprinted:
    return _fingerprint_file(file, original=False)


def _fingerprint_original_file(job: tuple[str, tuple[str | None, bool]]) -> _Fingerprinted:
    file, (digest, needed) = job
    return _fingerprint_file(file, original=True, digest=digest) if needed else _Fingerprinted(digest)


def _utc(moment: datetime | None) -> datetime:
    if moment is None:
        return datetime.now(timezone.utc)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


class Workspace:
    """The database (truth) and the index (derived from it) of one deployment."""

    DATABASE = "origin.sqlite"
    INDEX = "frames.faissb"
    LOCK = ".lock"

    def __init__(self, path: Path | str, db_url: str | None = None, lock_timeout: float = 600.0):
        """``db_url`` (or env ORIGIN_DB) puts the database elsewhere, e.g. PostgreSQL; the index
        file always lives in ``path``."""
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)
        self.lock_timeout = lock_timeout
        db_url = db_url or os.environ.get("ORIGIN_DB") or db.sqlite_url(self.path / self.DATABASE)
        self.engine = db.open_engine(db_url)
        self._sessions = db.session_factory(self.engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends normally, rolled back otherwise."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the workspace's writer lock; a second writer waits, then fails clearly."""
        lock = FileLock(str(self.path / self.LOCK))
        try:
            lock.acquire(timeout=self.lock_timeout)
        except Timeout:
            raise WorkspaceBusy(f"{self.path}: another origin process holds the workspace lock "
                                f"(waited {self.lock_timeout:g} s)") from None
        try:
            yield
        finally:
            lock.release()

    @contextmanager
    def record_lock(self) -> Iterator[None]:
        """A short lock around read-then-write steps (tickets) that concurrent scans share."""
        with FileLock(str(self.path / ".records.lock"), timeout=self.lock_timeout):
            yield

    @property
    def index_path(self) -> Path:
        return self.path / self.INDEX

    def reconcile(self) -> FrameIndex:
        """Make the index hold exactly the originals the database holds; call under the lock.

        Repairs what a killed ``add_originals`` can leave behind: codes written to the index
        whose rows were not yet marked indexed, rows whose codes never reached the index, or a
        missing or unreadable index file (rebuilt from the codes the database keeps).
        """
        try:
            index = FrameIndex(self.index_path)
        except RuntimeError:
            self.index_path.unlink()
            index = FrameIndex(self.index_path)
        present = index.keys()
        with self.session() as session:
            rows = {key: state for key, state in session.execute(select(Original.key, Original.state))}
        stray = present - set(rows)
        missing = [key for key in rows if key not in present]
        if stray:
            index.remove(stray)
        with self.session() as session:
            for key in missing:
                original = session.get(Original, key)
                index.add(key, np.frombuffer(original.codes, np.uint8).reshape(-1, PHash.bits // 8))
        if stray or missing:
            index.save()
        with self.session() as session:
            session.execute(update(Original).where(Original.state != INDEXED).values(state=INDEXED))
        return index

    def add_originals(self, paths: Iterable[str | Path], owner: str | None = None,
                      published_at: datetime | None = None, title: str | None = None,
                      workers: int = 1) -> Iterator[AddResult]:
        """Register videos as originals; the same bytes twice register once. Yields per file.

        ``workers`` > 1 fingerprints in that many processes; rows and index entries are still
        written here, one file at a time, in order.
        """
        files = expand_paths(paths)
        with self.exclusive():
            index = self.reconcile()
            unsaved: list[int] = []
            jobs = ((file, self._unknown_digest(file)) for file in files)
            for file, done in zip(files, ordered_map(_fingerprint_original_file, jobs, workers)):
                result = self._register(index, file, done, owner, published_at, title)
                if result.status == "added":
                    unsaved.append(self._key_of(result.id))
                if len(unsaved) >= SAVE_EVERY:
                    self._commit_index(index, unsaved)
                yield result
            self._commit_index(index, unsaved)

    def _known(self, digest: str) -> str | None:
        with self.session() as session:
            return session.scalar(select(Original.id).where(Original.sha256 == digest))

    def _unknown_digest(self, file: str) -> tuple[str | None, bool]:
        """(content hash, whether it still needs fingerprinting): registered bytes are not decoded."""
        try:
            digest = content_hash(file)
        except OSError:
            return None, True                     # the worker reports the error
        return digest, self._known(digest) is None

    def _register(self, index: FrameIndex, file: str, done: _Fingerprinted, owner, published_at,
                  title) -> AddResult:
        if done.error:
            return AddResult(file, "failed", error=done.error)
        known = self._known(done.digest)        # also catches the same bytes twice in one batch
        if known:
            return AddResult(file, "exists", id=known)
        print_ = done.fingerprint
        if not len(print_.codes):
            return AddResult(file, "failed", error=str(InputError(file, "no frame with enough detail")))
        digest = done.digest
        original = Original(
            id="o-" + digest[:16], sha256=digest, path=file, title=title, owner=owner,
            published_at=_utc(published_at), duration=print_.duration,
            frame_count=len(np.unique(print_.frame_of)),
            times=print_.times[print_.frame_of].astype(np.float32).tobytes(),
            codes=print_.codes.tobytes(), view_count=len(ORIGINAL_CROPS), state=PENDING,
            added_at=datetime.now(timezone.utc))
        with self.session() as session:            # the row (with its codes) lands first
            session.add(original)
        index.add(original.key, print_.codes)
        return AddResult(file, "added", id=original.id)

    def _key_of(self, original_id: str) -> int:
        with self.session() as session:
            return session.scalar(select(Original.key).where(Original.id == original_id))

    def _commit_index(self, index: FrameIndex, keys: list[int]) -> None:
        if not keys:
            return
        index.save()
        with self.session() as session:
            session.execute(update(Original).where(Original.key.in_(keys)).values(state=INDEXED))
        keys.clear()

    def scan(self, paths: Iterable[str | Path], uploader: str | None = None,
             uploaded_at: datetime | None = None, min_score: float = DEFAULT_MIN_SCORE,
             workers: int = 1) -> Iterator[ScanResult]:
        """Match every upload against the originals; one ``ScanResult`` per file, errors included.

        Matches at or above the default threshold are stored (one row per upload and original,
        updated on rescan); ``min_score`` below it returns weaker candidates too, unstored.
        ``workers`` > 1 fingerprints uploads in that many processes; matching stays here.
        """
        matcher = Matcher(FrameIndex(self.index_path), self._original_lookup())
        files = expand_paths(paths)
        for file, done in zip(files, ordered_map(_fingerprint_upload_file, files, workers)):
            result = ScanResult(upload=file, error=done.error)
            if not done.error:
                upload = done.fingerprint
                result.upload_id = "u-" + done.digest[:16]
                result.duration = upload.duration
                result.matches = matcher.match(upload, min_score)
                self._store_scan(result, done.digest, uploader, uploaded_at)
            yield result

    def _original_lookup(self):
        cache: dict[int, IndexedOriginal] = {}
        columns = (Original.key, Original.id, Original.path, Original.owner,
                   Original.published_at, Original.duration, Original.times)

        def lookup(keys: Sequence[int]) -> dict[int, IndexedOriginal]:
            missing = [key for key in keys if key not in cache]
            with self.session() as session:
                for clause in db.in_chunks(Original.key, missing):
                    for row in session.execute(select(*columns).where(clause)):
                        cache[row.key] = IndexedOriginal(
                            OriginalInfo(row.key, row.id, row.path, row.owner,
                                         _utc(row.published_at), row.duration),
                            np.frombuffer(row.times, np.float32).astype(np.float64))
            return {key: cache[key] for key in keys if key in cache}

        return lookup

    def _store_scan(self, result: ScanResult, digest: str, uploader, uploaded_at) -> None:
        now = datetime.now(timezone.utc)
        with self.session() as session:
            upload = session.get(Upload, result.upload_id) or Upload(id=result.upload_id, sha256=digest)
            upload.path, upload.duration, upload.scanned_at = result.upload, result.duration, now
            upload.uploader = uploader if uploader is not None else upload.uploader
            upload.uploaded_at = _utc(uploaded_at) if uploaded_at else upload.uploaded_at
            session.add(upload)
            for match in result.matches:
                if match.score < DEFAULT_MIN_SCORE:
                    continue
                record = session.scalar(select(MatchRecord).where(
                    MatchRecord.upload_id == upload.id, MatchRecord.original_id == match.original))
                record = record or MatchRecord(upload_id=upload.id, original_id=match.original)
                record.score, record.scanned_at = match.score, now
                record.coverage_upload = match.coverage_upload
                record.coverage_original = match.coverage_original
                record.matched_seconds = match.matched_seconds
                record.segments = json.dumps([asdict(segment) for segment in match.segments])
                session.add(record)

    def originals(self) -> list[dict]:
        """Every registered original (without its codes), oldest publication first."""
        with self.session() as session:
            rows = session.scalars(select(Original).order_by(Original.published_at, Original.key))
            return [{"id": row.id, "path": row.path, "title": row.title, "owner": row.owner,
                     "published_at": _utc(row.published_at).isoformat(), "duration": row.duration,
                     "frames": row.frame_count, "state": row.state} for row in rows]
