import imagehash
import numpy as np
from PIL import Image

from origin.video.hashers import PHash, hamming


def _images(count=40, seed=0):
    rng = np.random.default_rng(seed)
    base = rng.integers(0, 256, (count, 8, 8)).astype(np.uint8)
    return np.stack([np.asarray(Image.fromarray(b).resize((32, 32), Image.BICUBIC)) for b in base])


def test_phash_matches_imagehash_bit_for_bit_on_the_same_input():
    images = _images()
    ours = PHash.bits_of(PHash.low_frequencies(images))
    theirs = np.stack([imagehash.phash(Image.fromarray(image)).hash for image in images])
    assert np.array_equal(ours, theirs)


def test_area_downscale_stays_within_a_two_bit_mean_budget_of_imagehash():
    rng = np.random.default_rng(1)
    frames = [np.asarray(Image.fromarray(rng.integers(0, 256, (9, 16)).astype(np.uint8))
                         .resize((320, 180), Image.BICUBIC)) for _ in range(30)]
    ours = PHash.bits_of(PHash.low_frequencies(np.stack([PHash.prepare(f) for f in frames])))
    theirs = np.stack([imagehash.phash(Image.fromarray(f)).hash for f in frames])
    assert (ours != theirs).reshape(30, -1).sum(axis=1).mean() <= 2.0


def _area_average(image: np.ndarray, size: int = 32) -> np.ndarray:
    """The definition of an area downscale: each output pixel is the mean of the input area it
    covers, fractional pixels weighted by their overlap (written out, no library resize)."""
    def weights(n_in: int) -> np.ndarray:
        edges = np.arange(size + 1) * n_in / size
        pixels = np.arange(n_in)
        overlap = (np.minimum(edges[1:, None], pixels + 1) - np.maximum(edges[:-1, None], pixels))
        return np.clip(overlap, 0, None) * size / n_in
    return weights(image.shape[0]) @ image.astype(np.float64) @ weights(image.shape[1]).T


def test_hash_input_is_the_area_average_whatever_the_opencv_release():
    """Pins what ``PHash.prepare`` computes, so an OpenCV release that changes INTER_AREA fails
    here (the drift check, ``.ci/latest``, installs the newest allowed release)."""
    rng = np.random.default_rng(3)
    for height, width in [(144, 256), (256, 144), (117, 209), (94, 104), (36, 68), (32, 32)]:
        image = np.asarray(Image.fromarray(rng.integers(0, 256, (height // 4, width // 4))
                                           .astype(np.uint8)).resize((width, height), Image.BICUBIC))
        difference = np.abs(PHash.prepare(image) - _area_average(image))
        assert difference.max() <= 0.5 + 1 / 64         # rounding, in fixed point
        assert (difference > 0.5).mean() <= 0.01


def test_mirror_from_dct_equals_hashing_the_mirrored_image():
    images = _images(seed=2)
    mirrored_direct = PHash.codes(images[:, :, ::-1])
    mirrored_from_dct = PHash.codes_from_low(PHash.mirror(PHash.low_frequencies(images)))
    assert np.array_equal(mirrored_direct, mirrored_from_dct)
    assert hamming(PHash.codes(images), mirrored_direct).mean() > 10


def test_turns_from_dct_equal_hashing_the_turned_images():
    images = _images(seed=3)
    low = PHash.low_frequencies(images)
    for quarters in (1, 2, 3):
        turned_direct = PHash.codes(np.rot90(images, -quarters, axes=(1, 2)))
        assert np.array_equal(turned_direct, PHash.codes_from_low(PHash.turned(low, quarters)))
        assert hamming(PHash.codes(images), turned_direct).mean() > 10
    assert np.array_equal(PHash.turned(low, 4), low)


def test_hamming_counts_differing_bits():
    a = np.array([[0b1111_0000, 0, 0, 0, 0, 0, 0, 1]], dtype=np.uint8)
    b = np.zeros((1, 8), dtype=np.uint8)
    assert hamming(a, b).tolist() == [5]
