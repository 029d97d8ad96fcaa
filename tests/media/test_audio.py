"""Decoding sound tracks: any container to mono 8 kHz, streamed in blocks, clear errors."""
from __future__ import annotations

import os

import numpy as np
import pytest

from origin import synthetic_audio
from origin.errors import InputError
from origin.media.audio import SAMPLE_RATE, AudioStream, decode_audio, has_audio


@pytest.mark.parametrize("suffix", [".wav", ".flac", ".ogg", ".mp3", ".m4a", ".opus"])
def test_every_music_format_decodes_to_mono_at_the_low_rate(tmp_path, suffix):
    tune = synthetic_audio.melody(3, 4.0)
    path = synthetic_audio.write_audio(tmp_path / f"tune{suffix}", tune, channels=2)
    samples = decode_audio(path)
    assert samples.dtype == np.float32 and samples.ndim == 1
    assert abs(len(samples) / SAMPLE_RATE - 4.0) < 0.1     # codec padding only
    assert 0.05 < np.sqrt(np.mean(samples ** 2)) < 0.5       # stereo folded down, not summed


def test_blocks_are_bounded_and_add_up_to_the_whole(tmp_path):
    path = synthetic_audio.write_audio(tmp_path / "tune.wav", synthetic_audio.melody(4, 7.0))
    stream = AudioStream(path)
    blocks = list(stream.blocks(seconds=2.0))
    assert max(len(block) for block in blocks) == 2 * SAMPLE_RATE
    assert sum(len(block) for block in blocks) == round(7.0 * SAMPLE_RATE)
    assert stream.duration == pytest.approx(7.0, abs=1e-3)


def test_unusable_inputs_raise_one_line_errors_naming_the_file(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not audio")
    short = synthetic_audio.write_audio(tmp_path / "blip.wav", synthetic_audio.melody(1, 0.5))
    empty = tmp_path / "empty.mp3"
    empty.touch()
    for path, reason in ((tmp_path / "missing.wav", "no such file"), (empty, "empty file"),
                         (text, "not a readable media file")):
        with pytest.raises(InputError, match=reason) as raised:
            AudioStream(path)
        assert str(path) in str(raised.value) and "\n" not in str(raised.value)
    with pytest.raises(InputError, match="too short"):
        decode_audio(short)


def test_a_video_without_sound_has_no_audio(media):
    assert not has_audio(media["original_a"])
    with pytest.raises(InputError, match="no sound track"):
        AudioStream(media["original_a"])


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts /proc/self/fd")
def test_a_stream_never_iterated_lets_its_file_go(tmp_path):
    """As ``FrameStream``'s: the header's container is closed when the stream goes or at the
    end of a ``with``; the first pass still decodes from it."""
    path = synthetic_audio.write_audio(tmp_path / "tune.wav", synthetic_audio.melody(4, 3.0))
    before = len(os.listdir("/proc/self/fd"))
    stream = AudioStream(path)
    assert len(os.listdir("/proc/self/fd")) == before + 1
    del stream
    assert len(os.listdir("/proc/self/fd")) == before
    with AudioStream(path) as stream:
        assert sum(map(len, stream.blocks())) == 3 * SAMPLE_RATE
    assert len(os.listdir("/proc/self/fd")) == before
