"""Brands' declared price floors: the lowest price, in yuan, the rights holder says its genuine
goods sell at (``brands add --price-floor``, the import's ``price_floor`` column). Brands
registered before this revision declare none, and are decided as before.

Revision ID: 0103_price_floor
Revises: 0102_marks_one_spelling
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa

revision = "0103_price_floor"
down_revision = "0102_marks_one_spelling"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("brand_marks", sa.Column("price_floor", sa.Integer, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("brand_marks") as batch:
        batch.drop_column("price_floor")
