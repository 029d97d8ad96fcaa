"""Seed tables find close codes (all within 3 bits, most within 10, none beyond); the exact
comparison of nominated rows agrees with FAISS."""
import faiss
import numpy as np

from origin.index.kernels import nearest
from origin.index.multihash import SEED_RADIUS, SeedTables, result_arrays


def _flipped(codes: np.ndarray, counts, rng) -> np.ndarray:
    bits = np.unpackbits(codes, axis=1)
    for row, count in zip(bits, counts):
        row[rng.choice(64, count, replace=False)] ^= 1
    return np.packbits(bits, axis=1)


def _words(codes):
    return np.ascontiguousarray(codes).view("<u8").ravel()


def _codes(count=20_000, seed=0):
    return np.random.default_rng(seed).integers(0, 256, (count, 8), dtype=np.uint8)


def test_seeds_find_every_code_within_three_bits_and_most_within_the_seed_radius():
    codes = _codes()
    tables = SeedTables.build(codes)
    rng = np.random.default_rng(1)
    rows = rng.integers(0, len(codes), 2000)
    flips = rng.integers(0, SEED_RADIUS + 1, len(rows))
    distances, found = tables.seeds(_words(_flipped(codes[rows], flips, rng)), _words(codes), 4)
    hit = (found == rows[:, None]).any(axis=1)
    assert hit[flips <= 3].all()                       # pigeonhole: a word is clean, filter passes
    assert hit[(flips >= 6) & (flips <= 8)].mean() > 0.85    # one flipped bit probed per word
    assert hit[flips >= 11].mean() > 0.2
    assert (distances[found >= 0] <= SEED_RADIUS).all()
    assert (distances[hit, 0] == flips[hit]).all()


def test_seeds_report_each_row_once_nearest_first_and_nothing_beyond_the_radius():
    codes = _codes(5000, seed=2)
    duplicated = np.concatenate([codes[:50], codes[:50], codes[50:]])   # rows i and i + 50 equal
    tables = SeedTables.build(duplicated)
    queries = _words(codes[:50])
    distances, found = tables.seeds(queries, _words(duplicated), 6)
    for query in range(50):
        hits = found[query][found[query] >= 0].tolist()
        assert hits[:2] == [query, query + 50] and len(hits) == len(set(hits))
        assert (np.diff(distances[query][: len(hits)]) >= 0).all()
    far = _words(_flipped(codes[:20], [SEED_RADIUS + 2] * 20, np.random.default_rng(3)))
    assert (tables.seeds(far, _words(codes[:20]), 4)[1] == -1).all()


def test_tables_survive_a_save_and_memory_mapped_open(tmp_path):
    codes = _codes(3000, seed=4)
    built = SeedTables.build(codes)
    built.save(tmp_path)
    opened = SeedTables.open(tmp_path)
    assert isinstance(opened.rows_low, np.memmap)
    queries = _words(codes[::10])
    for a, b in zip(built.seeds(queries, _words(codes), 3), opened.seeds(queries, _words(codes), 3)):
        assert np.array_equal(a, b)


def test_nearest_over_row_ranges_agrees_with_faiss_exact_search():
    codes = _codes(4000, seed=5)
    rng = np.random.default_rng(6)
    queries = _flipped(codes[rng.integers(0, 4000, 300)], rng.integers(0, 16, 300), rng)
    distances, found = result_arrays(len(queries), 5)
    nearest(_words(queries), _words(codes), np.array([0, 1000]), np.array([600, 4000]), 13,
            distances, found)
    exact = faiss.IndexBinaryFlat(64)
    exact.add(codes)
    exact_distances, exact_rows = exact.search(queries, 4000)
    for query in range(len(queries)):
        allowed = (exact_distances[query] <= 13) & ((exact_rows[query] < 600) |
                                                     (exact_rows[query] >= 1000))
        expected = sorted(zip(exact_distances[query][allowed], exact_rows[query][allowed]))[:5]
        got = [(d, r) for d, r in zip(distances[query], found[query]) if r >= 0]
        assert got == [(int(d), int(r)) for d, r in expected]
