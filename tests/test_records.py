"""A match's JSON: every field of the record, the scores and the segments' seconds rounded."""
from __future__ import annotations

from dataclasses import asdict
from datetime import datetime, timezone

from origin.records import Match, ScanResult, Segment


def _as_before(match: Match) -> dict:
    """The JSON as ``dataclasses.asdict`` rendered it (each value deep-copied), then rounded."""
    data = asdict(match)
    data["published_at"] = match.published_at.isoformat()
    data["segments"] = [asdict(segment) for segment in match.segments]
    for key in ("score", "coverage_upload", "coverage_original"):
        data[key] = round(data[key], 4)
    for segment in data["segments"]:
        for key, value in segment.items():
            segment[key] = round(value, 2)
    # stop 41: what shares a sound's material is said only when there is something to say
    if data["shared_with"]:
        data["shared_with"] = list(data["shared_with"])
    else:
        del data["shared_with"]
    if data["yields_to"] is None:
        del data["yields_to"]
    return data


def test_a_match_s_json_holds_every_field_rounded_as_asdict_gave_it():
    match = Match("o-1", "/a/b.mp4", None, datetime(2024, 5, 1, 12, 30, tzinfo=timezone.utc),
                  0.876543219, 0.333333333, 0.0049999, (Segment(0.0, 3.14159, 10.005, 13.146),
                                                        Segment(4.25, 7.999, 20.0, 23.749)),
                  channel="video", tier="geometry")
    data = match.to_json()
    assert data == _as_before(match) and list(data) == list(_as_before(match))
    assert data["segments"][1] == {"upload_start": 4.25, "upload_end": 8.0,
                                   "original_start": 20.0, "original_end": 23.75}
    result = ScanResult("up.mp4", "u-1", 12.0, [match])
    again = ScanResult.from_json(result.to_json())
    assert again.matches[0].to_json() == data


def test_a_sound_match_s_shared_material_is_said_only_when_set_and_read_back():
    plain = Match("o-1", "/a/b.ogg", None, datetime(2024, 5, 1, tzinfo=timezone.utc), 1.0, 0.5,
                  0.5, (Segment(0.0, 10.0, 20.0, 30.0),), channel="audio")
    assert "shared_with" not in plain.to_json() and "yields_to" not in plain.to_json()
    for match in (Match(**{**plain.__dict__, "shared_with": ("o-2", "o-3")}),
                  Match(**{**plain.__dict__, "yields_to": "o-0"})):
        data = match.to_json()
        assert data == _as_before(match) and list(data) == list(_as_before(match))
        again = ScanResult.from_json(ScanResult("up.ogg", "u-1", 12.0, [match]).to_json())
        assert again.matches[0] == match
