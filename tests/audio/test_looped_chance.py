"""A warped line whose original's peaks are not there above chance is never an automatic action,
however firmly its hashes heard it (held_out_15's unregistered game loop, 5.8 s of a song looped
five times, met another game's song at x0.80 on hashes weighing 6.7 and was muted), while a
registered song's own bar, sped up and looped, still is one."""
from __future__ import annotations

import numpy as np
import pytest

from origin import synthetic_audio
from origin.audio.fingerprint import ORIGINAL_PEAKS_PER_SECOND, UPLOAD_PEAKS_PER_SECOND
from origin.audio.landmarks import default_warps
from origin.audio.matcher import VERIFIED, WEAKLY_HEARD, _cells
from origin.audio.peaks import FRAME_SECONDS, Peaks, peaks_of
from origin.audio.verify import MIN_Z, presence, verify
from origin.enforcement.config import load_policy
from origin.enforcement.policies import MatchFacts, evaluate
from origin.media.audio import SAMPLE_RATE
from tests.audio.test_warped_chance import _figures_by_chance, _matcher

WARP = next(w for w in default_warps() if w.time_factor == 0.8 and w.bin_shift > 0)   # x1.25 sped up
LINE = 3400                  # original frame = 0.8 * upload frame + LINE
SECONDS = 29.0               # as long as held_out_15's loop (5.8 s x5)
FIGURES = 10                 # four-note figures the upload and the original share by chance
AUTOMATIC = ("mute", "demote", "takedown")


def _firm_chance_line(seed: int) -> tuple[Peaks, Peaks]:
    """(original, upload): a busy unrelated upload in which ``FIGURES`` brief four-note figures
    agree with the original through the x0.80 warp, four triplet hashes each, as figures of the
    same style and tempo do by chance: the hashes weigh 6.7, as held_out_15's loop did, while
    nothing else of the original is there."""
    return _figures_by_chance(seed, SECONDS, np.linspace(2.0, SECONDS - 3.0, FIGURES), notes=4,
                              spacing=10, warp=WARP, line=LINE)      # x0.80: 8 frames apart


def _action(match) -> str:
    facts = MatchFacts(original=match.original, owner="label", uploader="someone", declared=False,
                       score=match.score, matched_seconds=match.matched_seconds,
                       coverage_upload=match.coverage_upload,
                       coverage_original=match.coverage_original, channel="audio", tier=match.tier)
    return evaluate(load_policy(), facts).decision


@pytest.mark.parametrize("seed", [0, 1])
def test_a_firmly_heard_warped_line_without_the_originals_peaks_is_never_an_automatic_action(
        tmp_path, seed):
    original, upload = _firm_chance_line(seed)
    matcher = _matcher(tmp_path, {0: original})
    keys, warps, upload_times, original_times, loose = matcher.hits(upload)
    on_warp = (warps == default_warps().index(WARP)) & ~loose
    cells = _cells(upload_times[on_warp], original_times[on_warp], WARP.time_factor,
                   LINE * FRAME_SECONDS)
    # what made it dangerous: the hashes hear the line firmly (the rule before stop 50 asked for
    # less than WEAKLY_HEARD), while the original's peaks along it are no more present than chance
    assert cells is not None and float(cells.weights.sum()) >= WEAKLY_HEARD
    checked = verify(presence(upload.dense), original, WARP, LINE * FRAME_SECONDS, 0.25)
    assert checked.cells is None and checked.z < MIN_Z
    found = matcher.match(upload)
    assert [match.original for match in found] == ["song-0"] and found[0].score > 0.5
    assert found[0].tier == VERIFIED and _action(found[0]) not in AUTOMATIC


def test_a_registered_songs_own_bar_sped_up_and_looped_is_still_an_automatic_action(tmp_path):
    tunes = {key: synthetic_audio.melody(300 + key, 60.0, rate=SAMPLE_RATE) for key in range(3)}
    matcher = _matcher(tmp_path, {key: peaks_of([tune], ORIGINAL_PEAKS_PER_SECOND)
                                  for key, tune in tunes.items()})
    bar = tunes[1][20 * SAMPLE_RATE:27 * SAMPLE_RATE]                    # 7 s of it, x1.25: 5.6 s
    looped = np.tile(synthetic_audio.resample_speed(bar, 1.25), 5)
    found = matcher.match(peaks_of([looped], UPLOAD_PEAKS_PER_SECOND, dense=True))
    assert [match.original for match in found] == ["song-1"]
    assert found[0].tier == "global" and found[0].score > 0.9
    assert _action(found[0]) in AUTOMATIC
