"""Decoding sound tracks: any container to mono 8 kHz, streamed in blocks, clear errors."""
from __future__ import annotations

import av
import numpy as np
import pytest
import soundfile

from origin import synthetic_audio
from origin.errors import InputError
from origin.media.audio import (SAMPLE_RATE, AudioStream, Tracks, decode_audio, has_audio,
                                tracks)
from tests.open_files import HAS_PROC_FD, open_on


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


@pytest.mark.skipif(not HAS_PROC_FD, reason="counts /proc/self/fd")
def test_a_stream_never_iterated_lets_its_file_go(tmp_path):
    """As ``FrameStream``'s: the header's container is closed when the stream goes or at the
    end of a ``with``; the first pass still decodes from it."""
    path = synthetic_audio.write_audio(tmp_path / "tune.wav", synthetic_audio.melody(4, 3.0))
    stream = AudioStream(path)
    assert open_on(path) == 1
    del stream
    assert open_on(path) == 0
    with AudioStream(path) as stream:
        assert sum(map(len, stream.blocks())) == 3 * SAMPLE_RATE
    assert open_on(path) == 0



def _ogg_crc(data: bytes) -> int:
    """Ogg's page checksum: CRC-32 with polynomial 0x04c11db7, not reflected, starting at 0."""
    crc = 0
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7 if crc & 0x80000000 else crc << 1) & 0xFFFFFFFF
    return crc


def _ogg_pages(data: bytes) -> list[bytearray]:
    pages, position = [], 0
    while position < len(data):
        assert data[position:position + 4] == b"OggS"
        segments = data[position + 26]
        body = sum(data[position + 27:position + 27 + segments])
        end = position + 27 + segments + body
        pages.append(bytearray(data[position:end]))
        position = end
    return pages


def _renumbered(pages: list[bytearray]) -> bytes:
    """The pages numbered in order, each with its checksum made again."""
    for number, page in enumerate(pages):
        page[18:22] = number.to_bytes(4, "little")
        page[22:26] = bytes(4)
        page[22:26] = _ogg_crc(bytes(page)).to_bytes(4, "little")
    return b"".join(pages)


def _vorbis(path, seconds: float = 4.0, title: str | None = None):
    """A stereo Vorbis tune written by libvorbis (FFmpeg's own encoder's granules are not a
    player's)."""
    tune = synthetic_audio.melody(5, seconds)
    with soundfile.SoundFile(path, "w", synthetic_audio.RATE, 2, format="OGG",
                             subtype="VORBIS") as sound:
        if title:
            sound.title = title
        sound.write(np.stack([tune, tune], 1))
    return path


def _headers_twice(path) -> None:
    """Rewrite a Vorbis file the way hyperrogue's hr-savino tracks are: its header pages (the
    identification, comment and setup packets) again right after the first, in the same
    logical stream, before the first audio packet; page numbers and checksums made right."""
    pages = _ogg_pages(path.read_bytes())
    headers = 1
    while pages[headers][6:14] == bytes(8):       # header pages carry granule position 0
        headers += 1
    again = [bytearray(page) for page in pages[:headers]]
    again[0][5] &= ~0x02                          # not a second beginning of stream
    path.write_bytes(_renumbered(pages[:headers] + again + pages[headers:]))


def test_a_vorbis_file_whose_headers_come_twice_decodes(tmp_path):
    """FFmpeg's Ogg demuxer refuses such a file ("Header processing failed": it takes the
    second identification header for a broken one); libsndfile reads it as players do, into
    the same samples as the file without the repeat."""
    clean = _vorbis(tmp_path / "clean.ogg")
    twice = tmp_path / "twice.ogg"
    twice.write_bytes(clean.read_bytes())
    _headers_twice(twice)
    with pytest.raises(av.error.InvalidDataError):
        av.open(str(twice)).close()
    assert tracks(twice) == Tracks(video=False, audio=True)
    stream = AudioStream(twice)
    samples = np.concatenate(list(stream.blocks(seconds=1.0)))
    expected = decode_audio(clean)
    assert len(samples) == len(expected)
    assert np.corrcoef(samples, expected)[0, 1] > 0.999
    assert stream.duration == pytest.approx(len(expected) / SAMPLE_RATE)


def test_a_file_neither_decoder_reads_still_names_ffmpegs_reason(tmp_path):
    broken = tmp_path / "broken.ogg"
    broken.write_bytes(b"OggS" + bytes(200))
    assert tracks(broken) == Tracks(video=True, audio=False)
    with pytest.raises(InputError, match="not a readable media file") as raised:
        AudioStream(broken)
    assert str(broken) in str(raised.value) and "\n" not in str(raised.value)


def test_a_vorbis_comment_that_is_not_utf8_does_not_stop_the_sound(tmp_path):
    """warmux's Vogue_a_lame.ogg has a Latin-1 ALBUM comment ("Vogue \\xe0 l'ame"): PyAV
    raised UnicodeDecodeError reading it, a traceback from ``originals add``; the metadata is
    not needed, so it is read leniently, as the video decoder already does."""
    path = _vorbis(tmp_path / "latin1.ogg", title="Vogue a lame")
    pages = _ogg_pages(path.read_bytes())
    comment = next(page for page in pages if b"Vogue a lame" in page)
    at = bytes(comment).index(b"Vogue a lame") + len("Vogue ")
    comment[at] = 0xE0                             # "à" in Latin-1: no UTF-8 sequence
    path.write_bytes(_renumbered(pages))
    with pytest.raises(UnicodeDecodeError):
        av.open(str(path)).close()
    assert tracks(path) == Tracks(video=False, audio=True)
    assert len(decode_audio(path)) == round(4.0 * SAMPLE_RATE)
