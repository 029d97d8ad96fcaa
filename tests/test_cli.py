"""The CLI as a batch job runs it: JSON lines, per-input errors, exit status."""
import functools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from origin import synthetic_audio
from origin.cli import COMMAND_MODULES, load_commands, main


def made(folder: Path) -> Path:
    """An empty workspace at ``folder``: commands other than those that register or configure
    refuse a folder that is not one."""
    from origin.workspace import Workspace

    Workspace(folder).close()
    return folder


def test_add_and_scan_json_lines(tmp_path, media):
    runner = CliRunner()
    workspace = str(tmp_path / "ws")
    added = runner.invoke(main, ["-w", workspace, "originals", "add", str(media["original_a"]),
                                 "--owner", "alice", "--published-at", "2026-01-02T03:04:05Z",
                                 "--json"])
    assert added.exit_code == 0, added.output
    record = json.loads(added.output.splitlines()[0])
    assert record["status"] == "added" and record["id"].startswith("o-")

    missing = tmp_path / "missing.mp4"
    scanned = runner.invoke(main, ["-w", workspace, "scan", str(media["original_a"]),
                                   str(media["unrelated"]), str(missing), "--json"])
    assert scanned.exit_code == 1, scanned.output         # some failed, the others scanned
    copy, unrelated, broken = [json.loads(line) for line in scanned.output.splitlines()]
    match = copy["matches"][0]
    assert match["original"] == record["id"] and match["owner"] == "alice"
    assert match["published_at"].startswith("2026-01-02T03:04:05")
    assert 0.9 <= match["score"] <= 1 and match["coverage_upload"] > 0.9
    assert set(match["segments"][0]) == {"upload_start", "upload_end", "original_start",
                                         "original_end"}
    assert unrelated["matches"] == [] and unrelated["error"] is None
    assert broken["error"] == f"{missing}: no such file"


@pytest.mark.parametrize("command", [["scan"], ["originals", "add"]])
def test_exit_status_is_0_all_done_1_some_failed_2_none_done(tmp_path, command):
    """As the README promises for batch commands (it was 1 when every file failed, else 0)."""
    song = synthetic_audio.write_audio(tmp_path / "song.wav", synthetic_audio.melody(2, 4))
    nope = str(tmp_path / "nope.mp4")

    def run(*paths):
        return CliRunner().invoke(main, ["-w", str(tmp_path / "ws"), *command, *map(str, paths)])

    made(tmp_path / "ws")
    assert run(song).exit_code == 0
    assert run(song).exit_code == 0                   # again: registered bytes count as done
    some = run(song, nope)
    assert some.exit_code == 1 and "nope.mp4: no such file" in some.output
    none = run(nope, nope + "2")
    assert none.exit_code == 2 and none.output.count("no such file") == 2


@pytest.mark.parametrize("command", [["scan"], ["originals", "add", "--owner", "a"]])
def test_an_empty_path_is_refused_not_read_as_the_current_folder(tmp_path, monkeypatch, command):
    """``originals add "$DIR"`` with DIR unset registered every file under the current folder."""
    synthetic_audio.write_audio(tmp_path / "song.wav", synthetic_audio.melody(2, 4))
    monkeypatch.chdir(tmp_path)
    made(tmp_path / "ws")
    result = CliRunner().invoke(main, ["-w", "ws", *command, ""])
    assert result.exit_code == 2, result.output
    assert "'': an empty path names no file" in result.output and "song.wav" not in result.output
    assert CliRunner().invoke(main, ["-w", "ws", *command, "", "song.wav"]).exit_code == 1


@pytest.mark.parametrize("command", [["scan"], ["originals", "add", "--owner", "a"]])
def test_a_video_named_dash_says_standard_input_is_for_intake_files(tmp_path, monkeypatch,
                                                                      command):
    """Stop 41: ``origin scan - < up.mp4`` said only "-: no such file", though '-' reads standard
    input for every intake file; a file really named '-' is still read."""
    monkeypatch.chdir(tmp_path)
    made(tmp_path / "ws")
    result = CliRunner().invoke(main, ["-w", "ws", *command, "-"], input=b"not read")
    assert result.exit_code == 2, result.output
    assert "-: no such file (standard input is read for intake files only" in result.output
    synthetic_audio.write_audio(tmp_path / "song.wav", synthetic_audio.melody(2, 4))
    (tmp_path / "song.wav").rename(tmp_path / "-")
    named = CliRunner().invoke(main, ["-w", "ws", *command, "-"])
    assert named.exit_code == 0 and "standard input" not in named.output, named.output


def test_bad_date_is_a_usage_error(tmp_path, media):
    result = CliRunner().invoke(main, ["-w", str(tmp_path / "ws"), "originals", "add",
                                       str(media["original_a"]), "--published-at", "yesterday"])
    assert result.exit_code == 2 and "not an ISO 8601 date-time" in result.output


@pytest.mark.parametrize("option, value, reason", [
    ("--uploaded-at", "0001-01-01T00:00:00+01:00", "out of range in UTC"),   # was a traceback
    ("--uploaded-at", "9999-12-31T23:59:59-14:00", "out of range in UTC"),
    ("--published-at", "1900-01-01", "is before 1970-01-01"),   # would predate every upload
])
def test_dates_out_of_range_are_usage_errors(tmp_path, media, option, value, reason):
    command = "scan" if option == "--uploaded-at" else "originals add"
    result = CliRunner().invoke(main, ["-w", str(tmp_path / "ws"), *command.split(),
                                       str(media["original_a"]), option, value])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), result.output
    assert reason in result.output and option in result.output


def _one_line_failure(result, *fragments: str) -> None:
    """A clean failure: non-zero exit, no traceback, one line naming the input."""
    assert result.exit_code != 0 and isinstance(result.exception, SystemExit), result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    assert all(fragment in lines[0] for fragment in fragments), lines[0]


@pytest.mark.parametrize("environment, options, fragments", [
    ({"ORIGIN_NOW": "garbage"}, [], ["ORIGIN_NOW", "'garbage'"]),
    ({"ORIGIN_NOW": "0001-01-01T00:00:00+01:00"}, [], ["ORIGIN_NOW", "out of range"]),
    ({}, ["--db", "notadb://x"], ["notadb://x", "unknown database kind 'notadb'"]),
    ({}, ["--db", "not a url"], ["not a url", "not a database URL"]),
    ({}, ["--db", "sqlite:////nonexistent/dir/x.db"], ["sqlite:////nonexistent/dir/x.db",
                                                        "cannot open the database"]),
    # a port that is not a number was SQLAlchemy's ValueError: a traceback; the password
    # stays hidden though the URL does not parse
    ({}, ["--db", "postgresql+psycopg://u:p@ss@h:abc/db"],
     ["postgresql+psycopg://u:***@h:abc/db", "the port must be a number"]),
    ({}, ["--db", "postgresql+psycopg://u@[::1/db"], ["u@[::1/db", "HOST:PORT does not read"]),
    ({"ORIGIN_NOW": "2020\x01"}, [], ["ORIGIN_NOW", "'2020\\x01'"]),   # escaped once, not twice
    # a byte that is not UTF-8 (Python hands it over as a lone surrogate) in a database path
    ({}, ["--db", "sqlite:////tmp/x\udcff.db"], ["sqlite:////tmp/x\\xff.db", "not valid UTF-8"]),
    # in memory: "originals add" said added, exit 0, and the next command saw nothing
    ({}, ["--db", "sqlite://"], ["sqlite://", "an in-memory database keeps nothing"]),
    ({}, ["--db", "sqlite:///:memory:"], ["sqlite:///:memory:", "in-memory"]),
    # a value from the environment names its variable: the user looked for it among the
    # arguments (stop 30)
    ({"ORIGIN_DB": "sqlite+pysqlite://"}, [],
     ["sqlite+pysqlite:// (ORIGIN_DB, set in the environment)", "in-memory"]),
    ({"ORIGIN_DB": "not a url"}, [],
     ["not a url (ORIGIN_DB, set in the environment)", "not a database URL"]),
    ({"ORIGIN_DB": "not a url"}, ["--db", "notadb://x"], ["notadb://x: unknown database kind"]),
])
def test_global_settings_fail_in_one_line_naming_the_input(tmp_path, environment, options,
                                                           fragments):
    # a command that may make the workspace: the setting is what fails, not a missing folder
    result = CliRunner().invoke(main, ["-w", str(tmp_path / "ws"), *options, "complaints",
                                       "submit", str(tmp_path / "c.jsonl")], env=environment)
    _one_line_failure(result, *fragments)


def test_workspace_that_cannot_be_made_is_named(tmp_path):
    (tmp_path / "file").write_text("x")
    result = CliRunner().invoke(main, ["-w", str(tmp_path / "file" / "ws"), "brands", "add",
                                       "--owner", "o", "--mark", "mm"])
    _one_line_failure(result, str(tmp_path / "file"), "workspace unusable")


def test_workspace_named_with_a_byte_that_is_not_utf8_is_named(tmp_path):
    result = CliRunner().invoke(main, ["-w", str(tmp_path / "ws\udcff"), "brands", "add",
                                       "--owner", "o", "--mark", "mm"])
    _one_line_failure(result, "ws\\xff", "not valid UTF-8")


def test_a_missing_driver_hints_at_postgresql_only_for_postgresql(tmp_path):
    pytest.importorskip("sqlalchemy")
    try:
        import MySQLdb  # noqa: F401
        pytest.skip("MySQLdb is installed here")
    except ImportError:
        pass
    result = CliRunner().invoke(main, ["-w", str(made(tmp_path / "ws")), "--db",
                                       "mysql://u@h/x", "tickets", "list"])
    _one_line_failure(result, "its driver MySQLdb is not installed")
    assert "PostgreSQL" not in result.output


# Every command taking an id or a name: a byte that is not UTF-8 in it is refused up front in
# one line naming the argument (it reached the database as a lone surrogate: a traceback).
@pytest.mark.parametrize("arguments, name", [
    (["tickets", "show", "t-\udcff"], "TICKET_ID"),
    (["tickets", "advance", "t-1", "withdrawn", "--by", "me", "--why", "x\udcff"], "--why"),
    (["keys", "revoke", "k\udcff"], "KEY_ID"),
    (["accounts", "show", "a\udcff"], "ACCOUNT_ID"),
    (["accounts", "explain", "a\udcff"], "ACCOUNT_ID"),
    (["brands", "hits", "a\udcff"], "ACCOUNT"),
    (["brands", "add", "--owner", "o\udcff", "--mark", "m"], "--owner"),
    (["scan", "x.mp4", "--uploader", "u\udcff"], "--uploader"),
    (["originals", "add", "x.mp4", "--owner", "o\udcff"], "--owner"),
])
def test_text_arguments_that_are_not_utf8_are_refused_in_one_line(tmp_path, arguments, name):
    result = CliRunner().invoke(main, ["-w", str(tmp_path / "ws"), *arguments])
    _one_line_failure(result, name, "\\xff", "not valid UTF-8")
    assert result.exit_code == 2


def test_version():
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("origin, version ")


def _leaf_commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            yield from _leaf_commands(command, prefix + (name,))
        else:
            yield " ".join(prefix + (name,)), command


PRINTS_NO_RECORDS = {"brands import",     # a summary line and its refused rows only
                     "serve"}              # runs the HTTP service


def test_every_command_that_prints_records_has_the_same_json_flag():
    load_commands()
    flags = {}
    for name, command in _leaf_commands(main):
        if name in PRINTS_NO_RECORDS:
            continue
        (option,) = [p for p in command.params if "--json" in getattr(p, "opts", ())] or [None]
        assert option is not None, f"{name} has no --json"
        flags[name] = (option.name, option.is_flag, option.help)
    assert len(set(flags.values())) == 1, flags
    assert len(flags) >= 25


def test_text_output_escapes_newlines_in_file_names(tmp_path, media):
    odd = tmp_path / "two\nlines.mp4"
    shutil.copy(media["original_a"], odd)
    runner = CliRunner()
    workspace = str(tmp_path / "ws")
    added = runner.invoke(main, ["-w", workspace, "originals", "add", str(odd)])
    assert added.exit_code == 0 and added.output.count("\n") == 1
    assert "two\\nlines.mp4" in added.output
    listed = runner.invoke(main, ["-w", workspace, "originals", "list"])
    assert listed.output.count("\n") == 1 and "two\\nlines.mp4" in listed.output
    missing = runner.invoke(main, ["-w", workspace, "scan", str(tmp_path / "no\nsuch.mp4")])
    assert missing.output.count("\n") == 1 and "no\\nsuch.mp4: no such file" in missing.output


def test_demo_summary_counts_copies_found_and_unrelated_matched():
    from origin.demo import DemoUpload, Summary
    from origin.records import ScanResult
    from tests.enforcement.conftest import match

    summary = Summary()
    found = ScanResult("a.mp4", "u-1", 10.0, [match("o-1", "creator-a")],
                       actions=[{"decision": "takedown", "ticket": "t-1"}])
    missed = ScanResult("b.mp4", "u-2", 10.0, [match("o-2", "creator-b")],
                        actions=[{"decision": "review", "ticket": "t-2"}])
    summary.add(DemoUpload(Path("a.mp4"), "copy", "creator-a"), found)
    summary.add(DemoUpload(Path("b.mp4"), "copy", "creator-a"), missed)
    summary.add(DemoUpload(Path("c.mp4"), "unrelated"), ScanResult("c.mp4", "u-3", 10.0, []))
    assert summary.line() == ("summary: 3 originals registered; 1 of 2 copies found, 0 of 1 "
                              "unrelated uploads matched; 2 tickets")


@pytest.mark.parametrize("command", [["brands", "import"], ["brands", "scan"],
                                     ["complaints", "submit"], ["accounts", "import"]])
def test_an_intake_file_that_cannot_be_read_exits_2_nothing_done(tmp_path, command):
    result = CliRunner().invoke(main, ["-w", str(made(tmp_path / "ws")), *command,
                                       str(tmp_path / "nope.jsonl")])
    _one_line_failure(result, "nope.jsonl", "cannot open")
    assert result.exit_code == 2


@pytest.mark.parametrize("command, name", [
    (["brands", "import", ""], "'FILE'"), (["brands", "scan", ""], "'FILE'"),
    (["complaints", "submit", ""], "'FILE'"), (["accounts", "import", ""], "'FILE'"),
    (["brands", "scan", "r.jsonl", "--rules", ""], "'--rules'"),
    (["scan", "--manifest", ""], "'--manifest'"),
    (["originals", "add", "--manifest", ""], "'--manifest'"),
    (["tickets", "evidence", "t-1", "--out", ""], "'--out'")])
def test_an_empty_file_or_folder_name_is_a_usage_error(tmp_path, monkeypatch, command, name):
    """``brands scan "$FILE"`` with FILE unset named the current folder ('.: cannot open: Is a
    directory'), and ``tickets evidence --out ''`` wrote into it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.jsonl").write_text("")
    result = CliRunner().invoke(main, ["-w", str(made(tmp_path / "ws")), *command])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), result.output
    assert f"Error: Invalid value for {name}: an empty path names no file" in result.output


@pytest.mark.parametrize("command", [["brands", "import"], ["brands", "scan"],
                                     ["complaints", "submit"], ["accounts", "import"],
                                     ["scan", "--manifest"], ["originals", "add", "--manifest"]])
@pytest.mark.parametrize("name, encoding", [("rows.jsonl", "utf-16-le"), ("rows.csv", "utf-32-be")])
def test_a_utf16_intake_file_is_refused_whole(tmp_path, command, name, encoding):
    """PowerShell's ``>`` writes UTF-16: each line was refused alone, the first as invalid
    UTF-8 and the rest as "not valid JSON" (a CSV's as garbled rows)."""
    source = tmp_path / name
    text = '{"id": "r1", "account": "a1", "title": "x"}\n' if name.endswith("jsonl") else \
        "id,account,title\nr1,a1,x\n"
    source.write_bytes(("\ufeff" + text).encode(encoding))
    result = CliRunner().invoke(main, ["-w", str(made(tmp_path / "ws")), *command, str(source)])
    _one_line_failure(result, f"{source}: UTF-16 or UTF-32 text", "save the file as UTF-8")
    assert result.exit_code == 2


@pytest.mark.parametrize("command", [["brands", "import"], ["brands", "scan"]])
def test_brand_intake_errors_name_the_file_and_line(tmp_path, command):
    source = tmp_path / "rows.jsonl"
    source.write_text('[1, 2]\n{"a": \n', encoding="utf-8")
    result = CliRunner().invoke(main, ["-w", str(made(tmp_path / "ws")), *command,
                                       str(source)])
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors[:2] == [f"error: {source} line 1: expected a JSON object, got a list",
                          f"error: {source} line 2: not valid JSON: Expecting value at "
                          f"character 7"], result.stderr
    assert result.exit_code == 2


@pytest.mark.parametrize("command", [["scan"], ["originals", "add"]])
def test_a_folder_without_media_is_named_not_silently_done(tmp_path, command):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.txt").write_text("no video here")
    result = CliRunner().invoke(main, ["-w", str(made(tmp_path / "ws")), *command,
                                       str(tmp_path / "empty")])
    assert result.exit_code == 2, result.output
    assert result.output.strip() == (f"origin: error: {tmp_path / 'empty'}: no video or sound "
                                     f"file in this folder")


@pytest.mark.parametrize("command, key", [(["scan"], "upload"), (["originals", "add"], "path")])
def test_a_folder_without_media_has_its_json_record_beside_the_files_done(tmp_path, command,
                                                                          key):
    """Stop 41 left it: with --json the folder's error went to stderr only, while every other
    failed input has its record on stdout, so a batch runner reading stdout never saw it."""
    (tmp_path / "empty").mkdir()
    song = synthetic_audio.write_audio(tmp_path / "song.wav", synthetic_audio.melody(2, 4))
    result = CliRunner().invoke(main, ["-w", str(made(tmp_path / "ws")), *command, "--json",
                                       str(tmp_path / "empty"), str(song)])
    assert result.exit_code == 1, result.output
    folder, done = [json.loads(line) for line in result.stdout.splitlines()]
    assert folder[key] == str(tmp_path / "empty") and folder["error"] == (
        f"{tmp_path / 'empty'}: no video or sound file in this folder")
    assert done[key] == str(song) and done["error"] is None
    assert result.stderr == ""


@pytest.mark.parametrize("command", [["scan"], ["originals", "add"]])
def test_a_name_too_long_for_the_file_system_fails_alone_in_one_line(tmp_path, command):
    """Stop 43's new user: a file name over 255 bytes, or a path over 4 096, given as PATH was a
    traceback (OSError: File name too long, from pathlib's is_dir), and nothing else ran."""
    song = synthetic_audio.write_audio(tmp_path / "song.wav", synthetic_audio.melody(2, 4))
    long_name, deep = "b" * 300 + ".mp4", "a/" * 2100 + "x.mp4"
    result = CliRunner().invoke(main, ["-w", str(made(tmp_path / "ws")), *command, long_name,
                                       deep, str(song), "--json"])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    failed, deeper, done = [json.loads(line) for line in result.stdout.splitlines()]
    reason = "name too long for the file system"
    assert failed["error"] == f"{long_name}: {reason} (304 bytes)"
    assert deeper["error"] == f"{deep}: {reason} (4205 bytes)"
    assert done["error"] is None


def _filed_notice(tmp_path):
    """A workspace whose matched upload one notice of "label" was filed against, by the CLI:
    (runner, env, workspace options, the filing's JSON)."""
    from origin.workspace import Workspace
    from tests.enforcement.conftest import Catalogue, later, match

    workspace = Workspace(tmp_path / "ws")
    catalogue = Catalogue(workspace)
    catalogue.original("o-song", "label")
    catalogue.scanned("u-matched", "copier", later(1), match("o-song", "label"))
    workspace.engine.dispose()
    notice = tmp_path / "notice.jsonl"
    notice.write_text(json.dumps({
        "claimant": "label", "contact": {"email": "a@label.example"}, "work": "o-song",
        "uploads": ["u-matched"], "evidence": [{"text": "reg"}], "good_faith": True,
        "accurate": True}) + "\n", encoding="utf-8")
    runner, env = CliRunner(), {"ORIGIN_NOW": later(2).isoformat()}
    ws = ["-w", str(tmp_path / "ws")]
    filed = json.loads(runner.invoke(main, [*ws, "complaints", "submit", "--json", str(notice)],
                                     env=env).stdout)
    return runner, env, ws, filed


def test_evidence_into_a_folder_that_cannot_be_made_is_one_line(tmp_path):
    runner, env, ws, filed = _filed_notice(tmp_path)
    (ticket,) = filed["tickets"]
    (tmp_path / "file").write_text("x")
    result = runner.invoke(main, [*ws, "tickets", "evidence", ticket,
                                  "--out", str(tmp_path / "file" / "out")], env=env)
    _one_line_failure(result, str(tmp_path / "file"), "evidence not written")
    # a device passes click's "not a file" check; mkdir then said only "File exists"
    result = runner.invoke(main, [*ws, "tickets", "evidence", ticket, "--out", os.devnull],
                           env=env)
    _one_line_failure(result, os.devnull, "evidence not written: not a folder")


def test_complaints_withdraw_lifts_the_measure_and_refuses_a_second_time(tmp_path):
    """The intake script's way to take a notice back, as the API's rights holder does."""
    from origin.service.schemas import MAX_WHY
    runner, env, ws, filed = _filed_notice(tmp_path)
    withdraw = [*ws, "complaints", "withdraw", filed["complaint"], "--by", "label legal",
                "--why", "licence signed"]
    # a reason the API would refuse (over its MAX_WHY) was stored from here and filled every
    # `tickets show`: now a usage error, the notice still in force
    huge = runner.invoke(main, [*withdraw[:-1], "y" * (MAX_WHY + 1)], env=env)
    assert huge.exit_code == 2 and f"a reason of {MAX_WHY + 1} characters, over {MAX_WHY}" \
        in huge.output
    still = json.loads(runner.invoke(main, [*ws, "tickets", "show", filed["tickets"][0],
                                            "--json"], env=env).stdout)
    assert still["state"] != "withdrawn"
    done = runner.invoke(main, [*withdraw, "--json"], env=env)
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout) == {"complaint": filed["complaint"],
                                       "withdrawn": filed["tickets"], "kept": []}
    shown = json.loads(runner.invoke(main, [*ws, "tickets", "show", filed["tickets"][0],
                                            "--json"], env=env).stdout)
    assert shown["state"] == "withdrawn"
    again = runner.invoke(main, withdraw, env=env)
    _one_line_failure(again, filed["complaint"], "was withdrawn at")


# Every command-line step on tickets and complaints that ``serve`` also takes (advance, sweep,
# confirm, a filing, a withdrawal): ``serve`` holds only the records lock, and a command holding only
# the writer lock could read a ticket's state while ``serve`` moved it, and both wrote.
@pytest.mark.parametrize("command", [
    lambda filed: ["complaints", "withdraw", filed["complaint"], "--by", "label", "--why",
                   "licence signed"],
    lambda filed: ["tickets", "advance", filed["tickets"][0], "counter_notice_received",
                   "--by", "uploader", "--why", "I filmed it"],
    lambda filed: ["tickets", "confirm", filed["tickets"][0], "--by", "reviewer"],
    lambda filed: ["tickets", "sweep"],
    lambda filed: ["complaints", "submit", "NOTICE"],
], ids=["withdraw", "advance", "confirm", "sweep", "submit"])
def test_record_steps_wait_for_the_records_lock_serve_holds(tmp_path, command):
    import threading
    import time

    from filelock import FileLock

    runner, env, ws, filed = _filed_notice(tmp_path)
    arguments = [str(tmp_path / "notice.jsonl") if part == "NOTICE" else part
                 for part in command(filed)]
    results = []
    held = FileLock(str(tmp_path / "ws" / ".records.lock"))
    with held:
        worker = threading.Thread(target=lambda: results.append(
            runner.invoke(main, [*ws, *arguments], env=env)))
        worker.start()
        time.sleep(1.0)
        assert worker.is_alive() and not results           # waiting for the records lock
    worker.join(30)
    assert results and results[0].exit_code == 0, results and results[0].output


def test_a_records_lock_timeout_is_one_line_naming_the_workspace(tmp_path, monkeypatch):
    """The records lock ``serve`` holds was a bare filelock: its timeout said "The file lock
    '.../.records.lock' could not be acquired." and nothing of the workspace or who held it."""
    from filelock import FileLock

    from origin.workspace import Workspace

    runner, env, ws, filed = _filed_notice(tmp_path)
    opened = Workspace.__init__

    def impatient(self, *args, **kwargs):
        opened(self, *args, **kwargs)
        self.lock_timeout = 0.3

    monkeypatch.setattr(Workspace, "__init__", impatient)
    with FileLock(str(tmp_path / "ws" / ".records.lock")):
        result = runner.invoke(main, [*ws, "tickets", "advance", filed["tickets"][0],
                                      "counter_notice_received", "--by", "uploader", "--why",
                                      "I filmed it"], env=env)
    _one_line_failure(result, str(tmp_path / "ws"), "holds the records lock", "waited 0.3 s")
    shown = runner.invoke(main, [*ws, "tickets", "show",
                                 filed["tickets"][0], "--json"], env=env)
    assert json.loads(shown.output)["state"] != "counter_notice_received"


# What a manifest row may not hold, the same option on the command line may not either: an
# owner or uploader over 200 characters was stored (and on PostgreSQL, whose column holds 200,
# ended in a traceback), a control character was kept, and a date years ahead was taken (an
# original "published" in 2099 predates nothing: every upload would flip roles with it).
@pytest.mark.parametrize("arguments, fragments", [
    (["originals", "add", "x.mp4", "--owner", "o" * 201], ["--owner", "over the 200 limit"]),
    (["originals", "add", "x.mp4", "--owner", "a\tb"], ["--owner", "'a\\tb' holds control"]),
    (["originals", "add", "x.mp4", "--title", "t" * 1001], ["--title", "over the 1000 limit"]),
    (["originals", "add", "x.mp4", "--published-at", "2099-01-01"],
     ["--published-at", "is in the future"]),
    (["scan", "x.mp4", "--uploader", "u" * 201], ["--uploader", "over the 200 limit"]),
    (["scan", "x.mp4", "--uploader", "a\nb"], ["--uploader", "control characters"]),
    (["scan", "x.mp4", "--uploaded-at", "2099-01-01"], ["--uploaded-at", "is in the future"]),
])
def test_options_are_refused_as_their_manifest_columns_are(tmp_path, arguments, fragments):
    result = CliRunner().invoke(main, ["-w", str(tmp_path / "ws"), *arguments])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), result.output
    assert all(fragment in result.output for fragment in fragments), result.output
    assert not (tmp_path / "ws").exists()             # refused before anything was opened


def test_options_within_the_limits_are_taken(tmp_path, media):
    result = CliRunner().invoke(main, [
        "-w", str(tmp_path / "ws"), "originals", "add", str(media["original_a"]),
        "--owner", "o" * 200, "--title", "t" * 1000, "--published-at", "2024-01-01", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["status"] == "added"


# Who takes a step is kept in the audit's 200-character actor column (and a declaration's
# decided_by): 201 characters were a traceback on PostgreSQL, stored on SQLite.
@pytest.mark.parametrize("arguments", [
    ["tickets", "advance", "t-1", "withdrawn", "--why", "x", "--by"],
    ["tickets", "confirm", "t-1", "--by"],
    ["originals", "declare", "o-1", "--by"],
    ["originals", "review", "o-1", "--approve", "--by"],
    ["originals", "revoke", "o-1", "--why", "x", "--by"],
    ["accounts", "link", "a", "b", "--type", "device", "--by"],
])
def test_who_acts_is_a_name_of_at_most_200_printable_characters(tmp_path, arguments):
    for name, reason in (("b" * 201, "201 characters, over the 200 limit"),
                         ("a\nb", "'a\\nb' holds control characters")):
        result = CliRunner().invoke(main, ["-w", str(tmp_path / "ws"), *arguments, name])
        assert result.exit_code == 2 and isinstance(result.exception, SystemExit), result.output
        assert "--by" in result.output and reason in result.output, result.output


@pytest.mark.parametrize("command", [["scan", "--json"], ["originals", "add", "--json"]])
def test_a_file_that_fails_is_named_as_given_not_by_its_absolute_path(tmp_path, monkeypatch,
                                                                      command):
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "text.mp3").write_text("not a sound file")
    monkeypatch.chdir(tmp_path)
    made(tmp_path / "ws")
    result = CliRunner().invoke(main, ["-w", "ws", *command, "media/text.mp3"])
    [record] = [json.loads(line) for line in result.output.splitlines()]
    assert record["error"].startswith("media/text.mp3: not a readable"), record


def test_commands_load_with_their_module_and_help_lists_them_all():
    program = ("import json, sys\n"
               "from click.testing import CliRunner\n"
               "from origin.cli import main\n"
               "runner = CliRunner()\n"
               "out = {'add': runner.invoke(main, ['originals', 'add', '--help']).output}\n"
               "out['after_add'] = sorted(m for m in sys.modules if m.startswith('origin.'))\n"
               "out['declare'] = runner.invoke(main, ['originals', 'declare', '--help']).output\n"
               "out['confirm'] = runner.invoke(main, ['tickets', 'confirm', '--help']).output\n"
               "out['help'] = runner.invoke(main, ['--help']).output\n"
               "print(json.dumps(out))\n")
    output = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                            check=True).stdout
    out = json.loads(output)
    assert "Fingerprint videos and songs" in out["add"]
    loaded = set(out["after_add"])
    assert "origin.cli.matching" in loaded
    assert not loaded & {"origin.cli.enforcement", "origin.enforcement", "origin.accounts",
                         "origin.brands", "origin.service", "origin.cli.accounts"}
    assert "Usage: main originals declare" in out["declare"]     # enforcement adds it
    assert "Usage: main tickets confirm" in out["confirm"]       # accounts adds it
    listed = {line.split()[0] for line in out["help"].split("Commands:")[1].splitlines()
              if line.startswith("  ")}
    assert listed == set(COMMAND_MODULES)
    load_commands()
    assert set(main.commands) == set(COMMAND_MODULES)


@pytest.mark.parametrize("width", [40, 80, 200])
def test_main_help_lists_the_commands_own_help_without_importing_them(width):
    """``origin --help`` imported every command module (0.66 s CPU at load ~20) to list the
    first line of each command's help; it reads SUMMARIES, which must say what they say."""
    program = ("import sys\n"
               "from click.testing import CliRunner\n"
               "from origin.cli import main\n"
               f"print(CliRunner().invoke(main, ['--help'], terminal_width={width}).output)\n"
               "print(sorted(m for m in sys.modules if m.startswith('origin.cli.')))\n")
    output = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                            check=True).stdout
    shown, loaded = output.rstrip("\n").rsplit("\n", 1)
    assert loaded == "[]"
    load_commands()
    with click.Context(main, terminal_width=width) as ctx:
        formatter = ctx.make_formatter()
        click.Group.format_commands(main, ctx, formatter)        # from the commands themselves
    assert formatter.getvalue() in shown + "\n" and "Commands:" in formatter.getvalue()


def test_main_help_names_every_command_that_reads_a_file_of_rows():
    """Its list of the commands exiting 0/1/2 by rows left out brands scan."""
    load_commands()
    said = " ".join(CliRunner().invoke(main, ["--help"]).output.split())
    readers = [f"{group.name} {name}" for group in main.commands.values()
               if isinstance(group, click.Group)
               for name, command in group.commands.items()
               if getattr(command.callback, "reads_rows", False)]
    assert len(readers) >= 4
    for command in readers:
        assert f" {command}," in said or f" {command} " in said, command

@pytest.mark.parametrize("command", [["scan"], ["originals", "add"]])
def test_workers_with_a_scheduler_name_where_the_scheduler_came_from(tmp_path, command):
    song = synthetic_audio.write_audio(tmp_path / "song.wav", synthetic_audio.melody(1, 3))
    run = ["-w", str(tmp_path / "ws"), *command, str(song), "--workers", "2"]
    from_env = CliRunner().invoke(main, run, env={"ORIGIN_SCHEDULER": "tcp://127.0.0.1:1"})
    assert from_env.exit_code != 0 and isinstance(from_env.exception, SystemExit)
    assert from_env.output == ("Error: --workers and ORIGIN_SCHEDULER (set in the environment to "
                               "'tcp://127.0.0.1:1') exclude each other: a cluster's size is its "
                               "workers'\n")
    given = CliRunner().invoke(main, [*run, "--scheduler", "local:2"],
                               env={"ORIGIN_SCHEDULER": "tcp://127.0.0.1:1"})
    assert given.output == ("Error: --workers and --scheduler exclude each other: a cluster's "
                            "size is its workers'\n")


@pytest.mark.parametrize("command", [["scan"], ["originals", "add", "--owner", "a"]])
def test_an_empty_scheduler_is_a_usage_error(tmp_path, command):
    """``--scheduler "$SCHEDULER"`` with SCHEDULER unset ran here alone without a word."""
    song = synthetic_audio.write_audio(tmp_path / "song.wav", synthetic_audio.melody(1, 3))
    result = CliRunner().invoke(main, ["-w", str(made(tmp_path / "ws")), *command, str(song),
                                       "--scheduler", ""])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), result.output
    assert "Invalid value for '--scheduler': empty" in result.output
    assert "song.wav" not in result.output


@pytest.mark.parametrize("command", [["scan"], ["originals", "add"]])
def test_a_bad_scheduler_from_the_environment_names_the_variable(tmp_path, command, monkeypatch):
    """``ORIGIN_SCHEDULER=bogus`` said "scheduler 'bogus': expected tcp://HOST:PORT": a user
    looks for a --scheduler never given."""
    from origin.jobs import cluster

    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 1.0)
    song = synthetic_audio.write_audio(tmp_path / "song.wav", synthetic_audio.melody(1, 3))
    CliRunner().invoke(main, ["-w", str(tmp_path / "ws"), "originals", "add", str(song)],
                       env={"ORIGIN_SCHEDULER": ""})
    for address, reason in (("bogus", "expected tcp://HOST:PORT"), ("local:0", "1 to 256"),
                            ("tcp://127.0.0.1:1", "cannot connect")):
        result = CliRunner().invoke(main, ["-w", str(tmp_path / "ws"), *command, str(song)],
                                    env={"ORIGIN_SCHEDULER": address})
        assert result.exit_code == 2, result.output
        assert result.output.startswith("Error: scheduler ") and address in result.output
        assert "(ORIGIN_SCHEDULER, set in the environment)" in result.output, result.output
        assert reason in result.output and result.output.count("\n") == 1, result.output

def test_a_database_refusing_writes_is_one_line_for_a_command_that_writes(tmp_path):
    """A read-only database (here SQLite opened mode=ro; on PostgreSQL a SELECT-only role or
    a standby, SQLSTATE 42501 / 25006) serves the commands that read; one that writes was a
    traceback (``brands add``: "attempt to write a readonly database")."""
    workspace = tmp_path / "ws"
    assert CliRunner().invoke(main, ["-w", str(workspace), "brands", "add", "--owner", "o",
                                     "--mark", "耐克"]).exit_code == 0
    read_only = f"sqlite:///file:{workspace / 'origin.sqlite'}?mode=ro&uri=true"
    listed = CliRunner().invoke(main, ["-w", str(workspace), "--db", read_only, "brands",
                                       "report", "--json"])
    assert listed.exit_code == 0, listed.output
    added = CliRunner().invoke(main, ["-w", str(workspace), "--db", read_only, "brands", "add",
                                      "--owner", "o", "--mark", "阿迪"])
    assert added.exit_code == 1 and isinstance(added.exception, SystemExit), added.output
    assert added.output.startswith("Error: the database refused a write: attempt to write a "
                                   "readonly database (this command writes;"), added.output
    assert added.output.count("\n") == 1

def test_a_read_only_database_at_an_older_schema_says_so(tmp_path):
    """Opening upgrades the schema, which a read-only database (a SELECT-only role, a standby,
    SQLite mode=ro) refuses: "cannot open the database: must be owner of table uploads" did not
    say why it wrote, as the read-only SQLite folder's message does."""
    import sqlite3

    workspace = tmp_path / "ws"
    assert CliRunner().invoke(main, ["-w", str(workspace), "brands", "add", "--owner", "o",
                                     "--mark", "耐克"]).exit_code == 0
    with sqlite3.connect(workspace / "origin.sqlite") as older:      # before migration 0004
        older.execute("UPDATE alembic_version SET version_num = '0003_audio_channel' "
                      "WHERE version_num LIKE '000%'")       # the catalogue chain's head
        older.execute("ALTER TABLE uploads DROP COLUMN music_from_library")
    read_only = f"sqlite:///file:{workspace / 'origin.sqlite'}?mode=ro&uri=true"
    listed = CliRunner().invoke(main, ["-w", str(workspace), "--db", read_only, "brands",
                                       "report"])
    assert listed.exit_code != 0 and isinstance(listed.exception, SystemExit), listed.output
    assert listed.output.endswith(": not at this version's schema, and upgrading it writes "
                                  "(attempt to write a readonly database): run one command as "
                                  "a user that may change the schema\n"), listed.output


@pytest.mark.parametrize("arguments, fragment", [
    (["tickets", "list", "--limit", "99999999999999999999"], "--limit"),    # was a traceback
    (["tickets", "list", "--limit", "0"], "--limit"),
    (["tickets", "report", "--overdue-limit", "-1"], "--overdue-limit"),
    (["penalties", "show", "   "], "a name is required, not a blank"),      # was "credit 100"
    (["penalties", "show", "a\tb"], "holds control characters"),
    (["brands", "add", "--owner", "", "--mark", "yy"], "a name is required"),  # owner '' stored
    (["brands", "add", "--owner", "o", "--mark", "  "], "a mark is required"),  # was exit 1
    (["tickets", "advance", "t-1", "validated", "--why", "x", "--by", ""],    # was a traceback
     "a name is required"),
    (["tickets", "advance", "t-1", "validated", "--why", "  ", "--by", "r"], "a reason is required"),
    (["tickets", "confirm", "t-1", "--by", " "], "a name is required"),
    (["originals", "revoke", "o-1", "--by", "m", "--why", ""], "a reason is required"),
    (["originals", "declare", "o-1", "--by", ""], "a name is required"),
    (["accounts", "link", "a", "b", "--type", "ip", "--by", ""], "a name is required"),
    (["accounts", "link", "a", "b", "--type", "ip", "--strength", "nan"], "within 0.01..1"),  # was
    (["accounts", "link", "a", "b", "--type", "ip", "--strength", "1.5"], "within 0.01..1"),  # exit 1
    (["accounts", "link", "a", "b", "--type", "ip", "--strength", "1e-320"], "within 0.01..1"),
    (["accounts", "link", "a", "b", "--type", "ip", "--strength", "0"], "within 0.01..1"),
    (["scan", "x.mp4", "--min-score", "nan"], "'nan' is not a number within 0..1"),  # was taken:
    (["scan", "x.mp4", "--min-score", "NaN"], "not a number within 0..1"),  # a demote -> review
    (["accounts", "show", ""], "a name is required"),      # listed every ticket as its own
    (["accounts", "explain", " "], "a name is required"),
    (["tickets", "list", "--accused", ""], "a name is required"),     # was every ticket
    (["tickets", "list", "--claimant", ""], "a name is required"),
    (["accounts", "show", "a", "--graph", "--depth", "99999999999999999999"], "--depth"),  # was
    (["accounts", "show", "a", "--graph", "--depth", "-3"], "--depth"),   # a traceback; -3 ran
    (["keys", "add", "--role", "rights_holder"], "needs --claimant"),     # were exit 1
    (["keys", "add", "--role", "reviewer", "--name", ""], "name must be 1-200"),
    (["keys", "add", "--role", "scanner", "--claimant", "x"], "only rights_holder keys"),
    (["music", "license", "--owner", "label"], "exactly one of --to"),    # was exit 1, as were
    (["music", "license", "--owner", "l", "--to", "a", "--platform-library"], "exactly one"),
    (["brands", "add", "--owner", "o", "--mark", "m"], "one-character mark"),   # was exit 1
    (["brands", "add", "--owner", "o", "--mark", "耐克", "--alias", ""], "a blank alias"),  # was
    (["brands", "add", "--owner", "o", "--mark", "耐克", "--authorized", " "],  # stored as a
     "a blank authorised account"),                                          # term of nothing
    (["brands", "add", "--owner", "o", "--mark", "耐克", "--alias", "nike\x01"],  # stored: an
     "the alias 'nike\\x01' holds control characters"),                    # alias never seen
    (["brands", "add", "--owner", "o", "--mark", "耐\t克"], "the mark holds control characters"),
    # stored until stop 34, each a brand or a term the guard makes no pattern of: "é" typed with
    # a combining accent reads as "e"; a lone accent, "..." read as nothing
    (["brands", "add", "--owner", "o", "--mark", "e\u0301"], "a one-character mark would match"),
    (["brands", "add", "--owner", "o", "--mark", "耐克", "--alias", "\u0301"],
     "the alias '\u0301' is read as nothing (zero-width, format and combining characters"),
    (["brands", "add", "--owner", "o", "--mark", "耐克", "--context-word", "..."],
     "the context word '...' is read as nothing"),
    (["brands", "add", "--owner", "o", "--mark", "k" * 201],       # stored; over the column's
     "the mark has 201 characters, over the 200 limit"),           # 200: PostgreSQL refused
    (["brands", "add", "--owner", "o", "--mark", "耐克", "--knockoff", "k" * 201],
     "the knock-off '" + "k" * 60 + "...' has 201 characters, over the 200 limit"),
    (["brands", "add", "--owner", "o", "--mark", "耐克", "--authorized", "shop\u202e"],  # no
     "the authorised account 'shop\\u202e' holds control characters"),  # record's account can
    (["brands", "add", "--owner", "o", "--mark", "ni\u200bke"], "the mark holds control"),
    (["tickets", "advance", "t-1", "validated", "--by", "r", "--why", "ok\x1b[2J"],
     "a reason that holds control characters (U+001B at character 3)"),  # an escape sequence
    (["tickets", "advance", "t-1", "validated", "--by", "r", "--why", "upheld \u202edenied"],
     "a reason that holds direction overrides"),         # shown as the other decision
    (["originals", "review", "d-1", "--approve", "--by", "r", "--why", "ok\x1b[2J"],
     "a reason that holds control characters"),          # the one --why left unchecked
    (["tickets", "advance", "t-1", "validated", "--by", "r", "--why", "\u200b"],
     "a reason that holds only invisible characters"),   # a reason that showed as nothing
    (["keys", "revoke", " "], "a key id is required"),                  # was "no key ' '", exit 1
    (["brands", "hits", " "], "a name is required"),            # listed nothing, exit 0
    (["claimants", "show", ""], "a name is required"),          # printed nothing, exit 0
])
def test_limits_names_and_reasons_nobody_can_mean_are_usage_errors(tmp_path, arguments, fragment):
    result = CliRunner().invoke(main, ["-w", str(tmp_path / "ws"), *arguments])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), result.output
    assert fragment in result.stderr and "Traceback" not in result.output
    # refused before anything is made: a refused `keys add` or `brands add` on a mistyped
    # path left an empty workspace there
    assert not (tmp_path / "ws").exists()


def test_a_database_that_cannot_be_reached_leaves_no_workspace_folder(tmp_path, media):
    """`originals add` with an unreachable --db made the workspace folder, then failed: an
    empty folder was left behind, which later commands took for a workspace."""
    result = CliRunner().invoke(main, ["-w", str(tmp_path / "ws" / "inner"),
                                       "--db", f"sqlite:///{tmp_path}/no/such/folder/db.sqlite",
                                       "originals", "add", str(media["original_a"])])
    assert result.exit_code == 2, result.output
    assert "cannot open the database" in result.stderr
    assert not (tmp_path / "ws").exists()
    (tmp_path / "kept").mkdir()                      # a folder that was there stays
    CliRunner().invoke(main, ["-w", str(tmp_path / "kept"), "--db",
                              f"sqlite:///{tmp_path}/no/such/folder/db.sqlite", "originals",
                              "add", str(media["original_a"])])
    assert (tmp_path / "kept").is_dir()


@pytest.mark.parametrize("option, value, fragment", [
    # (redis:// without the redis package was a traceback: the same ConfigurationError; not run
    # here, since with the package installed the service would start)
    ("--rate-storage", "bogus://x", "unknown storage scheme"),
    ("--rate", "garbage", "couldn't parse rate limit string"),
    ("--rate", "0/second", "lets no request through"),       # was accepted: every call a 429
    ("--rate", "50/second;0/minute", "lets no request through"),
    ("--rate", "", "empty: name a rate"),                # an unset $RATE served at the default
    ("--rate", "  ", "empty: name a rate"),
    ("--rate-storage", "", "unknown storage scheme"),
])
def test_serve_refuses_a_rate_or_rate_store_it_cannot_use_in_one_line(tmp_path, option, value,
                                                                      fragment):
    result = CliRunner().invoke(main, ["-w", str(tmp_path / "ws"), "serve", option, value])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), result.output
    assert f"Invalid value for '{option}'" in result.stderr and fragment in result.stderr


def test_serve_refuses_a_host_or_port_it_cannot_listen_on_before_saying_it_serves(tmp_path):
    """The banner came first, then uvicorn's error (and exit 3): now the socket is bound
    before anything is printed, and a bad address is one line naming the option, exit 2."""
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        for arguments, option, reason in [
                (["--host", "256.1.1.1"], "--host", "256.1.1.1"),
                (["--host", "192.0.2.1"], "--host", "Cannot assign requested address"),
                (["--port", str(port)], "--port", "Address already in use")]:
            result = CliRunner().invoke(main, ["-w", str(made(tmp_path / "ws")), "serve",
                                               *arguments])
            assert result.exit_code == 2 and isinstance(result.exception, SystemExit), \
                result.output
            assert f"Invalid value for '{option}'" in result.stderr and reason in result.stderr
            assert "origin service on" not in result.output and "Traceback" not in result.output


def test_serve_refuses_an_empty_host_instead_of_listening_on_every_interface():
    """``--host "$HOST"`` with HOST unset listened on 0.0.0.0 (tested on ``listen``: the
    command itself would serve until stopped)."""
    from origin.cli.service import listen

    with pytest.raises(click.BadParameter) as refused:
        listen(" ", 0).close()
    assert "every interface" in str(refused.value)
    assert refused.value.param_hint == "'--host'"


def test_serve_on_port_0_says_the_port_it_listens_on_and_answers_there(tmp_path):
    """``--port 0`` printed ``http://127.0.0.1:0``; the banner now names the bound port, and
    the service answers on it until interrupted (exit 0)."""
    import signal
    import urllib.request

    server = subprocess.Popen([sys.executable, "-c", "from origin.cli import main; main()",
                               "-w", str(made(tmp_path / "ws")), "serve", "--port", "0",
                               "--scan-root", str(tmp_path)],
                              stderr=subprocess.PIPE, text=True)
    try:
        banner = server.stderr.readline()
        assert banner.startswith("origin service on http://127.0.0.1:"), banner
        url = banner.split()[3]
        assert not url.endswith(":0")
        for _ in range(100):                   # the app loads after the socket listens
            try:
                with urllib.request.urlopen(f"{url}/v1/health", timeout=10) as response:
                    assert json.load(response)["status"] == "ok"
                break
            except ConnectionError:
                pass
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=30) == 0
    finally:
        server.kill()
        server.wait()


def test_a_workspace_index_refuses_a_database_it_was_not_built_from(tmp_path, media, monkeypatch):
    """``originals add --db OTHER`` then ``scan`` without --db reported "no match" (exit 0) and
    the next add without --db would have dropped OTHER's originals from the index."""
    monkeypatch.delenv("ORIGIN_DB", raising=False)
    other = f"sqlite:///{tmp_path / 'other.db'}"
    workspace = str(tmp_path / "ws")

    def run(*args):
        return CliRunner().invoke(main, ["-w", workspace, *args])

    assert run("--db", other, "originals", "add", str(media["original_a"])).exit_code == 0
    for command in (["scan", str(media["original_a"])],
                    ["originals", "add", str(media["original_b"])], ["index", "status"]):
        refused = run(*command)
        assert refused.exit_code in (1, 2), refused.output
        [line] = refused.output.splitlines()
        assert f"derived from the database '{other}'" in line
        assert "this run uses 'origin.sqlite' in the workspace folder" in line
        assert f"pass --db {other} (or ORIGIN_DB)" in line
    found = run("--db", other, "scan", str(media["original_a"]), "--json")
    assert found.exit_code == 0 and json.loads(found.output)["matches"]   # nothing was dropped

    moved = tmp_path / "moved"                   # a workspace on its own database may move
    own = tmp_path / "own"
    assert CliRunner().invoke(main, ["-w", str(own), "originals", "add",
                                     str(media["original_b"])]).exit_code == 0
    own.rename(moved)
    again = CliRunner().invoke(main, ["-w", str(moved), "scan", str(media["original_b"]), "--json"])
    assert again.exit_code == 0 and json.loads(again.output)["matches"]
    wrong = CliRunner().invoke(main, ["-w", str(moved), "--db", other, "scan",
                                      str(media["original_b"])])
    assert wrong.exit_code == 2 and "run without --db and ORIGIN_DB" in wrong.output


def test_a_read_only_workspace_is_named_as_the_reason_for_a_write(tmp_path, monkeypatch):
    """SQLite says only "unable to open database file" (write-ahead logging keeps its index
    beside the file); the message now says the folder is read-only."""
    import os

    from sqlalchemy import create_engine

    from origin import db

    workspace = made(tmp_path / "ws")
    engine = create_engine(f"sqlite:///{workspace / 'origin.sqlite'}")
    assert db._read_only_hint(engine) == ""
    monkeypatch.setattr(db.os, "access", lambda path, mode: mode != os.W_OK)
    assert db._read_only_hint(engine) == f" ({workspace} is read-only: the database keeps its " \
                                         "log and locks beside it)"
    monkeypatch.undo()
    workspace.chmod(0o555)
    try:
        if os.access(workspace, os.W_OK):
            pytest.skip("root: a read-only mode does not stop SQLite")
        result = CliRunner().invoke(main, ["-w", str(workspace), "brands", "add", "--owner",
                                           "o", "--mark", "Acme"])
    finally:
        workspace.chmod(0o755)
    _one_line_failure(result, "cannot open the database", f"({workspace} is read-only")


def test_a_read_only_workspace_answers_commands_that_only_read(tmp_path, monkeypatch):
    """Reads refused a read-only workspace ("unable to open database file": WAL makes its -shm
    file beside the database even to read); they open it read-only and immutable now."""
    import os

    from origin import workspace as workspace_module

    workspace = tmp_path / "ws"
    run = functools.partial(CliRunner().invoke, main, catch_exceptions=False)
    # in a process of its own, which closes the database as every command's process does:
    # its log is merged and removed
    subprocess.run([sys.executable, "-c", "from origin.cli import main; main()", "-w",
                    str(workspace), "music", "license", "--owner", "label", "--to", "dj"],
                   check=True, capture_output=True)
    assert not (workspace / "origin.sqlite-wal").exists()
    if os.access(workspace, os.W_OK):        # root writes anyway: say the folder is read-only
        monkeypatch.setattr(workspace_module.os, "access", lambda path, mode: mode != os.W_OK)
    workspace.chmod(0o555)
    try:
        listed = [run(["-w", str(workspace), *command]) for command in (
            ["tickets", "list"], ["music", "licenses", "--json"], ["originals", "list"],
            ["penalties", "show", "someone"], ["index", "status"])]
        assert not (workspace / "origin.sqlite-shm").exists()
        (workspace / "origin.sqlite-wal").write_bytes(b"x")       # a writer never closed
        unmerged = run(["-w", str(workspace), "tickets", "list"])
    finally:
        workspace.chmod(0o755)
    assert [result.exit_code for result in listed] == [0] * 5, [r.output for r in listed]
    assert json.loads(listed[1].output)["licensee"] == "dj"
    _one_line_failure(unmerged, "origin.sqlite-wal", "not merged", "read-only")


def test_brands_scan_no_store_reads_a_read_only_workspace(tmp_path, monkeypatch):
    """``brands scan --no-store`` stores nothing, yet a read-only workspace refused it as a
    write (stop 38's new user); it reads it now, as listings do, and a storing scan is still
    refused in one line."""
    import os

    from origin import workspace as workspace_module

    workspace = tmp_path / "ws"
    subprocess.run([sys.executable, "-c", "from origin.cli import main; main()", "-w",
                    str(workspace), "brands", "add", "--owner", "nike", "--mark", "耐克"],
                   check=True, capture_output=True)
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps({"id": "p1", "account": "a", "title": "高仿耐克 一比一 出售 加微"},
                                  ensure_ascii=False) + "\n", encoding="utf-8")
    writable = subprocess.run([sys.executable, "-c", "from origin.cli import main; main()", "-w",
                               str(workspace), "brands", "scan", str(records), "--no-store",
                               "--json"], check=True, capture_output=True, text=True)
    assert not (workspace / "origin.sqlite-shm").exists()
    run = functools.partial(CliRunner().invoke, main)
    workspace.chmod(0o555)
    root = os.access(workspace, os.W_OK)     # root writes anyway: say the folder is read-only
    if root:
        monkeypatch.setattr(workspace_module.os, "access", lambda path, mode: mode != os.W_OK)
    try:
        read_only = run(["-w", str(workspace), "brands", "scan", str(records), "--no-store",
                         "--json"])
        assert not (workspace / "origin.sqlite-shm").exists()
        stored = None if root else run(["-w", str(workspace), "brands", "scan", str(records)])
    finally:
        workspace.chmod(0o755)
    assert read_only.exit_code == 0, read_only.output
    assert read_only.stdout == writable.stdout
    assert json.loads(read_only.stdout)["hits"][0]["brand"] == "耐克"
    if stored is not None:                   # root's storing scan writes: SQLite is not stopped
        _one_line_failure(stored, "cannot open the database", "read-only")


@pytest.mark.parametrize("command", [
    ["tickets", "list"], ["scan", "x.mp4"], ["brands", "hits", "acct"], ["tickets", "report"],
    ["brands", "report"], ["brands", "scan", "rows.jsonl"], ["index", "status"],
    ["originals", "list"], ["serve", "--port", "0"],
    ["tickets", "advance", "t-1", "withdrawn", "--by", "me", "--why", "x"]])
def test_a_mistyped_workspace_is_refused_not_made(tmp_path, command):
    """``origin -w typo tickets list`` made an empty workspace and listed nothing, exit 0 (a
    scan there found no match): only commands that register or configure make one."""
    (tmp_path / "empty").mkdir()
    for folder, reason in (("typo", "no such folder"),
                           ("empty", "no database origin.sqlite in it")):
        result = CliRunner().invoke(main, ["-w", str(tmp_path / folder), *command])
        _one_line_failure(result, str(tmp_path / folder), reason, "not a workspace")
        assert result.exit_code == 2
    assert sorted(path.name for path in tmp_path.iterdir()) == ["empty"]
    assert list((tmp_path / "empty").iterdir()) == []


def test_an_empty_workspace_path_is_refused(tmp_path, monkeypatch):
    """``-w ''`` is the current directory to ``Path``: a workspace made wherever one stood."""
    monkeypatch.chdir(tmp_path)
    for options, environment, named in ((["-w", ""], {}, "'--workspace'"),
                                        ([], {"ORIGIN_WORKSPACE": ""}, "ORIGIN_WORKSPACE")):
        result = CliRunner().invoke(main, [*options, "brands", "add", "--owner", "o", "--mark",
                                           "m"], env=environment)
        assert result.exit_code == 2 and "an empty path names no file or folder" in result.output
        assert named in result.output, result.output
    assert list(tmp_path.iterdir()) == []


def test_a_brand_rules_file_from_the_environment_is_named_with_its_variable(tmp_path):
    """``ORIGIN_BRAND_RULES`` naming a missing file said only ``PATH: cannot read`` (stop 30)."""
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps({"title": "hello"}) + "\n", encoding="utf-8")
    workspace = tmp_path / "ws"
    assert CliRunner().invoke(main, ["-w", str(workspace), "brands", "add", "--owner", "o",
                                     "--mark", "mm"]).exit_code == 0
    missing = str(tmp_path / "rules.toml")
    result = CliRunner().invoke(main, ["-w", str(workspace), "brands", "scan", str(records)],
                                env={"ORIGIN_BRAND_RULES": missing})
    assert result.exit_code == 2
    assert f"{missing} (ORIGIN_BRAND_RULES, set in the environment): cannot read" in result.output
    given = CliRunner().invoke(main, ["-w", str(workspace), "brands", "scan", "--rules", missing,
                                      str(records)])
    assert given.exit_code == 2 and f"{missing}: cannot read" in given.output


def test_evidence_of_a_damaged_video_prints_no_decoder_noise(tmp_path, media):
    """OpenCV's FFmpeg printed every damaged macroblock of the upload on stderr, amid
    ``tickets evidence``'s output (``[h264 @ 0x...] error while decoding MB 1 9``; stop 30)."""
    import random

    data = bytearray(media["original_a"].read_bytes())
    flips = random.Random(1)
    for _ in range(40):                                  # damage in the middle third
        data[flips.randrange(len(data) // 3, 2 * len(data) // 3)] ^= 0xFF
    damaged = tmp_path / "damaged.mp4"
    damaged.write_bytes(data)
    workspace = str(tmp_path / "ws")
    runner = CliRunner()
    assert runner.invoke(main, ["-w", workspace, "originals", "add", "--owner", "label",
                                str(media["original_a"])]).exit_code == 0
    scanned = runner.invoke(main, ["-w", workspace, "scan", "--json", "--upload-id", "v-1",
                                   "--uploader", "copier", str(damaged)])
    [match] = json.loads(scanned.stdout)["matches"]
    assert match["ticket"], scanned.output
    out = tmp_path / "evidence"
    result = subprocess.run([sys.executable, "-c", "from origin.cli import main; main()", "-w",
                             workspace, "tickets", "evidence", match["ticket"], "--out",
                             str(out)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert result.stdout.split() == [str(out / "evidence.html"), str(out / "evidence.json")]
    assert json.loads((out / "evidence.json").read_text())["segments"]


def test_an_owner_re_uploading_his_original_is_his_however_his_accent_was_typed(tmp_path, media):
    """An owner registered as 'josé' (é one character, NFC) who uploaded his own original as
    'josé' typed with e and a combining accent (NFD, macOS input) was demoted as a copier of
    himself, with a ticket. Every name has one spelling (NFC) wherever it comes in."""
    composed, decomposed = "jos\u00e9", "jose\u0301"
    workspace = ["-w", str(tmp_path / "ws")]
    assert CliRunner().invoke(main, [*workspace, "originals", "add", str(media["original_a"]),
                                     "--owner", composed]).exit_code == 0
    for uploader, rule in ((decomposed, "own_content"), ("copier", "full_reupload")):
        result = CliRunner().invoke(main, [*workspace, "scan", str(media["original_a"]),
                                           "--uploader", uploader, "--upload-id", f"u-{rule}",
                                           "--json"])
        assert result.exit_code == 0, result.output
        match, = json.loads(result.stdout)["matches"]
        assert match["rule"] == rule and match["owner"] == composed


def test_demo_refuses_a_workspace_holding_originals_of_its_own(tmp_path, media):
    """``origin -w PROD demo`` registered three generated originals and opened seven tickets
    in a platform's own workspace."""
    runner = CliRunner()
    workspace = str(tmp_path / "ws")
    assert runner.invoke(main, ["-w", workspace, "originals", "add", str(media["original_a"]),
                                "--owner", "alice"]).exit_code == 0
    refused = runner.invoke(main, ["-w", workspace, "demo"])
    assert refused.exit_code == 1 and refused.stderr.strip() == (
        f"Error: {workspace}: holds 1 original(s) not the demo's: the demo registers generated "
        f"originals and opens tickets against 'reuploader-x' among them; run it in a workspace "
        f"of its own (origin -w DIR demo)")
    assert not (tmp_path / "ws" / "demo-media").exists()
    listed = runner.invoke(main, ["-w", workspace, "originals", "list", "--json"])
    assert [json.loads(line)["owner"] for line in listed.stdout.splitlines()] == ["alice"]


def test_a_full_disk_is_one_line_exit_2_and_nothing_printed_that_was_not_stored(tmp_path):
    """A full disk under the workspace was a traceback ending in sqlite3.OperationalError
    ('database or disk is full'), and ``brands add`` printed its new brand before the commit
    that failed. SQLite's max_page_count makes the database full without filling a disk."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    runner, workspace = CliRunner(), tmp_path / "ws"
    first = runner.invoke(main, ["-w", str(workspace), "brands", "add", "--owner", "nike",
                                 "--mark", "耐克"])
    assert first.exit_code == 0, first.output

    def full(connection, _record):
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(Engine, "connect", full)
    try:
        aliases = [part for n in range(400) for part in ("--alias", f"alias number {n} " * 8)]
        result = runner.invoke(main, ["-w", str(workspace), "brands", "add", "--owner", "adi",
                                      "--mark", "阿迪达斯", *aliases])
    finally:
        event.remove(Engine, "connect", full)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.strip() == (
        f"Error: {workspace}: out of space (database or disk is full): free some and run the "
        f"same command again to finish (what was printed is stored, the rest is not; a "
        f"--manifest resumes)")
    again = runner.invoke(main, ["-w", str(workspace), "brands", "add", "--owner", "adi",
                                 "--mark", "阿迪达斯"])
    assert again.exit_code == 0 and again.stdout.startswith("brand 2: 阿迪达斯")


def test_a_disk_with_no_byte_free_is_out_of_space_not_a_disk_io_error(tmp_path, monkeypatch):
    """On a tmpfs with 0 bytes free every command, reading ones too, said ``cannot open the
    database: disk I/O error`` (exit 1): SQLite's SQLITE_IOERR_SHMSIZE, the log's index beside
    the file cannot grow. Checked by hand on a full 3 MB tmpfs; here SQLite's error is raised as
    the driver raises it and the disk's free bytes are the statvfs the check reads."""
    import sqlite3
    from types import SimpleNamespace

    from sqlalchemy.exc import DBAPIError

    import origin.db

    runner, workspace = CliRunner(), tmp_path / "ws"
    made = runner.invoke(main, ["-w", str(workspace), "brands", "add", "--owner", "nike",
                                "--mark", "耐克"])
    assert made.exit_code == 0, made.output

    def failing(_engine):
        cause = sqlite3.OperationalError("disk I/O error")
        cause.sqlite_errorname = "SQLITE_IOERR_SHMSIZE"
        raise DBAPIError.instance("PRAGMA journal_mode", (), cause, sqlite3.Error)

    monkeypatch.setattr(origin.db, "upgrade", failing)
    for free, expected in ((0, 2), (1 << 30, 1)):
        monkeypatch.setattr(origin.db.os, "statvfs",
                            lambda _path, free=free: SimpleNamespace(f_bavail=free // 4096,
                                                                     f_frsize=4096))
        result = runner.invoke(main, ["-w", str(workspace), "tickets", "list"])
        assert result.exit_code == expected and result.stdout == ""
        message = result.stderr.strip()
        assert message.count("\n") == 0 and message.endswith(
            "free some and run the same command again") == (free == 0), message
        assert ("out of space (disk I/O error: the disk holding" in message) == (free == 0)
        assert f"{workspace}" in message and "disk I/O error" in message


class _Terminal:
    """stdout and stderr of one terminal: ``\\r`` returns to the line's start, ``\\n`` ends it."""

    def __init__(self):
        self.lines, self.line, self.column, self.written = [], [], 0, []

    def isatty(self):
        return True

    def flush(self):
        pass

    def write(self, text):
        self.written.append(text)
        for char in text:
            if char == "\r":
                self.column = 0
            elif char == "\n":
                self.lines.append("".join(self.line).rstrip())
                self.line, self.column = [], 0
            else:
                if self.column < len(self.line):
                    self.line[self.column] = char
                else:
                    self.line.append(char)
                self.column += 1
        return len(text)

    def shown(self):
        return self.lines + ["".join(self.line).rstrip()]


def test_a_progress_bar_is_erased_before_each_line_printed_under_it(monkeypatch):
    """Stop 41: on a terminal each result line of `scan` and `originals add` was printed after
    the bar's text on the bar's line (`scanning:   0%|  | 0/3 [00:00<?, ?video/s]/up/a.mp4
    (10.0s)  no match`); the lines on the screen are now the results alone, the last bar erased."""
    from origin.cli.matching import progress

    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(sys, "stdout", terminal)
    monkeypatch.setenv("COLUMNS", "80")
    printed = [f"/up/{name}.mp4  (10.0s)  no match" for name in "abc"]
    for line in progress(iter(printed), len(printed), "scanning", quiet=False):
        terminal.write(line + "\n")
    assert [line for line in terminal.shown() if line] == printed
    assert "scanning:  33%" in "".join(terminal.written)        # the bar was drawn


def test_no_progress_bar_when_stderr_is_not_a_terminal(capsys):
    from origin.cli.matching import progress

    assert list(progress(iter([1, 2]), 2, "scanning", quiet=False)) == [1, 2]
    assert capsys.readouterr().err == ""
