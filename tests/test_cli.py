"""The CLI as a batch job runs it: JSON lines, per-input errors, exit status."""
import json

from click.testing import CliRunner

from origin.cli import main


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
    assert scanned.exit_code == 0, scanned.output
    copy, unrelated, broken = [json.loads(line) for line in scanned.output.splitlines()]
    match = copy["matches"][0]
    assert match["original"] == record["id"] and match["owner"] == "alice"
    assert match["published_at"].startswith("2026-01-02T03:04:05")
    assert 0.9 <= match["score"] <= 1 and match["coverage_upload"] > 0.9
    assert set(match["segments"][0]) == {"upload_start", "upload_end", "original_start",
                                         "original_end"}
    assert unrelated["matches"] == [] and unrelated["error"] is None
    assert broken["error"] == f"{missing}: no such file"


def test_exit_status_is_non_zero_only_when_every_input_failed(tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["-w", str(tmp_path / "ws"), "scan", str(tmp_path / "nope.mp4")])
    assert result.exit_code == 1
    assert "nope.mp4: no such file" in result.output


def test_bad_date_is_a_usage_error(tmp_path, media):
    result = CliRunner().invoke(main, ["-w", str(tmp_path / "ws"), "originals", "add",
                                       str(media["original_a"]), "--published-at", "yesterday"])
    assert result.exit_code == 2 and "ISO-8601" in result.output
