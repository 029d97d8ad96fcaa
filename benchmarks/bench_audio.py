"""Background music in uploads: origin's audio channel vs Chromaprint and a plain landmark hasher,
side by side in one run on real music (benchmarks/audio_suite.py).

    python benchmarks/bench_audio.py [--systems origin,landmark,chromaprint] [--scale 1000,100000]
                                     [--every N] [--part tuning|held_out|held_out_2|...|held_out_16]
                                     [--json]

Prints, per system and separately for the tuning and the held-out tracks: µAP, recall at precision
0.99, recall at the default threshold per transform family, false matches on negatives (unrelated
music, speech, silence, game sounds, applause), and for origin the offset error of the matches it
finds. Then origin's fingerprinting CPU per minute of audio (decode included), its index bytes per
hour of music, and its query CPU against stores padded to ``--scale`` tracks with synthetic
fingerprints (real peaks of 1 s windows, shuffled between tracks and moved in frequency, so the
hash statistics are music's but no line of hits continues past a second).

``--part held_out_2`` runs the second held-out part instead (audio_suite.AUDIO_PARTS' record, as
every later part's, built by audio_suite.build_part: tracks from packages no tuning pass read,
registered beside the 100, with negatives of its own), reported as a table of its own and written
to results/audio-held_out_2.json. It has been read to tune (spent); so has ``--part held_out_3``
(six more games' tracks, registered beside the 100 and held_out_2's;
results/audio-held_out_3.json), spent on issue 12's eighth pass. ``--part held_out_4`` (five more
games' tracks and a sixth's never registered, registered beside the 100, held_out_2's and
held_out_3's; results/audio-held_out_4.json) was read once at stop 23's final main and is spent
too. ``--part held_out_5`` (naev's and supertuxkart's tracks and warmux's never registered,
registered beside the 100 and held_out_2's to held_out_4's; results/audio-held_out_5.json) was read
once at stop 24's final main and is spent. ``--part held_out_6`` (stop 39: M.A.R.S.'s, Warzone
2100's and six Kenta Cho games' tracks, a seventh Kenta Cho game's and powermanga's never
registered; held_out_5's families and eight of how apps use music today: loops, cuts, nightcore,
slowed + reverb, bass-boosted, under a vlog, mashups, 5-8 s excerpts; registered beside the 100 and
held_out_2's to held_out_5's; results/audio-held_out_6.json) was read once at stop 39 and is spent.
``--part held_out_7`` (stop 40: Enigma's, Battle Tanks', Zaz's, LordsAWar's, Amoebax's,
TecnoballZ's and Pinball's tracks, a Kenta Cho game's, Open Invaders', Funny Boat's and Abe's never
registered; held_out_6's families and five more: the song ducked under speech, played in a room and
recorded again, a duet or stitch, sped up under a vlog, 8-bit / lo-fi; negatives of its own,
unregistered music warped among them; registered beside the 100 and held_out_2's to held_out_6's;
results/audio-held_out_7.json) was read at stop 40's first and final code and is spent. ``--part
held_out_8`` (stop 41: Neverball's, Trackballs', Gigalomania's, Heroes', Pekka Kana 2's and
GL-117's tracks, Seahorse Adventures', Biniax 2's, Pachi's and Circus Linux's never registered;
held_out_7's families and eight more: in a car, a concert filmed on a phone, a dance challenge, a
DJ over the intro, pitch at the same tempo, 8D audio, a karaoke, a vlog of several voices;
registered beside the 100 and held_out_2's to held_out_7's; results/audio-held_out_8.json) was read
at stop 41's first code (the sound matcher unchanged to its final code) and is spent. ``--part
held_out_9`` (stop 42: Project: Starfighter's, Dave Gnukem's (Eric Matyas'), Rafkill's, Mad
Bomber's and Plee the Bear's tracks, BomberClone's and Wizznic's never registered; fourteen of the
earlier families, held_out_8's eight and eight more: heard from another room, on a phone's speaker
recorded again, a medley of two or three registered songs (each an original with its span), a beat
added, game footage's sound over it, meme effects cut into it, an ASMR whisper over quiet music,
only at the end of a video after talk; registered beside the 100 and held_out_2's to held_out_8's;
results/audio-held_out_9.json) was read at stop 42's first and final code and is spent. ``--part
held_out_10`` (stop 44: Colobot's, Pushover's, Muldjord's (Frets on Fire songs) and Pathological's
tracks, Sectoid's Frets on Fire songs, Tomatoes', Ceferino's, Pax Britannica's and Lugaru's never
registered; every earlier family, the five where the song lies under speech on every track, and
five more: a long voice-over where the song is heard only 21-30 % of the time, a phone's speaker in
a car, a DJ mix of two registered songs (both originals), a cafe's background music under a
vlogger, a reaction that pauses and resumes the song; among its negatives a registered song's tune
hummed or played on another instrument; registered beside the 100 and held_out_2's to
held_out_9's; results/audio-held_out_10.json) was read at stop 45's first and final code and is
spent. ``--part held_out_11`` (stop 45: Ardentryst's, Freedroid's and FreeOrion's tracks,
Chromium B.S.U.'s and Mirror Magic's game loops never registered; held_out_10's families and four
more of music under speech: two people talking in a car over its radio, a street interview, a
cooking video, a screen tutorial's voice-over with typing; among its negatives those scenes
without music, game sound effects over silence and DJ mixes of one game's unregistered tracks;
registered beside the 100 and held_out_2's to held_out_10's; results/audio-held_out_11.json) was
read at stop 46's first and final code and is spent. ``--part held_out_12`` (stop 46: FreeDink's, Word War vi's and
GLtron's tracks, Teeworlds' menu loop never registered;
held_out_11's families and four more of music under speech: a game streamer over the game's
effects, a fitness class on the gym's speakers, a vlog outdoors in the wind, a podcast whose hosts
talk over the song after its intro; among its negatives those scenes without music and a bar of an
unregistered track looped; registered beside the 100 and held_out_2's to held_out_11's;
results/audio-held_out_12.json) was read by the lead at stop 47: spent. ``--part held_out_13`` (stop 47:
OpenArena's tracks and Asterisk's music on hold, Val & Rick's two game loops never registered;
held_out_12's families and four more of music under speech: a voice message over a phone line, a
party speech on the hall's PA, a livestream seller between order chimes, a lecturer over a
laptop's speaker in a lecture hall; among its negatives those scenes without music, a metronome or
drum machine at a registered song's tempo, a registered song's chords comped on an electric piano
and two unregistered tracks cross-faded under talk; registered beside the 100 and held_out_2's to
held_out_12's; results/audio-held_out_13.json) was read by the lead at stop 48: spent. ``--part held_out_14``
(stop 48: XBlast TNT's songs and FloboPuyo's long modules, FloboPuyo's four short loops never
registered; held_out_13's families and five more: a cooking video's close-up clatter over a quiet
song, a dance challenge's song pitched up and sped up, a street vlog beside a car radio and its
engine, a podcast's bed ducked under two hosts, a get-ready-with-me vlog over the phone's own
speaker and a hair dryer; among its negatives those scenes without music, a registered song's line
whistled or sung by a crowd with no recording, a karaoke singer over an unregistered instrumental
and a phone's ringtone looped; registered beside the 100 and held_out_2's to held_out_13's;
results/audio-held_out_14.json) was read by the lead at stop 49: spent. ``--part held_out_15`` (stop 49:
Ironseed's modules, The Maze of Galious' themes, Alien Blaster's tunes and Renich's song, Ironseed's
other themes and the Maze's loops never registered; held_out_14's families and five more, each with
a voice over the song: a slowed + reverb edit under a vlogger, someone singing along over the song,
a pool party's speaker, a stadium's PA after a goal with a fan shouting, a walk in the rain under
an umbrella; among its negatives those scenes without music, a registered song's chords played by
another band, a busker's cover, a sleep track's noise and another track of a registered song's
game under talk; registered beside the 100 and held_out_2's to held_out_14's;
results/audio-held_out_15.json) was read by the lead at stop 50: spent. ``--part held_out_16`` (stop 50: one
track each of Freeciv, Gamine's Bach, Hannah, Orbital Eunuchs Sniper, Pinball's GNU table, Raincat
and Vodovod, Gweled's module, Vodovod's other modules and Phlipple's theme never registered;
held_out_15's families and five more, each with someone talking over the song: a pet video with
the dog barking, a skate clip, a record on a turntable under a collector, an unboxing over a quiet
bed, fireworks at new year with the song on a square's speakers; among its negatives those scenes
without music, a registered song covered as an 8-bit tune and a piano lesson on a registered
song's line; registered beside the 100 and held_out_2's to held_out_15's;
results/audio-held_out_16.json) is sealed: nobody has run a matcher on it.

Systems:
- origin: spectral-peak landmarks read through tempo, pitch and speed warps, candidates verified
  against the upload's dense peaks (origin.audio).
- origin-claims (with origin; stop 41): the same matches settled for the earliest publisher where
  two registered tracks share material (origin.audio.shared, checked as each track is registered):
  a match that yields is no claim, and a claim naming the true original in ``shared_with`` counts
  as it. The overlaps found and their CPU are printed after the tables (docs/music.md, *Shared
  material at stop 41*).
- landmark: the same peaks and store, hashed once (no warps): a plain Wang/audfprint hasher.
- chromaprint: ``fpcalc -raw`` (Debian libchromaprint-tools) for every file; a query is slid along
  each track's fingerprint, and its score is the seconds of 32-bit items within 10 bit errors at
  the best offset (AcoustID's own comparison counts items the same way).
"""
from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT / "src", ROOT):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from benchmarks import audio_suite  # noqa: E402
from benchmarks.metrics import Prediction, evaluate  # noqa: E402
from origin.audio.fingerprint import (ORIGINAL_PEAKS_PER_SECOND, fingerprint_audio,  # noqa: E402
                                      original_landmarks, stored_landmarks)
from origin.audio.landmarks import IDENTITY  # noqa: E402
from origin.audio import shared  # noqa: E402
from origin.audio.matcher import AudioMatcher  # noqa: E402
from origin.audio.shared import Overlap, Recorded, settle  # noqa: E402
from origin.audio.peaks import FRAME_SECONDS, SECOND_FRAMES, BIN_COUNT, Peaks  # noqa: E402
from origin.audio.verify import repeats as verify_repeats  # noqa: E402
from origin.errors import InputError  # noqa: E402
from origin.index.audio import AudioStore  # noqa: E402
from origin.jobs.register import SAVE_EVERY  # noqa: E402
from origin.match.decide import DEFAULT_MIN_SCORE, OriginalInfo  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
CHROMAPRINT_ITEM = 0.1238          # s per fpcalc raw item (4096/3 samples at 11025 Hz)
CHROMAPRINT_BITS = 10              # bit errors of 32 an item may have and still agree
CHROMAPRINT_DEFAULT = 2.5          # s of agreeing items at the best offset: its default "match"
SHARD_TRACKS = 4096


def cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def progress(label: str, done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{label}: {done}/{total}", end="" if done < total else "\n", file=sys.stderr)


# ---------------------------------------------------------------- origin and the plain landmark
def register(tracks: list[Path], store: AudioStore, overlaps: list[Overlap] | None = None,
             overlap_cpu: list[float] | None = None) -> tuple[dict[int, OriginalInfo], float, float,
                                                              dict[int, Peaks]]:
    """Fingerprint every track into ``store``; (lookup table, CPU seconds, audio seconds, peaks:
    what verification reads, kept in the original's row in a workspace). With ``overlaps`` (a
    list), each track is first matched against those registered before it, as ``originals add``
    does, and the stretches it shares with them are appended (their CPU to ``overlap_cpu``)."""
    infos, used, seconds, kept = {}, 0.0, 0.0, {}
    for key, track in enumerate(tracks):
        start = cpu()
        try:
            peaks = fingerprint_audio(track, original=True)
        except InputError as error:                 # reported; main() drops its queries
            print(f"not registered: {error}", file=sys.stderr)
            continue
        if overlaps is not None and infos:
            checked = cpu()
            overlaps += shared.overlaps(key, peaks, store.searchable(),
                                        lambda keys: {k: infos[k] for k in keys if k in infos})
            if overlap_cpu is not None:
                overlap_cpu.append(cpu() - checked)
        store.add(key, stored_landmarks(peaks))
        if overlaps is not None and (key + 1) % SAVE_EVERY == 0:
            store.save()            # as ``originals add`` does: the check searches saved shards
        kept[key] = peaks
        used += cpu() - start
        seconds += peaks.duration
        infos[key] = OriginalInfo(key, track.name, str(track), None, datetime.now(timezone.utc),
                                  peaks.duration)
        progress("register", key + 1, len(tracks))
    store.save()
    return infos, used, seconds, kept


def recorded_overlaps(overlaps: list[Overlap], infos: dict[int, OriginalInfo]) -> list[Recorded]:
    """The overlaps found at registration as a scan reads them (by track name; published in
    registration order, as ``register`` stamps them)."""
    spans: dict[tuple[int, int], tuple[list, list]] = {}
    for overlap in overlaps:
        first, second = spans.setdefault((overlap.other, overlap.key), ([], []))
        first.append((overlap.other_start, overlap.other_end))
        second.append((overlap.start, overlap.end))
    return [Recorded(infos[other].id, infos[key].id, tuple(first), tuple(second),
                     infos[other].published_at, infos[key].published_at)
            for (other, key), (first, second) in spans.items()]


def claims(query, matches) -> list[Prediction]:
    """``origin-claims``: what a platform acts on once shared material is settled for the earliest
    publisher (``origin.audio.shared``). A match that yields to another's claim is not a claim;
    a claim whose ``shared_with`` names the query's true original is scored as that original (the
    material is both recordings'; the claim goes to the earliest publisher, and the truth is
    named beside it)."""
    return [Prediction(query.file, query.track if query.track in match.shared_with else match.original,
                       match.score, match.score >= DEFAULT_MIN_SCORE,
                       tuple((s.upload_start, s.upload_end, s.original_start, s.original_end)
                             for s in match.segments))
            for match in matches if match.yields_to is None]


def run_landmarks(queries, suite_dir: Path, matchers: dict[str, AudioMatcher],
                  recorded: list[Recorded] | None = None) -> tuple[dict, dict]:
    predictions = {name: [] for name in matchers}
    if recorded is not None and "origin" in matchers:
        predictions["origin-claims"] = []
    cost = {"fingerprint_cpu": 0.0, "audio_seconds": 0.0, **{f"{name}_match_cpu": 0.0 for name in matchers}}
    for number, query in enumerate(queries):
        start = cpu()
        try:
            peaks = fingerprint_audio(suite_dir / query.file, original=False)
        except Exception as error:                      # a suite file origin cannot read: a miss
            print(f"{query.file}: {error}", file=sys.stderr)
            continue
        cost["fingerprint_cpu"] += cpu() - start
        cost["audio_seconds"] += peaks.duration
        for name, matcher in matchers.items():
            start = cpu()
            found = matcher.match(peaks, min_score=0.01)
            cost[f"{name}_match_cpu"] += cpu() - start
            predictions[name] += [Prediction(query.file, match.original, match.score,
                                             match.score >= DEFAULT_MIN_SCORE,
                                             tuple((s.upload_start, s.upload_end, s.original_start,
                                                    s.original_end) for s in match.segments))
                                  for match in found]
            if name == "origin" and recorded is not None:
                predictions["origin-claims"] += claims(query, settle(found, recorded))
        progress("queries", number + 1, len(queries))
    return predictions, cost


# ---------------------------------------------------------------- chromaprint
def fpcalc(path: Path) -> np.ndarray:
    # fpcalc 1.5 exits 3 ("Error decoding audio frame (End of file)") at the end of many WAV
    # files after printing the whole fingerprint: a fingerprint printed is a fingerprint.
    done = subprocess.run(["fpcalc", "-raw", "-length", "100000", str(path)], capture_output=True,
                          text=True)
    line = next((line for line in done.stdout.splitlines() if line.startswith("FINGERPRINT=")), None)
    if line is None:
        raise subprocess.CalledProcessError(done.returncode, done.args, done.stdout, done.stderr)
    values = line.split("=", 1)[1]
    return np.array([int(v) for v in values.split(",")] if values else [], dtype=np.uint32)


def chromaprint_scores(query: np.ndarray, references: list[np.ndarray]) -> list[float]:
    """Seconds of agreeing items at the best offset of ``query`` against each reference."""
    scores = []
    n = len(query)
    for reference in references:
        if n == 0 or len(reference) == 0:
            scores.append(0.0)
            continue
        padded = np.concatenate([np.zeros(n - 1, np.uint32), reference, np.zeros(n - 1, np.uint32)])
        real = np.concatenate([np.zeros(n - 1, bool), np.ones(len(reference), bool),
                               np.zeros(n - 1, bool)])
        windows = np.lib.stride_tricks.sliding_window_view(padded, n)
        valid = np.lib.stride_tricks.sliding_window_view(real, n)
        agree = (np.bitwise_count(windows ^ query[None, :]) <= CHROMAPRINT_BITS) & valid
        scores.append(float(agree.sum(axis=1).max()) * CHROMAPRINT_ITEM)
    return scores


def run_chromaprint(queries, suite_dir: Path, tracks: list[Path]) -> tuple[list[Prediction], dict]:
    start = cpu()
    references = []
    for track in tracks:
        try:
            references.append(fpcalc(track))
        except subprocess.CalledProcessError:      # unreadable for fpcalc: nothing to find
            references.append(np.zeros(0, np.uint32))
    reference_cpu = cpu() - start
    predictions, query_cpu = [], 0.0
    for number, query in enumerate(queries):
        start = cpu()
        try:
            print_ = fpcalc(suite_dir / query.file)
        except subprocess.CalledProcessError:
            continue
        scores = chromaprint_scores(print_, references)
        query_cpu += cpu() - start
        for track, score in zip(tracks, scores):
            if score > 0:
                predictions.append(Prediction(query.file, track.name, score / 100.0,
                                              score >= CHROMAPRINT_DEFAULT))
        progress("chromaprint", number + 1, len(queries))
    return predictions, {"reference_cpu": reference_cpu, "match_cpu": query_cpu}


# ---------------------------------------------------------------- figures
FAMILY_SPEED = {"tempo105": 1.05, "tempo110": 1.10}
REPEAT_SHARE = 0.25      # of a passage's hashes found again at the other offset: the song repeats it


def true_speed(query) -> float:
    """Original seconds per upload second. Not the manifest's spans' ratio: a track shorter than
    the excerpt asked for ends early, and its ``original_end`` was never clipped."""
    if query.family in audio_suite.SPEED_FAMILIES:       # the SPEED_FAMILIES: "x<speed>"
        return float(query.detail.split()[0].lstrip("x"))
    return FAMILY_SPEED.get(query.family, 1.0)


def repeats(track: Path, true_time: float, found_time: float, cache: dict) -> bool:
    """Whether the song at ``found_time`` repeats its 10 s around ``true_time`` (a loop, a chorus,
    a bar played again): the same landmark hashes at the same spacing. Matching either is right."""
    if track not in cache:
        cache[track] = original_landmarks(fingerprint_audio(track, original=True))
    marks = cache[track]
    shift = int(round((found_time - true_time) / FRAME_SECONDS))
    centre = true_time / FRAME_SECONDS
    near = np.abs(marks.anchor_frames - centre) <= 5 / FRAME_SECONDS
    if not near.any():
        return False
    known = {(int(h), int(f)) for h, f in zip(marks.hashes, marks.anchor_frames)}
    again = sum(any((int(h), int(f) + shift + d) in known for d in (-1, 0, 1))
                for h, f in zip(marks.hashes[near], marks.anchor_frames[near]))
    return again / near.sum() >= REPEAT_SHARE


def recurs(track: Path, true_time: float, found_time: float, cache: dict) -> bool:
    """Whether the song's music at ``found_time`` is its 10 s around ``true_time`` again by the
    matcher's own test (``verify.repeats``: >= 40 % of the stretch's stored peaks have one of the
    song's peaks within a frame and a bin there; chance 0.02-0.08). Looser than ``repeats``, which
    asks for whole hashes (three peaks each): a loop played again with a layer more or less, or
    mixed differently, keeps most of its peaks and few of its hashes."""
    if track not in cache:
        cache[track] = fingerprint_audio(track, original=True)
    return verify_repeats(cache[track], (true_time - 5, true_time + 5), found_time - true_time)


def offset_errors(queries, predictions: list[Prediction], music: dict[str, Path] | None = None,
                  same_music=repeats) -> tuple[list[float], list[float]]:
    """|original time the match gives for the middle of the true copy - the true one|, s: as
    measured, and with a match on a passage the song repeats (``same_music``) counted as exact
    (``music``, each track's file by name, given)."""
    best: dict[tuple[str, str], Prediction] = {}
    for p in predictions:
        key = (p.query, p.reference)
        if p.is_match and (key not in best or p.score > best[key].score):
            best[key] = p
    errors, modulo_repeats, cache = [], [], {}
    for query in queries:
        prediction = best.get((query.file, query.track))
        if query.track is None or prediction is None:
            continue
        middle = (query.upload_start + query.upload_end) / 2
        true_time = query.original_start + (middle - query.upload_start) * true_speed(query)
        segment = min(prediction.segments, key=lambda s: 0 if s[0] <= middle <= s[1]
                      else min(abs(s[0] - middle), abs(s[1] - middle)))
        speed = (segment[3] - segment[2]) / max(segment[1] - segment[0], 1e-9)
        found_time = segment[2] + (middle - segment[0]) * speed
        error = abs(found_time - true_time)
        errors.append(error)
        if music is not None:
            modulo_repeats.append(0.0 if error > 0.5 and same_music(music[query.track], true_time,
                                                                     found_time, cache) else error)
    return errors, modulo_repeats


def scores_table(name: str, queries, predictions: list[Prediction]) -> dict:
    scores = evaluate(name, [query.truth() for query in queries], predictions)
    negatives = {}
    for kind in sorted({q.family for q in queries if q.track is None}):
        files = {q.file for q in queries if q.family == kind}
        negatives[kind] = {"queries": len(files),
                           "with_a_match": len({p.query for p in predictions
                                                if p.is_match and p.query in files})}
    return {"scores": asdict(scores), "negatives": negatives}


def print_table(split: str, results: dict[str, dict]) -> None:
    systems = list(results)
    print(f"\n== {split} ==")
    print(f"{'':24}" + "".join(f"{name:>14}" for name in systems))
    rows = [("µAP", lambda r: r["scores"]["micro_ap"]),
            ("recall @ P0.99", lambda r: r["scores"]["recall_at_p99"]),
            ("recall @ default", lambda r: r["scores"]["recall_at_default"]),
            ("precision @ default", lambda r: r["scores"]["precision_at_default"])]
    families = sorted(next(iter(results.values()))["scores"]["recall_by_family"])
    rows += [(f"  {family}", lambda r, f=family: r["scores"]["recall_by_family"].get(f, math.nan))
             for family in families]
    for label, value in rows:
        print(f"{label:24}" + "".join(f"{value(results[name]):>14.3f}" for name in systems))
    kinds = sorted(next(iter(results.values()))["negatives"])
    for kind in kinds:
        cells = "".join(f"{results[name]['negatives'][kind]['with_a_match']:>9}/"
                        f"{results[name]['negatives'][kind]['queries']:<4}" for name in systems)
        print(f"{kind + ' matched':24}{cells}")
    print(f"{'wrong-original matches':24}" + "".join(
        f"{results[name]['scores']['wrong_original_matches']:>14}" for name in systems))


SHARED_AGREEMENT = 0.3   # of Chromaprint items within CHROMAPRINT_BITS on the two stretches: the
                         # same recording (held_out_3's TechBattle and AmbientBattle, drascula 1 and
                         # 30, HellFortressTwo and ~Entrance) 0.56-1.0; supertux excerpts matched to
                         # singularity and ufoai tracks 0.00-0.05; two unrelated tracks ~0.07
AGREEMENT_SECONDS = 6.0  # shortest stretch compared (Chromaprint items need a few seconds)
AGREEMENT_SHIFT = 3.0    # s either way the two stretches are slid against each other


def shared_material(queries, predictions: list[Prediction], matcher: AudioMatcher,
                    unrelated: list[Path], music: dict[str, Path], suite_dir: Path) -> list[dict]:
    """Every match at the default threshold the truth calls false (a wrong original, or a match on
    unrelated music), and whether the two recordings share that music, so the truth, not the
    matcher, is wrong (one recording in two packages, a medley of a game's tracks). Two tests, both
    needed: the query's own source track, matched as a whole (what a check at registration would
    see), matches that original; and an independent fingerprint hears the same audio there:
    Chromaprint items of the source's stretch the match covers and of the original's stretch
    agree (``stretch_agreement``). The first alone is the matcher judging itself: on held_out_3 it
    called two cross-game matches (supertux excerpts -> singularity, ufoai) shared, whose stretches
    Chromaprint finds unrelated."""
    by_file = {query.file: query for query in queries}
    sources: dict[str, set[str]] = {}
    rows = []
    for p in predictions:
        query = by_file.get(p.query)
        if query is None or not p.is_match or p.reference in query.originals():
            continue
        if query.track is not None and _in_copy(query, p):
            source = query.track
        elif query.track is not None:
            # Outside the copy's span: the upload's context, which the suite cuts from the
            # unrelated tracks (audio_suite._context) without saying which. Each is matched whole;
            # those matching this original are the sources it may share material with.
            for track in unrelated:
                if track.name not in sources:
                    whole = fingerprint_audio(track, original=False)
                    sources[track.name] = {m.original for m in matcher.match(whole)}
            holders = [track.name for track in unrelated if p.reference in sources[track.name]]
            agreement = stretch_agreement(query, p, music, suite_dir)
            rows.append({"query": p.query, "source": "context: " + (", ".join(holders) or "?"),
                         "original": p.reference, "score": p.score, "whole_track_match": bool(holders),
                         "chromaprint_agreement": agreement,
                         "shared": bool(holders) and agreement >= SHARED_AGREEMENT})
            continue
        elif query.family == "neg-music":
            source = unrelated[int(query.file.split("-")[2])].name
        else:
            rows.append({"query": p.query, "original": p.reference, "score": p.score, "shared": False})
            continue
        if source not in sources:
            whole = fingerprint_audio(music[source], original=False)
            sources[source] = {m.original for m in matcher.match(whole) if m.original != source}
        agreement = stretch_agreement(query, p, music, suite_dir)
        rows.append({"query": p.query, "source": source, "original": p.reference, "score": p.score,
                     "whole_track_match": p.reference in sources[source],
                     "chromaprint_agreement": agreement,
                     "shared": p.reference in sources[source] and agreement >= SHARED_AGREEMENT})
    return rows


def _in_copy(query, prediction: Prediction) -> bool:
    """Whether a match's segments overlap the copy's span of the upload at all."""
    return any(start < query.upload_end and end > query.upload_start
               for start, end, *_ in prediction.segments)


def _write_clip(track: Path, start: float, seconds: float, clip: Path) -> None:
    """``seconds`` of ``track`` from ``start`` as a mono WAV: SoX as the suite reads tracks, FFmpeg
    for what SoX has no handler for (the aac48 family's m4a uploads: a false match on one ended
    the run in a CalledProcessError)."""
    try:
        samples = audio_suite.sox_read(track, ["trim", f"{start:.3f}", f"{seconds:.3f}"])
    except subprocess.CalledProcessError:
        samples = np.frombuffer(subprocess.run(
            ["ffmpeg", "-v", "error", "-ss", f"{start:.3f}", "-t", f"{seconds:.3f}", "-i",
             str(track), "-f", "f32le", "-ac", "1", "-ar", str(audio_suite.RATE), "-"],
            capture_output=True, check=True).stdout, np.float32).copy()
    audio_suite.write_wav(clip, samples)


def stretch_agreement(query, prediction: Prediction, music: dict[str, Path], suite_dir: Path) -> float:
    """The share of Chromaprint items within ``CHROMAPRINT_BITS`` between the source audio under the
    match's longest segment and the original's matched stretch, at the best shift within
    ``AGREEMENT_SHIFT`` (at least ``AGREEMENT_SECONDS`` each, around their centres). The source is
    the copied track's stretch read back through the truth (a tempo or pitch copy's own audio
    would not agree) or, for unrelated music and for a match outside a copy's span (the upload's
    context, cut from unrelated tracks untransformed), the upload itself."""
    upload_start, upload_end, original_start, original_end = max(
        prediction.segments, key=lambda span: span[1] - span[0])
    if query.track is not None and _in_copy(query, prediction):
        first, last = max(upload_start, query.upload_start), min(upload_end, query.upload_end)
        if last - first <= 0:
            return 0.0
        factor = (query.original_end - query.original_start) / (query.upload_end - query.upload_start)
        path = music[query.track]
        source = (query.original_start + (first - query.upload_start) * factor, (last - first) * factor)
    else:
        first, last = upload_start, upload_end
        path, source = suite_dir / query.file, (first, last - first)
    speed = (original_end - original_start) / max(upload_end - upload_start, 1e-6)
    original = (original_start + (first - upload_start) * speed, (last - first) * speed)
    prints = []
    with tempfile.TemporaryDirectory(prefix="origin-agreement-") as temp:
        for number, (track, (start, seconds)) in enumerate(((path, source), (music[prediction.reference],
                                                                             original))):
            seconds_kept = max(seconds, AGREEMENT_SECONDS)
            start = max(0.0, start + seconds / 2 - seconds_kept / 2)
            clip = Path(temp) / f"{number}.wav"
            _write_clip(track, start, seconds_kept, clip)
            try:
                prints.append(fpcalc(clip))
            except subprocess.CalledProcessError:
                return 0.0
    shift = int(round(AGREEMENT_SHIFT / CHROMAPRINT_ITEM))
    best = 0.0
    for lag in range(-shift, shift + 1):
        ours, theirs = prints[0][max(0, lag):], prints[1][max(0, -lag):]
        count = min(len(ours), len(theirs))
        if count >= shift:
            agree = np.bitwise_count(ours[:count] ^ theirs[:count]) <= CHROMAPRINT_BITS
            best = max(best, float(agree.mean()))
    return best


# ---------------------------------------------------------------- scale
PAD_SECONDS = 180.0
PAD_VERSION = 3                    # 3: pair hashes beside the triplets


def padding_windows(real: list[Peaks]) -> list[tuple[np.ndarray, np.ndarray]]:
    """1 s windows of real peaks (frames within the window, bins): what padding is made of."""
    windows = []
    for peaks in real:
        window = peaks.frames // SECOND_FRAMES
        bounds = np.searchsorted(window, np.arange(window.max() + 2))
        windows += [(peaks.frames[a:b] % SECOND_FRAMES, peaks.bins[a:b])
                    for a, b in zip(bounds[:-1], bounds[1:]) if b > a]
    return windows


def padding_peaks(windows, key: int, seconds: float = PAD_SECONDS) -> Peaks:
    """Synthetic original ``key``: 1 s windows of real peaks, shuffled across tracks, bins moved
    8+. Seeded by the key, so verification can read any padding original's peaks again."""
    rng = np.random.default_rng([11, key])
    per_track = int(seconds / (SECOND_FRAMES * FRAME_SECONDS))
    chosen = rng.integers(len(windows), size=per_track)
    shifts = rng.choice(np.r_[-20:-8, 9:21], size=per_track)
    frames = np.concatenate([windows[c][0] + SECOND_FRAMES * i for i, c in enumerate(chosen)])
    bins = np.concatenate([windows[c][1] + shifts[i] for i, c in enumerate(chosen)])
    inside = (bins >= 1) & (bins < BIN_COUNT - 1)
    return Peaks(frames[inside].astype(np.int32), bins[inside].astype(np.float32), seconds)


def padded_store(size: int, first_key: int, windows) -> Path:
    """A store of ``size - first_key`` padding originals (keys from ``first_key``), built once
    and kept in benchmarks/data (100 000 tracks take ~25 min): runs reuse it."""
    folder = ROOT / "benchmarks" / "data" / f"audio-padding-{size}"
    marker = folder / "complete.json"
    wanted = {"version": PAD_VERSION, "size": size, "first_key": first_key, "windows": len(windows)}
    if marker.exists() and json.loads(marker.read_text()) == wanted:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    shards = max(1, math.ceil(size / SHARD_TRACKS))
    store = AudioStore(folder, shard_count=shards)
    # Pad one shard at a time (keys ≡ shard mod shards): each save rewrites one shard.
    keys = sorted(range(first_key, size), key=lambda key: (key % shards, key))
    for number, key in enumerate(keys):
        store.add(key, stored_landmarks(padding_peaks(windows, key)))
        if number + 1 == len(keys) or keys[number + 1] % shards != key % shards:
            store.save()
        progress(f"pad {size}", number + 1, len(keys))
    store.save()
    marker.write_text(json.dumps(wanted))
    return folder


def scale_rows(sizes: list[int], tracks: list[Path], queries, suite_dir: Path, infos,
               stored: dict[int, Peaks]) -> list[dict]:
    windows = padding_windows([fingerprint_audio(track, original=True) for track in tracks[:40]])
    sample = [q for q in queries if q.track is not None][::25][:40]
    sample_peaks = [fingerprint_audio(suite_dir / q.file, original=False) for q in sample]
    first_key = len(tracks)
    rows = []
    for size in sizes:
        built = time.time()
        folder = padded_store(size, first_key, windows)
        built = time.time() - built
        store = AudioStore(folder, collect=False)
        store.add_unsaved({key: stored_landmarks(stored[key]) for key in infos})
        padded_at = datetime.now(timezone.utc)
        lookup = lambda keys: {key: infos[key] if key < first_key else
                               OriginalInfo(key, f"padding-{key}", "", None, padded_at, PAD_SECONDS)
                               for key in keys if key in infos or key >= first_key}
        read_peaks = lambda keys: {key: stored[key] if key < first_key else padding_peaks(windows, key)
                                   for key in keys if key in stored or key >= first_key}
        matcher = AudioMatcher(store, lookup, peaks_lookup=read_peaks)
        matcher.match(sample_peaks[0])                # page in the tables once
        start = cpu()
        results = [(q, matcher.match(peaks)) for q, peaks in zip(sample, sample_peaks)]
        used = cpu() - start
        found = sum(any(m.original == q.track for m in matches) for q, matches in results)
        wrong = sum(m.original != q.track for q, matches in results for m in matches)
        hours = (PAD_SECONDS * (size - first_key) + sum(info.duration for info in infos.values())) / 3600
        rows.append({"tracks": size, "postings": store.postings, "bytes": store.bytes(),
                     "bytes_per_hour": store.bytes() / hours, "shards": store.shard_count,
                     "query_cpu_ms": 1000 * used / len(sample),
                     "sample_queries": len(sample), "sample_found": found, "sample_wrong": wrong,
                     "build_wall_s": built})
        print(f"scale {size}: {rows[-1]}", file=sys.stderr)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--systems", default="origin,landmark,chromaprint")
    parser.add_argument("--scale", default="1000,100000", help="tracks to pad the store to ('' skips)")
    parser.add_argument("--seed", type=int,
                        help="suite seed (default 7, or " + ", ".join(
                            f"{part.seed} for {part.tag}"
                            for part in audio_suite.AUDIO_PARTS.values()) + ")")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--every", type=int, default=1,
                        help="every Nth query only (a quicker run on a busy machine; every family "
                             "and kind of negative stays in)")
    parser.add_argument("--tuning-only", action="store_true",
                        help="run the tuning queries only (while tuning: held-out stays unseen)")
    parser.add_argument("--part", choices=("tuning", "held_out", *audio_suite.AUDIO_PARTS),
                        help="one part only: the 100 tracks' tuning or held-out queries, or a "
                             "later held-out part (its tracks registered beside the 100 and "
                             "every earlier part's); default: tuning and held-out, reported apart")
    args = parser.parse_args()
    systems = args.systems.split(",")
    if shutil.which("fpcalc") is None:      # chromaprint's row and every false match's check
        parser.error("fpcalc not found: install Debian's libchromaprint-tools (the chromaprint "
                     "peer and the shared-material check of each false match run it)")
    if args.tuning_only:
        args.part = "tuning"
    registered, unrelated = audio_suite.tracks()
    if args.part in audio_suite.AUDIO_PARTS:
        part = audio_suite.AUDIO_PARTS[args.part]
        queries = audio_suite.build_part(part, args.seed or part.seed)
        suite_dir = part.out
        # the catalogue grows part by part, as a platform's does: each part's tracks are
        # registered beside the 100 and every earlier part's (AUDIO_PARTS is in their order)
        for earlier in audio_suite.AUDIO_PARTS.values():
            more, part_unrelated = audio_suite.part_tracks(earlier)
            registered = registered + more
            if earlier is part:
                unrelated = part_unrelated
                break
        splits = ((f"{args.part.replace('_', '-')} tracks", lambda query: True),)
    else:
        queries = audio_suite.build(7 if args.seed is None else args.seed)
        if args.part:
            queries = [query for query in queries if query.held_out == (args.part == "held_out")]
        suite_dir = audio_suite.DEFAULT_OUT
        splits = (("tuning tracks", lambda query: not query.held_out),
                  ("held-out tracks", lambda query: query.held_out))
    music = {path.name: path for path in registered + unrelated}
    if args.every > 1:                  # every Nth of each family, so every family stays in
        seen: dict[str, int] = {}
        kept = []
        for query in queries:
            seen[query.family] = seen.get(query.family, -1) + 1
            if seen[query.family] % args.every == 0:
                kept.append(query)
        queries = kept
    report: dict = {"part": args.part or "tuning+held_out", "tracks": len(registered),
                    "queries": len(queries)}

    predictions: dict[str, list[Prediction]] = {}
    folder = Path(tempfile.mkdtemp(prefix="origin-audio-bench-", dir=ROOT / "benchmarks" / "data"))
    try:
        store = AudioStore(folder)
        overlaps, overlap_cpu = [], []
        infos, register_cpu, register_seconds, peaks = register(registered, store, overlaps,
                                                                overlap_cpu)
        report["shared_material"] = {
            "overlaps": [dict(overlap.to_json(infos[overlap.other].id), track=infos[overlap.key].id)
                         for overlap in overlaps],
            "check_cpu_ms_per_track": 1000 * sum(overlap_cpu) / max(len(overlap_cpu), 1)}
        unreadable = {track.name for track in registered} - {info.id for info in infos.values()}
        if unreadable:                  # FFmpeg cannot open it: neither can any system here
            report["unreadable_tracks"] = sorted(unreadable)
            registered = [track for track in registered if track.name not in unreadable]
            queries = [query for query in queries if query.track not in unreadable]
        report.update(tracks=len(registered), queries=len(queries))
        hours = register_seconds / 3600
        report["origin_fingerprint"] = {
            "originals_x_realtime_per_core": register_seconds / register_cpu,
            "cpu_s_per_minute_of_audio": 60 * register_cpu / register_seconds,
            "index_bytes_per_hour": store.bytes() / hours,
            "postings_bytes_per_hour": store.postings * 8 / hours,
            "verification_peaks_bytes_per_hour": sum(8 * len(p) for p in peaks.values()) / hours,
            "music_hours": hours}
        lookup = lambda keys: {key: infos[key] for key in keys if key in infos}
        matchers = {}
        if "origin" in systems:
            matchers["origin"] = AudioMatcher(store, lookup,
                                              peaks_lookup=lambda keys: {k: peaks[k] for k in keys if k in peaks})
        if "landmark" in systems:
            matchers["landmark"] = AudioMatcher(store, lookup, warps=(IDENTITY,))
        found, cost = run_landmarks(queries, suite_dir, matchers,
                                    recorded_overlaps(overlaps, infos))
        predictions.update(found)
        report["origin_queries"] = {
            "upload_x_realtime_per_core": cost["audio_seconds"] / max(cost["fingerprint_cpu"], 1e-9),
            **{f"{name}_match_cpu_ms_per_query": 1000 * cost[f"{name}_match_cpu"] / len(queries)
               for name in matchers}}
        if "chromaprint" in systems and shutil.which("fpcalc"):
            predictions["chromaprint"], report["chromaprint_cost"] = run_chromaprint(
                queries, suite_dir, registered)
        elif "chromaprint" in systems:
            report["chromaprint_cost"] = "fpcalc not installed (apt-get install libchromaprint-tools)"
        for split, belongs in splits:
            part = [q for q in queries if belongs(q)]
            if not part:
                continue
            files = {q.file for q in part}
            report[split] = {name: scores_table(name, part, [p for p in found if p.query in files])
                             for name, found in predictions.items()}
            if "origin" in predictions:
                found = [p for p in predictions["origin"] if p.query in files]
                measured, modulo = offset_errors(part, found, music)
                _measured, recurring = offset_errors(part, found, music, recurs)
                for key, errors in (("offset_error_s", measured),
                                    ("offset_error_repeats_right_s", modulo),
                                    ("offset_error_recurring_right_s", recurring)):
                    report[split]["origin"][key] = {
                        "median": float(np.median(errors)) if errors else None,
                        "p95": float(np.percentile(errors, 95)) if errors else None,
                        "share_within_0.5": float(np.mean(np.array(errors) <= 0.5)) if errors else None}
                report[split]["origin"]["false_matches"] = shared_material(
                    part, [p for p in predictions["origin"] if p.query in files], matchers["origin"],
                    unrelated, music, suite_dir)
        if args.scale:
            report["scale"] = scale_rows([int(s) for s in args.scale.split(",")], registered,
                                         queries, suite_dir, infos, peaks)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    RESULTS.mkdir(parents=True, exist_ok=True)
    name = (f"audio-{args.part}.json"
            if args.part in audio_suite.AUDIO_PARTS
            else "audio.json")
    (RESULTS / name).write_text(json.dumps(report, indent=1, default=float))
    if args.json:
        print(json.dumps(report, indent=1, default=float))
        return
    print(f"{report['tracks']} registered tracks ({report['origin_fingerprint']['music_hours']:.1f} h), "
          f"{report['queries']} queries")
    for split in [split for split, _belongs in splits if split in report]:
        print_table(split, report[split])
        if "origin" in report[split]:
            print(f"origin offset error: {report[split]['origin']['offset_error_s']}")
            print(f"  a passage the song repeats counted as right: "
                  f"{report[split]['origin']['offset_error_repeats_right_s']}")
            print(f"  music the song plays again (its peaks) counted as right: "
                  f"{report[split]['origin']['offset_error_recurring_right_s']}")
            for row in report[split]["origin"]["false_matches"]:
                print(f"origin false match: {row['query']} -> {row['original']} ({row['score']:.3f})"
                      + (f": shared material between originals ({row['source']} matches it whole, "
                         f"Chromaprint agrees on {row['chromaprint_agreement']:.2f} of the stretch)"
                         if row["shared"] else
                         f": the source matches it whole, Chromaprint agrees on only "
                         f"{row['chromaprint_agreement']:.2f} of the stretch: not shared"
                         if row.get("whole_track_match") else ""))
    print(f"\nshared material found at registration "
          f"({report['shared_material']['check_cpu_ms_per_track']:.0f} ms CPU a track):")
    for row in report["shared_material"]["overlaps"]:
        print(f"  {row['track']} {row['seconds'][0]:.1f}-{row['seconds'][1]:.1f} s = "
              f"{row['original']} {row['its_seconds'][0]:.1f}-{row['its_seconds'][1]:.1f} s")
    print("\norigin fingerprint:", json.dumps(report["origin_fingerprint"], default=float))
    print("queries:", json.dumps(report["origin_queries"], default=float))
    if "chromaprint_cost" in report:
        print("chromaprint:", report["chromaprint_cost"])
    for row in report.get("scale", []):
        print(f"scale: {row['tracks']:>7} tracks, {row['shards']} shards: query {row['query_cpu_ms']:.0f} ms "
              f"CPU, {row['bytes_per_hour'] / 1e6:.2f} MB per hour, found {row['sample_found']}/"
              f"{row['sample_queries']}")


if __name__ == "__main__":
    main()
