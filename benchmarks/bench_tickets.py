"""Ticket throughput: ingest complaints against a catalogue of bulk-inserted matches, then time
the SLA report.

    python benchmarks/bench_tickets.py                       # 100 000 complaints, 1 000 000 matches
    python benchmarks/bench_tickets.py --complaints 10000 --matches 100000 --db postgresql://...

Catalogue rows are inserted directly (no video): 1 000 originals from 100 owners, uploads with
4 matches each. Complaints: 60 % name a matched upload and its work (acted on at once, match as
evidence), 35 % an unmatched upload (human review), 5 % are invalid (missing contact, unknown
upload, duplicate) and must be rejected. Prints tickets/s for intake and the report latency.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from origin.catalogue import INDEXED, MatchRecord, Original, Upload  # noqa: E402
from origin.enforcement import complaints, report  # noqa: E402
from origin.enforcement.config import load_policy  # noqa: E402
from origin.workspace import Workspace  # noqa: E402

START = datetime(2025, 3, 3, 1, 0, tzinfo=timezone.utc)
ORIGINALS, OWNERS, MATCHES_PER_UPLOAD, CHUNK = 1000, 100, 4, 50_000


def populate(workspace: Workspace, matches: int, unmatched: int) -> tuple[int, int]:
    """Originals, matched uploads (4 matches each) and unmatched uploads, in bulk."""
    matched_uploads = matches // MATCHES_PER_UPLOAD
    with workspace.session() as session:
        session.execute(insert(Original), [dict(
            key=k, id=f"o-{k:016x}", sha256=f"{k:064x}", path=f"/media/o{k}.mp4",
            owner=f"owner-{k % OWNERS}", published_at=START - timedelta(days=30), duration=30.0,
            frame_count=1, times=b"", codes=b"", view_count=1, state=INDEXED,
            added_at=START - timedelta(days=30)) for k in range(ORIGINALS)])
    rows = matched_uploads + unmatched
    for first in range(0, rows, CHUNK):
        with workspace.session() as session:
            session.execute(insert(Upload), [dict(
                id=f"u-{u:016x}", sha256=f"{u + 10**9:064x}", path=f"/media/u{u}.mp4",
                uploader=f"uploader-{u % 50_000}", uploaded_at=START - timedelta(days=1),
                duration=30.0, scanned_at=START) for u in range(first, min(rows, first + CHUNK))])
    segments = json.dumps([{"upload_start": 0.0, "upload_end": 20.0, "original_start": 5.0,
                            "original_end": 25.0}])
    for first in range(0, matched_uploads, CHUNK // MATCHES_PER_UPLOAD):
        batch = []
        for u in range(first, min(matched_uploads, first + CHUNK // MATCHES_PER_UPLOAD)):
            for j in range(MATCHES_PER_UPLOAD):
                batch.append(dict(upload_id=f"u-{u:016x}",
                                  original_id=f"o-{(u * 7 + j * 251) % ORIGINALS:016x}",
                                  score=0.9, coverage_upload=0.66, coverage_original=0.66,
                                  matched_seconds=20.0, segments=segments, scanned_at=START))
        with workspace.session() as session:
            session.execute(insert(MatchRecord), batch)
    return matched_uploads, unmatched


def complaint_file(path: Path, count: int, matched: int, unmatched: int) -> None:
    rng = random.Random(7)
    with open(path, "w", encoding="utf-8") as out:
        for n in range(count):
            roll = rng.random()
            when = (START + timedelta(hours=n * 0.05)).isoformat()
            base = {"contact": {"email": "legal@example.com"}, "evidence": [{"text": "reg."}],
                    "good_faith": True, "accurate": True, "received_at": when}
            if roll < 0.60:
                u = n % matched
                k = (u * 7) % ORIGINALS
                row = {**base, "claimant": f"owner-{k % OWNERS}", "work": f"o-{k:016x}",
                       "uploads": [f"u-{u:016x}"]}
            elif roll < 0.95:
                u = matched + n % unmatched
                row = {**base, "claimant": f"claimant-{n % 500}", "work": f"work {n}",
                       "uploads": [f"u-{u:016x}"]}
            elif roll < 0.97:
                row = {**base, "claimant": "x", "work": "y", "uploads": ["u-unknown"]}
            else:
                row = {key: value for key, value in base.items() if key != "contact"}
                row.update(claimant="z", work=f"w{n}", uploads=[f"u-{matched:016x}"])
            out.write(json.dumps(row) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--complaints", type=int, default=100_000)
    parser.add_argument("--matches", type=int, default=1_000_000)
    parser.add_argument("--workspace", type=Path,
                        help="keep the workspace here (default: a temporary folder, removed at exit)")
    parser.add_argument("--db", help="SQLAlchemy URL (default: SQLite in the workspace)")
    args = parser.parse_args()
    scratch = None if args.workspace else tempfile.TemporaryDirectory(prefix="bench-tickets-")
    folder = args.workspace or Path(scratch.name)
    workspace = Workspace(folder, db_url=args.db)
    policy = load_policy(folder)

    started = time.perf_counter()
    matched, unmatched = populate(workspace, args.matches, max(1, args.complaints // 2))
    print(f"catalogue: {args.matches:,} matches, {matched + unmatched:,} uploads, "
          f"{ORIGINALS:,} originals in {time.perf_counter() - started:.1f} s")

    path = folder / "complaints.jsonl"
    complaint_file(path, args.complaints, matched, unmatched)
    now = START + timedelta(hours=args.complaints * 0.05 + 1)
    started = time.perf_counter()
    outcome = {"accepted": 0, "rejected": 0}
    tickets = 0
    for result in complaints.submit_file(workspace, policy, path, now=now):
        outcome[result.status] += 1
        tickets += len(result.tickets)
    seconds = time.perf_counter() - started
    print(f"intake: {args.complaints:,} complaints in {seconds:.1f} s — "
          f"{outcome['accepted']:,} accepted, {outcome['rejected']:,} rejected, "
          f"{tickets:,} tickets, {tickets / seconds:,.0f} tickets/s")

    timings = []
    for _ in range(5):
        started = time.perf_counter()
        with workspace.session() as session:
            built = report.build(session, policy, now + timedelta(days=10))
        timings.append(time.perf_counter() - started)
    print(f"tickets report: median {sorted(timings)[2] * 1000:.0f} ms over 5 runs "
          f"({built.total:,} tickets, backlog {sum(built.backlog_by_age.values()):,}, "
          f"open overdue {built.open_overdue:,}, within SLA "
          f"{built.within_sla_share:.1%})")


if __name__ == "__main__":
    main()
