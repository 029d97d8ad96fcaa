"""The database a test's workspace uses: its own SQLite file, or, when ORIGIN_TEST_POSTGRES names
a PostgreSQL server (e.g. ``postgresql+psycopg://user@/postgres?host=/var/run/postgresql``), a
fresh database on that server, so the domain tests tell the same stories on both backends.

A test that copies a prepared workspace folder per example (the hostile-input property tests)
copies its database too (``workspace_template`` and ``workspace_copy``): on SQLite the file is
in the folder; on PostgreSQL the copy is ``CREATE DATABASE ... TEMPLATE``.
"""
from __future__ import annotations

import os
import shutil
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

SERVER = os.environ.get("ORIGIN_TEST_POSTGRES") or None

sqlite_only = pytest.mark.skipif(
    SERVER is not None, reason="checks a SQLite workspace's own path (ORIGIN_TEST_POSTGRES is set)")


@contextmanager
def fresh_database(template: str | None = None) -> Iterator[str | None]:
    """A new database on the test server (a copy of the database ``template`` names, if given)
    that ``ORIGIN_DB`` names until the block ends, then dropped; without a server, None and
    ``ORIGIN_DB`` left as it is (each workspace keeps its own SQLite file)."""
    if SERVER is None:
        yield None
        return
    from sqlalchemy import create_engine, make_url, text

    name = "origin_test_" + uuid.uuid4().hex[:12]
    copy = f' TEMPLATE "{make_url(template).database}"' if template else ""
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"{copy}'))
        url = make_url(SERVER).set(database=name).render_as_string(hide_password=False)
        try:
            with pytest.MonkeyPatch.context() as patch:
                patch.setenv("ORIGIN_DB", url)
                yield url
        finally:
            _drop(admin, name)
    finally:
        admin.dispose()


def _drop(admin, name: str) -> None:
    """Drop a test database, whatever a test left connected. FORCE ends this role's own
    connections; on PostgreSQL 15 it refuses, for a role that is not a superuser, when an
    autovacuum worker is there ("must be a member of the role whose process is being
    terminated"): then this role's connections are ended by hand and a plain DROP, which
    cancels autovacuum itself, drops it."""
    from sqlalchemy import text
    from sqlalchemy.exc import ProgrammingError

    try:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    except ProgrammingError:
        with admin.connect() as connection:
            connection.execute(text(
                "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE datname = "
                ":name AND usename = current_user AND pid <> pg_backend_pid()"), {"name": name})
            connection.execute(text(f'DROP DATABASE "{name}"'))


@dataclass(frozen=True)
class WorkspaceTemplate:
    """A prepared folder (a workspace and its input files) and, on a server, its database."""

    folder: Path
    database: str | None


@contextmanager
def workspace_template(folder: Path) -> Iterator[WorkspaceTemplate]:
    """Prepare a template inside the block (workspaces under ``folder`` are closed before it
    ends); its database lives until the template goes out of use."""
    with fresh_database() as database:
        yield WorkspaceTemplate(folder, database)


@contextmanager
def workspace_copy(template: WorkspaceTemplate, target: Path) -> Iterator[Path]:
    """The template's folder copied to ``target``, with a copy of its database that the
    workspaces there use until the block ends (their state is the template's, then their own)."""
    shutil.copytree(template.folder, target)
    with fresh_database(template.database):
        yield target
