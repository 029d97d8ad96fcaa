"""Every line of an original in an upload, on generated tunes: a song looped is judged by all its
passes (the policy decides a loop as it decides one pass), a song cut and rejoined by both pieces,
while a passage the song itself plays twice, used once, is one pass, and an unrelated tune looped
stays unmatched."""
from __future__ import annotations

from datetime import datetime, timezone

import numpy as np
import pytest

from origin import synthetic_audio
from origin.audio.fingerprint import (ORIGINAL_PEAKS_PER_SECOND, UPLOAD_PEAKS_PER_SECOND,
                                      stored_landmarks)
from origin.audio.matcher import AudioMatcher
from origin.audio.peaks import peaks_of
from origin.enforcement.config import load_policy
from origin.enforcement.policies import MatchFacts, evaluate
from origin.index.audio import AudioStore
from origin.match.decide import OriginalInfo
from origin.media.audio import SAMPLE_RATE

RATE = SAMPLE_RATE
CHORUS = synthetic_audio.melody(401, 8.0, rate=RATE)
TUNES = {
    0: synthetic_audio.melody(400, 30.0, rate=RATE),
    # verse, chorus, bridge, the chorus again, an ending: the song plays its chorus twice
    1: np.concatenate([synthetic_audio.melody(402, 8.0, rate=RATE), CHORUS,
                       synthetic_audio.melody(403, 8.0, rate=RATE), CHORUS,
                       synthetic_audio.melody(404, 6.0, rate=RATE)]),
    2: synthetic_audio.melody(405, 30.0, rate=RATE),
}
PEAKS = {key: peaks_of([tune], ORIGINAL_PEAKS_PER_SECOND) for key, tune in TUNES.items()}


@pytest.fixture(scope="module")
def matcher(tmp_path_factory) -> AudioMatcher:
    store = AudioStore(tmp_path_factory.mktemp("audio"))
    infos = {}
    for key, peaks in PEAKS.items():
        store.add(key, stored_landmarks(peaks))
        infos[key] = OriginalInfo(key, f"tune-{key}", f"tune-{key}.wav", "label",
                                  datetime(2026, 1, 1, tzinfo=timezone.utc), peaks.duration)
    store.save()
    return AudioMatcher(AudioStore(store.folder),
                        lambda keys: {k: infos[k] for k in keys if k in infos},
                        peaks_lookup=lambda keys: {k: PEAKS[k] for k in keys if k in PEAKS})


def scan(matcher: AudioMatcher, samples: np.ndarray):
    return matcher.match(peaks_of([samples], UPLOAD_PEAKS_PER_SECOND, dense=True))


def action(match) -> str:
    facts = MatchFacts(original=match.original, owner="label", uploader="someone", declared=False,
                       score=match.score, matched_seconds=match.matched_seconds,
                       coverage_upload=match.coverage_upload,
                       coverage_original=match.coverage_original, channel="audio", tier=match.tier)
    return evaluate(load_policy(), facts).decision


def spans(match) -> list[tuple[float, float]]:
    return [(segment.upload_start, segment.upload_end) for segment in match.segments]


def test_a_song_looped_four_times_reaches_the_action_one_pass_reaches(matcher):
    once = scan(matcher, TUNES[0])
    looped = scan(matcher, np.tile(TUNES[0], 4))
    assert [match.original for match in once] == [match.original for match in looped] == ["tune-0"]
    assert action(once[0]) == action(looped[0]) == "takedown"
    # every pass is a segment of its own, each on the whole song
    assert len(looped[0].segments) == 4
    assert looped[0].coverage_upload > 0.9 and looped[0].coverage_original > 0.9
    for number, segment in enumerate(sorted(looped[0].segments, key=lambda s: s.upload_start)):
        assert abs(segment.upload_start - 30.0 * number) < 1.0
        assert abs(segment.original_start) < 1.0 and abs(segment.original_end - 30.0) < 1.5


def test_a_song_cut_and_rejoined_counts_both_pieces(matcher):
    rejoined = np.concatenate([TUNES[2][:12 * RATE], TUNES[2][18 * RATE:30 * RATE]])
    found = scan(matcher, rejoined)
    assert [match.original for match in found] == ["tune-2"]
    pieces = sorted(found[0].segments, key=lambda segment: segment.upload_start)
    assert len(pieces) == 2
    assert abs(pieces[1].original_start - pieces[1].upload_start - 6.0) < 0.5
    assert found[0].coverage_upload > 0.9


def test_a_song_whose_chorus_repeats_used_once_is_one_pass(matcher):
    found = scan(matcher, TUNES[1])
    assert [match.original for match in found] == ["tune-1"]
    match = found[0]
    # one line, upload second = song second: the chorus heard at 8-16 s is not also a second
    # use at 24-32 s of the song, nor the second chorus one of 8-16 s
    assert all(abs(segment.original_start - segment.upload_start) < 0.5
               for segment in match.segments)
    assert match.coverage_upload <= 1.0 and action(match) == "takedown"
    # the chorus alone, once: one stretch of upload, whichever chorus it is read as
    chorus = scan(matcher, np.concatenate([synthetic_audio.babble(3, 4.0, RATE), CHORUS]))
    assert [match.original for match in chorus] == ["tune-1"]
    assert len(chorus[0].segments) == 1
    assert chorus[0].coverage_upload < 0.75


def test_the_upload_repeating_the_chorus_is_a_second_use(matcher):
    found = scan(matcher, np.concatenate([TUNES[1], CHORUS, CHORUS]))
    assert [match.original for match in found] == ["tune-1"]
    covered = sum(end - start for start, end in spans(found[0]))
    assert covered > 38.0 + 12.0        # the song, and most of the two choruses after it


def test_an_unrelated_tune_looped_stays_unmatched(matcher):
    assert scan(matcher, np.tile(synthetic_audio.melody(999, 20.0, rate=RATE), 4)) == []
    assert scan(matcher, np.tile(synthetic_audio.babble(9, 15.0, RATE), 4)) == []
