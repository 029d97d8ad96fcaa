"""Brand keyword guards: brands, their terms and authorised accounts, scan results and hits.

Revision ID: 0100_brands
Revises:
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa

revision = "0100_brands"
down_revision = None
branch_labels = ("brands",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "brand_marks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("mark", sa.String(200), nullable=False),
        sa.Column("owner", sa.String(200), nullable=False, index=True),
        sa.Column("common_word", sa.Boolean, nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("owner", "mark"),
    )
    op.create_table(
        "brand_terms",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("brand_id", sa.Integer, sa.ForeignKey("brand_marks.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("text", sa.String(200), nullable=False),
        sa.UniqueConstraint("brand_id", "kind", "text"),
    )
    op.create_table(
        "brand_authorized",
        sa.Column("brand_id", sa.Integer, sa.ForeignKey("brand_marks.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("account", sa.String(200), primary_key=True, index=True),
    )
    op.create_table(
        "brand_scan_results",
        sa.Column("record_id", sa.String(200), primary_key=True),
        sa.Column("account", sa.String(200), index=True),
        sa.Column("decision", sa.String(16), nullable=False, index=True),
        sa.Column("rule", sa.String(64), nullable=False),
        sa.Column("absolute_terms", sa.Text, nullable=False),
        sa.Column("ticket_id", sa.String(32)),
        sa.Column("scanned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("scanned_day", sa.String(10), nullable=False, index=True),
    )
    op.create_table(
        "brand_hits",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("record_id", sa.String(200),
                  sa.ForeignKey("brand_scan_results.record_id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("account", sa.String(200), index=True),
        sa.Column("brand_id", sa.Integer, sa.ForeignKey("brand_marks.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("via", sa.String(16), nullable=False),
        sa.Column("field", sa.String(16), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("matched", sa.Text, nullable=False),
        sa.Column("evasions", sa.Text, nullable=False),
        sa.Column("signals", sa.Text, nullable=False),
        sa.Column("score", sa.Integer, nullable=False),
        sa.Column("decision", sa.String(16), nullable=False, index=True),
        sa.Column("rule", sa.String(64), nullable=False),
        sa.Column("scanned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("scanned_day", sa.String(10), nullable=False, index=True),
    )


def downgrade() -> None:
    op.drop_table("brand_hits")
    op.drop_table("brand_scan_results")
    op.drop_table("brand_authorized")
    op.drop_table("brand_terms")
    op.drop_table("brand_marks")
