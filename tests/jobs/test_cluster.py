"""Scans and adds on Dask: the same output as the local path, on an embedded cluster, on a
scheduler and workers started as separate processes, and with a worker killed mid-scan."""
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest
from click.testing import CliRunner

from origin import synthetic
from origin.cli import main
from origin.enforcement import scan_action
from origin.errors import InputError, OriginError
from origin.index.shards import ShardUnreadable
from origin.jobs import cluster as cluster_module
from origin.jobs.cluster import PLUGIN, DaskExecutor, placement
from origin.jobs.fingerprinting import Fingerprinted, fingerprint_upload_file
from origin.jobs.scan import UploadItem
from origin.jobs.snapshot import IndexSnapshot, read_index
from origin.workspace import Workspace

NOW = "2025-03-03T10:00:00+08:00"


def cli(workspace, *args, env=None, ok=True, status=0):
    result = CliRunner().invoke(main, ["-w", str(workspace), *map(str, args)],
                                env={"ORIGIN_NOW": NOW, **(env or {})})
    if ok:
        assert result.exit_code == status, result.output
    return result


def cli_json(workspace, *args, env=None, status=0):
    return same_tickets([json.loads(line) for line in
                         cli(workspace, *args, "--json", env=env, status=status).stdout.splitlines()])


def same_tickets(results: list[dict]) -> list[dict]:
    """Ticket ids are random: each becomes the order it first appears in, so outputs compare
    equal when they open the same tickets for the same matches (and reuse them alike)."""
    seen: dict[str, str] = {}
    for result in results:
        for match in result.get("matches") or []:
            if match.get("ticket"):
                match["ticket"] = seen.setdefault(match["ticket"], f"ticket-{len(seen)}")
    return results


@pytest.fixture(scope="module")
def cluster():
    """One embedded cluster for the module (2 worker processes): starting one costs seconds."""
    executor = DaskExecutor("local:2")
    executor.client.wait_for_workers(2, timeout=120)
    yield executor
    executor.close()


@pytest.fixture(scope="module")
def suite(tmp_path_factory, media):
    """A workspace in 2 shards with original_a declared (so a match makes a ticket) and
    original_b, and uploads: a copy of a, an unrelated video and a file that is no video."""
    folder = tmp_path_factory.mktemp("cluster-suite")
    copy = synthetic.apply_transform(media["original_a"], folder / "copy.mp4", "reencode",
                                     seed=5).path
    bad = folder / "bad.mp4"
    bad.write_bytes(b"not a video at all")
    base = folder / "base"
    added = cli_json(base, "originals", "add", media["original_a"], media["original_b"],
                     "--owner", "studio", "--published-at", "2025-03-01T09:00:00+08:00")
    cli(base, "originals", "declare", added[0]["id"], "--by", "studio")
    cli(base, "originals", "review", added[0]["id"], "--approve", "--by", "moderator",
        "--why", "ok")
    cli(base, "index", "reshard", "--shards", "2")
    uploads = [str(copy), str(media["unrelated"]), str(bad)]
    local = cli_json(fresh(base, folder / "local"), "scan", *uploads, status=1)   # bad.mp4 fails
    assert [len(result["matches"]) for result in local] == [1, 0, 0]
    assert local[0]["matches"][0]["ticket"] and local[2]["error"]
    return {"base": base, "uploads": uploads, "local": local, "copy": str(copy)}


def fresh(base: Path, target: Path) -> Path:
    """A copy of the prepared workspace: each scan starts from the same database and index."""
    shutil.copytree(base, target)
    return target


def scan_json(workspace: Path, uploads, executor) -> list[dict]:
    space = Workspace(workspace)
    return same_tickets([result.to_json() for result in
                         space.scan(uploads, executor=executor, act=scan_action(space))])


def opened(executor) -> dict[str, int]:
    return executor.client.run(lambda dask_worker: dask_worker.plugins[PLUGIN].opened)


def test_a_scan_on_a_local_cluster_is_the_local_scan_and_opens_each_shard_once(
        suite, cluster, tmp_path, monkeypatch):
    monkeypatch.setenv("ORIGIN_NOW", NOW)
    workspace = fresh(suite["base"], tmp_path / "ws")
    assert scan_json(workspace, suite["uploads"], cluster) == suite["local"]
    first = opened(cluster)
    assert 2 <= sum(first.values()) <= 4          # 2 shards, at most once on each of 2 workers

    again = scan_json(workspace, suite["uploads"] * 2, cluster)     # the same index state
    assert [result["matches"][0]["original"] for result in again[::3]] == \
        [suite["local"][0]["matches"][0]["original"]] * 2
    assert opened(cluster) == first               # kept open, never opened per task


def test_originals_add_on_a_cluster_registers_what_a_local_add_does(
        suite, cluster, tmp_path, media):
    local, remote = Workspace(tmp_path / "local"), Workspace(tmp_path / "remote")
    files = [media["original_a"], media["unrelated"], tmp_path / "missing.mp4"]
    here = [result.to_json() for result in local.add_originals(files)]
    there = [result.to_json() for result in remote.add_originals(files, executor=cluster)]
    assert there == here and [r["status"] for r in here] == ["added", "added", "failed"]
    assert [o["id"] for o in remote.originals()] == [o["id"] for o in local.originals()]
    assert remote.open_index().size == local.open_index().size > 0


def test_originals_not_in_the_index_yet_are_searched_by_the_job_alike(
        suite, cluster, tmp_path, media, monkeypatch):
    monkeypatch.setenv("ORIGIN_NOW", NOW)
    workspace = Workspace(fresh(suite["base"], tmp_path / "ws"))
    adding = workspace.add_originals([media["unrelated"]])
    assert next(adding).status == "added"
    adding.close()                     # killed before its index save: the row is pending
    local = fresh(tmp_path / "ws", tmp_path / "local")
    with read_index(workspace, pin=False) as index:
        assert index.unindexed is not None and len(index.shard_paths) == 2
    expected = scan_json(local, suite["uploads"], None)
    assert [len(result["matches"]) for result in expected] == [1, 1, 0]
    assert scan_json(workspace.path, suite["uploads"], cluster) == expected


def test_a_shard_a_worker_cannot_read_fails_the_scan_naming_it(suite, cluster, tmp_path):
    workspace = Workspace(fresh(suite["base"], tmp_path / "ws"))
    with read_index(workspace, pin=True) as index:
        os.unlink(index.shard_paths[1])            # the pinned link: the workspace keeps its own
        with pytest.raises(ShardUnreadable, match=Path(index.shard_paths[1]).name):
            list(cluster.search(fingerprint_upload_file, [suite["copy"]], index))
    missing = IndexSnapshot("x", (str(tmp_path / "gone" / "shard-0000-of-0001.g000001.json"),))
    with pytest.raises(ShardUnreadable, match="gone/shard-0000-of-0001"):
        list(cluster.search(fingerprint_upload_file, [suite["copy"]], missing))


def missing_here(job):
    """A worker's answer for a file it cannot see (its own mounts differ from the job's)."""
    file = job if isinstance(job, str) else job[0]
    return Fingerprinted(None, error=str(InputError(file, "no such file")))


def test_a_worker_that_cannot_see_the_files_fails_the_job_naming_it(suite, cluster, tmp_path):
    """Each such file was a refused row, 'no such file', exit 1 (some rows refused): a batch
    runner would not rerun, and half the batch was never scanned."""
    workspace = Workspace(fresh(suite["base"], tmp_path / "ws"))
    with read_index(workspace, pin=True) as index:
        with pytest.raises(OriginError, match=f"{suite['copy']}: no such file on worker "
                                              f"tcp://127.0.0.1:[0-9]+, though this job reads"):
            list(cluster.search(missing_here, [str(suite["copy"])], index))
        gone = str(tmp_path / "gone.mp4")             # missing for the job too: that file's error
        assert [done.error for done, _ in cluster.search(missing_here, [gone], index)] == \
            [f"{gone}: no such file"]
    with pytest.raises(OriginError, match="no such file on worker"):
        list(cluster.map(missing_here, [(str(suite["copy"]), (None, True))]))


def test_a_worker_killed_mid_scan_has_its_tasks_rerun(suite, cluster, tmp_path, monkeypatch):
    monkeypatch.setenv("ORIGIN_NOW", NOW)
    items = [UploadItem(path, f"up-{number}") for number, path in
             enumerate([suite["copy"], suite["uploads"][1]] * 4)]
    expected = scan_json(fresh(suite["base"], tmp_path / "local"), items, None)
    client = cluster.client
    pids = client.run(os.getpid)
    killed: list[str] = []

    def kill_a_busy_worker() -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            busy = [address for address, keys in client.processing().items() if keys]
            if busy:
                psutil.Process(pids[busy[0]]).send_signal(signal.SIGKILL)
                killed.append(busy[0])
                return
            time.sleep(0.02)

    workspace = Workspace(fresh(suite["base"], tmp_path / "ws"))
    stream = workspace.scan(items, executor=cluster, act=scan_action(workspace))
    results = [next(stream).to_json()]
    killer = threading.Thread(target=kill_a_busy_worker)
    killer.start()
    results += [result.to_json() for result in stream]
    killer.join()
    assert killed, "no task was in flight to kill a worker under"
    assert same_tickets(results) == expected
    assert killed[0] not in client.run(os.getpid)         # it did die (the nanny restarts it)
    client.wait_for_workers(2, timeout=120)               # the module's cluster whole again


def test_a_manifest_scan_on_the_cluster_killed_mid_way_resumes_to_the_local_result(
        suite, cluster, tmp_path):
    rows = [suite["copy"], suite["uploads"][1], suite["copy"], suite["uploads"][1]] * 2
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,upload_id,uploader,uploaded_at\n" + "".join(
        f"{path},k-{number},acct-{number},\n" for number, path in enumerate(rows)))
    clean = cli_json(fresh(suite["base"], tmp_path / "clean"), "scan", "--manifest", manifest)
    workspace = fresh(suite["base"], tmp_path / "ws")
    command = [str(Path(sys.executable).with_name("origin")), "-w", str(workspace), "scan",
               "--manifest", str(manifest), "--json", "--scheduler",
               cluster.client.scheduler.address]
    job = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                           env={**os.environ, "ORIGIN_NOW": NOW})
    try:
        printed = [job.stdout.readline(), job.stdout.readline()]   # two uploads stored
        job.send_signal(signal.SIGKILL)
        job.wait(timeout=60)
    finally:
        job.kill()
    assert all(printed) and job.returncode == -signal.SIGKILL
    rerun = cli_json(workspace, "scan", "--manifest", manifest,
                     env={"ORIGIN_SCHEDULER": cluster.client.scheduler.address})
    resumed = [record.pop("resumed") for record in rerun]
    assert resumed[:2] == [True, True] and resumed[-1] is False
    assert rerun == [{key: value for key, value in record.items() if key != "resumed"}
                     for record in clean]


def test_a_scheduler_lost_mid_scan_is_one_line_saying_to_run_again(suite, tmp_path, monkeypatch):
    """Its stopped scheduler was a traceback (FutureCancelledError) and a logged one from
    Dask's reconnect attempt, not the one-line error every other failure of a job is.
    The connection keeps its full CONNECT_TIMEOUT: cut to 2 s (for the reconnect, which the
    lost futures no longer wait for: they are cancelled when the link drops), a busy machine
    took longer to connect to the in-process scheduler and the test failed as "cannot
    connect" before the scheduler was ever lost."""
    from distributed import LocalCluster

    monkeypatch.setenv("ORIGIN_NOW", NOW)
    own = LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp://",
                       host="127.0.0.1", dashboard_address=":0")
    executor = DaskExecutor(own.scheduler_address)
    items = [UploadItem(suite["copy"], f"lost-{number}") for number in range(6)]
    try:
        scanning = Workspace(fresh(suite["base"], tmp_path / "ws")).scan(items, executor=executor)
        assert next(scanning).error is None
        own.close()
        with pytest.raises(OriginError) as raised:
            list(scanning)
        assert "\n" not in str(raised.value)
        assert str(raised.value).startswith(f"scheduler {own.scheduler_address}: lost mid-job")
        assert str(raised.value).endswith("run the same command again to finish "
                                          "(a --manifest resumes)")
    finally:
        executor.close()
        own.close()


def test_a_scheduler_and_workers_started_apart_scan_as_the_local_path(suite, tmp_path):
    dask = str(Path(sys.executable).with_name("dask"))
    address_file = tmp_path / "scheduler.json"
    started = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", "0",
                                 "--no-dashboard", "--scheduler-file", str(address_file)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        deadline = time.monotonic() + 120
        while not address_file.exists() or not address_file.read_text().strip():
            assert time.monotonic() < deadline and started[0].poll() is None
            time.sleep(0.2)
        address = json.loads(address_file.read_text())["address"]
        for name in ("w1", "w2"):
            started.append(subprocess.Popen(
                [dask, "worker", address, "--nthreads", "1", "--name", name, "--no-dashboard",
                 "--no-nanny"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        from distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        workspace = fresh(suite["base"], tmp_path / "ws")
        assert cli_json(workspace, "scan", *suite["uploads"], env={"ORIGIN_SCHEDULER": address},
                        status=1) == suite["local"]
    finally:
        for process in reversed(started):
            process.terminate()
        for process in reversed(started):
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def test_a_bad_scheduler_address_is_one_line_and_fails(suite, tmp_path, monkeypatch):
    monkeypatch.setattr(cluster_module, "CONNECT_TIMEOUT", 1.0)
    workspace = fresh(suite["base"], tmp_path / "ws")
    for address, reason in (("bogus", "expected tcp://HOST:PORT"), ("local:0", "1 to 256"),
                            ("tcp://127.0.0.1:1", "cannot connect")):
        result = cli(workspace, "scan", suite["copy"], "--scheduler", address, ok=False)
        assert result.exit_code == 2 and reason in result.output      # nothing done
        assert len(result.output.strip().splitlines()) == 1, result.output


def test_a_scheduler_without_workers_is_one_line_and_fails(suite, tmp_path, monkeypatch):
    """A scan was Dask's ValueError ('Only use allow_other_workers= if using workers='), a
    traceback; an add would have waited for a worker forever. Only the wait for a worker is
    cut short (none ever joins, so 1 s is as sure as 15): the connection keeps its time, since
    a 1 s connection to a busy machine's scheduler failed the test as "cannot connect"."""
    from distributed import LocalCluster

    monkeypatch.setattr(cluster_module, "WORKER_WAIT", 1.0)
    alone = LocalCluster(n_workers=0, processes=False, protocol="tcp://", host="127.0.0.1",
                         dashboard_address=":0")
    workspace = fresh(suite["base"], tmp_path / "ws")
    try:
        for command in (["scan", suite["copy"]], ["originals", "add", suite["copy"]]):
            result = cli(workspace, *command, "--scheduler", alone.scheduler_address, ok=False)
            assert result.exit_code == 2, result.output                   # nothing done
            assert result.output.strip() == (f"Error: scheduler {alone.scheduler_address}: no "
                                              f"worker has joined it in 1 s (start one: dask "
                                              f"worker ADDRESS)"), result.output
    finally:
        alone.close()


def test_without_a_scheduler_no_dask_is_imported(suite, tmp_path):
    workspace = fresh(suite["base"], tmp_path / "ws")
    code = ("import sys; from origin.cli import main; sys.argv = ['origin', '-w', sys.argv[1], "
            "'scan', sys.argv[2], '--json'];\n"
            "try: main()\nexcept SystemExit: pass\n"
            "print(sorted(m for m in ('dask', 'distributed') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, str(workspace), suite["copy"]],
                         capture_output=True, text=True, check=True, env={
                             **os.environ, "ORIGIN_NOW": NOW, "ORIGIN_SCHEDULER": ""}).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_workers_running_other_origin_code_are_refused(cluster):
    """An upgrade not rolled out to the workers (both still say 0.1.0): they fingerprinted by
    their own rules, and the scan silently was not the job's local scan."""
    cluster.check_builds()                                  # the same install on every worker
    with pytest.raises(OriginError, match=r"worker tcp://127\.0\.0\.1:\d+ runs origin \S+ "
                                          r"\([0-9a-f]{12}\), this job 0\.0\.0 \(0+\): install"):
        cluster.check_builds(here="0.0.0 (000000000000)")


def test_a_worker_on_other_code_joining_mid_job_is_refused(suite, tmp_path, monkeypatch):
    """Builds were compared once, when the job connected: a worker that joined later on other
    code (here a copy of the package with one file changed) had its results written."""
    from distributed import LocalCluster

    monkeypatch.setenv("ORIGIN_NOW", NOW)
    other = tmp_path / "other"
    shutil.copytree(Path(cluster_module.__file__).resolve().parents[1], other / "origin",
                    ignore=shutil.ignore_patterns("__pycache__"))
    with open(other / "origin" / "jobs" / "scan.py", "a") as changed:
        changed.write("# another commit\n")
    own = LocalCluster(n_workers=0, processes=False, protocol="tcp://", host="127.0.0.1",
                       dashboard_address=":0")
    executor = DaskExecutor(own.scheduler_address)          # no worker yet: nothing to check
    joined = subprocess.Popen(
        [str(Path(sys.executable).with_name("dask")), "worker", own.scheduler_address,
         "--nthreads", "1", "--no-nanny", "--no-dashboard"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(other)})
    try:
        executor.client.wait_for_workers(1, timeout=120)
        workspace = Workspace(fresh(suite["base"], tmp_path / "ws"))
        items = [UploadItem(suite["copy"], "joined-late")]
        with workspace.sql(write=False) as sql:
            stored = sql.rows("SELECT count(*) FROM uploads")
        with pytest.raises(OriginError, match=r"worker tcp://127\.0\.0\.1:\d+ runs origin "
                                              r"\S+ \([0-9a-f]{12}\), this job \S+ "
                                              r"\([0-9a-f]{12}\): install the same origin"):
            list(workspace.scan(items, executor=executor, act=scan_action(workspace)))
        with workspace.sql(write=False) as sql:
            assert sql.rows("SELECT count(*) FROM uploads") == stored     # nothing written
    finally:
        executor.close()
        joined.terminate()
        joined.wait(timeout=60)
        own.close()


def test_a_build_ignores_the_caches_numba_writes(tmp_path):
    """numba writes its compiled kernels into __pycache__ on first use: a worker started
    after the job's first scan (a nanny's restart) read as other code."""
    package = tmp_path / "origin"
    (package / "index").mkdir(parents=True)
    (package / "index" / "kernels.py").write_text("x = 1\n")
    before = cluster_module.digest_of(package)
    (package / "index" / "__pycache__").mkdir()
    (package / "index" / "__pycache__" / "kernels.seeds-53.py311.nbi").write_bytes(b"\x01")
    assert cluster_module.digest_of(package) == before
    (package / "index" / "kernels.py").write_text("x = 2\n")
    assert cluster_module.digest_of(package) != before

def test_placement_spreads_shards_over_hosts_not_processes():
    workers = ["tcp://10.0.0.2:1", "tcp://10.0.0.1:7", "tcp://10.0.0.1:9", "tcp://10.0.0.3:4"]
    assert placement(workers, 1) == [([0], ["10.0.0.1", "10.0.0.2", "10.0.0.3"])]
    assert placement(workers, 2) == [([0], ["10.0.0.1", "10.0.0.3"]), ([1], ["10.0.0.2"])]
    assert placement(workers, 4) == [([0, 3], ["10.0.0.1"]), ([1], ["10.0.0.2"]),
                                     ([2], ["10.0.0.3"])]
    assert placement([], 3) == [([0, 1, 2], [])]
    assert placement(workers, 0) == []
