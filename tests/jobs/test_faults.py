"""Faults around a scan: a killed add, an add running meanwhile, a killed job's workers."""
import json
import os
import signal
import subprocess
import sys
import time

import psutil
import pytest
from sqlalchemy import select

from origin.catalogue import PENDING, Original, Upload
from origin.jobs.snapshot import read_index
from origin.workspace import Workspace


def _pause_add_after_first(workspace, files):
    """An ``originals add`` stopped after its first file: row written, index not saved, lock held."""
    adding = workspace.add_originals(files)
    assert next(adding).status == "added"
    return adding


def _states(workspace):
    with workspace.session() as session:
        return dict(session.execute(select(Original.path, Original.state)).all())


def test_scan_after_a_killed_add_sees_every_registered_original(tmp_path, media):
    workspace = Workspace(tmp_path / "ws")
    adding = _pause_add_after_first(workspace, [media["original_a"], media["original_b"]])
    adding.close()                                # killed: no index yet, the row pending
    assert not (workspace.index_folder / "index.json").exists()
    assert set(_states(workspace).values()) == {PENDING}

    [result] = Workspace(tmp_path / "ws").scan([media["original_a"]])
    assert [m.original_path for m in result.matches] == [str(media["original_a"])]
    with workspace.session() as session:           # what was stored is the match, not "none"
        [upload] = session.scalars(select(Upload))
        assert json.loads(upload.scan_json)["matches"][0]["original_path"] == \
            str(media["original_a"])
    assert set(_states(workspace).values()) == {PENDING}       # a scan writes no index
    assert not (workspace.index_folder / "index.json").exists()


def test_a_scan_during_an_add_does_not_wait_and_sees_what_is_registered(tmp_path, media):
    workspace = Workspace(tmp_path / "ws")
    list(workspace.add_originals([media["original_a"]]))
    adding = _pause_add_after_first(workspace, [media["original_b"], media["unrelated"]])
    try:
        assert _states(workspace)[str(media["original_b"])] == PENDING
        scanner = Workspace(tmp_path / "ws", lock_timeout=60)
        started = time.monotonic()
        results = list(scanner.scan([media["original_a"], media["original_b"],
                                     media["unrelated"]]))
        assert time.monotonic() - started < 30          # did not wait for the add
        found = [[m.original_path for m in result.matches] for result in results]
        assert found == [[str(media["original_a"])], [str(media["original_b"])], []]
        with scanner.session() as session:
            states = {row.path: row.scanned_against for row in session.scalars(select(Upload))}
        assert len(states) == 3 and len(set(states.values())) == 1   # one state for the job
    finally:
        adding.close()


def test_a_scan_state_names_what_was_searched(tmp_path, media):
    workspace = Workspace(tmp_path / "ws")
    list(workspace.add_originals([media["original_a"]]))
    with read_index(workspace, pin=False) as first, read_index(workspace, pin=False) as again:
        assert first.state == again.state
    list(workspace.add_originals([media["original_b"]]))
    with read_index(workspace, pin=False) as later:
        assert later.state != first.state
    adding = _pause_add_after_first(workspace, [media["unrelated"]])
    try:
        with read_index(workspace, pin=True) as pending:
            assert pending.state != later.state and pending.unindexed is not None
            assert all(path.startswith(str(workspace.path / "snapshots")) for path in
                       pending.shard_paths)
    finally:
        adding.close()
    assert list((workspace.path / "snapshots").iterdir()) == []


ORPHAN_SCRIPT = """
import sys, time
from origin.jobs.executor import LocalExecutor
executor = LocalExecutor(2)
for _ in executor.map(time.sleep, [120, 120, 120, 120]):
    pass
"""


def test_workers_exit_when_their_job_is_killed(tmp_path):
    job = subprocess.Popen([sys.executable, "-c", ORPHAN_SCRIPT])
    try:
        parent = psutil.Process(job.pid)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            workers = [p for p in parent.children(recursive=True)
                       if "spawn_main" in " ".join(p.cmdline())]
            if len(workers) == 2:
                break
            time.sleep(0.2)
        assert len(workers) == 2
        everything = parent.children(recursive=True)     # the workers and multiprocessing's tracker
        os.kill(job.pid, signal.SIGKILL)
        job.wait()
        gone, alive = psutil.wait_procs(everything, timeout=10)
        for orphan in alive:
            orphan.kill()
        assert alive == []
    finally:
        if job.poll() is None:
            job.kill()


def test_a_worker_killed_mid_job_ends_it_in_one_line(tmp_path, media, monkeypatch):
    """A worker that dies (here it exits at once; the out-of-memory killer does the same to a
    worker decoding 8K) was a ``BrokenProcessPool`` traceback; the next run finishes."""
    from click.testing import CliRunner

    from origin.cli import main
    from origin.errors import OriginError
    from origin.jobs import executor

    with executor.LocalExecutor(2) as local:
        with pytest.raises(OriginError, match="a worker process died"):
            list(local.map(os._exit, [3, 3]))
    pool_map = executor.LocalExecutor.map
    monkeypatch.setattr(executor.LocalExecutor, "map",
                        lambda self, function, items: pool_map(self, os._exit, [3 for _ in items]))
    command = ["-w", str(tmp_path / "ws"), "originals", "add", str(media["original_a"])]
    died = CliRunner().invoke(main, [*command, "--workers", "2"])
    assert (died.exit_code, died.stderr) == (2, f"Error: {executor.WORKER_DIED}\n")
    monkeypatch.undo()
    again = CliRunner().invoke(main, command)
    assert again.exit_code == 0 and again.stdout.startswith("added"), again.output


def test_kill_9_of_add_scan_and_reshard_loses_nothing_and_a_rerun_finishes(tmp_path):
    """A few seeded kills of ``benchmarks/bench_faults.py`` (which runs 50): after each the
    workspace opens, nothing is lost or duplicated, a scan finds every original, and the rerun
    leaves exactly what a clean run leaves."""
    from benchmarks.bench_faults import make_media, run_faults

    media = make_media(tmp_path / "media", originals=3, unrelated=1, seconds=3, size=(160, 90))
    report = run_faults(tmp_path, kills=3, seed=3, media=media)
    assert [kill.job for kill in report.kills] == ["add", "scan", "reshard"]
    assert [problem for kill in report.kills for problem in kill.problems] == []


def test_a_migration_cut_short_leaves_the_database_as_it_was(tmp_path):
    """A process killed during the first migrations must not leave half a schema behind (the
    fault injection found a workspace that never opened again). A table in the way makes a
    later migration fail just as deterministically: nothing of the earlier ones may remain."""
    import sqlite3

    from origin import db
    from origin.errors import InputError

    path = tmp_path / "origin.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE tickets (x INTEGER)")
    try:
        db.open_engine(db.sqlite_url(path))
        raise AssertionError("the migration should have failed")
    except InputError as error:
        assert "table tickets already exists" in str(error)
    with sqlite3.connect(path) as connection:
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert tables == {"tickets"}
        connection.execute("DROP TABLE tickets")
    engine = db.open_engine(db.sqlite_url(path))            # and it opens once the cause is gone
    engine.dispose()


def test_the_fault_checks_leave_no_database_file_open(tmp_path, media):
    """``holdings`` left the workspace's sqlite3 connection open until the garbage collector ran,
    through the next killed job, while this process also copies the database's files: a check
    then read a killed scan's committed rows as missing ("printed but stored otherwise")."""
    import gc

    from benchmarks.bench_faults import _original_ids, holdings

    workspace = Workspace(tmp_path / "ws")
    list(workspace.add_originals([media["original_a"]]))
    workspace.close()
    collecting = gc.isenabled()
    gc.disable()
    try:
        holdings(tmp_path / "ws")
        _original_ids(tmp_path / "ws")
        still_open = [item.path for item in psutil.Process().open_files()
                      if item.path.startswith(str(tmp_path / "ws"))]
    finally:
        if collecting:
            gc.enable()
    assert still_open == []
