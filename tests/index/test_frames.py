"""The frame index: exact while small, multi-index hashing past its size, and its saved file."""
import faiss
import numpy as np
import pytest

from origin.index import frames as index_module
from origin.index.frames import FrameIndex
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


def test_large_index_searches_by_multihash_and_sees_codes_added_after_the_first_search(
        tmp_path, codes, monkeypatch):
    monkeypatch.setattr(index_module, "APPROXIMATE_FROM", 1000)
    index = FrameIndex(tmp_path / "frames.faiss")
    index.add(7, codes[:5000])
    assert index.approximate
    hits = index.search(codes[[10, 20]], 4, radius=14)
    assert hits.originals[:, 0].tolist() == [7, 7] and hits.codes[:, 0].tolist() == [10, 20]
    index.add(9, codes[5000:6000])
    hits = index.search(codes[[5001]], 4, radius=14)
    assert (hits.originals[0, 0], hits.codes[0, 0], hits.distances[0, 0]) == (9, 1, 0)
    index.remove({7})
    assert index.search(codes[[10]], 4, radius=14).originals[0, 0] == -1


def test_exact_search_drops_neighbours_beyond_the_radius(tmp_path, codes):
    index = FrameIndex(tmp_path / "frames.faiss")
    index.add(3, codes[:100])
    query = _flipped(codes[:1], [6], np.random.default_rng(3))
    assert index.search(query, 1, radius=6).originals[0, 0] == 3
    assert index.search(query, 1, radius=5).originals[0, 0] == -1


def _inverted_lists(codes, ids):
    index = faiss.IndexBinaryIVF(faiss.IndexBinaryFlat(64), 64, 16)
    index.train(codes[:2000])
    index.add_with_ids(codes, ids)
    return index


def _id_map_2(codes, ids):
    index = faiss.IndexBinaryIDMap2(faiss.IndexBinaryFlat(64))
    index.add_with_ids(codes, ids)
    return index


@pytest.mark.parametrize("older_index", [_inverted_lists, _id_map_2])
def test_an_index_file_saved_by_an_older_origin_loads_with_every_code(tmp_path, codes, older_index):
    ids = (np.int64(5) << 32) + np.arange(3000, dtype=np.int64)
    faiss.write_index_binary(older_index(codes[:3000], ids), str(tmp_path / "frames.faiss"))
    index = FrameIndex(tmp_path / "frames.faiss")
    assert type(index.index) is faiss.IndexBinaryIDMap
    assert index.size == 3000 and index.keys() == {5}
    hits = index.search(codes[[123, 2999]], 1, radius=0)
    assert hits.codes[:, 0].tolist() == [123, 2999]
