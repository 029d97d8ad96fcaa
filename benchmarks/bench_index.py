"""Frame-index query rate, recall of the exact search and memory, one core.

    python benchmarks/bench_index.py [--codes 10000000] [--queries 2000]

The indexed codes are uniform random 64-bit codes (the hardest case for inverted lists: no
clusters to exploit); each query is an indexed code with 4-12 of its 64 bits flipped, the
distances at which ``origin`` accepts frame hits (radius 14). Recall is the share of queries whose
planted neighbour the index returns among its 8 nearest, relative to the exact search.
"""
from __future__ import annotations

import argparse
import resource
import time

import sys
from pathlib import Path

import faiss
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from origin.index import ivf_shape  # noqa: E402


def rss_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6


def planted_queries(codes: np.ndarray, count: int, rng) -> tuple[np.ndarray, np.ndarray]:
    rows = rng.integers(0, len(codes), count)
    bits = np.unpackbits(codes[rows], axis=1)
    for row in bits:
        row[rng.choice(64, int(rng.integers(4, 13)), replace=False)] ^= 1
    return np.packbits(bits, axis=1), rows


def measure(name: str, index, queries: np.ndarray, truth: np.ndarray, exact_found: np.ndarray):
    start = time.perf_counter()
    _, ids = index.search(queries, 8)
    rate = len(queries) / (time.perf_counter() - start)
    found = (ids == truth[:, None]).any(axis=1)
    recall = (found & exact_found).sum() / max(exact_found.sum(), 1)
    print(f"  {name:34s} {rate:10.0f} queries/s   recall of exact {recall:.4f}   "
          f"peak RSS {rss_gb():.2f} GB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codes", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=2000)
    args = parser.parse_args()
    faiss.omp_set_num_threads(1)
    rng = np.random.default_rng(0)
    codes = rng.integers(0, 256, (args.codes, 8), dtype=np.uint8)
    queries, truth = planted_queries(codes, args.queries, rng)
    print(f"{args.codes:,} codes, {args.queries:,} queries, one thread")

    flat = faiss.IndexBinaryFlat(64)
    flat.add(codes)
    start = time.perf_counter()
    _, exact = flat.search(queries, 8)
    rate = len(queries) / (time.perf_counter() - start)
    exact_found = (exact == truth[:, None]).any(axis=1)
    print(f"  {'IndexBinaryFlat (exact)':34s} {rate:10.0f} queries/s   recall 1 (by definition)"
          f"      peak RSS {rss_gb():.2f} GB")
    del flat

    nlist, origin_nprobe = ivf_shape(args.codes)
    ivf = faiss.IndexBinaryIVF(faiss.IndexBinaryFlat(64), 64, nlist)
    start = time.perf_counter()
    ivf.train(codes[rng.choice(len(codes), min(len(codes), 50 * nlist), replace=False)])
    ivf.add(codes)
    print(f"  IndexBinaryIVF nlist={nlist}: trained and filled in {time.perf_counter() - start:.0f} s")
    for nprobe in sorted({16, 64, origin_nprobe, 4 * origin_nprobe}):
        ivf.nprobe = nprobe
        label = " (origin)" if nprobe == origin_nprobe else ""
        measure(f"IndexBinaryIVF nprobe={nprobe}{label}", ivf, queries, truth, exact_found)
    del ivf

    for nflip in (1, 2):
        multi = faiss.IndexBinaryMultiHash(64, 4, 16)
        multi.add(codes)
        multi.nflip = nflip
        measure(f"IndexBinaryMultiHash 4x16 nflip={nflip}", multi, queries, truth, exact_found)
        del multi


if __name__ == "__main__":
    main()
