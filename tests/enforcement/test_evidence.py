"""Evidence shows the frames of the bytes that were matched, or none."""
import hashlib

import cv2
import numpy as np

from origin.enforcement import evidence


def _video(path, shade: int) -> None:
    """A second of a flat picture with a square moving across it."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10, (64, 48))
    for step in range(10):
        frame = np.full((48, 64, 3), shade, np.uint8)
        frame[10:20, step * 4:step * 4 + 10] = 255 - shade
        writer.write(frame)
    writer.release()


def test_a_file_overwritten_since_the_match_gives_no_frames_and_says_so(tmp_path):
    # its new pictures were shown as the copy, aligned by the old match, with a similarity
    path = tmp_path / "upload.avi"
    _video(path, 40)
    matched = hashlib.sha256(path.read_bytes()).hexdigest()
    notes: list[str] = []
    frames = evidence._read_at(str(path), matched, [0.2, 0.5], notes)
    assert all(frame is not None for frame in frames) and notes == []
    _video(path, 200)                              # other bytes under the same name
    assert evidence._read_at(str(path), matched, [0.2, 0.5], notes) == [None, None]
    assert notes == [f"{path} is not the file that was matched (its bytes changed since): "
                     f"thumbnails and similarity are missing for it"]
