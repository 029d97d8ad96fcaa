"""Frame-index query rate, recall of the exact search and memory, one core.

    python benchmarks/bench_index.py [--codes 10000000] [--queries 2000]

The indexed codes are uniform random 64-bit codes (the hardest case for approximate search: no
clusters to exploit); each query is an indexed code with 4-12 of its 64 bits flipped (the issue's
measure), and a second set with 13-14 flipped (still inside origin's match radius of 14). Recall
is the share of queries whose planted neighbour the index returns among its 8 nearest, relative
to the exact search. FAISS's exact index, then origin's ``FrameIndex`` (peak RSS is a running
maximum, so origin's figure is its own), then FAISS's inverted-file and multi-hash indexes.
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

import faiss
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from origin.index.frames import FrameIndex  # noqa: E402
from origin.index.segment import APPROXIMATE_FROM  # noqa: E402
from origin.match.matcher import MATCH_RADIUS  # noqa: E402


def rss_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6


def planted_queries(codes: np.ndarray, count: int, flips: tuple[int, int], rng):
    rows = rng.integers(0, len(codes), count)
    bits = np.unpackbits(codes[rows], axis=1)
    for row in bits:
        row[rng.choice(64, int(rng.integers(flips[0], flips[1] + 1)), replace=False)] ^= 1
    return np.packbits(bits, axis=1), rows


def measure(name: str, search, query_sets, exact_found) -> None:
    """``search(queries)`` -> row numbers [m, 8]; prints rate and recall on each query set."""
    figures = []
    for (queries, truth), exact in zip(query_sets, exact_found):
        start = time.perf_counter()
        rows = search(queries)
        rate = len(queries) / (time.perf_counter() - start)
        found = (rows == truth[:, None]).any(axis=1)
        figures.append(f"{rate:8.0f} q/s recall {(found & exact).sum() / max(exact.sum(), 1):.4f}")
    print(f"  {name:44s} 4-12 bits: {figures[0]}   13-14 bits: {figures[1]}   "
          f"peak RSS {rss_gb():.2f} GB", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codes", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=2000)
    args = parser.parse_args()
    faiss.omp_set_num_threads(1)
    rng = np.random.default_rng(0)
    codes = rng.integers(0, 256, (args.codes, 8), dtype=np.uint8)
    query_sets = [planted_queries(codes, args.queries, flips, rng) for flips in ((4, 12), (13, 14))]
    print(f"{args.codes:,} codes, {args.queries:,} queries per set, one thread")

    flat = faiss.IndexBinaryFlat(64)
    flat.add(codes)
    exact_found = [(flat.search(queries, 8)[1] == truth[:, None]).any(axis=1)
                   for queries, truth in query_sets]
    measure("IndexBinaryFlat (exact)", lambda queries: flat.search(queries, 8)[1], query_sets,
            exact_found)
    del flat

    with tempfile.TemporaryDirectory() as folder:
        index = FrameIndex(Path(folder) / "index")
        index.add(0, codes)
        index.save()
        index = FrameIndex(Path(folder) / "index")
        start = time.perf_counter()
        index.search(codes[:1], 8, MATCH_RADIUS)          # builds the search structure
        kind = "multi-index hashing" if index.size >= APPROXIMATE_FROM else "exact"
        print(f"  origin FrameIndex ({kind}): built at first search in "
              f"{time.perf_counter() - start:.1f} s")
        measure(f"origin FrameIndex, radius {MATCH_RADIUS}",
                lambda queries: index.search(queries, 8, MATCH_RADIUS).codes, query_sets,
                exact_found)
        del index

    nlist = max(16, int(4 * np.sqrt(args.codes)))
    ivf = faiss.IndexBinaryIVF(faiss.IndexBinaryFlat(64), 64, nlist)
    start = time.perf_counter()
    ivf.train(codes[rng.choice(len(codes), min(len(codes), 50 * nlist), replace=False)])
    ivf.add(codes)
    print(f"  IndexBinaryIVF nlist={nlist}: trained and filled in {time.perf_counter() - start:.0f} s")
    for nprobe in (16, 64, nlist // 50, nlist // 12):
        ivf.nprobe = nprobe
        measure(f"IndexBinaryIVF nprobe={nprobe}", lambda queries: ivf.search(queries, 8)[1],
                query_sets, exact_found)
    del ivf

    multi = faiss.IndexBinaryMultiHash(64, 4, 16)
    multi.add(codes)
    for nflip, count in ((1, args.queries), (2, args.queries // 10)):    # nflip 2 is slow
        multi.nflip = nflip
        measure(f"IndexBinaryMultiHash 4x16 nflip={nflip} ({count} q)",
                lambda queries: multi.search(queries, 8)[1],
                [(queries[:count], truth[:count]) for queries, truth in query_sets],
                [found[:count] for found in exact_found])


if __name__ == "__main__":
    main()
