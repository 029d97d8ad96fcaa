"""A song stretched in time without its pitch (SoX ``tempo``) in a room: its few hashes are spread
over the warps next to its tempo, and the best single (warp, offset) bin is not its line; the line
re-voted from all of its hits and read through its original's peaks finds it (``AudioMatcher.
_refined``, ``_turned``). The same done to a song never registered matches nothing."""
from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile

from origin import synthetic_audio
from origin.audio.fingerprint import UPLOAD_PEAKS_PER_SECOND
from origin.audio.matcher import AudioMatcher
from origin.audio.peaks import Peaks, peaks_of
from origin.match.decide import DEFAULT_MIN_SCORE
from origin.media.audio import SAMPLE_RATE
from tests.audio.registered import matcher_of

RATE = SAMPLE_RATE
SECTION = 20.0          # s: a song is sections A B A, A two tunes played together


def song(seed: int) -> np.ndarray:
    first = synthetic_audio.melody(seed, SECTION, RATE) + synthetic_audio.melody(seed + 1000, SECTION, RATE)
    second = synthetic_audio.melody(seed + 2000, SECTION, RATE) + \
        synthetic_audio.melody(seed + 3000, SECTION, RATE)
    return np.concatenate([first, second, first]).astype(np.float32)


SONGS = {key: song(400 + key) for key in range(6)}


def stretched_in_a_room(samples: np.ndarray, folder: Path, seed: int) -> Peaks:
    """``samples`` 5 % faster at the same pitch, with reverberation and noise, as an upload's peaks."""
    plain, changed = folder / f"plain-{seed}.wav", folder / f"changed-{seed}.wav"
    soundfile.write(plain, samples, RATE)
    subprocess.run(["sox", str(plain), str(changed), "tempo", "-m", "1.05", "reverb", "80"],
                   check=True)
    upload = soundfile.read(changed, dtype="float32")[0]
    upload = upload + synthetic_audio.noise(seed, len(upload) / RATE, RATE)[:len(upload)] * 0.5
    return peaks_of([upload], UPLOAD_PEAKS_PER_SECOND, dense=True)


@pytest.fixture(scope="module")
def matcher(tmp_path_factory) -> AudioMatcher:
    return matcher_of(tmp_path_factory.mktemp("audio"), SONGS)


def test_a_song_stretched_five_percent_in_a_room_is_found_on_its_line(matcher, tmp_path):
    # The copy starts 5 s into the song's second A (45 s), the passage it also plays at 5 s.
    upload = stretched_in_a_room(SONGS[1][45 * RATE:57 * RATE], tmp_path, 1)
    found = [match for match in matcher.match(upload) if match.score >= DEFAULT_MIN_SCORE]
    assert [match.original for match in found] == ["song-1"]
    segment = found[0].segments[0]
    assert segment.original_seconds / segment.upload_seconds == pytest.approx(1.05, abs=0.02)
    assert segment.upload_start < 1.0
    assert min(abs(segment.original_start - 45.0), abs(segment.original_start - 5.0)) < 0.5


def test_an_unregistered_song_stretched_the_same_matches_nothing(matcher, tmp_path):
    other = song(999)
    upload = stretched_in_a_room(other[45 * RATE:57 * RATE], tmp_path, 2)
    assert [match.original for match in matcher.match(upload)] == []
