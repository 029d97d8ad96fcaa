"""Colour gradients never register (``fingerprint.corners``, ``fingerprint.texture``):
held_out_9 registered FFmpeg's ``gradients`` source as an original (steep enough to pass the
contrast and detail gates), and two other gradients met it at 0.922 and 0.634, demoted. A
gradient has no corner; real pictures, dim ones too, have many. An out-of-focus photograph has
as few corners as a gradient (held_out_10's leaf was refused at stop 34), but it is not flat
tile by tile, and a gradient is (``texture``)."""
from __future__ import annotations

import subprocess
from pathlib import Path

import cv2
import numpy as np

from origin import synthetic
from origin.jobs.fingerprinting import fingerprint_file
from origin.video import fingerprint
from origin.workspace import Workspace

# FFmpeg's ``gradients`` source with its colours and end points given (with only a seed, its
# frames differ from run to run); each passed the contrast and detail gates and registered
# before, and the last two met each other at 0.99-1.0 in the global tier
RENDERINGS = {
    "a": "c0=0xd9a382:c1=0x454e0a:c2=0x13042c:nb_colors=3:x0=520:y0=328:x1=415:y1=181:speed=0.1",
    "b": "c0=0xcf152d:c1=0x3c2ecd:c2=0xde950a:c3=0x18556e:nb_colors=4:x0=397:y0=95:x1=306:y1=57"
         ":speed=0.1",
    "c": "c0=0x2220cc:c1=0x7f9799:c2=0xb6077c:c3=0x2566ed:nb_colors=4:x0=350:y0=195:x1=45:y1=46"
         ":speed=0.05",
    "d": "c0=0x7983c1:c1=0xf30824:c2=0xd2f23f:c3=0x4fde6c:nb_colors=4:x0=174:y0=92:x1=529"
         ":y1=147:speed=0.05",
    "e": "c0=0x6bdef6:c1=0x491d9a:c2=0xaac7a4:c3=0xb7eaea:nb_colors=4:x0=593:y0=259:x1=550"
         ":y1=330:speed=0.1",
}


def _gradients(folder, name: str):
    """FFmpeg's ``gradients`` source, 8 s, as issue 15 describes it."""
    video = folder / f"gradients_{name}.mp4"
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
                    f"gradients=s=640x360:{RENDERINGS[name]}", "-t", "8", "-c:v", "libx264",
                    "-preset", "veryfast", "-pix_fmt", "yuv420p", str(video)], check=True)
    return video


def test_a_ramp_has_no_corners_and_footage_dim_or_not_has_them():
    ramp = np.broadcast_to(np.linspace(20, 230, 256).astype(np.uint8), (144, 256))
    footage = synthetic.SyntheticFootage(5, (256, 144))
    frames = [cv2.cvtColor(footage.frame_at(t), cv2.COLOR_BGR2GRAY) for t in (1.0, 4.0, 7.0)]
    dim = [(frame * 0.2 + 10).astype(np.uint8) for frame in frames]
    assert fingerprint.corners([ramp])[0] == 0
    assert (fingerprint.corners(frames + dim) >= fingerprint.MIN_CORNERS).all()


def _soft_photo(seed: int, blur: float = 6.0, size: tuple[int, int] = (720, 960)) -> np.ndarray:
    """A photograph-like picture out of focus: shading at every scale from 64 px to 4 px (as
    real scenes have), blurred by ``blur`` px, with a sensor's grain; gray, 40-210."""
    rng = np.random.default_rng(seed)
    field = np.zeros(size, np.float32)
    for scale in (64, 32, 16, 8, 4):
        layer = cv2.GaussianBlur(rng.normal(0, 1, size).astype(np.float32), (0, 0), scale)
        field += layer / layer.std() * scale
    field = (field - field.min()) / (field.max() - field.min()) * 170 + 40
    field = cv2.GaussianBlur(field, (0, 0), blur) + rng.normal(0, 1.0, size).astype(np.float32)
    return np.clip(field, 0, 255).astype(np.uint8)


def _ramps() -> list[np.ndarray]:
    """Gradients at the working size as FFmpeg draws them: a linear one of three colours (a
    kink at the middle colour), a steep band between close end points, a radial and a circular
    one of four."""
    ys, xs = np.mgrid[0:144, 0:256].astype(np.float32)
    along = (xs * 0.8 + ys * 0.6) / (256 * 0.8 + 144 * 0.6)
    linear = np.interp(along, [0, 0.5, 1], [30, 220, 90])
    band = np.interp(along, [0.45, 0.55], [40, 200])
    radius = np.hypot(xs - 100, ys - 60) / 200
    radial = np.interp(radius, [0, 0.3, 0.6, 1], [230, 60, 180, 20])
    angle = (np.arctan2(ys - 72, xs - 128) + np.pi) / (2 * np.pi)
    circular = np.interp(angle, [0, 0.25, 0.5, 0.75, 1], [40, 200, 90, 220, 40])
    return [np.round(ramp).astype(np.uint8) for ramp in (linear, band, radial, circular)]


def test_a_soft_picture_keeps_its_texture_and_a_ramp_has_none():
    soft = [cv2.resize(_soft_photo(seed, blur), (256, 192), interpolation=cv2.INTER_AREA)
            for seed, blur in ((1, 4.0), (2, 6.0), (3, 9.0))]
    assert (fingerprint.corners(soft) < fingerprint.MIN_CORNERS).all()   # stop 34 refused these
    assert (fingerprint.texture(soft) >= fingerprint.MIN_TEXTURE).all()
    assert (fingerprint.spread(soft) >= fingerprint.MIN_SPREAD).all()
    ramps = _ramps()
    assert (fingerprint.texture(ramps) < fingerprint.MIN_TEXTURE / 2).all()
    assert (fingerprint.spread(ramps) < fingerprint.MIN_SPREAD).all()
    assert fingerprint.kept(0.0, fingerprint.MIN_TEXTURE, fingerprint.MIN_SPREAD)
    assert not fingerprint.kept(0.0, fingerprint.MIN_TEXTURE, fingerprint.MIN_SPREAD / 2)
    assert fingerprint.kept(fingerprint.MIN_CORNERS, 0.0, 0.0) and not fingerprint.kept(0.5, 0.5, 5.0)


def test_an_out_of_focus_photograph_registers(tmp_path, monkeypatch):
    photo = cv2.cvtColor(_soft_photo(7, 6.0), cv2.COLOR_GRAY2BGR)
    clip = synthetic.render_footage(tmp_path / "soft.mp4", synthetic.PhotoFootage(
        [photo], (480, 270), 8.0, seed=7, motion="pan"), 8.0, (480, 270))
    with Workspace(tmp_path / "ws") as workspace:
        assert [result.status for result in workspace.add_originals([clip])] == ["added"]
    monkeypatch.setattr(fingerprint, "MIN_TEXTURE", float("inf"))      # corners alone: refused
    with Workspace(tmp_path / "ws_corners") as workspace:
        assert [(result.status, result.error) for result in workspace.add_originals([clip])] == [
            ("failed", f"{clip}: no frame with enough detail")]


def test_gradient_renderings_are_refused(tmp_path):
    clips = [_gradients(tmp_path, name) for name in RENDERINGS]
    with Workspace(tmp_path / "ws") as workspace:
        results = list(workspace.add_originals(clips))
    assert [(result.status, result.error) for result in results] == [
        ("failed", f"{clip}: no frame with enough detail") for clip in clips]      # added before


def test_texture_is_judged_the_same_measured_at_the_end_or_as_a_long_original_goes(tmp_path,
                                                                                 monkeypatch):
    """Texture and spread wait for the corners' verdict; a long original measures them window by
    window (``TEXTURE_PENDING``): the same verdict and the same codes either way."""
    photo = cv2.cvtColor(_soft_photo(7, 6.0), cv2.COLOR_GRAY2BGR)
    clip = synthetic.render_footage(tmp_path / "soft.mp4", synthetic.PhotoFootage(
        [photo], (480, 270), 8.0, seed=7, motion="pan"), 8.0, (480, 270))
    gradient = _gradients(tmp_path, "a")
    measured = []
    for pending in (fingerprint.TEXTURE_PENDING, 1):
        monkeypatch.setattr(fingerprint, "TEXTURE_PENDING", pending)
        found = [fingerprint_file(str(path), original=True).fingerprint for path in (clip, gradient)]
        measured.append([(len(result.codes), result.codes.tobytes()) for result in found])
    assert measured[0] == measured[1]
    assert measured[0][0][0] > 0 and measured[0][1][0] == 0      # the soft picture kept, the ramp not


def test_smooth_flags_gradients_frame_by_frame_and_not_soft_or_real_pictures():
    """``smooth``, asked of an upload's views: a gradient's frame is what ``kept`` refuses in an
    original; an out-of-focus photograph's and real footage's, dim or not, are not."""
    assert fingerprint.smooth(_ramps()).all()
    soft = [cv2.resize(_soft_photo(seed, blur), (256, 192), interpolation=cv2.INTER_AREA)
            for seed, blur in ((1, 4.0), (2, 6.0), (3, 9.0))]
    footage = synthetic.SyntheticFootage(5, (256, 144))
    frames = [cv2.cvtColor(footage.frame_at(t), cv2.COLOR_BGR2GRAY) for t in (1.0, 4.0, 7.0)]
    dim = [(frame * 0.2 + 10).astype(np.uint8) for frame in frames]
    assert not fingerprint.smooth(soft + frames + dim).any()


def test_a_gradient_registered_without_the_gate_meets_no_other_gradient(tmp_path, monkeypatch):
    """An index may hold a gradient (registered before the gate, or one whose colours meet in
    corners at its centre): another gradient's upload meets it in no global-tier line, since
    its frames are smooth (0.99-1.0 before, ``smooth``); a soft photograph's copy is found."""
    registered, other = _gradients(tmp_path, "d"), _gradients(tmp_path, "e")
    photo = cv2.cvtColor(_soft_photo(7, 6.0), cv2.COLOR_GRAY2BGR)
    clip = synthetic.render_footage(tmp_path / "soft.mp4", synthetic.PhotoFootage(
        [photo], (480, 270), 8.0, seed=7, motion="pan"), 8.0, (480, 270))
    copy = tmp_path / "soft_copy.mp4"
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", str(clip), "-c:v", "libx264", "-crf",
                    "30", "-pix_fmt", "yuv420p", str(copy)], check=True)
    with Workspace(tmp_path / "ws") as workspace:
        with monkeypatch.context() as patched:
            patched.setattr(fingerprint, "kept", lambda *_: True)     # as before any gate
            assert [result.status for result in workspace.add_originals([registered, clip])] == [
                "added", "added"]
        results = {result.upload: result.matches for result in workspace.scan([other, copy])}
        assert results[str(other)] == []
        assert [Path(match.original_path).name for match in results[str(copy)]] == ["soft.mp4"]
        with monkeypatch.context() as patched:       # the same scan with the flag off: it met
            patched.setattr(fingerprint, "smooth", lambda pictures, *_: np.zeros(len(pictures), bool))
            again = {result.upload: result.matches for result in workspace.scan([other])}
        assert [Path(match.original_path).name for match in again[str(other)]] == [registered.name]
