"""Content regions: the part of each original's picture a tool's frame is drawn around.

One row per original that has one (``origin.video.content.ContentRegion.to_bytes``: the
rectangle of its whole view's hash input that moves inside a drawn frame, and one code per good
frame of that rectangle alone), written in the transaction that writes the original's row. An
original registered before this revision has none, as an original without a frame has none,
and is matched as before (by its codes alone) until registered again in a fresh workspace.

Revision ID: 0502_contents
Revises: 0501_layouts
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa

revision = "0502_contents"
down_revision = "0501_layouts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "original_contents",
        sa.Column("key", sa.Integer, sa.ForeignKey("originals.key", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("content", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("original_contents")
