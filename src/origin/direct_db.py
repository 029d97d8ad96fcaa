"""The workspace's database without SQLAlchemy: which migrations a database needs.

Read by ``origin.db`` (which opens every database through SQLAlchemy and upgrades it) and by
commands whose start-up matters, which must know that a database is current before they use it
through the ``sqlite3`` module alone.
"""
from __future__ import annotations

import re
from pathlib import Path

MIGRATIONS = Path(__file__).with_name("migrations")


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
