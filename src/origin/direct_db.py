"""The workspace's database without SQLAlchemy: which migrations a database needs, and a
``sqlite3`` connection to a current SQLite database.

``origin.db`` opens every database through SQLAlchemy and creates or upgrades its schema;
importing SQLAlchemy costs ~0.5 s CPU, a quarter of ``brands scan``'s budget for 100 000 records.
That command reads and writes a few tables with plain SQL, so on a SQLite database that is
already at every migration head it uses ``open_current`` instead (anything else: ``origin.db``).
So does ``originals add`` (``origin.original_rows``), which also makes a new SQLite database here
(``create_current``): SQLAlchemy was ~0.5 s of its ~1 s start-up.
"""
from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

MIGRATIONS = Path(__file__).with_name("migrations")
HEAD_SCHEMA = Path(__file__).with_name("schema.sql")   # a SQLite database at every head
DATABASE = "origin.sqlite"       # inside the workspace folder, unless ORIGIN_DB / --db says
DB_VARIABLE = "ORIGIN_DB"        # the environment's database URL, where --db gives none
# set on every SQLite connection, SQLAlchemy's (``origin.db``) and ``open_current``'s
SQLITE_PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=30000")


def sqlite_file(workspace: Path | str, db_url: str | None = None) -> Path | None:
    """The SQLite file the workspace's database is in (``db_url``, else env ORIGIN_DB, else the
    workspace's own file); None for another database, or a URL with options."""
    url = db_url or os.environ.get(DB_VARIABLE)
    if not url:
        return Path(workspace) / DATABASE
    prefix = "sqlite:///"                # sqlite:///relative or sqlite:////absolute
    if url.startswith(prefix) and len(url) > len(prefix) and "?" not in url:
        return Path(url[len(prefix):])
    return None


def connect(path: Path, immutable: bool = False) -> sqlite3.Connection:
    """An autocommit ``sqlite3`` connection with origin's pragmas (``SQLITE_PRAGMAS``);
    ``immutable``: read-only, for a database in a folder nobody may write (``immutable_uri``).
    Any thread may close it (``Workspace.close`` closes every thread's); one thread uses it."""
    if immutable:
        connection = sqlite3.connect(immutable_uri(path), isolation_level=None, uri=True,
                                     check_same_thread=False)
    else:
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        for pragma in SQLITE_PRAGMAS:
            connection.execute(pragma)
    except BaseException:
        connection.close()
        raise
    return connection


def immutable_uri(path: Path) -> str:
    """A SQLite URI opening ``path`` read-only and immutable: no -wal or -shm file is made or
    read, so a database in a read-only folder opens. A write-ahead log left beside it (a writer
    that never closed) would be ignored: refused instead (``InputError``)."""
    from urllib.parse import quote

    log = Path(f"{path}-wal")
    if log.is_file() and log.stat().st_size:
        from origin.errors import InputError

        raise InputError(str(log), "the last writer's log is not merged into the database and "
                                   "the folder is read-only: make it writable once to read it")
    return f"file:{quote(str(Path(path).resolve()))}?mode=ro&immutable=1"


def open_current(path: Path, immutable: bool = False) -> sqlite3.Connection | None:
    """An autocommit ``sqlite3`` connection to the SQLite database at ``path`` when it exists
    and every migration is applied; None otherwise (open it through ``origin.db`` then, which
    creates or upgrades it)."""
    if not path.is_file():
        return None
    connection = None
    try:
        connection = connect(path, immutable)
        applied = {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")}
        if covers_every_migration(applied):
            return connection
    except (sqlite3.Error, ValueError):                 # ValueError: a path that is not text
        pass
    if connection is not None:
        connection.close()
    return None


def create_current(path: Path) -> sqlite3.Connection | None:
    """A new SQLite database at ``path`` given the head schema (``schema.sql``) in one
    transaction, as ``origin.db`` gives a new database, and an autocommit connection to it.
    A database another process made meanwhile is opened as it is when current; None when
    ``path`` holds anything else (an older schema to migrate, or not a database: ``origin.db``
    upgrades it or names the problem)."""
    connection = None
    try:
        connection = connect(path)
        connection.execute("BEGIN IMMEDIATE")             # a second process waits, then sees it
        if connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table'").fetchone():
            connection.execute("ROLLBACK")
            connection.close()
            return open_current(path)
        for statement in read_schema(HEAD_SCHEMA.read_text()):
            connection.execute(statement)
        connection.execute("COMMIT")
        return connection
    except (sqlite3.Error, OSError, ValueError):        # ValueError: a path that is not text
        if connection is not None:
            connection.close()
        return None


def open_sqlite(path: Path) -> sqlite3.Connection | None:
    """``open_current``, or ``create_current`` for a file that is not there or empty."""
    try:
        new = not path.exists() or path.stat().st_size == 0
    except (OSError, ValueError):
        return None
    return create_current(path) if new else open_current(path)


def sqlite_timestamp(moment: datetime) -> str:
    """A ``DateTime`` column's value as SQLAlchemy writes it into SQLite (its fields as given:
    pass UTC), so the ORM reads rows written here back alike."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def read_timestamp(value: datetime | str) -> datetime:
    """A ``DateTime`` column's value as read back: a datetime from PostgreSQL, the
    ``sqlite_timestamp`` text from ``sqlite3``; in UTC when it carries no zone (``as_utc``)."""
    return as_utc(datetime.fromisoformat(value) if isinstance(value, str) else value)


def as_utc(moment: datetime | None) -> datetime:
    """``moment`` with a time zone (UTC when it has none: SQLite drops it); now when None."""
    if moment is None:
        return datetime.now(timezone.utc)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def read_schema(text: str) -> list[str]:
    """``schema.sql``'s statements (a trigger's body holds semicolons of its own)."""
    statements, pending = [], ""
    for line in text.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip().removesuffix(";").strip())
            pending = ""
    return statements


@dataclass(frozen=True)
class Sql:
    """A DBAPI connection inside a transaction, and how its driver wants parameters and times."""

    connection: object
    marker: str                                   # "?" (sqlite3) or "%s" (psycopg)
    timestamp: Callable[[datetime], object]       # a DateTime column's value, as the ORM writes it

    @classmethod
    def of_session(cls, session) -> "Sql":
        """The DBAPI connection under a SQLAlchemy session (its transaction)."""
        from sqlalchemy import DateTime

        connection = session.connection()
        dialect = connection.dialect
        process = DateTime(timezone=True).dialect_impl(dialect).bind_processor(dialect)
        return cls(connection.connection, "?" if dialect.paramstyle == "qmark" else "%s",
                   process or (lambda moment: moment))

    def rows(self, query: str, parameters: Iterable = ()) -> list[tuple]:
        cursor = self.connection.cursor()
        try:
            cursor.execute(query, tuple(parameters))
            return [tuple(row) for row in cursor.fetchall()]
        finally:
            cursor.close()

    def execute(self, statement: str, parameters: Iterable = ()) -> None:
        """A statement that returns no rows (an update)."""
        cursor = self.connection.cursor()
        try:
            cursor.execute(statement, tuple(parameters))
        finally:
            cursor.close()

    def many(self, statement: str, rows: list[tuple]) -> None:
        """One DBAPI executemany: SQLAlchemy's per-row parameter handling costs 15x sqlite3's."""
        cursor = self.connection.cursor()
        try:
            cursor.executemany(statement, rows)
        finally:
            cursor.close()

    def insert(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        names = ", ".join(f'"{column}"' for column in columns)       # "end" is a reserved word
        self.many(f"INSERT INTO {table} ({names}) VALUES "
                  f"({', '.join([self.marker] * len(columns))})", rows)


def migration_graph() -> dict[str, set[str]] | None:
    """Each migration's revision and the revisions it needs (``down_revision`` and
    ``depends_on``), read from the files' assignments without importing Alembic; None when a
    file does not read as expected (then Alembic decides)."""
    graph = {}
    for path in (MIGRATIONS / "versions").glob("*.py"):
        text = path.read_text()
        revision = re.search(r'^revision\s*(?::[^=]*)?=\s*["\']([^"\']+)["\']\s*$', text,
                             re.MULTILINE)
        if revision is None:
            return None
        needs = set()
        for name in ("down_revision", "depends_on"):
            line = re.search(rf"^{name}\s*(?::[^=]*)?=(.*)$", text, re.MULTILINE)
            if line:
                needs.update(re.findall(r'["\']([^"\']+)["\']', line[1].split("#")[0]))
        graph[revision[1]] = needs
    return graph


def covers_every_migration(applied: set[str]) -> bool:
    """Whether the revisions Alembic recorded, with all they need, cover every migration file."""
    applied = set(applied)
    graph = migration_graph()
    if graph is None:
        return False
    pending = list(applied)
    while pending:
        for needed in graph.get(pending.pop(), ()):
            if needed not in applied:
                applied.add(needed)
                pending.append(needed)
    return applied >= set(graph)
