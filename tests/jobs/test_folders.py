"""What a folder given to ``originals add`` or ``scan`` stands for: every video and sound file
under it, animated GIFs included (a folder of GIFs was "no video or sound file in this folder",
though each GIF named alone registered and scanned)."""
import av
import numpy as np

from origin import synthetic
from origin.workspace import Workspace


def write_gif(path, seed: int, frames: int = 30, fps: int = 10):
    """An animated GIF of ``frames`` frames of the synthetic footage for ``seed``."""
    footage = synthetic.SyntheticFootage(seed, (160, 120))
    with av.open(str(path), "w") as container:
        stream = container.add_stream("gif", rate=fps)
        stream.width, stream.height, stream.pix_fmt = 160, 120, "rgb8"
        for index in range(frames):
            image = np.ascontiguousarray(footage.frame_at(index / fps)[:, :, ::-1])
            frame = av.VideoFrame.from_ndarray(image, format="rgb24")
            frame.pts = index
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


def test_a_folder_of_gifs_is_registered_and_scanned(tmp_path):
    folder = tmp_path / "clips"
    folder.mkdir()
    gif = write_gif(folder / "loop.GIF", seed=5)
    (folder / "notes.txt").write_text("not a video")
    workspace = Workspace(tmp_path / "ws")
    [added] = workspace.add_originals([folder], owner="maker")
    assert (added.path, added.status) == (str(gif), "added"), added.error
    [scanned] = workspace.scan([folder])
    assert [match.original for match in scanned.matches] == [added.id], scanned.error


def test_a_folder_stands_for_camcorder_dvd_ogg_and_broadcast_files_too(tmp_path):
    """Stop 41: a camcorder's AVCHD .MTS/.m2ts, an Ogg .ogv, a DVD's .vob, an .aiff ... named
    alone registered, but a folder of them was "no video or sound file in this folder"."""
    from origin.jobs.inputs import expand_paths

    folder = tmp_path / "card"
    folder.mkdir()
    names = ["00001.MTS", "00002.m2ts", "talk.ogv", "VTS_01_1.VOB", "news.mxf", "a.3g2",
             "b.f4v", "c.asf", "take.aiff", "take2.aif", "voice.wma", "mix.mka", "d.weba"]
    for name in names + ["notes.txt", "thumb.jpg"]:
        (folder / name).write_bytes(b"x")
    assert sorted(expand_paths([folder])) == sorted(str(folder / name) for name in names)


def test_a_folder_of_camcorder_files_is_registered_and_scanned(tmp_path):
    folder = tmp_path / "card"
    folder.mkdir()
    clip = folder / "00001.MTS"
    footage = synthetic.SyntheticFootage(7, (160, 120))
    with av.open(str(clip), "w", format="mpegts") as container:
        stream = container.add_stream("mpeg2video", rate=10)
        stream.width, stream.height, stream.pix_fmt = 160, 120, "yuv420p"
        for index in range(40):
            image = np.ascontiguousarray(footage.frame_at(index / 10)[:, :, ::-1])
            for packet in stream.encode(av.VideoFrame.from_ndarray(image, format="rgb24")):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    workspace = Workspace(tmp_path / "ws")
    [added] = workspace.add_originals([folder], owner="maker")
    assert (added.path, added.status) == (str(clip), "added"), added.error
    [scanned] = workspace.scan([folder])
    assert [match.original for match in scanned.matches] == [added.id], scanned.error


def test_a_folder_that_cannot_be_read_fails_alone_naming_it(tmp_path, monkeypatch):
    """A subfolder the job may not list (another user's, mode 700) was left out in silence:
    pathlib's rglob skips what it may not read, so its uploads were never scanned and the
    batch exited 0. It is named now, as a failed input, and the rest is scanned. The tests
    run as root, whom a mode does not stop, so the listing is refused as the system refuses
    it to another user (seen for real as ``nobody``, stop 45)."""
    import os

    folder = tmp_path / "day"
    (folder / "locked").mkdir(parents=True)
    synthetic.generate_video(folder / "a.mp4", seed=3, seconds=2.0)
    synthetic.generate_video(folder / "locked" / "b.mp4", seed=4, seconds=2.0)
    workspace = Workspace(tmp_path / "ws")
    workspace.add_originals([folder / "a.mp4"], owner="maker")
    listing = os.scandir

    def refused(path="."):
        if os.fspath(path) == str(folder / "locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return listing(path)

    monkeypatch.setattr(os, "scandir", refused)
    scanned = workspace.scan([folder])
    assert [(result.upload, result.error) for result in scanned] == [
        (str(folder / "a.mp4"), None),
        (str(folder / "locked"), f"{folder / 'locked'}: a folder that cannot be read "
                                 f"(Permission denied): nothing in it was read")]
