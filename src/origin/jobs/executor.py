"""Where a job's per-file work runs: in this process, in worker processes on this machine, or on a
Dask cluster (``origin.jobs.cluster``, imported only when a scheduler is named).

Every executor runs the same pure functions of a path (``origin.jobs.fingerprinting``) and hands
results back in input order; the job itself stays the only writer of the workspace. Scans also
need each fingerprint searched in every index shard: locally that happens here, on the shards
this process loaded; on a cluster it happens on the workers that hold the shards.
"""
from __future__ import annotations

import os
import threading
import time
from collections import deque
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, TypeVar

from origin.errors import OriginError

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from origin.index.frames import FrameHits
    from origin.jobs.fingerprinting import Fingerprinted
    from origin.jobs.snapshot import IndexSnapshot

T = TypeVar("T")
R = TypeVar("R")
F = TypeVar("F")

SCHEDULER_ENV = "ORIGIN_SCHEDULER"


class Executor:
    """Runs a job's per-file steps; results come back in input order, a bounded few ahead."""

    #: whether workers open the index's shard files themselves (so a scan pins them on disk)
    opens_shard_files = False
    #: whether the per-file steps run in this process, the one that matches
    in_process = False

    def map(self, function: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        raise NotImplementedError

    def search(self, function: Callable[[T], "Fingerprinted"], items: Iterable[T],
               index: "IndexSnapshot") -> Iterator[tuple["Fingerprinted", "FrameHits | None"]]:
        """``function`` (a fingerprinting step) over ``items``, each fingerprint's codes searched
        in every shard of ``index``; no hits (None) for a file that failed."""
        for done in self.map(function, items):
            yield done, None if done.error else index.search(done.fingerprint.codes)

    def close(self) -> None:
        """Release workers; safe to call twice."""

    def __enter__(self) -> "Executor":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


class LocalExecutor(Executor):
    """This machine: in this process (``workers`` 1) or in ``workers`` spawned processes."""

    def __init__(self, workers: int = 1):
        self.workers = workers
        self.in_process = workers <= 1
        self._pool: ProcessPoolExecutor | None = None

    def map(self, function: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        if self.workers <= 1:
            return map(function, items)
        if self._pool is None:
            # imported here: one process (``originals add`` of a few clips) needs no pool, and
            # multiprocessing with concurrent.futures.process is ~0.04 s of its start-up
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # spawn, not fork: the parent's OpenCV/FAISS thread pools do not survive a fork safely
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=exit_with_parent, initargs=(os.getpid(),))
        return in_order(items, lambda item: self._pool.submit(function, item), worker_result,
                        window=2 * self.workers)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


WORKER_DIED = ("a worker process died (killed, or out of memory) before it finished its file: "
               "what was printed is stored, the rest is not; run the same command again to "
               "finish (with fewer --workers if memory ran out)")


def worker_result(future: "Future[R]") -> R:
    """A local worker's result. A worker killed from outside (the kernel's out-of-memory
    killer on an 8K clip, a ``kill -9``) broke the pool, and the job ended in a
    ``BrokenProcessPool`` traceback; now in one line, and the next run finishes the job."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool:
        raise OriginError(WORKER_DIED) from None


def in_order(items: Iterable[T], submit: Callable[[T], F], result: Callable[[F], R],
             window: int, cancel: Callable[[F], object] = lambda future: future.cancel()
             ) -> Iterator[R]:
    """Submit ``items`` at most ``window`` ahead of the consumer; results in input order.

    Only a few results wait in memory, and a consumer that stops early (or a crash) cancels
    what was submitted and not yet taken.
    """
    pending: deque = deque()
    try:
        for item in items:
            pending.append(submit(item))
            if len(pending) >= window:
                yield result(pending.popleft())
        while pending:
            yield result(pending.popleft())
    finally:
        for future in pending:
            cancel(future)


def exit_with_parent(parent: int) -> None:
    """Make this worker process exit within a second of the process that started it (no orphans
    after a ``kill -9`` of a job). A watchdog thread, not Linux's parent-death signal: that
    signal follows the parent *thread*, and a pool may outlive the thread that started it."""
    if os.getppid() != parent:           # died before we got here
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="origin-exit-with-parent", daemon=True).start()


def open_executor(workers: int = 1, scheduler: str | None = None) -> Executor:
    """The executor a job asked for: ``scheduler`` (``tcp://HOST:PORT`` or ``local:N``; env
    ORIGIN_SCHEDULER when None) means Dask; otherwise this machine with ``workers`` processes."""
    named, source = "--scheduler", ""
    if scheduler is None:               # the environment's: the error must say so, or a user
        scheduler = os.environ.get(SCHEDULER_ENV) or None   # looks for a --scheduler not given
        named = f"{SCHEDULER_ENV} (set in the environment to {scheduler!r})"
        source = f" ({SCHEDULER_ENV}, set in the environment)"
    if not scheduler:
        return LocalExecutor(workers)
    if workers > 1:
        raise OriginError(f"--workers and {named} exclude each other: a cluster's size is "
                          f"its workers'")
    from origin.jobs.cluster import DaskExecutor     # Dask only when a cluster is asked for

    return DaskExecutor(scheduler, source)
