"""``origin keys add|list|revoke``: a key is printed once and only its hash is stored."""
import json

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from origin.cli import main
from origin.enforcement import clock
from origin.service import keys
from origin.service.tables import ApiKey
from origin.workspace import Workspace


def run(workspace, *args):
    result = CliRunner().invoke(main, ["--workspace", str(workspace), *args])
    return result


def test_add_list_revoke(tmp_path, database):
    added = run(tmp_path, "keys", "add", "--role", "rights_holder", "--claimant", "label",
                "--json")
    assert added.exit_code == 0, added.output
    made = json.loads(added.output)
    assert made["name"] == "label" and made["key"].startswith(f"origin_{made['id']}_")
    reviewer = run(tmp_path, "keys", "add", "--role", "reviewer", "--name", "alice")
    token = reviewer.stdout.strip()
    listed = [json.loads(line) for line in run(tmp_path, "keys", "list", "--json").output.split(
        "\n") if line]
    assert [(k["role"], k["name"], k["revoked_at"]) for k in listed] == [
        ("rights_holder", "label", None), ("reviewer", "alice", None)]
    assert all("key" not in k for k in listed)
    workspace = Workspace(tmp_path)
    with workspace.session() as session:
        stored = session.scalars(select(ApiKey)).all()
        assert all(token not in (row.secret_sha256, row.id, row.name) for row in stored)
        assert keys.authenticate(session, token, at=clock.now()).name == "alice"
    revoked = run(tmp_path, "keys", "revoke", listed[1]["id"])
    assert revoked.exit_code == 0 and "revoked" in revoked.output
    with workspace.session() as session:
        assert keys.authenticate(session, token, at=clock.now()) is None


@pytest.mark.parametrize("args, message", [
    (["--role", "rights_holder"], "needs --claimant"),
    (["--role", "reviewer"], "needs --name"),
    (["--role", "reviewer", "--name", "bob", "--claimant", "x"], "only rights_holder keys"),
    (["--role", "reviewer", "--name", "  "], "printable characters"),
    (["--role", "reviewer", "--name", "a\nb"], "printable characters"),
])
def test_bad_keys_are_refused_in_one_line(tmp_path, args, message):
    result = run(tmp_path, "keys", "add", *args)
    assert result.exit_code == 2 and message in result.output     # was 1, an error's status
    assert result.output.count("\n") == 1


def test_revoking_an_unknown_key_names_it(tmp_path):
    Workspace(tmp_path).close()
    result = run(tmp_path, "keys", "revoke", "k123")
    assert result.exit_code == 1 and "no key 'k123'" in result.output


def test_a_key_may_be_made_to_expire(tmp_path, monkeypatch):
    from origin.enforcement.clock import NOW_VARIABLE

    monkeypatch.setenv(NOW_VARIABLE, "2026-12-07T08:00:00Z")
    spans = {"30d": "2027-01-06T08:00:00+00:00", "12h": "2026-12-07T20:00:00+00:00",
             "2027-03-01": "2027-03-01T00:00:00+00:00"}
    for given, expires in spans.items():
        added = run(tmp_path, "keys", "add", "--role", "reviewer", "--name", f"r{given}",
                    "--expires", given, "--json")
        assert added.exit_code == 0, added.output
        assert json.loads(added.output)["expires_at"] == expires
    never = json.loads(run(tmp_path, "keys", "add", "--role", "scanner", "--name", "pipe",
                           "--json").output)
    assert never["expires_at"] is None                   # no expiry unless asked for
    listed = run(tmp_path, "keys", "list").output
    assert "expires 2027-03-01 00:00Z" in listed
    monkeypatch.setenv(NOW_VARIABLE, "2026-12-08T08:00:00Z")
    assert "expired 2026-12-07 20:00Z" in run(tmp_path, "keys", "list").output


@pytest.mark.parametrize("expires, message", [
    ("2020-01-01", "--expires: 2020-01-01T00:00:00+00:00 has passed"),
    ("0d", "--expires: 0d has passed"),
    ("soon", "--expires: 'soon' is neither a date"),
    ("99999999d", "--expires: 99999999d is too far"),
])
def test_an_expiry_that_cannot_be_kept_is_refused(tmp_path, expires, message):
    result = run(tmp_path, "keys", "add", "--role", "reviewer", "--name", "bob",
                 "--expires", expires)
    assert result.exit_code == 2 and message in result.output, result.output
    assert result.output.count("\n") == 1
