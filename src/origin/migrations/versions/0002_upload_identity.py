"""Uploads keyed by the platform's upload id; the content hash becomes a property.

The same bytes uploaded by two accounts are two uploads, each accountable, so ``uploads.sha256``
loses its UNIQUE constraint (an index remains). Upload ids grow to 64 characters (a UUID is 36),
on ``uploads`` and on every column that references it. ``scanned_against`` and ``scan_json``
let a manifest scan resume: which index state the upload was last scanned against, and the
JSON line that scan printed. Existing ``u-<hash>`` ids keep working unchanged.

Revision ID: 0002_upload_identity
Revises: 0001_catalogue
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0002_upload_identity"
down_revision = "0001_catalogue"
branch_labels = None
depends_on = "0200_enforcement"     # tickets and match_decisions reference uploads.id

UPLOAD_ID = sa.String(64)
REFERENCES = (("matches", "upload_id"), ("match_decisions", "upload_id"),
              ("tickets", "upload_id"))
NEW_COLUMNS = (sa.Column("scanned_against", sa.String(64)), sa.Column("scan_json", sa.Text))


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite enforces no VARCHAR length, and its unnamed UNIQUE (sha256) goes only with a
        # rebuild of the table (``origin.db.upgrade`` turns foreign keys off around migrations,
        # so the rebuild does not cascade into the tables that reference uploads).
        naming = {"uq": "uq_%(table_name)s_%(column_0_name)s"}
        with op.batch_alter_table("uploads", naming_convention=naming, recreate="always") as batch:
            batch.drop_constraint("uq_uploads_sha256", type_="unique")
            for column in NEW_COLUMNS:
                batch.add_column(column)
        op.create_index("ix_uploads_sha256", "uploads", ["sha256"])
        return
    op.drop_constraint("uploads_sha256_key", "uploads", type_="unique")
    op.create_index("ix_uploads_sha256", "uploads", ["sha256"])
    op.alter_column("uploads", "id", type_=UPLOAD_ID)
    for table, column in REFERENCES:
        op.alter_column(table, column, type_=UPLOAD_ID)
    for column in NEW_COLUMNS:
        op.add_column("uploads", column)


def downgrade() -> None:
    raise NotImplementedError("uploads keyed by platform ids cannot go back to one row per hash")
