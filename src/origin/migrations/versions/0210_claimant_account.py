"""Tickets keep a flipped scan ticket's account apart from claimants' labels.

A scan ticket whose upload predates the original it matches files for the uploader's account;
it was stored in ``tickets.claimant``, the column a rights holder's key is matched on, so a key
whose claimant label was spelt like that account id read the account's tickets. The account
moves to ``claimant_account``; ``claimant`` holds labels only. Its ``accused`` was the original's
owner, a label in the column of accounts (an account spelt like it took the ticket's strike
and evidence): it is emptied, the owner being the original's.

A branch of its own (as ``0600_shared_sound``), so the enforcement chain's head stays where
older workspaces and the one-spelling upgrade expect it.

Revision ID: 0210_claimant_account
Revises:
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa

revision = "0210_claimant_account"
down_revision = None
branch_labels = ("claimant_account",)
depends_on = "0200_enforcement"

TICKETS = sa.table("tickets", sa.column("claimant", sa.String), sa.column("source", sa.String),
                   sa.column("roles_flipped", sa.Boolean),
                   sa.column("claimant_account", sa.String), sa.column("accused", sa.String))
FLIPPED_SCANS = sa.and_(TICKETS.c.source == "scan", TICKETS.c.roles_flipped == sa.true())


def upgrade() -> None:
    op.add_column("tickets", sa.Column("claimant_account", sa.String(200), nullable=True))
    op.execute(TICKETS.update().where(FLIPPED_SCANS)
               .values(claimant_account=TICKETS.c.claimant, claimant=None, accused=None))


def downgrade() -> None:
    """The accounts back in ``claimant`` (the owners' labels stay out of ``accused``)."""
    op.execute(TICKETS.update().where(FLIPPED_SCANS)
               .values(claimant=TICKETS.c.claimant_account))
    with op.batch_alter_table("tickets") as batch:
        batch.drop_column("claimant_account")
