"""Batch-scan throughput: local ``--workers 1/2`` against ``--scheduler local:2``, 1/2/4 shards.

    python benchmarks/bench_scale.py [--uploads 12] [--seconds 20] [--distractor-codes 1000000]
                                     [--shards 1,2,4] [--executors local:1,local-workers:2,dask:local:2]
                                     [--out benchmarks/data/scale] [--json]

Builds (once, cached in ``--out``) generated originals, uploads that copy half of them (one
transform family each) and unrelated uploads, all 640x360; a workspace with the originals and
``--distractor-codes`` random distractor codes, resharded into each shard count. Then, for each
executor (started once, warmed up on one upload, so worker start-up and numba's first compile
are reported apart), each shard count is scanned from a fresh copy of its workspace through
``Workspace.scan`` with enforcement acting, as ``origin scan`` does. Reported per run: wall
seconds, uploads and video seconds per second, CPU seconds (this process and every worker
process, alive or finished) per minute of video, and whether the output equals the first run's
(tickets compared by presence, their ids being random). The Dask overhead is each Dask run
against the local run with as many processes and the same shards.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
for entry in (str(ROOT / "src"), str(ROOT)):
    if entry not in sys.path:
        sys.path.insert(0, entry)

from origin import synthetic  # noqa: E402

SIZE = (640, 360)
ORIGINALS = 6
FAMILIES = ("reencode", "crop", "hflip", "canvas_9x16_blur", "text_overlay", "pip")
DEFAULT_OUT = ROOT / "benchmarks" / "data" / "scale"


def log(*parts) -> None:
    print(*parts, file=sys.stderr, flush=True)


def build_media(out: Path, uploads: int, seconds: float) -> tuple[list[Path], list[Path]]:
    """Originals and uploads (a copy of an original every other upload), reused when present."""
    media = out / f"media-{uploads}x{seconds:g}s"
    media.mkdir(parents=True, exist_ok=True)
    originals = []
    for number in range(ORIGINALS):
        path = media / f"original-{number}.mp4"
        if not path.exists():
            synthetic.generate_video(path, seed=100 + number, seconds=seconds * 1.5, size=SIZE)
        originals.append(path)
    made = []
    for number in range(uploads):
        path = media / f"upload-{number:03d}.mp4"
        if not path.exists():
            if number % 2 == 0:
                source = originals[(number // 2) % ORIGINALS]
                synthetic.apply_transform(source, path, FAMILIES[(number // 2) % len(FAMILIES)],
                                          seed=number, subclip=(1.0, 1.0 + seconds))
            else:
                synthetic.generate_video(path, seed=500 + number, seconds=seconds, size=SIZE)
        made.append(path)
    return originals, made


def build_workspaces(out: Path, originals: list[Path], distractors: int,
                     shard_counts: list[int]) -> dict[int, Path]:
    """One workspace per shard count: the originals (one declared, so copies make tickets)
    and the distractor codes, resharded."""
    from benchmarks.origin_system import add_distractors
    from origin.jobs.maintain import reshard
    from origin.workspace import Workspace

    base = out / f"ws-{distractors}"
    if not (base / "done").exists():
        shutil.rmtree(base, ignore_errors=True)
        workspace = Workspace(base)
        list(workspace.add_originals(originals, owner="studio"))
        if distractors:
            log(f"adding {distractors} distractor codes")
            add_distractors(workspace, distractors)
        (base / "done").write_text("ok")
    spaces = {}
    for shards in shard_counts:
        folder = out / f"ws-{distractors}-{shards}shards"
        if not (folder / "done").exists():
            shutil.rmtree(folder, ignore_errors=True)
            shutil.copytree(base, folder)
            reshard(Workspace(folder), shards)
            (folder / "done").write_text("ok")
        spaces[shards] = folder
    return spaces


def process_tree_cpu() -> float:
    """CPU seconds of this process, its finished children and its live descendants."""
    me = psutil.Process()
    times = me.cpu_times()
    total = times.user + times.system + times.children_user + times.children_system
    for child in me.children(recursive=True):
        try:
            child_times = child.cpu_times()
        except psutil.Error:
            continue
        total += child_times.user + child_times.system
    return total


def open_executor(spec: str):
    from origin.jobs.executor import LocalExecutor

    if spec.startswith("dask:"):
        from origin.jobs.cluster import DaskExecutor

        return DaskExecutor(spec[len("dask:"):])
    return LocalExecutor(int(spec.rsplit(":", 1)[1]))


def processes(spec: str) -> int:
    return int(spec.rsplit(":", 1)[1])


def comparable(results) -> list:
    """A run's output with ticket ids replaced by their presence (ids are random)."""
    rows = []
    for result in results:
        data = result.to_json()
        for match in data.get("matches") or []:
            match["ticket"] = bool(match.get("ticket"))
        data.pop("upload_id", None)
        rows.append(data)
    return rows


def run(spaces: dict[int, Path], uploads: list[Path], executors: list[str],
        runs_folder: Path) -> dict:
    from origin.enforcement import scan_action
    from origin.workspace import Workspace

    os.environ.setdefault("ORIGIN_NOW", "2026-01-01T00:00:00+00:00")
    files = [str(path) for path in uploads]
    video_seconds = sum(synthetic.probe(path).duration for path in uploads)
    rows, reference = [], None
    for spec in executors:
        started = time.perf_counter()
        executor = open_executor(spec)
        startup = time.perf_counter() - started
        try:
            for shards, base in spaces.items():
                folder = runs_folder / f"{spec.replace(':', '-')}-{shards}"
                shutil.rmtree(folder, ignore_errors=True)
                shutil.copytree(base, folder)
                workspace = Workspace(folder)
                if startup is not None:            # warm-up: worker imports, numba's compile
                    started = time.perf_counter()
                    list(workspace.scan(files[:1], executor=executor))
                    warmup, startup_s = time.perf_counter() - started, startup
                    startup = None
                    shutil.rmtree(folder)
                    shutil.copytree(base, folder)
                    workspace = Workspace(folder)
                cpu, started = process_tree_cpu(), time.perf_counter()
                results = list(workspace.scan(files, executor=executor,
                                              act=scan_action(workspace)))
                wall, cpu = time.perf_counter() - started, process_tree_cpu() - cpu
                output = comparable(results)
                reference = reference if reference is not None else output
                row = {"executor": spec, "processes": processes(spec), "shards": shards,
                       "uploads": len(files), "video_seconds": round(video_seconds, 1),
                       "wall_s": round(wall, 2), "uploads_per_s": round(len(files) / wall, 3),
                       "video_seconds_per_s": round(video_seconds / wall, 2),
                       "cpu_s": round(cpu, 2),
                       "cpu_s_per_video_minute": round(cpu / (video_seconds / 60), 2),
                       "matched": sum(bool(r.matches) for r in results),
                       "errors": sum(r.error is not None for r in results),
                       "identical": output == reference,
                       "executor_start_s": round(startup_s, 2), "warmup_s": round(warmup, 2),
                       "load_average_1m": round(os.getloadavg()[0], 1)}
                rows.append(row)
                log(json.dumps(row))
                shutil.rmtree(folder, ignore_errors=True)
        finally:
            executor.close()
    return {"runs": rows, "dask_overhead": overhead(rows)}


def overhead(rows: list[dict]) -> list[dict]:
    """Each Dask run's wall and CPU over the local run with as many processes and shards."""
    local = {(row["processes"], row["shards"]): row for row in rows
             if not row["executor"].startswith("dask:")}
    found = []
    for row in rows:
        twin = local.get((row["processes"], row["shards"]))
        if row["executor"].startswith("dask:") and twin:
            found.append({"executor": row["executor"], "against": twin["executor"],
                          "shards": row["shards"],
                          "wall_ratio": round(row["wall_s"] / twin["wall_s"], 3),
                          "cpu_ratio": round(row["cpu_s"] / twin["cpu_s"], 3)})
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uploads", type=int, default=12)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--distractor-codes", type=int, default=1_000_000)
    parser.add_argument("--shards", default="1,2,4")
    parser.add_argument("--executors", default="local:1,local-workers:2,dask:local:2",
                        help="local:1 / local-workers:N (--workers N) / dask:ADDRESS")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    args = parser.parse_args()
    shard_counts = [int(value) for value in args.shards.split(",")]
    started = time.perf_counter()
    originals, uploads = build_media(args.out, args.uploads, args.seconds)
    spaces = build_workspaces(args.out, originals, args.distractor_codes, shard_counts)
    log(f"built in {time.perf_counter() - started:.0f} s")
    report = run(spaces, uploads, args.executors.split(","), args.out / "runs")
    report.update({"distractor_codes": args.distractor_codes, "cpus": os.cpu_count()})
    if args.json:
        print(json.dumps(report))
        return
    print(f"{'executor':24s} {'shards':>6s} {'wall s':>7s} {'uploads/s':>9s} {'video s/s':>9s} "
          f"{'CPU s/video min':>15s} {'same':>5s}")
    for row in report["runs"]:
        print(f"{row['executor']:24s} {row['shards']:6d} {row['wall_s']:7.1f} "
              f"{row['uploads_per_s']:9.2f} {row['video_seconds_per_s']:9.1f} "
              f"{row['cpu_s_per_video_minute']:15.2f} {str(row['identical']):>5s}")
    for row in report["dask_overhead"]:
        print(f"{row['executor']} vs {row['against']}, {row['shards']} shards: wall "
              f"x{row['wall_ratio']}, CPU x{row['cpu_ratio']}")


if __name__ == "__main__":
    main()
