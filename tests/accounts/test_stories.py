"""Issue 5's stories end to end through the CLI: joint action, reversal, binding, ban evasion."""
from __future__ import annotations

from datetime import datetime, timezone

from origin.catalogue import Upload
from origin.enforcement import penalties
from origin.enforcement.config import load_policy
from origin.workspace import Workspace

from .conftest import at

ACCOUNTS = [
    {"id": "shop", "kind": "channel", "legal_entity": "Shop Ltd", "phone": "+86 139 0000 0001"},
    {"id": "boss", "kind": "personal"},
    {"id": "alt", "kind": "channel"},
    {"id": "far", "kind": "channel"},
    {"a": "boss", "b": "shop", "type": "certification"},
    {"a": "shop", "b": "alt", "type": "device"},
    {"a": "alt", "b": "far", "type": "ip"},            # not walked by default: IP is weak
]


def counterfeit_ticket(cli) -> str:
    """shop posts a counterfeit offer on a catalogued upload; boss posts one on a record."""
    with Workspace(cli.workspace).session() as session:
        session.add(Upload(id="u-shop", sha256="1" * 64, path="v.mp4", uploader="shop",
                           scanned_at=datetime.now(timezone.utc)))
    cli("brands", "add", "--owner", "nike_official", "--mark", "耐克", "--alias", "NIKE")
    records = cli.write("records.jsonl", [
        {"id": "u-shop", "account": "shop", "title": "高仿耐克 莆田 1:1 包邮"},
        {"id": "post-boss", "account": "boss", "title": "高仿耐@克 A货 加微"},
        {"id": "post-alt", "account": "alt", "title": "今天跑步"},
    ])
    scanned = {row["id"]: row for row in cli.json("brands", "scan", records)}
    assert scanned["post-boss"]["decision"] == "takedown"
    assert scanned["post-alt"]["decision"] == "none"
    return scanned["u-shop"]["ticket"]


def test_confirmed_counterfeit_actions_linked_account_with_own_hits_and_watches_the_other(cli):
    cli("accounts", "import", cli.write("accounts.jsonl", ACCOUNTS))
    ticket = counterfeit_ticket(cli)

    (review,) = cli.json("tickets", "confirm", ticket, "--by", "reviewer-1")
    assert review["accused"] == "shop" and review["state"] == "forwarded_to_uploader"
    decisions = {d["account"]: d for d in review["decisions"]}
    assert set(decisions) == {"boss", "alt"}                     # far: IP links are not walked
    assert decisions["boss"]["decision"] == "action"
    assert decisions["alt"]["decision"] == "watch" and decisions["alt"]["evidence"] == []
    assert [hop["type"] for hop in decisions["boss"]["path"]] == ["certification"]

    (boss,) = cli.json("penalties", "show", "boss")
    (alt,) = cli.json("penalties", "show", "alt")
    (shop,) = cli.json("penalties", "show", "shop")
    assert (boss["credit"], boss["active_strikes"]) == (80, 1)
    assert alt["credit"] == 100 and alt["ledger"] == []          # never punished for a link
    assert shop["active_strikes"] == 1                           # the ticket's own strike

    (explained,) = cli.json("accounts", "explain", "boss")
    (decision,) = explained["decisions"]
    assert decision["ticket"] == ticket and decision["origin_account"] == "shop"
    assert [item["kind"] for item in decision["evidence"]] == ["brand_hit"]
    assert decision["evidence"][0]["ref"] == "post-boss"
    assert any(entry["action"] == "joint_action" for entry in explained["audit"])
    text = cli("accounts", "explain", "alt").stdout
    assert "watch on ticket" in text and "no evidence of its own" in text
    (shown,) = cli.json("accounts", "show", "alt")
    assert shown["under_watch"] == [ticket]

    again = cli.json("tickets", "confirm", ticket, "--by", "reviewer-1")   # idempotent
    assert {d["account"] for d in again[0]["decisions"]} == {"boss", "alt"}
    assert cli.json("penalties", "show", "boss")[0]["active_strikes"] == 1


def test_overturned_ticket_reverses_both_joint_decisions(cli):
    cli("accounts", "import", cli.write("accounts.jsonl", ACCOUNTS))
    ticket = counterfeit_ticket(cli)
    cli("tickets", "confirm", ticket, "--by", "reviewer-1")
    cli("tickets", "advance", ticket, "counter_notice_received", "--by", "shop",
        "--why", "genuine stock, invoices attached", now=at(days=1))
    cli("tickets", "advance", ticket, "forwarded_to_claimant", "--by", "op", "--why", "fwd",
        now=at(days=1))
    cli("tickets", "sweep", now=at(days=20))            # no lawsuit within 15 days: restored
    assert cli.json("tickets", "show", ticket, now=at(days=20))[0]["state"] == "restored"

    for account in ("boss", "alt", "shop"):
        (standing,) = cli.json("penalties", "show", account, now=at(days=20))
        assert standing["credit"] == 100 and standing["active_strikes"] == 0, account
    (boss,) = cli.json("accounts", "explain", "boss", now=at(days=20))
    assert boss["decisions"][0]["reversed_at"] is not None
    assert "restored" in boss["decisions"][0]["reversed_reason"]
    assert [e["action"] for e in boss["audit"]][-2:] == ["reversal", "joint_reversal"]
    (alt,) = cli.json("accounts", "explain", "alt", now=at(days=20))
    assert alt["decisions"][0]["reversed_at"] is not None
    assert alt["audit"][-1]["action"] == "joint_reversal"
    (shown,) = cli.json("accounts", "show", "alt", now=at(days=20))
    assert shown["under_watch"] == []


def test_second_channel_certified_by_the_same_personal_account_is_refused(cli):
    imported = cli("accounts", "import", cli.write("accounts.jsonl", ACCOUNTS + [
        {"id": "shop2", "kind": "channel"},
        {"id": "brand-oa", "kind": "official", "legal_entity": "Other Co"},
        {"a": "boss", "b": "shop2", "type": "certification"},          # line 10: refused
        {"a": "brand-oa", "b": "shop", "type": "certification"},       # line 11: other entity
        {"a": "nobody", "b": "shop", "type": "admin"},                 # line 12: unknown
    ]), ok=False)
    assert imported.exit_code == 1                                     # some rows refused
    assert [line.split(".jsonl ")[1].split(":")[0] for line in imported.stderr.splitlines()[:3]
            ] == ["line 10", "line 11", "line 12"]
    refused = cli("accounts", "link", "boss", "shop2", "--type", "certification", ok=False)
    assert refused.exit_code == 1
    assert "boss already certifies channel account shop" in refused.output
    assert "at most one channel account" in refused.output

    rows = cli.json("accounts", "import", cli.write("again.jsonl", ACCOUNTS + [
        {"id": "shop2", "kind": "channel"},
        {"id": "brand-oa", "kind": "official", "legal_entity": "Other Co"},
        {"a": "boss", "b": "shop2", "type": "certification"},
        {"a": "brand-oa", "b": "shop", "type": "certification"},
        {"a": "nobody", "b": "shop", "type": "admin"},
        {"id": "bad", "kind": "robot"},
    ]), ok=False)
    errors = {row["line"]: row["error"] for row in rows if row["status"] == "error"}
    assert set(errors) == {10, 11, 12, 13}
    assert "already certifies" in errors[10]
    assert "same legal entity" in errors[11] and "Other Co" in errors[11]
    assert "no account 'nobody'" in errors[12]
    assert "kind must be one of" in errors[13]
    assert {row["status"] for row in rows if row["line"] < 10} == {"exists"}

    cli("accounts", "import", cli.write("oa.jsonl", [
        {"id": "shop-oa", "kind": "official", "legal_entity": "Shop Ltd"},
        {"a": "shop-oa", "b": "shop", "type": "certification"}]))
    (shop,) = cli.json("accounts", "show", "shop")
    assert {(link["other"], link["direction"]) for link in shop["links"]
            if link["type"] == "certification"} == {("boss", "certified_by"),
                                                    ("shop-oa", "certified_by")}


def ban(cli, account: str) -> None:
    """A permanent ban the way the ledger makes one: credit down to 0."""
    with Workspace(cli.workspace).session() as session:
        policy = load_policy(cli.workspace).penalties
        for n in range(2):
            penalties.record_violation(session, policy, account, "severe", strike=True,
                                       reason=f"counterfeit #{n}", at=datetime.fromisoformat(at()),
                                       actor="test")
        assert penalties.standing(session, policy, account,
                                  datetime.fromisoformat(at(hours=2))).permanently_banned


def test_new_account_sharing_a_banned_accounts_phone_is_flagged(cli):
    cli("accounts", "import", cli.write("old.jsonl", [
        {"id": "fake-king", "kind": "channel", "phone": "+86 138-0000-0000",
         "device": "imei-1"}]))
    ban(cli, "fake-king")
    result = cli("accounts", "import", cli.write("new.jsonl", [
        {"id": "fresh-start", "kind": "channel", "phone": "+8613800000000"},
        {"id": "innocent", "kind": "channel", "phone": "+86 139 1111 1111"},
        {"id": "old-sibling", "kind": "channel", "phone": "+8613800000000",
         "created_at": at(days=-400)}]), now=at(hours=3))
    assert "fresh-start flagged" in result.stdout and "fake-king" in result.stdout
    (shown,) = cli.json("accounts", "show", "fresh-start", now=at(hours=3))
    assert shown["account"]["status"] == "flagged"
    assert shown["flags"][0]["identity_type"] == "phone"
    assert [(l["other"], l["type"]) for l in shown["links"]] == [("fake-king", "phone"),
                                                                 ("old-sibling", "phone")]
    assert cli.json("accounts", "show", "innocent", now=at(hours=3))[0]["account"]["status"] == \
        "active"
    (sibling,) = cli.json("accounts", "show", "old-sibling", now=at(hours=3))
    assert sibling["account"]["status"] == "active" and sibling["flags"] == []
    assert {l["other"] for l in sibling["links"]} == {"fake-king", "fresh-start"}
    (explained,) = cli.json("accounts", "explain", "fresh-start", now=at(hours=3))
    assert explained["audit"][0]["action"] == "ban_evasion_flag"

    # A device link added later to a new account flags it too.
    cli("accounts", "import", cli.write("later.jsonl", [{"id": "later", "kind": "channel"}]),
        now=at(hours=4))
    (linked,) = cli.json("accounts", "link", "later", "fake-king", "--type", "device",
                         now=at(hours=5))
    assert linked["status"] == "flagged"


def test_refuse_per_config_keeps_the_account_out(cli):
    cli.workspace.mkdir(parents=True)
    (cli.workspace / "accounts.toml").write_text('[ban_evasion]\naction = "refuse"\n')
    cli("accounts", "import", cli.write("old.jsonl", [
        {"id": "fake-king", "kind": "channel", "id_document": "310101199001011234"}]))
    ban(cli, "fake-king")
    (row,) = cli.json("accounts", "import", cli.write("new.jsonl", [
        {"id": "again", "kind": "personal", "id_document": "310101199001011234"}]),
        now=at(hours=3), ok=False)
    assert row["status"] == "refused" and "fake-king" in row["error"]
    shown = cli("accounts", "show", "again", now=at(hours=3), ok=False)
    assert shown.exit_code == 1 and "no account 'again'" in shown.output
    (explained,) = cli.json("accounts", "explain", "again", now=at(hours=3))
    assert explained["account"] is None and explained["flags"][0]["action"] == "refuse"


def test_csv_import_and_graph_view(cli):
    path = cli.workspace.parent / "accounts.csv"
    path.write_text("id,kind,legal_entity,phone,a,b,type,strength\n"
                    "c1,channel,,555-1,,,,\n"
                    "p1,personal,,,,,,\n"
                    "c2,channel,,555-1,,,,\n"
                    ",,,,p1,c1,certification,\n"
                    ",,,,c2,c1,admin,1.5\n", encoding="utf-8")
    rows = cli.json("accounts", "import", path, ok=False)
    assert [(r["line"], r["status"]) for r in rows] == [
        (2, "added"), (3, "added"), (4, "added"), (5, "added"), (6, "error")]
    assert rows[2]["links"] == ["phone:c1"]                    # shared phone → identity link
    (shown,) = cli.json("accounts", "show", "p1", "--graph")
    assert [(n["account"], n["depth"]) for n in shown["graph"]["nodes"]] == [("c1", 1), ("c2", 2)]
    text = cli("accounts", "show", "p1", "--graph").stdout
    assert "-[certification]-> c1 -[phone]-> c2" in text


def test_a_known_account_under_another_name_is_exists_with_a_warning_naming_the_kept_name(cli):
    """The new name was dropped silently (``exists`` and nothing else)."""
    first = cli.write("first.jsonl", [{"id": "shop", "kind": "channel", "name": "Old Shop"},
                                      {"id": "quiet", "kind": "channel"}])
    cli("accounts", "import", first)
    again = cli.write("again.jsonl", [{"id": "shop", "kind": "channel", "name": "New Shop"},
                                      {"id": "quiet", "kind": "channel", "name": "Loud"},
                                      {"id": "shop", "kind": "channel", "name": "Old Shop"}])
    text = cli("accounts", "import", again)                # exists: done, exit 0
    assert text.stderr.splitlines() == [
        f"warning: {again} line 1: account shop exists, name differs: kept 'Old Shop', "
        "not this row's 'New Shop'",
        f"warning: {again} line 2: account quiet exists, name differs: kept none, "
        "not this row's 'Loud'", "3 exists"]
    rows = cli.json("accounts", "import", again)
    assert [(r["status"], r.get("warning")) for r in rows] == [
        ("exists", "name differs: kept 'Old Shop', not this row's 'New Shop'"),
        ("exists", "name differs: kept none, not this row's 'Loud'"), ("exists", None)]
    (shown,) = cli.json("accounts", "show", "shop")
    assert shown["account"]["name"] == "Old Shop"


def test_show_says_what_a_banned_account_may_do_not_its_import_status(cli):
    """stop 38's new user: `accounts show` printed "status active" beside "PERMANENTLY BANNED"
    (the first is the import's status, the second the standing)."""
    cli("accounts", "import", cli.write("old.jsonl", [
        {"id": "fake-king", "kind": "channel", "phone": "+86 138-0000-0000"}]))
    ban(cli, "fake-king")
    cli("accounts", "import", cli.write("new.jsonl", [
        {"id": "fresh-start", "kind": "channel", "phone": "+8613800000000"},
        {"id": "innocent", "kind": "channel"}]), now=at(hours=3))
    banned = cli("accounts", "show", "fake-king", now=at(hours=3)).stdout.splitlines()[0]
    assert banned == "fake-king: channel, legal entity -, credit 0, permanently banned"
    flagged = cli("accounts", "show", "fresh-start", now=at(hours=3)).stdout.splitlines()[0]
    assert flagged == "fresh-start: channel, legal entity -, flagged at import, credit 100, may upload"
    (shown,) = cli.json("accounts", "show", "fake-king", now=at(hours=3))
    assert shown["restriction"] == "permanently banned" and shown["account"]["status"] == "active"
    penalised = cli("penalties", "show", "fake-king", now=at(hours=3)).stdout.splitlines()[0]
    assert penalised.endswith(", permanently banned")


def test_an_account_id_or_name_no_command_could_name_is_refused_by_its_field(cli):
    """Stop 43's new user: `accounts import` (and `accounts link`) took ids holding a control,
    bidirectional or zero-width character ('shop\\x01', 'shop\\u202e', 'shop\\u200b'), which
    `accounts show`, `penalties show` and every uploader refuse as names: an account nobody
    could show, that no upload could ever be made by. A legal entity or display name with a
    line break from a quoted CSV cell ('ACME\\nLtd') was stored as it was, though entities are
    compared as names are."""
    csv = cli.workspace.parent / "accounts.csv"
    csv.write_bytes("id,kind,legal_entity,name\n"
                    "shop\x01,channel,,\nshop\u202e,channel,,\nshop\u200b,channel,,\n"
                    'boss,official,"ACME\nLtd",\nshop,channel,,"Best\r\nShop"\n'
                    "fine,channel,ACME Ltd,Jose\u0301\n"
                    "fam,channel,,\U0001f468\u200d\U0001f469\u200d\U0001f467 vlog\n".encode())
    result = cli("accounts", "import", csv, ok=False)
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines()[:-1] == [
        f"error: {csv} line 2: account shop\\x01 error: id: 'shop\\x01' holds control characters "
        "(an account id is 1-200 printable characters without spaces, '|' or '#')",
        f"error: {csv} line 3: account shop\\u202e error: id: 'shop\\u202e' holds control characters "
        "(an account id is 1-200 printable characters without spaces, '|' or '#')",
        f"error: {csv} line 4: account shop\u200b error: id: 'shop\\u200b' holds control characters "
        "(an account id is 1-200 printable characters without spaces, '|' or '#')",
        f"error: {csv} line 5: account boss error: legal_entity: 'ACME\\nLtd' holds control "
        "characters",
        f"error: {csv} line 7: account shop error: name: 'Best\\r\\nShop' holds control characters"]
    (fine,) = cli.json("accounts", "show", "fine")
    assert fine["account"]["name"] == "Jos\u00e9"            # one spelling, as every name
    (family,) = cli.json("accounts", "show", "fam")       # an emoji's joiners are no control
    assert family["account"]["name"] == "\U0001f468\u200d\U0001f469\u200d\U0001f467 vlog"
    linked = cli("accounts", "link", "fine", "shop\u202e", "--type", "device", ok=False)
    assert linked.exit_code == 1 and "b: 'shop\\u202e' holds control characters" in linked.output
