"""HTTP service load test: complaint intake, then ticket reads, by N concurrent clients for a
fixed time each, against `origin serve` on 127.0.0.1 (nothing else is ever addressed).

    python benchmarks/bench_service.py                          # SQLite, 8 clients, 20 s a phase
    python benchmarks/bench_service.py --postgres               # also a throwaway PostgreSQL
    python benchmarks/bench_service.py --clients 16 --seconds 30 --workers 2

Each client is a rights holder with its own key, filing notices for its own claimant against a
catalogue inserted in bulk (2 000 uploads, half matched to that claimant's originals: those
notices are acted on at once, the rest open a review ticket). Reads are a reviewer fetching one
ticket or a page of the ticket list. The same notices are then filed through `origin
complaints submit`'s Python API in one process (no HTTP) as the reference for what the service
adds. Prints requests/s, p50/p99 latency (client side), errors, the server's CPU time (user +
system of the uvicorn processes; answers per CPU second is what a core sustains when the machine
is shared), the load average, and checks that every complaint answered 201 is in the database
exactly once with its tickets.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
from sqlalchemy import insert, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from origin.catalogue import INDEXED, MatchRecord, Original, Upload  # noqa: E402
from origin.enforcement import complaints  # noqa: E402
from origin.enforcement.config import load_policy  # noqa: E402
from origin.enforcement.models import Complaint, Ticket  # noqa: E402
from origin.service import keys  # noqa: E402
from origin.workspace import Workspace  # noqa: E402

HOST = "127.0.0.1"
START = datetime(2026, 1, 5, 1, 0, tzinfo=timezone.utc)
UPLOADS = 2000
SEGMENTS = json.dumps([{"upload_start": 0.0, "upload_end": 20.0, "original_start": 5.0,
                        "original_end": 25.0}])


# --- set-up ----------------------------------------------------------------------------------

def populate(workspace: Workspace, claimants: list[str]) -> None:
    """Originals owned by the claimants; uploads, every other one matched to such an original."""
    with workspace.session() as session:
        session.execute(insert(Original), [dict(
            key=k + 1, id=f"o-{k:016x}", sha256=f"{k:064x}", path=f"/media/o{k}.mp4",
            owner=claimants[k % len(claimants)], published_at=START - timedelta(days=30),
            duration=30.0, frame_count=1, times=b"", codes=b"", view_count=1, state=INDEXED,
            added_at=START - timedelta(days=30)) for k in range(len(claimants) * 4)])
        session.execute(insert(Upload), [dict(
            id=f"u-{u:08d}", sha256=f"{u + 10**9:064x}", path=f"/media/u{u}.mp4",
            uploader=f"uploader-{u % 300}", uploaded_at=START - timedelta(days=1),
            duration=30.0, scanned_at=START) for u in range(UPLOADS)])
        session.execute(insert(MatchRecord), [dict(
            upload_id=f"u-{u:08d}", original_id=f"o-{u % (len(claimants) * 4):016x}",
            score=0.92, coverage_upload=0.66, coverage_original=0.66, matched_seconds=20.0,
            segments=SEGMENTS, scanned_at=START) for u in range(0, UPLOADS, 2)])


def notice(claimant: str, serial: int, rng: random.Random) -> dict:
    """A valid notice, a new complaint each time (its work names the serial). On a matched
    upload of the claimant's own original the match is found and the notice acted on at once."""
    return {"claimant": claimant, "contact": {"email": f"legal@{claimant}.example"},
            "work": f"{claimant} catalogue item #{serial}",
            "uploads": [f"u-{rng.randrange(UPLOADS):08d}"], "reference": f"{claimant}-{serial}",
            "evidence": [{"text": "registration certificate 2025-0001"}],
            "good_faith": True, "accurate": True}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


class Postgres:
    """A throwaway PostgreSQL cluster on a Unix socket in a temporary folder (Debian's
    binaries, run as the postgres user when we are root)."""

    def __init__(self) -> None:
        versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
        if not versions:
            raise SystemExit("PostgreSQL is not installed (apt-get install postgresql)")
        self.bin = versions[-1]
        self.folder = Path(tempfile.mkdtemp(prefix="origin-bench-pg-"))
        self.user = "postgres" if os.geteuid() == 0 else None
        if self.user:
            shutil.chown(self.folder, self.user)
        self._run("initdb", "-D", str(self.folder / "data"), "-A", "trust", "-U", "origin")
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-l", str(self.folder / "log"),
                  "-o", f"-k {self.folder} -c listen_addresses='' -c fsync=on", "-w", "start")
        self._run("createdb", "-h", str(self.folder), "-U", "origin", "origin")
        self.url = f"postgresql+psycopg://origin@/origin?host={self.folder}"

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin / tool), *args]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


# --- load ------------------------------------------------------------------------------------

@dataclass
class Phase:
    name: str
    latencies: list[float] = field(default_factory=list)
    statuses: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    server_cpu: float = 0.0

    def record(self, status: str, latency: float) -> None:
        self.latencies.append(latency)
        self.statuses[status] = self.statuses.get(status, 0) + 1

    def quantile(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else 0.0

    def ok(self) -> int:
        return sum(count for status, count in self.statuses.items() if status.startswith("2"))

    def summary(self) -> dict:
        total = len(self.latencies)
        return {"phase": self.name, "requests": total, "ok": self.ok(),
                "errors": total - self.ok(), "requests_per_s": round(total / self.seconds, 1),
                "ok_per_s": round(self.ok() / self.seconds, 1),
                "p50_ms": round(self.quantile(0.50), 1), "p99_ms": round(self.quantile(0.99), 1),
                "statuses": self.statuses, "server_cpu_s": round(self.server_cpu, 1),
                "ok_per_server_cpu_s": round(self.ok() / max(self.server_cpu, 1e-9), 1),
                "load_average": round(os.getloadavg()[0], 1)}


def process_cpu(pid: int) -> float:
    """User + system CPU seconds of a process and its children (uvicorn workers)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pids = [pid] + [int(child) for child in _children(pid)]
    for one in pids:
        try:
            fields = Path(f"/proc/{one}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def _children(pid: int) -> list[str]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = (task / "children")
        if children.exists():
            for child in children.read_text().split():
                found += [child] + _children(int(child))
    return found


async def run_phase(name: str, base: str, tokens: list[str], seconds: float, request,
                    server_pid: int) -> Phase:
    """``len(tokens)`` clients, each sending ``request(client, serial)`` back to back."""
    phase = Phase(name)
    stop_at = time.perf_counter() + seconds
    cpu_before = process_cpu(server_pid)
    started = time.perf_counter()

    async def client(number: int, token: str) -> None:
        headers = {"Authorization": f"Bearer {token}"}
        serial = 0
        async with httpx.AsyncClient(base_url=base, headers=headers, timeout=30.0) as http:
            while time.perf_counter() < stop_at:
                serial += 1
                sent = time.perf_counter()
                try:
                    response = await request(http, number, serial)
                    status = str(response.status_code)
                except httpx.HTTPError as error:
                    status = type(error).__name__
                phase.record(status, time.perf_counter() - sent)

    await asyncio.gather(*(client(n, token) for n, token in enumerate(tokens)))
    phase.seconds = time.perf_counter() - started
    phase.server_cpu = process_cpu(server_pid) - cpu_before
    return phase


def run_backend(label: str, db_url: str | None, args) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="origin-bench-service-"))
    workspace = Workspace(folder / "ws", db_url=db_url)
    claimants = [f"label-{n:02d}" for n in range(args.clients)]
    populate(workspace, claimants)
    with workspace.session() as session:
        holders = [keys.add(session, keys.RIGHTS_HOLDER, claimant=c, at=START)[1]
                   for c in claimants]
        readers = [keys.add(session, keys.REVIEWER, name=f"reviewer-{n}", at=START)[1]
                   for n in range(args.clients)]
    workspace.engine.dispose()
    port = free_port()
    environment = {**os.environ, "ORIGIN_NOW": START.isoformat()}
    command = [sys.executable, "-c", "from origin.cli import main; main()",
               "--workspace", str(folder / "ws"), "serve",
               "--host", HOST, "--port", str(port), "--workers", str(args.workers),
               "--scan-root", str(folder)]
    if db_url:
        command[5:5] = ["--db", db_url]
    server = subprocess.Popen(command, env=environment, start_new_session=True)
    base = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit(f"{label}: the service did not start")
            time.sleep(0.2)
        rngs = [random.Random(n) for n in range(args.clients)]
        accepted: dict[str, list[str]] = {}

        async def file(http, number, serial):
            body = notice(claimants[number], serial, rngs[number])
            response = await http.post("/v1/complaints", json=body)
            if response.status_code == 201:
                filed = response.json()
                accepted.setdefault(filed["complaint"], []).extend(filed["tickets"])
            return response

        intake = asyncio.run(run_phase("intake", base, holders, args.seconds, file, server.pid))
        ticket_ids = [ticket for filed in accepted.values() for ticket in filed]

        async def read(http, number, serial):
            if serial % 4 == 0:
                return await http.get("/v1/tickets", params={"page": 1 + serial % 20,
                                                             "per_page": 50})
            return await http.get(f"/v1/tickets/{random.choice(ticket_ids)}")

        reads = asyncio.run(run_phase("reads", base, readers, args.seconds, read, server.pid))
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    check = exactly_once(workspace, accepted, claimants)
    reference = direct_intake(folder, db_url, claimants, args, len(accepted))
    shutil.rmtree(folder, ignore_errors=True)
    return {"backend": label, "clients": args.clients, "workers": args.workers,
            "phases": [intake.summary(), reads.summary()], "exactly_once": check,
            "direct_intake": reference}


def exactly_once(workspace: Workspace, accepted: dict[str, list[str]],
                 claimants: list[str]) -> dict:
    """Every complaint answered 201 is in the database once, nothing else is, and every ticket
    it was answered with exists (a notice on an upload already under the same claim joins the
    open ticket instead of opening one)."""
    answered = {ticket for filed in accepted.values() for ticket in filed}
    with workspace.session() as session:
        stored = list(session.scalars(select(Complaint.id).where(
            Complaint.claimant.in_(claimants))))
        tickets = set(session.scalars(select(Ticket.id)))
    missing = set(accepted) - set(stored)
    unexpected = set(stored) - set(accepted)
    lost_tickets = answered - tickets
    return {"accepted": len(accepted), "in_database": len(stored),
            "duplicates": len(stored) - len(set(stored)), "missing": len(missing),
            "unexpected": len(unexpected), "tickets_answered": len(answered),
            "tickets_missing": len(lost_tickets),
            "ok": not (missing or unexpected or lost_tickets) and len(stored) == len(accepted)}


def direct_intake(folder: Path, db_url: str | None, claimants: list[str], args,
                  count: int) -> dict:
    """The same kind of notices through complaints.submit_file in one process: the reference."""
    if db_url:
        return {"skipped": "reference runs on SQLite only"}
    workspace = Workspace(folder / "direct", db_url=None)
    populate(workspace, claimants)
    rng = random.Random(99)
    path = folder / "direct.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for serial in range(max(count, 1000)):
            claimant = claimants[serial % len(claimants)]
            out.write(json.dumps(notice(claimant, serial, rng)) + "\n")
    policy = load_policy(workspace.path)
    cpu, wall = time.process_time(), time.perf_counter()
    results = list(complaints.submit_file(workspace, policy, path, now=START))
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    done = sum(result.status == "accepted" for result in results)
    return {"complaints": done, "per_s": round(done / wall, 1),
            "cpu_ms_per_complaint": round(1000 * cpu / max(done, 1), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    parser.add_argument("--postgres", action="store_true",
                        help="also run against a throwaway local PostgreSQL cluster")
    parser.add_argument("--postgres-url", help="an existing PostgreSQL database instead")
    parser.add_argument("--json", action="store_true", help="one JSON object per backend")
    args = parser.parse_args()
    runs = [("sqlite", None)]
    cluster = None
    if args.postgres and not args.postgres_url:
        cluster = Postgres()
    if args.postgres_url or cluster:
        runs.append(("postgresql", args.postgres_url or cluster.url))
    try:
        for label, url in runs:
            result = run_backend(label, url, args)
            if args.json:
                print(json.dumps(result))
                continue
            print(f"\n{label}: {args.clients} clients, {args.workers} worker(s), "
                  f"{args.seconds:g} s per phase")
            print(f"  {'phase':8s} {'req/s':>8s} {'ok/s':>8s} {'p50 ms':>8s} {'p99 ms':>8s} "
                  f"{'errors':>7s} {'server CPU s':>13s} {'ok per CPU s':>13s} {'load':>5s}")
            for phase in result["phases"]:
                print(f"  {phase['phase']:8s} {phase['requests_per_s']:8.1f} "
                      f"{phase['ok_per_s']:8.1f} {phase['p50_ms']:8.1f} {phase['p99_ms']:8.1f} "
                      f"{phase['errors']:7d} {phase['server_cpu_s']:13.1f} "
                      f"{phase['ok_per_server_cpu_s']:13.1f} {phase['load_average']:5.1f}"
                      f"   {phase['statuses']}")
            check = result["exactly_once"]
            print(f"  accepted complaints {check['accepted']}, in the database "
                  f"{check['in_database']}, missing {check['missing']}, unexpected "
                  f"{check['unexpected']}; tickets answered {check['tickets_answered']}, "
                  f"missing {check['tickets_missing']}: "
                  f"{'exactly once' if check['ok'] else 'MISMATCH'}")
            reference = result["direct_intake"]
            if "per_s" in reference:
                print(f"  reference, complaints submit in one process (no HTTP): "
                      f"{reference['per_s']} complaints/s, {reference['cpu_ms_per_complaint']} "
                      f"ms CPU each")
    finally:
        if cluster:
            cluster.stop()


if __name__ == "__main__":
    main()
