"""Registered tracks that share material: which seconds of one are which of another.

``sound_overlaps``: one row per stretch of original ``key``'s sound that original ``other``
(registered before it) holds too, found when ``key`` was registered (``origin.audio.shared``); a
scan reads them to name the earliest publisher of a copy of that stretch. Originals registered
before this revision were never compared: their overlaps are not recorded.

A branch of its own (as ``0500_keypoints``), so the catalogue chain's head stays where older
workspaces and the one-spelling upgrade expect it.

Revision ID: 0600_shared_sound
Revises:
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa

revision = "0600_shared_sound"
down_revision = None
branch_labels = ("shared_sound",)
depends_on = "0001_catalogue"      # sound_overlaps.key and .other reference originals.key


def upgrade() -> None:
    op.create_table(
        "sound_overlaps",
        sa.Column("key", sa.Integer, sa.ForeignKey("originals.key", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("other", sa.Integer, sa.ForeignKey("originals.key", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("start_s", sa.Float, primary_key=True),
        sa.Column("end_s", sa.Float, nullable=False),
        sa.Column("other_start_s", sa.Float, nullable=False),
        sa.Column("other_end_s", sa.Float, nullable=False),
    )
    op.create_index("ix_sound_overlaps_other", "sound_overlaps", ["other"])


def downgrade() -> None:
    op.drop_index("ix_sound_overlaps_other", "sound_overlaps")
    op.drop_table("sound_overlaps")
