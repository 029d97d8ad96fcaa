"""The ninth held-out audio part's structure (benchmarks/audio_suite.py, held_out_9), on music and
sounds this test makes itself: every new family (from another room, on a phone's speaker, a medley,
a beat added, game footage's sound, meme effects cut in, an ASMR whisper, only at a video's end)
writes a file whose manifest row says where each song is, at what level, and which decision the
default policy gives a match covering it; a medley names every song it joins. No real music, no
matcher: the part itself is sealed."""
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


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Each new family from one made song, with two more made songs registered beside it (a
    medley's partners), one unregistered, and made game sounds."""
    folder = tmp_path_factory.mktemp("held-out-9")
    songs = [folder / f"pkg--song{number}.wav" for number in range(3)]
    for number, song in enumerate(songs):
        _song(song, 60, 30 + number)
    other = folder / "other--a.wav"
    _song(other, 40, 40)
    sounds = []
    rng = np.random.default_rng(3)
    for number in range(3):
        sounds.append(folder / f"beep{number}.wav")
        times = np.arange(int(0.3 * RATE)) / RATE
        suite.write_wav(sounds[-1], (np.sin(2 * np.pi * rng.uniform(300, 2000) * times)
                                     * np.exp(-times / 0.1) * 0.5).astype(np.float32))
    out, work = folder / "suite", folder / "work"
    out.mkdir()
    work.mkdir()
    rng = np.random.default_rng(suite.HELD_OUT_9_SEED)
    queries = [suite._positive_9(rng, family, songs[0], [other], work, out, suite.HELD_OUT_9_LINES,
                                 suite.city, songs, sounds) for family in suite.FAMILIES_9]
    return queries, out, {path.name: path for path in [*songs, other]}


def test_every_new_family_is_one_file_with_its_spans_inside_it(built):
    queries, out, music = built
    assert [query.family for query in queries] == list(suite.FAMILIES_9)
    report = suite.check(queries, out, music)
    assert report["missing"] == [] and report["span_outside_file"] == [] and report["speed_off"] == []
    assert "also_wrong" not in report
    assert all(query.action.split()[0] in ("mute", "track") for query in queries)
    assert not set(suite.FAMILIES_9) & set(suite.SPEED_FAMILIES)


def test_the_song_is_fitted_back_at_the_level_its_row_says(built):
    queries, out, music = built
    levels = suite.check(queries, out, music)["level_off_by_db"]
    for family in ("otherroom", "phonespeaker", "beat", "gamefx", "asmr"):
        assert levels[family]["max_abs_off"] < 1.0, (family, levels[family])
    low, high = levels["asmr"]["music_db_below_the_rest"]
    assert 5 <= low <= high <= 16
    room = next(query for query in queries if query.family == "otherroom")
    low_pass = int(suite.ROOM_DETAIL.match(room.detail)[1])
    assert 500 <= low_pass <= 1800
    # the other room is quiet: the upload's music far under full scale
    upload = suite.sox_read(out / room.file, [])
    first, last = int(room.upload_start * RATE), int(room.upload_end * RATE)
    assert suite.rms(upload[first:last]) < 10 ** (-20 / 20)


def test_a_medley_names_every_song_with_its_span(built):
    queries, out, music = built
    medley = next(query for query in queries if query.family == "medley")
    assert 1 <= len(medley.also) <= 2
    names = [medley.track, *(name for name, *_ in medley.also)]
    assert len(set(names)) == len(names) and set(names) <= set(music)
    assert set(medley.truth().copies) == set(names)
    spans = sorted([medley.spans()[0], *(spans[0] for _, spans, _ in medley.also)])
    assert spans[0][0] == 0.0
    for before, after in zip(spans, spans[1:]):
        # joined by a 1-2 s cross-fade: the next song starts before the last one ends
        assert 1.0 - 0.01 <= before[1] - after[0] <= 2.0 + 0.01
    for start, end, first, last in spans:
        assert 7.99 <= end - start <= 14.01 and last - first == pytest.approx(end - start, abs=0.01)
    assert spans[-1][1] == pytest.approx(suite.duration_of(out / medley.file), abs=0.01)
    assert all(action.split()[0] in ("mute", "track") for *_, action in medley.also)


def test_meme_effects_cut_the_song_into_passes_on_one_line(built):
    queries, out, music = built
    query = next(query for query in queries if query.family == "memefx")
    passes = query.spans()
    assert 3 <= len(passes) <= 4
    for start, end, first, last in passes:      # the song's time runs on under each effect
        assert first - start == pytest.approx(query.original_start, abs=1e-3)
    upload = suite.sox_read(out / query.file, [])
    song = suite._trim(music[query.track], query.original_start, 20.0)
    for (start, end, *_), following in zip(passes, passes[1:]):
        gap = upload[int(end * RATE) + 10:int(following[0] * RATE) - 10]
        copy = song[int(end * RATE) + 10:int(following[0] * RATE) - 10]
        assert len(gap) and abs(np.corrcoef(gap, copy)[0, 1]) < 0.5      # an effect, not the song
        inside = upload[int(start * RATE) + 10:int(end * RATE) - 10]
        assert np.corrcoef(inside, song[int(start * RATE) + 10:int(end * RATE) - 10])[0, 1] > 0.99


def test_the_song_only_ends_the_video_after_the_talk(built):
    queries, out, _music = built
    query = next(query for query in queries if query.family == "endonly")
    assert query.upload_start >= 8 - 0.01 and 5 - 0.01 <= query.upload_end - query.upload_start <= 8.01
    assert query.upload_end == pytest.approx(suite.duration_of(out / query.file), abs=0.01)


def test_beat_and_meme_effects_are_unit_level():
    rng = np.random.default_rng(4)
    beat, bpm = suite.drum_loop(rng, 6.0)
    assert len(beat) == int(6.0 * RATE) and 85 <= bpm <= 130
    assert suite.rms(beat) == pytest.approx(1.0, rel=0.01)
    for kind in suite.MEME_EFFECTS:
        effect = suite.meme_effect(rng, kind)
        assert 0.3 * RATE <= len(effect) <= 2 * RATE and suite.rms(effect) == pytest.approx(1.0, rel=0.01)


def test_the_manifest_keeps_a_medleys_other_songs(built, tmp_path):
    queries = built[0]
    (tmp_path / "manifest.json").write_text(json.dumps({
        "version": suite.SUITE_VERSION, "seed": 9, "queries": [suite.asdict(q) for q in queries]}))
    assert suite._build("held_out_9", None, None, 9, tmp_path, rebuild=False) == queries


def test_held_out_9_registers_every_sixth_track_aside_and_skips_the_jingles(tmp_path, monkeypatch):
    data, unregistered = tmp_path / "music", tmp_path / "unregistered"
    data.mkdir()
    unregistered.mkdir()
    for number in range(8):
        (data / f"pkg--t{number:02d}.flac").write_bytes(b"")
    (data / "plee-the-bear-data--game-over.ogg").write_bytes(b"")
    (unregistered / "wizznic-data--menu-music.ogg").write_bytes(b"")
    monkeypatch.setattr(suite, "HELD_OUT_9_DATA", data)
    monkeypatch.setattr(suite, "HELD_OUT_9_UNREGISTERED", unregistered)
    registered, unrelated = suite.held_out_9_tracks()
    assert [path.name for path in unrelated] == ["pkg--t02.flac", "wizznic-data--menu-music.ogg"]
    assert len(registered) == 7 and not set(registered) & set(unrelated)
    assert "plee-the-bear-data--game-over.ogg" not in {path.name for path in registered}


def test_every_track_has_the_new_and_vlog_families_and_two_earlier_ones_in_turn(tmp_path):
    tracks = [tmp_path / f"pkg--t{number:02d}.flac" for number in range(20)]
    families = suite.held_out_9_families(list(reversed(tracks)))
    assert set(families) == {track.name for track in tracks}
    turns = []
    for track in tracks:                      # in name order, whatever order they come in
        mine = families[track.name]
        assert mine[:3] == suite.HELD_OUT_9_ALWAYS and mine[-8:] == suite.FAMILIES_9
        turns += mine[3:-8]
    assert len(turns) == 2 * len(tracks)
    # 40 turns over the 28 other earlier families: each of them at least once, none twice in a row
    assert set(turns) == set(suite.HELD_OUT_9_TURNS) and len(suite.HELD_OUT_9_TURNS) == 28
    assert all(first != second for first, second in zip(turns, turns[1:]))
    assert not set(suite.HELD_OUT_9_TURNS) & set(suite.HELD_OUT_9_ALWAYS + suite.FAMILIES_9)


def test_a_shared_recording_is_named_beside_the_song_wherever_it_is_copied(built):
    queries, out, music = built
    song = next(iter(music))                   # pkg--song0.wav, the fixture's copied song
    named = suite.with_shared(queries, {song: ("other--a.wav",)}, out, music)
    for before, after in zip(queries, named):
        names = {name: spans for name, spans, _ in after.also}
        if song in before.originals():
            mine = before.spans() if before.track == song else next(
                spans for name, spans, _ in before.also if name == song)
            assert names["other--a.wav"] == mine and "other--a.wav" in after.truth().copies
        else:
            assert after == before
    assert suite.with_shared(named, {song: ("other--a.wav",)}, out, music) == named
