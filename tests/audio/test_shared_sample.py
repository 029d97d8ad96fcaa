"""Unregistered music made the same way as a registered song (held_out_8's tracker modules: the
same instrument samples struck on the same rows at the same tempo) is present along many lags of
it at once; a line verification alone carries must be the best of them, not one of many
(``verify.leads``). A copy of the song under a voice, verified alone too, is still found."""
from __future__ import annotations

from datetime import datetime, timezone

import numpy as np
import pytest

from origin import synthetic_audio
from origin.audio.fingerprint import ORIGINAL_PEAKS_PER_SECOND, UPLOAD_PEAKS_PER_SECOND, stored_landmarks
from origin.audio.matcher import VERIFIED, AudioMatcher
from origin.audio.peaks import peaks_of
from origin.index.audio import AudioStore
from origin.match.decide import OriginalInfo
from origin.media.audio import SAMPLE_RATE

RATE = SAMPLE_RATE
ROW = 0.125                                       # s: a tracker's row at 125 BPM, speed 6
NOTES = [220.0 * 2 ** (step / 12) for step in (0, 3, 5, 7, 10, 12)]


def module(seed: int, seconds: float) -> np.ndarray:
    """A tracker tune: one instrument sample (the same five partials) struck on the row grid at
    a few pitches, 70 % of rows, and a kick every fourth row; each seed its own sequence."""
    rng = np.random.default_rng(seed)
    out = np.zeros(int((seconds + 2) * RATE), np.float32)
    kick = synthetic_audio._tone(60.0, 0.15, RATE, harmonics=2)
    for row in range(int(seconds / ROW)):
        start = int(row * ROW * RATE)
        if row % 4 == 0:
            out[start:start + len(kick)] += kick
        if rng.random() < 0.7:
            note = NOTES[int(rng.integers(0, len(NOTES)))]
            tone = synthetic_audio._tone(note, ROW * float(rng.choice([1, 2])), RATE,
                                         harmonics=5, tilt=0.8)
            out[start:start + len(tone)] += tone * 0.6
    out = out[:int(seconds * RATE)]
    return (out / np.abs(out).max() * 0.5).astype(np.float32)


SONG = module(3, 90.0)


@pytest.fixture(scope="module")
def matcher(tmp_path_factory) -> AudioMatcher:
    peaks = peaks_of([SONG], ORIGINAL_PEAKS_PER_SECOND)
    store = AudioStore(tmp_path_factory.mktemp("audio"))
    store.add(0, stored_landmarks(peaks))
    store.save()
    info = {0: OriginalInfo(0, "module", "module.flac", None,
                            datetime(2026, 1, 1, tzinfo=timezone.utc), peaks.duration)}
    return AudioMatcher(AudioStore(store.folder), lambda keys: info,
                        peaks_lookup=lambda keys: {0: peaks})


def upload(samples: np.ndarray):
    return peaks_of([samples], UPLOAD_PEAKS_PER_SECOND, dense=True)


def test_another_tune_on_the_same_sample_and_grid_is_not_the_song(matcher):
    # Before stop 42 this matched at 0.997 (verified: 1-2 hash cells, z over 6 on the line,
    # other lags of the song as present as it).
    assert matcher.match(upload(module(1003, 20.0)), min_score=0.0) == []


@pytest.mark.parametrize("voice", [2.0, 4.0])
def test_the_song_under_a_voice_is_still_found_verified(matcher, voice):
    music = SONG[30 * RATE:50 * RATE]
    found = matcher.match(upload(music + synthetic_audio.babble(7, 20.0, RATE) * voice))
    assert [match.original for match in found] == ["module"]
    assert found[0].tier == VERIFIED and found[0].score >= 0.9
    assert abs(found[0].segments[0].original_start - found[0].segments[0].upload_start - 30.0) < 0.3
