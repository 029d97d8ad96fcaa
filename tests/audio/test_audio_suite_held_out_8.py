"""The eighth held-out audio part's structure (benchmarks/audio_suite.py, held_out_8), on music this
test makes itself: every new family (a car, a concert filmed on a phone, a dance challenge, a DJ
over the intro, pitch at the same tempo, 8D audio, a karaoke, a vlog of several voices) writes a
file whose manifest row says where the song is, at what level, and which decision the default
policy gives a match covering it; a mono song gets no karaoke. No real music, no matcher: the part
itself is sealed."""
from __future__ import annotations

import json
import shutil
import wave

import numpy as np
import pytest

from benchmarks import audio_suite as suite
from tests.audio.test_audio_suite_held_out_6 import _song

RATE = suite.RATE
pytestmark = pytest.mark.skipif(not (shutil.which("sox") and shutil.which("espeak-ng")),
                                reason="the audio suite is built with SoX and espeak-ng")


def _stereo_song(path, seconds: float, seed: int) -> None:
    """Two made songs, one a little left and one a little right of the middle: a side to keep."""
    first, second = path.with_suffix(".l.wav"), path.with_suffix(".r.wav")
    _song(first, seconds, seed)
    _song(second, seconds, seed + 10)
    left, right = suite.sox_read(first, []), suite.sox_read(second, [])
    size = min(len(left), len(right))
    stereo = np.stack([0.8 * left[:size] + 0.3 * right[:size],
                       0.3 * left[:size] + 0.8 * right[:size]], axis=1)
    suite.write_stereo_wav(path, stereo)
    first.unlink()
    second.unlink()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Each new family from one made stereo song, with two made songs as the unregistered music."""
    folder = tmp_path_factory.mktemp("held-out-8")
    song, others = folder / "pkg--song.wav", [folder / "other--a.wav", folder / "other--b.wav"]
    _stereo_song(song, 60, 1)
    for number, other in enumerate(others):
        _song(other, 40, 2 + number)
    out, work = folder / "suite", folder / "work"
    out.mkdir()
    work.mkdir()
    rng = np.random.default_rng(suite.HELD_OUT_8_SEED)
    queries = [suite._positive_8(rng, family, song, others, work, out, suite.HELD_OUT_8_LINES,
                                 suite.city) for family in suite.FAMILIES_8]
    return queries, out, {path.name: path for path in [song, *others]}, others, work


def test_every_new_family_is_one_file_with_its_span_inside_it(built):
    queries, out, music, *_ = built
    assert [query.family for query in queries] == list(suite.FAMILIES_8)
    report = suite.check(queries, out, music)
    assert report["missing"] == [] and report["span_outside_file"] == [] and report["speed_off"] == []
    assert {family: set(counts) for family, counts in report["actions"].items()} == {
        family: {"mute"} for family in suite.FAMILIES_8}
    assert report["passes"]["dance"] and "dance" not in suite.SPEED_FAMILIES


def test_the_song_is_fitted_back_at_the_level_its_row_says(built):
    queries, out, music, *_ = built
    levels = suite.check(queries, out, music)["level_off_by_db"]
    for family in ("car", "dance", "djtalk", "vlogvoices"):
        assert levels[family]["max_abs_off"] < 1.0, (family, levels[family])
    low, high = levels["vlogvoices"]["music_db_below_the_rest"]
    assert 11 <= low <= high <= 26
    # the road is 0-8 dB under the song, the steps and claps 0-8 dB under the hook
    assert -9 <= levels["car"]["music_db_below_the_rest"][0] <= 1
    assert -9 <= levels["dance"]["music_db_below_the_rest"][0] <= 1
    # the phone's clipping distorts the concert: the fit lies at or under the stated SNR's level
    concert = next(query for query in queries if query.family == "concert")
    stated = float(concert.detail.split("crowd SNR ")[1].split()[0])
    assert levels["concert"]["music_db_below_the_rest"][0] >= -stated - 1.0


def test_a_dj_talks_over_the_songs_first_seconds_only(built):
    query = next(query for query in built[0] if query.family == "djtalk")
    assert query.original_start == 0.0 and 0.5 <= query.upload_start <= 2
    over = float(query.detail.split("over its first ")[1].split()[0])
    assert 4 <= over <= 8 and query.upload_end - query.upload_start >= 15 - 0.01
    upload = suite.sox_read(built[1] / query.file, [])
    song = suite._trim(built[2][query.track], 0.0, query.original_end)
    after = int((query.upload_start + over + 0.5) * RATE)
    # after the talk the upload is the song alone, up to the gain it was put in at
    tail = upload[after:after + len(song) - int((over + 0.5) * RATE)]
    alone = song[int((over + 0.5) * RATE):][:len(tail)]
    assert np.corrcoef(tail, alone)[0, 1] > 0.99


def test_a_dance_loop_says_every_pass_after_the_steps_count_in(built):
    query = next(query for query in built[0] if query.family == "dance")
    passes = query.spans()
    assert 2 <= len(passes) <= 4 and 0.5 <= passes[0][0] <= 2
    for (start, end, first, last), following in zip(passes, passes[1:]):
        assert following[0] == pytest.approx(end, abs=1e-3) and following[2] == first
        assert 8 <= last - first <= 15.01


def test_pitch_at_the_same_tempo_keeps_the_songs_seconds(built):
    query = next(query for query in built[0] if query.family == "pitchsame")
    cents = int(query.detail.split()[0])
    assert 100 <= abs(cents) <= 200
    assert query.upload_end - query.upload_start == pytest.approx(
        query.original_end - query.original_start, abs=0.01)


def test_eight_d_turns_between_the_ears_and_karaoke_keeps_only_the_side(built):
    queries, out, music, *_ = built
    eightd = next(query for query in queries if query.family == "eightd")
    with wave.open(str(out / eightd.file)) as handle:
        assert handle.getnchannels() == 2
    assert min(suite.check([eightd], out, music)["eightd_balance_swing_db"]) > 10
    karaoke = next(query for query in queries if query.family == "karaoke")
    side_db = float(karaoke.detail.split("the side ")[1].split()[0])
    assert 0 < side_db < suite.KARAOKE_MIN_SIDE_DB
    upload = suite.sox_read(out / karaoke.file, [])
    stereo = suite._trim_stereo(music[karaoke.track], karaoke.original_start,
                                karaoke.original_end - karaoke.original_start)
    first = int(round(karaoke.upload_start * RATE))
    side = (stereo[:, 0] - stereo[:, 1])[:len(upload) - first]
    assert np.corrcoef(upload[first:first + len(side)], side)[0, 1] > 0.99


def test_a_mono_song_gets_no_karaoke(built):
    *_, others, work = built
    out = work / "mono"
    out.mkdir(exist_ok=True)
    rng = np.random.default_rng(1)
    assert suite._positive_8(rng, "karaoke", others[0], others, work, out, suite.HELD_OUT_8_LINES,
                             suite.city) is None
    assert list(out.iterdir()) == []


def test_road_crowd_and_steps_are_unit_level_and_as_long_as_asked():
    rng = np.random.default_rng(2)
    for sound in (suite.road(rng, 6.0), suite.crowd(rng, 6.0, suite.HELD_OUT_8_LINES),
                  suite.city(rng, 6.0), suite.steps_and_claps(rng, 6.0)[0]):
        assert len(sound) == int(6.0 * RATE) and suite.rms(sound) == pytest.approx(1.0, rel=0.01)
    # the road's sound is mostly low: the rumble and the engine
    spectrum = np.abs(np.fft.rfft(suite.road(rng, 6.0))) ** 2
    frequencies = np.fft.rfftfreq(int(6.0 * RATE), 1 / RATE)
    assert spectrum[frequencies < 400].sum() > spectrum[frequencies >= 400].sum()


def test_the_manifest_keeps_details_actions_and_passes(built, tmp_path):
    queries = built[0]
    (tmp_path / "manifest.json").write_text(json.dumps({
        "version": suite.SUITE_VERSION, "seed": 9, "queries": [suite.asdict(q) for q in queries]}))
    assert suite._build("held_out_8", None, None, 9, tmp_path, rebuild=False) == queries


def test_held_out_8_registers_every_sixth_track_aside_and_skips_the_jingles(tmp_path, monkeypatch):
    data, unregistered = tmp_path / "music", tmp_path / "unregistered"
    data.mkdir()
    unregistered.mkdir()
    for number in range(8):
        (data / f"pkg--t{number:02d}.flac").write_bytes(b"")
    for name in ("pachi-data--menu.flac", "seahorse-adventures--death.ogg"):
        (unregistered / name).write_bytes(b"")
    monkeypatch.setattr(suite, "HELD_OUT_8_DATA", data)
    monkeypatch.setattr(suite, "HELD_OUT_8_UNREGISTERED", unregistered)
    registered, unrelated = suite.held_out_8_tracks()
    assert [path.name for path in unrelated] == ["pkg--t02.flac", "pachi-data--menu.flac"]
    assert len(registered) == 7 and not set(registered) & set(unrelated)


def test_a_parallel_build_is_the_same_whatever_the_number_of_workers(built, tmp_path):
    *_, others, _work = built
    songs = []
    for number in range(2):
        songs.append(tmp_path / f"pkg--s{number}.wav")
        _song(songs[-1], 30, 20 + number)
    suites = []
    for workers in (1, 2):
        out = tmp_path / f"suite-{workers}"
        queries = suite._build("held_out_8", lambda: (songs, others),
                               lambda rng, unrelated, workdir, out: [], 5, out, rebuild=True,
                               families=("pitchsame", "car"), lines=suite.HELD_OUT_8_LINES,
                               held=True, with_action=True, ambience=suite.city, workers=workers)
        suites.append((queries, {path.name: path.read_bytes() for path in out.glob("*.wav")}))
    assert suites[0] == suites[1] and len(suites[0][0]) == 4
    # each track's queries come from its own stream: left out, a track changes no other's
    out = tmp_path / "suite-one"
    alone = suite._build("held_out_8", lambda: (songs[1:], others),
                         lambda rng, unrelated, workdir, out: [], 5, out, rebuild=True,
                         families=("pitchsame", "car"), lines=suite.HELD_OUT_8_LINES,
                         held=True, with_action=True, ambience=suite.city, workers=1)
    assert alone == [query for query in suites[0][0] if query.track == songs[1].name]
