"""The audio matcher on generated tunes: copies found with their offsets through speed and pitch
changes and voice-over; unrelated tunes, babble, claps, noise and silence never match."""
from __future__ import annotations

from datetime import datetime, timezone

import numpy as np
import pytest

from origin import synthetic_audio
from origin.audio.fingerprint import (ORIGINAL_PEAKS_PER_SECOND, UPLOAD_PEAKS_PER_SECOND,
                                      stored_landmarks)
from origin.audio.matcher import AudioMatcher
from origin.audio.peaks import peaks_of
from origin.index.audio import AudioStore
from origin.match.decide import OriginalInfo
from origin.media.audio import SAMPLE_RATE

RATE = SAMPLE_RATE
TUNES = {key: synthetic_audio.melody(100 + key, 40.0, rate=RATE) for key in range(4)}


@pytest.fixture(scope="module")
def matcher(tmp_path_factory) -> AudioMatcher:
    store = AudioStore(tmp_path_factory.mktemp("audio"), shard_count=2)
    infos = {}
    for key, tune in TUNES.items():
        peaks = peaks_of([tune], ORIGINAL_PEAKS_PER_SECOND)
        store.add(key, stored_landmarks(peaks))
        infos[key] = OriginalInfo(key, f"tune-{key}", f"tune-{key}.wav", None,
                                  datetime(2026, 1, 1, tzinfo=timezone.utc), peaks.duration)
    store.save()
    return AudioMatcher(AudioStore(store.folder), lambda keys: {k: infos[k] for k in keys if k in infos})


def upload(*parts: np.ndarray):
    return peaks_of([np.concatenate(parts)], UPLOAD_PEAKS_PER_SECOND)


def excerpt(key: int, start: float, seconds: float) -> np.ndarray:
    return TUNES[key][int(start * RATE):int((start + seconds) * RATE)]


def test_an_excerpt_among_other_sound_is_found_with_its_offsets(matcher):
    # The last second or so of a copy anchors no triplet (targets come after their anchor).
    found = matcher.match(upload(synthetic_audio.babble(1, 3.0, RATE), excerpt(2, 12.0, 12.0),
                                 synthetic_audio.noise(2, 3.0, RATE)))
    assert [match.original for match in found] == ["tune-2"]
    match = found[0]
    assert match.channel == "audio" and match.score > 0.8
    segment = match.segments[0]
    assert abs(segment.upload_start - 3.0) < 0.5 and abs(segment.upload_end - 15.0) < 1.5
    assert abs(segment.original_start - 12.0) < 0.5 and abs(segment.original_end - 24.0) < 1.5


@pytest.mark.parametrize("speed", [1.08, 1.2, 1.3])     # 1.3: nightcore, beyond the old ×1.25
def test_sped_up_music_is_found_at_its_speed(matcher, speed):
    found = matcher.match(upload(synthetic_audio.resample_speed(excerpt(1, 5.0, 25.0), speed)))
    assert [match.original for match in found] == ["tune-1"]
    segment = found[0].segments[0]
    assert segment.original_seconds / segment.upload_seconds == pytest.approx(speed, abs=0.03)
    assert abs(segment.original_start - 5.0) < 0.5


def test_pitch_shifted_music_is_found(matcher):
    transposed = synthetic_audio.melody(103, 40.0, rate=RATE, transpose=2.0)   # tune-3, 2 up
    found = matcher.match(upload(transposed[5 * RATE:25 * RATE]))
    assert [match.original for match in found] == ["tune-3"]
    segment = found[0].segments[0]
    assert abs(segment.original_start - segment.upload_start - 5.0) < 0.3


def test_music_under_a_voice_is_found(matcher):
    music = excerpt(0, 10.0, 15.0)
    found = matcher.match(upload(music + synthetic_audio.babble(7, len(music) / RATE, RATE) * 0.5))
    assert [match.original for match in found] == ["tune-0"]


def test_things_that_are_not_registered_music_never_match(matcher):
    for sound in (synthetic_audio.melody(999, 20.0, RATE), synthetic_audio.babble(5, 20.0, RATE),
                  synthetic_audio.claps(6, 10.0, RATE), synthetic_audio.noise(7, 10.0, RATE),
                  np.zeros(10 * RATE, np.float32)):
        assert matcher.match(upload(sound)) == []
