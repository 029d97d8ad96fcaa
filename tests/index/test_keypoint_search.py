"""The keypoint index's inverted file: it finds a keyframe's own features among many others, and
runs FAISS on one thread without changing the process's thread count for anyone else."""
from __future__ import annotations

import faiss
import numpy as np

from origin.index import keypoints as keypoint_index
from origin.video.keypoints import DESCRIPTOR_BYTES, Keypoints


def _keypoints(rng: np.random.Generator, frames: int, per_frame: int) -> Keypoints:
    count = frames * per_frame
    return Keypoints(np.arange(frames, dtype=np.float64), np.repeat(np.arange(frames), per_frame).astype(np.int32),
                     rng.uniform(0, 480, (count, 2)).astype(np.float32),
                     rng.integers(0, 256, (count, DESCRIPTOR_BYTES), dtype=np.uint8), (480, 270))


def test_inverted_search_finds_the_keyframe_and_leaves_thread_count_alone(monkeypatch):
    monkeypatch.setattr(keypoint_index, "EXACT_BELOW", 1000)
    rng = np.random.default_rng(5)
    index = keypoint_index.KeypointIndex.build(
        (key, _keypoints(rng, 10, 100)) for key in range(1, 9))      # 8 000 descriptors
    wanted = index.originals[4]
    frame = wanted.frame_of == 7
    upload = Keypoints(np.zeros(1), np.zeros(int(frame.sum()), np.int32), wanted.points[frame],
                       wanted.descriptors[frame], wanted.size)
    before = faiss.omp_get_max_threads()
    pairs = index.search(upload)
    assert faiss.omp_get_max_threads() == before
    assert isinstance(index._searcher(), faiss.IndexBinaryIVF)
    best = pairs[0]
    assert (best.original, best.original_frame) == (4, 7)
    assert len(best.upload_points) >= 0.9 * frame.sum()
    assert np.array_equal(best.upload_points, best.original_points)
