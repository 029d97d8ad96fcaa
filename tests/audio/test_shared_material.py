"""Registered tracks that share material (held_out_7's TecnoballZ and Pinball pairs), on generated
sound: the overlap is found and recorded when the second is registered, and a copy of the shared
stretch is claimed for the earliest publisher, the other listed, whatever the scores."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pytest

from origin import synthetic_audio
from origin.enforcement import scan_action
from origin.audio.shared import Recorded, settle
from origin.records import Match, Segment
from origin.workspace import Workspace

RATE = synthetic_audio.RATE
EARLY = datetime(2025, 1, 1, tzinfo=timezone.utc)
LATE = datetime(2026, 1, 1, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def songs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("shared")
    theme = synthetic_audio.melody(31, 30.0)
    intro = synthetic_audio.melody(32, 12.0)
    game = np.concatenate([theme, synthetic_audio.melody(33, 20.0)])   # the theme, then its own
    return {"professor": synthetic_audio.write_audio(folder / "professor.flac", theme),
            "game": synthetic_audio.write_audio(folder / "game.flac", np.concatenate([intro, game])),
            "unrelated": synthetic_audio.write_audio(folder / "unrelated.flac",
                                                     synthetic_audio.melody(34, 30.0)),
            # uploads: 14 s of the shared theme; 14 s of the game's own music after it
            "theme_copy": synthetic_audio.write_audio(folder / "theme_copy.wav", theme[8 * RATE:22 * RATE]),
            "own_copy": synthetic_audio.write_audio(
                folder / "own_copy.wav", game[33 * RATE:47 * RATE])}


def _add(workspace: Workspace, path: Path, owner: str, published: datetime):
    (result,) = workspace.add_originals([path], owner=owner, published_at=published)
    assert result.status == "added", result
    return result


def _audio(result) -> dict[str, Match]:
    return {match.original: match for match in result.matches if match.channel == "audio"}


@pytest.mark.parametrize("later_first", [False, True])
def test_overlap_recorded_at_registration_and_earliest_named(tmp_path: Path, songs, later_first):
    """Registered in either order, the second registration records which of its seconds the first
    holds, and a copy of them names the earliest publisher (``professor``, 2025) with ``game``
    listed; ``game`` yields and gets no decision of its own."""
    workspace = Workspace(tmp_path / "ws")
    order = [("game", "studio", LATE), ("professor", "label", EARLY)] if later_first else \
        [("professor", "label", EARLY), ("game", "studio", LATE)]
    unrelated = _add(workspace, songs["unrelated"], "label", EARLY)
    assert unrelated.shared is None
    first = _add(workspace, songs[order[0][0]], *order[0][1:])
    assert first.shared is None and first.warning is None
    second = _add(workspace, songs[order[1][0]], *order[1][1:])
    assert second.shared and all(item["original"] == first.id for item in second.shared)
    assert "shares material" in second.warning
    ids = {order[0][0]: first.id, order[1][0]: second.id}
    # which seconds: the theme is 0-30 s of professor and 12-42 s of game
    (span,) = second.shared
    game_span, professor_span = (span["seconds"], span["its_seconds"]) if later_first is False \
        else (span["its_seconds"], span["seconds"])
    assert game_span[0] == pytest.approx(12.0, abs=1.5) and game_span[1] > 36.0
    assert professor_span[0] == pytest.approx(0.0, abs=1.5) and professor_span[1] > 24.0
    assert second.to_json()["shared"] == second.shared and "shared" not in first.to_json()

    (result,) = workspace.scan([songs["theme_copy"]], uploader="someone",
                               act=scan_action(workspace))
    found = _audio(result)
    assert set(found) == {ids["professor"], ids["game"]}
    assert found[ids["professor"]].shared_with == (ids["game"],)
    assert found[ids["professor"]].yields_to is None
    assert found[ids["game"]].yields_to == ids["professor"]
    decided = {row["original"]: row for row in
               (dict(match.to_json(), **action) for match, action in zip(result.matches, result.actions))}
    assert decided[ids["game"]]["rule"] == "shared_material"
    assert decided[ids["game"]]["decision"] == "none"
    assert decided[ids["professor"]]["decision"] != "none"
    assert decided[ids["professor"]]["shared_with"] == [ids["game"]]
    # the game's own music is the game's alone
    (own,) = workspace.scan([songs["own_copy"]])
    assert [match.original for match in own.matches] == [ids["game"]]
    assert own.matches[0].shared_with == () and own.matches[0].yields_to is None
    workspace.close()


def test_same_publish_time_goes_to_the_one_registered_first(tmp_path: Path, songs):
    """Published at the same moment: the claim is the one registered first's, never the higher
    score's."""
    workspace = Workspace(tmp_path / "ws")
    game = _add(workspace, songs["game"], "studio", EARLY)
    professor = _add(workspace, songs["professor"], "studio", EARLY)
    (result,) = workspace.scan([songs["theme_copy"]])
    found = _audio(result)
    assert found[professor.id].yields_to == game.id
    assert found[game.id].shared_with == (professor.id,)
    workspace.close()


def _match(original: str, upload: tuple[float, float], seconds: tuple[float, float],
           score: float = 1.0) -> Match:
    return Match(original, original, None, EARLY, score, 0.5, 0.5,
                 (Segment(*upload, *seconds),), channel="audio")


def test_settle_needs_both_inside_and_the_same_upload_seconds():
    recorded = [Recorded("a", "b", ((0.0, 30.0),), ((12.0, 42.0),), LATE, EARLY)]
    # b published first: a yields, even though a scores higher
    settled = settle([_match("a", (0, 10), (5, 15), 1.0), _match("b", (0, 10), (17, 27), 0.8)],
                     recorded)
    assert settled[0].yields_to == "b" and settled[1].shared_with == ("a",)
    # a's inside its side, b's elsewhere in b (music the two share recurs): b yields
    settled = settle([_match("a", (0, 10), (5, 15)), _match("b", (0, 10), (44, 54))], recorded)
    assert settled[0].yields_to == "b" and settled[1].shared_with == ("a",)
    # neither inside its side: each track's own music, heard at once (a mashup): both stand
    settled = settle([_match("a", (0, 10), (35, 45)), _match("b", (0, 10), (44, 54))], recorded)
    assert all(match.yields_to is None and not match.shared_with for match in settled)
    # the earliest publisher matched alone inside its side: the other is named beside its claim
    (alone,) = settle([_match("b", (0, 10), (17, 27))], recorded)
    assert alone.shared_with == ("a",) and alone.yields_to is None
    # ... outside it, or the later one alone: nothing is said (the later's claim is not moved)
    assert settle([_match("b", (0, 10), (44, 54))], recorded)[0].shared_with == ()
    assert settle([_match("a", (0, 10), (5, 15))], recorded)[0].shared_with == ()
    # different upload seconds (two uses one after the other): both stand
    settled = settle([_match("a", (0, 10), (5, 15)), _match("b", (20, 30), (17, 27))], recorded)
    assert all(match.yields_to is None for match in settled)
    # below the default threshold: not settled
    settled = settle([_match("a", (0, 10), (5, 15)), _match("b", (0, 10), (17, 27), 0.3)],
                     recorded)
    assert all(match.yields_to is None for match in settled)
