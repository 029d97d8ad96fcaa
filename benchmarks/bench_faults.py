"""Fault injection: ``kill -9`` of ``originals add``, ``scan --manifest`` and ``index reshard`` at
random moments, and after each kill the checks a platform relies on.

    python benchmarks/bench_faults.py [--kills 50] [--seed 7] [--minutes M] [--json]

Each cycle starts a fresh workspace and runs the three jobs in turn, each killed once at a
random moment of its run (seeded; drawn over the job's measured unkilled duration), then rerun
to the end. After every kill:

- the workspace opens and ``index status`` reads every shard;
- nothing is lost or duplicated: every original the killed add printed as added is stored
  once, every upload the killed scan printed is stored once with what it printed, no upload,
  match or ticket outside what a clean run makes; no worker process outlives the killed job;
- a scan (of a copy, so the check writes nothing) finds every registered original;
- the rerun exits 0 and the workspace then holds exactly what a clean, unkilled run holds:
  the same originals, the same scan results (matches, decisions; ticket ids aside), one
  ticket per accused upload and original, the shard count asked for.

The first cycle runs every job unkilled: it measures the durations and the clean results.
``run_faults`` is also what ``tests/jobs/test_faults.py`` runs, with a few kills.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

import psutil
from sqlalchemy import func, select

from origin import synthetic
from origin.catalogue import MatchRecord, Original, Upload
from origin.enforcement.models import Ticket
from origin.errors import OriginError
from origin.workspace import Workspace

JOBS = ("add", "scan", "reshard")
NOW = "2025-03-03T10:00:00+08:00"


@dataclass
class Media:
    """Originals to register and a manifest of uploads: copies of them and unrelated videos."""

    originals: list[str]
    manifest: str
    upload_ids: list[str]


def make_media(folder: Path, originals: int = 6, unrelated: int = 2, seconds: float = 4,
               size: tuple[int, int] = (192, 108)) -> Media:
    folder.mkdir(parents=True, exist_ok=True)
    made = [str(synthetic.generate_video(folder / f"original-{n}.mp4", seed=100 + n,
                                         seconds=seconds, size=size)) for n in range(originals)]
    others = [str(synthetic.generate_video(folder / f"other-{n}.mp4", seed=900 + n,
                                           seconds=seconds, size=size)) for n in range(unrelated)]
    rows, ids = [], []
    for number, path in enumerate(made + others + made[: originals // 2]):
        upload_id = f"up-{number:03d}"
        ids.append(upload_id)
        rows.append({"path": path, "upload_id": upload_id, "uploader": f"acct-{number % 3}",
                     "uploaded_at": "2025-03-02T08:00:00Z"})
    manifest = folder / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return Media(made, str(manifest), ids)


def command(job: str, workspace: Path, media: Media, shards: int = 1, workers: int = 1) -> list[str]:
    base = [sys.executable, "-c", "from origin.cli import main; main()", "-w", str(workspace)]
    if job == "add":
        return base + ["originals", "add", *media.originals, "--owner", "studio",
                       "--published-at", "2025-03-01T09:00:00+08:00", "--json",
                       "--workers", str(workers)]
    if job == "scan":
        return base + ["scan", "--manifest", media.manifest, "--json", "--workers", str(workers)]
    return base + ["index", "reshard", "--shards", str(shards), "--json"]


@dataclass
class Run:
    """One run of a job: how it ended and what it printed before."""

    returncode: int
    seconds: float
    records: list[dict]
    killed: bool
    orphans: int = 0


def run_job(argv: list[str], kill_after: float | None = None) -> Run:
    """Run a job; with ``kill_after``, SIGKILL it that many seconds after it started (if it is
    still running) and count the processes it started that are still alive 10 s later."""
    env = {**os.environ, "ORIGIN_NOW": NOW}
    started = time.monotonic()
    job = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    killed, orphans = False, 0
    if kill_after is not None:
        try:
            job.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            try:
                children = psutil.Process(job.pid).children(recursive=True)
            except psutil.NoSuchProcess:
                children = []
            os.kill(job.pid, signal.SIGKILL)
            killed = True
            _, alive = psutil.wait_procs(children, timeout=10)
            orphans = len(alive)
            for process in alive:
                process.kill()
    out, err = job.communicate()
    seconds = time.monotonic() - started
    records = []
    for line in out.decode("utf-8", "replace").splitlines():
        try:
            records.append(json.loads(line))
        except ValueError:
            break                                   # the line the kill cut short
    if not killed and job.returncode != 0:
        raise RuntimeError(f"{' '.join(argv[3:])} exited {job.returncode}: "
                           f"{err.decode(errors='replace')[-2000:]}")
    return Run(job.returncode, seconds, records, killed, orphans)


# --- what a workspace holds ------------------------------------------------------------------

def holdings(folder: Path) -> dict:
    """Originals, uploads (with the printed result), matches and tickets, canonically."""
    workspace = Workspace(folder)
    try:
        with workspace.session() as session:
            originals = Counter(session.scalars(select(Original.sha256)))
            uploads = {row.id: _canonical(json.loads(row.scan_json)) if row.scan_json else None
                       for row in session.scalars(select(Upload))}
            matches = Counter(session.execute(
                select(MatchRecord.upload_id, MatchRecord.original_id)).all())
            tickets = Counter(session.execute(select(Ticket.upload_id, Ticket.original_id)).all())
        status = workspace.index_status()
    finally:
        # close, not only the engine: the workspace's own sqlite3 connection stayed open until
        # the garbage collector ran, through the jobs that follow, while this process also copies
        # the database's files (finds_every_original); a check then read a state the killed scan
        # had already committed over, and reported what it printed as stored otherwise
        workspace.close()
    return {"originals": originals, "uploads": uploads, "matches": matches, "tickets": tickets,
            "shards": len(status.shards), "index_problems": status.problems,
            "indexed": sum(shard.originals for shard in status.shards)}


def _canonical(record: dict) -> dict:
    """A printed scan result without what differs between runs (ticket ids, resumed)."""
    record = {key: value for key, value in record.items() if key not in ("line", "resumed")}
    record["matches"] = [{**match, "ticket": bool(match.get("ticket"))}
                         for match in record["matches"]]
    return record


def finds_every_original(folder: Path, scratch: Path) -> list[str]:
    """Registered originals a scan (of a copy of the workspace) does not find: should be none."""
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(folder, scratch)
    workspace = Workspace(scratch)
    try:
        with workspace.session() as session:
            registered = dict(session.execute(select(Original.path, Original.id)).all())
        paths = sorted(registered)
        missed = []
        for path, result in zip(paths, workspace.scan(paths)):
            if registered[path] not in [match.original for match in result.matches]:
                missed.append(path)
        return missed
    finally:
        workspace.close()
        shutil.rmtree(scratch, ignore_errors=True)


# --- the checks after a kill -----------------------------------------------------------------

@dataclass
class Kill:
    """One injected kill and what the checks found (``problems`` empty when all held)."""

    cycle: int
    job: str
    at: float                     # seconds after start
    landed: bool                  # the job was still running when killed
    printed: int                  # records it printed before dying
    check_seconds: float = 0.0
    problems: list[str] = field(default_factory=list)


def check_after_kill(kill: Kill, run: Run, folder: Path, scratch: Path, clean: dict,
                     media: Media, before: dict) -> None:
    problems = kill.problems
    if run.orphans:
        problems.append(f"{run.orphans} worker process(es) outlived the killed job")
    try:
        held = holdings(folder)
    except Exception as error:       # noqa: BLE001  (what the check exists to catch)
        error = str(error).splitlines()[0][:300] if str(error) else type(error).__name__
        problems.append(f"workspace does not open: {error}")
        return
    twice = [digest for digest, count in held["originals"].items() if count > 1]
    if twice or set(held["originals"]) - set(clean["originals"]):
        problems.append(f"originals duplicated or unknown: {twice}")
    for kind in ("originals", "uploads"):
        lost = set(before[kind]) - set(held[kind])
        if lost:
            problems.append(f"{len(lost)} {kind} stored before the kill are gone")
    if kill.job == "add":
        added = {record["id"] for record in run.records if record["status"] == "added"}
        workspace_ids = _original_ids(folder)
        if added - workspace_ids:
            problems.append(f"printed as added but not stored: {sorted(added - workspace_ids)}")
    for upload_id, record in held["uploads"].items():
        if upload_id not in clean["uploads"]:
            problems.append(f"unknown upload {upload_id}")
        elif record != clean["uploads"][upload_id]:
            problems.append(f"upload {upload_id} stored otherwise than a clean run stores it")
    if kill.job == "scan":
        for record in run.records:
            stored = held["uploads"].get(record["upload_id"])
            if record["error"] is None and stored != _canonical(record):
                problems.append(f"upload {record['upload_id']} printed but stored otherwise")
    for kind in ("matches", "tickets"):
        twice = [pair for pair, count in held[kind].items() if count > 1]
        if twice:
            problems.append(f"{kind} duplicated: {twice}")
    missed = finds_every_original(folder, scratch)
    if missed:
        problems.append(f"a scan misses {len(missed)} registered original(s)")


def _original_ids(folder: Path) -> set[str]:
    workspace = Workspace(folder)
    try:
        with workspace.session() as session:
            return set(session.scalars(select(Original.id)))
    finally:
        workspace.close()


def check_finished(kill: Kill, folder: Path, clean: dict, shards: int) -> None:
    """After the rerun: exactly what the clean run holds at this step."""
    held = holdings(folder)
    for key in ("originals", "uploads", "matches", "tickets"):
        if held[key] != clean[key]:
            kill.problems.append(f"after the rerun {key} differ from a clean run")
    if held["index_problems"] or held["indexed"] != len(clean["originals"]):
        kill.problems.append(f"after the rerun the index holds {held['indexed']} originals: "
                             f"{held['index_problems']}")
    if held["shards"] != shards:
        kill.problems.append(f"after the rerun {held['shards']} shards, not {shards}")


# --- the whole run ---------------------------------------------------------------------------

@dataclass
class Report:
    kills: list[Kill]
    durations: dict[str, float]
    seconds: float

    def summary(self) -> dict:
        landed = [kill for kill in self.kills if kill.landed]
        return {"kills": len(self.kills), "landed": len(landed),
                "by_job": dict(Counter(kill.job for kill in landed)),
                "failed_checks": sum(bool(kill.problems) for kill in self.kills),
                "problems": [f"cycle {k.cycle} {k.job} killed at {k.at:.2f}s: {p}"
                             for k in self.kills for p in k.problems],
                "clean_seconds": {job: round(s, 2) for job, s in self.durations.items()},
                "seconds": round(self.seconds, 1)}


def run_faults(folder: Path, kills: int = 50, seed: int = 7, media: Media | None = None,
               log=lambda line: None, minutes: float | None = None) -> Report:
    """``kills`` kills over cycles of add, scan --manifest and reshard, each checked; with
    ``minutes``, no new kill starts after that long (the report says how many were done)."""
    started = time.monotonic()
    rng = random.Random(seed)
    media = media or make_media(folder / "media")
    clean_ws = folder / "clean"
    shutil.rmtree(clean_ws, ignore_errors=True)
    durations, clean = {}, {}
    plan = {"add": 1, "scan": 1, "reshard": rng.choice([2, 3, 4])}
    for job in JOBS:                                  # the clean cycle: durations and results
        run = run_job(command(job, clean_ws, media, shards=plan["reshard"]))
        durations[job] = run.seconds
        clean[job] = holdings(clean_ws)
    log(f"clean cycle: {', '.join(f'{job} {s:.1f}s' for job, s in durations.items())}")
    done: list[Kill] = []
    cycle = 0
    deadline = None if minutes is None else started + 60 * minutes
    while len(done) < kills and (deadline is None or time.monotonic() < deadline):
        cycle += 1
        workspace = folder / f"cycle-{cycle}"
        shutil.rmtree(workspace, ignore_errors=True)
        shards = rng.choice([2, 3, 4])
        for job in JOBS:
            if len(done) >= kills or (deadline is not None and time.monotonic() > deadline):
                break
            at = rng.uniform(0.05, 1.0) * durations[job]
            workers = rng.choice([1, 2]) if job != "reshard" else 1
            before = holdings(workspace) if workspace.exists() else _empty()
            argv = command(job, workspace, media, shards=shards, workers=workers)
            run = run_job(argv, kill_after=at)
            kill = Kill(cycle, job, at, run.killed, len(run.records))
            checking = time.monotonic()
            check_after_kill(kill, run, workspace, folder / "scratch", clean[job], media,
                             before)
            try:
                rerun = run_job(argv)
                check_finished(kill, workspace, clean[job], shards if job == "reshard" else 1)
            except (RuntimeError, OriginError) as error:      # what the benchmark is for
                kill.problems.append(f"the rerun fails: {str(error).splitlines()[-1][:300]}")
                rerun = None
            kill.check_seconds = time.monotonic() - checking
            done.append(kill)
            log(f"cycle {cycle} {job:7s} killed at {at:5.2f}s "
                f"({'running' if kill.landed else 'already done'}, {kill.printed} printed, "
                f"rerun {rerun.seconds if rerun else float('nan'):.1f}s): "
                f"{'; '.join(kill.problems) or 'ok'}")
            if rerun is None:
                break                                   # this workspace is lost: a new cycle
        shutil.rmtree(workspace, ignore_errors=True)
    return Report(done, durations, time.monotonic() - started)


def _empty() -> dict:
    return {"originals": Counter(), "uploads": {}, "matches": Counter(), "tickets": Counter()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--minutes", type=float,
                        help="Start no new kill after this long (a loaded machine).")
    parser.add_argument("--work", type=Path, help="Working folder (default: a temporary one).")
    parser.add_argument("--json", action="store_true", help="Print the summary as JSON.")
    args = parser.parse_args()
    folder = args.work or Path(tempfile.mkdtemp(prefix="bench-faults-"))
    try:
        report = run_faults(folder, args.kills, args.seed,
                            log=lambda line: print(line, file=sys.stderr, flush=True),
                            minutes=args.minutes)
    finally:
        if args.work is None:
            shutil.rmtree(folder, ignore_errors=True)
    summary = report.summary()
    if args.json:
        print(json.dumps(summary))
    else:
        print(f"{summary['kills']} kills ({summary['landed']} while the job ran: "
              f"{summary['by_job']}), {summary['failed_checks']} with a failed check, "
              f"{summary['seconds']:.0f} s")
        for problem in summary["problems"]:
            print(f"  {problem}")
    sys.exit(1 if summary["failed_checks"] else 0)


if __name__ == "__main__":
    main()
