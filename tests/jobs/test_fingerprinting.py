"""The per-file step: each open of a file costs FFmpeg's stream probe, so a file is opened once to
see its tracks and decode its picture, once more for its sound, and an upload's picture once
more to see whether its B-frames can be skipped; a stream read twice gives the same output."""
from __future__ import annotations

import av
import numpy as np
import pytest

from origin import synthetic_audio
from origin.jobs.fingerprinting import fingerprint_file
from origin.media.audio import AudioStream
from origin.media.video import FrameStream


@pytest.fixture
def opens(monkeypatch) -> list[str]:
    """Every path ``av.open`` is called with while the test runs."""
    calls: list[str] = []
    real = av.open

    def counting(path, *args, **kwargs):
        calls.append(str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(av, "open", counting)
    return calls


def test_an_original_with_sound_is_opened_twice(tmp_path, media, opens):
    video = synthetic_audio.add_sound(media["original_a"], synthetic_audio.melody(5, 10.0),
                                      tmp_path / "both.mp4")
    opens.clear()                             # making it read original_a
    done = fingerprint_file(str(video), original=True)
    assert done.error is None and done.audio is not None and len(done.fingerprint.codes)
    assert opens == [str(video)] * 2          # its tracks and picture, the sound


def test_a_silent_original_is_opened_once(media, opens):
    done = fingerprint_file(str(media["original_a"]), original=True)
    assert done.error is None and done.audio is None and len(done.fingerprint.codes)
    assert opens == [str(media["original_a"])]


def test_a_silent_upload_is_opened_twice(media, opens):
    """Its tracks and picture, and the full decode of its first second that shows whether its
    B-frames can be skipped (the decode without them goes on as the picture's pass)."""
    done = fingerprint_file(str(media["original_a"]), original=False)
    assert done.error is None and done.audio is None and len(done.fingerprint.codes)
    assert opens == [str(media["original_a"])] * 2


def test_a_stream_read_again_gives_the_same_frames(media):
    stream = FrameStream(media["original_a"], 4.0, keyframe_fps=1.0)
    first = np.concatenate([frames for _, frames in stream.windows(16)])   # the header's open
    times, keyframes = stream.times, stream.keyframes
    again = np.concatenate([frames for _, frames in stream.windows(16)])   # a fresh open
    assert np.array_equal(first, again) and np.array_equal(times, stream.times)
    assert [time for time, _ in keyframes] == [time for time, _ in stream.keyframes]
    assert all(np.array_equal(a, b) for (_, a), (_, b) in zip(keyframes, stream.keyframes))


def test_a_sound_track_read_again_gives_the_same_samples(tmp_path):
    path = synthetic_audio.write_audio(tmp_path / "tune.m4a", synthetic_audio.melody(4, 5.0))
    stream = AudioStream(path)
    first = np.concatenate(list(stream.blocks(seconds=2.0)))
    again = np.concatenate(list(stream.blocks(seconds=2.0)))
    assert len(first) > 4 * 8000 and np.array_equal(first, again)
