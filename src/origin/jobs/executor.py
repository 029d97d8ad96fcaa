"""Where a job's per-file work runs: in this process, or in worker processes on this machine."""
from __future__ import annotations

import multiprocessing
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def ordered_map(function: Callable[[T], R], items: Iterable[T], workers: int = 1) -> Iterator[R]:
    """``function`` over ``items``, results in order; in ``workers`` processes when more than one.

    Decoding and hashing are single-threaded, so a batch job fills its cores this way. Only a few
    items run ahead of the consumer, so the results waiting in memory stay few.
    """
    if workers <= 1:
        yield from map(function, items)
        return
    # spawn, not fork: the parent's OpenCV/FAISS thread pools do not survive a fork safely
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        pending: deque = deque()
        for item in items:
            pending.append(pool.submit(function, item))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
