"""The ``origin`` command: a thin layer over the Python API.

Each domain keeps its commands in its own module here and registers them on ``main``.
"""
from __future__ import annotations

import os
from pathlib import Path

import click

from origin.errors import OriginError


class Context:
    """What every command needs: where the workspace is and which database to use."""

    def __init__(self, workspace: Path, db_url: str | None):
        self.workspace_path = workspace
        self.db_url = db_url
        self._workspace = None

    @property
    def workspace(self):
        from origin.workspace import Workspace

        if self._workspace is None:
            self._workspace = Workspace(self.workspace_path, db_url=self.db_url)
        return self._workspace


class OriginGroup(click.Group):
    """Turns ``OriginError`` into click's one-line ``Error: ...`` and exit status 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except OriginError as error:
            raise click.ClickException(str(error)) from error


@click.group(cls=OriginGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--workspace", "-w", type=click.Path(file_okay=False, path_type=Path),
              default=lambda: os.environ.get("ORIGIN_WORKSPACE", "indexes"), show_default="indexes/",
              help="Folder holding the index shards and the SQLite database (env ORIGIN_WORKSPACE).")
@click.option("--db", "db_url", default=lambda: os.environ.get("ORIGIN_DB"),
              help="SQLAlchemy database URL (default: SQLite inside the workspace; env ORIGIN_DB).")
@click.pass_context
def main(ctx: click.Context, workspace: Path, db_url: str | None) -> None:
    """Match uploads against first-published originals and enforce the rules."""
    ctx.obj = Context(workspace, db_url)


from origin.cli import matching  # noqa: E402,F401  (registers originals/scan/demo)
from origin.cli import index  # noqa: E402,F401  (index status/reshard)
from origin.cli import enforcement  # noqa: E402,F401  (complaints/tickets/penalties/claimants)
from origin.cli import brands  # noqa: E402,F401  (registers brands add/import/scan/report/hits)
from origin.cli import accounts  # noqa: E402,F401  (accounts import/link/show/explain, tickets confirm)
