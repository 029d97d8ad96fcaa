"""Accounts' legal entities stored in one spelling (``rows.one_spelling``, NFC), as they come in
since this revision.

Legal entities are compared (a certification binds an official account to a channel of its own
legal entity, a same-entity link refuses two that differ): an entity an older origin stored
typed with a combining accent (macOS) differed from the same entity coming in
(``origin.respell``). No key holds the column: a rename.

Revision ID: 0302_legal_entities_one_spelling
Revises: 0301_one_spelling
Create Date: 2026-12-06
"""
from alembic import op

from origin.respell import respell

revision = "0302_legal_entities_one_spelling"
down_revision = "0301_one_spelling"
branch_labels = None
depends_on = None


def upgrade() -> None:
    respell(op.get_bind(), "accounts", "legal_entity")


def downgrade() -> None:
    """Nothing to undo: the old spelling of each name is not kept, and either reads the same."""
