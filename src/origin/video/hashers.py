"""Perceptual frame hashers, one small class each, declaring their size and metric.

``PHash`` reproduces ``imagehash.phash`` (grayscale, 32x32, 2-D DCT-II, 8x8 low-frequency block
including DC, bit = coefficient > median) on whole batches with two matrix products instead of a
PIL resize and two SciPy calls per image; ``tests/test_hashers.py`` checks it bit-for-bit against
imagehash on the same 32x32 input. Mirrored frames are hashed from the same DCT by negating the
odd horizontal frequencies, so a flip costs no second resize.
"""
from __future__ import annotations

from typing import ClassVar

import cv2
import numpy as np


def _dct_matrix(size: int, keep: int) -> np.ndarray:
    """Rows k < keep of the unnormalised DCT-II (SciPy's ``fftpack.dct`` type 2) of length size."""
    n = np.arange(size)
    k = np.arange(keep)[:, None]
    return (2.0 * np.cos(np.pi * k * (2 * n + 1) / (2 * size))).astype(np.float32)


class PHash:
    """64-bit DCT pHash with imagehash semantics, batched."""

    name: ClassVar[str] = "phash"
    bits: ClassVar[int] = 64
    metric: ClassVar[str] = "hamming"
    input_size: ClassVar[int] = 32
    hash_size: ClassVar[int] = 8

    _dct = _dct_matrix(input_size, hash_size)
    _flip_signs = np.where(np.arange(hash_size) % 2 == 1, -1.0, 1.0).astype(np.float32)

    @classmethod
    def prepare(cls, gray: np.ndarray) -> np.ndarray:
        """Downscale one grayscale image (any size) to the hash input, area-averaged."""
        return cv2.resize(gray, (cls.input_size, cls.input_size), interpolation=cv2.INTER_AREA)

    @classmethod
    def low_frequencies(cls, images: np.ndarray) -> np.ndarray:
        """[n, 32, 32] pixels -> [n, 8, 8] low-frequency DCT block."""
        pixels = np.asarray(images, dtype=np.float32)
        return np.einsum("kr,nrc,lc->nkl", cls._dct, pixels, cls._dct, optimize=True)

    @classmethod
    def mirror(cls, low: np.ndarray) -> np.ndarray:
        """The low-frequency block of the horizontally mirrored images."""
        return low * cls._flip_signs[None, None, :]

    @classmethod
    def turned(cls, low: np.ndarray, quarters: int) -> np.ndarray:
        """The low-frequency block of the images turned ``quarters`` times 90° clockwise
        (``np.rot90(images, -quarters, axes=(1, 2))``): each quarter turn is the transpose,
        then the mirror (PDQ's dihedral hashes), so a turn costs no second resize either."""
        for _ in range(quarters % 4):
            low = cls.mirror(np.swapaxes(low, 1, 2))
        return low

    @classmethod
    def bits_of(cls, low: np.ndarray) -> np.ndarray:
        """[n, 8, 8] DCT block -> [n, 8, 8] booleans, as ``imagehash.ImageHash.hash``."""
        flat = low.reshape(len(low), -1)
        median = np.median(flat, axis=1, keepdims=True)
        return (flat > median).reshape(low.shape)

    @classmethod
    def pack(cls, bits: np.ndarray) -> np.ndarray:
        """[n, 8, 8] booleans -> [n, 8] uint8 codes for FAISS binary indexes."""
        return np.packbits(bits.reshape(len(bits), -1), axis=1)

    @classmethod
    def codes_from_low(cls, low: np.ndarray) -> np.ndarray:
        return cls.pack(cls.bits_of(low))

    @classmethod
    def codes(cls, images: np.ndarray) -> np.ndarray:
        return cls.codes_from_low(cls.low_frequencies(images))

    @classmethod
    def reliable_bits(cls, images: np.ndarray, margin: float) -> np.ndarray:
        """Per [32, 32] image: how many of its code's bits the picture sets, their low
        frequencies ``margin`` or more from the block's median (the bits' threshold). Two
        matrix products, not ``low_frequencies``' einsum: 0.5 instead of 12 µs an image, and a
        count, not a code (the two differ by ~0.2 in a coefficient of thousands)."""
        pixels = np.asarray(images, dtype=np.float32)
        low = (cls._dct @ pixels @ cls._dct.T).reshape(len(pixels), -1)
        return (np.abs(low - np.median(low, axis=1, keepdims=True)) >= margin).sum(axis=1)


_BIT_COUNTS = np.array([bin(byte).count("1") for byte in range(256)], np.uint8)


def hamming(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Bitwise Hamming distance between packed uint8 codes (broadcasting), as int64: one table
    lookup a byte (unpacking the bits costs 8x the memory, and the matcher's rectified frames
    compare every sampled frame with an original's codes)."""
    return _BIT_COUNTS[np.bitwise_xor(a, b)].sum(axis=-1, dtype=np.int64)


def layouts(codes: np.ndarray) -> np.ndarray:
    """Per packed code (uint8 [n, 8]), its nearest one-dimensional code (uint8 [n, 8]): each row
    the code's own row that the most rows come nearest to, or its complement, whichever that row
    is nearer (``one_dimensional``'s pattern). What a picture that changes along one direction
    would hash to: its layout (a lit side, a dark stretch, a band), without the detail in it."""
    rows = _BIT_COUNTS[np.bitwise_xor(codes[:, :, None], codes[:, None, :])].astype(np.int64)
    pattern = np.minimum(rows, 8 - rows).sum(axis=1).argmin(axis=1)
    chosen = codes[np.arange(len(codes)), pattern]
    flip = rows[np.arange(len(codes)), :, pattern] > 4
    return np.where(flip, np.bitwise_not(chosen)[:, None], chosen[:, None]).astype(np.uint8)


def one_dimensional(codes: np.ndarray, slack: int) -> np.ndarray:
    """Per packed code (uint8 [n, 8], one byte a row of the 8x8 bit block): whether every row is
    one pattern or its complement, but ``slack`` bits, the pattern one of the code's own rows.

    Such a code is a picture that changes along one direction only (a light bar along the top
    and a line of text at its left, stripes, a one-sided glow): its 64 bits are 8 bits of
    information, and every picture brighter on one side shares them."""
    return hamming(codes, layouts(codes)) <= slack
