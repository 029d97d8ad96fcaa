"""The workspace's writer lock, without the database stack (``brands scan`` takes it with no
SQLAlchemy loaded)."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from filelock import FileLock, Timeout

from origin.errors import WorkspaceBusy

LOCK = ".lock"                   # inside the workspace folder


@contextmanager
def writer_lock(folder: Path, timeout: float) -> Iterator[None]:
    """Hold the workspace's writer lock; a second writer waits ``timeout`` s, then fails clearly."""
    lock = FileLock(str(Path(folder) / LOCK))
    try:
        lock.acquire(timeout=timeout)
    except Timeout:
        raise WorkspaceBusy(f"{folder}: another origin process holds the workspace lock "
                            f"(waited {timeout:g} s)") from None
    try:
        yield
    finally:
        lock.release()
