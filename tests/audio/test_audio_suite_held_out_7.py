"""The seventh held-out audio part's structure (benchmarks/audio_suite.py, held_out_7), on music and
ambience this test makes itself: every new family (ducked under speech, played in a room and
recorded again, a duet or stitch, sped up under a vlog, 8-bit / lo-fi) writes a file whose manifest
row says where the song is, at what speed and level, and which decision the default policy gives
a match covering it; the warped unregistered music its negatives add says its warp. No real music,
no matcher: the part itself is sealed."""
from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from benchmarks import audio_suite as suite
from tests.audio.test_audio_suite_held_out_6 import _song

RATE = suite.RATE
pytestmark = pytest.mark.skipif(not (shutil.which("sox") and shutil.which("espeak-ng")),
                                reason="the audio suite is built with SoX and espeak-ng")


def _room(path, seconds: float, seed: int) -> None:
    """A made ambience recording: brown-ish noise with a slow swell."""
    rng = np.random.default_rng(seed)
    noise = np.cumsum(rng.standard_normal(int(seconds * RATE)))
    noise -= np.convolve(noise, np.ones(400) / 400, "same")
    noise *= 1 + 0.5 * np.sin(np.arange(len(noise)) / RATE)
    suite.write_wav(path, (noise / np.abs(noise).max() * 0.5).astype(np.float32))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Each new family from one made song (the duet family twice, to have a stitch and a duet),
    with two made songs as the unregistered music and two made rooms as the ambience."""
    folder = tmp_path_factory.mktemp("held-out-7")
    song, others = folder / "pkg--song.wav", [folder / "other--a.wav", folder / "other--b.wav"]
    _song(song, 60, 1)
    for number, other in enumerate(others):
        _song(other, 40, 2 + number)
    rooms = [folder / "room--a.wav", folder / "room--b.wav"]
    for number, room in enumerate(rooms):
        _room(room, 9, 4 + number)
    ambience = suite.recorded_ambience(rooms)
    out, work = folder / "suite", folder / "work"
    out.mkdir()
    work.mkdir()
    rng = np.random.default_rng(suite.HELD_OUT_7_SEED)
    queries, duets = [], []
    for family in suite.FAMILIES_7:
        queries.append(suite._positive_7(rng, family, song, others, work, out,
                                         suite.HELD_OUT_7_LINES, ambience))
    kinds = set()
    while len(kinds) < 2:                    # one stitch and one side-by-side duet
        query = suite._positive_7(rng, "duet", song, others, work, out / "..",
                                  suite.HELD_OUT_7_LINES, ambience)
        kind = query.detail.split(":")[0]
        if kind not in kinds:
            kinds.add(kind)
            (out / ".." / query.file).rename(out / f"{kind}-{query.file}")
            duets.append(suite.replace(query, file=f"{kind}-{query.file}"))
    return queries, duets, out, {path.name: path for path in [song, *others]}, ambience, others


def test_every_new_family_is_one_file_with_its_span_inside_it(built):
    queries, duets, out, music, *_ = built
    assert [query.family for query in queries] == list(suite.FAMILIES_7)
    report = suite.check(queries + duets, out, music)
    assert report["missing"] == [] and report["span_outside_file"] == [] and report["speed_off"] == []
    assert report.get("lofi_levels_over", []) == []
    # every new family's song covers the upload enough to be muted, none of it is a re-upload
    assert {family: set(counts) for family, counts in report["actions"].items()} == {
        family: {"mute"} for family in suite.FAMILIES_7}


def test_the_song_is_fitted_back_at_the_level_its_row_says(built):
    queries, duets, out, music, *_ = built
    levels = suite.check(queries + duets, out, music)["level_off_by_db"]
    for family in ("rerecorded", "spedvlog", "duet"):
        assert levels[family]["max_abs_off"] < 1.0, family
    low, high = levels["spedvlog"]["music_db_below_the_rest"]
    assert 11 <= low <= high <= 19
    # the room's noise is 5-15 dB under the song: the song is that much above the rest
    assert -16 <= levels["rerecorded"]["music_db_below_the_rest"][0] <= -4
    # the ducked song's loud and ducked stretches are as far apart as the row says (a fit per
    # quarter second under speech: within 3 dB)
    assert levels["ducked"]["max_abs_off"] < 3.0


def test_a_stitch_joins_another_uploads_talk_before_or_after_the_song_and_a_duet_plays_both(built):
    _queries, duets, out, *_ = built
    by_kind = {query.detail.split(":")[0]: query for query in duets}
    stitch, duet = by_kind["stitch"], by_kind["duet"]
    seconds = suite.duration_of(out / stitch.file)
    song = stitch.upload_end - stitch.upload_start
    assert 8 <= song <= 14 and 4 <= seconds - song <= 10.1
    assert (stitch.upload_start == 0) == stitch.detail.startswith("stitch: the song")
    assert duet.upload_start == 0 and duet.upload_end == pytest.approx(
        suite.duration_of(out / duet.file), abs=0.01)


def test_sped_up_under_a_vlog_says_its_speed_and_the_spans_agree(built):
    query = next(query for query in built[0] if query.family == "spedvlog")
    speed = float(query.detail.split()[0].lstrip("x"))
    assert 1.1 <= speed <= 1.3 and "spedvlog" in suite.SPEED_FAMILIES
    measured = (query.original_end - query.original_start) / (query.upload_end - query.upload_start)
    assert measured == pytest.approx(speed, rel=0.01)
    assert query.upload_start >= 1                    # the vlog runs before the song


def test_the_duck_gain_drops_while_the_voice_speaks_and_comes_back_between():
    voice = np.zeros(4 * RATE, np.float32)
    voice[RATE:2 * RATE] = np.sin(np.arange(RATE) * 0.1) * 0.5        # one second of "speech"
    gain = suite.duck_gain(voice, 12.0)
    assert gain[:RATE - 110] == pytest.approx(1.0)          # up to the 5 ms frame it starts in
    assert 20 * np.log10(gain[int(1.5 * RATE)]) == pytest.approx(-12.0, abs=0.1)
    assert gain[int(2.2 * RATE)] < 1 and gain[-1] == pytest.approx(1.0, abs=0.01)   # released


def test_a_bit_crushed_song_has_at_most_its_bits_levels_and_holds_its_samples():
    music = np.sin(np.arange(RATE) * 0.05).astype(np.float32) * 0.7
    crushed = suite.bitcrush(music, 4, 5512)
    assert len(np.unique(crushed)) <= 2 ** 4 - 1
    assert len(np.unique(crushed[:400])) < len(np.unique(music[:400]))
    # held at ~5.5 kHz: runs of 4 equal samples at 22.05 kHz
    assert np.mean(crushed[1:] == crushed[:-1]) > 0.7


def test_warped_unregistered_music_says_its_warp_and_lasts_accordingly(built):
    *_, others = built
    rng = np.random.default_rng(3)
    for kind, low, high in (("nightcore", 1.2, 1.3), ("slowreverb", 0.8, 0.9),
                            ("speed", 0.8, 1.25)):
        music, detail = suite._warped(rng, others[0], kind)
        factor = float(detail.split()[1].lstrip("x"))
        assert detail.startswith(kind) and low <= factor <= high and others[0].name in detail
        assert 10 / factor - 0.1 <= len(music) / RATE <= 16 / factor + 0.1


def test_recorded_ambience_is_unit_level_and_as_long_as_asked(built):
    ambience = built[4]
    bed = ambience(np.random.default_rng(1), 20.0)         # longer than the recordings: looped
    assert len(bed) == int(20.0 * RATE) and suite.rms(bed) == pytest.approx(1.0, rel=0.01)


def test_the_manifest_keeps_details_and_actions(built, tmp_path):
    queries, duets, *_ = built
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({"version": suite.SUITE_VERSION, "seed": 9, "queries": [
        suite.asdict(query) for query in queries + duets]}))
    assert suite._build("held_out_7", None, None, 9, tmp_path, rebuild=False) == queries + duets


def test_held_out_7_registers_every_sixth_track_aside_and_the_unregistered_folder(tmp_path, monkeypatch):
    data, unregistered = tmp_path / "music", tmp_path / "unregistered"
    data.mkdir()
    unregistered.mkdir()
    for number in range(8):
        (data / f"pkg--t{number:02d}.flac").write_bytes(b"")
    (unregistered / "kenta--bgm.ogg").write_bytes(b"")
    monkeypatch.setattr(suite, "HELD_OUT_7_DATA", data)
    monkeypatch.setattr(suite, "HELD_OUT_7_UNREGISTERED", unregistered)
    registered, unrelated = suite.held_out_7_tracks()
    assert [path.name for path in unrelated] == ["pkg--t02.flac", "kenta--bgm.ogg"]
    assert len(registered) == 7 and not set(registered) & set(unrelated)
    assert "a7xpg-data" in suite.KENTA_CHO
