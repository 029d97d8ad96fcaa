"""origin itself, driven through its Python API exactly as a batch job would drive it."""
from __future__ import annotations

import hashlib
import inspect
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Mapping, Sequence

from benchmarks.metrics import Prediction
from benchmarks.peers.common import SystemRun, cpu_seconds

NAME = "origin"


def available() -> str | None:
    try:
        from origin.workspace import Workspace  # noqa: F401
    except Exception as error:
        return f"origin.workspace not importable ({error})"
    if not hasattr(Workspace, "add_originals") or not hasattr(Workspace, "scan"):
        return "origin.workspace.Workspace has no add_originals/scan yet"
    return None


def default_min_score() -> float:
    """origin's own default threshold: whatever ``Workspace.scan`` uses when not told."""
    from origin.workspace import Workspace

    return float(inspect.signature(Workspace.scan).parameters["min_score"].default)


def add_distractors(workspace, code_count: int, seed: int = 0, source=None, progress=None) -> int:
    """Catalogue and index originals made of distractor frame codes, ``code_count`` codes in all.

    Gives the suite a production-size index without decoding thousands of hours of video.
    ``source=None``: uniform random codes, the hard case for approximate search; else an object
    whose ``codes(number)`` gives (codes, times) of distractor original ``number``
    (``benchmarks.real_codes.RealCodeSource``: real frames, the hard case for false matches).
    Saved as ``originals add`` saves (about 8 M codes a save, so memory stays bounded), after the
    suite's own originals, so those are merged into the big segments and found the way a big
    index finds them. Returns how many distractor originals were added.
    """
    import numpy as np
    from origin.catalogue import INDEXED, Original
    from origin.video.fingerprint import ORIGINAL_CROPS, ORIGINAL_SAMPLE_FPS

    views, frames = len(ORIGINAL_CROPS), 120
    rng = np.random.default_rng(seed)
    random_times = np.repeat(np.arange(frames) / ORIGINAL_SAMPLE_FPS, views).astype(np.float32)
    published = datetime(2020, 1, 1, tzinfo=timezone.utc)
    index = workspace.open_index()
    added = number = originals = 0
    while added < code_count:
        rows = []
        with workspace.session() as session:
            for number in range(number, number + 1000):
                if source is None:
                    codes, times = rng.integers(0, 256, (views * frames, 8), dtype=np.uint8), random_times
                else:
                    codes, times = source.codes(number)
                codes = codes[:code_count - added]
                if len(codes) == 0:
                    continue
                added += len(codes)
                originals += 1
                rows.append((Original(
                    id=f"d-{number:014x}", sha256=f"{seed:016x}{number:048x}", path=f"distractor-{number}",
                    published_at=published, duration=frames / ORIGINAL_SAMPLE_FPS,
                    frame_count=frames, times=times[:len(codes)].tobytes(), codes=codes.tobytes(),
                    view_count=views, state=INDEXED, added_at=published), codes))
                session.add(rows[-1][0])
                if added >= code_count:
                    break
            session.flush()
            for row, codes in rows:
                index.add(row.key, codes)
        number += 1
        if progress is not None:
            progress(added)
        if (number // 1000) % 32 == 0:
            index.save()
    index.save()
    return originals


def distractor_count(workspace) -> int:
    """Distractor originals (ids ``d-...``) registered in a workspace: what a false-match rate
    per million originals divides by."""
    from sqlalchemy import func, select
    from origin.catalogue import Original

    with workspace.session() as session:
        return int(session.scalar(select(func.count()).select_from(Original)
                                  .where(Original.id.like("d-%"))))


KEPT_MARKER = "bench-distractors.json"


def _window(upload, start: float, seconds: float):
    """The part of an upload's fingerprint in [start, start + seconds), as a fingerprint of its
    own (times from 0; no keyframes: the distractors it is matched against have none)."""
    import numpy as np
    from origin.video.fingerprint import Fingerprint

    frames = np.flatnonzero((upload.times >= start) & (upload.times < start + seconds))
    renumber = np.full(len(upload.times), -1)
    renumber[frames] = np.arange(len(frames))
    rows = renumber[upload.frame_of] >= 0
    return Fingerprint(f"{upload.path}@{start:g}", seconds, upload.times[frames] - start,
                       upload.codes[rows], renumber[upload.frame_of[rows]])


def scan_windows(workspace, files: Sequence[Path], seconds: float) -> dict:
    """Every whole, non-overlapping ``seconds`` window of ``files`` matched as its own upload
    against the workspace's index with the global codes, each file fingerprinted once: thousands
    of short negative uploads for the price of one decode. What it counts is uploads matched to a
    distractor original (id ``d-...``) at the default threshold, and the best distractor score
    each window reached (how far below the threshold the closest come)."""
    import numpy as np
    from origin.jobs.fingerprinting import fingerprint_upload_file
    from origin.jobs.scan import original_lookup
    from origin.jobs.snapshot import read_index
    from origin.match.matcher import Matcher

    threshold = default_min_score()
    windows = with_codes = 0
    matched: list[dict] = []
    best: list[float] = []
    errors: dict[str, str] = {}
    start_cpu = cpu_seconds()
    with read_index(workspace, pin=False) as index:
        matcher = Matcher(None, original_lookup(workspace), None)
        for file in files:
            done = fingerprint_upload_file(str(file))
            if done.error or done.fingerprint is None:
                errors[str(file)] = done.error or "no pictures"
                continue
            upload = done.fingerprint
            for start in np.arange(0.0, upload.duration - seconds + 1e-6, seconds):
                window = _window(upload, float(start), seconds)
                windows += 1
                if not len(window.codes):
                    best.append(0.0)
                    continue
                with_codes += 1
                scores = [m.score for m in matcher.match_hits(window, index.search(window.codes), 0.0)
                          if m.original.startswith("d-")]
                best.append(max(scores, default=0.0))
                if best[-1] >= threshold:
                    matched.append({"window": window.path, "score": round(best[-1], 3)})
    scores = np.array(best) if best else np.zeros(1)
    return {"seconds": seconds, "files": len(files) - len(errors), "windows": windows,
            "windows_with_codes": with_codes, "matched": matched, "errors": errors,
            "best_distractor_score_max": round(float(scores.max()), 3),
            "best_distractor_score_p99": round(float(np.percentile(scores, 99)), 3),
            "cpu_seconds": round(cpu_seconds() - start_cpu, 1)}


def run(originals: Mapping[str, Path], queries: Mapping[str, Path],
        durations: Mapping[str, float], distractor_codes: int = 0, distractor_source=None,
        keep: Path | None = None, negative_windows: Sequence[Path] = (),
        window_seconds: float = 5.0) -> SystemRun:
    """Register the originals, scan every query with ``min_score=0`` (for the ranking), and take
    the default decision as score >= the default ``min_score`` of ``scan``. The workspace is a
    temporary folder, removed afterwards, or ``keep``: built there once and reused by later runs
    with the same originals and distractors (a 100 M-code index takes 10+ minutes to build)."""
    if keep is not None:
        return _run_in(Path(keep), originals, queries, durations, distractor_codes,
                       distractor_source, reuse=True, negative_windows=negative_windows,
                       window_seconds=window_seconds)
    with tempfile.TemporaryDirectory(prefix="origin-bench-") as folder:
        return _run_in(Path(folder), originals, queries, durations, distractor_codes, distractor_source,
                       negative_windows=negative_windows, window_seconds=window_seconds)


def _kept_recipe(originals: Mapping[str, Path], distractor_codes: int, distractor_source) -> dict:
    """What a kept workspace was built from: reused only when all of it is the same, the
    originals' bytes included (a rebuilt suite keeps its paths; a workspace kept from the old
    build registered the new files beside the old ones, and copies matched the old ones)."""
    return {"originals": sorted([str(path), _digest(Path(path))] for path in originals.values()),
            "distractor_codes": distractor_codes,
            "distractor_source": None if distractor_source is None else type(distractor_source).__name__}


def _digest(path: Path) -> str:
    """A file's content digest (a missing file has none: the registering reports it)."""
    if not path.is_file():
        return ""
    digest = hashlib.blake2b(digest_size=16)
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _run_in(folder: Path, originals: Mapping[str, Path], queries: Mapping[str, Path],
            durations: Mapping[str, float], distractor_codes: int, distractor_source=None,
            reuse: bool = False, negative_windows: Sequence[Path] = (),
            window_seconds: float = 5.0) -> SystemRun:
    import json
    import shutil

    from origin.workspace import Workspace

    recipe = _kept_recipe(originals, distractor_codes, distractor_source)
    marker = folder / KEPT_MARKER
    kept = reuse and marker.exists() and json.loads(marker.read_text()).get("recipe") == recipe
    if reuse and not kept and folder.exists():
        shutil.rmtree(folder)

    threshold = default_min_score()
    result = SystemRun(NAME, notes=[f"default match: score >= {threshold:g} (Workspace.scan default)"])
    ws = Workspace(folder)
    by_path = {str(path): key for key, path in originals.items()}
    original_key: dict[str, str] = {}           # origin's original id -> suite id
    start = cpu_seconds()
    for added in ws.add_originals([str(path) for path in originals.values()]):
        if added.error or not added.id:
            result.errors[by_path.get(added.path, added.path)] = added.error or "not added"
            continue
        original_key[added.id] = by_path.get(added.path, added.path)
    add_cpu = cpu_seconds() - start
    if kept:
        built = json.loads(marker.read_text())
        result.distractor_originals = distractor_count(ws)     # markers before this counted empty paths
        result.notes.append(built["note"] + f" (kept workspace {folder}, reused)")
    elif distractor_codes:
        began = time.perf_counter()
        added = add_distractors(ws, distractor_codes, source=distractor_source)
        result.distractor_originals = added
        status = ws.index_status()
        kind = "random" if distractor_source is None else "real-photo"
        result.notes.append(
            f"index holds {status.codes:,} codes ({added:,} {kind} originals) in "
            f"{len(status.shards)} shard(s), {sum(s.segments for s in status.shards)} segment(s), "
            f"{status.bytes / 1e6:,.0f} MB on disk; "
            f"built in {time.perf_counter() - began:.0f} s")
        if reuse:
            marker.write_text(json.dumps({"recipe": recipe, "added": added,
                                          "note": result.notes[-1]}))
    elif reuse:             # originals only (a catalogue): its registering is what is kept
        marker.write_text(json.dumps({"recipe": recipe, "added": 0,
                                      "note": f"{len(original_key)} originals registered in {add_cpu:.0f} s CPU"}))

    query_by_path = {str(path): key for key, path in queries.items()}
    start = cpu_seconds()
    for scanned in ws.scan([str(path) for path in queries.values()], min_score=0.0):
        query = query_by_path.get(scanned.upload, scanned.upload)
        if scanned.error:
            result.errors[query] = scanned.error
            continue
        for match in scanned.matches:
            reference = original_key.get(match.original, match.original)
            segments = tuple((s.upload_start, s.upload_end, s.original_start, s.original_end)
                             for s in match.segments)
            result.predictions.append(Prediction(query, reference, float(match.score),
                                                 match.score >= threshold, segments))
    scan_cpu = cpu_seconds() - start
    # Suite-wide CPU covers fingerprinting *and* matching; the 720p measure isolates fingerprinting.
    result.fingerprint_cpu_seconds = add_cpu + scan_cpu
    result.fingerprinted_video_seconds = sum(durations.get(k, 0.0) for k in [*originals, *queries])
    result.notes.append(f"suite CPU: add {add_cpu:.1f} s, scan {scan_cpu:.1f} s (scan includes matching)")
    if negative_windows:
        result.windows = scan_windows(ws, negative_windows, window_seconds)
    return result


def fingerprint_speed(path: Path, seconds: float) -> dict[str, float]:
    """× real time per core of registering ``path`` as an original and of scanning it as an upload."""
    from origin.workspace import Workspace

    with tempfile.TemporaryDirectory(prefix="origin-speed-") as folder:
        ws = Workspace(folder)
        start = cpu_seconds()
        list(ws.add_originals([str(path)]))
        add = cpu_seconds() - start
        start = cpu_seconds()
        list(ws.scan([str(path)]))
        scan = cpu_seconds() - start
    return {"original": seconds / add if add > 0 else float("nan"),
            "upload": seconds / scan if scan > 0 else float("nan")}
