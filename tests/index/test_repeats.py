"""Codes an original repeats are stored once, and searches answer exactly as if every code were."""
import numpy as np

from origin.index.frames import FrameIndex
from origin.index.segment import EXACT_BELOW, Segment


def _repeating_originals(count, rng, first_key=1):
    """Originals that show few distinct frames many times (still shots), a third without repeats."""
    originals = []
    for key in range(first_key, first_key + count):
        distinct = rng.integers(0, 256, (int(rng.integers(4, 30)), 8), dtype=np.uint8)
        if key % 3 == 0:
            originals.append((key, distinct))
        else:
            originals.append((key, distinct[rng.integers(0, len(distinct), int(rng.integers(10, 90)))]))
    return originals


def _flipped(codes, rng, most):
    bits = np.unpackbits(codes, axis=1)
    for row in bits:
        row[rng.choice(64, int(rng.integers(0, most + 1)), replace=False)] ^= 1
    return np.packbits(bits, axis=1)


def _brute_force(originals, queries, k, radius):
    """(distance, key, code number) of the k nearest of every stored code, ties by key and number."""
    codes = np.concatenate([codes for _, codes in originals])
    keys = np.concatenate([[key] * len(codes) for key, codes in originals])
    numbers = np.concatenate([np.arange(len(codes)) for _, codes in originals])
    distances = np.unpackbits(queries[:, None, :] ^ codes[None], axis=2).sum(axis=2)
    answers = []
    for row in distances:
        near = np.flatnonzero(row <= radius)
        near = sorted(near, key=lambda j: (row[j], keys[j], numbers[j]))[:k]
        answers.append([(int(row[j]), int(keys[j]), int(numbers[j])) for j in near])
    return answers


def _answers(hits):
    return [[(int(d), int(o), int(c)) for d, o, c in zip(*row) if o >= 0]
            for row in zip(hits.distances, hits.originals, hits.codes)]


def test_repeats_are_stored_once_and_hits_name_every_code_number(tmp_path):
    rng = np.random.default_rng(3)
    originals = _repeating_originals(40, rng)
    segment = Segment.build(originals)
    total = sum(len(codes) for _, codes in originals)
    assert segment.size < total * 0.6 and segment.code_count == total
    segment.write(tmp_path / "seg")
    reopened = Segment.open(tmp_path / "seg")
    for (key, codes), (again, stored) in zip(originals, reopened.originals()):
        assert key == again and np.array_equal(codes, stored)       # every code number, in order
    everything = np.concatenate([codes for _, codes in originals])
    queries = _flipped(everything[rng.integers(0, len(everything), 200)], rng, 4)
    for k in (1, 4, 8, 40):
        expected = _brute_force(originals, queries, k, 6)
        assert _answers(segment.search(queries, k, 6)) == expected
        assert _answers(reopened.search(queries, k, 6)) == expected


def test_a_seed_searched_segment_finds_a_repeating_original_by_every_code_number(tmp_path):
    rng = np.random.default_rng(4)
    distractors = [(key, rng.integers(0, 256, (240, 8), dtype=np.uint8))
                   for key in range(1000, 1000 + EXACT_BELOW // 240 + 10)]
    still = rng.integers(0, 256, (3, 8), dtype=np.uint8)[np.repeat(np.arange(3), 40)]   # 3 shots
    segment = Segment.build(distractors + [(7, still)])
    assert segment.searched_by_seeds and segment.size == len(distractors) * 240 + 3
    queries = _flipped(still[[0, 40, 80, 1, 41]], rng, 3)
    hits = segment.search(queries, 40, 14)
    for row, shot in zip(range(len(queries)), (0, 1, 2, 0, 1)):
        assert set(hits.originals[row]) == {7}
        assert sorted(hits.codes[row]) == list(range(40 * shot, 40 * shot + 40))


def test_merges_and_reshards_keep_every_code_number(tmp_path):
    rng = np.random.default_rng(5)
    originals = _repeating_originals(60, rng)
    index = FrameIndex(tmp_path / "index")
    for number, (key, codes) in enumerate(originals):
        index.add(key, codes)
        if number % 7 == 6:
            index.save()                               # many small saves: tiered merges
    index.save()
    index.reshard(3)
    reopened = FrameIndex(tmp_path / "index")
    stored = {key: codes for shard in reopened.shards for segment in shard.segments
              for key, codes in segment.originals()}
    assert all(np.array_equal(stored[key], codes) for key, codes in originals)
    everything = np.concatenate([codes for _, codes in originals])
    queries = _flipped(everything[rng.integers(0, len(everything), 100)], rng, 3)
    assert _answers(reopened.search(queries, 8, 5)) == _brute_force(originals, queries, 8, 5)
