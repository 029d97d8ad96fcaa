"""Names an older origin stored, brought to one spelling (``rows.one_spelling``, NFC) by each
domain's data migration (``origin/migrations/versions/*_one_spelling.py``).

Stop 33 gave every name one spelling where it comes in. A workspace written before kept a name as
it was typed, so an owner stored as 'josé' typed on macOS (e and a combining accent, NFD) no
longer equalled the same owner coming in: his re-upload was demoted as his own copier, an
authorised shop taken down for its own goods. Where no key holds a name, renaming is all. Where
a unique key does, two rows may become one name: they are merged when they say the same thing
and nothing is lost, else the database is not opened (``SpellingConflict``), naming the table,
both rows and what to do. The migrations run in the one transaction ``origin.db.upgrade`` opens,
so a refusal or a killed process leaves the database as it was.
"""
from __future__ import annotations

from sqlalchemy import text

from origin.errors import InputError
from origin.rows import one_spelling

FIX = ("an older origin stored one name typed two ways (an accent as one character and as a "
       "combining mark); make them say the same, or delete the one not meant (in sqlite3 after "
       "PRAGMA foreign_keys=ON, so what refers to it goes too), then open it again")


class SpellingConflict(InputError):
    """Two stored rows become one name but say different things: the database is not opened."""

    def __init__(self, table: str, old: str, new: str, differ: str):
        super().__init__(f"table {table}", f"rows {ascii(old)} and {ascii(new)} {differ}: {FIX}")


def respellings(connection, table: str, column: str) -> dict[str, str]:
    """The stored values of ``table.column`` that are not in one spelling, each to its own.
    ASCII is in one spelling already and is skipped without normalising (as is a value SQLite
    kept as bytes: no name came in so)."""
    found = {}
    for (value,) in connection.execute(text(
            f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL")):
        if isinstance(value, str) and not value.isascii() \
                and (new := one_spelling(value)) != value:
            found[value] = new
    return found


def respell(connection, table: str, *columns: str) -> None:
    """Rename the values of columns no unique key holds."""
    for column in columns:
        for old, new in respellings(connection, table, column).items():
            connection.execute(text(f"UPDATE {table} SET {column} = :new WHERE {column} = :old"),
                               {"old": old, "new": new})


def respell_key(connection, table: str, column: str, *others: str) -> None:
    """Rename ``column`` in a table whose rows are nothing but the unique key ``(column,
    *others)``: a row that becomes a twin of one already there says nothing more and goes."""
    same = "".join(f" AND t.{other} = {table}.{other}" for other in others)
    for old, new in respellings(connection, table, column).items():
        connection.execute(text(
            f"DELETE FROM {table} WHERE {column} = :old AND EXISTS (SELECT 1 FROM {table} t "
            f"WHERE t.{column} = :new{same})"), {"old": old, "new": new})
        connection.execute(text(f"UPDATE {table} SET {column} = :new WHERE {column} = :old"),
                           {"old": old, "new": new})


def differing(table: str, old: str, new: str, names: tuple[str, ...], ours: tuple,
              theirs: tuple) -> None:
    """Refuse two rows of one name that differ in any of ``names``."""
    differ = [f"{name} ({ascii(a)} and {ascii(b)})" for name, a, b in zip(names, ours, theirs)
              if a != b]
    if differ:
        raise SpellingConflict(table, old, new, "differ in " + ", ".join(differ))


def respell_brands(connection, column: str) -> None:
    """Rename ``brand_marks.column`` (its owner or its mark, a unique key with the other): a
    brand that becomes a twin of one already there is merged into it as ``brands add`` of the
    same owner and mark merges (``origin.brands.store.add_brand``)."""
    other = "mark" if column == "owner" else "owner"
    for old, new in respellings(connection, "brand_marks", column).items():
        for gone, value in connection.execute(text(
                f"SELECT id, {other} FROM brand_marks WHERE {column} = :old"), {"old": old}).all():
            keep = connection.execute(text(
                f"SELECT id FROM brand_marks WHERE {column} = :new AND {other} = :value"),
                {"new": new, "value": value}).scalar()
            if keep is None:
                connection.execute(text(f"UPDATE brand_marks SET {column} = :new WHERE id = :id"),
                                   {"new": new, "id": gone})
            else:
                _merge_brands(connection, keep, gone)


def _merge_brands(connection, keep: int, gone: int) -> None:
    """Brand ``gone``'s terms, authorised accounts and hits moved to brand ``keep`` (every term
    and account of both, a common word if either was, the earlier date added), then it goes
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
