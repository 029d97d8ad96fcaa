"""Claimants, accused, declarants, reviewers, penalised accounts and licence parties stored in
one spelling (``rows.one_spelling``, NFC).

An older origin stored a name as it was typed, so a claimant's or an account's tickets,
penalties and licences kept under another spelling than the one coming in today were not found
as theirs (``origin.respell``). No key holds these columns: a rename. The audit log is left as
it was written (it is append-only: what was typed, when).

Revision ID: 0202_one_spelling
Revises: 0201_music_licences
Create Date: 2026-12-06
"""
from alembic import op

from origin.respell import respell

revision = "0202_one_spelling"
down_revision = "0201_music_licences"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    respell(connection, "complaints", "claimant")
    respell(connection, "tickets", "claimant", "accused")
    respell(connection, "declarations", "declarant", "decided_by")
    respell(connection, "penalty_entries", "account")
    respell(connection, "music_licences", "owner", "licensee")


def downgrade() -> None:
    """Nothing to undo: the old spelling of each name is not kept, and either reads the same."""
