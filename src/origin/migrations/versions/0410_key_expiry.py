"""API keys may expire: ``api_keys.expires_at`` (NULL: until revoked, as every older key).

A branch of its own (as ``0600_shared_sound``), so the service chain's head stays where older
workspaces and the one-spelling upgrade expect it.

Revision ID: 0410_key_expiry
Revises:
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa

revision = "0410_key_expiry"
down_revision = None
branch_labels = ("key_expiry",)
depends_on = "0400_service"


def upgrade() -> None:
    op.add_column("api_keys", sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("api_keys") as batch:
        batch.drop_column("expires_at")
