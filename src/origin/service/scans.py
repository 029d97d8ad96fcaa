"""Scans requested over HTTP: run one at a time in the background, kept in the database.

Each scan is ``Workspace.scan`` with enforcement's ``scan_action`` on the requested uploads (what
``origin scan --json`` does), its records saved as they come so ``GET /v1/scans/{id}`` shows progress and
any worker process can answer it. Paths are taken relative to the service's scan root and must
stay inside it: a key can have files scanned, never read files elsewhere on the host.
"""
from __future__ import annotations

import json
import logging
import secrets
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import update
from sqlalchemy.orm import Session

from origin.enforcement import scan_action
from origin.enforcement.clock import utc
from origin.errors import InputError, printable
from origin.jobs.inputs import expand_paths, input_problem
from origin.jobs.scan import UploadItem, check_upload_id
from origin.service.tables import ScanJob

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
SAVE_EVERY = 1.0          # seconds between progress writes
log = logging.getLogger(__name__)


class BadPath(ValueError):
    """A requested path that is outside the scan root or cannot be looked at."""

    def __init__(self, field: str, reason: str):
        self.field = field
        super().__init__(f"{field}: {reason}")


def resolve(root: Path, request) -> list[UploadItem]:
    """The uploads a ``ScanRequest`` names (folders expanded), each checked to be under root."""
    root = root.resolve()
    named = ([(f"paths[{i}]", path, None, request.uploader, request.uploaded_at,
               request.music_from_library) for i, path in enumerate(request.paths)]
             + [(f"uploads[{i}]", item.path, item.upload_id, item.uploader, item.uploaded_at,
                 item.music_from_library) for i, item in enumerate(request.uploads)])
    items = []
    first_named: dict[str, str] = {}
    for where, path, upload_id, uploader, uploaded_at, from_library in named:
        if upload_id is not None:
            try:
                check_upload_id(upload_id, where)
            except InputError as error:
                raise BadPath(f"{where}.upload_id", error.reason) from None
            if upload_id in first_named:     # one upload, one scan: as a manifest refuses it
                raise BadPath(f"{where}.upload_id", f"{printable(upload_id)!r} is already "
                                                    f"{first_named[upload_id]}.upload_id")
            first_named[upload_id] = where
        where += ".path" if where.startswith("uploads") else ""
        try:
            full = (root / path).resolve()
            if not full.is_relative_to(root):
                raise BadPath(where, f"{path!r} is outside the scan root")
            files = expand_paths([full])
        except (OSError, ValueError) as error:      # NUL bytes, names too long, loops
            if isinstance(error, BadPath):
                raise
            raise BadPath(where, f"{path!r} cannot be used: {error}") from None
        if not files:                    # as origin scan refuses it: a scan of nothing was "done"
            raise BadPath(where, f"{path!r}: no video or sound file in this folder")
        for file in files:               # a folder may hold a link to a file elsewhere
            try:
                target = Path(file).resolve()
            except (OSError, RuntimeError):  # a loop of links (RuntimeError before Python
                continue                     # 3.13): refused alone as one, by _item
            if not target.is_relative_to(root):
                raise BadPath(where, f"'{printable(file)}' is a link to outside the scan root")
        if upload_id is not None and len(files) != 1:
            raise BadPath(where, f"{path!r} is a folder: an upload_id names one file")
        items += [_item(file, as_requested(path, full, file), upload_id, uploader, uploaded_at,
                        from_library) for file in files]
    return items


def as_requested(path: str, full: Path, file: str) -> str:
    """``file`` named as the request gave it: ``path`` itself, or a file of the folder
    ``path`` under it (``incoming/deep/b.mp4``), as ``origin scan`` prints files as given;
    the host's resolved path under the scan root is not the caller's business."""
    return path if file == str(full) else str(Path(path) / Path(file).relative_to(full))


def _item(file: str, shown: str, upload_id, uploader, uploaded_at, from_library) -> UploadItem:
    """The upload, failed already (named as requested) when its file cannot be scanned at all:
    a pipe or a device named directly, a name that is not UTF-8 in a folder."""
    item = UploadItem(file, upload_id, uploader, uploaded_at, music_from_library=from_library,
                      shown=shown)
    problem = input_problem(file)
    if problem is None:
        return item
    error = InputError(shown, problem)
    return replace(item, shown=error.source, error=str(error))


def view(row: ScanJob) -> dict:
    return {"id": row.id, "state": row.state, "total": row.total, "done": row.done,
            "created_at": utc(row.created_at).isoformat(),
            "finished_at": row.finished_at and utc(row.finished_at).isoformat(),
            "error": row.error, "results": json.loads(row.results)}


class ScanRunner:
    """One background thread per process running scans in the order they were asked for."""

    def __init__(self, workspace):
        self.workspace = workspace
        self.pool: ThreadPoolExecutor | None = None

    def submit(self, key_id: str, items: list[UploadItem],
               min_score: float | None) -> tuple[str, Future]:
        scan_id = "s-" + secrets.token_hex(6)
        request = [{"path": i.path, "upload_id": i.upload_id, "uploader": i.uploader,
                    "uploaded_at": i.uploaded_at and i.uploaded_at.isoformat(),
                    "music_from_library": i.music_from_library} for i in items]
        with self.workspace.session() as session:
            session.add(ScanJob(id=scan_id, key_id=key_id, state=QUEUED, total=len(items),
                                done=0, request=json.dumps(request), results="[]",
                                created_at=datetime.now(timezone.utc)))
        if self.pool is None:            # made on first use: an app may be started again
            self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="origin-scan")
        return scan_id, self.pool.submit(self._run, scan_id, items, min_score)

    def _run(self, scan_id: str, items: list[UploadItem], min_score: float | None) -> None:
        records: list[dict] = []
        self._save(scan_id, state=RUNNING)
        options = {} if min_score is None else {"min_score": min_score}
        saved = time.monotonic()
        try:
            for result in self.workspace.scan(items, act=scan_action(self.workspace), **options):
                records.append(result.to_json())
                if time.monotonic() - saved >= SAVE_EVERY:
                    self._save(scan_id, done=len(records), results=json.dumps(records))
                    saved = time.monotonic()
        except Exception as error:          # the scan fails, the service goes on
            log.exception("scan %s failed", scan_id)
            self._save(scan_id, state=FAILED, done=len(records), results=json.dumps(records),
                       error=f"{type(error).__name__}: {error}",
                       finished_at=datetime.now(timezone.utc))
            return
        self._save(scan_id, state=DONE, done=len(records), results=json.dumps(records),
                   finished_at=datetime.now(timezone.utc))

    def _save(self, scan_id: str, **values) -> None:
        with self.workspace.session() as session:
            session.execute(update(ScanJob).where(ScanJob.id == scan_id).values(**values))

    def close(self) -> None:
        """Stop taking scans; the one running finishes (queued ones are marked failed on the
        next ``serve``)."""
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None


def fail_interrupted(session: Session, at: datetime) -> int:
    """Mark scans a stopped service left unfinished as failed (call before serving)."""
    result = session.execute(update(ScanJob).where(ScanJob.state.in_((QUEUED, RUNNING))).values(
        state=FAILED, error="the service stopped before this scan finished; ask again",
        finished_at=utc(at)))
    return result.rowcount
