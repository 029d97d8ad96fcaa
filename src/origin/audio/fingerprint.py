"""A sound track's fingerprint: its spectral peaks (originals keep fewer than uploads).

Peaks, not hashes, are what is kept: the store's hashes are derived from them (so the database can
rebuild the store), and an upload's hashes depend on the warp it is read through.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from origin.audio.landmarks import Landmarks, landmarks
from origin.audio.peaks import Peaks, peaks_of
from origin.media.audio import AudioStream

ORIGINAL_PEAKS_PER_SECOND = 8
ORIGINAL_FANOUT = 3
UPLOAD_PEAKS_PER_SECOND = 16
UPLOAD_FANOUT = 6


def fingerprint_audio(path: str | Path, original: bool) -> Peaks:
    """Peaks of a file's sound track, streamed (raises ``InputError`` for unusable sound); an
    upload's come with its dense peaks, for verification."""
    if original:
        return peaks_of(AudioStream(path).blocks(), ORIGINAL_PEAKS_PER_SECOND)
    return peaks_of(AudioStream(path).blocks(), UPLOAD_PEAKS_PER_SECOND, dense=True)


def original_landmarks(peaks: Peaks) -> Landmarks:
    return landmarks(peaks, ORIGINAL_FANOUT)


def peaks_to_bytes(peaks: Peaks) -> bytes:
    """Frames (int32) then bins (float32), for the database."""
    return peaks.frames.astype("<i4").tobytes() + peaks.bins.astype("<f4").tobytes()


def peaks_from_bytes(data: bytes, duration: float) -> Peaks:
    count = len(data) // 8
    return Peaks(np.frombuffer(data, "<i4", count).astype(np.int32),
                 np.frombuffer(data, "<f4", count, offset=4 * count).astype(np.float32), duration)
