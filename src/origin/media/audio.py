"""Decode a sound track: any file FFmpeg reads becomes mono float samples at a low rate, in blocks.

PyAV decodes and ``av.AudioResampler`` (FFmpeg's swresample) downmixes and resamples in one pass,
so no sample at the file's own rate or channel count is ever kept. ``AudioStream.blocks`` hands
the samples on a block at a time: a two-hour file never sits in memory. Music fingerprints live
below 4 kHz (a phone speaker keeps no more), so 8 kHz is enough and makes everything after cheap.

A file FFmpeg's demuxers refuse is read by libsndfile (``soundfile``) when it can: FFmpeg's Ogg
demuxer stops at "Header processing failed" on a Vorbis stream whose three headers come twice
before its first audio packet (hyperrogue's hr-savino tracks: it takes the second identification
header for a broken one), a stream libvorbis, SoX and players decode. libsndfile's blocks go
through the same resampler, so the samples are the ones FFmpeg's decode gives on files both read
(within 2e-7). It is imported only for such a file (40 ms).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import av
import numpy as np

from origin.errors import InputError
from origin.media.held import HeldHeader

SAMPLE_RATE = 8000           # Hz after resampling
BLOCK_SECONDS = 30.0         # samples handed on per block
MIN_AUDIO_DURATION = 1.0     # s; shorter sound carries too little to match
SNDFILE_FRAMES = 65536       # frames libsndfile reads at a time (1.5 s at 44.1 kHz)
SNDFILE_LAYOUTS = {1: "mono", 2: "stereo", 3: "2.1", 4: "quad", 5: "5.0", 6: "5.1", 7: "6.1",
                   8: "7.1"}


@dataclass(frozen=True)
class Tracks:
    """Which tracks a file has: ``video``, a picture track (a still cover image in a song file
    does not count: FFmpeg marks it as an attached picture), and ``audio``, a sound track."""

    video: bool
    audio: bool


def tracks(path: str | Path) -> Tracks:
    """Both answers from one open: each open runs FFmpeg's stream probe, which decodes the first
    frames (5-14 ms for H.264 in MP4 at 480-1080 lines, per file and per open). A file that is
    not readable as media at all counts as a video without sound: the video decoder names the
    reason."""
    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            return tracks_of(container)
    except (av.error.FFmpegError, OSError):
        sound = _sndfile(str(path))
        if sound is not None:
            sound.close()
            return Tracks(video=False, audio=True)
        return Tracks(video=True, audio=False)


def tracks_of(container) -> Tracks:
    """The tracks of a file FFmpeg has open."""
    return Tracks(video=any(not (stream.disposition & av.stream.Disposition.attached_pic)
                            for stream in container.streams.video),
                  audio=bool(container.streams.audio))


def has_audio(path: str | Path) -> bool:
    """Whether the file has a sound track (a video without one registers its picture only)."""
    return tracks(path).audio


class AudioStream(HeldHeader):
    """Mono float32 samples of a file's first sound track at ``rate`` Hz, ``blocks`` at a time.

    The header is checked on construction (missing, unreadable or no sound track raise
    ``InputError``); ``duration`` is known once ``blocks`` has run to the end, which also raises
    for a track shorter than ``min_duration`` or one that cannot be decoded.
    """

    def __init__(self, path: str | Path, rate: int = SAMPLE_RATE,
                 min_duration: float = MIN_AUDIO_DURATION):
        self.path, self.rate, self.min_duration = str(path), rate, min_duration
        container = _open(self.path)
        if not isinstance(container, _Sndfile) and not container.streams.audio:
            container.close()
            raise InputError(self.path, "no sound track")
        self._hold(container)        # for the first ``blocks``: one open less (``HeldHeader``)
        self.duration = 0.0

    def blocks(self, seconds: float = BLOCK_SECONDS) -> Iterator[np.ndarray]:
        size = max(1, int(seconds * self.rate))
        pending: list[np.ndarray] = []
        held = total = 0
        container = self._take(lambda: _open(self.path))
        with container:
            resampler = av.AudioResampler(format="flt", layout="mono", rate=self.rate)
            try:
                for frame in _frames(self.path, container):
                    for out in resampler.resample(frame):
                        samples = _samples(out)
                        pending.append(samples)
                        held += len(samples)
                        while held >= size:
                            joined = np.concatenate(pending)
                            yield joined[:size]
                            total += size
                            pending, held = [joined[size:]], held - size
                for out in resampler.resample(None):
                    pending.append(_samples(out))
            except av.error.FFmpegError as error:
                raise InputError(self.path, f"cannot decode sound: {error.strerror or error}") from None
        rest = np.concatenate(pending) if pending else np.zeros(0, np.float32)
        total += len(rest)
        self.duration = total / self.rate
        if self.duration < self.min_duration:
            raise InputError(self.path, f"sound track too short ({self.duration:.2f} s)")
        if len(rest):
            yield rest


def _samples(frame: av.AudioFrame) -> np.ndarray:
    """A resampled mono frame's samples, read from its one plane (``to_ndarray`` stacks planes
    with ``np.vstack``, a cost per frame that was a quarter of fingerprinting an original)."""
    return np.frombuffer(frame.planes[0], np.float32, frame.samples).copy()


def decode_audio(path: str | Path, rate: int = SAMPLE_RATE) -> np.ndarray:
    """All samples at once (tests and short clips; jobs use ``AudioStream.blocks``)."""
    stream = AudioStream(path, rate)
    return np.concatenate(list(stream.blocks()))


def _open(path: str):
    if not Path(path).is_file():
        raise InputError(path, "no such file")
    if Path(path).stat().st_size == 0:
        raise InputError(path, "empty file")
    try:
        return av.open(path, metadata_errors="ignore")
    except av.error.FFmpegError as error:
        sound = _sndfile(path)
        if sound is not None:
            return sound
        raise InputError(path, f"not a readable media file ({error.strerror or error})") from None


class _Sndfile:
    """A sound file FFmpeg refused, open in libsndfile: a container ``AudioStream`` holds and
    closes like FFmpeg's, whose ``frames`` feed the same resampler."""

    def __init__(self, path: str, sound):
        self.path, self.sound = path, sound

    def close(self) -> None:
        self.sound.close()

    def __enter__(self) -> "_Sndfile":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def frames(self) -> Iterator[av.AudioFrame]:
        """Planar float frames, SNDFILE_FRAMES at a time (a long file never sits in memory)."""
        import soundfile
        layout = SNDFILE_LAYOUTS[self.sound.channels]
        try:
            for block in self.sound.blocks(SNDFILE_FRAMES, dtype="float32", always_2d=True):
                frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(block.T), format="fltp",
                                                   layout=layout)
                frame.sample_rate = self.sound.samplerate
                yield frame
        except soundfile.LibsndfileError as error:
            raise InputError(self.path, f"cannot decode sound: {error.error_string}") from None


def _sndfile(path: str) -> _Sndfile | None:
    """The file opened by libsndfile, or None when it cannot read it either (or its channels
    have no FFmpeg layout)."""
    import soundfile             # here, not at the top: 40 ms of every start-up for rare files
    try:
        sound = soundfile.SoundFile(path)
    except (soundfile.LibsndfileError, RuntimeError, TypeError, ValueError):
        return None
    if sound.channels not in SNDFILE_LAYOUTS or sound.samplerate <= 0:
        sound.close()
        return None
    return _Sndfile(path, sound)


def _frames(path: str, container) -> Iterator[av.AudioFrame]:
    """The first sound track's frames, by FFmpeg or, for a file it refused, by libsndfile."""
    if isinstance(container, _Sndfile):
        yield from container.frames()
        return
    stream = container.streams.audio[0]
    stream.thread_type = "AUTO"
    yield from _decoded(path, container, stream)


def _decoded(path: str, container, stream) -> Iterator[av.AudioFrame]:
    """Frames of ``stream``; a corrupt packet mid-stream is skipped like players do."""
    for packet in container.demux(stream):
        try:
            yield from packet.decode()
        except av.error.InvalidDataError:
            continue
