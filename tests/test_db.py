"""Opening a database: Alembic runs only when a migration is pending, and start-up stays light."""
from __future__ import annotations

import json
import subprocess
import sys

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


def test_registering_in_a_new_workspace_imports_no_alembic(tmp_path, media):
    loaded = _packages_loaded_by(['-w', str(tmp_path / 'ws'), 'originals', 'add', str(media['original_a'])])
    assert "origin" in loaded and "alembic" not in loaded
    from origin.workspace import Workspace

    [original] = Workspace(tmp_path / "ws").originals()
    assert original["path"] == str(media["original_a"])


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
