import cv2
import numpy as np

from origin.video import regions
from origin.synthetic_font import draw_text


def _moving_texture(count=12, size=(144, 256), seed=0):
    rng = np.random.default_rng(seed)
    world = cv2.resize(rng.integers(0, 256, (60, 100)).astype(np.uint8), (600, 400),
                       interpolation=cv2.INTER_CUBIC)
    h, w = size
    return np.stack([world[i * 7:i * 7 + h, i * 9:i * 9 + w] for i in range(count)])


def test_finds_the_picture_inside_black_bars():
    frames = _moving_texture()
    padded = np.zeros((len(frames), 256, 256), np.uint8)
    padded[:, 56:200] = frames
    box = regions.content_box(padded, regions.PADDING_RATIO)
    assert abs(box.top - 56) <= 3 and abs(box.bottom - 200) <= 3 and box.width == 256


def test_finds_the_picture_on_a_blurred_9x16_canvas():
    frames = _moving_texture(size=(81, 144))
    canvas = np.stack([cv2.GaussianBlur(cv2.resize(f, (455, 256)), (0, 0), 8)[:, 155:299]
                       for f in frames])
    canvas[:, 87:168] = frames
    box = regions.content_box(canvas, regions.BLURRED_PADDING_RATIO)
    assert abs(box.top - 87) <= 4 and abs(box.bottom - 168) <= 4


def test_keeps_a_normal_frame_whole():
    frames = _moving_texture()
    frames[:, :, :20] //= 4                       # a dark but real left edge is not padding
    box = regions.content_box(frames, regions.BLURRED_PADDING_RATIO)
    assert (box.top, box.bottom, box.left, box.right) == (0, 144, 0, 256)


def test_finds_a_picture_in_picture_window():
    background = _moving_texture(seed=1)
    inset = _moving_texture(size=(72, 128), seed=2)
    frames = background.copy()
    frames[:, 30:102, 100:228] = inset
    boxes = regions.window_boxes(frames)
    assert any(abs(b.top - 30) <= 3 and abs(b.bottom - 102) <= 3 and abs(b.left - 100) <= 3
               and abs(b.right - 228) <= 3 for b in boxes)


def test_the_temporal_median_is_numpys_lower_median_bit_for_bit():
    """The bitwise median (``window_boxes``' steady edges) equals np.partition's lower median
    for every frame count up to 2 windows' worth, on noise, sparse edges and extreme values."""
    rng = np.random.default_rng(7)
    for count in range(1, 42):
        for stack in (rng.integers(0, 256, (count, 9, 13), dtype=np.uint8),
                      (rng.random((count, 9, 13)) < 0.2) * rng.integers(0, 256, (count, 9, 13),
                                                                        dtype=np.uint8),
                      rng.choice(np.array([0, 1, 127, 128, 254, 255], np.uint8), (count, 9, 13))):
            stack = stack.astype(np.uint8)
            middle = (count - 1) // 2
            assert np.array_equal(regions._temporal_median(stack),
                                  np.partition(stack, middle, axis=0)[middle])


def _with_caption(frames):
    captioned = frames.copy()
    for frame in captioned:
        draw_text(frame, "SUBSCRIBE", (10, 90), 35, 0, thickness=9)
        draw_text(frame, "SUBSCRIBE", (10, 90), 35, 255, thickness=4)
    return captioned


def test_paints_over_a_burnt_in_caption():
    clean = _moving_texture()
    captioned = _with_caption(clean)
    filled = regions.without_overlays(captioned)
    assert filled is not None
    caption = np.abs(captioned.astype(int) - clean).max(axis=0) > 60
    outside = ~cv2.dilate(caption.astype(np.uint8), np.ones((15, 15), np.uint8)).astype(bool)
    assert (filled[:, outside] == captioned[:, outside]).all()        # the picture is untouched
    # inside the strokes the fill is closer to what the caption hides than the caption is
    assert (np.abs(filled[:, caption].astype(int) - clean[:, caption]).mean()
            < 0.5 * np.abs(captioned[:, caption].astype(int) - clean[:, caption]).mean())


def test_leaves_pictures_without_overlays_alone():
    assert regions.without_overlays(_moving_texture()) is None
    still = np.repeat(_moving_texture()[:1], 12, axis=0)
    assert regions.without_overlays(_with_caption(still)) is None
