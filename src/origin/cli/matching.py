"""``origin originals ...``, ``origin scan`` and ``origin demo``: the matching core's commands."""
from __future__ import annotations

import click

from origin.cli import main


@main.group()
def originals() -> None:
    """Register and inspect first-published originals."""
