"""Shards: a stable original -> shard rule, shards opened from their paths, hits merged as one."""
import json

import numpy as np
import pytest

from origin.index.frames import FrameIndex
from origin.index.hits import merge_hits
from origin.index.shards import ShardUnreadable, open_shard, shard_of, shards_of


def test_shard_rule_is_stable_balanced_and_moves_few_originals_when_shards_grow():
    keys = np.arange(1, 20_001)
    four = shards_of(keys, 4)
    assert [shard_of(int(key), 4) for key in keys[:50]] == four[:50].tolist()
    assert (shards_of(keys, 1) == 0).all()
    counts = np.bincount(four, minlength=4)
    assert counts.min() > 0.9 * len(keys) / 4
    five = shards_of(keys, 5)
    moved = four != five
    assert (five[moved] == 4).all()                  # only to the new shard
    assert abs(moved.mean() - 1 / 5) < 0.02
    # the rule is part of the file format: the paper's reference code, and pinned values
    for shards in (2, 3, 7, 64):
        assert shards_of(keys[:500], shards).tolist() == [_jump(int(k), shards) for k in keys[:500]]
    assert [shard_of(key, 7) for key in (1, 2, 3, 1000, 2**40)] == [6, 6, 3, 5, 5]


def _jump(key: int, buckets: int) -> int:
    """Jump consistent hash as printed in Lamping & Veach (2014), in plain Python."""
    bucket, jump = -1, 0
    while jump < buckets:
        bucket = jump
        key = (key * 2862933555777941757 + 1) % 2**64
        jump = int((bucket + 1) * (float(1 << 31) / float((key >> 33) + 1)))
    return bucket


def _index(folder, originals, shards=1):
    index = FrameIndex(folder)
    if shards > 1:
        index.reshard(shards)
    for key, codes in originals.items():
        index.add(key, codes)
    index.save()
    return index


@pytest.fixture
def originals():
    rng = np.random.default_rng(5)
    return {key: rng.integers(0, 256, (int(rng.integers(20, 60)), 8), dtype=np.uint8)
            for key in range(1, 41)}


def test_a_shard_opened_from_its_path_answers_like_its_part_of_the_index(tmp_path, originals):
    index = _index(tmp_path / "index", originals, shards=3)
    queries = np.concatenate([originals[key][:3] for key in originals])
    whole = index.search(queries, 4, 14)
    parts = [open_shard(path).search(queries, 4, 14) for path in index.shard_paths]
    merged = merge_hits(parts, 4)
    for name in ("distances", "originals", "codes"):
        assert np.array_equal(getattr(merged, name), getattr(whole, name))
    for key in originals:                             # every original is in the shard the rule names
        shard = open_shard(index.shard_paths[shard_of(key, 3)])
        assert key in shard.keys()


def test_hits_merge_the_same_however_the_codes_are_sharded(tmp_path, originals):
    queries = np.concatenate([originals[key][::7] for key in originals])
    one = _index(tmp_path / "one", originals).search(queries, 5, 30)
    four = _index(tmp_path / "four", originals, shards=4).search(queries, 5, 30)
    for name in ("distances", "originals", "codes"):
        assert np.array_equal(getattr(one, name), getattr(four, name))
    assert (one.distances[:, 0] == 0).all()
    rows = np.arange(len(queries))
    expected_keys = np.concatenate([[key] * len(originals[key][::7]) for key in originals])
    assert np.array_equal(one.originals[rows, 0], expected_keys)


def test_a_damaged_shard_is_named_when_opened(tmp_path, originals):
    index = _index(tmp_path / "index", originals, shards=2)
    path = index.shard_paths[1]
    segment = tmp_path / "index" / json.loads(path.read_text())["segments"][0]
    codes = segment / "codes.faissb"
    whole = codes.read_bytes()
    codes.write_bytes(b"garbage")
    with pytest.raises(ShardUnreadable, match=r"shard 1 of 2 .*unreadable") as raised:
        open_shard(path)
    codes.write_bytes(whole[:len(whole) // 2])              # a copy cut short
    with pytest.raises(ShardUnreadable, match=r"shard 1 of 2 .*unreadable \(read error") as cut:
        open_shard(path)
    for message in (str(raised.value), str(cut.value)):     # FAISS's C++ location is cut off
        assert "faiss::" not in message and ".cpp" not in message, message
    path.unlink()
    with pytest.raises(ShardUnreadable, match=r"shard 1 of 2 .*descriptor is missing"):
        open_shard(path)


def test_codes_files_are_faiss_flat_indexes_both_ways(tmp_path):
    """The codes file is read and written without FAISS (its import is a sixth of
    ``originals add``'s start-up), in FAISS's own layout: workspaces stay readable either way."""
    import faiss

    from origin.index.segment import read_codes, write_codes
    for count in (0, 1, 37):
        codes = np.random.default_rng(count).integers(0, 256, (count, 8), dtype=np.uint8)
        theirs = faiss.IndexBinaryFlat(64)
        if count:
            theirs.add(codes)
        faiss.write_index_binary(theirs, str(tmp_path / "theirs.faissb"))
        write_codes(tmp_path / "ours.faissb", codes)
        assert (tmp_path / "ours.faissb").read_bytes() == (tmp_path / "theirs.faissb").read_bytes()
        assert np.array_equal(read_codes(tmp_path / "theirs.faissb"), codes)
        back = faiss.read_index_binary(str(tmp_path / "ours.faissb"))
        assert back.ntotal == count and np.array_equal(
            faiss.vector_to_array(back.xb).reshape(-1, 8), codes)
    ivf = faiss.IndexBinaryIVF(faiss.IndexBinaryFlat(64), 64, 1)   # another kind of index
    faiss.write_index_binary(ivf, str(tmp_path / "ivf.faissb"))
    with pytest.raises(ValueError, match="not a 64-bit FAISS flat index"):
        read_codes(tmp_path / "ivf.faissb")


def test_registering_imports_no_faiss(tmp_path):
    """``originals add`` writes the frame index without FAISS (the keypoint search uses it)."""
    import subprocess
    import sys

    from origin.synthetic import generate_video
    video = tmp_path / "clip.mp4"
    generate_video(video, seed=3, seconds=2.0)
    code = ("import sys; from origin.cli import main\n"
            "try:\n    main(prog_name='origin')\nexcept SystemExit as done:\n"
            "    assert not done.code, done.code\n"
            "print(sorted(name for name in sys.modules if name.split('.')[0] == 'faiss'))")
    done = subprocess.run([sys.executable, "-c", code, "-w", str(tmp_path / "ws"), "originals",
                           "add", str(video)], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "[]", done.stdout + done.stderr
