"""Upload identity: the platform's upload id is the key, the bytes a property, paths resolved."""
import hashlib
import json
import sqlite3

import pytest
from alembic import command
from alembic.config import Config
from click.testing import CliRunner
from sqlalchemy import create_engine, select

from origin import db, synthetic
from origin.catalogue import Upload
from origin.cli import main
from origin.workspace import Workspace


class Cli:
    def __init__(self, workspace):
        self.workspace = str(workspace)
        self.runner = CliRunner()

    def __call__(self, *args, ok: bool = True):
        result = self.runner.invoke(main, ["-w", self.workspace, *map(str, args)],
                                    env={"ORIGIN_NOW": "2025-03-03T10:00:00+08:00"})
        if ok:
            assert result.exit_code == 0, result.output
        return result

    def json(self, *args, **options):
        return [json.loads(line) for line in self(*args, "--json", **options).stdout.splitlines()]


@pytest.fixture(scope="module")
def copy(tmp_path_factory, media):
    folder = tmp_path_factory.mktemp("copies")
    return synthetic.apply_transform(media["original_a"], folder / "copy.mp4", "reencode",
                                     seed=5).path


@pytest.fixture
def declared(tmp_path, media):
    cli = Cli(tmp_path / "ws")
    (added,) = cli.json("originals", "add", media["original_a"], "--owner", "studio",
                        "--published-at", "2025-03-01T09:00:00+08:00")
    cli("originals", "declare", added["id"], "--by", "studio")
    cli("originals", "review", added["id"], "--approve", "--by", "moderator", "--why", "ok")
    return cli


def scan(cli, path, *options):
    (result,) = cli.json("scan", path, "--uploaded-at", "2025-03-03T09:00:00+08:00", *options)
    return result


def test_same_bytes_from_two_accounts_are_two_uploads_each_accountable(declared, copy):
    first = scan(declared, copy, "--uploader", "copier-1")
    second = scan(declared, copy, "--uploader", "copier-2")
    assert first["upload_id"] != second["upload_id"]
    tickets = [result["matches"][0]["ticket"] for result in (first, second)]
    assert None not in tickets and tickets[0] != tickets[1]
    for ticket, account in zip(tickets, ("copier-1", "copier-2")):
        (shown,) = declared.json("tickets", "show", ticket)
        assert shown["accused"] == account and shown["upload_id"] in (first["upload_id"],
                                                                      second["upload_id"])
        (standing,) = declared.json("penalties", "show", account)
        assert standing["active_strikes"] == 1
    again = scan(declared, copy, "--uploader", "copier-1")          # a rescan joins its ticket
    assert again["upload_id"] == first["upload_id"]
    assert again["matches"][0]["ticket"] == tickets[0]
    assert len(declared.json("tickets", "list")) == 2


def test_platform_upload_ids_key_uploads_and_an_uploader_never_changes(declared, copy):
    a = scan(declared, copy, "--upload-id", "7f3c1e9a-0d4b-4c1e-9a55-1b2c3d4e5f60",
             "--uploader", "alice")
    b = scan(declared, copy, "--upload-id", "upload-2", "--uploader", "bob")
    assert (a["upload_id"], b["upload_id"]) == ("7f3c1e9a-0d4b-4c1e-9a55-1b2c3d4e5f60",
                                                "upload-2")
    assert a["matches"][0]["ticket"] != b["matches"][0]["ticket"]

    stolen = declared("scan", copy, "--upload-id", "upload-2", "--uploader", "mallory", ok=False)
    assert stolen.exit_code == 2                       # the only upload: nothing done
    assert "upload upload-2 was uploaded by 'bob', not 'mallory'" in stolen.output
    assert "Traceback" not in stolen.output
    (shown,) = declared.json("tickets", "show", b["matches"][0]["ticket"])
    assert shown["accused"] == "bob"

    # a usage error like any other option's, exit 2 (it exited 1, "some failed": stop 31)
    for bad, reason in (("x" * 65, "longer than 64"), ("a\tb", "control characters"),
                        (" v-9", "control characters or spaces"), ("", "non-empty")):
        refused = declared("scan", copy, "--upload-id", bad, ok=False)
        assert refused.exit_code == 2 and reason in refused.output
        assert "Invalid value for '--upload-id'" in refused.output
    two = declared("scan", copy, copy, "--upload-id", "upload-3", ok=False)
    assert two.exit_code == 2 and "names one upload" in two.output


def test_an_upload_id_never_takes_other_bytes(declared, copy, media):
    """Another video scanned under a known upload id replaced the upload's path and hash, so
    its tickets' evidence compared the original with that other video (stop 29)."""
    first = scan(declared, copy, "--upload-id", "v-1", "--uploader", "alice")
    other = declared("scan", media["unrelated"], "--upload-id", "v-1", "--uploader", "alice",
                     ok=False)
    assert other.exit_code == 2                        # the only upload: nothing done
    assert other.stderr.startswith(f"origin: error: {media['unrelated']}: upload v-1 was "
                                   f"scanned with other bytes (sha256 ")
    assert other.stderr.endswith("not these: an upload's bytes never change (give this video "
                                 "its own upload id)\n")
    again = scan(declared, copy, "--upload-id", "v-1", "--uploader", "alice")   # a rescan
    assert again["matches"][0]["ticket"] == first["matches"][0]["ticket"]
    with Workspace(declared.workspace).session() as session:
        assert session.get(Upload, "v-1").path == str(copy)


def test_relative_paths_are_stored_resolved(tmp_path, media, monkeypatch):
    (tmp_path / "clips").mkdir()
    (tmp_path / "clips" / "a.mp4").write_bytes(media["original_a"].read_bytes())
    monkeypatch.chdir(tmp_path / "clips")
    workspace = Workspace(tmp_path / "ws")
    [added] = workspace.add_originals(["a.mp4"])
    assert added.path == "a.mp4"
    [original] = workspace.originals()
    assert original["path"] == str(tmp_path / "clips" / "a.mp4")
    [result] = workspace.scan(["./a.mp4"])
    assert result.upload == "a.mp4" and result.matches[0].original_path == original["path"]
    with workspace.session() as session:
        assert session.get(Upload, result.upload_id).path == str(tmp_path / "clips" / "a.mp4")


def _legacy_database(path):
    """A workspace database as origin wrote it before upload ids (every other domain current)."""
    engine = create_engine(db.sqlite_url(path))
    config = Config()
    config.set_main_option("script_location", str(db.MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        for head in ("0100_brands", "0300_accounts"):       # 0300 pulls in 0200 and 0001
            command.upgrade(config, head)
    engine.dispose()


def test_an_older_workspace_migrates_and_its_upload_ids_keep_working(tmp_path, media, copy,
                                                                    monkeypatch):
    monkeypatch.delenv("ORIGIN_DB", raising=False)
    workspace_path = tmp_path / "ws"
    workspace_path.mkdir()
    _legacy_database(workspace_path / Workspace.DATABASE)
    digest = hashlib.sha256(copy.read_bytes()).hexdigest()
    legacy_id = "u-" + digest[:16]
    with sqlite3.connect(workspace_path / Workspace.DATABASE) as connection:
        connection.execute("INSERT INTO uploads (id, sha256, path, uploader, scanned_at) "
                           "VALUES (?, ?, 'copy.mp4', 'copier', '2025-03-02 00:00:00')",
                           (legacy_id, digest))
    workspace = Workspace(workspace_path)                           # migrates
    list(workspace.add_originals([media["original_a"]], owner="studio"))
    cli = Cli(workspace_path)
    rescan = scan(cli, copy, "--uploader", "copier")
    assert rescan["upload_id"] == legacy_id                         # the old row, updated
    other = scan(cli, copy, "--uploader", "someone-else")
    assert other["upload_id"] != legacy_id
    with workspace.session() as session:
        rows = {row.id: row for row in session.scalars(select(Upload))}
    assert rows[legacy_id].path == str(copy) and rows[legacy_id].uploader == "copier"
    assert rows[other["upload_id"]].sha256 == digest == rows[legacy_id].sha256


def test_an_unusable_file_fails_alone_and_the_batch_goes_on(tmp_path, copy):
    """A name that is not UTF-8 cannot be stored as text and a device would be read forever:
    each fails up front, named, and the copy after them in the same folder is still matched."""
    cli = Cli(tmp_path / "ws")
    cli("originals", "add", copy)
    folder = tmp_path / "uploads"
    folder.mkdir()
    bad_name = folder / (b"a\xff.mp4".decode("utf-8", "surrogateescape"))
    bad_name.write_bytes(copy.read_bytes())
    (folder / "b.mp4").write_bytes(copy.read_bytes())
    for command in (["scan", folder, "/dev/zero"], ["originals", "add", folder, "/dev/zero"]):
        result = cli(*command, "--json", ok=False)
        assert result.exit_code == 1, result.output      # some inputs failed, some worked
        records = [json.loads(line) for line in result.stdout.splitlines()]
        errors = [record["error"] for record in records]
        assert "file name is not valid UTF-8" in errors[0] and "a\\xff.mp4" in errors[0]
        assert errors[1] is None
        assert errors[2] == "/dev/zero: not a regular file (a device)"
    assert scan(cli, folder / "b.mp4")["matches"]


def test_a_file_damaged_midway_is_used_as_far_as_it_decodes_and_says_so(tmp_path, media):
    """Stop 43's new user: a video damaged a third of the way in was registered as a 3 s
    original of its 10 s (and scanned as a 3 s upload) without a word: copies of the rest
    can never be found, and the rights holder thought the whole video protected."""
    from tests.media.test_video import damaged

    cli = Cli(tmp_path / "ws")
    broken = damaged(media["original_a"], tmp_path / "broken.mp4")
    (added,) = cli.json("originals", "add", broken)
    assert added["status"] == "added"
    cut = "s of 10.0 s are registered: its pictures cannot be decoded after that (damaged or " \
          "cut short)"
    assert added["warning"].startswith(f"{broken}: only its first ") and cut in added["warning"]
    scanned = cli("scan", broken, "--uploader", "u", "--json")
    assert "s of 10.0 s are searched: its pictures cannot be decoded" in scanned.stderr
    assert json.loads(scanned.stdout)["warning"].startswith(f"{broken}: only its first ")
    (whole,) = cli.json("originals", "add", media["original_b"])
    assert whole["warning"] is None


def test_a_failed_upload_keeps_its_platform_id(tmp_path, copy):
    """``scan --upload-id`` (and the service) printed ``"upload_id": null`` for an upload that
    failed, so a batch runner could not tell which of its uploads the error was about."""
    cli = Cli(tmp_path / "ws")
    cli("originals", "add", copy)
    empty = tmp_path / "empty.mp4"
    empty.write_bytes(b"")
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(copy.read_bytes()[:3000])
    for path, upload_id in ((empty, "p-1"), (broken, "p-2"), (tmp_path / "gone.mp4", "p-3")):
        (result,) = cli.json("scan", path, "--upload-id", upload_id, ok=False)
        assert (result["upload_id"], result["error"] is not None) == (upload_id, True)
    (result,) = cli.json("scan", empty, ok=False)
    assert result["upload_id"] is None              # derived from the bytes: none to give


def _mp4_without_streams(path):
    """An MP4 whose header is valid and lists no stream at all (ftyp + moov with mvhd only)."""
    import struct

    def box(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", 8 + len(payload)) + kind + payload

    matrix = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
    mvhd = box(b"mvhd", bytes(4) + struct.pack(">IIIIIH", 0, 0, 1000, 0, 0x10000, 0x100)
               + bytes(10) + matrix + bytes(24) + struct.pack(">I", 1))
    path.write_bytes(box(b"ftyp", b"isom" + struct.pack(">I", 512) + b"isomiso2mp41")
                     + box(b"moov", mvhd))
    return path


def test_a_file_with_no_stream_is_named_so_not_as_missing_its_sound(tmp_path, copy):
    """It failed as "no sound track", which sent one looking for a sound problem."""
    cli = Cli(tmp_path / "ws")
    cli("originals", "add", copy)
    empty = _mp4_without_streams(tmp_path / "nothing.mp4")
    for command in (["scan"], ["originals", "add"]):
        (result,) = cli.json(*command, empty, ok=False)
        assert result["error"] == f"{empty}: no video or sound stream"


def test_a_symbolic_link_loop_fails_alone_naming_it(tmp_path, copy):
    """Two links pointing at each other were a RuntimeError traceback (resolving the path)."""
    cli = Cli(tmp_path / "ws")
    (tmp_path / "a.mp4").symlink_to(tmp_path / "b.mp4")
    (tmp_path / "b.mp4").symlink_to(tmp_path / "a.mp4")
    for command in (["originals", "add"], ["scan"]):
        result = cli(*command, tmp_path / "a.mp4", copy, "--json", ok=False)
        assert result.exit_code == 1, result.output          # the copy after it is done
        looped, done = [json.loads(line) for line in result.stdout.splitlines()]
        assert looped["error"] == f"{tmp_path / 'a.mp4'}: a loop of symbolic links"
        assert done["error"] is None


def test_a_pipe_or_a_dangling_link_in_a_folder_fails_alone_saying_what_it_is(tmp_path, copy):
    """In a folder they were left out in silence (a folder of them was "no video or sound file
    in this folder"), and a dangling link named directly was "no such file": the link is there,
    what is missing is what it points to."""
    import os
    cli = Cli(tmp_path / "ws")
    folder = tmp_path / "uploads"
    folder.mkdir()
    os.mkfifo(folder / "a.mp4")
    (folder / "b.mp4").symlink_to(tmp_path / "gone" / "b.mp4")
    (folder / "c.mp4").write_bytes(copy.read_bytes())
    (folder / "d.mp4").mkdir()                              # a folder named so is recursed
    for command in (["originals", "add"], ["scan"]):
        result = cli(*command, folder, "--json", ok=False)
        assert result.exit_code == 1, result.output         # the copy among them is done
        records = [json.loads(line) for line in result.stdout.splitlines()]
        assert [record["error"] for record in records] == [
            f"{folder / 'a.mp4'}: not a regular file (a pipe)",
            f"{folder / 'b.mp4'}: a symbolic link to '{tmp_path / 'gone' / 'b.mp4'}', where "
            f"there is no file", None]
        (alone,) = cli.json(*command, folder / "b.mp4", ok=False)
        assert alone["error"] == records[1]["error"]


class _CountingConnection:
    """A DBAPI connection that counts the statements its cursors run."""

    def __init__(self, connection):
        self.connection, self.statements = connection, []

    def cursor(self):
        cursor, statements = self.connection.cursor(), self.statements

        class Counting:
            def execute(self, statement, parameters=()):
                statements.append((statement, parameters))
                return cursor.execute(statement, parameters)

            def __getattr__(self, name):
                return getattr(cursor, name)
        return Counting()


def test_an_upload_s_row_is_read_once_to_name_and_to_check_it(tmp_path):
    """The derived id's row was read twice: to derive the id, then to check its uploader."""
    from dataclasses import replace
    from datetime import datetime, timezone

    from origin.jobs.scan import upload_row

    digest = hashlib.sha256(b"a clip").hexdigest()
    by_bytes = "u-" + digest[:16]
    workspace = Workspace(tmp_path / "ws")
    with workspace.sql() as sql:
        sql.insert("uploads", ("id", "sha256", "path", "uploader", "scanned_at"),
                   [(by_bytes, digest, "/clip.mp4", "alice",
                     sql.timestamp(datetime.now(timezone.utc)))])
        counting = _CountingConnection(sql.connection)
        sql = replace(sql, connection=counting)
        for upload_id, uploader, expected, reads in [
                (None, "alice", (by_bytes, ("alice", digest, None)), 1),   # this uploader's
                (None, None, (by_bytes, ("alice", digest, None)), 1),
                ("p-1", "bob", ("p-1", None), 1),               # the platform's id
        ]:
            counting.statements.clear()
            assert upload_row(sql, digest, upload_id, uploader) == expected
            assert len(counting.statements) == reads
        counting.statements.clear()
        other, stored = upload_row(sql, digest, None, "bob")  # the same bytes, another account
        assert other != by_bytes and stored is None
        assert len({parameters for _, parameters in counting.statements}) == 2 == \
            len(counting.statements)


def test_an_upload_never_takes_another_time(declared, copy):
    """A rescan of upload v-1 claiming it was uploaded in 2020, years before the original it
    copies, rewrote the upload's time: the rescan printed ``review (first_publisher_flip)``
    with exposure 1.0 beside the ticket that still took the upload down, so a pipeline applying
    the printed decision put the copy back. An upload's time, like its account and its bytes,
    never changes once stored; a rescan with the same time, or none, joins the ticket."""
    first = scan(declared, copy, "--upload-id", "v-1", "--uploader", "alice")
    assert first["matches"][0]["decision"] == "takedown"
    moved = declared("scan", copy, "--upload-id", "v-1", "--uploader", "alice",
                     "--uploaded-at", "2020-01-01T00:00:00Z", ok=False)
    assert moved.exit_code == 2, moved.output
    assert moved.stderr == (f"origin: error: {copy}: upload v-1 was uploaded at "
                            f"2025-03-03T01:00:00+00:00, not 2020-01-01T00:00:00+00:00: an "
                            f"upload's time never changes\n")
    for options in (("--uploaded-at", "2025-03-03T09:00:00+08:00"), ()):
        (again,) = declared.json("scan", copy, "--upload-id", "v-1", "--uploader", "alice",
                                 *options)
        assert (again["matches"][0]["decision"], again["matches"][0]["ticket"]) == (
            "takedown", first["matches"][0]["ticket"])
    with Workspace(declared.workspace).session() as session:
        assert session.get(Upload, "v-1").uploaded_at.replace(tzinfo=None).isoformat() \
            == "2025-03-03T01:00:00"
