"""Brands' marks stored in one spelling (``rows.one_spelling``, NFC), as they come in since this
revision.

A brand added again with its mark's accent typed as a combining mark (macOS) was a second brand
of the same owner, without the first one's authorised accounts: it took their posts down for
their own goods (``origin.respell``). Two brands of one owner whose marks become one are
merged as ``brands add`` of the same owner and mark merges.

Revision ID: 0102_marks_one_spelling
Revises: 0101_one_spelling
Create Date: 2026-12-06
"""
from alembic import op

from origin.respell import respell_brands

revision = "0102_marks_one_spelling"
down_revision = "0101_one_spelling"
branch_labels = None
depends_on = None


def upgrade() -> None:
    respell_brands(op.get_bind(), "mark")


def downgrade() -> None:
    """Nothing to undo: the old spelling of each name is not kept, and either reads the same."""
