"""A steady tone is not music worth protecting: refused as an audio original in every format,
saying so (a 10 s sine passed as wav and failed as mp3 or ogg as "silence?", by how many of its
peaks tied), and a video whose sound is a tone registers its pictures only."""
import json

import numpy as np
import pytest

from origin import synthetic, synthetic_audio
from origin.synthetic_audio import RATE
from origin.workspace import Workspace


def sine(*frequencies: float, seconds: float = 10.0) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return (sum(np.sin(2 * np.pi * f * t) for f in frequencies) * 0.4 / len(frequencies)
            ).astype(np.float32)


@pytest.mark.parametrize("suffix, frequencies", [
    (".wav", (440.0,)), (".mp3", (440.0,)), (".ogg", (440.0,)), (".m4a", (1000.0,)),
    (".mp3", (350.0, 440.0)),         # a dial tone
])
def test_a_tone_is_refused_as_a_tone_in_every_format(tmp_path, suffix, frequencies):
    tone = synthetic_audio.write_audio(tmp_path / f"tone{suffix}", sine(*frequencies))
    [result] = Workspace(tmp_path / "ws").add_originals([tone])
    assert result.status == "failed"
    assert result.error.startswith(f"{tone}: a steady tone (")
    assert result.error.endswith("of its spectral peaks at one or two pitches), not music: "
                                 "nothing worth protecting")


def test_music_as_short_as_a_tone_registers(tmp_path):
    song = synthetic_audio.write_audio(tmp_path / "song.mp3", synthetic_audio.melody(3, 6))
    [result] = Workspace(tmp_path / "ws").add_originals([song])
    assert (result.status, result.channels) == ("added", ["audio"]), result.error


def test_a_video_whose_sound_is_a_tone_registers_its_pictures_only(tmp_path, media):
    """...and says so: it printed ``added ... [video]`` and nothing else, so the owner never
    learnt that a copy of its sound would not be found (stop 28's new-user pass)."""
    video = synthetic_audio.add_sound(media["original_a"], sine(1000.0), tmp_path / "beep.mp4")
    [result] = Workspace(tmp_path / "ws").add_originals([video])
    assert (result.status, result.channels) == ("added", ["video"]), result.error
    assert result.warning.startswith(f"{video}: only its pictures are registered; its sound "
                                     f"track is not: a steady tone (")


def test_a_video_without_detail_says_only_its_sound_is_registered(tmp_path):
    flat = tmp_path / "flat.mp4"
    with synthetic.VideoWriter(flat, (160, 90), 10) as writer:
        for _ in range(60):
            writer.write(np.full((90, 160, 3), 128, np.uint8))
    video = synthetic_audio.add_sound(flat, synthetic_audio.melody(4, 6), tmp_path / "song.mp4")
    [result] = Workspace(tmp_path / "ws").add_originals([video])
    assert (result.status, result.channels) == ("added", ["audio"]), result.error
    assert result.warning == (f"{video}: only its sound is registered; its pictures are not: no "
                              f"frame with enough detail")


def test_a_video_with_both_channels_warns_of_nothing(tmp_path, media):
    video = synthetic_audio.add_sound(media["original_a"], synthetic_audio.melody(5, 10),
                                      tmp_path / "both.mp4")
    [result] = Workspace(tmp_path / "ws").add_originals([video])
    assert (result.channels, result.warning) == (["video", "audio"], None)


def test_a_scan_warns_when_the_uploads_sound_is_not_searched(tmp_path, media):
    """``originals add`` said which channel it left out; a scan said nothing, so a copy of a
    registered song in an upload whose sound could not be read went unfound in silence (stop
    30). The upload is still scanned, its pictures matched."""
    from click.testing import CliRunner

    from origin.cli import main

    upload = synthetic_audio.add_sound(media["original_a"], sine(440.0, seconds=0.2),
                                       tmp_path / "upload.mp4")
    workspace = str(tmp_path / "ws")
    assert CliRunner().invoke(main, ["-w", workspace, "originals", "add",
                                     str(media["original_a"])]).exit_code == 0
    result = CliRunner().invoke(main, ["-w", workspace, "scan", "--json", str(upload)])
    assert result.exit_code == 0, result.output
    warning = (f"{upload}: only its pictures are searched; its sound track is not: sound track "
               f"too short (")
    assert f"origin: warning: {warning}" in result.stderr
    record = json.loads(result.stdout)
    assert record["warning"].startswith(warning) and record["matches"][0]["score"] > 0.9
    plain = CliRunner().invoke(main, ["-w", workspace, "scan", str(media["original_a"])])
    assert plain.exit_code == 0 and "warning" not in plain.output


def test_an_original_too_small_to_fingerprint_is_refused_and_its_sound_kept(tmp_path):
    """A 2x2 px original registered, and a scan of its own bytes scored 0.19 (stop 31): its
    codes were of a scaler's blur. Now its pictures are refused in one line naming the size;
    its sound, where it has some, is registered alone, with a warning saying why."""
    from origin.cli import main
    from click.testing import CliRunner

    rng = np.random.default_rng(5)
    tiny = tmp_path / "tiny.mp4"
    with synthetic.VideoWriter(tiny, (2, 2), 10) as writer:
        for _ in range(60):
            writer.write(rng.integers(0, 256, (2, 2, 3), np.uint8))
    song = synthetic_audio.add_sound(tiny, synthetic_audio.melody(4, 6), tmp_path / "song.mp4")
    with Workspace(tmp_path / "ws") as workspace:
        refused, sound = workspace.add_originals([tiny, song])
    reason = "picture too small to fingerprint (2x2 px; an original needs at least 32 px a side)"
    assert (refused.status, refused.error) == ("failed", f"{tiny}: {reason}")
    assert (sound.status, sound.channels) == ("added", ["audio"]), sound.error
    assert sound.warning == f"{song}: only its sound is registered; its pictures are not: {reason}"
    result = CliRunner().invoke(main, ["-w", str(tmp_path / "ws2"), "originals", "add", str(tiny)])
    assert result.exit_code == 2 and reason in result.output
