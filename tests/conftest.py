"""Generated media shared by the tests: small (320x180, 8-10 s) and made in seconds."""
from __future__ import annotations

from pathlib import Path

import pytest

from origin import synthetic
from tests.databases import fresh_database


@pytest.fixture(scope="session")
def media(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("media")
    files = {}
    for name, seed in (("original_a", 11), ("original_b", 22), ("unrelated", 33)):
        files[name] = synthetic.generate_video(folder / f"{name}.mp4", seed=seed, seconds=10)
    return files


@pytest.fixture(scope="session")
def indexed(tmp_path_factory, media):
    """A workspace with original_a and original_b registered (read-only for the tests)."""
    from origin.workspace import Workspace

    workspace = Workspace(tmp_path_factory.mktemp("workspace"))
    added = list(workspace.add_originals([media["original_a"], media["original_b"]], owner="creator"))
    assert [result.status for result in added] == ["added", "added"]
    workspace.ids = {"original_a": added[0].id, "original_b": added[1].id}
    return workspace


@pytest.fixture
def database():
    """A fresh PostgreSQL database per test when ORIGIN_TEST_POSTGRES names a server
    (e.g. ``postgresql+psycopg://user@/postgres?host=/var/run/postgresql``); else SQLite.

    The domain packages (enforcement, brands, accounts) use it for every test, so the same
    stories run on both backends (``tests/databases.py``).
    """
    with fresh_database() as url:
        yield url
