"""Service keys' labels and claimants stored in one spelling (``rows.one_spelling``, NFC).

A rights holder's key naming its claimant as typed on macOS (a combining accent) saw none of
the tickets of the same claimant as it comes in today (``origin.respell``). No key holds these
columns: a rename.

Revision ID: 0401_one_spelling
Revises: 0400_service
Create Date: 2026-12-06
"""
from alembic import op

from origin.respell import respell

revision = "0401_one_spelling"
down_revision = "0400_service"
branch_labels = None
depends_on = None


def upgrade() -> None:
    respell(op.get_bind(), "api_keys", "name", "claimant")


def downgrade() -> None:
    """Nothing to undo: the old spelling of each name is not kept, and either reads the same."""
