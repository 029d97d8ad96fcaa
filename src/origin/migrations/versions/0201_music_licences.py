"""Music licences: an owner lets an account, or the platform's music library, use its songs.

Revision ID: 0201_music_licences
Revises: 0200_enforcement
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0201_music_licences"
down_revision = "0200_enforcement"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "music_licences",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("owner", sa.String(200), nullable=False, index=True),
        sa.Column("licensee", sa.String(200), nullable=True, index=True),
        sa.Column("platform_library", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("music_licences")
