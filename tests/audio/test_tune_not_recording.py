"""A song's tune hummed is not the recording: with an accompaniment as loud as the tune the
hashes hear nothing, but the tune's peaks are where the song's are and verification alone used
to carry it at 1.000 (held_out_14's hum). ``verify.hears_the_recording`` asks the recording's
other notes too; the song itself under a louder voice, carried by verification alone as well,
is still found."""
from __future__ import annotations


import pytest

from origin import synthetic_audio
from origin.audio.fingerprint import UPLOAD_PEAKS_PER_SECOND
from origin.audio.matcher import AudioMatcher
from origin.audio.peaks import peaks_of
from origin.match.decide import DEFAULT_MIN_SCORE
from origin.media.audio import SAMPLE_RATE
from tests.audio.registered import matcher_of

RATE = SAMPLE_RATE
SECONDS = 40.0


def song(key: int):
    """A tune over an accompaniment as loud (another tune, its chords and beat)."""
    return synthetic_audio.melody(100 + key, SECONDS, RATE) + \
        synthetic_audio.melody(600 + key, SECONDS, RATE)


SONGS = {key: song(key) for key in range(4)}


@pytest.fixture(scope="module")
def matcher(tmp_path_factory) -> AudioMatcher:
    return matcher_of(tmp_path_factory.mktemp("audio"), SONGS)


def upload(samples):
    return peaks_of([samples[5 * RATE:25 * RATE]], UPLOAD_PEAKS_PER_SECOND, dense=True)


@pytest.mark.parametrize("key", [0, 1, 2])      # main matched these three at 1.000 (verified tier)
def test_a_registered_songs_tune_hummed_is_not_matched(matcher, key):
    hummed = synthetic_audio.melody(100 + key, SECONDS, RATE, part="tune")
    assert [match.original for match in matcher.match(upload(hummed), 0.01)] == []


@pytest.mark.parametrize("key", [0, 1, 2])     # song-1's: verification alone carries it
def test_the_song_itself_under_a_louder_voice_is_still_found(matcher, key):
    talk = synthetic_audio.babble(key, SECONDS, RATE)
    found = [match.original for match in matcher.match(upload(SONGS[key] * 0.25 + talk))
             if match.score >= DEFAULT_MIN_SCORE]
    assert found == [f"song-{key}"]
