"""The same bytes registered again under another owner: a one-line warning naming the original
and whose it is, and the earliest publisher keeps (or takes) it (DOMAIN.md)."""
import json

import pytest
from click.testing import CliRunner

from origin import synthetic_audio
from origin.cli import main

EARLY, MIDDLE, LATE = "2025-01-01T00:00:00+00:00", "2025-02-01T00:00:00+00:00", \
    "2025-03-01T00:00:00+00:00"


def cli(workspace, *args):
    return CliRunner().invoke(main, ["-w", str(workspace), *map(str, args)])


@pytest.fixture
def song(tmp_path):
    """A song registered by alice, published MIDDLE, and the same bytes under another name."""
    path = synthetic_audio.write_audio(tmp_path / "song.wav", synthetic_audio.melody(5, 6))
    copy = tmp_path / "copy.wav"
    copy.write_bytes(path.read_bytes())
    added = cli(tmp_path / "ws", "originals", "add", path, "--owner", "alice",
                "--published-at", MIDDLE, "--json")
    assert added.exit_code == 0, added.output
    return tmp_path / "ws", copy, json.loads(added.stdout)["id"]


def owners(workspace):
    listed = cli(workspace, "originals", "list", "--json")
    return [(row["owner"], row["published_at"]) for row in map(json.loads,
                                                                 listed.stdout.splitlines())]


def test_a_later_claim_by_another_owner_is_named_and_changes_nothing(song):
    workspace, copy, original = song
    result = cli(workspace, "originals", "add", copy, "--owner", "bob", "--published-at", LATE)
    assert result.exit_code == 0, result.output               # nothing new, nothing failed
    assert result.stdout.startswith(f"exists  {original}")
    [warning] = result.stderr.splitlines()
    assert warning == (f"origin: warning: {copy}: these bytes are {original}, registered to "
                       f"'alice' (first published {MIDDLE}); kept as it is: the earliest "
                       f"publisher wins, and 'bob' published it no earlier ({LATE})")
    assert owners(workspace) == [("alice", MIDDLE)]


def test_an_earlier_publisher_takes_the_original_over(song):
    workspace, copy, original = song
    result = cli(workspace, "originals", "add", copy, "--owner", "bob", "--published-at", EARLY,
                 "--json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert (record["status"], record["id"]) == ("exists", original)
    assert record["warning"].endswith(f"now registered to 'bob', who published it earlier "
                                      f"({EARLY}): the earliest publisher wins")
    assert result.stderr == f"origin: warning: {record['warning']}\n"
    assert owners(workspace) == [("bob", EARLY)]


def test_the_same_owner_again_or_no_owner_claims_nothing(song):
    workspace, copy, _ = song
    for owner in (["--owner", "alice", "--published-at", EARLY], []):
        result = cli(workspace, "originals", "add", copy, *owner)
        assert result.exit_code == 0 and result.stderr == "", result.output
    assert owners(workspace) == [("alice", MIDDLE)]


def test_in_a_manifest_the_earliest_publisher_wins_whatever_the_row_order(tmp_path, song):
    _, copy, _ = song
    song_path = copy.with_name("song.wav")
    for order in ("copy first", "original first"):
        manifest = tmp_path / f"{order}.csv"
        lines = [f"{copy},bob,{LATE}", f"{song_path},carol,{EARLY}"]
        if order == "original first":
            lines.reverse()
        manifest.write_text("path,owner,published_at\n" + "\n".join(lines) + "\n")
        workspace = tmp_path / order
        result = cli(workspace, "originals", "add", "--manifest", manifest)
        assert result.exit_code == 0, result.output
        [warning] = [line for line in result.stderr.splitlines() if "warning" in line]
        assert warning.startswith(f"warning: {manifest} line 3: ")
        assert owners(workspace) == [("carol", EARLY)]


def test_registered_bytes_found_where_their_file_moved_are_read_from_there(song, tmp_path):
    """The originals' folder moved: adding them again said ``exists`` and kept the old path, so
    every ticket's evidence said "cannot read" for the original from then on."""
    workspace, copy, original = song
    (tmp_path / "song.wav").unlink()
    result = cli(workspace, "originals", "add", copy, "--owner", "alice")
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"origin: warning: {copy}: {original} was registered from "
                             f"{tmp_path / 'song.wav'}, where no file is now; it is read from "
                             f"here from now on\n")
    listed = json.loads(cli(workspace, "originals", "list", "--json").stdout)
    assert listed["path"] == str(copy)
    again = cli(workspace, "originals", "add", tmp_path / "song.wav.missing", copy)
    assert again.stderr.count("warning") == 0          # the stored path holds the file now
