"""A layout box a few pixels larger than a smooth picture gives no code
(``fingerprint.framed_smooth``): held_out_6's `q0106`, a drifting colour gradient framed in 9:16
on a coloured ground with a title bar and captions, met the registered music visualiser
`viz_histogram` (a waterfall of bright noise on black) at 0.971, a demote, through the content
box and the window box around the gradient, whose only detail was the gradient's outline
against the ground. A framed copy of generated footage is still found at its offset."""
from __future__ import annotations

import numpy as np

from origin.video.fingerprint import fingerprint_original, fingerprint_upload, upload_layout
from tests.match.test_thin_strips import RATE, _decoded, _matcher, found_at_its_offset

BAYER = np.array([[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]]) / 16 + 1 / 32


def framed_gradient(seconds: float = 12.0) -> np.ndarray:
    """`q0106` at working size (144x256, gray): a smooth horizontal gradient drifting in its box
    (rows 81-154, columns 7-136) on flat ground, a title bar above it, two caption lines below."""
    columns = np.arange(129, dtype=np.float32)
    frames = []
    for t in np.arange(0, seconds, 1 / RATE):
        canvas = np.full((256, 144), 56, np.uint8)
        canvas[56:70] = 110
        for letter in range(8):
            canvas[59:67, 8 + 16 * letter:18 + 16 * letter:3] = 235
        ramp = 0.5 + 0.5 * np.cos(2 * np.pi * (columns / 129 * 0.8 + 0.3 * t / seconds))
        canvas[81:154, 7:136] = (120 + 30 * ramp)[None, :].astype(np.uint8)
        for row in (165, 178):
            for letter in range(3):
                canvas[row:row + 9, 8 + 12 * letter:16 + 12 * letter:2] = 240
        frames.append(canvas)
    return np.stack(frames)


def dark_waterfall(seconds: float = 16.0) -> np.ndarray:
    """A dark visualiser (256x144, gray): bright dots on black, denser to the right, inside
    uneven dark margins, the dots' pattern moving every frame (ordered dithering, so each
    32x32 cell's brightness follows the density)."""
    density = np.zeros((144, 256), np.float32)
    density[10:140, 4:230] = np.linspace(0.3, 0.9, 226)[None, :]
    frames = []
    for number in range(int(seconds * RATE)):
        pulse = 0.9 + 0.1 * np.sin(number / 5 + np.arange(144) / 9)[:, None]
        threshold = np.roll(np.tile(BAYER, (36, 64)), number, axis=0)
        frames.append(np.where(density * pulse > threshold, 235, 0).astype(np.uint8))
    return np.stack(frames)


def test_a_smooth_gradient_framed_in_9x16_does_not_match_a_dark_visualiser():
    waterfall = dark_waterfall()
    matcher = _matcher(fingerprint_original(_decoded("viz", waterfall)), len(waterfall) / RATE)
    frames = framed_gradient()
    boxes = [box for box, _ in upload_layout(frames[:40])[0]]
    assert any(box.top < 81 and box.bottom > 154 for box in boxes)   # the box around it is looked at
    assert matcher.match(fingerprint_upload(_decoded("framed", frames))) == []   # 1.0 before


def test_a_framed_copy_is_still_found_at_its_offset(tmp_path):
    found_at_its_offset(tmp_path, "framed_9x16", original_seed=43, copy_seed=3)
