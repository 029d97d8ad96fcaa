"""The workspace's writer lock, without the database stack (``brands scan`` takes it with no
SQLAlchemy loaded)."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from filelock import FileLock, Timeout

from origin.errors import WorkspaceBusy

LOCK = ".lock"                   # inside the workspace folder
RECORDS_LOCK = ".records.lock"   # read-then-write steps on tickets (serve, scans, the CLI's)


QUIET_WAIT = 1.0                 # s a writer waits for the lock before saying it is waiting


@contextmanager
def writer_lock(folder: Path, timeout: float,
                waiting: Callable[[Path, float], None] | None = None, *, lock_file: str = LOCK,
                name: str = "the workspace lock") -> Iterator[None]:
    """Hold the workspace's writer lock (or ``lock_file``, said as ``name``: the records lock);
    a second writer waits ``timeout`` s, then fails clearly.
    ``waiting(folder, timeout)`` is called once when the lock is not free within
    ``QUIET_WAIT`` s: a second command sat silent for up to ten minutes, and looked hung."""
    lock = FileLock(str(Path(folder) / lock_file))
    try:
        try:
            lock.acquire(timeout=min(timeout, QUIET_WAIT))
        except Timeout:
            if timeout <= QUIET_WAIT:
                raise
            if waiting is not None:
                waiting(Path(folder), timeout)
            lock.acquire(timeout=timeout - QUIET_WAIT)
    except Timeout:
        raise WorkspaceBusy(f"{folder}: another origin process holds {name} "
                            f"(waited {timeout:g} s)") from None
    try:
        yield
    finally:
        lock.release()
