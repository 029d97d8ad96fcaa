"""The scan job: uploads are fingerprinted, matched against the index, and their matches stored."""
from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

import numpy as np
from sqlalchemy import select

from origin import db
from origin.catalogue import MatchRecord, Original, Upload
from origin.db import as_utc
from origin.jobs.executor import ordered_map
from origin.jobs.fingerprinting import fingerprint_upload_file
from origin.jobs.inputs import expand_paths
from origin.match.decide import DEFAULT_MIN_SCORE, OriginalInfo
from origin.match.matcher import IndexedOriginal, Matcher
from origin.records import ScanResult

if TYPE_CHECKING:
    from origin.workspace import Workspace


def scan(workspace: "Workspace", paths: Iterable[str | Path], uploader: str | None = None,
         uploaded_at: datetime | None = None, min_score: float = DEFAULT_MIN_SCORE,
         workers: int = 1) -> Iterator[ScanResult]:
    """Match every upload against the originals; one ``ScanResult`` per file, errors included.

    Matches at or above the default threshold are stored (one row per upload and original,
    updated on rescan); ``min_score`` below it returns weaker candidates too, unstored.
    ``workers`` > 1 fingerprints uploads in that many processes; matching stays here.
    """
    index = workspace.open_index()
    index.require_readable()             # a missing shard fails the scan, never hides matches
    matcher = Matcher(index, original_lookup(workspace))
    files = expand_paths(paths)
    for file, done in zip(files, ordered_map(fingerprint_upload_file, files, workers)):
        result = ScanResult(upload=file, error=done.error)
        if not done.error:
            upload = done.fingerprint
            result.upload_id = "u-" + done.digest[:16]
            result.duration = upload.duration
            result.matches = matcher.match(upload, min_score)
            _store_scan(workspace, result, done.digest, uploader, uploaded_at)
        yield result


def original_lookup(workspace: "Workspace"):
    """``keys -> {key: IndexedOriginal}`` from the database, cached for the job's lifetime."""
    cache: dict[int, IndexedOriginal] = {}
    columns = (Original.key, Original.id, Original.path, Original.owner,
               Original.published_at, Original.duration, Original.times)

    def lookup(keys: Sequence[int]) -> dict[int, IndexedOriginal]:
        missing = [key for key in keys if key not in cache]
        with workspace.session() as session:
            for clause in db.in_chunks(Original.key, missing):
                for row in session.execute(select(*columns).where(clause)):
                    cache[row.key] = IndexedOriginal(
                        OriginalInfo(row.key, row.id, row.path, row.owner,
                                     as_utc(row.published_at), row.duration),
                        np.frombuffer(row.times, np.float32).astype(np.float64))
        return {key: cache[key] for key in keys if key in cache}

    return lookup


def _store_scan(workspace: "Workspace", result: ScanResult, digest: str, uploader,
                uploaded_at) -> None:
    now = datetime.now(timezone.utc)
    with workspace.session() as session:
        upload = session.get(Upload, result.upload_id) or Upload(id=result.upload_id, sha256=digest)
        upload.path, upload.duration, upload.scanned_at = result.upload, result.duration, now
        upload.uploader = uploader if uploader is not None else upload.uploader
        upload.uploaded_at = as_utc(uploaded_at) if uploaded_at else upload.uploaded_at
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
