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
