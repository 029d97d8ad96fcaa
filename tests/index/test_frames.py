"""A workspace's frame index: saves as immutable generations, legacy file, reshard, crash safety."""
import json
import os
import signal
import subprocess
import sys

import faiss
import numpy as np
import pytest

from origin.index import frames as frames_module
from origin.index import segment as segment_module
from origin.index.frames import FrameIndex
from origin.index.segment import Segment
from origin.index.shards import ShardUnreadable, Snapshot, shards_of


def _random_originals(count, seed=0, first_key=1):
    rng = np.random.default_rng(seed)
    return {key: rng.integers(0, 256, (int(rng.integers(20, 60)), 8), dtype=np.uint8)
            for key in range(first_key, first_key + count)}


def _found_originals(index, originals):
    """Original key found (radius 0) for the first code of each original."""
    queries = np.stack([codes[0] for codes in originals.values()])
    return index.search(queries, 1, 0).originals[:, 0].tolist()


def test_additions_are_searchable_before_and_after_save_and_after_reopening(tmp_path):
    originals = _random_originals(30)
    index = FrameIndex(tmp_path / "index")
    for key, codes in originals.items():
        index.add(key, codes)
    assert _found_originals(index, originals) == list(originals)       # queued, unsaved
    index.save()
    reopened = FrameIndex(tmp_path / "index")
    assert reopened.keys() == set(originals) and reopened.generation == 1
    assert _found_originals(reopened, originals) == list(originals)
    hits = reopened.search(originals[7][[5, 6]], 2, 0)
    assert hits.originals[:, 0].tolist() == [7, 7] and hits.codes[:, 0].tolist() == [5, 6]


def test_small_saves_are_merged_into_few_segments(tmp_path):
    index = FrameIndex(tmp_path / "index")
    originals = _random_originals(200, seed=1)
    for key, codes in originals.items():
        index.add(key, codes)
        if key % 5 == 0:
            index.save()
    segments = index.shards[0].segments
    assert len(segments) <= 5
    assert all(a.size >= b.size for a, b in zip(segments, segments[1:]))
    assert _found_originals(FrameIndex(tmp_path / "index"), originals) == list(originals)
    # only the files of this generation and the one before stay on disk
    snapshot = Snapshot.read(tmp_path / "index")
    on_disk = {path.name for path in (tmp_path / "index").iterdir()}
    kept = {"index.json", *snapshot.shards, *snapshot.previous}
    for name in (*snapshot.shards, *snapshot.previous):
        kept.update(json.loads((tmp_path / "index" / name).read_text())["segments"])
    assert on_disk == kept


def test_remove_takes_an_original_out_of_whichever_segment_holds_it(tmp_path):
    index = FrameIndex(tmp_path / "index")
    originals = _random_originals(12, seed=2)
    for key, codes in originals.items():
        index.add(key, codes)
        index.save()
    index.remove({3, 11})
    index.save()
    reopened = FrameIndex(tmp_path / "index")
    assert reopened.keys() == set(originals) - {3, 11}
    assert _found_originals(reopened, originals) == [
        -1 if key in (3, 11) else key for key in originals]


def test_reshard_splits_by_the_rule_and_back_with_the_same_answers(tmp_path):
    originals = _random_originals(60, seed=3)
    index = FrameIndex(tmp_path / "index")
    for key, codes in originals.items():
        index.add(key, codes)
    index.save()
    queries = np.concatenate([codes[::9] for codes in originals.values()])
    before = index.search(queries, 3, 20)
    done = []
    index.reshard(4, progress=done.append)
    assert done == [1, 2, 3, 4]
    reopened = FrameIndex(tmp_path / "index")
    assert reopened.shard_count == 4 and reopened.keys() == set(originals)
    for shard in reopened.shards:
        assert (shards_of(shard.keys(), 4) == shard.number).all()
    after = reopened.search(queries, 3, 20)
    assert np.array_equal(before.originals, after.originals)
    assert np.array_equal(before.codes, after.codes)
    reopened.add(500, originals[1])                  # new originals go to the rule's shard
    reopened.save()
    assert 500 in FrameIndex(tmp_path / "index").shards[shards_of(np.array([500]), 4)[0]].keys()
    reopened.reshard(1)
    assert FrameIndex(tmp_path / "index").keys() == set(originals) | {500}


def test_a_save_that_fails_midway_leaves_the_previous_generation_whole(tmp_path, monkeypatch):
    originals = _random_originals(20, seed=4)
    index = FrameIndex(tmp_path / "index")
    for key, codes in list(originals.items())[:10]:
        index.add(key, codes)
    index.save()
    index.reshard(3)
    for key, codes in list(originals.items())[10:]:
        index.add(key, codes)
    written = []

    def fail_after_one(self, folder, _write=Segment.write):
        if written:
            raise OSError("disk full")
        written.append(folder)
        _write(self, folder)

    monkeypatch.setattr(Segment, "write", fail_after_one)
    with pytest.raises(OSError):
        index.save()
    reopened = FrameIndex(tmp_path / "index")
    assert reopened.keys() == set(list(originals)[:10]) and reopened.shard_count == 3
    with pytest.raises(OSError):
        reopened.reshard(2)
    monkeypatch.undo()
    reopened = FrameIndex(tmp_path / "index")
    assert reopened.shard_count == 3 and reopened.keys() == set(list(originals)[:10])
    reopened.reshard(2)
    assert FrameIndex(tmp_path / "index").keys() == set(list(originals)[:10])
    assert not [p for p in (tmp_path / "index").iterdir() if p.name.endswith(".tmp")]


RESHARD_SCRIPT = """
import sys, numpy as np
from origin.index.frames import FrameIndex
from origin.index.segment import Segment
write = Segment.write
def slow_write(self, folder):
    write(self, folder)
    print("wrote", flush=True)
    import time; time.sleep(0.5)
Segment.write = slow_write
FrameIndex(sys.argv[1]).reshard(int(sys.argv[2]))
"""


def test_a_killed_reshard_loses_nothing_and_a_rerun_finishes(tmp_path):
    originals = _random_originals(80, seed=5)
    index = FrameIndex(tmp_path / "index")
    for key, codes in originals.items():
        index.add(key, codes)
    index.save()
    process = subprocess.Popen([sys.executable, "-c", RESHARD_SCRIPT, str(tmp_path / "index"), "6"],
                               stdout=subprocess.PIPE, text=True)
    for _ in range(2):                                  # two of six shards written, then kill -9
        assert process.stdout.readline().strip() == "wrote"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    survivor = FrameIndex(tmp_path / "index")
    assert survivor.shard_count == 1 and survivor.keys() == set(originals)
    assert _found_originals(survivor, originals) == list(originals)
    survivor.reshard(6)
    finished = FrameIndex(tmp_path / "index")
    assert finished.shard_count == 6 and finished.keys() == set(originals)
    assert _found_originals(finished, originals) == list(originals)


def test_an_unreadable_shard_fails_searches_by_name_until_rebuilt(tmp_path):
    originals = _random_originals(30, seed=6)
    index = FrameIndex(tmp_path / "index")
    for key, codes in originals.items():
        index.add(key, codes)
    index.save()
    index.reshard(3)
    victim = index.shard_paths[2]
    victim.unlink()
    damaged = FrameIndex(tmp_path / "index")
    assert damaged.status()[2].state.startswith("unreadable: shard 2 of 3")
    with pytest.raises(ShardUnreadable, match="shard 2 of 3"):
        damaged.search(originals[1][:1], 1, 0)
    lost = set(originals) - damaged.keys()
    assert lost and lost == set(np.array(list(originals))[shards_of(np.array(list(originals)), 3) == 2])
    assert damaged.drop_unreadable()
    for key in lost:                                    # what reconcile does from the database
        damaged.add(key, originals[key])
    damaged.save()
    assert _found_originals(FrameIndex(tmp_path / "index"), originals) == list(originals)


def _legacy_id_map(codes, ids):
    index = faiss.IndexBinaryIDMap(faiss.IndexBinaryFlat(64))
    index.add_with_ids(codes, ids)
    return index


def _legacy_id_map_2(codes, ids):
    index = faiss.IndexBinaryIDMap2(faiss.IndexBinaryFlat(64))
    index.add_with_ids(codes, ids)
    return index


def _legacy_inverted_lists(codes, ids):
    index = faiss.IndexBinaryIVF(faiss.IndexBinaryFlat(64), 64, 16)
    index.train(codes)
    index.add_with_ids(codes, ids)
    return index


@pytest.mark.parametrize("legacy_index", [_legacy_id_map, _legacy_id_map_2, _legacy_inverted_lists])
def test_the_pre_shard_index_file_is_read_as_shard_0_then_converted_on_save(tmp_path, legacy_index):
    originals = _random_originals(40, seed=7)
    codes = np.concatenate(list(originals.values()))
    ids = np.concatenate([(np.int64(key) << 32) + np.arange(len(c)) for key, c in originals.items()])
    legacy = tmp_path / "frames.faissb"
    faiss.write_index_binary(legacy_index(codes, ids), str(legacy))
    index = FrameIndex(tmp_path / "index", legacy)
    assert [row.state for row in index.status()] == ["legacy"]
    assert index.keys() == set(originals) and index.size == len(codes)
    assert not (tmp_path / "index").exists()               # reading wrote nothing
    hits = index.search(originals[9][[4]], 1, 0)
    assert (hits.originals[0, 0], hits.codes[0, 0]) == (9, 4)
    index.save()
    assert not legacy.exists()
    converted = FrameIndex(tmp_path / "index", legacy)
    assert [row.state for row in converted.status()] == ["ok"]
    assert _found_originals(converted, originals) == list(originals)


def _flipped(codes, flips, rng):
    bits = np.unpackbits(codes, axis=1)
    for row in bits:
        row[rng.choice(64, flips, replace=False)] ^= 1
    return np.packbits(bits, axis=1)


def test_large_segments_search_by_seeds_and_verify_like_small_ones(tmp_path, monkeypatch):
    originals = _random_originals(50, seed=8)
    rng = np.random.default_rng(8)
    queries = np.concatenate([_flipped(codes[::5], 3, rng) for codes in originals.values()])
    index = FrameIndex(tmp_path / "index")
    for key, codes in originals.items():
        index.add(key, codes)
    index.save()
    exact = FrameIndex(tmp_path / "index").search(queries, 3, 14)
    assert not index.shards[0].segments[0].searched_by_seeds
    monkeypatch.setattr(segment_module, "EXACT_BELOW", 100)
    seeded = FrameIndex(tmp_path / "index")
    assert seeded.shards[0].segments[0].searched_by_seeds
    by_seeds = seeded.search(queries, 3, 14)
    for name in ("distances", "originals", "codes"):
        assert np.array_equal(getattr(exact, name), getattr(by_seeds, name))
    # a query 14 bits from its code is found by comparing all, but nominates nothing by seeds
    far = _flipped(originals[1][:1], 14, rng)
    assert seeded.search(far, 3, 14).count == 0
    monkeypatch.undo()
    assert FrameIndex(tmp_path / "index").search(far, 3, 14).originals[0, 0] == 1


def test_segments_are_capped_and_saved_with_their_seed_tables(tmp_path, monkeypatch):
    monkeypatch.setattr(segment_module, "EXACT_BELOW", 100)
    monkeypatch.setattr(frames_module, "MAX_CODES", 1000)
    monkeypatch.setattr(segment_module, "MAX_CODES", 1000)
    originals = _random_originals(80, seed=10)          # ~3 200 codes
    index = FrameIndex(tmp_path / "index")
    for key, codes in originals.items():
        index.add(key, codes)
        if key % 10 == 0:
            index.save()
    reopened = FrameIndex(tmp_path / "index")
    segments = reopened.shards[0].segments
    assert len(segments) >= 4 and all(segment.size <= 1000 for segment in segments)
    assert all(segment.tables is not None and (segment.folder / "seed_filters.npy").exists()
               for segment in segments)
    assert _found_originals(reopened, originals) == list(originals)


def test_status_reports_each_shard(tmp_path):
    originals = _random_originals(30, seed=9)
    index = FrameIndex(tmp_path / "index")
    assert [row.state for row in index.status()] == ["empty"]
    for key, codes in originals.items():
        index.add(key, codes)
    index.save()
    index.reshard(2)
    rows = FrameIndex(tmp_path / "index").status()
    assert [(row.shard, row.shards, row.state) for row in rows] == [(0, 2, "ok"), (1, 2, "ok")]
    assert sum(row.codes for row in rows) == sum(len(c) for c in originals.values())
    assert sum(row.originals for row in rows) == 30
    assert all(8 <= row.bytes_per_code < 16 for row in rows)


def _flipped_in_high_words(codes, flips, rng):
    """Flip bits only in the upper 32 bits: table 0 (lowest word, next word as filter) still
    seeds them, whatever the count."""
    words = np.ascontiguousarray(codes).view("<u8").ravel().copy()
    for row in range(len(words)):
        for bit in rng.choice(32, flips, replace=False):
            words[row] ^= np.uint64(1) << np.uint64(32 + bit)
    return words.view(np.uint8).reshape(-1, 8)


def test_one_close_seed_or_seeds_at_two_of_its_codes_nominate_an_original(tmp_path, monkeypatch):
    monkeypatch.setattr(segment_module, "EXACT_BELOW", 100)
    originals = _random_originals(40, seed=11)
    index = FrameIndex(tmp_path / "index")
    for key, codes in originals.items():
        index.add(key, codes)
    index.save()
    rng = np.random.default_rng(12)
    close = _flipped_in_high_words(originals[5][:1], 6, rng)
    farther = _flipped_in_high_words(originals[5][:1], 10, rng)
    far = _flipped_in_high_words(originals[5][1:3], 12, rng)
    assert index.search(close, 4, 14).originals[0, 0] == 5
    assert index.search(farther, 4, 14).count == 0            # one 10-bit seed: not enough
    assert index.search(far[:1], 4, 14).count == 0
    both = index.search(far, 4, 14)
    assert both.originals[:, 0].tolist() == [5, 5] and both.codes[:, 0].tolist() == [1, 2]
    # Several upload codes near one code of it (a still shot's frames near a random code) are
    # still one code of the original: no nomination.
    cluster = np.concatenate([_flipped_in_high_words(originals[5][3:4], 10, rng)
                              for _ in range(4)])
    assert len(np.unique(cluster.view("<u8"))) == 4
    assert index.search(cluster, 4, 14).count == 0
