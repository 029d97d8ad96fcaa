"""API keys may expire: ``api_keys.expires_at`` (NULL: until revoked, as every older key).

After the service chain's one-spelling upgrade, as ``0103_price_floor`` after the brands'
(a branch depending on ``0400_service`` overlapped it: a workspace stamped at ``0400_service``
did not open).

Revision ID: 0402_key_expiry
Revises: 0401_one_spelling
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa

revision = "0402_key_expiry"
down_revision = "0401_one_spelling"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("api_keys", sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("api_keys") as batch:
        batch.drop_column("expires_at")
