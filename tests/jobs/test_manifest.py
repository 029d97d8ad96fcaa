"""Batch scan manifests (issue 11): every row validated, bad rows named, results as they finish,
and a rerun resumes: uploads scanned against the same index state are not scanned again."""
import json
import shutil

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from origin.catalogue import MatchRecord, Upload
from origin.cli import main
from origin.enforcement import scan_action
from origin.enforcement.models import Ticket
from origin.jobs.manifest import read_manifest
from origin.workspace import Workspace

HEADER = "path,upload_id,uploader,uploaded_at\n"


def cli(workspace, *args):
    return CliRunner().invoke(main, ["-w", str(workspace), *map(str, args)],
                              env={"ORIGIN_NOW": "2025-03-03T10:00:00+08:00"})


def records(result):
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture
def workspace(tmp_path, media):
    """original_a registered by its studio."""
    folder = tmp_path / "ws"
    added = cli(folder, "originals", "add", media["original_a"], "--owner", "studio",
                "--published-at", "2025-03-01T09:00:00+08:00")
    assert added.exit_code == 0, added.output
    return folder


def counts(folder):
    workspace = Workspace(folder)
    with workspace.session() as session:
        return tuple(session.scalar(select(func.count()).select_from(table))
                     for table in (Upload, MatchRecord, Ticket))


def test_a_manifest_scans_its_good_rows_and_names_each_bad_one(workspace, media, tmp_path):
    a, unrelated = media["original_a"], media["unrelated"]
    manifest = tmp_path / "batch.jsonl"
    rows = [{"path": str(a), "upload_id": "v-1", "uploader": "copier",
             "uploaded_at": "2025-03-02T08:00:00Z"},
            {"path": str(unrelated), "upload_id": "v-2", "uploader": "someone"},
            {"path": str(tmp_path / "gone.mp4"), "upload_id": "v-3"},
            {"path": str(unrelated), "upload_id": "v-1"},
            {"path": str(a), "upload_id": "v-4", "uploaded_at": "0001-01-01T00:00:00+01:00"},
            {"path": str(a), "upload_id": "v-5", "uploader": ["copier"]},
            {"path": str(a)},
            {"path": 7, "upload_id": "v-6"}]
    manifest.write_text("".join(json.dumps(row) + "\n" for row in rows) + "{not json\n")
    result = cli(workspace, "scan", "--manifest", manifest, "--json")
    assert result.exit_code == 1, result.output
    out = records(result)
    assert [(r["line"], r["upload_id"], r["error"] is None, r.get("field")) for r in out] == [
        (1, "v-1", True, None), (2, "v-2", True, None), (3, "v-3", False, "path"),
        (4, "v-1", False, "upload_id"), (5, "v-4", False, "uploaded_at"),
        (6, "v-5", False, "uploader"), (7, None, False, "upload_id"), (8, "v-6", False, "path"),
        (9, None, False, None)]
    assert out[0]["matches"][0]["ticket"] and out[0]["matches"][0]["original_path"] == str(a)
    assert out[1]["matches"] == []
    errors = result.stderr.splitlines()
    assert errors[:-1] == [
        f"error: {manifest} line 3: {tmp_path / 'gone.mp4'}: no such file",
        f"error: {manifest} line 4: upload_id: 'v-1' is also on line 1 (scanned there)",
        f"error: {manifest} line 5: uploaded_at: '0001-01-01T00:00:00+01:00' is out of range in UTC",
        f"error: {manifest} line 6: uploader: must be text, got a list",
        f"error: {manifest} line 7: upload_id: is required",
        f"error: {manifest} line 8: path: must be text, got number",
        f"error: {manifest} line 9: not valid JSON: Expecting property name enclosed in double "
        f"quotes at character 2"]
    assert errors[-1] == "2 scanned (0 already by an earlier run), 7 refused"
    assert counts(workspace) == (2, 1, 1)


def test_csv_and_json_lines_give_the_same_results_and_exit_0_when_all_is_well(
        workspace, media, tmp_path):
    (tmp_path / "m.csv").write_text(HEADER + f"{media['original_a']},c-1,copier,2025-03-02\n"
                                    f"{media['unrelated']},c-2,,\n")
    (tmp_path / "m.jsonl").write_text(
        json.dumps({"path": str(media["original_a"]), "upload_id": "j-1", "uploader": "copier",
                    "uploaded_at": "2025-03-02", "extra column": "ignored"}) + "\n" +
        json.dumps({"path": str(media["unrelated"]), "upload_id": "j-2"}) + "\n")
    by_csv = cli(workspace, "scan", "--manifest", tmp_path / "m.csv", "--json")
    by_jsonl = cli(workspace, "scan", "--manifest", tmp_path / "m.jsonl", "--json")
    assert (by_csv.exit_code, by_jsonl.exit_code) == (0, 0), by_csv.output + by_jsonl.output

    def comparable(record):
        for match in record["matches"]:
            match.pop("ticket")
        return {key: value for key, value in record.items() if key not in ("upload_id", "line")}

    assert [r["line"] for r in records(by_csv)] == [2, 3]          # the header is line 1
    assert list(map(comparable, records(by_csv))) == list(map(comparable, records(by_jsonl)))
    text = cli(workspace, "scan", "--manifest", tmp_path / "m.csv")
    assert text.exit_code == 0 and "score 1.00" in text.stdout and "no match" in text.stdout
    assert text.stderr.strip() == "2 scanned (2 already by an earlier run), 0 refused"


def test_nothing_scanned_exits_2(workspace, media, tmp_path):
    (tmp_path / "empty.csv").write_text(HEADER)
    (tmp_path / "bad.csv").write_text(HEADER + f"{media['original_a']},,,\n"
                                      f"{tmp_path / 'gone.mp4'},x-1,,\n")
    for name, stderr in (("empty.csv", "no upload in the manifest"),
                         ("bad.csv", "0 scanned (0 already by an earlier run), 2 refused"),
                         ("absent.csv", "cannot open")):
        result = cli(workspace, "scan", "--manifest", tmp_path / name)
        assert result.exit_code == 2 and stderr in result.stderr, (name, result.output)
        assert "Traceback" not in result.output


def test_paths_relative_to_the_manifest_folder(workspace, media, tmp_path, monkeypatch):
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(media["original_a"], batch / "clip.mp4")
    (batch / "m.csv").write_text(HEADER + "clip.mp4,r-1,,\n")
    monkeypatch.chdir(tmp_path)                        # not the manifest's folder
    result = cli(workspace, "scan", "--manifest", batch / "m.csv", "--json")
    assert result.exit_code == 0, result.output
    (record,) = records(result)
    assert record["upload"] == str(batch / "clip.mp4") and record["matches"]


def test_manifest_options_exclude_per_file_options(workspace, media, tmp_path):
    (tmp_path / "m.csv").write_text(HEADER)
    for extra in ([media["original_a"]], ["--uploader", "x"], ["--upload-id", "y"]):
        result = cli(workspace, "scan", "--manifest", tmp_path / "m.csv", *extra)
        assert result.exit_code == 2 and "--manifest names the uploads" in result.stderr
    assert "go with --manifest" in cli(workspace, "scan", media["original_a"], "--rescan").stderr


def test_a_rerun_after_a_crash_skips_what_was_stored_and_finishes_the_rest(
        workspace, media, tmp_path):
    (tmp_path / "m.csv").write_text(
        HEADER + "".join(f"{media[name]},k-{n},acct-{n},\n" for n, name in enumerate(
            ["original_a", "unrelated", "original_a", "original_b"])))
    clean_folder = tmp_path / "clean"
    shutil.copytree(workspace, clean_folder)
    def scan(folder):
        opened = Workspace(folder)
        return opened.scan_manifest(tmp_path / "m.csv", act=scan_action(opened))

    clean = [done.to_json() for done in scan(clean_folder)]
    crashed = scan(workspace)
    first = [next(crashed), next(crashed)]             # stopped after two uploads were stored
    crashed.close()
    assert counts(workspace) == (2, 1, 1)
    rerun = list(scan(workspace))
    assert [done.result.resumed for done in rerun] == [True, True, False, False]
    assert [done.to_json() for done in first] == [
        {**done.to_json(), "resumed": False} for done in rerun[:2]]
    assert counts(workspace) == counts(clean_folder) == (4, 2, 2)

    def without_ids(record):
        return {**record, "resumed": None, "matches": [
            {**match, "ticket": bool(match.get("ticket"))} for match in record["matches"]]}

    assert [without_ids(done.to_json()) for done in rerun] == list(map(without_ids, clean))


def test_a_rerun_scans_again_a_file_given_other_bytes_and_refuses_them(workspace, media,
                                                                        tmp_path):
    """An upload id names one video (stop 29): a manifest's file replaced by other bytes after
    its row was scanned printed the old result, "already by an earlier run", exit 0 (stop 30)."""
    upload = tmp_path / "upload.mp4"
    shutil.copy(media["unrelated"], upload)
    (tmp_path / "m.csv").write_text(HEADER + f"{upload},v-1,acct,\n")
    first = cli(workspace, "scan", "--manifest", tmp_path / "m.csv", "--json")
    assert first.exit_code == 0 and records(first)[0]["matches"] == []
    again = cli(workspace, "scan", "--manifest", tmp_path / "m.csv", "--json")
    assert again.exit_code == 0 and records(again)[0]["resumed"] is True
    shutil.copy(media["original_a"], upload)                 # other bytes under the same name
    rerun = cli(workspace, "scan", "--manifest", tmp_path / "m.csv", "--json")
    assert rerun.exit_code == 2, rerun.output
    assert "upload v-1 was scanned with other bytes" in rerun.stderr
    assert records(rerun)[0]["resumed"] is False


def test_a_new_index_state_or_rescan_scans_again_without_doubling_anything(
        workspace, media, tmp_path):
    (tmp_path / "m.csv").write_text(HEADER + f"{media['original_a']},s-1,acct,\n"
                                    f"{media['original_b']},s-2,acct,\n")
    first = records(cli(workspace, "scan", "--manifest", tmp_path / "m.csv", "--json"))
    assert [len(r["matches"]) for r in first] == [1, 0]
    assert cli(workspace, "originals", "add", media["original_b"]).exit_code == 0
    again = records(cli(workspace, "scan", "--manifest", tmp_path / "m.csv", "--json"))
    assert [(r["resumed"], len(r["matches"])) for r in again] == [(False, 1), (False, 1)]
    assert again[0]["matches"][0]["ticket"] == first[0]["matches"][0]["ticket"]
    forced = records(cli(workspace, "scan", "--manifest", tmp_path / "m.csv", "--json",
                         "--rescan"))
    assert [r["resumed"] for r in forced] == [False, False]
    assert counts(workspace) == (2, 2, 2)       # one ticket per upload and original


def test_read_manifest_refuses_control_characters_and_future_times(tmp_path):
    (tmp_path / "m.jsonl").write_text("\n".join(json.dumps(row) for row in [
        {"path": "a.mp4", "upload_id": "id\u0007"}, {"path": "a.mp4", "upload_id": "i", "uploader":
                                                    "a\nb"},
        {"path": "a.mp4", "upload_id": "j", "uploaded_at": "2999-01-01T00:00:00Z"},
        {"path": "a.mp4", "upload_id": "x" * 65}]) + "\n")
    assert [(row.line, row.field) for row in read_manifest(tmp_path / "m.jsonl")] == [
        (1, "upload_id"), (2, "uploader"), (3, "uploaded_at"), (4, "upload_id")]


def test_originals_add_manifest_registers_each_row_with_its_own_metadata(tmp_path, media):
    manifest = tmp_path / "originals.csv"
    manifest.write_text(
        "path,owner,published_at,title\n"
        f"{media['original_a']},studio-a,2025-03-01T09:00:00+08:00,Alpha\n"
        f"{media['original_b']},studio-b,,\n"
        f"{media['original_a']},someone,,copy of alpha\n"
        f"{tmp_path / 'gone.mp4'},x,,\n"
        f"{media['unrelated']},z,yesterday,\n")
    result = cli(tmp_path / "ws", "originals", "add", "--manifest", manifest, "--json")
    assert result.exit_code == 1, result.output
    out = records(result)
    assert [(r["line"], r["status"], r.get("field")) for r in out] == [
        (2, "added", None), (3, "added", None), (4, "exists", None), (5, "failed", "path"),
        (6, "failed", "published_at")]
    warning, *rest = result.stderr.splitlines()
    assert warning.startswith(f"warning: {manifest} line 4: {media['original_a']}: these bytes are "
                              f"{out[0]['id']}, registered to 'studio-a'")     # kept as theirs
    assert rest == [
        f"error: {manifest} line 5: {tmp_path / 'gone.mp4'}: no such file",
        f"error: {manifest} line 6: published_at: not an ISO 8601 date-time: 'yesterday'",
        "2 added, 1 exists, 2 failed"]
    listed = {row["id"]: row for row in records(cli(tmp_path / "ws", "originals", "list",
                                                    "--json"))}
    a, b = listed[out[0]["id"]], listed[out[1]["id"]]
    assert (a["owner"], a["title"], a["published_at"]) == ("studio-a", "Alpha",
                                                           "2025-03-01T01:00:00+00:00")
    assert (b["owner"], b["title"]) == ("studio-b", None)
    again = cli(tmp_path / "ws", "originals", "add", "--manifest", manifest, "--json")
    assert [r["status"] for r in records(again)] == ["exists"] * 3 + ["failed"] * 2


def test_ctrl_c_mid_batch_exits_130_and_the_rerun_finishes_what_was_not_stored(
        workspace, media, tmp_path, monkeypatch):
    """Ctrl-C was click's "Aborted!" and exit 1, which the README gives "some rows refused"
    (the rest done): a batch runner would not run the manifest again."""
    from origin.jobs import scan

    (tmp_path / "m.csv").write_text(
        HEADER + "".join(f"{media[name]},c-{n},acct-{n},\n"
                         for n, name in enumerate(["original_a", "unrelated", "original_a"])))
    fingerprint = scan.fingerprint_upload_file

    def interrupted_at_the_second(file, **options):
        if file == str(media["unrelated"]):
            raise KeyboardInterrupt                     # as SIGINT raises it in Python
        return fingerprint(file, **options)

    monkeypatch.setattr(scan, "fingerprint_upload_file", interrupted_at_the_second)
    stopped = cli(workspace, "scan", "--manifest", tmp_path / "m.csv", "--json")
    assert stopped.exit_code == 130, stopped.output
    assert [record["line"] for record in records(stopped)] == [2]
    assert stopped.stderr.splitlines()[-1].startswith("origin: interrupted: what was printed "
                                                      "is stored")
    assert counts(workspace) == (1, 1, 1)
    monkeypatch.setattr(scan, "fingerprint_upload_file", fingerprint)
    rerun = cli(workspace, "scan", "--manifest", tmp_path / "m.csv", "--json")
    assert rerun.exit_code == 0, rerun.output
    assert [(r["line"], r["resumed"]) for r in records(rerun)] == [
        (2, True), (3, False), (4, False)]
    assert counts(workspace) == (3, 2, 2)
