"""Uploads say whether their sound was picked from the platform's music library.

``uploads.music_from_library``: true when the platform says the upload's music came through the
app's music feature (a ``--platform-library`` music licence covers those uploads only), false
when it says not, NULL when nothing was said (as for every upload scanned before this revision).

Revision ID: 0004_music_from_library
Revises: 0003_audio_channel
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0004_music_from_library"
down_revision = "0003_audio_channel"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("uploads", sa.Column("music_from_library", sa.Boolean, nullable=True))


def downgrade() -> None:
    op.drop_column("uploads", "music_from_library")
