"""A workspace: one folder holding the SQLite database, the index shards and the locks.

The Python API a batch job calls directly; the CLI is a thin layer over it. What a job does lives
in ``origin.jobs`` (register, scan, manifests, upkeep: reconciling the index with the database);
the workspace holds what jobs share: paths, the database and locks, and names the jobs it runs.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
import weakref
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from origin.direct_db import (DATABASE, DB_VARIABLE, Sql, as_utc, connect, open_current,
                              open_sqlite, sqlite_file, sqlite_timestamp)
from origin.errors import InputError, NotAWorkspace, OriginError, from_environment, printable
from origin.locking import LOCK, RECORDS_LOCK, writer_lock
from origin.records import DEFAULT_MIN_SCORE, ScanResult

if TYPE_CHECKING:      # the video, audio and index stack loads with the first job that needs it:
    # commands that only read the database (brands, tickets, accounts) never import OpenCV,
    # PyAV or FAISS; and SQLAlchemy loads with the first session (``originals add`` on SQLite
    # needs none: ``origin.original_rows``)
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

    from origin.index.frames import FrameIndex
    from origin.jobs.executor import Executor
    from origin.jobs.maintain import IndexStatus
    from origin.jobs.manifest import AddedRow, ManifestResult
    from origin.jobs.register import AddResult
    from origin.jobs.scan import Act, UploadItem


# sqlite://, sqlite:///:memory:, sqlite+pysqlite://?..., file:...?mode=memory
_IN_MEMORY = re.compile(r"^sqlite(\+\w+)?://(/(:memory:|file:[^?]*\?(.*&)?mode=memory\b.*)?)?"
                        r"(\?.*)?$")


class _Held:
    """The database connections a workspace holds open, apart from it so that a finalizer can
    close them once the workspace is dropped (``weakref.finalize`` must not hold the
    workspace). ``generation`` counts the closes: a thread's connection from before one is
    made again."""

    def __init__(self) -> None:
        self.connections: dict[threading.Thread, sqlite3.Connection] = {}
        self.engine: Engine | None = None
        self.generation = 0

    def add(self, connection: sqlite3.Connection) -> None:
        """This thread's new connection; those of threads that ended are closed."""
        for thread in [thread for thread in self.connections if not thread.is_alive()]:
            self.connections.pop(thread).close()
        self.connections[threading.current_thread()] = connection

    def close(self) -> None:
        for connection in self.connections.values():
            connection.close()
        self.connections.clear()
        if self.engine is not None:
            self.engine.dispose()
        self.generation += 1


class Workspace:
    """The database (truth) and the index (derived from it) of one deployment.

    A context manager: ``with Workspace(path) as workspace:`` closes its database connections
    when the block ends (``close``); a workspace dropped without ``close`` closes them then.
    Before stop 31 a dropped workspace's ``sqlite3`` connection stayed open until the garbage
    collector ran (its statement cache is a reference cycle), through whatever the process did
    next: a fault check's reads then saw a stale state of the database (the flaky kill -9 test).
    """

    DATABASE = DATABASE
    INDEX = "index"                  # the shards (``origin.index.shards``)
    AUDIO = "audio"                  # the audio store (``origin.index.audio``)
    KEYPOINTS = "keypoints"          # the keypoint index's trained inverted file
    LEGACY_INDEX = "frames.faissb"   # the one index file before shards, read as shard 0
    BINDING = "database.json"        # which database the index, audio and keypoints derive from
    LOCK = LOCK

    def __init__(self, path: Path | str, db_url: str | None = None, lock_timeout: float = 600.0,
                 create: bool = True, read_only: bool = False):
        """``db_url`` (or env ORIGIN_DB) puts the database elsewhere, e.g. PostgreSQL; the index
        always lives in ``path``. The database is created or upgraded here: a SQLite database
        that is new or already current with ``sqlite3`` alone (``origin.direct_db``), anything
        else through SQLAlchemy and Alembic (``origin.db``), which also names a bad one.

        ``create=False`` (every command but those that register or configure) refuses a folder
        that is not a workspace: a mistyped path made an empty one, and a scan or a listing
        there said "nothing", exit 0. ``read_only`` (commands that only read) opens a SQLite
        database in a folder it cannot write read-only and immutable: WAL needs its -shm file
        beside the database, so even a read failed there."""
        self._db_url = db_url or os.environ.get(DB_VARIABLE)
        self._db_from_environment = bool(self._db_url) and not db_url
        if self._db_url and _IN_MEMORY.match(self._db_url):
            # each command would open an empty database and lose what it wrote: "added", exit 0
            raise self._named(InputError(printable(self._db_url), "an in-memory database keeps "
                              "nothing after the command: name a file (sqlite:///PATH) or a server"))
        self.path = Path(path)
        self._sqlite = sqlite_file(self.path, db_url)
        self.lock_timeout = lock_timeout
        # told when the writer lock is not free at once (the CLI says it is waiting)
        self.on_lock_wait: Callable[[Path, float], None] | None = None
        self._local = threading.local()           # sqlite3 connections serve one thread each
        self._held = _Held()
        weakref.finalize(self, self._held.close)
        if not create:
            self._check_exists()
            self._connect(read_only)
            return
        made = [folder for folder in (self.path, *self.path.parents) if not folder.exists()]
        self.path.mkdir(parents=True, exist_ok=True)
        try:
            self._connect(read_only)
        except BaseException:
            # a database that cannot be reached or made: the folders made for it go again (an
            # unreachable --db left an empty workspace folder behind), if nothing is in them
            for folder in made:
                try:
                    folder.rmdir()
                except OSError:
                    break
            raise

    def _connect(self, read_only: bool) -> None:
        """The database opened once: created or upgraded, or refused with the reason."""
        self._immutable = read_only and self._sqlite is not None and self._unwritable()
        if self._immutable:
            connection = open_current(self._sqlite, immutable=True)
            if connection is None:
                raise InputError(printable(str(self.path)), "read-only, and its database is "
                                 "not at this version's schema (upgrading it writes): make "
                                 "the folder writable once")
            connection.close()
            return
        connection = open_sqlite(self._sqlite) if self._sqlite else None
        if connection is None:
            self._open_engine()                   # creates or upgrades the database, or raises
            connection = open_current(self._sqlite) if self._sqlite else None
        if connection is None:
            self._sqlite = None                   # PostgreSQL, or SQLite with URL options
        else:
            connection.close()                    # ``sql`` connects again in the thread using it

    def _check_exists(self) -> None:
        """Refuse a folder that is not a workspace (``InputError`` naming it): no such folder,
        or no database in it when its database is its own SQLite file."""
        hint = ("not a workspace (check -w / ORIGIN_WORKSPACE; only commands that register or "
                "configure, such as originals add, make one)")
        if not self.path.is_dir():
            reason = "not a folder" if self.path.exists() else "no such folder"
            raise NotAWorkspace(str(self.path), f"{reason}: {hint}")
        database = self._sqlite
        if database is None or (database.is_file() and database.stat().st_size):
            return
        self.check_database()        # an index bound to another database: name that one
        if database.parent.resolve() == self.path.resolve():
            raise NotAWorkspace(str(self.path), f"no database {database.name} in it: {hint}")
        raise NotAWorkspace(str(database), "no such database file (check --db / ORIGIN_DB; "
                                           "only commands that register or configure make one)")

    def _unwritable(self) -> bool:
        """Whether SQLite cannot write beside the database (its -wal and -shm files)."""
        return not os.access(self._sqlite.parent, os.W_OK)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made on first use (importing SQLAlchemy: ~0.5 s CPU)."""
        return self._held.engine or self._open_engine()

    def _open_engine(self) -> Engine:
        from origin import db

        if self._immutable:
            url = db.immutable_url(self._sqlite)
        else:
            url = self._db_url or db.sqlite_url(self.path / self.DATABASE)
        try:
            engine = db.open_engine(url)
        except InputError as error:
            raise self._named(error) from None
        self._sessions, self._held.engine = db.session_factory(engine), engine
        return engine

    def _named(self, error: InputError) -> InputError:
        """``error`` about the database URL, naming ``ORIGIN_DB`` where the URL came from it."""
        return from_environment(error, DB_VARIABLE) if self._db_from_environment else error

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends normally, rolled back otherwise."""
        if self._held.engine is None:
            self._open_engine()
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def sql(self, write: bool = True) -> Iterator[Sql]:
        """Plain SQL in one transaction, committed when the block ends normally: ``sqlite3``
        on a SQLite database, else a session's connection."""
        connection = self._connection()
        if connection is None:
            with self.session() as session:
                yield Sql.of_session(session)
            return
        # a writer takes SQLite's write lock at once: a second one waits (busy_timeout)
        connection.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield Sql(connection, "?", sqlite_timestamp)
        except BaseException:
            if connection.in_transaction:             # an error may have ended it already
                connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")

    def _connection(self) -> sqlite3.Connection | None:
        """This thread's ``sqlite3`` connection to the SQLite database (current: checked when
        the workspace opened), made on first use; None for another database."""
        if self._sqlite is None:
            return None
        if getattr(self._local, "generation", None) != self._held.generation:
            self._local.connection = connect(self._sqlite, immutable=self._immutable)
            self._local.generation = self._held.generation
            self._held.add(self._local.connection)
        return self._local.connection

    def close(self) -> None:
        """Release the database connections (every thread's ``sqlite3`` one, the engine's).
        The workspace stays usable: the next use connects again."""
        self._held.close()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exception: object) -> None:
        self.close()

    @contextmanager
    def exclusive(self, timeout: float | None = None) -> Iterator[None]:
        """Hold the workspace's writer lock; a second writer waits (``timeout``, default the
        workspace's), then fails clearly."""
        with writer_lock(self.path, self.lock_timeout if timeout is None else timeout,
                         self.on_lock_wait):
            yield

    @contextmanager
    def record_lock(self) -> Iterator[None]:
        """A short lock around read-then-write steps (tickets) that concurrent scans share. Its
        timeout is a ``WorkspaceBusy`` naming the workspace: filelock's own "The file lock
        '.../.records.lock' could not be acquired." reached ``tickets advance`` beside ``serve``."""
        with writer_lock(self.path, self.lock_timeout, lock_file=RECORDS_LOCK,
                         name="the records lock (serve or a scan is moving tickets)"):
            yield

    @contextmanager
    def records_writer(self) -> Iterator[None]:
        """The writer lock and the records lock: a command-line step on tickets or complaints.
        ``serve`` takes only the records lock, so a command holding only the writer lock could
        read a ticket's state while ``serve`` moved it, and both wrote."""
        with self.exclusive(), self.record_lock():
            yield

    @property
    def index_folder(self) -> Path:
        return self.path / self.INDEX

    @property
    def audio_folder(self) -> Path:
        return self.path / self.AUDIO

    @property
    def keypoints_folder(self) -> Path:
        return self.path / self.KEYPOINTS

    @property
    def database_name(self) -> str:
        """This run's database as the binding file records it: a SQLite file inside the
        workspace by its name there (the folder may move), another SQLite file by its absolute
        path, any other database by its URL without the password."""
        path = sqlite_file(self.path, self._db_url)
        if path is None:                # a server: SQLAlchemy opens it, so its import is paid
            from origin.db import shown_url

            return shown_url(self._db_url or "")
        path = path.resolve()
        if path.parent == self.path.resolve():
            return path.name
        return f"sqlite:///{path}"

    def check_database(self) -> None:
        """Refuse to use the index with a database it was not derived from: a scan would miss
        every original the index holds and the database does not (``no match``, exit 0), and
        the next writer would drop them from the index. Older workspaces have no binding file:
        their next ``reconcile`` writes one."""
        try:
            bound = json.loads((self.path / self.BINDING).read_text())["database"]
        except FileNotFoundError:
            return
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise OriginError(f"{printable(str(self.path / self.BINDING))}: unreadable "
                              f"({error}); it names the database this workspace's index is "
                              f"derived from") from None
        if database_identity(bound) != database_identity(self.database_name):
            raise OriginError(
                f"{printable(str(self.path))}: its index is derived from the database "
                f"{_described(bound)}, but this run uses {_described(self.database_name)}: "
                f"{_fix(bound, self.path)}, or give each database its own --workspace")

    def bind_database(self) -> None:
        """Record this run's database as the one the index derives from (a writer does, under
        the lock, before it changes the index)."""
        self.check_database()
        binding = self.path / self.BINDING
        if not binding.exists():
            from origin.index.shards import write_json_atomically

            write_json_atomically(binding, {"database": self.database_name})

    def open_index(self) -> FrameIndex:
        """The current index snapshot, every shard memory-mapped (``origin.index.frames``);
        refused when the workspace's index belongs to another database (``check_database``)."""
        from origin.index.frames import FrameIndex

        self.check_database()
        return FrameIndex(self.index_folder, self.path / self.LEGACY_INDEX)

    def reconcile(self) -> FrameIndex:
        """Make the index and the audio store hold exactly the originals the database holds;
        call under the lock (``origin.jobs.maintain``)."""
        from origin.jobs import maintain

        return maintain.reconcile(self)

    def add_originals(self, paths: Iterable[str | Path], owner: str | None = None,
                      published_at: datetime | None = None, title: str | None = None,
                      workers: int = 1, executor: Executor | None = None) -> Iterator[AddResult]:
        """Register videos as originals (``origin.jobs.register``)."""
        from origin.jobs import register

        return register.add_originals(self, paths, owner, published_at, title, workers, executor)

    def scan(self, uploads: Iterable[str | Path | UploadItem], uploader: str | None = None,
             uploaded_at: datetime | None = None, min_score: float = DEFAULT_MIN_SCORE,
             workers: int = 1, executor: Executor | None = None, act: Act | None = None,
             resume: bool = False, music_from_library: bool | None = None) -> Iterator[ScanResult]:
        """Match uploads against the originals (``origin.jobs.scan``)."""
        from origin.jobs import scan

        return scan.scan(self, uploads, uploader, uploaded_at, min_score, workers, executor, act,
                         resume, music_from_library)

    def scan_manifest(self, manifest, fmt: str = "auto", min_score: float = DEFAULT_MIN_SCORE,
                      workers: int = 1, executor: Executor | None = None, act: Act | None = None,
                      resume: bool = True) -> Iterator[ManifestResult]:
        """Scan a batch manifest's uploads, resumably (``origin.jobs.manifest``)."""
        from origin.jobs import manifest as manifests

        return manifests.scan_manifest(self, manifest, fmt, min_score, workers, executor, act,
                                      resume)

    def add_manifest(self, manifest, fmt: str = "auto", workers: int = 1,
                     executor: Executor | None = None) -> Iterator[AddedRow]:
        """Register an originals manifest's videos with their own metadata
        (``origin.jobs.manifest``)."""
        from origin.jobs import manifest as manifests

        return manifests.add_manifest(self, manifest, fmt, workers, executor)

    def index_status(self) -> IndexStatus:
        """Shards, codes, bytes per code and state of the index (``origin.jobs.maintain``)."""
        from origin.jobs import maintain

        return maintain.status(self)

    def reshard(self, shards: int, progress=None) -> IndexStatus:
        """Split the index into ``shards`` shards, crash-safely (``origin.jobs.maintain``)."""
        from origin.jobs import maintain

        return maintain.reshard(self, shards, progress)

    def retrain_keypoints(self) -> IndexStatus:
        """Learn the keypoint index's cells again from every row, crash-safely
        (``origin.jobs.maintain``)."""
        from origin.jobs import maintain

        return maintain.retrain(self)

    def originals(self) -> list[dict]:
        """Every registered original (without its codes), oldest publication first."""
        from sqlalchemy import select

        from origin.catalogue import Original

        with self.session() as session:
            rows = session.scalars(select(Original).order_by(Original.published_at, Original.key))
            return [{"id": row.id, "path": row.path, "title": row.title, "owner": row.owner,
                     "published_at": as_utc(row.published_at).isoformat(), "duration": row.duration,
                     "frames": row.frame_count, "channels": list(row.channels),
                     "audio_duration": row.audio_duration, "state": row.state} for row in rows]


def database_identity(name: str) -> str:
    """Which database a binding's name is, whoever connects: a server's URL without its user,
    password and driver. A read-only role (or a reviewer's own) on the database the index was
    built from is that database; compared whole, its URL was refused ("its index is derived
    from ... postgres@..., but this run uses ... reader@...") by ``index status`` and ``scan``."""
    if "://" not in name or name.startswith("sqlite"):
        return name
    from sqlalchemy import URL, make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(name)
    except ArgumentError:
        return name
    return URL.create(url.get_backend_name(), host=url.host, port=url.port,
                      database=url.database, query=url.query).render_as_string()


def _described(database: str) -> str:
    """A binding's database for a message: the workspace's own file, or its URL."""
    return f"{database!r}" if "://" in database else f"{database!r} in the workspace folder"


def _fix(bound: str, workspace: Path) -> str:
    """The option that names the bound database again."""
    if "://" in bound:
        return f"pass --db {printable(bound)} (or ORIGIN_DB)"
    if bound == DATABASE:
        return "run without --db and ORIGIN_DB"
    return f"pass --db sqlite:///{printable(str(workspace.resolve() / bound))} (or ORIGIN_DB)"
