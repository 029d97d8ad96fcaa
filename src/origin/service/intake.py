"""Complaint intake over HTTP with group commit: one writer thread files the notices that
arrive while the previous transaction commits, all in the next one.

Each notice goes through ``complaints.Intake.submit`` exactly as a row of ``origin complaints
submit`` does (the same validation, a rejected notice writes nothing, a duplicate within the
batch is caught by the intake's ``seen`` set), and ``submit_file`` commits many rows per
transaction in the same way. What it saves is the commit (an fsync) per notice, which bounds a
serialised writer to a few dozen notices a second on SQLite. A batch that fails to commit is
filed again one notice per transaction, so one bad notice cannot sink the others.
"""
from __future__ import annotations

import logging
import queue
import threading
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from origin.enforcement import clock, complaints

MAX_BATCH = 64
log = logging.getLogger(__name__)


@dataclass
class _Notice:
    row: dict
    base: Path
    done: Future


class IntakeQueue:
    """``submit(row, base)`` returns a future of the notice's ``IntakeResult``."""

    def __init__(self, service):
        self.service = service
        self._queue: queue.Queue[_Notice | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._start = threading.Lock()

    def submit(self, row: dict, base: Path) -> Future:
        with self._start:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="origin-intake",
                                                daemon=True)
                self._thread.start()
        notice = _Notice(row, base, Future())
        self._queue.put(notice)
        return notice.done

    def close(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            self._queue.put(None)
            self._thread.join(timeout=30)

    def _loop(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            batch = [first]
            while len(batch) < MAX_BATCH:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    self._queue.put(None)      # finish this batch, then stop
                    break
                batch.append(more)
            self._file(batch)

    def _file(self, batch: list[_Notice]) -> None:
        try:
            results = self._transaction(batch)
        except Exception as error:
            if len(batch) == 1:
                log.exception("filing a notice failed")
                batch[0].done.set_exception(error)
                return
            for notice in batch:                      # one at a time: isolate the bad one
                self._file([notice])
            return
        for notice, result in zip(batch, results):
            notice.done.set_result(result)

    def _transaction(self, batch: list[_Notice]) -> list[complaints.IntakeResult]:
        service = self.service
        with service.writer(), service.workspace.session() as session:
            intake = complaints.Intake(session, service.policy, service.workspace.path,
                                       now=clock.now())
            return [intake.submit(line, notice.row, notice.base)
                    for line, notice in enumerate(batch, 1)]

