import subprocess

import av
import cv2
import numpy as np
import pytest

from origin.media import video
from origin.media.video import FrameStream, _probe, decode
from origin.errors import InputError
from origin import synthetic
from tests.open_files import HAS_PROC_FD, open_on


def test_samples_at_the_requested_rate_with_real_timestamps(media):
    video = decode(media["original_a"], sample_fps=4.0)
    assert 9.8 <= video.duration <= 10.2
    assert 38 <= video.frame_count <= 41
    assert np.all(np.diff(video.times) >= 0.16) and np.all(np.diff(video.times) <= 0.36)
    assert max(video.frames.shape[1:]) == 256


@pytest.mark.parametrize("content, reason", [
    (None, "no such file"),
    (b"", "empty file"),
    (b"this is a text file, not a video\n" * 20, "not a readable video or sound file"),
    (cv2.imencode(".png", np.zeros((64, 64, 3), np.uint8))[1].tobytes(), "not a video (PNG image)"),
    (cv2.imencode(".jpg", np.zeros((64, 64, 3), np.uint8))[1].tobytes(), "not a video (JPEG image)"),
    (b"YUV4MPEG2 W60000 H60000 F25:1 Ip A1:1 C420jpeg\nFRAME\n" + bytes(1000),
     "frame size 60000x60000 exceeds the 67,108,864 pixel limit"),
    (b"YUV4MPEG2 W9000 H9000 F25:1 Ip A1:1 C420jpeg\nFRAME\n" + bytes(1000),
     "frame size 9000x9000 exceeds the 67,108,864 pixel limit"),
])
def test_bad_files_get_a_one_line_reason(tmp_path, content, reason):
    path = tmp_path / "upload.mp4"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError) as error:
        decode(path, 4.0)
    assert str(path) in str(error.value) and reason in str(error.value)
    assert "\n" not in str(error.value)


def test_truncated_file_keeps_what_decodes_or_fails_clearly(tmp_path, media):
    data = media["original_a"].read_bytes()
    half = tmp_path / "half.mp4"
    half.write_bytes(data[: len(data) // 2])
    try:
        video = decode(half, 4.0)
    except InputError as error:           # moov atom at the end: nothing playable
        assert "half.mp4" in str(error)
    else:
        assert 0 < video.duration < 10.5


def damaged(source, target):
    """``source`` with 3 000 bytes a third of the way in overwritten: its pictures stop
    decoding there, though the file says it lasts as long as before."""
    data = bytearray(source.read_bytes())
    data[len(data) // 3:len(data) // 3 + 3000] = b"\xff" * 3000
    target.write_bytes(bytes(data))
    return target


def test_a_stream_damaged_midway_says_how_little_it_decoded(tmp_path, media):
    stream = FrameStream(damaged(media["original_a"], tmp_path / "d.mp4"), 4.0)
    list(stream.windows(16))
    decoded, declared = stream.cut_short
    assert decoded == stream.duration and 1.0 <= decoded < 6.0 and declared == 10.0
    whole = FrameStream(media["original_a"], 4.0)
    list(whole.windows(16))
    assert whole.cut_short is None


def test_sub_second_clip_is_refused(tmp_path):
    clip = synthetic.generate_video(tmp_path / "short.mp4", seed=5, seconds=0.5)
    with pytest.raises(InputError, match="too short"):
        decode(clip, 4.0)


def test_stream_hands_out_bounded_windows_with_the_same_frames(media):
    whole = decode(media["original_a"], 4.0)
    stream = FrameStream(media["original_a"], 4.0)
    windows = list(stream.windows(16))
    assert all(len(frames) <= 16 for _, frames in windows)
    assert [start for start, _ in windows] == list(range(0, whole.frame_count, 16))
    assert np.array_equal(np.concatenate([frames for _, frames in windows]), whole.frames)
    assert np.array_equal(stream.times, whole.times) and stream.duration == whole.duration


def test_stream_refuses_a_missing_file_before_decoding(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        FrameStream(tmp_path / "gone.mp4", 4.0)


def _stream_frames(stream):
    frames = np.concatenate([window for _, window in stream.windows(16)])
    return dict(zip(np.round(stream.times, 3), frames))


def test_uploads_skip_b_frames_when_the_rest_decode_to_the_same_pictures(media):
    sparse = FrameStream(media["original_a"], 4.0, min_fps=2.0)
    full = FrameStream(media["original_a"], 4.0)
    assert (sparse.skip_frame, full.skip_frame) == ("BIDIR", "NONREF")
    sparse_frames, full_frames = _stream_frames(sparse), _stream_frames(full)
    assert len(sparse_frames) >= 2.0 * sparse.duration
    shared = set(sparse_frames) & set(full_frames)
    assert len(shared) >= len(sparse_frames) // 2
    assert all(np.array_equal(sparse_frames[time], full_frames[time]) for time in shared)


def test_the_probe_s_decode_without_b_frames_goes_on_as_the_first_pass(media):
    """The first pass continues the decode the B-frame probe began on the held container; a
    second pass decodes afresh: the same frames at the same times, keyframes included."""
    stream = FrameStream(media["original_a"], 4.0, min_fps=2.0, keyframe_fps=1.0)
    assert stream.skip_frame == "BIDIR" and stream._started is not None
    first = _stream_frames(stream)
    first_keyframes = [(time, picture.copy()) for time, picture in stream.keyframes]
    assert stream._started is None
    again = _stream_frames(stream)
    assert list(first) == list(again) and len(first) >= 2.0 * stream.duration
    assert all(np.array_equal(first[time], again[time]) for time in first)
    assert [time for time, _ in first_keyframes] == [time for time, _ in stream.keyframes]
    assert all(np.array_equal(a, b) for (_, a), (_, b) in zip(first_keyframes, stream.keyframes))


def test_the_probe_s_full_decode_ends_at_the_second_frame_past_its_first_b_frame(media, monkeypatch):
    """The full decode the B-frame probe compares with stops where the P-frames that could lean
    on a B-frame are decoded (``COMPARED_AFTER_B``), not a second in, and decides the same."""
    path = media["original_a"]
    whole, sparse = _probe(path, "NONREF", {}), _probe(path, "BIDIR", {})   # the first second
    asked = []
    probe = video._probe
    monkeypatch.setattr(video, "_probe", lambda *args: asked.append(probe(*args)) or asked[-1])
    assert FrameStream(path, 4.0, min_fps=2.0).skip_frame == "BIDIR"
    (full,) = asked
    first_b_frame = min(set(whole) - set(sparse))
    past = [time for time in sorted(sparse) if time > first_b_frame]
    assert max(full) == past[video.COMPARED_AFTER_B - 1] < max(whole)
    assert all(np.array_equal(full[time], whole[time]) for time in full)


def test_b_frames_are_kept_when_the_other_frames_come_too_rarely(tmp_path):
    path = str(synthetic.generate_video(tmp_path / "slow.mp4", seed=5, seconds=6, fps=3))
    assert len(_probe(path, "BIDIR", {})) < len(_probe(path, "NONREF", {}))    # has B-frames
    assert FrameStream(path, 4.0, min_fps=2.0).skip_frame == "NONREF"


def _keyframe_times(stream):
    for _ in stream.windows(16):
        pass
    return [round(time, 4) for time, _ in stream.keyframes]


def test_a_short_clip_keeps_dense_keyframes_and_a_longer_one_exactly_the_sparse_ones(tmp_path, media):
    """A clip within ``short_until`` keeps a keyframe every sampled frame; a longer clip is
    thinned back to the sparse stream's very keyframes, so long uploads cost what they did."""
    short = synthetic.generate_video(tmp_path / "short.mp4", seed=6, seconds=4)
    sparse = _keyframe_times(FrameStream(short, 4.0, min_fps=2.0, keyframe_fps=1.0))
    dense_stream = FrameStream(short, 4.0, min_fps=2.0, keyframe_fps=1.0,
                               short_keyframe_fps=4.0, short_until=7.5)
    dense = _keyframe_times(dense_stream)
    assert len(sparse) == 4 and set(sparse) <= set(dense)
    assert dense == [round(time, 4) for time in dense_stream.times]     # every sampled frame
    long_sparse = _keyframe_times(FrameStream(media["original_a"], 4.0, keyframe_fps=1.0))
    long_thinned = _keyframe_times(FrameStream(media["original_a"], 4.0, keyframe_fps=1.0,
                                               short_keyframe_fps=4.0, short_until=7.5))
    assert len(long_sparse) == 10 and long_thinned == long_sparse


@pytest.mark.skipif(not HAS_PROC_FD, reason="counts /proc/self/fd")
def test_a_stream_never_iterated_lets_its_file_go(media, monkeypatch):
    """The container checked on construction was kept open until a cycle collection ran; it
    is closed when the stream goes, or at the end of a ``with``, and the first pass still
    decodes from it (one open, not two)."""
    path = media["original_a"]
    stream = FrameStream(path, 4.0)
    assert open_on(path) == 1
    del stream                                  # no gc.collect(): dropped at once
    assert open_on(path) == 0
    with FrameStream(path, 4.0) as stream:
        assert open_on(path) == 1
    assert open_on(path) == 0
    opens = []
    monkeypatch.setattr(video, "_open", lambda path: opens.append(path) or av.open(path))
    stream = FrameStream(media["original_a"], 4.0)
    assert sum(len(window) for _, window in stream.windows(8)) == 40 and len(opens) == 1
    stream.close()                              # taken by the pass: nothing left to close
    assert open_on(path) == 0


def _intra_only_copy(source, target, codec: str, container: str, pix_fmt: str):
    """``source`` re-encoded with an intra-only codec (every frame a keyframe)."""
    with av.open(str(source)) as reader, av.open(str(target), "w", format=container) as writer:
        video_in = reader.streams.video[0]
        out = writer.add_stream(codec, rate=video_in.average_rate)
        out.width, out.height, out.pix_fmt = video_in.width, video_in.height, pix_fmt
        for frame in reader.decode(video_in):
            writer.mux(out.encode(frame.reformat(format=pix_fmt)))
        writer.mux(out.encode(None))
    return target


@pytest.mark.parametrize("codec, container, pix_fmt", [("mjpeg", "avi", "yuvj420p"),
                                                        ("prores_ks", "mov", "yuv422p10le")])
def test_intra_only_streams_decode_only_the_frames_they_sample(tmp_path, media, codec, container,
                                                               pix_fmt):
    """Each frame of an intra-only codec stands alone: only the sampled packets are decoded,
    and the frames, times, keyframes and duration are those of decoding every frame."""
    path = _intra_only_copy(media["original_a"], tmp_path / f"intra.{container}", codec,
                            container, pix_fmt)
    sparse = FrameStream(path, 4.0, keyframe_fps=1.0)
    full = FrameStream(path, 4.0, keyframe_fps=1.0)
    full.intra_only = False                            # as before: every frame decoded
    assert sparse.intra_only
    sparse_frames, full_frames = _stream_frames(sparse), _stream_frames(full)
    assert list(sparse_frames) == list(full_frames) and len(sparse_frames) == 40
    assert all(np.array_equal(sparse_frames[time], full_frames[time]) for time in full_frames)
    assert sparse.duration == full.duration and np.array_equal(sparse.times, full.times)
    assert [time for time, _ in sparse.keyframes] == [time for time, _ in full.keyframes]
    assert all(np.array_equal(a, b) for (_, a), (_, b) in zip(sparse.keyframes, full.keyframes))
    assert full.decoded_frames == 10 * 25 and sparse.decoded_frames == 40
    upload = FrameStream(path, 4.0, min_fps=2.0)       # no B-frame probe: there are none
    assert upload.skip_frame == "NONREF" and upload._started is None


def _flagged_copy(source, target, degrees: int):
    """``source``'s packets untouched, with a display rotation in the container (how phones store
    portrait video)."""
    with av.open(str(source)) as reader, av.open(str(target), "w") as writer:
        video_in = reader.streams.video[0]
        out = writer.add_stream_from_template(video_in)
        out.set_display_rotation(degrees)
        for packet in reader.demux(video_in):
            if packet.dts is not None:
                packet.stream = out
                writer.mux(packet)
    return target


def _baked_copy(source, target, turns: int):
    """``source`` re-encoded with its pixels turned ``turns`` quarter turns counter-clockwise (what
    an editor's export of a flagged phone video holds)."""
    with av.open(str(source)) as reader, av.open(str(target), "w") as writer:
        video_in = reader.streams.video[0]
        out = writer.add_stream("libx264", rate=video_in.average_rate)
        out.width, out.height = ((video_in.height, video_in.width) if turns % 2
                                 else (video_in.width, video_in.height))
        out.pix_fmt = "yuv420p"
        for frame in reader.decode(video_in):
            picture = np.ascontiguousarray(np.rot90(frame.to_ndarray(format="rgb24"), turns))
            writer.mux(out.encode(av.VideoFrame.from_ndarray(picture, format="rgb24")))
        writer.mux(out.encode(None))
    return target


@pytest.mark.skipif(not hasattr(av.video.stream.VideoStream, "set_display_rotation"),
                    reason="this PyAV cannot write a display rotation")
@pytest.mark.parametrize("degrees, turns", [(90, 1), (-90, 3), (180, 2)])
def test_a_display_rotation_is_read_upright(tmp_path, media, degrees, turns):
    """A phone's portrait clip (landscape pictures plus a rotation flag) decodes to the pictures
    players show: those of its re-encode with the rotation baked into the pixels."""
    flagged = decode(_flagged_copy(media["original_a"], tmp_path / "flagged.mp4", degrees), 4.0)
    baked = decode(_baked_copy(media["original_a"], tmp_path / "baked.mp4", turns), 4.0)
    plain = decode(media["original_a"], 4.0)
    assert flagged.frames.shape == baked.frames.shape
    assert (flagged.width, flagged.height) == (baked.width, baked.height)
    assert np.abs(flagged.frames.astype(int) - baked.frames.astype(int)).mean() < 4
    if turns % 2:
        assert flagged.frames.shape[1:] == plain.frames.shape[:0:-1]
    else:
        assert np.abs(flagged.frames.astype(int) - plain.frames.astype(int)).mean() > 20


@pytest.mark.skipif(not hasattr(av.video.stream.VideoStream, "set_display_rotation"),
                    reason="this PyAV cannot write a display rotation")
def test_a_flagged_original_s_baked_re_upload_is_found(tmp_path, media):
    """Registered as the phone stored it, found in the export that turned its pixels."""
    from origin.workspace import Workspace

    workspace = Workspace(tmp_path / "workspace")
    flagged = _flagged_copy(media["original_a"], tmp_path / "flagged.mp4", 90)
    assert [r.status for r in workspace.add_originals([flagged], owner="creator")] == ["added"]
    [result] = workspace.scan([_baked_copy(media["original_a"], tmp_path / "baked.mp4", 1)])
    [match] = result.matches
    assert match.original_path == str(flagged) and match.score >= 0.9
    assert all(abs(s.original_start - s.upload_start) < 0.5 for s in match.segments)


@pytest.mark.parametrize("suffix, codec", [("mp4", "libx264"), ("mkv", "libx264"),
                                           ("avi", "mpeg4")])
def test_sampled_times_are_the_decoded_frames_own(tmp_path, suffix, codec):
    """``windows`` reads the stream's time base once instead of each frame's (PyAV builds a
    ``Fraction`` at every reading): every sampled time is still its frame's own presentation
    time, in containers of three time bases, at an NTSC rate."""
    clip = tmp_path / f"clip.{suffix}"
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
                    "testsrc2=s=320x240:r=30000/1001", "-t", "3", "-c:v", codec,
                    "-pix_fmt", "yuv420p", str(clip)], check=True)
    stream = FrameStream(clip, 4.0, keyframe_fps=1.0)
    for _ in stream.windows(8):
        pass
    with av.open(str(clip)) as container:
        decoded = container.streams.video[0]
        decoded.codec_context.skip_frame = "NONREF"
        own = [frame.pts * frame.time_base.numerator / frame.time_base.denominator
               for frame in container.decode(decoded)]
    assert len(stream.times) >= 11
    assert set(np.round(stream.times + own[0], 9)) <= set(np.round(own, 9))
