"""Text for generated footage, drawn by NumPy from a 5x7 bitmap font, the same on every machine.

``cv2.putText`` rasterises its Hershey fonts differently from one OpenCV release to the next
(5.1 moved up to 157 gray levels on 2-3 % of a caption's pixels against 5.0), so captions
generated for the tests and benchmarks changed with the installed OpenCV, and with them the
scores of text-overlay copies. Glyphs here are bitmaps enlarged 4x beyond the target size,
thickened, and area-averaged back down, which gives smooth edges from arithmetic alone.
"""
from __future__ import annotations

import numpy as np

_SUPERSAMPLE = 4
_ROWS = 7
_COLUMNS = 5

# Each glyph: 7 rows of 5 columns, '#' inked.
_FONT_ROWS: dict[str, tuple[str, ...]] = {
    "A": (".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"),
    "B": ("####.", "#...#", "#...#", "####.", "#...#", "#...#", "####."),
    "C": (".###.", "#...#", "#....", "#....", "#....", "#...#", ".###."),
    "D": ("####.", "#...#", "#...#", "#...#", "#...#", "#...#", "####."),
    "E": ("#####", "#....", "#....", "####.", "#....", "#....", "#####"),
    "F": ("#####", "#....", "#....", "####.", "#....", "#....", "#...."),
    "G": (".###.", "#...#", "#....", "#.###", "#...#", "#...#", ".####"),
    "H": ("#...#", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"),
    "I": (".###.", "..#..", "..#..", "..#..", "..#..", "..#..", ".###."),
    "J": ("..###", "...#.", "...#.", "...#.", "...#.", "#..#.", ".##.."),
    "K": ("#...#", "#..#.", "#.#..", "##...", "#.#..", "#..#.", "#...#"),
    "L": ("#....", "#....", "#....", "#....", "#....", "#....", "#####"),
    "M": ("#...#", "##.##", "#.#.#", "#.#.#", "#...#", "#...#", "#...#"),
    "N": ("#...#", "#...#", "##..#", "#.#.#", "#..##", "#...#", "#...#"),
    "O": (".###.", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."),
    "P": ("####.", "#...#", "#...#", "####.", "#....", "#....", "#...."),
    "Q": (".###.", "#...#", "#...#", "#...#", "#.#.#", "#..#.", ".##.#"),
    "R": ("####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"),
    "S": (".####", "#....", "#....", ".###.", "....#", "....#", "####."),
    "T": ("#####", "..#..", "..#..", "..#..", "..#..", "..#..", "..#.."),
    "U": ("#...#", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."),
    "V": ("#...#", "#...#", "#...#", "#...#", "#...#", ".#.#.", "..#.."),
    "W": ("#...#", "#...#", "#...#", "#.#.#", "#.#.#", "#.#.#", ".#.#."),
    "X": ("#...#", "#...#", ".#.#.", "..#..", ".#.#.", "#...#", "#...#"),
    "Y": ("#...#", "#...#", ".#.#.", "..#..", "..#..", "..#..", "..#.."),
    "Z": ("#####", "....#", "...#.", "..#..", ".#...", "#....", "#####"),
    "0": (".###.", "#...#", "#..##", "#.#.#", "##..#", "#...#", ".###."),
    "1": ("..#..", ".##..", "..#..", "..#..", "..#..", "..#..", ".###."),
    "2": (".###.", "#...#", "....#", "...#.", "..#..", ".#...", "#####"),
    "3": ("#####", "...#.", "..#..", "...#.", "....#", "#...#", ".###."),
    "4": ("...#.", "..##.", ".#.#.", "#..#.", "#####", "...#.", "...#."),
    "5": ("#####", "#....", "####.", "....#", "....#", "#...#", ".###."),
    "6": ("..##.", ".#...", "#....", "####.", "#...#", "#...#", ".###."),
    "7": ("#####", "....#", "...#.", "..#..", ".#...", ".#...", ".#..."),
    "8": (".###.", "#...#", "#...#", ".###.", "#...#", "#...#", ".###."),
    "9": (".###.", "#...#", "#...#", ".####", "....#", "...#.", ".##.."),
    ":": (".....", "..#..", "..#..", ".....", "..#..", "..#..", "....."),
    " ": (".....",) * _ROWS,
}
_FONT = {char: np.array([[cell == "#" for cell in row] for row in rows], dtype=bool)
         for char, rows in _FONT_ROWS.items()}


def _thicken(mask: np.ndarray, radius: int) -> np.ndarray:
    """Binary dilation by a (2 radius + 1)-square, by shifting (no library kernels)."""
    if radius <= 0:
        return mask
    padded = np.pad(mask, radius)
    out = np.zeros_like(mask)
    height, width = mask.shape
    for dy in range(2 * radius + 1):
        for dx in range(2 * radius + 1):
            out |= padded[dy:dy + height, dx:dx + width]
    return out


def text_alpha(text: str, height: int, thickness: float) -> np.ndarray:
    """Coverage (0..1, float32) of ``text`` set ``height`` pixels tall, strokes ``thickness``
    pixels wide (at least a glyph pixel, height / 7). Characters without a glyph print as a
    space."""
    cell = max(1, round(height * _SUPERSAMPLE / _ROWS))
    pad = max(0, round((thickness * _SUPERSAMPLE - cell) / 2))
    glyphs = [_FONT.get(char.upper(), _FONT[" "]) for char in text]
    gap = np.zeros((_ROWS, 1), dtype=bool)
    line = np.concatenate([part for glyph in glyphs for part in (glyph, gap)], axis=1)
    ink = _thicken(np.kron(line, np.ones((cell, cell), dtype=bool)), pad)
    rows = -(-ink.shape[0] // _SUPERSAMPLE) * _SUPERSAMPLE
    cols = -(-ink.shape[1] // _SUPERSAMPLE) * _SUPERSAMPLE
    ink = np.pad(ink, ((0, rows - ink.shape[0]), (0, cols - ink.shape[1])))
    return ink.reshape(rows // _SUPERSAMPLE, _SUPERSAMPLE, cols // _SUPERSAMPLE,
                       _SUPERSAMPLE).mean(axis=(1, 3)).astype(np.float32)


def draw_text(image: np.ndarray, text: str, origin: tuple[int, int], height: int,
              colour, thickness: float = 1.0) -> None:
    """Blend ``text`` into ``image`` in place; ``origin`` is its bottom-left corner (x, y), as
    with ``cv2.putText``. Parts falling outside the image are clipped."""
    alpha = text_alpha(text, height, thickness)
    x, y = int(origin[0]), int(origin[1]) - alpha.shape[0]
    top, left = max(0, y), max(0, x)
    bottom = min(image.shape[0], y + alpha.shape[0])
    right = min(image.shape[1], x + alpha.shape[1])
    if bottom <= top or right <= left:
        return
    a = alpha[top - y:bottom - y, left - x:right - x]
    region = image[top:bottom, left:right].astype(np.float32)
    colour = np.asarray(colour, dtype=np.float32)
    if region.ndim == 3:
        a = a[..., None]
    image[top:bottom, left:right] = np.clip(region * (1 - a) + colour * a + 0.5, 0, 255).astype(np.uint8)
