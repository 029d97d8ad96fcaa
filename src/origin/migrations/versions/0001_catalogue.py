"""Core catalogue: originals, uploads, matches.

Revision ID: 0001_catalogue
Revises:
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa

revision = "0001_catalogue"
down_revision = None
branch_labels = ("catalogue",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "originals",
        sa.Column("key", sa.Integer, primary_key=True),
        sa.Column("id", sa.String(32), nullable=False, unique=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("owner", sa.String(200), index=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("duration", sa.Float, nullable=False),
        sa.Column("frame_count", sa.Integer, nullable=False),
        sa.Column("times", sa.LargeBinary, nullable=False),
        sa.Column("codes", sa.LargeBinary, nullable=False),
        sa.Column("view_count", sa.Integer, nullable=False),
        sa.Column("state", sa.String(16), nullable=False, index=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "uploads",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("uploader", sa.String(200), index=True),
        sa.Column("uploaded_at", sa.DateTime(timezone=True)),
        sa.Column("duration", sa.Float),
        sa.Column("scanned_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "matches",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("upload_id", sa.String(32), sa.ForeignKey("uploads.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("original_id", sa.String(32),
                  sa.ForeignKey("originals.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("coverage_upload", sa.Float, nullable=False),
        sa.Column("coverage_original", sa.Float, nullable=False),
        sa.Column("matched_seconds", sa.Float, nullable=False),
        sa.Column("segments", sa.Text, nullable=False),
        sa.Column("scanned_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("upload_id", "original_id"),
    )


def downgrade() -> None:
    op.drop_table("matches")
    op.drop_table("uploads")
    op.drop_table("originals")
