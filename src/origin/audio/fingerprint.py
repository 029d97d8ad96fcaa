"""A sound track's fingerprint: its spectral peaks (originals keep fewer than uploads).

Peaks, not hashes, are what is kept: the store's hashes are derived from them (so the database can
rebuild the store), and an upload's hashes depend on the warp it is read through.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from origin.audio.landmarks import Landmarks, landmarks, pair_landmarks
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


def stored_landmarks(peaks: Peaks) -> Landmarks:
    """What the audio store keeps of an original: its triplet hashes and its pair hashes (tagged
    apart, ``landmarks.PAIR_TAG``), one set of postings."""
    triplets, pairs = original_landmarks(peaks), pair_landmarks(peaks)
    return Landmarks(np.concatenate([triplets.hashes, pairs.hashes]),
                     np.concatenate([triplets.anchor_frames, pairs.anchor_frames]))


def peaks_to_bytes(peaks: Peaks) -> bytes:
    """Frames (int32) then bins (float32), for the database."""
    return peaks.frames.astype("<i4").tobytes() + peaks.bins.astype("<f4").tobytes()


def peaks_from_bytes(data: bytes, duration: float) -> Peaks:
    count = len(data) // 8
    return Peaks(np.frombuffer(data, "<i4", count).astype(np.int32),
                 np.frombuffer(data, "<f4", count, offset=4 * count).astype(np.float32), duration)
