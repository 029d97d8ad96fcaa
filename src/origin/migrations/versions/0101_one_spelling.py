"""Brand owners and accounts (authorised, scanned) stored in one spelling
(``rows.one_spelling``, NFC).

An older origin stored a name as it was typed: a shop authorised as 'café_shop' with a
combining accent (macOS) was taken down for its own brand's goods once its records' account
came in as one character (``origin.respell``). An authorised account that becomes a twin of
one already there goes. Two brands of one mark whose owners become one name are merged as
``brands add`` of the same owner and mark merges (``origin.brands.store.add_brand``): every term
and authorised account of both, a common word if either was, the earlier date added, and the
hits found under either.

Revision ID: 0101_one_spelling
Revises: 0100_brands
Create Date: 2026-12-06
"""
from alembic import op

from origin.respell import respell, respell_brands, respell_key

revision = "0101_one_spelling"
down_revision = "0100_brands"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    respell_key(connection, "brand_authorized", "account", "brand_id")
    respell(connection, "brand_scan_results", "account")
    respell(connection, "brand_hits", "account")
    respell_brands(connection, "owner")


def downgrade() -> None:
    """Nothing to undo: the old spelling of each name is not kept, and either reads the same."""
