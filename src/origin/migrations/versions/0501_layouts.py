"""Static layouts: what of each original's picture stays put while the rest moves.

One row per original that has one (``origin.video.layout.StaticLayout.to_bytes``: the static
cells of each view's hash input and each code's masked code), written in the transaction that
writes the original's row. An original registered before this revision has none, as an
original without a layout has none, and is matched as before (by its whole codes) until
registered again in a fresh workspace.

Revision ID: 0501_layouts
Revises: 0500_keypoints
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa

revision = "0501_layouts"
down_revision = "0500_keypoints"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "original_layouts",
        sa.Column("key", sa.Integer, sa.ForeignKey("originals.key", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("layout", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("original_layouts")
