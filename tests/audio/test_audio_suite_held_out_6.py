"""The sixth held-out audio part's structure (benchmarks/audio_suite.py, held_out_6), on music this
test makes itself: every family of how apps use music today writes a file whose manifest row says
where the song is (each pass of a loop, both passages of a cut), at what speed, and which decision
the default policy gives a match covering it. No real music, no matcher: the part itself is sealed."""
from __future__ import annotations

import json
import shutil
import wave

import numpy as np
import pytest

from benchmarks import audio_suite as suite

RATE = suite.RATE
pytestmark = pytest.mark.skipif(not (shutil.which("sox") and shutil.which("espeak-ng")),
                                reason="the audio suite is built with SoX and espeak-ng")


def _song(path, seconds: float, seed: int) -> None:
    """Notes of random pitch and length with a beat: music enough for SoX's effects."""
    rng = np.random.default_rng(seed)
    out, at = np.zeros(int(seconds * RATE), np.float32), 0
    while at < len(out):
        length = int(rng.uniform(0.15, 0.5) * RATE)
        times = np.arange(length) / RATE
        note = np.sin(2 * np.pi * 110 * 2 ** (rng.integers(0, 36) / 12) * times)
        piece = (note * np.exp(-3 * times))[:len(out) - at]
        out[at:at + len(piece)] += piece.astype(np.float32)
        at += length
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes((out * 0.3 * 32767).astype("<i2").tobytes())


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One query of each new family from one made song, with two made songs as the unregistered
    music around and under them."""
    folder = tmp_path_factory.mktemp("held-out-6")
    song, others = folder / "pkg--song.wav", [folder / "other--a.wav", folder / "other--b.wav"]
    _song(song, 60, 1)
    for number, other in enumerate(others):
        _song(other, 40, 2 + number)
    out, work = folder / "suite", folder / "work"
    out.mkdir()
    work.mkdir()
    rng = np.random.default_rng(suite.HELD_OUT_6_SEED)
    queries = [suite._positive_6(rng, family, song, others, work, out, suite.HELD_OUT_6_LINES)
               for family in suite.FAMILIES_6]
    return queries, out, {path.name: path for path in [song, *others]}


def test_every_new_family_is_one_file_with_its_spans_inside_it(built):
    queries, out, music = built
    assert [query.family for query in queries] == list(suite.FAMILIES_6)
    report = suite.check(queries, out, music)
    assert report["missing"] == [] and report["span_outside_file"] == [] and report["speed_off"] == []
    assert set(report["actions"]) == set(suite.FAMILIES_6)
    # the vlog's song is fitted back at the level its row says, under the speech and the street
    assert report["level_off_by_db"]["vlog"]["max_abs_off"] < 1.0
    low, high = report["level_off_by_db"]["vlog"]["music_db_below_the_rest"]
    assert 14 <= low <= high <= 21


def test_a_loop_says_every_pass_end_to_end_on_one_stretch_of_the_song(built):
    loop = next(query for query in built[0] if query.family == "loop")
    passes = loop.spans()
    assert 2 <= len(passes) <= 6 and loop.detail.startswith(f"x{len(passes)} loop")
    assert {(span[2], span[3]) for span in passes} == {(loop.original_start, loop.original_end)}
    for before, after in zip(passes, passes[1:]):
        assert after[0] == pytest.approx(before[1], abs=1e-3)
    assert 5 <= passes[0][1] - passes[0][0] <= 15
    assert loop.truth().copies == {loop.track: passes}


def test_a_cut_song_says_both_passages_and_the_jump(built):
    cut = next(query for query in built[0] if query.family == "cutjoin")
    first, second = cut.spans()
    assert second[0] == pytest.approx(first[1], abs=1e-3)          # joined in the upload
    assert second[2] >= first[3] + 0.5 or second[3] <= first[2] - 0.5   # a jump in the song
    assert ("jump ahead" in cut.detail) == (second[2] > first[2])


def test_speed_families_say_their_speed_and_the_spans_agree(built):
    by_family = {query.family: query for query in built[0]}
    for family, low, high in (("nightcore", 1.2, 1.3), ("slowreverb", 0.8, 0.9)):
        query = by_family[family]
        speed = float(query.detail.split()[0].lstrip("x"))
        assert low <= speed <= high and family in suite.SPEED_FAMILIES
        measured = (query.original_end - query.original_start) / (query.upload_end - query.upload_start)
        assert measured == pytest.approx(speed, rel=0.01)


def test_a_mashup_names_the_unregistered_songs_it_crossfades_with(built):
    mashup = next(query for query in built[0] if query.family == "mashup")
    assert "other--" in mashup.detail and mashup.upload_start >= 5


def test_the_short_excerpt_is_five_to_eight_seconds(built):
    short = next(query for query in built[0] if query.family == "short")
    assert 5 <= short.upload_end - short.upload_start <= 8


def test_the_manifest_keeps_passes_and_actions(built, tmp_path):
    queries, *_ = built
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({"version": suite.SUITE_VERSION, "seed": 5, "queries": [
        suite.asdict(query) for query in queries]}))
    again = suite._build("held_out_6", None, None, 5, tmp_path, rebuild=False)
    assert again == queries


@pytest.mark.parametrize("spans, upload, song, decision", [
    (((0, 30, 0, 30),), 31, 32, "takedown (music_reupload)"),        # the song is the upload
    (((2, 6, 10, 14),), 20, 200, "track (music_incidental)"),          # 4 s
    (((2, 12, 10, 20),), 20, 200, "mute (music_background)"),          # half the upload
    (((2, 12, 10, 20),), 100, 200, "track (music_brief_use)"),         # a tenth of it
    # a loop of 10 s six times: 60 s of the upload, the song's 10 s once
    (tuple((index * 10, index * 10 + 10, 50, 60) for index in range(6)), 61, 62,
     "mute (music_background)"),
    (tuple((index * 10, index * 10 + 10, 0, 10) for index in range(6)), 61, 10.5,
     "takedown (music_reupload)"),                                    # a 10 s song looped
])
def test_expected_action_is_the_default_policy_on_the_truth(spans, upload, song, decision):
    assert suite.expected_action(spans, upload, song) == decision


def test_held_out_6_registers_every_sixth_track_aside_and_the_unregistered_folder(tmp_path, monkeypatch):
    data, unregistered = tmp_path / "music", tmp_path / "unregistered"
    data.mkdir()
    unregistered.mkdir()
    for number in range(12):
        (data / f"pkg--t{number:02d}.ogg").write_bytes(b"")
    (unregistered / "other--x.ogg").write_bytes(b"")
    monkeypatch.setattr(suite, "HELD_OUT_6_DATA", data)
    monkeypatch.setattr(suite, "HELD_OUT_6_UNREGISTERED", unregistered)
    registered, unrelated = suite.held_out_6_tracks()
    assert [path.name for path in unrelated] == ["pkg--t02.ogg", "pkg--t08.ogg", "other--x.ogg"]
    assert len(registered) == 10 and not set(registered) & set(unrelated)
