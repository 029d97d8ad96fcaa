"""Database access: SQLAlchemy 2 engine + Alembic migrations.

SQLite inside the workspace by default; any SQLAlchemy URL (PostgreSQL included) through ``--db``.
Every domain (core catalogue, tickets, brands, accounts) declares its tables on the one ``Base``
and ships an Alembic migration under ``origin/migrations/versions``; opening a database upgrades
it to all heads, so each domain's migration chain can grow independently.

A new SQLite database is not migrated step by step: it gets the schema the migrations build,
stored in ``schema.sql`` (tables, indexes and triggers as SQLite keeps them, and the Alembic
version rows), in one transaction, which is Alembic's recipe for new databases (create the
current schema, stamp it at head) without importing Alembic: opening a new workspace took
1.1-1.5 s CPU, now 0.7-0.8 s, as long as opening an existing one. ``tests/test_db.py`` checks that file against a migrated
database; ``python -m origin.db`` rewrites it after a new migration.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterable, Iterator

from sqlalchemy import create_engine, event, inspect, make_url
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import DeclarativeBase, sessionmaker

from origin.direct_db import (HEAD_SCHEMA, MIGRATIONS, SQLITE_PRAGMAS, as_utc,  # noqa: F401
                              covers_every_migration, immutable_uri, migration_graph, read_schema)
from origin.errors import InputError, OutOfSpace, printable, write_refused
from origin.rows import text_problem

MAX_IN_PARAMS = 2000     # bound parameters per IN (...) list (SQLite >= 3.32 allows 32766)


class Base(DeclarativeBase):
    """Declarative base shared by every domain's tables."""


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{Path(path).resolve()}"


def immutable_url(path: Path) -> str:
    """A SQLAlchemy URL opening a SQLite file read-only and immutable
    (``direct_db.immutable_uri``)."""
    return f"sqlite:///{immutable_uri(path)}&uri=true"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in SQLITE_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def open_engine(url: str) -> Engine:
    """Create an engine and bring the schema up to date (idempotent).

    A URL that names no known database, a driver that is not installed or a database that
    cannot be reached raise ``InputError`` naming the URL (password hidden).
    """
    if text_problem(url):               # bytes that are not UTF-8 in a path: no driver takes them
        raise InputError(printable(url), "not valid UTF-8 text (a byte in a folder or file "
                                         "name that is not text)")
    shown = shown_url(url)
    try:
        engine = create_engine(url, future=True)
    except NoSuchModuleError:
        raise InputError(shown, f"unknown database kind {url.split(':', 1)[0]!r} (e.g. "
                                f"sqlite:///PATH, postgresql+psycopg://USER@HOST/DB)") from None
    except ArgumentError:
        raise InputError(shown, "not a database URL (e.g. sqlite:///PATH, "
                                "postgresql+psycopg://USER@HOST/DB)") from None
    except ValueError:               # SQLAlchemy reads the port with int(): HOST:abc, [::1
        raise InputError(shown, "not a database URL: its HOST:PORT does not read (the port "
                                "must be a number, e.g. postgresql+psycopg://USER@HOST:5432/DB)"
                         ) from None
    except ImportError as error:
        hint = (" (PostgreSQL: pip install -e '.[postgres]')"
                if url.startswith("postgres") else "")
        raise InputError(shown, f"its driver {error.name or error} is not installed{hint}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        upgrade(engine)
    except InputError as error:        # two stored rows of one name that say different things
        engine.dispose()                # (``SpellingConflict``), a row whose reference is gone
        raise InputError(shown, f"not upgraded, nothing changed: {error}") from None
    except DBAPIError as error:
        engine.dispose()
        if refused := write_refused(error):     # a read-only role or standby, older schema
            raise InputError(shown, f"not at this version's schema, and upgrading it writes "
                                    f"({refused}): run one command as a user "
                                    f"that may change the schema") from None
        reason = str(error.orig).strip().splitlines() or [type(error.orig).__name__]
        if (room := _no_room(engine, error)) is not None:
            raise OutOfSpace(shown, f"cannot open the database: out of space ({reason[0]}: "
                                    f"{room}): free some and run the same command again") from None
        raise InputError(shown, f"cannot open the database: {reason[0]}"
                                f"{_read_only_hint(engine)}") from None
    return engine


SQLITE_ROOM = 1 << 20       # bytes: less free beside a database that fails to open is the reason


def _no_room(engine: Engine, error: DBAPIError) -> str | None:
    """Why SQLite failed to open a database on a full disk, when that is the reason: it says
    "disk I/O error" (SQLITE_IOERR_SHMSIZE: write-ahead logging's index beside the file cannot
    grow, even to read), which sent stop 38's new user looking for a broken disk."""
    name = getattr(error.orig, "sqlite_errorname", "")
    if engine.dialect.name != "sqlite" or not name.startswith(("SQLITE_IOERR", "SQLITE_FULL")):
        return None
    folder = Path(engine.url.database or ".").parent
    try:
        stats = os.statvfs(folder)
    except OSError:
        return None
    free = stats.f_bavail * stats.f_frsize
    if free >= SQLITE_ROOM:
        return None
    return (f"the disk holding {folder} has {free:,} bytes free, and SQLite needs room beside "
            f"the database for its log's index even to read")


def _read_only_hint(engine: Engine) -> str:
    """Why SQLite says "unable to open database file" on a read-only folder (even to read:
    write-ahead logging keeps its index beside the file), when that is the reason."""
    folder = Path(engine.url.database or ".").parent if engine.dialect.name == "sqlite" else None
    if folder is None or not folder.is_dir() or os.access(folder, os.W_OK):
        return ""
    return f" ({folder} is read-only: the database keeps its log and locks beside it)"


def shown_url(url: str) -> str:
    """The URL for messages, password hidden (by hand in one SQLAlchemy cannot read)."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):     # ValueError: a port that is not a number
        return _PASSWORD.sub(r"\1***@", url)


_PASSWORD = re.compile(r"^([^:/]*://[^:/@]*:)[^/]*@")    # scheme://user:PASSWORD@host


def up_to_date(engine: Engine) -> bool:
    """Whether every migration is applied (``direct_db.covers_every_migration``). Most opens
    find this and skip Alembic (~0.2 s CPU to import and read its scripts)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return False
        applied = set(connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalars())
    return covers_every_migration(applied)


def head_schema(connection) -> list[str]:
    """The statements that rebuild this SQLite database's schema: its tables, then indexes,
    views and triggers, each by name (Alembic runs independent branches in no fixed order), as
    SQLite stores them, then its Alembic version rows."""
    statements = list(connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
        "ORDER BY type != 'table', type, name").scalars())
    versions = sorted(connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalars())
    return statements + [f"INSERT INTO alembic_version (version_num) VALUES ('{version}')"
                         for version in versions]


def write_schema(statements: list[str]) -> str:
    return "".join(f"{statement};\n\n" for statement in statements)


def migrated_schema() -> list[str]:
    """The schema every migration builds on an empty SQLite database (Alembic, in memory)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = create_engine("sqlite://", future=True)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")
        return head_schema(connection)


def _create(connection) -> bool:
    """Give an empty SQLite database the head schema in the open transaction; False when it
    holds any table (another process made it meanwhile, or an older origin did: Alembic's)."""
    if connection.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table'").first():
        return False
    for statement in read_schema(HEAD_SCHEMA.read_text()):
        connection.exec_driver_sql(statement)
    return True


def upgrade(engine: Engine) -> None:
    """Run every pending migration, or create a new SQLite database's schema at once (module
    doc). On SQLite, foreign keys are off meanwhile: a migration that rebuilds a table
    (SQLite's only way to drop a constraint) drops the old one, and with foreign keys on that
    drop would cascade-delete every row referencing it."""
    if up_to_date(engine):
        return
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection, connection.begin():
            connection.exec_driver_sql("BEGIN IMMEDIATE")     # a second process waits, then sees it
            if _create(connection):
                return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")   # a no-op inside a transaction
            connection.commit()
        try:
            with connection.begin():
                if sqlite:
                    # pysqlite runs DDL outside any transaction unless one is open, so a process
                    # killed halfway through the first migration left tables without the version
                    # stamp, and the workspace never opened again ("table originals already
                    # exists"): open the transaction here, and the schema changes whole or not
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                config.attributes["connection"] = connection
                command.upgrade(config, "heads")
                if sqlite and (dangling := connection.exec_driver_sql(
                        "PRAGMA foreign_key_check").first()):
                    table, rowid, parent = dangling[:3]
                    raise InputError(f"table {table}", (
                        f"row {rowid} refers to a row of {parent} that is not there (deleted "
                        f"with foreign keys off, as sqlite3 has them unless told PRAGMA "
                        f"foreign_keys=ON?): delete it, or put back what it refers to, then "
                        f"open it again"))
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def session_factory(engine: Engine) -> sessionmaker:
    return sessionmaker(engine, expire_on_commit=False, future=True)


def in_chunks(column, values: Iterable) -> Iterator:
    """``column IN (...)`` clauses of at most ``MAX_IN_PARAMS`` values each (SQLite's bind limit)."""
    values = list(values)
    for start in range(0, len(values), MAX_IN_PARAMS):
        yield column.in_(values[start:start + MAX_IN_PARAMS])


if __name__ == "__main__":          # after adding a migration: python -m origin.db
    HEAD_SCHEMA.write_text(write_schema(migrated_schema()))
    print(f"wrote {HEAD_SCHEMA}")
