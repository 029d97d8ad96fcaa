"""Music through the whole pipeline, on generated media: songs and videos with sound registered,
uploads scanned, enforcement deciding (mute, licences, one ticket for a video copied with its
sound), the audio store reconciled with the database."""
from __future__ import annotations

import json
import shutil
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from origin import synthetic, synthetic_audio
from origin.catalogue import MatchRecord, Original, Upload
from origin.cli import main
from origin.enforcement import evidence, scan_action
from origin.enforcement.models import Ticket
from origin.workspace import Workspace

RATE = synthetic_audio.RATE
SONG_SECONDS = 40.0
PUBLISHED = "2026-01-01T00:00:00+00:00"


@pytest.fixture(scope="module")
def media(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("music")
    song = synthetic_audio.melody(21, SONG_SECONDS)
    files = {"song": synthetic_audio.write_audio(folder / "song.mp3", song),
             "other_song": synthetic_audio.write_audio(folder / "other.flac",
                                                       synthetic_audio.melody(22, 30.0))}
    synthetic.generate_video(folder / "clip.mp4", 5, 12.0)
    synthetic.generate_video(folder / "own.mp4", 6, 12.0)
    # A creator's video with its own music: registered with both channels.
    files["video"] = synthetic_audio.add_sound(folder / "own.mp4", synthetic_audio.melody(23, 12.0),
                                               folder / "video_with_sound.mp4")
    # An upload: unrelated pictures, 14 s of the song from 10 s on, a voice over it.
    voice = synthetic_audio.babble(4, 14.0) * 0.5
    files["upload"] = synthetic_audio.add_sound(
        folder / "clip.mp4", np.concatenate([voice[:2 * RATE] * 2,
                                             song[10 * RATE:22 * RATE] + voice[2 * RATE:]]),
        folder / "vlog.mp4")
    files["speech"] = synthetic_audio.add_sound(folder / "clip.mp4", synthetic_audio.babble(5, 12.0),
                                                folder / "speech.mp4")
    files["silent"] = synthetic_audio.add_sound(folder / "clip.mp4", np.zeros(12 * RATE, np.float32),
                                                folder / "silent.mp4")
    files["applause"] = synthetic_audio.add_sound(folder / "clip.mp4",
                                                  synthetic_audio.claps(6, 12.0), folder / "claps.mp4")
    files["short_sound"] = synthetic_audio.add_sound(folder / "clip.mp4", song[:RATE // 4],
                                                     folder / "short_sound.mp4")
    return files


def _workspace(tmp_path: Path, media: dict[str, Path]) -> Workspace:
    workspace = Workspace(tmp_path / "ws")
    added = list(workspace.add_originals([media["song"], media["other_song"], media["video"]],
                                         owner="label",
                                         published_at=datetime(2026, 1, 1, tzinfo=timezone.utc)))
    assert [(result.status, result.channels) for result in added] == [
        ("added", ["audio"]), ("added", ["audio"]), ("added", ["video", "audio"])]
    return workspace


def _scan(workspace: Workspace, path: Path, uploader: str, music_from_library: bool | None = None):
    [result] = list(workspace.scan([path], uploader=uploader, act=scan_action(workspace),
                                   music_from_library=music_from_library))
    return result


def test_a_song_under_a_voice_is_found_at_its_offset_and_muted(tmp_path, media):
    workspace = _workspace(tmp_path, media)
    result = _scan(workspace, media["upload"], "creator-b")
    data = result.to_json()
    [match] = data["matches"]
    assert match["channel"] == "audio" and match["original_path"].endswith("song.mp3")
    assert 0.5 <= match["score"] <= 1.0
    [segment] = match["segments"]
    # Where the song plays is where it is found (its first and last second under the voice may
    # anchor too few landmarks), and upload time maps to song time at the right offset.
    assert 1.5 <= segment["upload_start"] < 4.0 and 11.0 < segment["upload_end"] <= 14.5
    assert abs((segment["original_start"] - segment["upload_start"]) - 8.0) < 0.5
    assert abs((segment["original_end"] - segment["upload_end"]) - 8.0) < 0.5
    assert match["decision"] == "mute" and match["rule"] == "music_background"
    assert match["exposure"] == 1.0 and match["ticket"]
    with workspace.session() as session:
        ticket = session.get(Ticket, match["ticket"])
        assert (ticket.measure, ticket.claimant, ticket.accused) == ("mute", "label", "creator-b")
        record = session.scalar(select(MatchRecord))
        assert record.channel == "audio"
        page = evidence.collect(session, ticket.id)
    assert [s["channel"] for s in page.data["sound_segments"]] == ["audio"]
    assert page.data["segments"] == [] and page.data["match"]["channel"] == "audio"


def test_a_licensed_account_and_the_platform_library_are_exempt(tmp_path, media):
    workspace = _workspace(tmp_path, media)
    runner = CliRunner()
    base = ["--workspace", str(workspace.path)]
    out = runner.invoke(main, base + ["music", "license", "--owner", "label", "--to", "creator-c",
                                      "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["licensee"] == "creator-c"
    [match] = _scan(workspace, media["upload"], "creator-c").to_json()["matches"]
    assert (match["decision"], match["rule"], match["ticket"]) == ("none", "music_licence", None)
    [match] = _scan(workspace, media["upload"], "creator-d").to_json()["matches"]
    assert match["decision"] == "mute"
    expired = runner.invoke(main, base + ["music", "license", "--owner", "label",
                                          "--platform-library", "--until", "2020-01-01"])
    assert expired.exit_code != 0 and "already past" in expired.output
    both = runner.invoke(main, base + ["music", "license", "--owner", "label", "--to", "x",
                                       "--platform-library"])
    assert both.exit_code != 0 and "exactly one" in both.output
    assert runner.invoke(main, base + ["music", "license", "--owner", "label",
                                       "--platform-library"]).exit_code == 0
    # The platform's library licence covers the uploads whose sound was picked from the library,
    # not the same song brought in some other way.
    [match] = _scan(workspace, media["upload"], "creator-e").to_json()["matches"]
    assert match["decision"] == "mute"
    [match] = _scan(workspace, media["upload"], "creator-f", music_from_library=False
                    ).to_json()["matches"]
    assert match["decision"] == "mute"
    [match] = _scan(workspace, media["upload"], "creator-g", music_from_library=True
                    ).to_json()["matches"]
    assert (match["decision"], match["rule"]) == ("none", "music_licence")
    out = runner.invoke(main, base + ["scan", str(media["upload"]), "--uploader", "creator-h",
                                      "--music-from-library", "--json"])
    assert out.exit_code == 0, out.output
    [match] = json.loads(out.output)["matches"]
    assert match["rule"] == "music_licence"


def test_a_manifest_row_says_whether_its_music_came_from_the_library(tmp_path, media):
    workspace = _workspace(tmp_path, media)
    runner = CliRunner()
    base = ["--workspace", str(workspace.path)]
    assert runner.invoke(main, base + ["music", "license", "--owner", "label",
                                       "--platform-library"]).exit_code == 0
    manifest = tmp_path / "batch.csv"
    manifest.write_text("path,upload_id,uploader,music_from_library\n"
                        f"{media['upload']},up-1,creator-a,true\n"
                        f"{media['upload']},up-2,creator-b,no\n"
                        f"{media['upload']},up-3,creator-c,\n"
                        f"{media['upload']},up-4,creator-d,perhaps\n")
    out = runner.invoke(main, base + ["scan", "--manifest", str(manifest), "--json"])
    assert out.exit_code == 1, out.output            # one row refused
    rows = {row["upload_id"]: row for row in map(json.loads, out.stdout.splitlines())}
    assert rows["up-1"]["matches"][0]["rule"] == "music_licence"
    assert rows["up-2"]["matches"][0]["decision"] == "mute"
    assert rows["up-3"]["matches"][0]["decision"] == "mute"
    assert rows["up-4"]["field"] == "music_from_library"
    assert "music_from_library: must be true or false" in out.stderr
    with workspace.session() as session:
        stored = dict(session.execute(select(Upload.id, Upload.music_from_library)).all())
    assert stored == {"up-1": True, "up-2": False, "up-3": None}
    mixed = runner.invoke(main, base + ["scan", "--manifest", str(manifest),
                                        "--music-from-library"])
    assert mixed.exit_code != 0 and "--music-from-library" in mixed.output


def test_a_video_copied_with_its_sound_is_one_decision_and_one_ticket(tmp_path, media):
    workspace = _workspace(tmp_path, media)
    matches = _scan(workspace, media["video"], "copier").to_json()["matches"]
    assert sorted(match["channel"] for match in matches) == ["audio", "video"]
    assert len({match["original"] for match in matches}) == 1
    assert len({(m["decision"], m["rule"], m["ticket"]) for m in matches}) == 1
    assert matches[0]["ticket"] and matches[0]["decision"] == "demote"   # the video rules decide
    with workspace.session() as session:
        assert session.scalar(select(func.count()).select_from(Ticket)) == 1
        [record] = session.scalars(select(MatchRecord)).all()
        assert record.channel == "video+audio"
        assert {s["channel"] for s in json.loads(record.segments)} == {"video", "audio"}
    # A music licence takes the sound out; the pictures still decide.
    CliRunner().invoke(main, ["--workspace", str(workspace.path), "music", "license", "--owner",
                              "label", "--to", "copier"])
    matches = _scan(workspace, media["video"], "copier").to_json()["matches"]
    assert {m["decision"] for m in matches} == {"demote"}


@pytest.mark.parametrize("kind", ["speech", "silent", "applause"])
def test_speech_silence_and_applause_match_nothing(tmp_path, media, kind):
    workspace = _workspace(tmp_path, media)
    result = _scan(workspace, media[kind], "someone")
    assert result.error is None and result.matches == []


def test_a_sound_track_too_short_to_use_never_fails_the_video_scan(tmp_path, media):
    workspace = _workspace(tmp_path, media)
    result = _scan(workspace, media["short_sound"], "someone")
    assert result.error is None and result.duration == pytest.approx(12.0, abs=0.2)


def test_a_song_that_is_silence_or_not_a_file_is_refused_with_one_line(tmp_path):
    silence = synthetic_audio.write_audio(tmp_path / "silence.wav", np.zeros(5 * RATE, np.float32))
    broken = tmp_path / "broken.ogg"
    broken.write_bytes(b"OggS not really")
    workspace = Workspace(tmp_path / "ws")
    results = list(workspace.add_originals([silence, broken, tmp_path / "missing.mp3"]))
    assert [result.status for result in results] == ["failed"] * 3
    assert "silence" in results[0].error and "broken.ogg" in results[1].error
    assert all("\n" not in result.error for result in results)


def test_the_audio_store_is_rebuilt_from_the_database(tmp_path, media):
    workspace = _workspace(tmp_path, media)
    shutil.rmtree(workspace.audio_folder)              # a lost store
    # A scan searches the registered songs from their rows meanwhile: never a false "no match".
    assert _scan(workspace, media["upload"], "a").matches[0].channel == "audio"
    (workspace.audio_folder).mkdir()
    (workspace.audio_folder / "hashes-leftover.npy").write_bytes(b"half a write")
    list(workspace.add_originals([]))                  # any writer reconciles
    assert not (workspace.audio_folder / "hashes-leftover.npy").exists()
    from origin.index.audio import AudioStore
    with workspace.session() as session:
        keys = set(session.scalars(select(Original.key).where(Original.audio_peaks.is_not(None))))
        states = set(session.scalars(select(Original.audio_state)
                                     .where(Original.audio_peaks.is_not(None))))
    assert AudioStore(workspace.audio_folder).keys() == keys and states == {"indexed"}
    assert _scan(workspace, media["upload"], "b").matches[0].channel == "audio"


def test_a_store_from_before_pair_hashes_is_searched_from_the_rows_until_a_writer_rebuilds_it(
        tmp_path, media):
    workspace = _workspace(tmp_path, media)
    manifest = workspace.audio_folder / "manifest.json"
    described = json.loads(manifest.read_text())
    del described["hashes"]                            # a workspace made before this version
    manifest.write_text(json.dumps(described))
    assert _scan(workspace, media["upload"], "a").matches[0].channel == "audio"
    runner = CliRunner()
    status = runner.invoke(main, ["--workspace", str(workspace.path), "index", "status", "--json"])
    assert "before pair hashes" in json.loads(status.output)["problems"][0]
    list(workspace.add_originals([]))                  # any writer rebuilds it from the rows
    status = runner.invoke(main, ["--workspace", str(workspace.path), "index", "status", "--json"])
    assert json.loads(status.output)["problems"] == []
    assert "hashes" in json.loads(manifest.read_text())
    assert _scan(workspace, media["upload"], "b").matches[0].channel == "audio"


@pytest.mark.parametrize("damage", ["manifest", "postings"])
def test_a_damaged_audio_store_fails_a_scan_with_one_line_and_the_next_writer_repairs_it(
        tmp_path, media, damage):
    workspace = _workspace(tmp_path, media)
    if damage == "manifest":
        (workspace.audio_folder / "manifest.json").write_text("{x")
    else:
        next(workspace.audio_folder.glob("postings-*.npy")).write_bytes(b"")
    runner = CliRunner()
    scanned = runner.invoke(main, ["--workspace", str(workspace.path), "scan",
                                   str(media["upload"]), "--json"])
    assert scanned.exit_code != 0 and "unreadable audio store" in scanned.output
    assert "Traceback" not in scanned.output
    status = runner.invoke(main, ["--workspace", str(workspace.path), "index", "status", "--json"])
    assert "unreadable audio store" in json.loads(status.output)["problems"][0]
    list(workspace.add_originals([]))                  # any writer repairs it from the rows
    status = runner.invoke(main, ["--workspace", str(workspace.path), "index", "status", "--json"])
    assert json.loads(status.output)["problems"] == []
    assert _scan(workspace, media["upload"], "a").matches[0].channel == "audio"


@pytest.mark.parametrize("recorded", [True, False])
def test_two_originals_with_the_same_music_are_both_reported_and_the_earliest_claims(
        tmp_path, media, recorded):
    """The same music inside two registered originals (a medley that reuses the song) is not a
    wrong match but an ambiguity: the upload's sound matches both. Registering the medley records
    that it holds the song's music (``audio.shared``), so the earliest publisher (the song,
    January) claims the upload by the music rules and lists the medley, whose match yields
    (``shared_material``, no decision of its own). Where no overlap was recorded (originals
    registered before stop 41), two owners claiming the same seconds are an ownership conflict
    (review, never an automatic mute or takedown)."""
    workspace = _workspace(tmp_path, media)
    song = synthetic_audio.melody(21, SONG_SECONDS)
    medley = synthetic_audio.write_audio(
        tmp_path / "medley.flac", np.concatenate([synthetic_audio.melody(24, 10.0), song[5 * RATE:30 * RATE]]))
    [added] = list(workspace.add_originals([medley], owner="other-label",
                                           published_at=datetime(2026, 2, 1, tzinfo=timezone.utc)))
    assert added.status == "added"
    [shared] = added.shared
    assert {row["id"]: Path(row["path"]).name for row in workspace.originals()}[
        shared["original"]] == "song.mp3"
    assert shared["seconds"][0] == pytest.approx(10.0, abs=1.0)
    assert shared["its_seconds"][0] == pytest.approx(5.0, abs=1.0)
    if not recorded:
        with workspace.sql() as sql:
            sql.execute("DELETE FROM sound_overlaps")
    matches = _scan(workspace, media["upload"], "creator-c").to_json()["matches"]
    assert sorted(Path(m["original_path"]).name for m in matches) == ["medley.flac", "song.mp3"]
    by_name = {Path(m["original_path"]).name: m for m in matches}
    if recorded:
        assert by_name["song.mp3"]["decision"] == "mute"
        assert by_name["song.mp3"]["shared_with"] == [by_name["medley.flac"]["original"]]
        assert by_name["medley.flac"]["yields_to"] == by_name["song.mp3"]["original"]
        assert (by_name["medley.flac"]["decision"], by_name["medley.flac"]["rule"]) == \
            ("none", "shared_material")
    else:
        assert {m["decision"] for m in matches} == {"review"}
        assert {m["rule"] for m in matches} == {"ownership_conflict"}


def test_a_revoked_licence_exempts_no_later_upload_and_earlier_decisions_keep_their_reason(
        tmp_path, media):
    """A licence granted to the wrong account ends at ``music revoke``: that account's next
    upload is decided by the music rules, while the decision made under the licence keeps its
    rule, and the audit log and ``music licenses`` say who ended it, when and why."""
    from origin.enforcement.models import DecisionRecord
    from origin.jobs.scan import UploadItem

    workspace = _workspace(tmp_path, media)
    runner = CliRunner()
    base = ["--workspace", str(workspace.path)]
    granted = runner.invoke(main, base + ["music", "license", "--owner", "label", "--to",
                                          "creator-w", "--json"])
    number = json.loads(granted.stdout)["id"]
    [before] = list(workspace.scan([UploadItem(str(media["upload"]), "up-before", "creator-w")],
                                   act=scan_action(workspace)))
    assert before.to_json()["matches"][0]["rule"] == "music_licence"
    revoked = runner.invoke(main, base + ["music", "revoke", str(number), "--by", "rights-desk",
                                          "--why", "granted to the wrong account", "--json"])
    assert revoked.exit_code == 0, revoked.output
    view = json.loads(revoked.stdout)
    assert view["revoked"]["by"] == "rights-desk" and view["revoked"]["until_before"] is None
    assert view["until"] == view["revoked"]["at"]
    [after] = list(workspace.scan([UploadItem(str(media["upload"]), "up-after", "creator-w")],
                                  act=scan_action(workspace)))
    assert after.to_json()["matches"][0]["decision"] == "mute"
    with workspace.session() as session:
        rules = {row.upload_id: row.rule for row in session.scalars(select(DecisionRecord))}
    assert rules["up-before"] == "music_licence" and rules["up-after"] != "music_licence"
    listed = runner.invoke(main, base + ["music", "licenses"])
    assert f"revoked {view['revoked']['at']} by rights-desk" in listed.stdout
    # once more, an unknown number, a blank reason: one line each, nothing changed
    for arguments, code, line in (
            ([str(number), "--by", "x", "--why", "again"], 1,
             f"Error: licence {number}: already ended at {view['until']}"),
            (["77", "--by", "x", "--why", "y"], 1,
             "Error: licence 77: no such licence (music licenses lists them)"),
            ([str(number), "--by", "x", "--why", " "], 2,
             "Error: Invalid value for '--why': a reason is required, not a blank")):
        out = runner.invoke(main, base + ["music", "revoke", *arguments])
        assert out.exit_code == code and out.stderr.strip().splitlines()[-1] == line, out.output
    # the account can be licensed again: a new licence, open-ended
    again = runner.invoke(main, base + ["music", "license", "--owner", "label", "--to",
                                        "creator-w", "--json"])
    assert json.loads(again.stdout)["id"] != number and json.loads(again.stdout)["until"] is None
