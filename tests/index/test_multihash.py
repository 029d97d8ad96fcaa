"""Multi-index hashing: every code within its guaranteed radius, nothing beyond the radius."""
import faiss
import numpy as np
import pytest

from origin.index.multihash import MultiIndexHash


def _flipped(codes: np.ndarray, counts, rng) -> np.ndarray:
    bits = np.unpackbits(codes, axis=1)
    for row, count in zip(bits, counts):
        row[rng.choice(64, count, replace=False)] ^= 1
    return np.packbits(bits, axis=1)


@pytest.fixture(scope="module")
def codes():
    return np.random.default_rng(0).integers(0, 256, (20_000, 8), dtype=np.uint8)


def test_multihash_finds_every_code_within_eleven_bits_like_exact_search(codes):
    rng = np.random.default_rng(1)
    rows = rng.integers(0, len(codes), 400)
    queries = _flipped(codes[rows], rng.integers(0, 12, len(rows)), rng)
    distances, found = MultiIndexHash(codes).search(queries, 8, radius=11)
    exact = faiss.IndexBinaryFlat(64)
    exact.add(codes)
    exact_distances, exact_found = exact.search(queries, 8)
    for query in range(len(queries)):
        within = exact_distances[query] <= 11
        assert sorted(found[query][found[query] >= 0]) == sorted(exact_found[query][within])
        assert sorted(distances[query][found[query] >= 0]) == sorted(exact_distances[query][within])
        assert rows[query] in found[query]


def test_multihash_reports_each_row_once_and_nothing_beyond_the_radius(codes):
    duplicated = np.concatenate([codes[:50], codes[:50]])      # two rows per code
    rng = np.random.default_rng(2)
    flips = rng.integers(0, 14, 50)
    queries = _flipped(codes[:50], flips, rng)
    distances, found = MultiIndexHash(duplicated).search(queries, 6, radius=9)
    for query in range(50):
        hits = found[query][found[query] >= 0].tolist()
        assert sorted(hits) == ([query, query + 50] if flips[query] <= 9 else [])
        assert distances[query][: len(hits)].tolist() == [flips[query]] * len(hits)
    far = _flipped(codes[:1], [20], rng)
    assert (MultiIndexHash(codes[:1]).search(far, 4, radius=14)[1] == -1).all()
