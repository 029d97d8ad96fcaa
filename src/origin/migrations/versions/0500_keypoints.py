"""Keypoints: the local features of each original's keyframes, for the geometry tier.

One row per original (ORB descriptors, points and keyframe times in one blob, see
``origin.video.keypoints.Keypoints.to_bytes``), written in the transaction that writes the
original's row, so an original never exists without them. Originals registered before this
revision have none and are found by the global codes only until registered again.

Revision ID: 0500_keypoints
Revises:
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0500_keypoints"
down_revision = None
branch_labels = ("keypoints",)
depends_on = "0001_catalogue"      # original_keypoints.key references originals.key


def upgrade() -> None:
    op.create_table(
        "original_keypoints",
        sa.Column("key", sa.Integer, sa.ForeignKey("originals.key", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("keypoints", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("original_keypoints")
