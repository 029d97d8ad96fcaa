"""The low-information gate: frames that look like every other frame of their kind get no codes."""
import cv2
import numpy as np

from origin import synthetic
from origin.video.fingerprint import framed_smooth, informative, sliver, thin
from origin.video.hashers import PHash


def _inputs(frames):
    return np.stack([PHash.prepare(frame.mean(axis=2).astype(np.uint8)) for frame in frames])


def test_smooth_gradients_carry_too_little_detail_and_real_looking_footage_enough(tmp_path):
    gradients = [frame for seed in (0, 2, 3) for _, frame in
                 synthetic.iter_frames(synthetic.generate_gradients(tmp_path / f"g{seed}.mp4", seed, 2.0))]
    footage = synthetic.SyntheticFootage(5, (320, 180))
    scenes = [footage.frame_at(t) for t in np.arange(0, 8, 0.5)]
    assert not informative(_inputs(gradients)).any()
    assert informative(_inputs(scenes)).all()


def test_flat_and_black_frames_are_not_informative():
    flat = np.full((2, 32, 32), 128, np.uint8)
    flat[1] = 3
    assert not informative(flat).any()


def test_detail_in_a_thin_strip_passes_the_mean_and_makes_a_sliver():
    # a toolbar's last rows (bright, small marks) over flat dark ground, at any edge or across
    strip = np.full((32, 32), 17, np.uint8)
    strip[:3] = 235
    strip[1, ::2] = 40
    views = np.stack([strip, strip[::-1], strip.T, np.roll(strip, 14, axis=0)])
    assert informative(views).all()
    assert thin(views).all() and sliver(views)
    footage = synthetic.SyntheticFootage(5, (320, 180))
    scenes = _inputs([footage.frame_at(t) for t in np.arange(0, 8, 0.5)])
    assert not thin(scenes).any() and not sliver(scenes)
    assert not sliver(np.concatenate([views[:1], scenes[:9]]))   # a blank picture now and then


def test_a_smooth_picture_in_a_frame_passes_the_mean_and_is_framed_smooth():
    # a gradient a little inside its box, on a darker ground: its outline is all its detail
    ramp = np.linspace(170, 120, 28)[None, :].repeat(28, axis=0)
    framed = np.full((32, 32), 56, np.uint8)
    framed[2:30, 2:30] = ramp
    views = np.stack([framed, framed.T, framed[:, ::-1]])
    assert informative(views).all() and not thin(views).any()
    assert framed_smooth(views)
    footage = synthetic.SyntheticFootage(5, (320, 180))
    scenes = _inputs([footage.frame_at(t) for t in np.arange(0, 8, 0.5)])
    assert not framed_smooth(scenes)
    assert not framed_smooth(np.concatenate([views[:1], scenes[:9]]))   # one smooth moment


def test_corners_read_the_ranges_of_the_hash_inputs_made_already():
    """``fingerprint_original`` hands ``corners`` each good frame's range at 32x32 from the
    hash input it made (``_views_and_ranges``) instead of scaling the picture again: the same
    ranges and the same corners, a letterboxed clip's frames and a frame of thin lines (whose
    hash input is max-pooled after the range is read) among them."""
    import cv2

    from origin.video.fingerprint import _views_and_ranges, corners, thin_lines

    footage = synthetic.SyntheticFootage(5, (256, 108))
    frames = [np.zeros((144, 256), np.uint8) for _ in range(10)]
    for frame, time in zip(frames, np.arange(0, 5, 0.5)):
        frame[18:126] = cv2.cvtColor(footage.frame_at(time), cv2.COLOR_BGR2GRAY)
    lines = np.zeros((144, 256), np.uint8)
    x = np.arange(256)
    for base in (40, 100):          # two one-pixel waves on black: too faint at 32x32
        cv2.polylines(lines, [np.stack([x, base + 8 * np.sin(x / 20)], 1).astype(np.int32)],
                      False, 90, 1)
    lines[:18] = lines[126:] = 0
    assert thin_lines(lines[18:126]) and not informative(PHash.prepare(lines[18:126])[None])[0]
    stack = np.stack(frames + [lines, np.full((144, 256), 90, np.uint8)])
    _, good, picture, ranges, _ = _views_and_ranges(stack)
    assert picture.height < 144 and 10 in good and 11 not in good      # bars, the lines kept
    assert not informative(PHash.prepare(picture.crop(lines))[None])[0]  # ... pooled
    pictures = [picture.crop(stack[number]).copy() for number in good]
    prepared = [PHash.prepare(each) for each in pictures]
    assert list(ranges[good]) == [int(each.max()) - int(each.min()) for each in prepared]
    assert np.array_equal(corners(pictures, ranges[good]), corners(pictures))
    assert (corners(pictures) > 0).all()


def test_turned_views_are_hashed_again_as_they_were_and_meet_the_picture_turned_back(tmp_path):
    """A picture turned a quarter clockwise between black bars: the upload's whole views are
    hashed turned too (``TURNS``), ``Fingerprint.turned`` gives each turn's codes with its small
    pictures and rectangles turned, from which ``layout.upload_inputs`` hashes them again as
    they were; turned back (three quarters), they meet the picture's own codes."""
    from origin.jobs.fingerprinting import fingerprint_file
    from origin.video.hashers import hamming
    from origin.video.layout import upload_inputs

    footage = synthetic.SyntheticFootage(7, (480, 270))
    source = tmp_path / "source.mp4"
    barred = tmp_path / "barred.mp4"
    with synthetic.VideoWriter(source, (480, 270), 25.0) as plain, \
            synthetic.VideoWriter(barred, (480, 270), 25.0) as turned:
        for number in range(100):
            frame = footage.frame_at(number / 25.0)
            plain.write(frame)
            canvas = np.zeros_like(frame)
            canvas[:, 164:316] = cv2.resize(np.rot90(frame, -1), (152, 270),
                                            interpolation=cv2.INTER_AREA)
            turned.write(canvas)
    original = fingerprint_file(str(source), original=True).fingerprint
    upload = fingerprint_file(str(barred), original=False).fingerprint
    assert set(np.unique(upload.turns)) == {0, 1, 2, 3}
    assert len(upload.as_shown().codes) == int((upload.turns == 0).sum())
    nearest = {}
    for quarters in (1, 2, 3):
        view = upload.turned(quarters)
        assert view.pictures.shape[1:] == upload.pictures.shape[1:][::-1 if quarters % 2 else 1]
        again = PHash.codes(upload_inputs(view.pictures, view.frame_of, view.boxes))
        assert np.median(hamming(again, view.codes)) <= 2
        distances = hamming(view.codes[:, None], original.codes[None]).min(axis=1)
        nearest[quarters] = np.median([distances[view.frame_of == frame].min()
                                       for frame in np.unique(view.frame_of)])
    assert nearest[3] <= 10 and min(nearest[1], nearest[2]) >= 20     # 8, 24 and 24 bits
