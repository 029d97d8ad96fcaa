"""vPDQ (Meta ThreatExchange) as the benchmark's first peer, used the way its matcher uses it.

One PDQ hash per second (``computeHash(path, seconds_per_hash=1.0)``); frames of quality < 50 are
dropped and identical hashes deduplicated; two frames match at Hamming distance <= 31 of 256;
query-match % = share of the query's unique frames that match some frame of the original. The
default decision is query-% >= 80 (the index-side percentage threshold is 0). A bag of hashes:
no order, no segments. Hashing runs with ``thread_count=1`` so the CPU measure is per core.
"""
from __future__ import annotations

from pathlib import Path
from typing import Mapping

import numpy as np

from benchmarks.metrics import Prediction
from benchmarks.peers.common import SystemRun, cpu_seconds

NAME = "vPDQ"
SECONDS_PER_HASH = 1.0
QUALITY_THRESHOLD = 50
DISTANCE_THRESHOLD = 31
QUERY_MATCH_PERCENT = 80.0

_POPCOUNT = np.array([bin(value).count("1") for value in range(256)], dtype=np.uint8)


def available() -> str | None:
    """None when vpdq imports, else why not (so the benchmark can still run the others)."""
    try:
        import vpdq  # noqa: F401
    except Exception as error:  # pragma: no cover - depends on the machine
        return f"vpdq not importable ({error}); run scripts/install_peers.sh"
    return None


def fingerprint(path: Path | str, threads: int = 1) -> np.ndarray:
    """The quality-filtered, deduplicated 256-bit hashes of a video as an (n, 32) uint8 array."""
    import vpdq

    features = vpdq.computeHash(str(path), seconds_per_hash=SECONDS_PER_HASH, thread_count=threads)
    seen: set[str] = set()
    rows = []
    for feature in features:
        if feature.quality >= QUALITY_THRESHOLD and feature.hex not in seen:
            seen.add(feature.hex)
            rows.append(np.frombuffer(bytes.fromhex(feature.hex), dtype=np.uint8))
    return np.array(rows, dtype=np.uint8).reshape(-1, 32)


def hamming(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """All pairwise Hamming distances between two (n, 32) and (m, 32) byte arrays."""
    return _POPCOUNT[first[:, None, :] ^ second[None, :, :]].sum(axis=2, dtype=np.int32)


def query_match_percent(query: np.ndarray, original: np.ndarray) -> float:
    if len(query) == 0 or len(original) == 0:
        return 0.0
    matched = (hamming(query, original) <= DISTANCE_THRESHOLD).any(axis=1)
    return 100.0 * float(matched.mean())


def run(originals: Mapping[str, Path], queries: Mapping[str, Path],
        durations: Mapping[str, float]) -> SystemRun:
    """Fingerprint everything, then score every (query, original) pair."""
    result = SystemRun(NAME, notes=[f"{SECONDS_PER_HASH:g} hash/s, quality >= {QUALITY_THRESHOLD}, "
                                    f"Hamming <= {DISTANCE_THRESHOLD}, match at query % >= "
                                    f"{QUERY_MATCH_PERCENT:g}; single-threaded hashing"])
    hashes: dict[str, np.ndarray] = {}
    for key, path in list(originals.items()) + list(queries.items()):
        start = cpu_seconds()
        try:
            hashes[key] = fingerprint(path)
        except Exception as error:
            result.errors[key] = str(error)
            continue
        result.fingerprint_cpu_seconds += cpu_seconds() - start
        result.fingerprinted_video_seconds += durations.get(key, 0.0)
    for query in queries:
        if query not in hashes:
            continue
        for original in originals:
            if original not in hashes:
                continue
            percent = query_match_percent(hashes[query], hashes[original])
            result.predictions.append(Prediction(query, original, percent / 100,
                                                 percent >= QUERY_MATCH_PERCENT))
    return result
