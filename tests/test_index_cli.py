"""``origin index status|reshard`` and scans over shards, as a batch job runs them."""
import json
import shutil

import faiss
import numpy as np
import pytest
from click.testing import CliRunner
from sqlalchemy import select

from origin.catalogue import Original
from origin.cli import main
from origin.workspace import Workspace


def _invoke(workspace, *arguments):
    return CliRunner().invoke(main, ["-w", str(workspace), *arguments])


def _scan(workspace, *paths):
    result = _invoke(workspace, "scan", *map(str, paths), "--json")
    return result, [json.loads(line) for line in result.stdout.splitlines()]


def _matches(records):
    return [[(m["original"], round(m["score"], 6), m["segments"]) for m in r["matches"]]
            for r in records]


def test_reshard_keeps_every_match_and_status_reports_each_shard(tmp_path, media):
    workspace = tmp_path / "ws"
    assert _invoke(workspace, "originals", "add", str(media["original_a"]),
                   str(media["original_b"])).exit_code == 0
    status = json.loads(_invoke(workspace, "index", "status", "--json").stdout)
    assert status["state"] == "ok" and status["shard_count"] == 1
    assert status["originals"] == status["database_originals"] == 2 and status["codes"] > 100
    assert 8 <= status["bytes_per_code"] < 32
    _, before = _scan(workspace, media["original_a"], media["unrelated"])

    resharded = _invoke(workspace, "index", "reshard", "--shards", "3", "--json")
    assert resharded.exit_code == 0, resharded.output
    status = json.loads(resharded.stdout)
    assert status["shard_count"] == 3 and status["originals"] == 2
    assert [shard["shard"] for shard in status["shards"]] == [0, 1, 2]
    _, after = _scan(workspace, media["original_a"], media["unrelated"])
    assert _matches(after) == _matches(before) and after[0]["matches"]
    text = _invoke(workspace, "index", "status")
    assert text.exit_code == 0 and "3 shard(s)" in text.stdout and "shard 2/3" in text.stdout


def test_an_unreadable_shard_fails_the_scan_by_name_and_the_next_add_repairs_it(tmp_path, media):
    workspace = tmp_path / "ws"
    _invoke(workspace, "originals", "add", str(media["original_a"]), str(media["original_b"]))
    _invoke(workspace, "index", "reshard", "--shards", "2")
    shards = json.loads(_invoke(workspace, "index", "status", "--json").stdout)["shards"]
    damaged = next(shard for shard in shards if shard["originals"])
    segment = json.loads(open(damaged["path"]).read())["segments"][0]
    shutil.rmtree(workspace / "index" / segment)

    scanned = _invoke(workspace, "scan", str(media["original_a"]), "--json")
    assert scanned.exit_code == 2                      # nothing scanned
    assert f"shard {damaged['shard']} of 2" in scanned.output and "unreadable" in scanned.output
    assert "(the next originals add or index reshard rebuilds the index" in scanned.output
    status = _invoke(workspace, "index", "status", "--json")
    assert status.exit_code == 1 and json.loads(status.stdout)["problems"]

    assert _invoke(workspace, "originals", "add", str(media["unrelated"])).exit_code == 0
    assert json.loads(_invoke(workspace, "index", "status", "--json").stdout)["state"] == "ok"
    result, [record] = _scan(workspace, media["original_b"])
    assert result.exit_code == 0 and record["matches"][0]["score"] > 0.9


@pytest.mark.parametrize("emptied", ["keys.npy", "starts.npy", "repeats.npy"])
def test_an_emptied_segment_file_is_named_and_a_reshard_repairs_it(tmp_path, media, emptied):
    """A crash before the disk had a segment's bytes can leave its files empty: numpy raised
    EOFError, which click took for Ctrl-D, and ``index status`` and ``scan`` said only
    "Aborted!" (stop 29)."""
    workspace = tmp_path / "ws"
    _invoke(workspace, "originals", "add", str(media["original_a"]))
    [segment] = [path for path in (workspace / "index").iterdir() if path.name.startswith("seg-")]
    assert (segment / emptied).exists()
    (segment / emptied).write_bytes(b"")
    for command in (["index", "status"], ["scan", str(media["original_a"])]):
        result = _invoke(workspace, *command)
        assert result.exit_code in (1, 2) and "Aborted" not in result.output, result.output
        assert f"{segment.name}: " in result.output and "unreadable (No data left in file)" \
            in result.output, result.output
    assert _invoke(workspace, "index", "reshard", "--shards", "1").exit_code == 0
    result, [record] = _scan(workspace, media["original_a"])
    assert result.exit_code == 0 and record["matches"][0]["score"] > 0.9


def test_a_workspace_from_before_shards_scans_as_it_is(tmp_path, media):
    workspace = Workspace(tmp_path / "ws")
    list(workspace.add_originals([media["original_a"]]))
    _, before = _scan(tmp_path / "ws", media["original_a"])
    legacy = faiss.IndexBinaryIDMap(faiss.IndexBinaryFlat(64))    # the old single file
    with workspace.session() as session:
        for key, codes in session.execute(select(Original.key, Original.codes)):
            codes = np.frombuffer(codes, np.uint8).reshape(-1, 8)
            legacy.add_with_ids(codes, (np.int64(key) << 32) + np.arange(len(codes)))
    shutil.rmtree(workspace.index_folder)
    faiss.write_index_binary(legacy, str(tmp_path / "ws" / "frames.faissb"))

    status = json.loads(_invoke(tmp_path / "ws", "index", "status", "--json").stdout)
    assert [shard["state"] for shard in status["shards"]] == ["legacy"]
    _, after = _scan(tmp_path / "ws", media["original_a"])
    assert _matches(after) == _matches(before)
    assert not workspace.index_folder.exists()                     # scanning wrote nothing
    assert _invoke(tmp_path / "ws", "originals", "add", str(media["original_b"])).exit_code == 0
    status = json.loads(_invoke(tmp_path / "ws", "index", "status", "--json").stdout)
    assert [shard["state"] for shard in status["shards"]] == ["ok"] and status["originals"] == 2
    assert not (tmp_path / "ws" / "frames.faissb").exists()


def test_status_says_the_frame_index_counts_originals_with_pictures(tmp_path):
    # a workspace of songs read "0 originals (0 in the database)" with every song registered
    from origin.synthetic_audio import melody, write_audio

    song = write_audio(tmp_path / "song.wav", melody(3, 10))
    workspace = tmp_path / "ws"
    assert _invoke(workspace, "originals", "add", str(song)).exit_code == 0
    text = _invoke(workspace, "index", "status")
    assert text.exit_code == 0, text.output
    assert "0 originals with pictures (0 in the database)" in text.stdout


def test_a_retrain_gives_workspaces_of_one_catalogue_the_same_cells_whatever_their_history(
        tmp_path, media, monkeypatch):
    """The keypoint index's cells are learnt at a workspace's first scan from the rows it then
    holds and serve until the index outgrows them: a workspace scanned between two adds held
    other cells than one that registered the same originals at once, in another order, and
    could score otherwise (docs/matching.md, *Registration order*). ``index retrain`` learns
    them from every row; a retrain that only refilled the old cells fails here."""
    from origin.index import keypoints as keypoint_index

    monkeypatch.setattr(keypoint_index, "EXACT_BELOW", 1000)       # ~3 000 descriptors: cells
    monkeypatch.setattr(keypoint_index, "CELLS_SERVE_UP_TO", 2.0)  # the first cells still serve
    videos = [media["original_a"], media["original_b"], media["unrelated"]]
    stepwise, at_once = tmp_path / "stepwise", tmp_path / "at-once"
    assert _invoke(stepwise, "originals", "add", str(videos[0]), str(videos[1])).exit_code == 0
    assert _scan(stepwise, videos[0])[0].exit_code == 0               # learns cells of two
    assert _invoke(stepwise, "originals", "add", str(videos[2])).exit_code == 0
    assert _invoke(at_once, "originals", "add", *map(str, videos[::-1])).exit_code == 0
    assert _scan(at_once, videos[0])[0].exit_code == 0                # learns cells of three

    def cells(workspace):
        [file] = (workspace / "keypoints").glob("cells-*.faissb")
        learnt = faiss.read_index_binary(str(file))       # held: the quantizer is its own
        return faiss.vector_to_array(faiss.downcast_IndexBinary(learnt.quantizer).xb)

    def keypoints(workspace):
        return json.loads(_invoke(workspace, "index", "status", "--json").stdout)["keypoints"]

    before = keypoints(stepwise)
    assert before["cells"]["from_every_row"] is False and before["cells"]["grown"] > 1.2
    assert "index retrain" in _invoke(stepwise, "index", "status").stdout
    assert keypoints(at_once)["cells"]["from_every_row"] is True
    assert not np.array_equal(cells(stepwise), cells(at_once))

    retrained = _invoke(stepwise, "index", "retrain", "--json")
    assert retrained.exit_code == 0, retrained.output
    assert json.loads(retrained.stdout)["cells"] == {**json.loads(retrained.stdout)["cells"],
                                                     "from_every_row": True, "filled": True,
                                                     "grown": 1.0}
    assert np.array_equal(cells(stepwise), cells(at_once))
    # original ids are named by their bytes: the same in both workspaces
    assert _matches(_scan(stepwise, *videos)[1]) == _matches(_scan(at_once, *videos)[1])


def test_status_reports_the_keypoint_index_and_the_audio_store(tmp_path, media):
    """``index status`` said nothing of the keypoint index and the audio store (stop 30)."""
    from origin.synthetic_audio import melody, write_audio

    song = write_audio(tmp_path / "song.wav", melody(3, 10))
    workspace = tmp_path / "ws"
    added = _invoke(workspace, "originals", "add", str(song), str(media["original_a"]))
    assert added.exit_code == 0
    status = json.loads(_invoke(workspace, "index", "status", "--json").stdout)
    keypoints, audio = status["keypoints"], status["audio"]
    assert keypoints["originals"] == 1 and keypoints["rows"] > 500 and "cells" not in keypoints
    assert keypoints["state"].startswith("searched exactly (below 20,000 descriptors)")
    assert audio["originals"] == audio["database_originals"] >= 1 and audio["rows"] > 100
    assert audio["bytes"] > 12 * audio["rows"] and audio["state"] == "ok"
    text = _invoke(workspace, "index", "status").stdout
    assert f"keypoint index: 1 originals with keyframes, {keypoints['rows']:,} descriptors" in text
    assert f"audio store: {audio['originals']} originals with sound" in text

    shutil.rmtree(workspace / "audio")                          # lost: scans read the rows
    audio = json.loads(_invoke(workspace, "index", "status", "--json").stdout)["audio"]
    assert audio["originals"] == 0 and audio["state"].startswith("holds 0 of the ")


def test_status_names_a_file_where_a_store_folder_belongs(tmp_path, media):
    """A file in place of ``keypoints/`` or ``audio/`` made every add fail, and a scan beside an
    inverted keypoint index too, while ``index status`` said ``state: ok`` (stop 30)."""
    workspace = tmp_path / "ws"
    assert _invoke(workspace, "originals", "add", str(media["original_a"])).exit_code == 0
    for name in ("keypoints", "audio"):
        shutil.rmtree(workspace / name, ignore_errors=True)
        (workspace / name).write_text("in the way")
    result = _invoke(workspace, "index", "status", "--json")
    assert result.exit_code == 1
    status = json.loads(result.stdout)
    assert status["keypoints"]["state"] == status["audio"]["state"] == "not a folder"
    assert sorted(problem.split(": ")[0] for problem in status["problems"]) == [
        str(workspace / "audio"), str(workspace / "keypoints")]
    assert status["state"] == "needs repair (move the file named below away first)"
    # retrain said "keypoint index: ... descriptors: not a folder", exit 0, where status's
    # advice was another: both now give the keypoints' one line, and retrain fails
    retrained = _invoke(workspace, "index", "retrain")
    advice = next(problem for problem in status["problems"] if "keypoints:" in problem)
    assert retrained.exit_code == 1 and advice in retrained.stderr, retrained.output
    assert "next scan or index retrain makes it again" in advice


def test_a_retrain_with_another_database_is_refused_before_it_learns_anything(
        tmp_path, media, monkeypatch):
    """``index retrain --db OTHER`` learnt OTHER's rows into this workspace's cells, and only
    the status printed after it said the index belongs to another database (stop 30)."""
    from origin.index import keypoints as keypoint_index

    monkeypatch.setattr(keypoint_index, "EXACT_BELOW", 1000)
    monkeypatch.delenv("ORIGIN_DB", raising=False)
    other = f"sqlite:///{tmp_path / 'other.db'}"
    assert _invoke(tmp_path / "elsewhere", "--db", other, "originals", "add",
                   str(media["original_a"]), str(media["original_b"])).exit_code == 0
    workspace = tmp_path / "ws"
    assert _invoke(workspace, "originals", "add", str(media["original_a"]),
                   str(media["unrelated"])).exit_code == 0
    refused = _invoke(workspace, "--db", other, "index", "retrain")
    assert refused.exit_code == 1 and "derived from the database" in refused.output
    assert not list(workspace.glob("keypoints/cells-*"))


def test_status_counts_the_keypoint_rows_without_reading_them(tmp_path, media, monkeypatch):
    """``index status`` built the whole keypoint index from the database to say how its cells
    stand (every descriptor loaded for a status line), and said they were learnt when their
    file was last modified: now the rows' headers are counted, and when and from which rows the
    cells were learnt is stored with them (stop 31)."""
    import os

    from origin.index import keypoints as keypoint_index
    from origin.video.keypoints import Keypoints

    monkeypatch.setattr(keypoint_index, "EXACT_BELOW", 1000)
    monkeypatch.setattr(keypoint_index, "CELLS_SERVE_UP_TO", 2.0)
    workspace = tmp_path / "ws"
    assert _invoke(workspace, "originals", "add", str(media["original_a"]),
                   str(media["original_b"])).exit_code == 0
    assert _scan(workspace, media["original_a"])[0].exit_code == 0          # learns the cells
    learnt = json.loads(_invoke(workspace, "index", "status", "--json").stdout)["keypoints"]
    assert learnt["cells"]["from_every_row"] is True and learnt["cells"]["filled"] is True
    assert _invoke(workspace, "originals", "add", str(media["unrelated"])).exit_code == 0
    grown = json.loads(_invoke(workspace, "index", "status", "--json").stdout)["keypoints"]
    [cells] = (workspace / "keypoints").glob("cells-*.faissb")
    os.utime(cells, (1e9, 1e9))                     # copied, touched: not when they were learnt

    def read(*_):
        raise AssertionError("index status read a descriptor")

    monkeypatch.setattr(Keypoints, "from_bytes", read)
    result = _invoke(workspace, "index", "status", "--json")
    assert result.exit_code == 0, result.output
    keypoints = json.loads(result.stdout)["keypoints"]
    assert keypoints == grown and keypoints["rows"] > learnt["rows"] == keypoints["cells"]["rows"]
    assert keypoints["originals"] == 3 and keypoints["cells"]["from_every_row"] is False
    assert keypoints["cells"]["learnt_at"] == learnt["cells"]["learnt_at"] > "2020"

    # a damaged store: a record that does not read gives the file's time (it was a traceback
    # out of status and every scan), a cells file that does not read is named
    [record] = (workspace / "keypoints").glob("learnt-*.json")
    record.write_text('{"learnt_at": "yesterday", "keys": 5}')
    result = _invoke(workspace, "index", "status", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["keypoints"]["cells"]["learnt_at"].startswith("2001-09-09")
    cells.write_bytes(b"\0" * 100)
    result = _invoke(workspace, "index", "status", "--json")
    assert result.exit_code == 0, result.output
    keypoints = json.loads(result.stdout)["keypoints"]
    assert keypoints["state"].startswith(f"cells unreadable ({cells.name}: damaged)")
    assert "cells" not in keypoints
