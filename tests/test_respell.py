"""Opening a workspace an older origin wrote brings its stored names to one spelling (NFC):
``origin.respell`` and the ``*_one_spelling`` migrations."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

from click.testing import CliRunner
from sqlalchemy import text

from origin.cli import main
from origin.workspace import Workspace
from tests.databases import sqlite_only

COMPOSED, DECOMPOSED = "jos\u00e9", "jose\u0301"        # é one character (NFC), e + accent (NFD)
SPELLING_MIGRATIONS = {"0005_one_spelling": "0004_music_from_library",
                       # (stop 41) 0103 adds the price floor after them: back to 0102, then 0101
                       "0103_price_floor": "0102_marks_one_spelling",
                       "0102_marks_one_spelling": "0101_one_spelling",  # then 0100
                       "0101_one_spelling": "0100_brands",
                       "0202_one_spelling": "0201_music_licences",
                       "0302_legal_entities_one_spelling": "0301_one_spelling",  # then 0300
                       "0301_one_spelling": "0300_accounts",
                       # (stop 45) 0402 adds keys' expiry after it: back to 0401, then 0400
                       "0402_key_expiry": "0401_one_spelling",
                       "0401_one_spelling": "0400_service"}


def cli(workspace, *args, ok: bool = True):
    result = CliRunner().invoke(main, ["-w", str(workspace), *map(str, args)])
    assert (result.exit_code == 0) == ok, result.output
    return result


def as_older_origin(workspace, *statements: tuple[str, dict]) -> None:
    """The workspace as an origin before stop 33 left it: ``statements`` store names as they
    were typed, and the migrations that respell them are not applied."""
    with Workspace(workspace) as opened, opened.session() as session:
        for statement, parameters in statements:
            session.execute(text(statement), parameters)
        # nor the price floor column the brands' migration 0103 adds after them (stop 41)
        session.execute(text("ALTER TABLE brand_marks DROP COLUMN price_floor"))
        session.execute(text("ALTER TABLE api_keys DROP COLUMN expires_at"))      # nor 0402's
        for revision, before in SPELLING_MIGRATIONS.items():
            session.execute(text("UPDATE alembic_version SET version_num = :before WHERE "
                                 "version_num = :revision"),
                            {"before": before, "revision": revision})


def rows(workspace, query: str) -> list[tuple]:
    with Workspace(workspace) as opened, opened.session() as session:
        return [tuple(row) for row in session.execute(text(query))]


def test_an_owner_stored_as_typed_on_macos_is_his_own_uploader_after_the_upgrade(
        tmp_path, media, database):
    """An owner an older origin stored as 'josé' typed with a combining accent, re-uploading his
    own original now that every name comes in as one character, was demoted as his own copier
    (``rule: full_reupload``, a ticket): the stored name no longer equalled his."""
    workspace = tmp_path / "ws"
    cli(workspace, "originals", "add", media["original_a"], "--owner", COMPOSED)
    as_older_origin(workspace, ("UPDATE originals SET owner = :name", {"name": DECOMPOSED}))
    for uploader, rule in ((COMPOSED, "own_content"), ("copier", "full_reupload")):
        result = cli(workspace, "scan", media["original_a"], "--uploader", uploader,
                     "--upload-id", f"u-{rule}", "--json")
        match, = json.loads(result.stdout)["matches"]
        assert (match["rule"], match["owner"]) == (rule, COMPOSED)
    assert rows(workspace, "SELECT owner FROM originals") == [(COMPOSED,)]


def test_an_authorised_shop_and_a_brand_entered_twice_are_one_after_the_upgrade(tmp_path,
                                                                              database):
    """A shop an older origin authorised as 'café_shop' typed with a combining accent was taken
    down for its own goods; a brand its owner added twice, typing his name both ways, is one
    brand with every term of both, as ``brands add`` of one owner and mark merges them."""
    workspace = tmp_path / "ws"
    cli(workspace, "brands", "add", "--owner", COMPOSED, "--mark", "耐克", "--alias", "nike",
        "--authorized", "caf\u00e9_shop")
    cli(workspace, "brands", "add", "--owner", "other", "--mark", "阿迪达斯", "--alias", "adidas")
    cli(workspace, "brands", "add", "--owner", "someone", "--mark", "耐克", "--knockoff", "耐克高仿",
        "--authorized", "caf\u00e9_shop")
    cli(workspace, "brands", "add", "--owner", "other", "--mark", "caf\u00e9 noir", "--alias",
        "cafenoir")
    cli(workspace, "brands", "add", "--owner", "other", "--mark", "then typed", "--alias",
        "noircafe")
    as_older_origin(
        workspace,
        ("UPDATE brand_authorized SET account = :name", {"name": "cafe\u0301_shop"}),
        ("UPDATE brand_marks SET owner = :name WHERE owner = 'someone'", {"name": DECOMPOSED}),
        ("UPDATE brand_marks SET mark = :mark WHERE mark = 'then typed'",
         {"mark": "cafe\u0301 noir"}),
        ("UPDATE brand_hits SET account = :name", {"name": "cafe\u0301_shop"}))
    offer = {"account_name": "店", "title": "耐@克 高仿 原单 私聊", "description": ""}
    source = tmp_path / "records.jsonl"
    source.write_text("".join(json.dumps({"id": f"r{i}", "account": account, **offer}) + "\n"
                              for i, account in enumerate(("caf\u00e9_shop", "copier"))))
    lines = [json.loads(line) for line in
             cli(workspace, "brands", "scan", source, "--json").stdout.splitlines()]
    assert [(line["account"], line["decision"]) for line in lines] == [
        ("caf\u00e9_shop", "none"), ("copier", "takedown")]
    assert sorted(rows(workspace, "SELECT owner, mark FROM brand_marks")) == [
        (COMPOSED, "耐克"), ("other", "caf\u00e9 noir"), ("other", "阿迪达斯")]
    assert sorted(rows(workspace, "SELECT text FROM brand_terms t JOIN brand_marks m ON "
                                  "m.id = t.brand_id WHERE m.mark = 'caf\u00e9 noir'")) == [
        ("cafenoir",), ("noircafe",)]
    assert sorted(rows(workspace, "SELECT kind, text FROM brand_terms t JOIN brand_marks m ON "
                                  "m.id = t.brand_id WHERE m.owner = 'jos\u00e9'")) == [
        ("alias", "nike"), ("knockoff", "耐克高仿")]
    assert rows(workspace, "SELECT DISTINCT account FROM brand_authorized") == [
        ("caf\u00e9_shop",)]


def _accounts(workspace, tmp_path, status: str = "active") -> None:
    """'josé' imported twice by an older origin, once typed each way, both linked to 'fan'
    (and to each other), sharing a phone number; the decomposed one ``status``."""
    source = tmp_path / "accounts.jsonl"
    source.write_text("".join(json.dumps(row) + "\n" for row in (
        {"id": COMPOSED, "kind": "personal", "phone": "+1 555 0100"},
        {"id": "jose_tmp", "kind": "personal", "phone": "+1 555 0100"},
        {"id": "fan", "kind": "personal"},
        {"a": COMPOSED, "b": "fan", "type": "same_entity", "strength": 0.5},
        {"a": "jose_tmp", "b": "fan", "type": "same_entity", "strength": 0.5})))
    cli(workspace, "accounts", "import", source)
    moved = {"name": DECOMPOSED, "status": status}
    as_older_origin(
        workspace,
        ("INSERT INTO accounts (id, kind, legal_entity, name, status, created_at) SELECT :name, "
         "kind, legal_entity, name, :status, created_at FROM accounts WHERE id = 'jose_tmp'", moved),
        *((f"UPDATE {table} SET {column} = :name WHERE {column} = 'jose_tmp'", moved)
          for table, column in (("account_identities", "account"), ("account_links", "a"),
                                ("account_links", "b"))),
        ("DELETE FROM accounts WHERE id = 'jose_tmp'", {}))


def test_one_account_imported_under_two_spellings_is_one_after_the_upgrade(tmp_path, database):
    workspace = tmp_path / "ws"
    _accounts(workspace, tmp_path)
    assert rows(workspace, "SELECT id FROM accounts ORDER BY id") == [("fan",), (COMPOSED,)]
    assert len(rows(workspace, "SELECT * FROM account_identities")) == 1
    assert rows(workspace, "SELECT a, b, type FROM account_links") == [
        (COMPOSED, "fan", "same_entity")]        # its twin merged, the link to itself gone


def test_a_legal_entity_stored_as_typed_on_macos_is_the_same_entity_after_the_upgrade(
        tmp_path, database):
    """An official account could not certify its own entity's channel ("only if both belong to
    the same legal entity") when an older origin stored one entity with combining accents."""
    workspace = tmp_path / "ws"
    source = tmp_path / "accounts.jsonl"
    source.write_text("".join(json.dumps(row) + "\n" for row in (
        {"id": "oa", "kind": "official", "legal_entity": "Soci\u00e9t\u00e9 X"},
        {"id": "ch", "kind": "channel", "legal_entity": "Soci\u00e9t\u00e9 X"})))
    cli(workspace, "accounts", "import", source)
    as_older_origin(workspace, ("UPDATE accounts SET legal_entity = :entity WHERE id = 'ch'",
                                {"entity": "Socie\u0301te\u0301 X"}))
    cli(workspace, "accounts", "link", "oa", "ch", "--type", "certification")
    assert rows(workspace, "SELECT DISTINCT legal_entity FROM accounts") == [
        ("Soci\u00e9t\u00e9 X",)]


@sqlite_only
def test_two_spellings_of_one_account_that_differ_refuse_to_open_and_change_nothing(tmp_path):
    """One clear line naming the table, both rows, what differs and what to do; nothing of any
    migration is kept (the catalogue's owners neither), and it opens once one row is gone."""
    import sqlite3

    workspace = tmp_path / "ws"
    _accounts(workspace, tmp_path, status="flagged")
    path = workspace / Workspace.DATABASE
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO music_licences (owner, granted_at) VALUES (?, "
                           "'2026-01-01 00:00:00')", (DECOMPOSED,))
        before = connection.execute("SELECT * FROM alembic_version ORDER BY 1").fetchall()
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps({"id": "r1", "account": "fan", "title": "hello"}) + "\n")
    result = cli(workspace, "brands", "scan", records, ok=False)
    assert result.exit_code == 2 and result.stderr.count("\n") == 1   # the database unusable
    assert (f"{path}: not upgraded, nothing changed: table accounts: rows 'jose\\u0301' and "
            f"'jos\\xe9' differ in status ('flagged' and 'active'): an older origin stored one "
            f"name typed two ways") in result.stderr
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT * FROM alembic_version ORDER BY 1").fetchall() == before
        assert connection.execute("SELECT owner FROM music_licences").fetchall() == [
            (DECOMPOSED,)]
        connection.execute("DELETE FROM accounts WHERE id = ?", (DECOMPOSED,))
    # deleted as sqlite3 deletes unless told PRAGMA foreign_keys=ON, as the message says: its
    # identity marker and links were left pointing nowhere, and the upgrade was a traceback
    result = cli(workspace, "brands", "scan", records, ok=False)
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert f"{path}: not upgraded, nothing changed: table account_" in result.stderr
    assert ("refers to a row of accounts that is not there (deleted with foreign keys off, as "
            "sqlite3 has them unless told PRAGMA foreign_keys=ON?)") in result.stderr
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM account_identities WHERE account = ?", (DECOMPOSED,))
        connection.execute("DELETE FROM account_links WHERE ? IN (a, b)", (DECOMPOSED,))
    cli(workspace, "accounts", "show", "fan")
    assert rows(workspace, "SELECT owner FROM music_licences") == [(COMPOSED,)]


@sqlite_only
def test_a_process_killed_while_respelling_leaves_the_database_as_it_was(tmp_path, media):
    import sqlite3

    workspace = tmp_path / "ws"
    cli(workspace, "originals", "add", media["original_a"], "--owner", COMPOSED)
    as_older_origin(workspace, ("UPDATE originals SET owner = :name", {"name": DECOMPOSED}),
                    ("INSERT INTO penalty_entries (account, severity, points, strike, reason, "
                     "at) VALUES (:name, 'minor', 1, 0, 'r', '2026-01-01 00:00:00')",
                     {"name": DECOMPOSED}))
    killed = subprocess.run([sys.executable, "-c", (
        "import os, signal, sys\n"
        "import origin.respell as respell\n"
        "renamed = respell.respell\n"
        "def killing(*args):\n"
        "    renamed(*args)\n"
        "    if args[1] == 'originals':\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "respell.respell = killing\n"
        "from origin.workspace import Workspace\n"
        "Workspace(sys.argv[1])\n"), str(workspace)],
        env={key: value for key, value in os.environ.items() if key != "ORIGIN_DB"})
    assert killed.returncode == -signal.SIGKILL
    with sqlite3.connect(workspace / Workspace.DATABASE) as connection:
        assert connection.execute("SELECT owner FROM originals").fetchall() == [(DECOMPOSED,)]
        assert connection.execute("SELECT count(*) FROM alembic_version WHERE version_num "
                                  "LIKE '%one_spelling'").fetchone() == (0,)
    assert rows(workspace, "SELECT owner FROM originals") == [(COMPOSED,)]
    assert rows(workspace, "SELECT account FROM penalty_entries") == [(COMPOSED,)]
