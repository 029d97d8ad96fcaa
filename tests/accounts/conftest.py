"""Account-graph fixtures: a CLI runner on a fresh workspace, with the clock injectable."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner

from origin.cli import main

START = datetime.now(timezone.utc).replace(microsecond=0)


def at(days: float = 0, hours: float = 0) -> str:
    """A moment relative to the test run (brand scans stamp tickets with the real time)."""
    return (START + timedelta(days=days, hours=hours)).isoformat()


class Cli:
    def __init__(self, workspace):
        self.workspace = workspace
        self.runner = CliRunner()

    def __call__(self, *args, now: str | None = None, ok: bool = True):
        result = self.runner.invoke(main, ["-w", str(self.workspace), *map(str, args)],
                                    env={"ORIGIN_NOW": now or at(hours=1)})
        if ok:
            assert result.exit_code == 0, result.output
        return result

    def json(self, *args, **options):
        return [json.loads(line) for line in self(*args, "--json", **options).stdout.splitlines()]

    def write(self, name: str, rows: list[dict]):
        path = self.workspace.parent / name
        path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows),
                        encoding="utf-8")
        return path


@pytest.fixture
def cli(tmp_path):
    return Cli(tmp_path / "ws")


@pytest.fixture(autouse=True)
def _every_backend(database):
    """Runs on PostgreSQL too when ORIGIN_TEST_POSTGRES is set (see tests/conftest.py)."""
    yield database
