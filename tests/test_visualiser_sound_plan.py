"""``benchmarks/visualiser_sound.py``: the sound a visualiser copy gets back, and when a found
segment lies at the copy's moment, on cases small enough to compute by hand (no footage)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.real_suite import Piece  # noqa: E402
from benchmarks.visualiser_sound import Sound, at_moment, copy_sound, part_of  # noqa: E402

WAVES = Piece("viz_waves", "visualiser", "cave.ogg|showwaves=s={w}x{h}", 5.0, 19.0, "viz")


def test_a_copy_gets_the_recording_s_stretch_it_shows_where_it_shows_it() -> None:
    # upload 1-4 s shows the original's 2-5 s, drawn from the recording's 5-19 s
    assert copy_sound(WAVES, [1.0, 4.0, 2.0, 5.0], Path("F")) == Sound(Path("F/cave.ogg"), 7.0, 3.0, 1.0, 1.0)


def test_a_sped_up_copy_plays_its_sound_at_its_speed() -> None:
    sound = copy_sound(WAVES, [0.0, 5.0, 0.0, 10.0], Path("F"))
    assert (sound.start, sound.seconds, sound.speed, sound.delay) == (5.0, 10.0, 2.0, 0.0)


@pytest.mark.parametrize("copy", [[0.0, 2.0, 0.0, 5.0], [0.0, 5.0, 0.0, 2.0], [3.0, 3.0, 1.0, 2.0]])
def test_a_speed_one_atempo_cannot_play_or_an_empty_stretch_gets_none(copy) -> None:
    assert copy_sound(WAVES, copy, Path("F")) is None


def test_a_segment_is_at_the_copy_s_moment_within_a_second_of_its_line() -> None:
    copy = [0.0, 8.0, 2.0, 10.0]
    assert at_moment([{"upload_start": 1.0, "upload_end": 7.0,
                       "original_start": 3.4, "original_end": 9.4}], copy)
    assert not at_moment([{"upload_start": 1.0, "upload_end": 7.0,
                           "original_start": 4.5, "original_end": 10.5}], copy)
    assert not at_moment([{"upload_start": 9.0, "upload_end": 12.0,
                           "original_start": 11.0, "original_end": 14.0}], copy)


def test_only_spent_parts_are_named() -> None:
    with pytest.raises(SystemExit):
        part_of("real_h99")
