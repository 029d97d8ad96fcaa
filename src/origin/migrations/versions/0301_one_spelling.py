"""Account ids, and the accounts flags and joint decisions name, stored in one spelling
(``rows.one_spelling``, NFC).

An older origin stored an account id as it was typed: an account imported as 'josé' with a
combining accent (macOS) was another account than the same id coming in today, so links, flags,
bans and penalties missed it (``origin.respell``). Two stored accounts that become one id are
merged when they say the same (kind, legal entity, name, status; the earlier creation kept) and
else refused. Their identity markers are merged; a link between the two goes (they are one
account now); two links that become one pair of one type are merged at one strength, and
refused at two, as ``accounts import`` refuses a link stored at another strength; so is a
second certification by one certifier, or two joint decisions on one ticket for one account.

Revision ID: 0301_one_spelling
Revises: 0300_accounts
Create Date: 2026-12-06
"""
from alembic import op
from sqlalchemy import text

from origin.respell import SpellingConflict, differing, respell, respell_key, respellings
from origin.rows import one_spelling

revision = "0301_one_spelling"
down_revision = "0300_accounts"
branch_labels = None
depends_on = None

COMPARED = ("kind", "legal_entity", "name", "status")


def upgrade() -> None:
    connection = op.get_bind()
    renamed = respellings(connection, "accounts", "id")
    for old, new in renamed.items():        # the new row first: links and markers point at it
        row = connection.execute(text(
            "SELECT kind, legal_entity, name, status, created_at FROM accounts WHERE id = :id"),
            {"id": old}).one()
        twin = connection.execute(text(
            "SELECT kind, legal_entity, name, status FROM accounts WHERE id = :id"),
            {"id": new}).first()
        if twin is None:
            connection.execute(text(
                "INSERT INTO accounts (id, kind, legal_entity, name, status, created_at) SELECT "
                ":new, kind, legal_entity, name, status, created_at FROM accounts WHERE id = :old"),
                {"old": old, "new": new})
            continue
        differing("accounts", old, new, COMPARED, _spelled(row[:4]), _spelled(twin))
        connection.execute(text("UPDATE accounts SET created_at = :at WHERE id = :id AND "
                                "created_at > :at"), {"id": new, "at": row.created_at})
    respell_key(connection, "account_identities", "account", "type", "value_hash")
    _links(connection, renamed)
    respell(connection, "account_flags", "account", "banned_account")
    respell(connection, "joint_decisions", "origin_account")
    for old, new in respellings(connection, "joint_decisions", "account").items():
        ticket = connection.execute(text(
            "SELECT ticket_id FROM joint_decisions WHERE account = :old AND ticket_id IN "
            "(SELECT ticket_id FROM joint_decisions WHERE account = :new)"),
            {"old": old, "new": new}).scalar()
        if ticket is not None:
            raise SpellingConflict("joint_decisions", old, new,
                                   f"are two joint decisions on ticket {ticket}")
    respell(connection, "joint_decisions", "account")
    for old in renamed:
        connection.execute(text("DELETE FROM accounts WHERE id = :id"), {"id": old})


def _spelled(values: tuple) -> tuple:
    return tuple(one_spelling(value) if isinstance(value, str) else value for value in values)


def _links(connection, renamed: dict[str, str]) -> None:
    """Each link touching a renamed account, its ends renamed: gone when they are one account,
    merged into a link of the same pair and type at the same strength, else refused."""
    touching = {link.id: link for old in renamed for link in connection.execute(text(
        "SELECT id, a, b, type, strength, created_at FROM account_links WHERE a = :old OR "
        "b = :old"), {"old": old})}
    for _, link in sorted(touching.items()):
        a, b = renamed.get(link.a, link.a), renamed.get(link.b, link.b)
        if a == b:
            connection.execute(text("DELETE FROM account_links WHERE id = :id"), {"id": link.id})
            continue
        twin = connection.execute(text(
            "SELECT id, strength FROM account_links WHERE type = :type AND id != :id AND "
            "((a = :a AND b = :b) OR (a = :b AND b = :a))"),
            {"type": link.type, "id": link.id, "a": a, "b": b}).first()
        old, new = (link.a, a) if a != link.a else (link.b, b)
        if twin is not None:
            if twin.strength != link.strength:
                raise SpellingConflict("account_links", old, new,
                                       f"hold {link.type} links to {ascii(b if a == new else a)} "
                                       f"at strengths {link.strength:g} and {twin.strength:g}")
            connection.execute(text(
                "UPDATE account_links SET created_at = :at WHERE id = :id AND created_at > :at"),
                {"id": twin.id, "at": link.created_at})
            connection.execute(text("DELETE FROM account_links WHERE id = :id"), {"id": link.id})
            continue
        if link.type == "certification" and connection.execute(text(
                "SELECT 1 FROM account_links WHERE type = 'certification' AND a = :a AND "
                "id != :id"), {"a": a, "id": link.id}).first():
            raise SpellingConflict("account_links", old, new,
                                   "each certify a channel account: one personal or official "
                                   "account certifies at most one")
        connection.execute(text("UPDATE account_links SET a = :a, b = :b WHERE id = :id"),
                           {"a": a, "b": b, "id": link.id})


def downgrade() -> None:
    """Nothing to undo: the old spelling of each name is not kept, and either reads the same."""
