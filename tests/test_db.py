"""Opening a database: Alembic runs only when a migration is pending, and start-up stays light."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timezone

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from origin import db


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(db.MIGRATIONS))
    return config


def test_the_graph_read_from_the_files_is_alembics():
    scripts = ScriptDirectory.from_config(_config())
    expected = {script.revision: set(script._all_down_revisions) for script in scripts.walk_revisions()}
    assert db.migration_graph() == expected


def test_a_current_database_is_up_to_date_and_one_missing_a_migration_is_not(tmp_path):
    engine = create_engine(db.sqlite_url(tmp_path / "old.sqlite"))
    assert not db.up_to_date(engine)                    # no alembic_version table yet
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0300_accounts")        # pulls in 0200 and 0001, not 0002 or 0400
    assert not db.up_to_date(engine)
    engine.dispose()
    engine = db.open_engine(db.sqlite_url(tmp_path / "old.sqlite"))     # upgrades the rest
    assert db.up_to_date(engine)
    with engine.connect() as connection:                # 0400_service's table is there now
        assert inspect(connection).has_table("api_keys")
    engine.dispose()


def test_registering_in_an_existing_workspace_imports_neither_alembic_nor_numba(tmp_path, media):
    from origin.workspace import Workspace

    workspace = tmp_path / "ws"
    list(Workspace(workspace).add_originals([media["original_a"]]))
    loaded = _packages_loaded_by(['-w', str(workspace), 'originals', 'add', str(media['original_b'])])
    assert "origin" in loaded and "alembic" not in loaded and "numba" not in loaded


def test_registering_imports_no_matching_stage(tmp_path, media):
    """``originals add`` never matches: the audio matcher and the align and decide stages under
    it (~6 ms of its start-up) load with a scan only, though the register job imports the audio
    jobs' module (``sound_problem``, ``reconcile_audio``)."""
    program = ("import json, sys\n"
               "from origin.cli import main\n"
               "try:\n"
               f"    main(['-w', {str(tmp_path / 'ws')!r}, 'originals', 'add', "
               f"{str(media['original_a'])!r}])\n"
               "except SystemExit:\n"
               "    pass\n"
               "print(json.dumps(sorted(m for m in sys.modules if m.startswith('origin.'))))\n")
    output = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                            check=True).stdout
    loaded = set(json.loads(output.strip().splitlines()[-1]))
    assert {"origin.jobs.register", "origin.jobs.audio", "origin.video.fingerprint"} <= loaded
    assert not {name for name in loaded if name.startswith("origin.match")
                or name in ("origin.audio.matcher", "origin.audio.verify")}
    from origin.workspace import Workspace

    assert len(Workspace(tmp_path / "ws").originals()) == 1


def test_a_new_database_gets_the_schema_the_migrations_build(tmp_path):
    migrated = db.migrated_schema()
    assert db.read_schema(db.HEAD_SCHEMA.read_text()) == migrated, \
        "schema.sql is behind the migrations: rewrite it with python -m origin.db"
    engine = db.open_engine(db.sqlite_url(tmp_path / "new.sqlite"))
    with engine.connect() as connection:
        created = db.head_schema(connection)
        triggers = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").scalar()
    assert created == migrated and triggers == 2        # audit_log's append-only triggers too
    assert db.up_to_date(engine)
    engine.dispose()


def test_a_database_with_tables_but_no_stamp_is_left_to_alembic(tmp_path):
    path = tmp_path / "half.sqlite"
    engine = create_engine(db.sqlite_url(path))
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE notes (id INTEGER PRIMARY KEY)")
        assert not db._create(connection)
    engine.dispose()
    engine = db.open_engine(db.sqlite_url(path))        # Alembic migrates around the stranger
    assert db.up_to_date(engine)
    with engine.connect() as connection:
        assert inspect(connection).has_table("notes") and inspect(connection).has_table("originals")
    engine.dispose()


def test_registering_imports_neither_alembic_nor_sqlalchemy(tmp_path, media):
    """``originals add`` on SQLite writes its rows with ``sqlite3`` (``origin.original_rows``),
    in a new workspace and an existing one; the ORM reads them back as it wrote them before."""
    add = ['-w', str(tmp_path / 'ws'), 'originals', 'add', '--owner', 'studio']
    loaded = _packages_loaded_by([*add, '--published-at', '2025-03-01T09:00:00+08:00',
                                  str(media['original_a'])])
    assert "origin" in loaded and not loaded & {"alembic", "sqlalchemy"}
    loaded = _packages_loaded_by([*add[:-1], 'label', '--published-at', '2025-01-01T00:00:00Z',
                                  str(media['original_a']), str(media['original_b'])])
    assert not loaded & {"alembic", "sqlalchemy"}
    from origin.workspace import Workspace

    first, second = Workspace(tmp_path / "ws").originals()
    assert (first["path"], first["owner"], first["published_at"]) == (
        str(media["original_a"]), "label", "2025-01-01T00:00:00+00:00")   # the earlier claim won
    assert (second["path"], second["owner"], second["channels"]) == (
        str(media["original_b"]), "label", ["video"])


def _packages_loaded_by(arguments: list[str]) -> set[str]:
    """Top-level packages a fresh interpreter has imported after one CLI command."""
    program = ("import json, sys\n"
               "from origin.cli import main\n"
               "try:\n"
               f"    main({arguments!r})\n"
               "except SystemExit:\n"
               "    pass\n"
               "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))\n")
    output = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                            check=True).stdout
    return set(json.loads(output.strip().splitlines()[-1]))


@pytest.mark.parametrize("through", ["sqlite3", "a session"])
def test_registering_writes_the_rows_the_orm_reads_through_sqlite3_or_a_session(
        tmp_path, media, database, through):
    """The register job's plain SQL (``origin.original_rows``) runs on ``sqlite3`` for a SQLite
    file, and on a SQLAlchemy session's connection otherwise (a URL with options here; with
    ORIGIN_TEST_POSTGRES, PostgreSQL): the same rows, claims and index either way."""
    from origin.workspace import Workspace

    url = database or (f"sqlite:///{tmp_path / 'db.sqlite'}?timeout=30" if through == "a session"
                       else None)
    workspace = Workspace(tmp_path / "ws", db_url=url)
    assert (workspace._connection() is None) == (url is not None)
    published = datetime(2025, 3, 1, 1, 0, tzinfo=timezone.utc)
    [added] = workspace.add_originals([media["original_a"]], owner="studio",
                                      published_at=published, title="first")
    [again, other] = workspace.add_originals([media["original_a"], media["original_b"]],
                                             owner="label", published_at=published.replace(year=2024))
    assert (added.status, again.status, other.status) == ("added", "exists", "added")
    assert "now registered to 'label'" in again.warning
    first, second = sorted(workspace.originals(), key=lambda row: row["path"])
    assert (first["id"], first["owner"], first["published_at"], first["title"]) == (
        added.id, "label", "2024-03-01T01:00:00+00:00", "first")
    assert (second["owner"], second["channels"], second["state"]) == ("label", ["video"], "indexed")
    assert workspace.index_status().state == "ok"
    [result] = list(workspace.scan([media["original_b"]]))
    assert [match.original for match in result.matches][:1] == [other.id]


def test_a_scan_without_enforcement_imports_no_sqlalchemy(tmp_path, media):
    """``Workspace.scan`` with no ``act`` reads and stores in plain SQL: importing SQLAlchemy
    and its ORM's per-row work were ~2 s of CPU of the real suite's 188 uploads."""
    from origin.workspace import Workspace

    list(Workspace(tmp_path / "ws").add_originals([media["original_a"]]))
    program = ("import json, sys\n"
               "from origin.workspace import Workspace\n"
               f"[result] = Workspace({str(tmp_path / 'ws')!r}).scan([{str(media['original_a'])!r}])\n"
               "print(json.dumps([len(result.matches),"
               " sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'})]))\n")
    output = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                            check=True).stdout
    assert json.loads(output.strip().splitlines()[-1]) == [1, []]


@pytest.mark.parametrize("through", ["sqlite3", "a session"])
def test_a_scan_stores_the_rows_the_orm_reads_and_a_rescan_updates_them(
        tmp_path, media, database, through):
    """The scan job's plain SQL (``origin.jobs.scan._store``) on ``sqlite3``, or on a
    session's connection (a URL with options; with ORIGIN_TEST_POSTGRES, PostgreSQL): the
    upload's row and one match row per original, a rescan updating both in place."""
    from sqlalchemy import select

    from origin.catalogue import MatchRecord, Upload
    from origin.workspace import Workspace

    url = database or (f"sqlite:///{tmp_path / 'db.sqlite'}?timeout=30" if through == "a session"
                       else None)
    workspace = Workspace(tmp_path / "ws", db_url=url)
    [added] = workspace.add_originals([media["original_a"]])
    uploaded = datetime(2025, 3, 1, 9, 30, tzinfo=timezone.utc)
    stored = []
    for uploader in ("copier", None):
        [result] = workspace.scan([media["original_a"]], uploader=uploader, uploaded_at=uploaded,
                                  music_from_library=True)
        with workspace.session() as session:
            upload = session.get(Upload, result.upload_id)
            [match] = session.scalars(select(MatchRecord).where(MatchRecord.upload_id == upload.id))
            assert json.loads(upload.scan_json) == result.to_json()
            stored.append((upload.id, upload.uploader, db.as_utc(upload.uploaded_at),
                           upload.music_from_library, upload.duration, match.id,
                           match.original_id, match.channel, match.score,
                           json.loads(match.segments)[0]["channel"], upload.scanned_at))
    first, again = stored
    assert first[:-1] == again[:-1] == (
        result.upload_id, "copier", uploaded, True, result.duration, first[5], added.id,
        "video", result.matches[0].score, "video")
    assert again[-1] > first[-1]            # rescanned: the same rows, a later scan time


def test_a_binding_names_a_server_database_whoever_connects():
    """A read-only role on the database an index was built from was refused by ``index
    status`` and ``scan`` ("derived from ... postgres@..., but this run uses ... reader@...")."""
    from origin.workspace import database_identity

    owner = "postgresql+psycopg://postgres@/nuro?host=%2Ftmp%2Fpg&port=5499"
    for same in ("postgresql+psycopg://reader@/nuro?host=%2Ftmp%2Fpg&port=5499",
                 "postgresql://reader:***@/nuro?host=%2Ftmp%2Fpg&port=5499",
                 "postgresql+psycopg2://postgres@/nuro?host=%2Ftmp%2Fpg&port=5499"):
        assert database_identity(same) == database_identity(owner)
    for other in ("postgresql+psycopg://postgres@/other?host=%2Ftmp%2Fpg&port=5499",
                  "postgresql+psycopg://postgres@/nuro?host=%2Ftmp%2Fpg&port=5432",
                  "postgresql+psycopg://postgres@db2/nuro", "origin.sqlite",
                  "sqlite:////data/origin.sqlite"):
        assert database_identity(other) != database_identity(owner)
    assert database_identity("origin.sqlite") == "origin.sqlite"
