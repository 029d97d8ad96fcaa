"""An original of thin lines on a plain ground registers and its copies are found
(``fingerprint.thin_lines``): held_out_7's split-channel waveform visualiser `viz_waves`, two
one-pixel lines on black, faded under both quality gates at the area-averaged 32x32 hash input,
so ``originals add`` refused it (*no frame with enough detail*) and its five copies were lost.
Its frames are hashed max-pooled now; a waveform of other music is still not matched, and
plain or smooth clips are still refused with the same one line."""
from __future__ import annotations

import subprocess

import numpy as np
import pytest

from origin import synthetic, synthetic_audio
from origin.records import DEFAULT_MIN_SCORE, Match
from origin.workspace import Workspace

SECONDS = 12.0
WAVES = "showwaves=s=480x270:mode=p2p:r=25:split_channels=1:colors=yellow|magenta,format=yuv420p"


def _waveform(folder, name: str, seed: int):
    """FFmpeg's split-channel ``showwaves`` of a generated tune (``synthetic_audio.melody``:
    each seed its own key, tempo and timbre): two one-pixel lines on black, no sound kept."""
    sound = synthetic_audio.write_audio(folder / f"{name}.wav",
                                        synthetic_audio.melody(seed, SECONDS), channels=2)
    video = folder / f"{name}.mp4"
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", str(sound), "-filter_complex", WAVES,
                    "-an", "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p",
                    str(video)], check=True)
    return video


def _lavfi(folder, name: str, source: str):
    video = folder / f"{name}.mp4"
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", source, "-t", "8",
                    "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", str(video)],
                   check=True)
    return video


@pytest.fixture(scope="module")
def registered(tmp_path_factory):
    folder = tmp_path_factory.mktemp("thin_lines")
    original = _waveform(folder, "original", seed=11)
    workspace = Workspace(folder / "ws")
    [added] = workspace.add_originals([original])
    yield folder, original, workspace, added
    workspace.close()


def _matches(workspace: Workspace, upload) -> list[Match]:
    [result] = workspace.scan([upload])
    assert result.error is None, result.error
    return result.matches


def test_a_waveform_visualiser_registers(registered):
    *_, added = registered
    assert (added.status, added.channels) == ("added", ["video"]), added.error   # failed before


@pytest.mark.parametrize("family, subclip", [("logo_overlay", (2.0, 9.0)),
                                             ("crop_off_centre", None), ("speed_up", (1.0, 10.0))])
def test_a_copy_is_found_at_its_offset(registered, family, subclip):
    folder, original, workspace, _ = registered
    made = synthetic.apply_transform(original, folder / f"{family}.mp4", family, 5,
                                     subclip=subclip)
    [truth] = made.segments
    [match] = _matches(workspace, made.path)                          # none before
    assert match.score >= DEFAULT_MIN_SCORE
    found = max(match.segments, key=lambda segment: segment.upload_seconds)
    speed = ((truth.original_end - truth.original_start)
             / (truth.upload_end - truth.upload_start))
    expected = truth.original_start + (found.upload_start - truth.upload_start) * speed
    assert abs(found.original_start - expected) < 0.5


@pytest.mark.parametrize("seed", [12, 13, 14])
def test_a_waveform_of_other_music_is_not_matched(registered, seed):
    folder, _, workspace, _ = registered
    assert _matches(workspace, _waveform(folder, f"other{seed}", seed)) == []


def _gradient(folder):
    """A colour gradient drifting across the frame (FFmpeg's ``gradients`` source passes the
    gates now and then, before as now: its frames differ from run to run)."""
    clip = folder / "gradient.mp4"
    columns = np.linspace(0.0, 1.0, 480, dtype=np.float32)[None, :, None]
    with synthetic.VideoWriter(clip, (480, 270), 25) as writer:
        for number in range(200):
            ramp = 0.5 + 0.5 * np.sin(2 * np.pi * (columns * 0.7 + number / 400))
            frame = (np.array([40, 90, 160], np.float32) + ramp * np.array([120, 80, 60]))
            writer.write(np.broadcast_to(frame, (270, 480, 3)).astype(np.uint8))
    return clip


@pytest.mark.parametrize("source", ["color=c=0x203040:s=480x270:r=25", "gradient",
                                    "color=c=black:s=480x270:r=25,noise=alls=12:allf=t:all_seed=7"])
def test_plain_smooth_and_grainy_clips_are_still_refused(tmp_path, source):
    clip = _gradient(tmp_path) if source == "gradient" else _lavfi(tmp_path, "clip", source)
    with Workspace(tmp_path / "ws") as workspace:
        [result] = workspace.add_originals([clip])
    assert (result.status, result.error) == ("failed", f"{clip}: no frame with enough detail")
