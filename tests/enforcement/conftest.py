"""Enforcement fixtures: a workspace with catalogue rows made directly (no media needed)."""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from datetime import datetime, timedelta, timezone

import pytest

from origin.catalogue import INDEXED, MatchRecord, Original, Upload
from origin.enforcement.config import load_policy
from origin.records import Match, ScanResult, Segment
from origin.workspace import Workspace

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=timezone.utc)     # a Monday


class Catalogue:
    """Registers originals and scanned uploads the way the matching core stores them."""

    def __init__(self, workspace: Workspace):
        self.workspace = workspace
        self.keys = 0

    def original(self, oid: str, owner: str | None, published_at: datetime = T0,
                 duration: float = 10.0) -> str:
        self.keys += 1
        with self.workspace.session() as session:
            digest = hashlib.sha256(oid.encode()).hexdigest()
            session.add(Original(key=self.keys, id=oid, sha256=digest,
                                 path=f"/media/{oid}.mp4", owner=owner, published_at=published_at,
                                 duration=duration, frame_count=1, times=b"", codes=b"",
                                 view_count=1, state=INDEXED, added_at=published_at))
        return oid

    def scanned(self, uid: str, uploader: str | None, uploaded_at: datetime | None,
                *matches: Match, duration: float = 10.0) -> ScanResult:
        with self.workspace.session() as session:
            session.merge(Upload(id=uid, sha256=hashlib.sha256(uid.encode()).hexdigest(),
                                 path=f"/media/{uid}.mp4",
                                 uploader=uploader, uploaded_at=uploaded_at, duration=duration,
                                 scanned_at=T0))
            session.flush()
            for match in matches:
                session.add(MatchRecord(
                    upload_id=uid, original_id=match.original, score=match.score,
                    coverage_upload=match.coverage_upload,
                    coverage_original=match.coverage_original,
                    matched_seconds=match.matched_seconds,
                    segments=json.dumps([asdict(s) for s in match.segments]), scanned_at=T0))
        return ScanResult(upload=f"/media/{uid}.mp4", upload_id=uid, duration=duration,
                          matches=list(matches))


def match(original: str, owner: str | None, *, score: float = 0.95, start: float = 0.0,
          end: float = 10.0, upload_duration: float = 10.0, original_duration: float = 10.0,
          published_at: datetime = T0) -> Match:
    seconds = end - start
    return Match(original=original, original_path=f"/media/{original}.mp4", owner=owner,
                 published_at=published_at, score=score,
                 coverage_upload=seconds / upload_duration,
                 coverage_original=seconds / original_duration,
                 segments=(Segment(start, end, start, end),))


@pytest.fixture
def workspace(tmp_path) -> Workspace:
    return Workspace(tmp_path / "ws")


@pytest.fixture
def catalogue(workspace) -> Catalogue:
    return Catalogue(workspace)


@pytest.fixture
def policy():
    return load_policy()


def later(days: float = 0, hours: float = 0) -> datetime:
    return T0 + timedelta(days=days, hours=hours)


@pytest.fixture(autouse=True)
def _every_backend(database):
    """Runs on PostgreSQL too when ORIGIN_TEST_POSTGRES is set (see tests/conftest.py)."""
    yield database
