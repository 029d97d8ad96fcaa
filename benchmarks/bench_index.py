"""Frame index at scale: memory per code, open time, query rate and recall, one core.

    python benchmarks/bench_index.py [--codes 10000000] [--queries 2000] [--json] [--no-peers]

Fills an index with uniform random 64-bit codes (the hard case: no clusters to exploit, no
repeats to drop) as originals of 240 codes (a 30 s original: 4 frames a second, two views),
saved as ``originals add`` saves it, in batches of ~8 M codes (the writer holds one batch).
Then a fresh process opens it (memory-mapped), pages all of it in (a worker that has served for
a while) and searches it the way a scan does (k 8, radius 14, 200 query codes a call).

Queries are indexed codes with bits flipped. ``recall_11_bits`` / ``recall_14_bits``: copies,
8 codes of one original searched together as a scan searches an upload's frames, each code with
4-14 flipped bits drawn independently; the share of planted codes with 4-11 (13-14) flipped bits
found, ``recall_by_bits`` per count, ``copies_found`` the share of copies with any code found.
``single_code_recall_*``: lone query codes (one frame of an original in a batch of unrelated
ones): seed-and-verify needs a seed within 6 bits or seeds at two codes of the original within
12 (``segment.py``), so a lone code beyond 6 bits is by design not found.
``bytes_per_code``: peak RSS of the serving process over the codes (everything resident:
interpreter, libraries and compiled kernels, ``rss_before_open_mb``, included);
``index_bytes_per_code`` the same without that baseline; ``file_bytes_per_code`` what the
segments occupy on disk. ``query_codes_per_s`` is per CPU second (other load does not count).
Peers in the same run on the lone-code sets: FAISS ``IndexBinaryFlat`` (exact; the codes alone,
in RAM) and, up to 20 M codes, FAISS ``IndexBinaryMultiHash`` (its multi-index hashing, 4 x 16).
"""
from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import resource
import shutil
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from origin.index.frames import FrameIndex  # noqa: E402
from origin.index.kernels import nearest  # noqa: E402
from origin.index.multihash import SeedTables, result_arrays  # noqa: E402
from origin.index.segment import MAX_CODES  # noqa: E402
from origin.match.matcher import MATCH_RADIUS  # noqa: E402

CODES_PER_ORIGINAL = 240
COPY_FRAMES = 8     # codes of one original searched together in the copy sets
K = 8


def _status_bytes(field: str) -> int:
    """``VmRSS``/``VmHWM`` of this process. Not ``getrusage``: its ``ru_maxrss`` survives
    ``exec``, so a spawned child would report the peak of the parent it was forked from."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def rss_bytes() -> int:
    return _status_bytes("VmRSS")


def peak_rss_bytes() -> int:
    return _status_bytes("VmHWM")


def random_codes(count: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, (count, 8), dtype=np.uint8)


def build(folder: Path, codes: int, shards: int, queries: int, log) -> dict:
    """Write the index in batches of one segment each; returns a pool of indexed originals to
    plant queries on, ``COPY_FRAMES`` of each one's codes (spread over every batch, so queries
    rarely share an original). The writer keeps only the batch in memory (saved segments are
    memory-mapped), so the build's peak stays near one batch whatever ``codes`` is."""
    if folder.exists():
        shutil.rmtree(folder)
    index = FrameIndex(folder)
    if shards > 1:
        index.reshard(shards)
    originals = codes // CODES_PER_ORIGINAL
    batch = max(1, (MAX_CODES // CODES_PER_ORIGINAL) // 2)
    rng = np.random.default_rng(1)
    per_batch = -(-queries // -(-originals // batch))
    pool_keys, pool_numbers, pool_codes = [], [], []
    started = time.perf_counter()
    for first in range(0, originals, batch):
        count = min(batch, originals - first)
        block = random_codes(count * CODES_PER_ORIGINAL, seed=first).reshape(
            count, CODES_PER_ORIGINAL, 8)
        for offset in range(count):
            index.add(first + offset + 1, block[offset])
        picked = rng.choice(count, min(count, per_batch), replace=False)
        numbers = np.stack([rng.choice(CODES_PER_ORIGINAL, COPY_FRAMES, replace=False)
                            for _ in picked]).reshape(len(picked), COPY_FRAMES)
        pool_keys += (first + picked + 1).tolist()
        pool_numbers.append(numbers)
        pool_codes.append(block[picked[:, None], numbers])
        del block
        index.save()
        log(f"  built {min(first + batch, originals) * CODES_PER_ORIGINAL:,} codes "
            f"({time.perf_counter() - started:.0f} s, peak RSS {peak_rss_bytes() / 1e9:.2f} GB)")
    return {"seconds": time.perf_counter() - started, "keys": np.array(pool_keys),
            "numbers": np.concatenate(pool_numbers), "codes": np.concatenate(pool_codes),
            "peak_rss": peak_rss_bytes()}


def flip(codes: np.ndarray, flipped: np.ndarray, rng) -> np.ndarray:
    bits = np.unpackbits(codes, axis=1)
    for row, number in zip(bits, flipped):
        row[rng.choice(64, int(number), replace=False)] ^= 1
    return np.packbits(bits, axis=1)


def planted(pool: dict, count: int, flips: tuple[int, int], rng):
    """Lone query codes: one code of each of ``count`` originals, ``flips`` bits flipped."""
    rows = rng.choice(len(pool["keys"]), count, replace=False)
    flipped = rng.integers(flips[0], flips[1] + 1, count)
    return (flip(pool["codes"][rows, 0], flipped, rng), pool["keys"][rows],
            pool["numbers"][rows, 0], flipped)


def planted_copies(pool: dict, count: int, flips: tuple[int, int], rng):
    """Copies: ``COPY_FRAMES`` codes of each of ``count // COPY_FRAMES`` originals searched in one
    batch, as a scan searches an upload's frames, each code with its own number of flipped bits."""
    rows = rng.choice(len(pool["keys"]), count // COPY_FRAMES, replace=False)
    flipped = rng.integers(flips[0], flips[1] + 1, len(rows) * COPY_FRAMES)
    codes = flip(pool["codes"][rows].reshape(-1, 8), flipped, rng)
    return (codes, np.repeat(pool["keys"][rows], COPY_FRAMES), pool["numbers"][rows].ravel(),
            flipped)


def touch(array) -> None:
    """Read one byte of every page of a (memory-mapped) array, so all of it is resident."""
    flat = np.asarray(array).reshape(-1).view(np.uint8)
    int(flat[::4096].sum())


def load_kernels() -> None:
    """Run the compiled search kernels once on a few codes, so the baseline RSS includes the
    machine code numba loads (a fixed ~60 MB, not the index's)."""
    tiny = random_codes(64, seed=0)
    words = tiny.view("<u8").ravel()
    SeedTables.build(tiny).seeds(words, words, K)
    distances, rows = result_arrays(len(words), K)
    nearest(words, words, np.zeros(1, np.int64), np.full(1, len(words), np.int64),
            MATCH_RADIUS, distances, rows)
    gc.collect()


def serve(folder: str, query_sets: list, batch: int, answer) -> None:
    """In a fresh process: open the index, page all of it in (a serving worker that has run for
    a while), search every query set, report RSS and rates."""
    import faiss

    faiss.omp_set_num_threads(1)
    load_kernels()
    before = rss_bytes()
    started = time.perf_counter()
    index = FrameIndex(folder)
    opened = time.perf_counter() - started
    started = time.perf_counter()
    for shard in index.shards:
        for segment in shard.segments:
            touch(segment.codes), touch(segment.keys), touch(segment.starts)
            if segment.tables is not None:
                for array in (segment.tables.offsets, segment.tables.rows_low,
                              segment.tables.rows_high, segment.tables.filters):
                    touch(array)
    warmed = time.perf_counter() - started
    index.search(query_sets[0][0][:1], K, MATCH_RADIUS)       # numba: load the compiled kernels
    results, seconds, searched = [], 0.0, 0
    for queries, keys, numbers, _ in query_sets:
        found = np.zeros(len(queries), bool)
        for first in range(0, len(queries), batch):
            chunk = slice(first, first + batch)
            start = time.process_time()         # CPU: other load on the machine does not count
            hits = index.search(queries[chunk], K, MATCH_RADIUS)
            seconds += time.process_time() - start
            searched += len(queries[chunk])
            found[chunk] = ((hits.originals == keys[chunk, None]) &
                            (hits.codes == numbers[chunk, None])).any(axis=1)
        results.append(found)
    answer.send({"open_seconds": opened, "warm_seconds": warmed,
                 "query_codes_per_s": searched / seconds,
                 "peak_rss": peak_rss_bytes(), "rss_before_open": before,
                 "file_bytes": sum(row.bytes for row in index.status()),
                 "segments": sum(row.segments for row in index.status()),
                 "found": results})


def measure_origin(folder: Path, query_sets: list, batch: int) -> dict:
    receive, send = multiprocessing.get_context("spawn").Pipe(duplex=False)
    process = multiprocessing.get_context("spawn").Process(
        target=serve, args=(str(folder), query_sets, batch, send))
    process.start()
    report = receive.recv()
    process.join()
    return report


def measure_faiss_peers(folder: Path, codes: int, query_sets: list, log) -> dict:
    """FAISS exact and multi-hash over the same codes (rebuilt from the generator seeds)."""
    import faiss

    faiss.omp_set_num_threads(1)
    peers = {}
    flat = faiss.IndexBinaryFlat(64)
    batch = max(1, (MAX_CODES // CODES_PER_ORIGINAL) // 2)
    originals = codes // CODES_PER_ORIGINAL
    for first in range(0, originals, batch):
        count = min(batch, originals - first)
        flat.add(random_codes(count * CODES_PER_ORIGINAL, seed=first))
    ids_of = _row_ids(originals, batch)
    sample = 200 if codes > 20_000_000 else 1000
    peers["faiss IndexBinaryFlat (exact)"] = _peer(
        lambda q: flat.search(q, K)[1], query_sets, sample, ids_of)
    log(f"  FAISS exact: {peers['faiss IndexBinaryFlat (exact)']}")
    if codes <= 20_000_000:
        multi = faiss.IndexBinaryMultiHash(64, 4, 16)
        multi.add(faiss.rev_swig_ptr(flat.xb.data(), flat.ntotal * 8).reshape(-1, 8))
        del flat
        multi.nflip = 1
        peers["faiss IndexBinaryMultiHash 4x16 nflip 1"] = _peer(
            lambda q: multi.search(q, K)[1], query_sets, sample, ids_of)
        log(f"  FAISS multi-hash: {peers['faiss IndexBinaryMultiHash 4x16 nflip 1']}")
    return peers


def _row_ids(originals: int, batch: int):
    """FAISS row -> (original key, code number), as the build numbered them."""
    def ids_of(rows):
        keys = rows // CODES_PER_ORIGINAL + 1
        return np.where(rows >= 0, keys, -1), np.where(rows >= 0, rows % CODES_PER_ORIGINAL, -1)
    return ids_of


def _peer(search, query_sets, sample: int, ids_of) -> dict:
    rates, recalls = [], []
    for queries, keys, numbers, _ in query_sets[:2]:
        start = time.perf_counter()
        rows = search(queries[:sample])
        rates.append(sample / (time.perf_counter() - start))
        found_keys, found_numbers = ids_of(rows)
        recalls.append(float(((found_keys == keys[:sample, None]) &
                              (found_numbers == numbers[:sample, None])).any(axis=1).mean()))
    return {"query_codes_per_s": round(float(np.mean(rates)), 1),
            "recall_11_bits": round(recalls[0], 4), "recall_14_bits": round(recalls[1], 4),
            "queries": sample}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codes", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=2000, help="per query set")
    parser.add_argument("--shards", type=int, default=1)
    parser.add_argument("--batch", type=int, default=200,
                        help="query codes per search call (an upload holds ~200 distinct)")
    parser.add_argument("--folder", type=Path, default=ROOT / "benchmarks" / "data" / "bench-index")
    parser.add_argument("--keep", action="store_true", help="keep the index folder afterwards")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    log = (lambda message: print(message, file=sys.stderr, flush=True)) if args.json else print
    codes = args.codes // CODES_PER_ORIGINAL * CODES_PER_ORIGINAL
    log(f"{codes:,} codes as {codes // CODES_PER_ORIGINAL:,} originals, {args.shards} shard(s), "
        f"{args.queries:,} queries per set, one thread")
    built = build(args.folder, codes, args.shards, 3 * args.queries, log)
    rng = np.random.default_rng(2)
    query_sets = [planted(built, args.queries, (4, 11), rng),
                  planted(built, args.queries, (13, 14), rng),
                  planted_copies(built, args.queries, (4, 14), rng)]
    served = measure_origin(args.folder, query_sets, args.batch)
    copies_found, copies_flipped = served["found"][2], query_sets[2][3]

    def recall(low: int, high: int) -> float:
        chosen = (copies_flipped >= low) & (copies_flipped <= high)
        return round(float(copies_found[chosen].mean()), 4)

    report = {
        "codes": codes, "shards": args.shards, "segments": served["segments"],
        "bytes_per_code": round(served["peak_rss"] / codes, 2),
        "index_bytes_per_code": round((served["peak_rss"] - served["rss_before_open"]) / codes, 2),
        "file_bytes_per_code": round(served["file_bytes"] / codes, 2),
        "rss_before_open_mb": round(served["rss_before_open"] / 1e6, 1),
        "open_seconds": round(served["open_seconds"], 3),
        "page_in_seconds": round(served["warm_seconds"], 2),
        "query_codes_per_s": round(served["query_codes_per_s"], 1),
        "recall_11_bits": recall(4, 11),
        "recall_14_bits": recall(13, 14),
        "recall_by_bits": {bits: recall(bits, bits) for bits in range(4, 15)},
        "copies_found": round(float(copies_found.reshape(-1, COPY_FRAMES).any(axis=1).mean()), 4),
        "single_code_recall_11_bits": round(float(served["found"][0].mean()), 4),
        "single_code_recall_14_bits": round(float(served["found"][1].mean()), 4),
        "build_seconds": round(built["seconds"], 1),
        "build_peak_rss_gb": round(built["peak_rss"] / 1e9, 2),
    }
    if not args.no_peers:
        report["peers"] = measure_faiss_peers(args.folder, codes, query_sets, log)
    if not args.keep:
        shutil.rmtree(args.folder, ignore_errors=True)
    if args.json:
        print(json.dumps(report))
    else:
        for key, value in report.items():
            print(f"{key:>22}: {value}")


if __name__ == "__main__":
    main()
