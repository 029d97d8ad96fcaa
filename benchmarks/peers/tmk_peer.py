"""TMK+PDQF (Meta's temporal match kernel, via ``tmkpy``) as the benchmark's second peer.

``tmkpy.hashVideo`` pipes the video through an ``ffmpeg`` child (resampled to 15 frames/s, 64x64),
takes a PDQ-float feature per frame and folds them into one fixed-size signature per video.
Level 1 = cosine of the average features, level 2 = the kernel score at the best time offset;
TMK's validated defaults call a pair a match when both are >= 0.7. For ranking, a pair's score is
min(level 1, level 2), which passes a threshold exactly when both levels do. A whole-video
signature: weak on sub-clips and gives no segments. The CPU measure includes the ffmpeg child
(which may use several decoder threads: CPU time, not wall time, is what is counted).
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Mapping

from benchmarks.metrics import Prediction
from benchmarks.peers.common import SystemRun, cpu_seconds, quiet_stderr

NAME = "TMK+PDQF"
LEVEL_1_THRESHOLD = 0.7
LEVEL_2_THRESHOLD = 0.7


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
    import tmkpy

    level_1 = tmkpy.TMKFeatureVectors_computeLevel1Score(query, original)
    level_2 = tmkpy.TMKFeatureVectors_computeLevel2Score(query, original)
    return float(level_1), float(level_2)


def run(originals: Mapping[str, Path], queries: Mapping[str, Path],
        durations: Mapping[str, float]) -> SystemRun:
    result = SystemRun(NAME, notes=[f"match when level-1 >= {LEVEL_1_THRESHOLD} and level-2 >= "
                                    f"{LEVEL_2_THRESHOLD}; score = min(level-1, level-2); "
                                    "CPU includes the ffmpeg decoder child"])
    features = {}
    for key, path in list(originals.items()) + list(queries.items()):
        start = cpu_seconds()
        try:
            features[key] = fingerprint(path)
        except Exception as error:
            result.errors[key] = str(error)
            continue
        result.fingerprint_cpu_seconds += cpu_seconds() - start
        result.fingerprinted_video_seconds += durations.get(key, 0.0)
    for query in queries:
        if query not in features:
            continue
        for original in originals:
            if original not in features:
                continue
            level_1, level_2 = scores(features[query], features[original])
            result.predictions.append(Prediction(
                query, original, min(level_1, level_2),
                level_1 >= LEVEL_1_THRESHOLD and level_2 >= LEVEL_2_THRESHOLD))
    return result
