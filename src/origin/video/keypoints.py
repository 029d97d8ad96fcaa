"""Stage 2b, fingerprint for the geometry tier: binary local features of sparse keyframes.

A global frame hash follows the whole picture, so it loses a copy that was zoomed 35 %, turned
5°, filmed off a screen or squeezed into half of a split screen. Local features survive those:
ORB keypoints (FAST corners, 256-bit rotated BRIEF descriptors, an image pyramid for scale) on
about one keyframe a second, matched against the originals' keyframes and verified by a
geometric transform (``origin.match.verify``). They cost far more bytes than a 64-bit code, so
only a sparse sample of frames gets them, scaled from frames the decoder produces anyway.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import cv2
import numpy as np

KEYFRAME_FPS = 1.0               # keyframes a second, originals and uploads alike
KEYFRAME_LONG_SIDE = 480         # px of the keyframe's long side
ORIGINAL_FEATURES = 200          # strongest keypoints kept per original keyframe
UPLOAD_FEATURES = 500            # per upload keyframe: the copy may fill a quarter of it
MIN_FEATURES = 24                # a keyframe with fewer (flat, dark, blurred) is left out
DESCRIPTOR_BYTES = 32            # ORB: 256 bits


@dataclass(frozen=True)
class Keypoints:
    """Local features of one video's keyframes: feature ``i`` lies at ``points[i]`` (pixels of
    a keyframe ``size`` wide and high) in the keyframe shown at ``times[frame_of[i]]``."""

    times: np.ndarray            # float64 [k] keyframe instants (s)
    frame_of: np.ndarray         # int32 [n]
    points: np.ndarray           # float32 [n, 2]
    descriptors: np.ndarray      # uint8 [n, 32]
    size: tuple[int, int]        # (width, height) of the keyframes

    @classmethod
    def empty(cls, size: tuple[int, int] = (0, 0)) -> "Keypoints":
        return cls(np.zeros(0), np.zeros(0, np.int32), np.zeros((0, 2), np.float32),
                   np.zeros((0, DESCRIPTOR_BYTES), np.uint8), size)

    def __len__(self) -> int:
        return len(self.descriptors)

    def to_bytes(self) -> bytes:
        """One blob for storage: header (counts, size), then each array in turn."""
        header = np.array([len(self.times), len(self), *self.size], np.int32)
        return b"".join((header.tobytes(), self.times.astype(np.float32).tobytes(),
                         self.frame_of.astype(np.int32).tobytes(),
                         self.points.astype(np.float16).tobytes(),
                         self.descriptors.astype(np.uint8).tobytes()))

    @classmethod
    def from_bytes(cls, blob: bytes) -> "Keypoints":
        frames, count, width, height = np.frombuffer(blob, np.int32, 4)
        at = 16
        times = np.frombuffer(blob, np.float32, frames, at).astype(np.float64)
        at += 4 * frames
        frame_of = np.frombuffer(blob, np.int32, count, at)
        at += 4 * count
        points = np.frombuffer(blob, np.float16, 2 * count, at).reshape(-1, 2).astype(np.float32)
        at += 4 * count
        descriptors = np.frombuffer(blob, np.uint8, DESCRIPTOR_BYTES * count, at)
        return cls(times, frame_of, points, descriptors.reshape(-1, DESCRIPTOR_BYTES),
                   (int(width), int(height)))


def extract(keyframes: Iterable[tuple[float, np.ndarray]], features: int) -> Keypoints:
    """ORB features of each keyframe (time, gray picture); keyframes with too few are dropped.

    Small FAST threshold and patch, because keyframes are small and copies smaller still; the
    strongest ``features`` corners per keyframe by Harris score.
    """
    orb = cv2.ORB_create(nfeatures=features, scaleFactor=1.2, nlevels=8, edgeThreshold=19,
                         patchSize=19, fastThreshold=12)
    times, frame_of, points, descriptors = [], [], [], []
    size = (0, 0)
    for time, picture in keyframes:
        size = (picture.shape[1], picture.shape[0])
        found, described = orb.detectAndCompute(np.ascontiguousarray(picture), None)
        if described is None or len(found) < MIN_FEATURES:
            continue
        frame_of.append(np.full(len(found), len(times), np.int32))
        times.append(time)
        points.append(np.array([keypoint.pt for keypoint in found], np.float32))
        descriptors.append(described)
    if not times:
        return Keypoints.empty(size)
    return Keypoints(np.asarray(times, np.float64), np.concatenate(frame_of),
                     np.concatenate(points), np.concatenate(descriptors), size)
