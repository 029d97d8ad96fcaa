"""A workspace: one folder holding the SQLite database and the FAISS index files.

This is the Python API a batch job calls directly; the CLI is a thin layer over it.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from filelock import FileLock, Timeout
from sqlalchemy.orm import Session

from origin import db
from origin.errors import WorkspaceBusy


class Workspace:
    """The database (truth) and the index (derived from it) of one deployment."""

    DATABASE = "origin.sqlite"
    LOCK = ".lock"

    def __init__(self, path: Path | str, db_url: str | None = None, lock_timeout: float = 600.0):
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)
        self.lock_timeout = lock_timeout
        self.engine = db.open_engine(db_url or db.sqlite_url(self.path / self.DATABASE))
        self._sessions = db.session_factory(self.engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends normally, rolled back otherwise."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the workspace's writer lock; a second writer waits, then fails clearly."""
        lock = FileLock(str(self.path / self.LOCK))
        try:
            lock.acquire(timeout=self.lock_timeout)
        except Timeout:
            raise WorkspaceBusy(f"{self.path}: another origin process holds the workspace lock "
                                f"(waited {self.lock_timeout:g} s)") from None
        try:
            yield
        finally:
            lock.release()
