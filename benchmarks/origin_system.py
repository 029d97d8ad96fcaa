"""origin itself, driven through its Python API exactly as a batch job would drive it."""
from __future__ import annotations

import inspect
import tempfile
from pathlib import Path
from typing import Mapping

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


def run(originals: Mapping[str, Path], queries: Mapping[str, Path],
        durations: Mapping[str, float], workspace: Path | None = None) -> SystemRun:
    """Register the originals, scan every query with ``min_score=0`` (for the ranking), and take
    the default decision as score >= the default ``min_score`` of ``scan``."""
    from origin.workspace import Workspace

    threshold = default_min_score()
    result = SystemRun(NAME, notes=[f"default match: score >= {threshold:g} (Workspace.scan default)"])
    folder = workspace or Path(tempfile.mkdtemp(prefix="origin-bench-"))
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
