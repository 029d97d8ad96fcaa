"""A drum beat alone is not a song: a generated drum machine at a registered song's tempo (another
kit) matches none of the songs with a drum at that tempo, while each song under that same beat is
still found at its offset (``verify.on_its_beat``, stop 47: held_out_11's beats alone matched two
registered songs at 1.000)."""
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
from origin.match.decide import DEFAULT_MIN_SCORE, OriginalInfo
from origin.media.audio import SAMPLE_RATE

RATE = SAMPLE_RATE
TEMPI = (90, 100, 110, 120, 128)        # BPM of the registered songs' drums
DRUMS_ABOVE_TUNE_DB = 6.0               # a drum-heavy mix: the beat louder than the tune


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(samples ** 2)))


def song(number: int, bpm: float) -> np.ndarray:
    """60 s of a tune with its own drum kit at ``bpm``, the drums 6 dB above the tune."""
    tune = synthetic_audio.melody(100 + number, 60.0, RATE)
    drums = synthetic_audio.drums(10 + number, 60.0, bpm, RATE)
    return (tune / rms(tune) + drums / rms(drums) * 10 ** (DRUMS_ABOVE_TUNE_DB / 20)).astype(np.float32)


SONGS = {number: song(number, bpm) for number, bpm in enumerate(TEMPI)}


@pytest.fixture(scope="module")
def matcher(tmp_path_factory) -> AudioMatcher:
    store = AudioStore(tmp_path_factory.mktemp("audio"))
    peaks, infos = {}, {}
    for key, samples in SONGS.items():
        peaks[key] = peaks_of([samples], ORIGINAL_PEAKS_PER_SECOND)
        store.add(key, stored_landmarks(peaks[key]))
        infos[key] = OriginalInfo(key, f"song-{key}", f"song-{key}.flac", None,
                                  datetime(2026, 1, 1, tzinfo=timezone.utc), peaks[key].duration)
    store.save()
    return AudioMatcher(AudioStore(store.folder), lambda keys: {k: infos[k] for k in keys if k in infos},
                        peaks_lookup=lambda keys: {k: peaks[k] for k in keys if k in peaks})


def acted(matcher: AudioMatcher, samples: np.ndarray):
    found = matcher.match(peaks_of([samples], UPLOAD_PEAKS_PER_SECOND, dense=True))
    return [match for match in found if match.score >= DEFAULT_MIN_SCORE]


@pytest.mark.parametrize("kit", [1, 2, 3])
def test_a_beat_alone_matches_no_song_with_a_drum_at_its_tempo(matcher, kit):
    # main's matcher (ce606ec) matched kit 2 at 100 BPM to song 1 (0.999), kit 3 at 100 and 110
    # BPM to songs 1 and 2 (1.000), all on verification alone
    for bpm in TEMPI:
        beat = synthetic_audio.drums(kit, 12.0, bpm, RATE) * 0.1
        assert acted(matcher, beat) == [], (kit, bpm)


@pytest.mark.parametrize("number", range(len(TEMPI)))
def test_a_song_under_the_same_beat_is_still_found_at_its_offset(matcher, number):
    music = SONGS[number][10 * RATE:25 * RATE]
    beat = synthetic_audio.drums(5, 17.0, TEMPI[number], RATE)
    upload = beat / rms(beat)
    upload[2 * RATE:2 * RATE + len(music)] += music / rms(music)        # the song from 2 s on
    found = acted(matcher, upload.astype(np.float32))
    assert [match.original for match in found] == [f"song-{number}"]
    for segment in found[0].segments:       # upload second 2 is the song's second 10
        assert abs(segment.original_start - segment.upload_start - 8.0) < 0.5


def test_a_tune_has_tonal_peaks_and_a_drum_machine_hardly_any():
    tune = peaks_of([synthetic_audio.melody(7, 12.0, RATE)], UPLOAD_PEAKS_PER_SECOND, dense=True)
    beat = peaks_of([synthetic_audio.drums(7, 12.0, 110, RATE)], UPLOAD_PEAKS_PER_SECOND, dense=True)
    assert len(tune.tonal) > 0.5 * len(tune.dense)
    assert len(beat.tonal) < 0.1 * len(beat.dense)
    assert set(zip(tune.tonal.frames, tune.tonal.bins)) <= set(zip(tune.dense.frames, tune.dense.bins))
