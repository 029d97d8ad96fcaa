"""Associated accounts: accounts, identity hashes, typed links, ban-evasion flags, joint decisions.

Revision ID: 0300_accounts
Revises:
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa

revision = "0300_accounts"
down_revision = None
branch_labels = ("accounts",)
depends_on = "0200_enforcement"     # joint_decisions references tickets and penalty_entries

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("legal_entity", sa.String(200), index=True),
        sa.Column("name", sa.String(200)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "account_identities",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("account", sa.String(200), sa.ForeignKey("accounts.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("value_hash", sa.String(32), nullable=False),
        sa.UniqueConstraint("account", "type", "value_hash"),
    )
    op.create_index("ix_account_identities_value", "account_identities", ["value_hash", "type"])
    op.create_table(
        "account_links",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("a", sa.String(200), sa.ForeignKey("accounts.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("b", sa.String(200), sa.ForeignKey("accounts.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("strength", sa.Float, nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.UniqueConstraint("a", "b", "type"),
    )
    op.create_index("ix_account_links_b", "account_links", ["b"])
    op.create_index("ux_account_links_one_certification", "account_links", ["a"], unique=True,
                    sqlite_where=sa.text("type = 'certification'"),
                    postgresql_where=sa.text("type = 'certification'"))
    op.create_table(
        "account_flags",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("account", sa.String(200), nullable=False, index=True),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("banned_account", sa.String(200), nullable=False),
        sa.Column("identity_type", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("at", TZ, nullable=False),
    )
    op.create_table(
        "joint_decisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("ticket_id", sa.String(32), sa.ForeignKey("tickets.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("origin_account", sa.String(200), nullable=False, index=True),
        sa.Column("account", sa.String(200), nullable=False, index=True),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("threshold", sa.Float, nullable=False),
        sa.Column("depth", sa.Integer, nullable=False),
        sa.Column("path_strength", sa.Float, nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("penalty_entry_id", sa.Integer,
                  sa.ForeignKey("penalty_entries.id", ondelete="SET NULL")),
        sa.Column("decided_by", sa.String(200), nullable=False),
        sa.Column("decided_at", TZ, nullable=False),
        sa.Column("reversed_at", TZ),
        sa.Column("reversed_reason", sa.Text),
        sa.UniqueConstraint("ticket_id", "account"),
    )


def downgrade() -> None:
    for table in ("joint_decisions", "account_flags", "account_links", "account_identities",
                  "accounts"):
        op.drop_table(table)
