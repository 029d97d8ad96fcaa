"""Owners and uploaders stored in one spelling (``rows.one_spelling``, NFC).

An older origin stored a name as it was typed: an owner stored as 'josé' with a combining accent
(macOS) re-uploading his own original, his name now coming in as one character, was demoted as
his own copier (``origin.respell``). No key holds these columns: a rename.

Revision ID: 0005_one_spelling
Revises: 0004_music_from_library
Create Date: 2026-12-06
"""
from alembic import op

from origin.respell import respell

revision = "0005_one_spelling"
down_revision = "0004_music_from_library"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    respell(connection, "originals", "owner")
    respell(connection, "uploads", "uploader")


def downgrade() -> None:
    """Nothing to undo: the old spelling of each name is not kept, and either reads the same."""
