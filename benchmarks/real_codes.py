"""Millions of REAL frame codes without decoding video: camera paths over real photographs,
hashed directly with origin's own pHash views.

Uniform random 64-bit codes spread evenly over the code space; real frames do not (dark skies
with a bright core, centred subjects, vignettes, smooth backdrops pile up in a few regions), and
that is where false matches come from. Encoding and decoding 100 M frames of video is out of
reach here, so each distractor original is a 30 s camera path (4 frames/s, as origin samples
originals) over one photograph of scripts/fetch_photos.py: a pan, a zoom in or out, sometimes a
small rotation, drawn per original. Each frame is cut from a 160-px grey copy of the photo and
area-averaged to pHash's 32x32 input, exactly as ``origin.video.fingerprint`` does for a decoded
frame: the whole picture and its centred 80 % (``ORIGINAL_CROPS``), frames under its quality
gate dropped. What this skips is video coding noise, which makes codes of one path noisier, not
more alike.
"""
from __future__ import annotations

import math
from pathlib import Path

import cv2
import numpy as np

from origin.video.fingerprint import ORIGINAL_CROPS, ORIGINAL_SAMPLE_FPS, informative
from origin.video.hashers import PHash

FRAMES = 120                     # 30 s at origin's 4 frames/s
WORKING_SIDE = 160               # long side of the grey copy the paths are cut from
ASPECT = 16 / 9


class RealCodeSource:
    """``codes(number)`` -> the codes of distractor original ``number`` (deterministic)."""

    def __init__(self, photos: list[Path], seed: int = 0):
        if not photos:
            raise ValueError("no photos: run scripts/fetch_photos.py")
        self.seed = seed
        self.pictures = [self._grey(path) for path in photos]

    @staticmethod
    def _grey(path: Path) -> np.ndarray:
        """A small grey copy, softened so that one bilinear sample per input pixel stands for the
        area average of a window 0.5-1 times its width (as INTER_AREA would give)."""
        image = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
        if image is None:
            raise ValueError(f"{path}: not a readable picture")
        scale = WORKING_SIDE / max(image.shape)
        small = cv2.resize(image, (max(8, int(image.shape[1] * scale)), max(8, int(image.shape[0] * scale))),
                           interpolation=cv2.INTER_AREA)
        return cv2.GaussianBlur(small.astype(np.float32), (0, 0), 1.2)

    def codes(self, number: int) -> tuple[np.ndarray, np.ndarray]:
        """(codes [n, 8] uint8, times [n] float32) of one distractor original, views interleaved
        per frame as origin stores them."""
        rng = np.random.default_rng([self.seed, number])
        picture = self.pictures[int(rng.integers(len(self.pictures)))]
        height, width = picture.shape
        largest = min(width, height * ASPECT)
        kind = int(rng.integers(3))
        scales = [(0.6, 0.6), (1.0, 0.6), (0.6, 1.0)][kind]
        scales = [s * float(rng.uniform(0.85, 1.0)) for s in scales]
        ends = []
        for scale in scales:
            window = largest * scale
            ends.append(np.array([rng.uniform(window / 2, width - window / 2),
                                  rng.uniform(window / ASPECT / 2, height - window / ASPECT / 2), window]))
        angle = float(rng.uniform(-6, 6)) if rng.random() < 0.3 else 0.0
        progress = 0.5 - 0.5 * np.cos(np.pi * np.arange(FRAMES) / (FRAMES - 1))
        path = ends[0] + (ends[1] - ends[0]) * progress[:, None]          # [frames, (x, y, window)]
        size = PHash.input_size
        inputs = np.empty((len(ORIGINAL_CROPS), FRAMES, size, size), np.float32)
        for view, share in enumerate(ORIGINAL_CROPS):
            for frame, matrix in enumerate(_window_matrices(path[:, 0], path[:, 1], path[:, 2] * share,
                                                            angle, size)):
                cv2.warpAffine(picture, matrix, (size, size), dst=inputs[view, frame],
                               flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
        good = np.flatnonzero(informative(inputs[0]))        # origin's own gate
        if len(good) == 0:                       # a flat picture: nothing an original would index
            return np.empty((0, 8), np.uint8), np.empty(0, np.float32)
        codes = PHash.codes(inputs[:, good].reshape(-1, PHash.input_size, PHash.input_size))
        per_view = codes.reshape(len(ORIGINAL_CROPS), len(good), 8)
        interleaved = per_view.transpose(1, 0, 2).reshape(-1, 8)
        times = np.repeat(good / ORIGINAL_SAMPLE_FPS, len(ORIGINAL_CROPS)).astype(np.float32)
        return np.ascontiguousarray(interleaved), times



def _window_matrices(x: np.ndarray, y: np.ndarray, window: np.ndarray, angle: float, size: int) -> np.ndarray:
    """Affine maps [n, 2, 3] from the photo to ``size`` x ``size`` images of 16:9 windows of width
    ``window`` centred at (x, y), turned by ``angle`` degrees (as ``cv2.getRotationMatrix2D``):
    a 16:9 frame squeezed to pHash's square input, as ``PHash.prepare`` does."""
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    turn = np.array([[cos, sin], [-sin, cos]])
    squeeze = np.zeros((len(window), 2, 2))
    squeeze[:, 0, 0] = size / window
    squeeze[:, 1, 1] = size * ASPECT / window
    linear = squeeze @ turn
    centres = np.stack([x, y], axis=1)[:, :, None]
    shift = -(linear @ centres)[:, :, 0] + size / 2
    return np.concatenate([linear, shift[:, :, None]], axis=2)
