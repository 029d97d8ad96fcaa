import cv2
import numpy as np

from origin.numeric import percentiles
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


def test_a_window_keeps_its_picture_without_the_bars_inside_it():
    """A letterboxed picture framed in a window of a busy 9:16 template: the window is found by
    its steady edges, and its picture without the bars is what an original was indexed as."""
    frames = _moving_texture(count=16, size=(256, 144), seed=3)          # the template
    picture = _moving_texture(count=16, size=(40, 128), seed=4)
    frames[:, 70:150, 8:136] = 0                                         # the window: bars
    frames[:, 90:130, 8:136] = picture                                   # above and below
    detail = regions.frame_detail(frames)
    window = regions.Box(70, 150, 8, 136)
    inner = regions.inside_padding(window, detail)
    assert abs(inner.top - 90) <= 3 and abs(inner.bottom - 130) <= 3
    assert (inner.left, inner.right) == (8, 136)                         # no bars at the sides
    whole = regions.Box(90, 130, 8, 136)                                  # nothing to strip
    assert regions.inside_padding(whole, detail) == whole


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


def _band_by_loop(profile, share):
    """``regions._band`` as it was written before it was vectorised: NumPy's percentile, then
    the first longest run found by walking the profile."""
    peak = np.percentile(profile, 90)
    if peak <= 0:
        return 0, len(profile)
    best, best_length, start = (0, len(profile)), 0, None
    for i, flag in enumerate(np.append(profile >= share * peak, False)):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            if i - start > best_length:
                best, best_length = (start, i), i - start
            start = None
    return best


def test_the_band_and_its_peak_are_numpys_percentile_and_the_first_longest_run():
    """``_band`` (content boxes, bars inside panels) gives what NumPy's percentile and a loop
    over the profile gave, on float32 and float64 profiles of every length up to 300, with
    ties, zeros and negatives; its peak is ``np.percentile(.., 90)`` bit for bit."""
    rng = np.random.default_rng(11)
    for length in range(1, 301):
        for profile in (rng.random(length).astype(np.float32),
                        (rng.random(length) * 40).astype(np.float32) * (rng.random(length) > 0.3),
                        rng.integers(0, 4, length).astype(np.float32),
                        rng.random(length),
                        np.zeros(length, np.float32),
                        -rng.random(length).astype(np.float32)):
            expected = np.percentile(profile, 90)
            [peak] = percentiles(profile, (90,))
            assert peak == expected and np.asarray(peak).dtype == np.asarray(expected).dtype
            for share in (0.15, 0.5, 1.0):
                assert regions._band(profile, share) == _band_by_loop(profile, share)


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


def test_finds_both_panels_of_a_split_screen_with_a_fitted_copy():
    """A copy fitted into the right 44 % of the frame (black bars above and below it), other
    footage on the left: one panel is the copy without its bars."""
    other = _moving_texture(size=(144, 144), seed=1) // 4 + 40      # dim footage beside it
    copy = np.stack([cv2.resize(f, (112, 63), interpolation=cv2.INTER_AREA)
                     for f in _moving_texture(seed=2)])
    frames = np.zeros((len(other), 144, 256), np.uint8)
    frames[:, :, :144] = other
    frames[:, 40:103, 144:] = copy
    boxes = regions.panel_boxes(frames)
    assert any(abs(b.top - 40) <= 3 and abs(b.bottom - 103) <= 3 and abs(b.left - 144) <= 2
               and b.right == 256 for b in boxes)


def test_a_frame_without_a_seam_has_no_panels():
    assert regions.panel_boxes(_moving_texture()) == []


def _filmed(frames, corners, bezel=0.05):
    from origin import synthetic

    op = synthetic._op_filmed_screen(np.array(corners), bezel=bezel, wall=(70, 60, 50), gain=0.7,
                                     gamma=1.1, blur_sigma=1.8, noise_sigma=4.0, seed=3,
                                     shake=0.01, moire=0.1, glare=0.3)
    return np.stack([cv2.cvtColor(op(cv2.cvtColor(f, cv2.COLOR_GRAY2BGR), i / 4), cv2.COLOR_BGR2GRAY)
                     for i, f in enumerate(frames)])


def test_finds_a_keystoned_screens_outline_through_blur_moire_and_glare():
    corners = [[0.2, 0.08], [0.86, 0.2], [0.88, 0.84], [0.12, 0.9]]
    frames = _filmed(_moving_texture(count=4), corners, bezel=0.05)
    centre = np.mean(corners, axis=0)
    outer = (centre + (np.array(corners) - centre) * 1.05) * [256, 144]   # the bezel's edge
    for frame in frames:
        found = regions.screen_outline(frame)
        assert found is not None and np.abs(found - outer).max() <= 8   # the hand shakes by 1 %
    assert regions.screen_outline(_moving_texture(count=1)[0]) is None    # detail everywhere


def test_a_filmed_screens_flattened_picture_hashes_near_the_original():
    """What the global codes see of a screen filmed at an angle: the whole frame is far from
    the original's code, the picture inside the outline (either share) close to it."""
    from origin.video.fingerprint import _inputs, _original_views
    from origin.video.hashers import PHash, hamming

    from origin import synthetic

    footage = synthetic.SyntheticFootage(5, (256, 144))
    original = np.stack([cv2.cvtColor(footage.frame_at(t), cv2.COLOR_BGR2GRAY)
                         for t in np.arange(0, 4, 0.5)])
    filmed = _filmed(original, [[0.18, 0.1], [0.84, 0.2], [0.86, 0.86], [0.1, 0.88]])
    codes, good, _ = _original_views(original)
    codes = codes.reshape(len(good), -1, 8)
    found, views = regions.screen_views(filmed)
    assert len(found) >= 6 and len(views) == len(regions.SCREEN_SHARES)
    flattened = np.stack([PHash.codes(_inputs(view)) for view in views], axis=1)
    whole = PHash.codes(_inputs(filmed))
    shown = codes[np.searchsorted(good, found)]                  # the same frames' codes
    assert np.median(hamming(flattened[:, :, None], shown[:, None]).min(axis=(1, 2))) <= 10
    assert np.median(hamming(whole[found][:, None], shown).min(axis=1)) > 20
