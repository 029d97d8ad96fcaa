"""End to end through the Python API: transformed copies found at the right offsets."""
import multiprocessing
import shutil
import time

import pytest

from origin import synthetic
from origin.workspace import Workspace


def _only_match(workspace, path, **options):
    [result] = list(workspace.scan([path], **options))
    assert result.error is None
    return result


@pytest.mark.parametrize("family, seed", [
    ("hflip", 3), ("canvas_9x16_blur", 3), ("pip", 3), ("combo", 4), ("speed", 3),
    ("text_overlay", 4), ("text_overlay", 6),   # big captions: found through the painted-over view
    ("crop", 2),          # keeps 92 % per side; crops past ~20 % are a known weak spot (README)
])
def test_transformed_subclip_is_found_at_its_offset(tmp_path, media, indexed, family, seed):
    upload = synthetic.apply_transform(media["original_b"], tmp_path / f"{family}.mp4", family,
                                       seed=seed, subclip=(2.3, 8.1))
    result = _only_match(indexed, upload.path)
    best = result.matches[0]
    assert best.original == indexed.ids["original_b"]
    truth = upload.segments[0]
    segment = best.segments[0]
    assert abs(segment.original_start - truth.original_start) < 0.6
    assert abs(segment.original_end - truth.original_end) < 0.9
    assert best.score >= 0.9


@pytest.mark.parametrize("family, seed, speed", [("speed_up", 81, 2.0), ("slow_down", 164, 0.5)])
def test_double_and_half_speed_copies_are_found_at_their_offset(tmp_path, media, indexed, family,
                                                                 seed, speed):
    upload = synthetic.apply_transform(media["original_b"], tmp_path / f"{family}.mp4", family,
                                       seed=seed, subclip=(2.3, 8.1))
    assert abs(upload.params["speed"] - speed) < 0.01
    best = _only_match(indexed, upload.path).matches[0]
    assert best.original == indexed.ids["original_b"]
    truth = upload.segments[0]
    [segment] = best.segments                    # one segment along the copy, not pieces of it
    assert abs(segment.original_start - truth.original_start) < 0.6
    assert abs(segment.original_end - truth.original_end) < 0.9
    assert abs(segment.upload_start - truth.upload_start) < 0.6
    assert abs(segment.upload_end - truth.upload_end) < 0.6
    assert best.score >= 0.9


def test_segment_embedded_in_unrelated_footage_is_located(tmp_path, media, indexed):
    upload = synthetic.apply_transform(media["original_a"], tmp_path / "embed.mp4", "embed", seed=8)
    truth = upload.segments[0]
    best = _only_match(indexed, upload.path).matches[0]
    segment = best.segments[0]
    assert best.original == indexed.ids["original_a"]
    assert abs(segment.upload_start - truth.upload_start) < 0.6
    assert abs(segment.original_start - truth.original_start) < 0.6
    assert best.coverage_upload < 0.8


def test_unrelated_video_is_not_matched(tmp_path, media, indexed):
    upload = synthetic.apply_transform(media["unrelated"], tmp_path / "neg.mp4", "combo", seed=4)
    assert _only_match(indexed, upload.path).matches == []


def test_a_gradients_clip_matches_no_other_gradients_clip(tmp_path):
    # A gradients clip steep enough to pass the detail gate is refused now (it has no corners:
    # tests/match/test_gradients.py), and real-looking footage registered. Before the gate and
    # the weights, gradients seed 0 matched seed 1 at score 1.0.
    workspace = Workspace(tmp_path / "ws")
    clips = [synthetic.generate_gradients(tmp_path / f"gradients{seed}.mp4", seed) for seed in range(5)]
    added = list(workspace.add_originals([clips[1], synthetic.generate_video(
        tmp_path / "scene.mp4", seed=44, seconds=8)]))
    assert [result.status for result in added] == ["failed", "added"]
    results = list(workspace.scan([clips[0], *clips[2:]], min_score=0.1))
    assert [result.error for result in results] == [None] * 4
    assert [result.matches for result in results] == [[]] * 4


def test_bad_inputs_do_not_stop_the_batch(tmp_path, media, indexed):
    empty = tmp_path / "empty.mp4"
    empty.write_bytes(b"")
    text = tmp_path / "notes.mp4"
    text.write_text("not a video")
    results = list(indexed.scan([tmp_path / "missing.mp4", empty, text, media["original_a"]]))
    assert [r.error is None for r in results] == [False, False, False, True]
    assert "missing.mp4: no such file" in results[0].error
    assert results[3].matches[0].original == indexed.ids["original_a"]


def test_parallel_workers_give_the_same_results_in_order(tmp_path, media):
    workspace = Workspace(tmp_path / "ws")
    copy = tmp_path / "copy.mp4"
    copy.write_bytes(media["original_a"].read_bytes())          # same bytes under another name
    added = list(workspace.add_originals([media["original_a"], tmp_path / "missing.mp4", copy,
                                          media["original_b"]], workers=2))
    assert [r.status for r in added] == ["added", "failed", "exists", "added"]
    assert added[2].id == added[0].id
    upload = synthetic.apply_transform(media["original_b"], tmp_path / "flip.mp4", "hflip", seed=3)
    files = [upload.path, tmp_path / "missing.mp4", media["unrelated"]]
    serial = list(workspace.scan(files))
    parallel = list(workspace.scan(files, workers=2))
    assert [r.upload for r in parallel] == [str(f) for f in files]
    assert [(r.error is None, [m.original for m in r.matches]) for r in parallel] == \
        [(True, [added[3].id]), (False, []), (True, [])]
    assert [[m.segments for m in r.matches] for r in parallel] == \
        [[m.segments for m in r.matches] for r in serial]


def test_same_bytes_register_once(tmp_path, media):
    workspace = Workspace(tmp_path / "ws")
    copy = tmp_path / "renamed.mp4"
    copy.write_bytes(media["original_a"].read_bytes())
    statuses = [r.status for r in workspace.add_originals([media["original_a"], copy])]
    assert statuses == ["added", "exists"]
    assert len(workspace.originals()) == 1


def test_killed_add_is_repaired_on_the_next_run(tmp_path, media):
    """Rows whose codes never reached the index (or a lost index) are indexed again."""
    workspace = Workspace(tmp_path / "ws")
    list(workspace.add_originals([media["original_a"]]))
    shutil.rmtree(workspace.index_folder)              # as if killed before the index write
    list(workspace.add_originals([media["original_b"]]))
    reopened = Workspace(tmp_path / "ws")
    assert reopened.reconcile().size > 0
    found = {m.original for r in reopened.scan([media["original_a"], media["original_b"]])
             for m in r.matches}
    assert found == {o["id"] for o in reopened.originals()}


def test_a_second_writer_says_it_is_waiting_then_runs(tmp_path, monkeypatch):
    """A command that waited for the writer lock printed nothing for up to ten minutes. Here
    the lock is held until the command says it is waiting."""
    from click.testing import CliRunner
    from filelock import FileLock

    import origin.cli

    Workspace(tmp_path / "ws")
    holder = FileLock(str(tmp_path / "ws" / Workspace.LOCK))
    holder.acquire()
    say = origin.cli.say_waiting

    def say_and_release(folder, timeout):
        say(folder, timeout)
        holder.release()

    monkeypatch.setattr(origin.cli, "say_waiting", say_and_release)
    result = CliRunner().invoke(origin.cli.main, ["-w", str(tmp_path / "ws"), "brands", "add",
                                                  "--owner", "o", "--mark", "ACME"])
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"origin: waiting for {tmp_path / 'ws'}'s writer lock: another "
                             f"origin command is writing there (up to 600 s)\n")
    assert result.stdout.startswith("brand 1: ACME")


def _hold_lock(path, ready):
    workspace = Workspace(path)
    with workspace.exclusive():
        ready.set()
        time.sleep(3)


def test_second_writer_fails_clearly_while_the_first_holds_the_lock(tmp_path):
    from origin.errors import WorkspaceBusy

    ready = multiprocessing.Event()
    holder = multiprocessing.Process(target=_hold_lock, args=(tmp_path / "ws", ready))
    holder.start()
    try:
        assert ready.wait(20)
        with pytest.raises(WorkspaceBusy, match="another origin process"):
            with Workspace(tmp_path / "ws", lock_timeout=0.2).exclusive():
                pass
    finally:
        holder.join()


def test_large_index_searches_by_seeds_and_still_finds_the_offset(tmp_path, media, monkeypatch):
    from origin.index import segment as segment_module

    monkeypatch.setattr(segment_module, "EXACT_BELOW", 100)
    workspace = Workspace(tmp_path / "ws")
    list(workspace.add_originals([media["original_a"], media["original_b"]]))
    assert all(segment.searched_by_seeds for segment in workspace.reconcile().shards[0].segments)
    upload = synthetic.apply_transform(media["original_b"], tmp_path / "hflip.mp4", "hflip",
                                       seed=3, subclip=(2.3, 8.1))
    [match] = _only_match(workspace, upload.path).matches
    assert match.original == {o["path"]: o["id"] for o in workspace.originals()}[
        str(media["original_b"])]
    assert abs(match.segments[0].original_start - upload.segments[0].original_start) < 0.6


def test_the_first_scan_trains_the_keypoint_index_and_later_adds_keep_it_current(
        tmp_path, media, monkeypatch):
    """A fresh workspace's first scan trains the inverted file's cells and stores them; an
    original added later is filled into those cells by ``originals add``, so no scan trains or
    fills again. Registering into a fresh workspace trains nothing."""
    from origin.index import keypoints as keypoint_index

    monkeypatch.setattr(keypoint_index, "EXACT_BELOW", 100)      # the inverted file, tiny
    monkeypatch.setattr(keypoint_index, "CELLS_SERVE_UP_TO", 3.0)  # a third original still fits
    workspace = Workspace(tmp_path / "ws")
    folder = tmp_path / "ws" / Workspace.KEYPOINTS
    list(workspace.add_originals([media["original_a"], media["original_b"]]))
    assert not list(folder.glob("*.faissb"))
    [first] = workspace.scan([media["original_a"]])
    [cells] = folder.glob("cells-*.faissb")
    [stored] = folder.glob("keypoints-*.faissb")
    made = []
    monkeypatch.setattr(keypoint_index.KeypointIndex, "_trained_cells",
                        lambda self: made.append("trained") or pytest.fail("trained again"))
    [added] = workspace.add_originals([media["unrelated"]])
    assert added.status == "added"
    [refilled] = folder.glob("keypoints-*.faissb")
    assert refilled != stored and list(folder.glob("cells-*.faissb")) == [cells]
    monkeypatch.setattr(keypoint_index.KeypointIndex, "_fill",
                        lambda self, _cells: made.append("filled") or pytest.fail("filled"))
    [second] = workspace.scan([media["original_a"]])
    assert not made and refilled.exists()
    assert [(m.original, round(m.score, 6)) for m in second.matches] == \
        [(m.original, round(m.score, 6)) for m in first.matches]
    assert first.matches and first.matches[0].original_path == str(media["original_a"])


def _database_files_open(folder) -> int:
    from tests.open_files import open_on

    return sum(open_on(folder / name) for name in ("origin.sqlite", "origin.sqlite-wal",
                                                   "origin.sqlite-shm"))


def test_a_workspace_lets_its_database_go_when_closed_left_or_dropped(tmp_path):
    """A ``Workspace`` dropped without ``close`` kept its sqlite3 connection open until the
    garbage collector ran (the connection's statement cache is a cycle): a fault check's
    workspace outlived the next killed job and read a stale database (stop 30's flaky test).
    ``close`` closed only the calling thread's connection. Now a dropped workspace closes them,
    a ``with`` block closes them at its end, and ``close`` closes every thread's."""
    import gc
    import threading

    from click.testing import CliRunner

    from origin.cli import main

    folder = tmp_path / "ws"
    collecting = gc.isenabled()
    gc.disable()
    try:
        workspace = Workspace(folder)
        workspace.index_status()
        assert _database_files_open(folder)
        del workspace                                              # dropped
        assert _database_files_open(folder) == 0

        with Workspace(folder) as workspace:
            workspace.index_status()
            thread = threading.Thread(target=workspace.index_status)
            thread.start()
            thread.join()
        assert _database_files_open(folder) == 0                   # every thread's closed
        workspace.index_status()                                   # and it connects again
        workspace.close()
        assert _database_files_open(folder) == 0

        result = CliRunner().invoke(main, ["-w", str(folder), "index", "status"])
        assert result.exit_code == 0, result.output
        assert _database_files_open(folder) == 0                   # the CLI closes its own
    finally:
        if collecting:
            gc.enable()


def test_sigterm_ends_a_command_as_ctrl_c_does_and_says_so(tmp_path):
    """A batch runner's or a container's stop (SIGTERM) ended origin at once, silently (exit
    -15): the JSON lines of uploads already stored but still in stdout's buffer were lost from
    its output. It now ends as Ctrl-C ends it, with its own status, 143 (128 + 15). Here the
    command is stopped while it waits for a writer lock the test holds."""
    import signal
    import subprocess
    import sys

    from filelock import FileLock

    Workspace(tmp_path / "ws")
    holder = FileLock(str(tmp_path / "ws" / Workspace.LOCK))
    holder.acquire()
    try:
        command = subprocess.Popen([sys.executable, "-c", "from origin.cli import main; main()",
                                    "-w", str(tmp_path / "ws"), "brands", "add", "--owner",
                                    "o", "--mark", "ACME"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert command.stderr.readline().startswith("origin: waiting for ")
        command.send_signal(signal.SIGTERM)
        out, err = command.communicate(timeout=60)
    finally:
        holder.release()
    assert command.returncode == 143, err
    assert err.strip() == ("origin: terminated (SIGTERM): what was printed is stored, the rest "
                           "is not; run the same command again to finish (a --manifest resumes)")
    assert out == ""
