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
from sqlalchemy import text

from origin.respell import respell, respell_key, respellings

revision = "0101_one_spelling"
down_revision = "0100_brands"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    respell_key(connection, "brand_authorized", "account", "brand_id")
    respell(connection, "brand_scan_results", "account")
    respell(connection, "brand_hits", "account")
    for old, new in respellings(connection, "brand_marks", "owner").items():
        for gone, mark in connection.execute(text(
                "SELECT id, mark FROM brand_marks WHERE owner = :old"), {"old": old}).all():
            keep = connection.execute(text(
                "SELECT id FROM brand_marks WHERE owner = :new AND mark = :mark"),
                {"new": new, "mark": mark}).scalar()
            if keep is None:
                connection.execute(text("UPDATE brand_marks SET owner = :new WHERE id = :id"),
                                   {"new": new, "id": gone})
            else:
                _merge(connection, keep, gone)


def _merge(connection, keep: int, gone: int) -> None:
    """Brand ``gone``'s terms, authorised accounts and hits moved to brand ``keep``, then it goes
    (its rows first: foreign keys are off while SQLite migrates, so nothing cascades)."""
    ids = {"keep": keep, "gone": gone}
    for table, key in (("brand_terms", ("kind", "text")), ("brand_authorized", ("account",))):
        same = " AND ".join(f"t.{column} = {table}.{column}" for column in key)
        connection.execute(text(
            f"UPDATE {table} SET brand_id = :keep WHERE brand_id = :gone AND NOT EXISTS "
            f"(SELECT 1 FROM {table} t WHERE t.brand_id = :keep AND {same})"), ids)
        connection.execute(text(f"DELETE FROM {table} WHERE brand_id = :gone"), ids)
    connection.execute(text("UPDATE brand_hits SET brand_id = :keep WHERE brand_id = :gone"), ids)
    connection.execute(text(
        "UPDATE brand_marks SET common_word = EXISTS (SELECT 1 FROM brand_marks b WHERE "
        "b.id IN (:keep, :gone) AND b.common_word), added_at = (SELECT min(added_at) FROM "
        "brand_marks b WHERE b.id IN (:keep, :gone)) WHERE id = :keep"), ids)
    connection.execute(text("DELETE FROM brand_marks WHERE id = :gone"), ids)


def downgrade() -> None:
    """Nothing to undo: the old spelling of each name is not kept, and either reads the same."""
