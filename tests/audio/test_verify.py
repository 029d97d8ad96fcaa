"""Verification on generated tunes: a copy under a voice louder than the music, which keeps too
few landmark hashes to be found by them, is found by checking the original's peaks along the
candidate line; speech, unrelated tunes, claps and silence stay unmatched."""
from __future__ import annotations

from datetime import datetime, timezone

import numpy as np
import pytest

from origin import synthetic_audio
from origin.audio.fingerprint import (ORIGINAL_PEAKS_PER_SECOND, UPLOAD_PEAKS_PER_SECOND,
                                      stored_landmarks)
from origin.audio.landmarks import IDENTITY
from origin.audio import matcher as audio_matcher
from origin.audio.matcher import VERIFIED, AudioMatcher
from origin.audio.peaks import BIN_COUNT, FRAME_SECONDS, peaks_of
from origin.audio import verify as verify_module
from origin.audio.verify import (AGREED_MIN_Z, MIN_EXCESS, MIN_Z, SEARCH_BINS, SEARCH_LEAD, SEARCH_MIN_Z, lags, presence,
                                 repeats, verify, verify_searched)
from origin.index.audio import AudioStore
from origin.match.decide import OriginalInfo
from origin.media.audio import SAMPLE_RATE

RATE = SAMPLE_RATE
TUNES = {key: synthetic_audio.melody(200 + key, 40.0, rate=RATE) for key in range(4)}
PEAKS = {key: peaks_of([tune], ORIGINAL_PEAKS_PER_SECOND) for key, tune in TUNES.items()}


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> tuple[AudioStore, dict]:
    store = AudioStore(tmp_path_factory.mktemp("audio"))
    infos = {}
    for key, peaks in PEAKS.items():
        store.add(key, stored_landmarks(peaks))
        infos[key] = OriginalInfo(key, f"tune-{key}", f"tune-{key}.wav", None,
                                  datetime(2026, 1, 1, tzinfo=timezone.utc), peaks.duration)
    store.save()
    return AudioStore(store.folder), infos


def matcher(store, verifies: bool) -> AudioMatcher:
    audio, infos = store
    return AudioMatcher(audio, lambda keys: {k: infos[k] for k in keys if k in infos},
                        peaks_lookup=(lambda keys: {k: PEAKS[k] for k in keys}) if verifies else None)


def upload(samples: np.ndarray):
    return peaks_of([samples], UPLOAD_PEAKS_PER_SECOND, dense=True)


def voice_over(key: int, start: float, seconds: float, below_db: float, seed: int) -> np.ndarray:
    """The tune's excerpt ``below_db`` under a babbling voice, with 3 s of voice before it."""
    music = TUNES[key][int(start * RATE):int((start + seconds) * RATE)]
    voice = synthetic_audio.babble(seed, seconds + 3.0, RATE)
    rms = lambda samples: float(np.sqrt(np.mean(samples ** 2)))
    music = music / rms(music) * rms(voice) * 10 ** (-below_db / 20)
    voice[3 * RATE:3 * RATE + len(music)] += music
    return voice


def test_music_well_under_a_voice_is_found_at_its_offset_by_verification(store):
    samples = voice_over(1, 12.0, 12.0, below_db=8.0, seed=3)
    found = matcher(store, verifies=True).match(upload(samples))
    assert [match.original for match in found] == ["tune-1"]
    segment = found[0].segments[0]
    assert abs(segment.original_start - segment.upload_start - 9.0) < 0.2   # 12 s - 3 s of voice
    assert segment.upload_start > 2.0 and segment.upload_end < 16.0
    assert matcher(store, verifies=False).match(upload(samples)) == []      # the hashes alone: no
    assert found[0].tier == VERIFIED                                        # so a person decides
    plain = np.concatenate([np.zeros(3 * RATE, np.float32), TUNES[1][12 * RATE:24 * RATE]])
    assert [match.tier for match in matcher(store, verifies=True).match(upload(plain))] == ["global"]


def test_a_voice_over_its_loose_hashes_never_propose_is_proposed_by_its_pairs(store, monkeypatch):
    samples = voice_over(2, 8.0, 12.0, below_db=8.0, seed=5)
    assert matcher(store, verifies=True).pair_lines(upload(samples).dense)[0][0] == 2
    monkeypatch.setattr(audio_matcher, "CANDIDATE_VOTES", 10 ** 6)   # no line of loose hashes
    found = matcher(store, verifies=True).match(upload(samples))
    assert [(match.original, match.tier) for match in found] == [("tune-2", VERIFIED)]
    segment = found[0].segments[0]
    assert abs(segment.original_start - segment.upload_start - 5.0) < 0.2   # 8 s - 3 s of voice
    monkeypatch.setattr(audio_matcher, "PAIR_CANDIDATES", 0)
    assert matcher(store, verifies=True).match(upload(samples)) == []


@pytest.mark.parametrize("sound", [
    lambda: synthetic_audio.babble(11, 20.0, RATE),                          # speech alone
    lambda: synthetic_audio.melody(999, 20.0, RATE),                         # unrelated music
    lambda: synthetic_audio.melody(998, 15.0, RATE) + synthetic_audio.babble(12, 15.0, RATE),
    lambda: synthetic_audio.claps(13, 10.0, RATE),
    lambda: synthetic_audio.noise(14, 10.0, RATE),
    lambda: np.zeros(10 * RATE, np.float32),
])
def test_what_is_not_registered_music_is_not_verified(store, sound):
    assert matcher(store, verifies=True).match(upload(sound())) == []


def test_the_null_is_what_other_offsets_find(store):
    samples = voice_over(2, 5.0, 15.0, below_db=6.0, seed=4)
    grid = presence(upload(samples).dense)
    right = verify(grid, PEAKS[2], IDENTITY, 2.0, 0.25)          # 5 s into the tune at upload 3 s
    wrong = verify(grid, PEAKS[2], IDENTITY, 2.0 + 40 * FRAME_SECONDS, 0.25)
    assert right.cells is not None and right.z >= MIN_Z and right.share > 2 * right.null
    assert wrong.cells is None and abs(wrong.share - wrong.null) < right.share - right.null
    assert abs(right.null - wrong.null) < 0.1      # the null depends on the upload, not the line


def test_a_few_seconds_above_chance_are_not_enough(store):
    """z alone is the maximum of many stretches: a copy must also hold MIN_EXCESS peaks beyond the
    null (4 s of music all present). 5.5 s of the tune under a voice stands z 10 above chance with
    ~29 peaks beyond it (the old bar, 24, let it through); the same tune 12 s long verifies."""
    short = presence(upload(voice_over(3, 20.0, 5.5, below_db=6.0, seed=5)).dense)
    long = presence(upload(voice_over(3, 20.0, 12.0, below_db=6.0, seed=5)).dense)
    brief = verify(short, PEAKS[3], IDENTITY, 17.0, 0.25)
    full = verify(long, PEAKS[3], IDENTITY, 17.0, 0.25)
    assert brief.cells is None and brief.z >= MIN_Z and 24 < brief.excess < MIN_EXCESS
    assert full.cells is not None and full.excess >= MIN_EXCESS


def test_a_copy_whose_candidate_line_is_wrong_is_verified_at_the_lag_its_peaks_agree_on(store):
    """Under a voice the candidate search's line is often a chance bin elsewhere in the song: the
    copy does not verify there, but the lag where most of the tune's peaks are present in the
    upload is the true one (9 s: 12 s into the tune at upload 3 s), and verifies far above chance."""
    dense = upload(voice_over(1, 12.0, 12.0, below_db=8.0, seed=3)).dense
    grid = presence(dense)
    assert verify(grid, PEAKS[1], IDENTITY, 25.0, 0.25).cells is None
    best, *rivals = lags(dense, PEAKS[1], IDENTITY, 4)
    assert abs(best - 9.0) <= 2 * FRAME_SECONDS and all(abs(other - best) >= 3.0 for other in rivals)
    found = verify_searched(presence(dense, SEARCH_BINS), dense, PEAKS[1], IDENTITY, 0.25)
    assert found is not None and found.z >= SEARCH_MIN_Z
    assert abs(found.cells.original_times - found.cells.upload_times - 9.0).max() <= 2 * FRAME_SECONDS


def test_a_searched_lag_the_pair_channel_agrees_on_has_the_lower_bar_and_no_other(monkeypatch):
    """The searched lag's own bar, out of reach here, gives way to AGREED_MIN_Z only when the
    pair channel found the same lag."""
    dense = upload(voice_over(1, 12.0, 12.0, below_db=8.0, seed=3)).dense
    sharp = presence(dense, SEARCH_BINS)
    monkeypatch.setattr(verify_module, "SEARCH_MIN_Z", 1000.0)
    assert verify_searched(sharp, dense, PEAKS[1], IDENTITY, 0.25) is None
    assert verify_searched(sharp, dense, PEAKS[1], IDENTITY, 0.25, agreed=9.0 + 10 * FRAME_SECONDS) is None
    found = verify_searched(sharp, dense, PEAKS[1], IDENTITY, 0.25, agreed=9.0 + 2 * FRAME_SECONDS)
    assert found is not None and found.z >= AGREED_MIN_Z


@pytest.mark.parametrize("sound", [
    lambda: synthetic_audio.babble(11, 20.0, RATE),
    lambda: synthetic_audio.melody(999, 20.0, RATE),
    lambda: synthetic_audio.melody(998, 15.0, RATE) + synthetic_audio.babble(12, 15.0, RATE),
])
def test_the_best_lag_of_a_song_not_in_the_upload_is_not_verified(sound):
    """The best of thousands of lags is a maximum of many: no tune verifies at it in an upload of
    speech or of another tune."""
    dense = upload(sound()).dense
    sharp = presence(dense, SEARCH_BINS)
    assert all(verify_searched(sharp, dense, peaks, IDENTITY, 0.25) is None for peaks in PEAKS.values())


def _under_a_voice(*parts: np.ndarray) -> np.ndarray:
    """``parts`` mixed together 6 dB under a babbling voice, from upload second 3."""
    voice = synthetic_audio.babble(6, 15.0, RATE)
    rms = lambda samples: float(np.sqrt(np.mean(samples ** 2)))
    for music in parts:
        voice[3 * RATE:3 * RATE + len(music)] += music / rms(music) * rms(voice) * 10 ** (-6 / 20)
    return voice


def test_a_song_that_plays_the_passage_twice_is_verified_at_one_of_its_two_lags():
    """A song that plays the same 15 s twice has two lags its copy verifies at equally: no lead,
    but the rival is the same material (the song's own peaks at the one lag are present at the
    other), so the copy is found, at one of the two."""
    looped = np.concatenate([TUNES[0][:480 * 256]] * 2)     # 15.4 s: whole hops and "seconds"
    twice = peaks_of([looped], ORIGINAL_PEAKS_PER_SECOND)
    dense = upload(_under_a_voice(TUNES[0][2 * RATE:14 * RATE])).dense
    grid = presence(dense, SEARCH_BINS)
    once = verify_searched(grid, dense, PEAKS[0], IDENTITY, 0.25)
    assert once is not None and once.z >= SEARCH_MIN_Z
    first, second, *_ = lags(dense, twice, IDENTITY, 4)
    assert {round(first), round(second)} == {-1, 14}
    zs = sorted(verify(grid, twice, IDENTITY, lag, 0.25).z for lag in (first, second))
    assert zs[0] > (1 - SEARCH_LEAD) * zs[1]
    loop = 480 * 256 / RATE
    assert repeats(twice, (2.0, 14.0), loop) and repeats(twice, (2.0 + loop, 14.0 + loop), -loop)
    found = verify_searched(grid, dense, twice, IDENTITY, 0.25)
    assert found is not None and found.z >= SEARCH_MIN_Z
    lag = np.median(found.cells.original_times - found.cells.upload_times)
    assert min(abs(lag - -1.0), abs(lag - (loop - 1.0))) <= 2 * FRAME_SECONDS


def test_a_lag_with_a_rival_as_good_that_is_other_material_is_not_verified():
    """Two lags as good whose stretches of the song differ are what a song sharing the upload's
    key and beat looks like: here a song made of two tunes, both under the voice at once, so one
    lag verifies the first half and another the second. Neither leads and they are not a repeat,
    so the search leaves it (the landmark hashes' line still finds a plain copy)."""
    song = np.concatenate([TUNES[0][:15 * RATE], TUNES[1][:15 * RATE]])
    both = peaks_of([song], ORIGINAL_PEAKS_PER_SECOND)
    dense = upload(_under_a_voice(TUNES[0][2 * RATE:14 * RATE], TUNES[1][2 * RATE:14 * RATE])).dense
    grid = presence(dense)
    first, second, *_ = lags(dense, both, IDENTITY, 4)
    assert {round(first), round(second)} == {-1, 14}
    assert verify(grid, both, IDENTITY, first, 0.25).cells is not None
    assert verify(grid, both, IDENTITY, second, 0.25).cells is not None
    assert not repeats(both, (2.0, 14.0), 15.0)
    assert verify_searched(presence(dense, SEARCH_BINS), dense, both, IDENTITY, 0.25) is None


def test_a_searched_lag_yields_to_a_copy_its_line_found(store, monkeypatch):
    """A song verified at a searched lag in seconds where a line already found another original at
    the default threshold is a look-alike (another track of the same game on the tuning tracks),
    not a second copy: it is dropped there, and kept where nothing else was found."""
    from origin.audio import matcher as matcher_module
    from origin.audio.verify import Verification
    from origin.match.align import FrameMatches

    def every_song_verifies(grid, dense, original, warp, cell_seconds, agreed=None):
        times = np.arange(3.0, 13.0, cell_seconds)
        return Verification(0.9, 0.2, 12.0, 40.0, 80, FrameMatches(times, times + 5.0,
                                                                    np.ones(len(times))))

    monkeypatch.setattr(matcher_module, "verify_searched", every_song_verifies)
    monkeypatch.setattr(matcher_module, "hears_the_recording", lambda *args: True)
    copy = np.concatenate([np.zeros(3 * RATE, np.float32), TUNES[2][10 * RATE:20 * RATE]])
    assert [match.original for match in matcher(store, verifies=True).match(upload(copy))] == ["tune-2"]
    voice = synthetic_audio.babble(11, 15.0, RATE)
    assert len(matcher(store, verifies=True).match(upload(voice))) > 1


def test_an_upload_whose_hashes_heard_nothing_has_more_candidates_verified(store, monkeypatch):
    """A voice-over copy's own hashes find no line (its true line has a few loose votes, as chance
    lines have), so more candidates than MAX_CANDIDATES are verified for it; a plain copy, which
    the hashes hear loudly, keeps the usual cap. With the cap at 0 the voice-over is still found
    and the plain copy is not."""
    from origin.audio import matcher as matcher_module

    voiced = upload(voice_over(1, 12.0, 12.0, below_db=8.0, seed=3))
    plain = upload(np.concatenate([np.zeros(3 * RATE, np.float32), TUNES[2][10 * RATE:20 * RATE]]))
    audio = matcher(store, verifies=True)

    def loudest(peaks) -> int:
        keys, warps, upload_times, original_times, loose = audio.hits(peaks)
        return matcher_module._strongest_line(keys[~loose], warps[~loose], upload_times[~loose],
                                              original_times[~loose], audio.time_factors)

    assert loudest(voiced) < matcher_module.UNHEARD_VOTES <= loudest(plain)
    monkeypatch.setattr(matcher_module, "MAX_CANDIDATES", 0)
    assert [match.original for match in audio.match(voiced)] == ["tune-1"]
    assert audio.match(plain) == []


def test_a_line_only_verification_carried_yields_to_a_copy_the_hashes_heard(store, monkeypatch):
    """Another song verified along its candidate line, with next to no hashes of its own on it, in
    seconds where the hashes heard a copy (held_out_2: ufoai tracks verified at z 7-8 under a
    copy of another ufoai track) is a look-alike: dropped there. Where no copy was heard (a voice
    alone) such lines stay, as they do under the copy when nothing yields."""
    from origin.audio import matcher as matcher_module
    from origin.audio.verify import Verification
    from origin.match.align import FrameMatches

    def every_line_verifies(grid, original, warp, offset, cell_seconds):
        times = np.arange(3.0, 13.0, cell_seconds)
        return Verification(0.9, 0.2, 12.0, 40.0, 80, FrameMatches(times, times + offset,
                                                                    np.ones(len(times))))

    monkeypatch.setattr(matcher_module, "verify", every_line_verifies)
    monkeypatch.setattr(matcher_module, "hears_the_recording", lambda *args: True)
    voice = synthetic_audio.babble(11, 15.0, RATE)      # gives the other tunes candidate lines
    music = TUNES[2][10 * RATE:20 * RATE]
    rms = lambda samples: float(np.sqrt(np.mean(samples ** 2)))
    voice[3 * RATE:13 * RATE] += music / rms(music) * rms(voice) * 3.0
    copy = upload(voice)
    audio = matcher(store, verifies=True)
    assert [match.original for match in audio.match(copy)] == ["tune-2"]
    assert len(audio.match(upload(synthetic_audio.babble(11, 15.0, RATE)))) > 1
    monkeypatch.setattr(matcher_module, "_covered", lambda match, other: 0.0)   # none yields
    assert len(audio.match(copy)) > 1


def _held_chord(notes: tuple[int, ...], seconds: float, harmonics: int, tilt: float) -> np.ndarray:
    """MIDI ``notes`` held together for ``seconds``, at a timbre of its own."""
    t = np.arange(int(seconds * RATE)) / RATE
    out = sum(np.sin(2 * np.pi * 440 * 2 ** ((note - 69) / 12) * k * t) / k ** tilt
              for note in notes for k in range(1, harmonics + 1))
    return (out / np.max(np.abs(out)) * 0.5).astype(np.float32)


def test_a_held_chord_is_not_verified_by_another_sound_holding_its_pitches():
    """A song's stretch that holds one chord has its peaks on a few bins for seconds: any upload
    holding those pitches (another instrument, under a voice) has dense peaks there at every lag,
    while the null (the song shifted, its moving parts on the line) says chance is low. On
    held_out_2 an unregistered ufoai excerpt verified on wesnoth journeys_end's closing chord at
    z 7.3 this way (82 % of the stretch's peaks at four pitches)."""
    notes = (57, 61, 64)
    song = np.concatenate([synthetic_audio.melody(301, 12.0, RATE), _held_chord(notes, 14.0, 3, 1.0),
                           synthetic_audio.melody(302, 14.0, RATE)])
    sound = np.concatenate([synthetic_audio.melody(303, 3.0, RATE),
                            _held_chord(notes, 12.0, 5, 0.6) + 0.5 * synthetic_audio.babble(7, 12.0, RATE),
                            synthetic_audio.melody(304, 3.0, RATE)])
    original = peaks_of([song], ORIGINAL_PEAKS_PER_SECOND)
    checked = verify(presence(upload(sound).dense), original, IDENTITY, 12.0 - 3.0 + 1.0, 0.25)
    assert checked.z >= MIN_Z and checked.excess >= MIN_EXCESS      # z and length alone would pass
    assert checked.cells is None
    copy = np.concatenate([synthetic_audio.babble(8, 3.0, RATE), song[28 * RATE:40 * RATE]])
    again = verify(presence(upload(copy).dense), original, IDENTITY, 28.0 - 3.0, 0.25)
    assert again.cells is not None                                   # the song's moving part is


def test_a_line_heard_a_little_where_the_originals_peaks_are_absent_is_chance(store, monkeypatch):
    """A few hash votes on a line (weight < WEAKLY_HEARD) along which the original's stored peaks
    are mostly absent (< ABSENT_SHARE on its best stretch) are chance votes, not a copy: held_out_3
    matched two supertux excerpts to singularity and ufoai tracks so (0.50, 0.88). Here the stored
    peaks are read two bins off the upload's, as another recording's would be."""
    from dataclasses import replace
    import origin.audio.matcher as matcher_module
    audio, infos = store
    sound = np.concatenate([synthetic_audio.babble(5, 3.0, RATE) * 0.3, TUNES[2][10 * RATE:16 * RATE],
                            synthetic_audio.babble(6, 3.0, RATE) * 0.3])

    def found(moved: int) -> dict[str, float]:
        stored = {key: replace(peaks, bins=peaks.bins + moved) for key, peaks in PEAKS.items()}
        matches = AudioMatcher(audio, lambda keys: {k: infos[k] for k in keys if k in infos},
                               peaks_lookup=lambda keys: {k: stored[k] for k in keys}).match(upload(sound))
        return {match.original: match.score for match in matches}

    assert found(0) == {"tune-2": pytest.approx(1.0, abs=1e-3)}       # its peaks there: a copy
    assert found(2) == {}
    monkeypatch.setattr(matcher_module, "WEAKLY_HEARD", 0.0)
    assert found(2).get("tune-2", 0.0) >= 0.5                         # the hashes alone match it


def _stretch_grid(rng, original, start: float, seconds: float, share: float, null: float) -> np.ndarray:
    """A presence grid where chance finds ``null`` of any peak and the original's peaks in
    [start, start + seconds) are present at ``share``: a stretch with that lead per peak."""
    frames = int(original.frames.max()) + 2
    grid = rng.random((frames, BIN_COUNT)) < null
    inside = (original.times >= start) & (original.times < start + seconds)
    rows = original.frames[inside].astype(np.int64)
    cols = np.rint(original.bins[inside]).astype(np.int64)
    grid[rows, cols] = rng.random(len(rows)) < share
    return grid


def test_a_long_weak_stretch_does_not_weigh_like_a_copy():
    """z grows with the square root of a stretch's peaks at the same lead per peak, and the cells
    are summed over its seconds again: held_out_4's unregistered menu_music verified on
    Crystan-Geosphere03 at z 7.6 over 122 peaks (52 % present, null 23 %) and scored 0.977 on
    that alone. A cell's weight reads z over at most WEIGHT_PEAKS peaks: 25 s at 45 % against 20 %
    pass the test (z ~9.7) and weigh < 0.2 (were > 0.4); 10 s of a copy at 80 % weigh fully, as before."""
    from origin.audio.verify import FULL_WEIGHT_Z, WEIGHT_PEAKS
    rng = np.random.default_rng(5)
    original = peaks_of([synthetic_audio.melody(401, 60.0, RATE)], ORIGINAL_PEAKS_PER_SECOND)
    weak = verify(_stretch_grid(rng, original, 10.0, 25.0, 0.45, 0.2), original, IDENTITY, 0.0, 0.25)
    assert weak.cells is not None and weak.z >= MIN_Z + 2 and weak.peaks > WEIGHT_PEAKS
    assert weak.cells.weights.max() < 0.2 and (weak.z - MIN_Z) / (FULL_WEIGHT_Z - MIN_Z) > 0.4
    copy = verify(_stretch_grid(rng, original, 20.0, 10.0, 0.8, 0.2), original, IDENTITY, 0.0, 0.25)
    assert copy.cells is not None and copy.peaks <= WEIGHT_PEAKS
    assert copy.cells.weights.max() == pytest.approx(min(1.0, (copy.z - MIN_Z) / (FULL_WEIGHT_Z - MIN_Z)))
    assert copy.cells.weights.max() > 0.9


def test_a_line_whose_peaks_are_absent_yields_to_a_confirmed_copy(store, monkeypatch):
    """A line the hashes heard but along which the original's own peaks are not there (its
    verification failed) is a look-alike where a copy heard, its peaks there, holds the same seconds:
    held_out_4's volume copy of widelands ingame_17 also matched ufoai PsymongO2 at 0.993 on hash
    votes at tempo x1.125, with 67 % of 24 peaks present (z 5.9). Here tune-3 gets hash hits along
    a line where its peaks are absent: dropped under a copy of tune-2, kept where nothing else is."""
    real_hits = AudioMatcher.hits

    def with_stray_votes(self, peaks):
        keys, warps, upload_times, original_times, loose = real_hits(self, peaks)
        times = np.arange(3.0, 13.0, 0.1)
        identity = self.warps.index(IDENTITY)
        return (np.concatenate([keys, np.full(len(times), 3, keys.dtype)]),
                np.concatenate([warps, np.full(len(times), identity, warps.dtype)]),
                np.concatenate([upload_times, times]), np.concatenate([original_times, times + 20.0]),
                np.concatenate([loose, np.zeros(len(times), bool)]))

    monkeypatch.setattr(AudioMatcher, "hits", with_stray_votes)
    copy = np.concatenate([np.zeros(3 * RATE, np.float32), TUNES[2][10 * RATE:20 * RATE]])
    assert [match.original for match in matcher(store, verifies=True).match(upload(copy))] == ["tune-2"]
    assert sorted(match.original for match in matcher(store, verifies=False).match(upload(copy))) \
        == ["tune-2", "tune-3"]                          # without its peaks read, it stands
    quiet = synthetic_audio.noise(14, 16.0, RATE) * 0.01
    assert [match.original for match in matcher(store, verifies=True).match(upload(quiet))] == ["tune-3"]


def test_a_searched_lag_needs_a_second_witness(store, monkeypatch):
    """The best lag of one of up to 64 candidates whose loose hashes made them candidates is the
    maximum of very many: held_out_4's unregistered intro_music verified on freedroidrpg temple so
    (z 14.1 over 16 s), with no hash of temple on any line and the pair channel proposing others.
    A searched lag stands only for an original the pair channel proposed or its hashes voted for."""
    from origin.audio import matcher as matcher_module
    from origin.audio.verify import Verification
    from origin.match.align import FrameMatches

    def every_song_verifies(grid, dense, original, warp, cell_seconds, agreed=None):
        times = np.arange(3.0, 13.0, cell_seconds)
        return Verification(0.9, 0.2, 14.0, 40.0, 80, FrameMatches(times, times + 5.0,
                                                                    np.ones(len(times))))

    monkeypatch.setattr(matcher_module, "verify_searched", every_song_verifies)
    monkeypatch.setattr(matcher_module, "_cells", lambda *args: None)      # no hash heard any
    monkeypatch.setattr(matcher_module, "hears_the_recording", lambda *args: True)
    voice = upload(synthetic_audio.babble(11, 15.0, RATE))
    monkeypatch.setattr(AudioMatcher, "pair_lines", lambda self, dense: [])
    assert matcher(store, verifies=True).match(voice) == []
    monkeypatch.setattr(AudioMatcher, "pair_lines", lambda self, dense: [(1, 5.0)])
    assert [match.original for match in matcher(store, verifies=True).match(voice)] == ["tune-1"]


def test_the_pair_channels_own_lag_is_searched_when_the_vote_lands_beside_it(monkeypatch):
    """The pairs vote on a 3-frame grid and ``lags`` a frame either side, so the two can land a
    few frames apart on the same passage, where a copy under talk verifies at one and not the
    other: the pairs' lag replaces the found one near it when it verifies and that one does not
    (held_out_10's vlog of colobot Proton: z 12.0 a frame off but 29 peaks beyond chance, short
    of MIN_EXCESS; at the pairs' lag z 11.1 with 35)."""
    dense = upload(voice_over(1, 12.0, 12.0, below_db=8.0, seed=3)).dense
    sharp = presence(dense, SEARCH_BINS)
    beside = 9.0 + 5 * FRAME_SECONDS
    monkeypatch.setattr(verify_module, "lags", lambda *args: [beside])
    assert verify_searched(sharp, dense, PEAKS[1], IDENTITY, 0.25) is None
    assert verify_searched(sharp, dense, PEAKS[1], IDENTITY, 0.25, agreed=beside) is None
    found = verify_searched(sharp, dense, PEAKS[1], IDENTITY, 0.25, agreed=9.0)
    assert found is not None and found.z >= AGREED_MIN_Z
    assert abs(np.median(found.cells.original_times - found.cells.upload_times) - 9.0) <= FRAME_SECONDS
