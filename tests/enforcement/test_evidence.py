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


def test_the_evidence_page_spells_out_bidirectional_controls(workspace, catalogue, policy,
                                                              tmp_path):
    """A right-to-left override (U+202E) in a claimant's evidence text read "reg 4202" for
    "reg \u202e2024" in ``evidence.html``: written out, it cannot turn what is read around."""
    import json

    from origin.enforcement import complaints

    from .conftest import later

    catalogue.scanned("u-1", "someone", later(1))
    rows = tmp_path / "complaints.jsonl"
    rows.write_text(json.dumps({
        "claimant": "label", "contact": {"email": "legal@label.example", "name": "A\u202eB"},
        "work": "my song", "uploads": ["u-1"], "evidence": [{"text": "reg \u202e2024"}],
        "good_faith": True, "accurate": True}) + "\n", encoding="utf-8")
    (filed,) = complaints.submit_file(workspace, policy, rows, now=later(2))
    with workspace.session() as session:
        page, _ = evidence.write(session, workspace.path, filed.tickets[0], tmp_path / "out")
    text = page.read_text(encoding="utf-8")
    assert "reg [U+202E]2024" in text and "\u202e" not in text
