"""``music license`` with bad input: names over the columns' 200 characters or holding control
characters, the same licence twice, an owner no registered song has."""
import json
from datetime import datetime

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from origin.cli import main
from origin.enforcement import licences
from origin.enforcement.models import MusicLicence
from origin.workspace import Workspace

from .conftest import Catalogue


def _license(workspace, *arguments):
    return CliRunner().invoke(
        main, ["-w", str(workspace.path), "music", "license", *arguments])


def _count(workspace) -> int:
    with workspace.session() as session:
        return session.scalar(select(func.count()).select_from(MusicLicence))


@pytest.fixture
def workspace(tmp_path, database):
    workspace = Workspace(tmp_path / "ws", db_url=database)
    Catalogue(workspace).original("o-song", "label")
    with workspace.session() as session:
        from origin.catalogue import Original
        session.get(Original, 1).audio_peaks = b"\0" * 16       # the original has sound
    return workspace


@pytest.mark.parametrize("arguments, problem", [
    (["--owner", "o" * 201, "--to", "acct"], "'--owner': 201 characters, over the 200 limit"),
    (["--owner", "label", "--to", "a" * 201], "'--to': 201 characters, over the 200 limit"),
    (["--owner", "lab\nel", "--to", "acct"], "'--owner': 'lab\\nel' holds control characters"),
    (["--owner", "label", "--to", "a\tb"], "'--to': 'a\\tb' holds control characters"),
    (["--owner", "label", "--to", "  "], "'--to': a name is required, not a blank"),  # no account
    (["--owner", " ", "--to", "acct"], "'--owner': a name is required, not a blank"),
])
def test_a_name_the_columns_cannot_hold_is_a_usage_error_before_any_workspace(
        tmp_path, arguments, problem):
    """As every name option of the CLI (docs/cli.md): exit 2 in one line, no workspace made for
    it (these were exit 1, after the workspace and its database were made)."""
    result = CliRunner().invoke(main, ["-w", str(tmp_path / "ws"), "music", "license", *arguments])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines()[-1] == f"Error: Invalid value for {problem}"
    assert not (tmp_path / "ws").exists()


def test_the_owner_itself_is_refused_in_one_line(workspace):
    result = _license(workspace, "--owner", "label", "--to", "label")  # its own uploads are exempt
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert result.stderr.strip().splitlines() == [
        "Error: --to: 'label' is the owner itself: its own uploads need no licence"]
    assert _count(workspace) == 0


def test_the_same_licence_twice_is_one_licence(workspace):
    first = _license(workspace, "--owner", "label", "--to", "acct", "--json")
    again = _license(workspace, "--owner", "label", "--to", "acct", "--json")
    assert first.exit_code == again.exit_code == 0, again.output
    assert json.loads(again.stdout)["id"] == json.loads(first.stdout)["id"]
    assert "already granted" in _license(workspace, "--owner", "label", "--to", "acct").stdout
    library = [_license(workspace, "--owner", "label", "--platform-library", "--until",
                        "2030-01-01").stdout for _ in range(2)]
    assert "already granted" in library[1]
    longer = _license(workspace, "--owner", "label", "--to", "acct", "--until", "2031-01-01")
    assert "already granted" not in longer.stdout     # another term is another licence
    assert _count(workspace) == 3


def test_an_owner_without_registered_music_is_warned_about(workspace):
    result = _license(workspace, "--owner", "lable", "--to", "acct")
    assert result.exit_code == 0 and _count(workspace) == 1
    assert result.stderr.strip().splitlines() == [
        "warning: no registered original with sound has owner 'lable' (check the spelling): "
        "the licence exempts nothing until one has"]
    assert _license(workspace, "--owner", "label", "--to", "acct").stderr == ""


def test_a_licence_until_a_date_covers_that_whole_day_where_the_platform_is(workspace):
    """The default jurisdiction is CN (Asia/Shanghai, UTC+8): "until 2030-01-31" ends at
    2030-01-31 24:00 there, 16:00 UTC; it ended at 00:00 UTC, eight hours into the day before."""
    granted = _license(workspace, "--owner", "label", "--to", "acct", "--until", "2030-01-31",
                       "--json")
    assert granted.exit_code == 0, granted.output
    assert json.loads(granted.stdout)["until"] == "2030-01-31T15:59:59.999999+00:00"
    with workspace.session() as session:
        def covered(moment: str) -> bool:
            return licences.licensed(session, "label", "acct", datetime.fromisoformat(moment))

        assert covered("2030-01-31T00:00:00+08:00") and covered("2030-01-31T23:59:59+08:00")
        assert covered("2030-01-31T23:59:59.999999+08:00")
        assert not covered("2030-02-01T00:00:00+08:00")


def test_a_licence_until_a_date_time_ends_at_that_moment(workspace):
    granted = _license(workspace, "--owner", "label", "--to", "acct", "--until",
                       "2030-01-31T12:00:00+08:00", "--json")
    assert json.loads(granted.stdout)["until"] == "2030-01-31T04:00:00+00:00"
    with workspace.session() as session:
        assert licences.licensed(session, "label", "acct",
                                 datetime.fromisoformat("2030-01-31T12:00:00+08:00"))
        assert not licences.licensed(session, "label", "acct",
                                     datetime.fromisoformat("2030-01-31T12:00:00.000001+08:00"))


def test_a_licence_until_the_last_date_is_refused_in_one_line(workspace):
    result = _license(workspace, "--owner", "label", "--to", "acct", "--until", "9999-12-31")
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), result.output
    assert "--until" in result.stderr and "Traceback" not in result.output
    assert _count(workspace) == 0
