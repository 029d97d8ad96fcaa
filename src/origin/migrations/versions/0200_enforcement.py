"""Enforcement: match decisions, complaints, tickets, declarations, penalty ledger, audit log.

Revision ID: 0200_enforcement
Revises:
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa

revision = "0200_enforcement"
down_revision = None
branch_labels = ("enforcement",)
depends_on = "0001_catalogue"

TZ = sa.DateTime(timezone=True)

APPEND_ONLY_SQLITE = [
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
]
APPEND_ONLY_POSTGRES = [
    "CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$ "
    "BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$ LANGUAGE plpgsql",
    "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
]


def upgrade() -> None:
    op.create_table(
        "match_decisions",
        sa.Column("upload_id", sa.String(32), sa.ForeignKey("uploads.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("original_id", sa.String(32),
                  sa.ForeignKey("originals.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("decision", sa.String(16), nullable=False, index=True),
        sa.Column("exposure", sa.Float, nullable=False),
        sa.Column("rule", sa.String(120), nullable=False),
        sa.Column("ticket_id", sa.String(32)),
        sa.Column("decided_at", TZ, nullable=False),
    )
    op.create_table(
        "complaints",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("claimant", sa.String(200), nullable=False, index=True),
        sa.Column("agent", sa.String(200)),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("work", sa.Text, nullable=False),
        sa.Column("jurisdiction", sa.String(8), nullable=False),
        sa.Column("notice", sa.Text, nullable=False),
        sa.Column("received_at", TZ, nullable=False),
    )
    op.create_table(
        "tickets",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("state", sa.String(32), nullable=False),
        sa.Column("outcome", sa.String(16)),
        sa.Column("upload_id", sa.String(32), sa.ForeignKey("uploads.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("original_id", sa.String(32),
                  sa.ForeignKey("originals.id", ondelete="SET NULL")),
        sa.Column("complaint_id", sa.String(32),
                  sa.ForeignKey("complaints.id", ondelete="SET NULL"), index=True),
        sa.Column("claimant", sa.String(200)),
        sa.Column("accused", sa.String(200), index=True),
        sa.Column("roles_flipped", sa.Boolean, nullable=False),
        sa.Column("review_reason", sa.Text),
        sa.Column("rule", sa.String(120)),
        sa.Column("measure", sa.String(16), nullable=False),
        sa.Column("exposure", sa.Float, nullable=False),
        sa.Column("strike", sa.String(16)),
        sa.Column("jurisdiction", sa.String(8), nullable=False),
        sa.Column("received_at", TZ, nullable=False),
        sa.Column("due_at", TZ, nullable=False),
        sa.Column("handled_at", TZ),
        sa.Column("restore_due_at", TZ),
        sa.Column("updated_at", TZ, nullable=False),
        sa.Index("ix_tickets_upload_original", "upload_id", "original_id"),
        sa.Index("ix_tickets_state_due", "state", "due_at"),
        sa.Index("ix_tickets_claimant_outcome", "claimant", "source", "outcome"),
    )
    op.create_table(
        "declarations",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("original_id", sa.String(32),
                  sa.ForeignKey("originals.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("declarant", sa.String(200), nullable=False),
        sa.Column("state", sa.String(16), nullable=False, index=True),
        sa.Column("declared_at", TZ, nullable=False),
        sa.Column("decided_at", TZ),
        sa.Column("decided_by", sa.String(200)),
        sa.Column("reason", sa.Text),
    )
    op.create_table(
        "penalty_entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("account", sa.String(200), nullable=False, index=True),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("points", sa.Integer, nullable=False),
        sa.Column("strike", sa.Boolean, nullable=False),
        sa.Column("ticket_id", sa.String(32), index=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("at", TZ, nullable=False),
        sa.Column("reversed_at", TZ),
        sa.Column("reversed_reason", sa.Text),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", TZ, nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.String(200), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("from_state", sa.String(32)),
        sa.Column("to_state", sa.String(32)),
        sa.Column("why", sa.Text),
        sa.Column("data", sa.Text),
        sa.Index("ix_audit_entity", "entity", "entity_id"),
    )
    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": APPEND_ONLY_SQLITE,
                      "postgresql": APPEND_ONLY_POSTGRES}.get(dialect, []):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")
    for table in ("audit_log", "penalty_entries", "declarations", "tickets", "complaints",
                  "match_decisions"):
        op.drop_table(table)
