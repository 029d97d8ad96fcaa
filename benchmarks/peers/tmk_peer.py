"""TMK+PDQF (Meta's temporal match kernel, via ``tmkpy``) as the benchmark's second peer.

``tmkpy.hashVideo`` pipes the video through an ``ffmpeg`` child (resampled to 15 frames/s, 64x64),
takes a PDQ-float feature per frame and folds them into one fixed-size signature per video.
Level 1 = cosine of the average features, level 2 = the kernel score at the best time offset;
TMK's validated defaults call a pair a match when both are >= 0.7. For ranking, a pair's score is
min(level 1, level 2), which passes a threshold exactly when both levels do. A whole-video
signature: weak on sub-clips and gives no segments. The CPU measure includes the ffmpeg child
(which may use several decoder threads: CPU time, not wall time, is what is counted).

Memory (stop 42: an all-systems run on held_out_17 was killed by the kernel at 23.7 GB): the
cause was a NaN score, not the features: TMK gives NaN for some pairs of held_out_17, and
``metrics.ranked_curve`` never advanced past a NaN threshold (NaN equals nothing), appending to its
curve until the memory ran out (~90 MB/s after the last query was scored). ``scores`` now gives 0
for NaN (no match) and ``ranked_curve`` refuses a NaN. Besides, the originals' features are kept
(~270 KB each), each query's are computed, scored and dropped before the next query, and the run
stops with a clear message (``MemoryCapExceeded``, reported as the system's reason, no figure) once
the process's resident memory passes ``RSS_CAP_MB`` (``ORIGIN_TMK_RSS_CAP_MB``, default 6 000).
"""
from __future__ import annotations

import math
import os
import shutil
from pathlib import Path
from typing import Mapping

from benchmarks.metrics import Prediction
from benchmarks.peers.common import SystemRun, cpu_seconds, quiet_stderr

NAME = "TMK+PDQF"
LEVEL_1_THRESHOLD = 0.7
LEVEL_2_THRESHOLD = 0.7
RSS_CAP_MB = float(os.environ.get("ORIGIN_TMK_RSS_CAP_MB", "6000"))


class MemoryCapExceeded(RuntimeError):
    """The run passed its resident-memory cap and was stopped (the benchmark reports no figure)."""


def resident_mb() -> float:
    """This process's resident memory now (MB; 0 where /proc is not there)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2 ** 20
    except (OSError, ValueError, IndexError):
        return 0.0


def available() -> str | None:
    try:
        import tmkpy  # noqa: F401
    except Exception as error:  # pragma: no cover - depends on the machine
        return f"tmkpy not importable ({error}); run scripts/install_peers.sh"
    if shutil.which("ffmpeg") is None:
        return "tmkpy needs the ffmpeg program (apt-get install ffmpeg)"
    return None


def fingerprint(path: Path | str):
    """The TMK feature vectors of one video (raises when ffmpeg cannot read it)."""
    import tmkpy

    with quiet_stderr():
        features = tmkpy.hashVideo(str(path), shutil.which("ffmpeg"))
    if features is None:
        raise ValueError(f"tmkpy could not hash {path}")
    return features


def scores(query, original) -> tuple[float, float]:
    """Level 1 and level 2 of a pair; NaN (features of a frame sequence with no variation: the
    kernel's norms are 0) is 0, no match: a NaN in the ranking made the benchmark's curve loop
    forever, the 23.7 GB of held_out_17's all-systems run."""
    import tmkpy

    level_1 = float(tmkpy.TMKFeatureVectors_computeLevel1Score(query, original))
    level_2 = float(tmkpy.TMKFeatureVectors_computeLevel2Score(query, original))
    return (0.0 if math.isnan(level_1) else level_1), (0.0 if math.isnan(level_2) else level_2)


def run(originals: Mapping[str, Path], queries: Mapping[str, Path],
        durations: Mapping[str, float], rss_cap_mb: float | None = None) -> SystemRun:
    """Fingerprint the originals, then one query at a time: fingerprint it, score it against every
    original, drop its features; stop with ``MemoryCapExceeded`` past ``rss_cap_mb``."""
    cap = RSS_CAP_MB if rss_cap_mb is None else rss_cap_mb
    result = SystemRun(NAME, notes=[f"match when level-1 >= {LEVEL_1_THRESHOLD} and level-2 >= "
                                    f"{LEVEL_2_THRESHOLD}; score = min(level-1, level-2); "
                                    "CPU includes the ffmpeg decoder child; "
                                    f"one query's features held at a time, RSS cap {cap:,.0f} MB"])

    def features_of(key: str, path: Path):
        start = cpu_seconds()
        try:
            features = fingerprint(path)
        except Exception as error:
            result.errors[key] = str(error)
            return None
        result.fingerprint_cpu_seconds += cpu_seconds() - start
        result.fingerprinted_video_seconds += durations.get(key, 0.0)
        return features

    def check(done: int) -> None:
        resident = resident_mb()
        if resident > cap:
            raise MemoryCapExceeded(f"{NAME}: resident memory {resident:,.0f} MB passed the cap of {cap:,.0f} MB "
                                    f"after {done} of {len(queries)} queries; stopped, no figure "
                                    "(raise ORIGIN_TMK_RSS_CAP_MB, or run --systems tmk alone)")

    kept = {key: f for key, f in ((key, features_of(key, path)) for key, path in originals.items()) if f is not None}
    check(0)
    for done, (query, path) in enumerate(queries.items(), 1):
        features = features_of(query, path)
        if features is not None:
            for original, original_features in kept.items():
                level_1, level_2 = scores(features, original_features)
                result.predictions.append(Prediction(
                    query, original, min(level_1, level_2),
                    level_1 >= LEVEL_1_THRESHOLD and level_2 >= LEVEL_2_THRESHOLD))
        del features
        check(done)
    return result
