"""The audio store: postings found again after reopening, removal, crash-safe saves."""
from __future__ import annotations

import json

import numpy as np
import pytest

from origin.audio.landmarks import HASH_BITS, Landmarks
from origin.errors import OriginError
from origin.index.audio import MANIFEST, AudioStore


def marks(seed: int, count: int = 500) -> Landmarks:
    rng = np.random.default_rng(seed)
    return Landmarks(rng.integers(0, 1 << HASH_BITS, count).astype(np.uint32),
                     np.sort(rng.integers(0, 5000, count)).astype(np.int32))


def test_postings_come_back_after_reopening_from_every_shard(tmp_path):
    store = AudioStore(tmp_path / "audio", shard_count=3)
    originals = {key: marks(key) for key in (1, 2, 3, 7)}
    for key, value in originals.items():
        store.add(key, value)
    store.save()
    reopened = AudioStore(tmp_path / "audio")
    assert reopened.shard_count == 3 and reopened.keys() == {1, 2, 3, 7}
    assert reopened.postings == sum(len(value.hashes) for value in originals.values())
    query = np.unique(originals[7].hashes[:50])
    hits = reopened.search(query, max_postings=1000)
    from_seven = hits.originals == 7
    assert set(hits.query[from_seven]) == set(range(len(query)))
    for row, frame in zip(hits.query[from_seven], hits.frames[from_seven]):
        assert frame in originals[7].anchor_frames[originals[7].hashes == query[row]]


def test_removed_originals_are_gone_and_untouched_shards_keep_their_files(tmp_path):
    store = AudioStore(tmp_path, shard_count=2)
    store.add(2, marks(2))
    store.add(3, marks(3))
    store.save()
    before = json.loads((tmp_path / MANIFEST).read_text())["shards"]
    store.remove({2})
    store.save()
    after = json.loads((tmp_path / MANIFEST).read_text())["shards"]
    assert after[1] == before[1] and after[0]["postings"] != before[0]["postings"]
    reopened = AudioStore(tmp_path)
    assert reopened.keys() == {3}
    assert set(reopened.search(np.unique(marks(2).hashes), 1000).originals) <= {3}
    assert len(list(tmp_path.glob("*.npy"))) == 4          # old files deleted


def test_a_killed_save_leaves_the_last_store_readable_and_its_leftovers_are_removed(tmp_path):
    store = AudioStore(tmp_path)
    store.add(1, marks(1))
    store.save()
    (tmp_path / "postings-deadbeef0000.npy").write_bytes(b"half a file")
    (tmp_path / (MANIFEST + ".tmp")).write_text("{")
    reopened = AudioStore(tmp_path)
    assert reopened.keys() == {1}
    assert sorted(p.name for p in tmp_path.iterdir() if "deadbeef" in p.name or p.suffix == ".tmp") == []


@pytest.mark.parametrize("damage", ["manifest", "empty postings", "wrong shape"])
def test_an_unreadable_store_fails_a_reader_naming_it_and_a_writer_starts_afresh(tmp_path, damage):
    store = AudioStore(tmp_path)
    store.add(1, marks(1))
    store.save()
    if damage == "manifest":
        (tmp_path / MANIFEST).write_text("not json")
    elif damage == "empty postings":
        next(tmp_path.glob("postings-*.npy")).write_bytes(b"")    # np.load: EOFError
    else:
        (tmp_path / MANIFEST).write_text('["shards"]')
    with pytest.raises(OriginError, match=f"{tmp_path}: unreadable audio store .*rebuilds it"):
        AudioStore(tmp_path, collect=False)
    writer = AudioStore(tmp_path, collect=True)
    assert writer.failure and writer.keys() == set()
    writer.add(2, marks(2))
    writer.save()
    assert AudioStore(tmp_path, collect=False).keys() == {2} and writer.failure is None
    assert len(list(tmp_path.glob("*.npy"))) == 2           # the damaged files are gone


def test_hashes_many_tracks_have_are_skipped_past_the_limit_of_all_shards(tmp_path):
    store = AudioStore(tmp_path)
    common = Landmarks(np.full(10, 5, np.uint32), np.arange(10, dtype=np.int32))
    for key in range(20):
        store.add(key, common)
    store.save()
    assert len(store.search(np.array([5]), max_postings=1000).query) == 200
    assert len(store.search(np.array([5]), max_postings=100).query) == 0
    sharded = AudioStore(tmp_path / "sharded", shard_count=4)     # 50 postings a shard
    for key in range(20):
        sharded.add(key, common)
    sharded.save()
    assert len(sharded.search(np.array([5]), max_postings=200).query) == 200
    assert len(sharded.search(np.array([5]), max_postings=100).query) == 0


def test_readers_leave_a_running_writers_new_files_alone(tmp_path):
    store = AudioStore(tmp_path / "audio")
    store.add(1, marks(1))
    store.save()
    unfinished = tmp_path / "audio" / "hashes-being-written.npy"    # a writer between its steps
    unfinished.write_bytes(b"partial")
    reader = AudioStore(tmp_path / "audio", collect=False)
    assert unfinished.exists() and reader.keys() == {1}
    AudioStore(tmp_path / "audio")                                   # the writer's own open
    assert not unfinished.exists()


def test_unsaved_originals_are_searched_with_the_saved_ones_and_change_the_state(tmp_path):
    store = AudioStore(tmp_path / "audio")
    store.add(1, marks(1))
    store.save()
    reader = AudioStore(tmp_path / "audio", collect=False)
    before = reader.state
    reader.add_unsaved({2: marks(2)})
    assert reader.state != before and reader.keys() == {1, 2}
    hits = reader.search(np.unique(marks(2).hashes[:20]), max_postings=1000)
    assert set(hits.originals.tolist()) >= {2}
    assert len(list((tmp_path / "audio").iterdir())) == 3        # nothing written: manifest + 2
    assert AudioStore(tmp_path / "audio", collect=False).keys() == {1}


def test_a_store_written_before_pair_hashes_reads_as_empty_and_the_next_writer_rebuilds_it(tmp_path):
    store = AudioStore(tmp_path)
    store.add(1, marks(1))
    store.save()
    described = json.loads((tmp_path / MANIFEST).read_text())
    del described["hashes"]                               # as every store before pair hashes
    (tmp_path / MANIFEST).write_text(json.dumps(described))
    reader = AudioStore(tmp_path, collect=False)
    assert reader.outdated and reader.keys() == set() and "before pair hashes" in reader.failure
    assert len(list(tmp_path.glob("*.npy"))) == 2         # a reader deletes nothing
    writer = AudioStore(tmp_path)
    assert writer.outdated and writer.keys() == set()
    writer.add(1, marks(1))
    writer.save()
    rebuilt = AudioStore(tmp_path, collect=False)
    assert not rebuilt.outdated and rebuilt.keys() == {1} and writer.failure is None
    assert len(list(tmp_path.glob("*.npy"))) == 2         # the old generation's files are gone
