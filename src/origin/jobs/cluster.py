"""The Dask executor: a job's per-file work as tasks on a Dask distributed cluster.

``DaskExecutor("tcp://HOST:8786")`` attaches to a running scheduler; ``DaskExecutor("local:N")``
starts an embedded ``LocalCluster`` of N worker processes, one thread each (a worker is a core,
as ``--workers`` counts them). Imported only when a job names a scheduler, so a plain job never
loads Dask.

A scan submits, per upload, one fingerprinting task and one search task per group of shards
(the shards a set of hosts holds, ``placement``). A search task runs on a worker of those hosts,
which opens each shard from its path once (``ShardCache``, a worker plugin: memory-mapped, so the
processes of one host share its pages) and keeps it while the index state lasts; the upload's
fingerprint goes to it and only the hits come back. The job merges them with the hits of the
originals not yet in the index, exactly as ``IndexSnapshot.search`` does in one process, and
stays the only writer of the workspace. Dask reruns the tasks of a worker that dies.
"""
from __future__ import annotations

import functools
import hashlib
import logging
import os
import re
import threading
from concurrent.futures import CancelledError
from collections import OrderedDict
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence, TypeVar

from distributed import Client, LocalCluster, WorkerPlugin, get_worker

from origin.errors import InputError, OriginError, reason_of
from origin.index.shards import Shard, ShardUnreadable, open_shard
from origin.jobs.executor import Executor, in_order
from origin.match.matcher import MATCH_RADIUS, NEIGHBOURS

if TYPE_CHECKING:
    from distributed import Future

    from origin.index.hits import FrameHits
    from origin.jobs.fingerprinting import Fingerprinted
    from origin.jobs.snapshot import IndexSnapshot

T = TypeVar("T")
R = TypeVar("R")

PLUGIN = "origin-shards"
CONNECT_TIMEOUT = 15.0       # seconds to reach a scheduler before the job gives up
WORKER_WAIT = 15.0           # seconds a job waits for a first worker to join the scheduler
KEEP_STATES = 2              # index states whose shards a worker keeps open (two jobs at once)
LOCAL = re.compile(r"local:(\d+)")
REMOTE = re.compile(r"tcp://(\[[0-9A-Fa-f:.]+\]|[^:/\s\[\]]+):(\d{1,5})")


class ShardCache(WorkerPlugin):
    """On each worker: the shards it has opened, by index state, then by file identity.

    A shard is opened on its first search and kept for every later task of that state: never
    once per task. Shard files are immutable and the descriptor's identity (name, device,
    inode, mtime) names one, whatever pin folder the job links it from, so a job in the same
    state reuses what an earlier job opened; the shards of older states are dropped.
    """

    name = PLUGIN
    idempotent = True        # a later job's registration keeps the shards workers hold open

    def __init__(self, keep_states: int = KEEP_STATES):
        self.keep_states = keep_states          # all else is made on the worker (``setup``)

    def setup(self, worker) -> None:
        self.address = worker.address
        self.states: OrderedDict[str, dict[tuple, Shard]] = OrderedDict()
        self.opened = 0                   # shard files opened by this worker (tests read it)
        self._lock = threading.Lock()

    def shard(self, state: str, path: str) -> Shard:
        """The shard at ``path`` as of ``state``, opened here at most once."""
        try:
            stat = os.stat(path)
        except OSError as error:
            raise ShardUnreadable(f"{path}: shard unreadable on worker {self._where()}: "
                                  f"{error.strerror or error}") from None
        identity = (os.path.basename(path), stat.st_dev, stat.st_ino, stat.st_mtime_ns)
        with self._lock:
            shards = self.states.get(state)
            if shards is None:
                shards = self.states[state] = {}
                while len(self.states) > self.keep_states:
                    self.states.popitem(last=False)
            self.states.move_to_end(state)
            if identity not in shards:
                shards[identity] = self._already_open(identity) or self._open(path)
            return shards[identity]

    def _already_open(self, identity: tuple) -> Shard | None:
        for shards in self.states.values():
            if identity in shards:
                return shards[identity]
        return None

    def _open(self, path: str) -> Shard:
        try:
            shard = open_shard(path)
        except ShardUnreadable as error:
            raise ShardUnreadable(f"{error} (on worker {self._where()})") from None
        self.opened += 1
        return shard

    def _where(self) -> str:
        return self.address

    def teardown(self, worker) -> None:
        self.states.clear()


def search_shards(sent: tuple[str, str, "Fingerprinted"], paths: Sequence[str], state: str
                  ) -> list["FrameHits"] | None:
    """A task: the upload's codes (``sent``: its fingerprinting task's ``on_worker`` answer)
    searched in each shard of ``paths`` (opened through this worker's ``ShardCache``); None
    for a file that failed to fingerprint."""
    done = sent[2]
    if done.error:
        return None
    cache = shard_cache(get_worker())
    codes = done.fingerprint.codes
    return [cache.shard(state, path).search(codes, NEIGHBOURS, MATCH_RADIUS) for path in paths]


_INSTALL = threading.Lock()


def shard_cache(worker) -> ShardCache:
    """This worker's ``ShardCache``: the registered plugin, or one installed now (a worker that
    joined in a way that skipped plugin registration still opens each shard once)."""
    cache = worker.plugins.get(PLUGIN)
    if cache is None:
        with _INSTALL:
            cache = worker.plugins.get(PLUGIN)
            if cache is None:
                cache = ShardCache()
                cache.setup(worker)
                worker.plugins[PLUGIN] = cache
    return cache


@functools.lru_cache(maxsize=1)
def build() -> str:
    """origin's version and a digest of its installed files (4 ms). A worker left on other code
    by an upgrade (both say 0.1.0) fingerprinted by its own rules: the scan was silently not
    the local scan of the job's code (40 of 60 records differed on a real-suite manifest)."""
    return f"{version('origin')} ({digest_of(Path(__file__).resolve().parent.parent)})"


def digest_of(root: Path) -> str:
    """A digest of the package's files under ``root``, caches left out: numba writes its
    compiled kernels (``.nbi``, ``.nbc``) into ``__pycache__`` when it first runs one, so a
    worker started after the job's first scan on the same install (a nanny's restart) read
    other code, and a machine that had not run a scan yet differed from one that had."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        name = path.relative_to(root)
        if path.is_file() and path.suffix != ".pyc" and "__pycache__" not in name.parts:
            digest.update(name.as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def on_worker(function: Callable, *args) -> tuple[str, str, object]:
    """A task: this worker's address, its origin ``build`` and ``function(*args)``. The job
    checks the build of every answer: workers that join a job after its start were never
    checked, and a worker on other code would have written its results."""
    return get_worker().address, build(), function(*args)


def host_of(address: str) -> str:
    """The host part of a worker address (``tcp://10.0.0.5:40123`` -> ``10.0.0.5``)."""
    rest = address.split("://", 1)[-1]
    return rest.rsplit(":", 1)[0]


def placement(workers: Sequence[str], shards: int) -> list[tuple[list[int], list[str]]]:
    """Which hosts search which shards: ``[(shard numbers, hosts)]``.

    Shards are spread over hosts, not worker processes: the processes of one host share a
    memory-mapped shard's pages, so a host holds a shard once however many of its workers
    search it, and a worker restarted on the host (a new address) still qualifies. With more
    hosts than shards each shard is held by several hosts; with fewer, each host holds several.
    No workers yet: one group, any worker (whichever comes opens what it is sent).
    """
    if shards == 0:
        return []
    hosts = sorted({host_of(address) for address in workers})
    if not hosts:
        return [(list(range(shards)), [])]
    groups: dict[tuple[int, ...], list[str]] = {}
    for number, host in enumerate(hosts):
        held = tuple(range(number, shards, len(hosts))) if len(hosts) < shards \
            else (number % shards,)
        groups.setdefault(held, []).append(host)
    return [(list(held), held_by) for held, held_by in sorted(groups.items())]


def _cancel(client: Client, futures: list["Future"]) -> None:
    """Cancel what a stopped job left in flight (nothing to do once the client is closed)."""
    if client.status == "running":
        client.cancel(futures)


class DaskExecutor(Executor):
    """Runs a job's tasks on a Dask cluster: ``tcp://HOST:PORT`` or an embedded ``local:N``."""

    opens_shard_files = True

    def __init__(self, address: str, source: str = ""):
        """``source``: where the address came from when not from ``--scheduler``, for every
        error about it (`` (ORIGIN_SCHEDULER, set in the environment)``): a user told
        "scheduler 'bogus': ..." looked for a --scheduler never given."""
        self.address = address
        self.named = f"scheduler {address}{source}"
        self.build = build()
        self._cluster: LocalCluster | None = None
        local, remote = LOCAL.fullmatch(address), REMOTE.fullmatch(address)
        if local:
            workers = int(local[1])
            if not 1 <= workers <= 256:
                raise OriginError(f"scheduler {address!r}{source}: local:N takes 1 to 256 "
                                  f"workers")
            try:        # the scheduler's HTTP endpoints on any free port, not the shared 8787
                self._cluster = LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                    dashboard_address=":0", silence_logs=logging.CRITICAL)
            except (OSError, RuntimeError) as error:
                raise OriginError(f"{self.named}: the embedded cluster did not start "
                                  f"({reason_of(error)})"
                                  ) from None
            self.client = Client(self._cluster, set_as_default=False)
        elif remote:
            try:
                self.client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
                # its failed reconnect logs a traceback; _gather's one line says it all
                logging.getLogger("distributed.client").setLevel(logging.CRITICAL)
            except (OSError, TimeoutError) as error:
                reason = reason_of(error)
                raise OriginError(f"{self.named}: cannot connect ({reason})") from None
        else:
            raise OriginError(f"scheduler {address!r}{source}: expected tcp://HOST:PORT (a "
                              f"running dask scheduler) or local:N (an embedded cluster of N "
                              f"workers)")
        try:        # every worker, those joining later too; idempotent: kept across jobs
            self.client.register_plugin(ShardCache(), name=PLUGIN)
            self.check_builds()
        except BaseException:
            self.close()
            raise

    def _wait_for_a_worker(self) -> None:
        """A job on a scheduler no worker has joined is refused in one line after
        ``WORKER_WAIT``: a scan's shard search was Dask's ValueError, a traceback, and an
        add's tasks would have waited for a worker forever. Checked when a job starts, not on
        connecting: workers may join a scheduler after the job's client. Its own wait, not
        ``CONNECT_TIMEOUT``: a test shortening the wait for a worker that never comes also cut
        the connection's time, and failed as "cannot connect" when the machine was busy."""
        try:
            self.client.wait_for_workers(1, timeout=WORKER_WAIT)
        except (TimeoutError, OSError):
            raise OriginError(f"{self.named}: no worker has joined it in {WORKER_WAIT:g} s "
                              f"(start one: dask worker ADDRESS)") from None

    def check_builds(self, here: str | None = None) -> None:
        """Refuse workers running another origin than this job (``here``: this job's build)."""
        here = here or self.build
        for worker, theirs in sorted(self.client.run(build, on_error="return").items()):
            if isinstance(theirs, BaseException):      # older code has no build() to run
                theirs = f"other code ({reason_of(theirs)})"
            if theirs != here:
                raise self._other_code(worker, theirs, here)

    def _other_code(self, worker: str, theirs: str, here: str) -> OriginError:
        return OriginError(f"{self.named}: worker {worker} runs origin {theirs}, this job "
                           f"{here}: install the same origin on every worker")

    def _checked(self, answer: tuple[str, str, object]):
        """The result of an ``on_worker`` answer, refused when its worker runs other code."""
        worker, theirs, result = answer
        if theirs != self.build:
            raise self._other_code(worker, theirs, self.build)
        return result

    @property
    def window(self) -> int:
        """Files in flight: two per worker thread, so every worker has its next file queued."""
        return 2 * max(1, sum(self.client.nthreads().values()))

    def _gather(self, futures: list["Future"]) -> list:
        """The results of the futures' ``on_worker`` tasks, each worker's build checked. A
        scheduler lost mid-job (stopped, unreachable past the reconnect timeout) cancels every
        future: one line saying how to finish, not Dask's traceback."""
        try:
            answers = self.client.gather(futures)
        except (CancelledError, OSError) as error:
            if isinstance(error, OSError) and self.client.status == "running":
                raise                     # a task's own error (ShardUnreadable), not the link
            raise OriginError(f"{self.named}: lost mid-job ({reason_of(error)}); "
                              f"what was printed is stored: run the same command again to "
                              f"finish (a --manifest resumes)") from None
        except Exception:
            self.check_builds()           # a worker on older code cannot even load on_worker
            raise
        return [self._checked(answer) for answer in answers]

    def _seen(self, item, future: "Future", done):
        """``done``, unless a worker found missing a file the job reads: that worker does not
        reach the files by the job's paths, and every file it took would be reported missing
        (refused rows, exit 1: a batch runner would not run the job again)."""
        file = item if isinstance(item, str) else (     # a scan's path, an add's (path, ...)
            item[0] if isinstance(item, tuple) and item and isinstance(item[0], str) else None)
        if file is None or getattr(done, "error", None) != str(InputError(file, "no such file")) \
                or not os.path.exists(file):
            return done
        where = ", ".join(self.client.who_has([future]).get(future.key, ())) or "a worker"
        raise OriginError(f"{file}: no such file on worker {where}, though this job reads it: "
                          f"every worker must reach the files by the job's absolute paths")

    def map(self, function: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        self._wait_for_a_worker()
        client = self.client
        return in_order(items, lambda item: (item, client.submit(on_worker, function, item,
                                                                 pure=False)),
                        lambda sent: self._seen(*sent, self._gather([sent[1]])[0]),
                        window=self.window, cancel=lambda sent: _cancel(client, [sent[1]]))

    def search(self, function: Callable[[T], "Fingerprinted"], items: Iterable[T],
               index: "IndexSnapshot") -> Iterator[tuple["Fingerprinted", "FrameHits | None"]]:
        self._wait_for_a_worker()
        client = self.client
        groups = placement(list(client.nthreads()), len(index.shard_paths))

        def submit(item: T) -> tuple[T, list["Future"]]:
            done = client.submit(on_worker, function, item, pure=False)
            return item, [done] + [
                client.submit(on_worker, search_shards, done,
                              [index.shard_paths[n] for n in shards], index.state, pure=False,
                              workers=hosts or None, allow_other_workers=True)
                for shards, hosts in groups]

        def result(sent: tuple[T, list["Future"]]) -> tuple["Fingerprinted", "FrameHits | None"]:
            item, futures = sent
            done, *found = self._gather(futures)
            if self._seen(item, futures[0], done).error:
                return done, None
            hits = [None] * len(index.shard_paths)
            for (shards, _), part in zip(groups, found):
                for number, shard_hits in zip(shards, part):
                    hits[number] = shard_hits
            return done, index.merge(hits, done.fingerprint.codes)

        return in_order(items, submit, result, window=self.window,
                        cancel=lambda sent: _cancel(client, sent[1]))

    def close(self) -> None:
        client, self.client = getattr(self, "client", None), None
        if client is not None:
            client.close()
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
