"""Whole stories through the CLI, on small generated videos (320x180, 10 s).

The clock is injected with ``$ORIGIN_NOW`` so legal periods pass without waiting.
"""
import json

import pytest
from click.testing import CliRunner

from origin import synthetic
from origin.cli import main


class Cli:
    def __init__(self, workspace):
        self.workspace = str(workspace)
        self.runner = CliRunner()

    def __call__(self, *args, now: str = "2025-03-03T10:00:00+08:00", ok: bool = True):
        result = self.runner.invoke(main, ["-w", self.workspace, *map(str, args)],
                                    env={"ORIGIN_NOW": now})
        if ok:
            assert result.exit_code == 0, result.output
        return result

    def json(self, *args, **options):
        return [json.loads(line) for line in self(*args, "--json", **options).stdout.splitlines()]


@pytest.fixture(scope="module")
def copies(tmp_path_factory, media):
    folder = tmp_path_factory.mktemp("copies")
    return {name: synthetic.apply_transform(media[name], folder / f"{name}_copy.mp4",
                                            "reencode", seed=5).path
            for name in ("original_a", "original_b")}


@pytest.fixture
def cli(tmp_path):
    from origin.workspace import Workspace

    Workspace(tmp_path / "ws").close()      # a story may begin with a scan, which needs one
    return Cli(tmp_path / "ws")


def register(cli, path, owner, published_at="2025-03-01T09:00:00+08:00", declare=False):
    (added,) = cli.json("originals", "add", path, "--owner", owner, "--published-at", published_at)
    if declare:
        cli("originals", "declare", added["id"], "--by", owner)
        cli("originals", "review", added["id"], "--approve", "--by", "moderator", "--why", "ok")
    return added["id"]


def scan(cli, path, uploader, uploaded_at="2025-03-03T09:00:00+08:00", **options):
    (result,) = cli.json("scan", path, "--uploader", uploader, "--uploaded-at", uploaded_at,
                         **options)
    return result["matches"]


def test_declared_reupload_taken_down_then_restored_after_unanswered_counter_notice(
        cli, media, copies):
    original = register(cli, media["original_a"], "studio", declare=True)
    (match,) = scan(cli, copies["original_a"], "copier")
    assert match["original"] == original
    assert (match["decision"], match["rule"], match["exposure"]) == (
        "takedown", "declared_full_reupload", 0.0)
    ticket = match["ticket"]
    (shown,) = cli.json("tickets", "show", ticket)
    assert shown["state"] == "forwarded_to_uploader" and shown["accused"] == "copier"
    (standing,) = cli.json("penalties", "show", "copier")
    assert (standing["credit"], standing["active_strikes"]) == (80, 1)

    (rescan,) = scan(cli, copies["original_a"], "copier")           # idempotent
    assert rescan["ticket"] == ticket
    assert len(cli.json("tickets", "list")) == 1

    day = "2025-03-04T10:00:00+08:00"
    cli("tickets", "advance", ticket, "counter_notice_received", "--by", "copier",
        "--why", "my own footage", now=day)
    (forwarded,) = cli.json("tickets", "advance", ticket, "forwarded_to_claimant", "--by", "op",
                            "--why", "forwarded to studio", now=day)
    # CN: 15 days, to the end of Wed Mar 19 in Shanghai
    assert forwarded["restore_due_at"] == "2025-03-19T16:00:00+00:00"
    early = cli("tickets", "advance", ticket, "restored", "--by", "op", "--why", "x",
                now="2025-03-19T10:00:00+08:00", ok=False)
    assert early.exit_code == 1 and "cannot be restored before" in early.output
    assert cli.json("tickets", "sweep", now="2025-03-19T23:59:00+08:00") == []
    (restored,) = cli.json("tickets", "sweep", now="2025-03-20T10:00:00+08:00")
    assert restored["state"] == "restored" and restored["outcome"] == "overturned"
    (standing,) = cli.json("penalties", "show", "copier", now="2025-03-20T10:00:00+08:00")
    assert (standing["credit"], standing["active_strikes"]) == (100, 0)
    assert standing["ledger"][0]["reversed_reason"].startswith(f"ticket {ticket} restored")


def test_illegal_step_is_refused_through_the_cli(cli, media, copies):
    register(cli, media["original_a"], "studio", declare=True)
    (match,) = scan(cli, copies["original_a"], "copier")
    result = cli("tickets", "advance", match["ticket"], "maintained", "--by", "op", "--why", "x",
                 ok=False)
    assert result.exit_code == 1
    assert "can go to counter_notice_received or withdrawn, not maintained" in result.output


def test_earlier_upload_flips_roles(cli, media, copies):
    register(cli, media["original_b"], "late-owner", published_at="2025-05-01T00:00:00Z")
    (match,) = scan(cli, copies["original_b"], "first-publisher",
                    uploaded_at="2025-04-01T00:00:00Z")
    assert (match["decision"], match["rule"]) == ("review", "first_publisher_flip")
    (ticket,) = cli.json("tickets", "show", match["ticket"])
    assert ticket["roles_flipped"] and ticket["state"] == "received"
    assert (ticket["claimant"], ticket["claimant_account"], ticket["accused"]) == (
        None, "first-publisher", None)


def test_allow_listed_account_is_never_actioned(cli, media, copies, tmp_path):
    register(cli, media["original_a"], "studio", declare=True)
    (tmp_path / "ws" / "enforcement.toml").write_text('[owners.studio]\nallow = ["licensee"]\n')
    (match,) = scan(cli, copies["original_a"], "licensee")
    assert (match["decision"], match["rule"], match["ticket"]) == ("none", "allow_list", None)
    assert cli.json("tickets", "list", "--accused", "licensee") == []
    (standing,) = cli.json("penalties", "show", "licensee")
    assert standing["credit"] == 100 and standing["ledger"] == []


def test_complaints_missing_a_field_is_rejected_naming_it(cli, media, copies, tmp_path):
    original = register(cli, media["original_a"], "studio")
    (match,) = scan(cli, copies["original_a"], "copier")
    upload = json.loads(cli("scan", copies["original_a"], "--json").stdout)["upload_id"]
    good = {"claimant": "studio", "contact": {"email": "legal@studio.example"},
            "work": original, "uploads": [upload], "evidence": [{"text": "first published"}],
            "good_faith": True, "accurate": True}
    missing = {key: value for key, value in good.items() if key != "evidence"}
    path = tmp_path / "complaints.jsonl"
    path.write_text(json.dumps(missing) + "\n" + json.dumps(good) + "\n")
    rejected, accepted = cli.json("complaints", "submit", path, ok=False)
    assert (rejected["status"], rejected["field"]) == ("rejected", "evidence")
    assert "evidence: is required" in rejected["error"]
    assert accepted["status"] == "accepted"
    (ticket,) = cli.json("tickets", "show", accepted["tickets"][0])
    assert ticket["state"] == "forwarded_to_uploader" and ticket["original_id"] == original
    assert match["decision"] == "demote"      # undeclared full copy: demoted, no ticket of its own
    # run again (after a crash, say): the filed row says exists with its ticket, and the file
    # exits 1 for the row still refused, 0 once only filed rows remain (it was 2, "nothing done")
    refused, again = cli.json("complaints", "submit", path, ok=False)
    assert refused["status"] == "rejected"
    assert (again["status"], again["complaint"], again["tickets"]) == (
        "exists", accepted["complaint"], accepted["tickets"])
    path.write_text(json.dumps(good) + "\n")
    rerun = cli("complaints", "submit", path)
    assert rerun.stdout.startswith(f"line 1: exists {accepted['complaint']} tickets ")
    assert "0 accepted, 1 exists, 0 rejected" in rerun.stderr
    assert len(cli.json("tickets", "list")) == 1

    evidence = cli("tickets", "evidence", ticket["id"], "--out", tmp_path / "evidence")
    page = (tmp_path / "evidence" / "evidence.html").read_text()
    data = json.loads((tmp_path / "evidence" / "evidence.json").read_text())
    assert "evidence.html" in evidence.output and "data:image/jpeg;base64," in page
    assert "<svg" in page and data["segments"] and data["similarity"]
    assert sum(p["similarity"] for p in data["similarity"]) / len(data["similarity"]) > 0.8


def test_timers_skip_weekends_and_holidays(cli, media, tmp_path):
    upload = cli.json("scan", media["unrelated"], "--uploader", "someone")[0]["upload_id"]
    complaint = {"claimant": "studio", "contact": "legal@studio.example", "work": "my film",
                 "uploads": [upload], "evidence": "registration.txt", "good_faith": "yes",
                 "accurate": "yes"}
    (tmp_path / "registration.txt").write_text("registered 2024")
    (tmp_path / "cn.jsonl").write_text(json.dumps(complaint))
    (tmp_path / "us.jsonl").write_text(json.dumps({**complaint, "jurisdiction": "US",
                                                   "work": "my film (US release)"}))

    # DMCA: 10 business days after the counter-notice reaches the claimant, July 4th skipped
    (us,) = cli.json("complaints", "submit", tmp_path / "us.jsonl", now="2025-07-01T12:00:00Z")
    ticket_us = us["tickets"][0]
    for state in ("validated", "measure_applied", "forwarded_to_uploader",
                  "counter_notice_received", "forwarded_to_claimant"):
        cli("tickets", "advance", ticket_us, state, "--by", "reviewer", "--why", "ok",
            now="2025-07-03T12:00:00-04:00")
    (shown,) = cli.json("tickets", "show", ticket_us)
    assert shown["restore_due_at"] == "2025-07-19T04:00:00+00:00"     # the end of Fri Jul 18

    before_national_day = "2025-09-30T10:00:00+08:00"
    (cn,) = cli.json("complaints", "submit", tmp_path / "cn.jsonl", now=before_national_day)
    (ticket,) = cli.json("tickets", "show", cn["tickets"][0])
    assert ticket["state"] == "received" and ticket["rule"] == "unmatched_upload"
    # Oct 1-8 are holidays; Saturday Oct 11 is a make-up working day: Oct 9, 10, 11, 13, 14
    assert ticket["due_at"] == "2025-10-14T02:00:00+00:00"
    (report,) = cli.json("tickets", "report", now="2025-10-13T10:00:00+08:00")
    assert report["open_overdue"] == 0 and report["backlog_by_type"] == {"complaint/copyright": 1}
    assert report["backlog_by_age"]["4-5"] == 1            # Oct 9, 10, 11, 13
    (report,) = cli.json("tickets", "report", now="2025-10-14T11:00:00+08:00")
    assert [late["id"] for late in report["overdue"]] == [cn["tickets"][0]]
    assert report["within_sla_share"] == 0.5 and not report["cleared"]
