"""origin vs vPDQ vs TMK+PDQF on one query suite, side by side in one run.

    python benchmarks/bench_matching.py [--quick] [--json] [--systems origin,vpdq,tmk] [--seed 7]
    python benchmarks/bench_matching.py --systems origin --distractor-codes 10000000
    python benchmarks/bench_matching.py --suite real [--catalogue 1000]
    python benchmarks/bench_matching.py --suite real_h2        # the sealed held_out_2 part: the lead, once a stop
    python benchmarks/bench_matching.py --suite real_h3        # the sealed held_out_3 part: the lead, once
    python benchmarks/bench_matching.py --suite real_h4        # the sealed held_out_4 part: the lead, once
    python benchmarks/bench_matching.py --suite real_h5        # the sealed held_out_5 part: the lead, once
    python benchmarks/bench_matching.py --suite real_h6        # the sealed held_out_6 part: the lead, once
    python benchmarks/bench_matching.py --suite real_h7        # the sealed held_out_7 part: the lead, once
    python benchmarks/bench_matching.py --suite real_h8        # the sealed held_out_8 part: the lead, once
    python benchmarks/bench_matching.py --suite real_h9        # the sealed held_out_9 part: the lead, once
    python benchmarks/bench_matching.py --suite real_h10       # the sealed held_out_10 part: the lead, once
    python benchmarks/bench_matching.py --suite real_h11       # the sealed held_out_11 part: the lead, once
    python benchmarks/bench_matching.py --suite real_h12       # the sealed held_out_12 part: the lead, once
    python benchmarks/bench_matching.py --suite real_h13       # the sealed held_out_13 part: the lead, once
    python benchmarks/bench_matching.py --suite real_h14       # the sealed held_out_14 part: the lead, once
    python benchmarks/bench_matching.py --suite real_h15       # the sealed held_out_15 part: the lead, once
    python benchmarks/bench_matching.py --suite real_h16       # the sealed held_out_16 part: the lead, once
    python benchmarks/bench_matching.py --suite real_h17       # the sealed held_out_17 part: the lead, once
    python benchmarks/bench_matching.py --suite real_h18       # the sealed held_out_18 part: the lead, once
    python benchmarks/bench_matching.py --suite real_h19       # the sealed held_out_19 part: the lead, once
    python benchmarks/bench_matching.py --suite real_h20       # the sealed held_out_20 part: the lead, once
    python benchmarks/bench_matching.py --suite real_h21       # the sealed held_out_21 part: the lead, once
    python benchmarks/bench_matching.py --suite real_h22       # the sealed held_out_22 part: the lead, once
    python benchmarks/bench_matching.py --suite real_h23       # the sealed held_out_23 part: the lead, once
    python benchmarks/bench_matching.py --suite real_h24       # the sealed held_out_24 part: the lead, once
    python benchmarks/bench_matching.py --suite real_h25       # the sealed held_out_25 part: the lead, once
    python benchmarks/bench_matching.py --suite real_h26       # the sealed held_out_26 part: the lead, once
    python benchmarks/bench_matching.py --suite real_h27       # the sealed held_out_27 part: the lead, once
    python benchmarks/bench_matching.py --suite real --systems origin --distractor-codes 10000000 \
        --real-distractors --negative-windows 5 [--keep DIR]

Builds (or reuses) the suite of benchmarks/suite.py, runs each system on it, and prints for each:
µAP over ranked (query, original) pairs (VSC22 descriptor track), recall at precision >= 0.99,
recall at the system's default threshold overall, per transform family and per kind of footage,
false matches on negatives, matches to the wrong original, mean segment IoU (origin only: the
peers give no segments), and fingerprinting speed as × real time per core on 720p H.264.
Results are also written to benchmarks/results/matching-{quick,full,real}*.json. Peers that are not
installed (scripts/install_peers.sh) are reported as unavailable and the rest still run.

``--suite real`` runs issue 15's real-footage suite (benchmarks/real_suite.py) and reports its
tuning part and its held-out part separately, with every false match at the default threshold;
``--suite real_h2`` runs its sealed second part (``real_suite.py --part held_out_2``: other footage,
other seeds, every query tagged ``held_out_2``), read once per stop by the lead and never tuned on;
``--suite real_h3`` its third (``--part held_out_3``, other footage again), read once by the lead;
``--suite real_h4`` its fourth (``--part held_out_4``, other footage again), read once by the lead;
``--suite real_h5`` its fifth (``--part held_out_5``, other footage again), read once by the lead;
``--suite real_h6`` its sixth (``--part held_out_6``, other footage again), read once by the lead;
``--suite real_h7`` its seventh (``--part held_out_7``, other footage again), read once by the lead;
``--suite real_h8`` its eighth (``--part held_out_8``, other pictures again, most of them photographs
filmed by a hand-held camera), read once by the lead;
``--suite real_h9`` its ninth (``--part held_out_9``, other photographs and screencasts again, with
dark, nearly empty negatives), read once by the lead;
``--suite real_h10`` its tenth (``--part held_out_10``, other photographs again, among them low-detail
ones a platform protects: a sunset sky, a galaxy on black, a bridge at dusk, a leaf out of focus;
a dark editor screencast; two registered gradients among gradients of other shapes and speeds),
read once by the lead;
``--suite real_h11`` its eleventh (``--part held_out_11``, other pictures again, most of them
low-detail: a night sea, a bird before a background out of focus, Jupiter, a comet, a galaxy, pale
clouds; a half-dark screencast, an LED emulator's dark text, a flat animation, a simulator's
recording; two registered gradients), read once by the lead;
``--suite real_h12`` its twelfth (``--part held_out_12``, other pictures again, most of them soft or
plain: a lake at dusk, a bare sky, a waterfall in mist, lights out of focus, a white studio, the
Earth over the Moon; a tutorial's dark animations of grids on black, a video editor's dark screens;
two registered gradients), read once by the lead;
``--suite real_h13`` its thirteenth (``--part held_out_13``, other pictures again, most of them soft,
plain or dark: a tree in fog, a dark horizon, snow on snow, a moon on black, a sea of clouds, a
sunset; thin line-art animations on white, a chat app's sparse screen, a diary app's text-heavy
screens; every unregistered clip also split and stacked beside a still picture), read once by the lead;
``--suite real_h14`` its fourteenth (``--part held_out_14``, other pictures again, many of them busy:
a street mural, crowded stands, a flower bed, birches, a city at night, workers at an engine; a lake
in mist, line art on black; originals that open dark (a night launch after black, a galaxy fading
in, a visualiser scrolling in over black, a gradient fading in) beside negatives that share only
such a dark stretch), read once by the lead;
``--suite real_h15`` its fifteenth (``--part held_out_15``, busy photographs again (citrus slices,
a chameleon among leaves, a bee on an aster, a bridge lit at night) and one painter's story paintings,
a game's screen, a constellation in light lines on black, a boot screen's soft waves, a title card;
three visualisers (``showcqt``, ``avectorscope``, ``showwaves``) each beside the same visualiser on
other music, the painter's other paintings, the game's other screen, the card's template with other
text), read once by the lead;
``--suite real_h16`` its sixteenth (``--part held_out_16``, layouts fixed in both directions: a
picture letterboxed under a lower third, a painting in a mat over a caption strip, charts of one
tool on their L of axes, a visualiser's bars in a box under a title bar, another's on chart axes,
gradients in the same layouts, each beside the same layout with other content; busy photographs,
hand-held zooms on 35-40 % of a picture, short originals; three visualisers no part drew
(``showspatial``, a polar ``avectorscope``, ``showvolume``) each beside itself on other music), read once by the lead;
``--suite real_h17`` its seventeenth (``--part held_out_17``, visualisers **with their song**
(``aphasemeter``'s video, ``abitscope``, a scrolled ``showwavespic``; the same tool on other music
with its song as negatives), screens filmed in a room (``filmed_screen`` copies are a monitor on a
desk filmed by a hand-held camera; every unregistered clip on the same monitor as a negative),
other two-direction templates (a news ticker, a phone player, a slide) each beside itself around
other pictures and text, busy, soft and dark photographs, zooms, short originals), read once by the lead;
``--suite real_h18`` its eighteenth (``--part held_out_18``, copies **turned** in their pixels (90 or
270 degrees as a portrait frame or between bars, 180, a 2-10 degree tilt with the corners cropped)
and **under a broadcaster's graphics** (a logo bug, a name strap, a two-line crawl, a clock, a score
box or a LIVE badge), each also applied to unregistered clips and stills as negatives; screens
filmed **turned 10-25 degrees in two rooms** with the room reflected, each room empty as a negative;
three visualisers with their song by tools no part drew (``ebur128``'s meter, ``adrawgraph`` level
curves, a ``showspectrumpic`` picture under a playhead), each beside itself on other music; reef
photographs beside other reef photographs), read once by the lead;
``--suite real_h19`` its nineteenth (``--part held_out_19``, held_out_18's 24 families and turned
screens in two other rooms, above all **screen recordings of one program** (three registered; five
other screenshots of the same window, never registered, as negatives), three visualiser **styles**
no part drew with their song, each beside itself on other music (a music card around a cover,
around another cover; spectrum bars mirrored four ways; bars bent into a ring), a lecture deck
beside the same deck with other words), read once by the lead;
``--suite real_h20`` its twentieth (``--part held_out_20``, held_out_18's 24 families and turned
screens in two other rooms, above all **screen recordings of one finance program whose users also
type and draw** (three registered: the pointer only, typed into, drawn on; four other screens of
the same window never registered, the same three ways) and a word game's menu screens, two
visualiser **styles** no part drew with their song, each beside itself on two other tunes around
other pictures (a turntable with the cover as its label; a lyric video whose words fill as they
are sung), a lecture deck beside the same deck with other words), read once by the lead;
``--suite real_h21`` its twenty-first (``--part held_out_21``, held_out_18's 24 families and turned
screens in two other rooms, above all **screen recordings of one globe program** (three registered:
the pointer only, a search typed into, a route drawn on; five other screens of the same window
never registered: the same three ways and its settings) and a go game's setup screens, two
visualiser **styles** no part drew with their song, each beside itself on two other loops around
other pictures (a cassette deck with the picture as its label; a podcast clip with the picture in
a ring, a waveform and captions), the phone template around other gradients, a lecture deck beside
the same deck with other words), read once by the lead;
``--suite real_h22`` its twenty-second (``--part held_out_22``, held_out_18's 24 families and turned
screens in two other rooms, above all **three tools' frames around other content**, the same
options on registered uploads and on unregistered ones: a game streamer's overlay (the same webcam,
chat and logo around other games, other levels and no game), a caption template (the same words
around other clips, a night clip's fades on other stars) and a slideshow maker (the same border and
captions around other pictures)), read once by the lead;
``--suite real_h23`` its twenty-third (``--part held_out_23``, held_out_18's 24 families and turned
screens in two other rooms, above all **three other tools' frames around other content**, the same
options on registered uploads and on unregistered ones: a video call's grid (the same cameras,
names and toolbar around other speakers' tiles and an empty one), a weather presenter's map (the
same badges and ticker over other flat maps and no map) and a karaoke lyric bar (the same words
under other clips, a soft fog clip's fades on another); a spreadsheet's window typed into beside
its other files), read once by the lead;
``--suite real_h24`` its twenty-fourth (``--part held_out_24``, held_out_18's 24 families and turned
screens in two other rooms, above all **three other tools' frames around other content**, the same
options on registered uploads and on unregistered ones: a sports broadcast's score bug (the same
sides, clock and bar over other matches, another chess board among them), a reaction video (the
same title and the same reactor's face over other clips and over nothing) and a music player (the
same track and visualiser bars around other covers, a soft deep-water clip's fades on a night sky);
a painting program's window drawn on beside its other windows, the same pen drawing), read once by
the lead;
``--suite real_h25`` its twenty-fifth (``--part held_out_25``, held_out_18's 24 families and turned
screens in two other rooms, above all **three more tools' frames around other content**, the same
options on registered uploads and on unregistered ones: a video editor's screen recording (the same
bin, panels and tracks around other clips in its monitor, a soft haze's fades on another haze), a
shop's live-sale frame (the same seller, price and buy button beside other goods) and a game's
heads-up display (the same minimap, bars and feed over other games and over nothing); a geometry
program's window beside its other windows; snow and rain), read once by the lead;
``--suite real_h26`` its twenty-sixth (``--part held_out_26``, held_out_18's 24 families and turned
screens in two other rooms, above all **three more tools' frames around other content**, the same
options on registered uploads and on unregistered ones: a side-by-side duet (the same creator's half
beside other content and beside nothing), a dash-cam's overlay (the same bonnet, clock, speed and
GPS figures over other roads, a soft fog drive's fades on another fog) and a workout app (the same
heart rate, exercises, countdown and calorie ring over other clips); a typing tutor's windows; a
candle's flame and light under water beside others of their kinds), read once by the lead;
``--suite real_h27`` its twenty-seventh (``--part held_out_27``, held_out_18's 24 families and turned
screens in two other rooms, above all **three more tools' frames around other content**, the same
options on registered uploads and on unregistered ones: a security recorder's grid (the same three
fixed cameras, names, timestamps and site around other content in the first camera and around
nothing), a translation template (the same caption bars, lines and badge over other clips, ink
blooming in water beside other ink) and a before/after filter wipe (the same divider sweeping at the
same pace over other clips); a paint program's windows; ink in water and drifting clouds beside
others of their kinds), read once by the lead;
``--catalogue N`` registers N unrelated real originals (benchmarks/catalogue.py: Ken Burns pans,
zooms, slideshows and 9:16 framings of real photographs) beside the suite's, for every system.
``--real-distractors`` fills origin's index with codes of real-photo camera paths
(benchmarks/real_codes.py, generated once into benchmarks/data/real_codes/), and
``--negative-windows S`` also matches every S-second window of the suite's videos and the real
footage against them, for a false-match rate per million uploads per million originals.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import sys
import time
from dataclasses import asdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT / "src", ROOT):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from benchmarks import origin_system, real_suite, suite as suite_module  # noqa: E402
from benchmarks.metrics import OFF_MOMENT, Prediction, QueryTruth, SystemScores, evaluate  # noqa: E402
from benchmarks.peers import tmk_peer, vpdq_peer  # noqa: E402
from benchmarks.peers.common import SystemRun, cpu_seconds  # noqa: E402

SYSTEMS = {"origin": origin_system, "vpdq": vpdq_peer, "tmk": tmk_peer}
RESULTS = ROOT / "benchmarks" / "results"
REAL_CODES = ROOT / "benchmarks" / "data" / "real_codes"     # generated once, reused (CodeCache)
SPLITS = ("tuning", real_suite.HELD_OUT, *real_suite.SEALED_PARTS)   # parts of a suite reported on their own
SEALED_SUITES = {"real_h2": real_suite.HELD_OUT_2, "real_h3": real_suite.HELD_OUT_3,   # --suite: a sealed part
                 "real_h4": real_suite.HELD_OUT_4, "real_h5": real_suite.HELD_OUT_5,
                 "real_h6": real_suite.HELD_OUT_6, "real_h7": real_suite.HELD_OUT_7,
                 "real_h8": real_suite.HELD_OUT_8, "real_h9": real_suite.HELD_OUT_9,
                 "real_h10": real_suite.HELD_OUT_10, "real_h11": real_suite.HELD_OUT_11,
                 "real_h12": real_suite.HELD_OUT_12, "real_h13": real_suite.HELD_OUT_13,
                 "real_h14": real_suite.HELD_OUT_14, "real_h15": real_suite.HELD_OUT_15,
                 "real_h16": real_suite.HELD_OUT_16, "real_h17": real_suite.HELD_OUT_17,
                 "real_h18": real_suite.HELD_OUT_18, "real_h19": real_suite.HELD_OUT_19,
                 "real_h20": real_suite.HELD_OUT_20, "real_h21": real_suite.HELD_OUT_21,
                 "real_h22": real_suite.HELD_OUT_22, "real_h23": real_suite.HELD_OUT_23,
                 "real_h24": real_suite.HELD_OUT_24, "real_h25": real_suite.HELD_OUT_25,
                 "real_h26": real_suite.HELD_OUT_26, "real_h27": real_suite.HELD_OUT_27}


def _speed(system: str, path: Path, seconds: float) -> dict[str, float]:
    """Fingerprinting speed of one system on one file, × real time per core."""
    if system == "origin":
        return origin_system.fingerprint_speed(path, seconds)
    module = SYSTEMS[system]
    start = cpu_seconds()
    module.fingerprint(path)
    used = cpu_seconds() - start
    return {"fingerprint": seconds / used if used > 0 else math.nan}


def _missed(suite: suite_module.Suite, system_run: SystemRun) -> list[dict]:
    """True copies not matched at the default threshold, with the best score the system gave."""
    best: dict[tuple[str, str], tuple[float, bool]] = {}
    for p in system_run.predictions:
        score, matched = best.get((p.query, p.reference), (-math.inf, False))
        best[(p.query, p.reference)] = (max(score, p.score), matched or p.is_match)
    missed = []
    for query in suite.queries:
        for original in query.copies:
            score, matched = best.get((query.id, original), (None, False))
            if not matched:
                missed.append({"query": query.id, "original": original, "family": query.family,
                               "tags": query.tags, "best_score": score, "params": query.params})
    return missed


def _split_scores(name: str, truths: list[QueryTruth], predictions: list[Prediction]) -> dict:
    """The scores of the tuning part and of the held-out part of a suite, each on its own."""
    splits = {}
    for split in SPLITS:
        part = [t for t in truths if split in t.tags]
        ids = {t.query for t in part}
        if part:
            scores = evaluate(name, part, [p for p in predictions if p.query in ids])
            splits[split] = {key: value for key, value in asdict(scores).items()
                             if key not in ("recall_by_tag",)}
    return splits


def _false_matches(truths: list[QueryTruth], predictions: list[Prediction]) -> list[dict]:
    """Every (query, original) matched at the default threshold that is not a copy."""
    by_query = {t.query: t for t in truths}
    wrong = []
    for p in predictions:
        truth = by_query.get(p.query)
        if p.is_match and truth is not None and p.reference not in truth.copies and p.reference not in truth.ignore:
            wrong.append({"query": p.query, "original": p.reference, "score": round(p.score, 3),
                          "family": truth.family, "tags": list(truth.tags)})
    return sorted(wrong, key=lambda w: -w["score"])


def _distractor_rate(system_run: SystemRun, uploads: int) -> dict | None:
    """Uploads matched (at the default threshold) to a distractor original, and that as false
    matches per million uploads per million originals, with its 95 % upper bound (Poisson: 3.0
    when none was seen); the negative windows, when scanned, count as uploads too."""
    if not system_run.distractor_originals:
        return None
    hit = sorted({p.query for p in system_run.predictions if p.is_match and p.reference.startswith("d-")})
    best: dict[str, float] = {}          # each upload's best score with any distractor original
    for p in system_run.predictions:
        if p.reference.startswith("d-"):
            best[p.query] = max(best.get(p.query, 0.0), p.score)
    closest = np.zeros(max(uploads, len(best), 1))        # uploads no distractor met score 0
    closest[:len(best)] = list(best.values())
    windows = system_run.windows or {}
    hit += [w["window"] for w in windows.get("matched", [])]
    uploads += windows.get("windows", 0)
    scale = 1e6 / uploads / (system_run.distractor_originals / 1e6) if uploads else None
    return {"uploads": uploads, "distractor_originals": system_run.distractor_originals,
            "uploads_matched_to_a_distractor": len(hit), "examples": hit[:10],
            "per_million_uploads_per_million_originals": len(hit) * scale if scale else None,
            "upper_95": _poisson_upper(len(hit)) * scale if scale else None,
            "best_distractor_score_max": round(float(closest.max()), 3),       # the suite's uploads
            "best_distractor_score_p99": round(float(np.percentile(closest, 99)), 3),
            "windows": windows or None}


def _poisson_upper(seen: int) -> float:
    """One-sided 95 % upper bound on a Poisson mean after ``seen`` events (3.0 for none)."""
    from scipy.stats import chi2

    return float(chi2.ppf(0.95, 2 * (seen + 1)) / 2)


def _negative_files(suite) -> list[Path]:
    """Real video to cut into negative windows against the distractors: every query and original
    of the suite (none of them is a distractor's photo) and the real footage they came from."""
    files = [suite.path(q.path) for q in suite.queries] + [suite.path(o.path) for o in suite.originals]
    footage = ROOT / "benchmarks" / "data" / "footage"
    return files + sorted(path for path in footage.glob("*") if path.is_file())


def run(quick: bool, seed: int, systems: list[str], log=print, distractor_codes: int = 0,
        suite_name: str = "synthetic", catalogue: int = 0, real_distractors: bool = False,
        keep: Path | None = None, window_seconds: float = 0.0) -> dict:
    distractor_source = None
    if real_distractors and distractor_codes:
        from benchmarks import real_codes

        # only the main real suite shows photographs (its slideshows), which its codes leave out
        photos_of = "real" if suite_name == "real" else "synthetic"
        distractor_source = real_codes.ensure(distractor_codes, REAL_CODES / photos_of, photos_of)
    if suite_name == "real":
        suite = real_suite.build(seed=seed, log=log)
    elif suite_name in SEALED_SUITES:
        suite = real_suite.build_sealed(real_suite.SEALED_PARTS[SEALED_SUITES[suite_name]], seed=seed, log=log)
    else:
        suite = suite_module.build(seed=seed, quick=quick, log=log)
    originals = {o.id: suite.path(o.path) for o in suite.originals}
    if catalogue:
        from benchmarks import catalogue as catalogue_module

        originals.update(catalogue_module.build(catalogue, log=log))
    queries = {q.id: suite.path(q.path) for q in suite.queries}
    durations = {**{key: suite_module.probe(path).duration for key, path in originals.items()},
                 **suite.durations()}
    truths = suite.truths()
    speed_files = [(suite.path(p), suite_module.probe(suite.path(p)).duration) for p in suite.speed_files]

    report: dict = {
        "suite": {"folder": str(suite.folder), "seed": seed, "quick": quick, "name": suite_name,
                  "catalogue": catalogue,
                  "originals": len(originals), "queries": len(queries),
                  "negatives": sum(t.negative for t in truths),
                  "true_pairs": sum(len(t.copies) for t in truths),
                  "real_originals": sum(o.kind in ("real", "video", "visualiser", "slideshow", "handheld", "screen")
                                        for o in suite.originals),
                  "families": sorted({t.family for t in truths if not t.negative}),
                  "speed_files": [f"{p.name} ({s:.0f} s)" for p, s in speed_files],
                  "notes": suite.notes},
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
        "systems": {},
    }
    for key in systems:
        module = SYSTEMS[key]
        missing = module.available()
        if missing:
            log(f"{module.NAME}: unavailable: {missing}")
            report["systems"][module.NAME] = {"available": False, "reason": missing}
            continue
        log(f"{module.NAME}: running on {len(queries)} queries x {len(originals)} originals ...")
        began = time.perf_counter()
        extra = {}
        if key == "origin" and keep is not None:
            extra = {"keep": keep}
        if key == "origin" and distractor_codes:
            extra = {"distractor_codes": distractor_codes, "distractor_source": distractor_source,
                     "keep": keep}
            if window_seconds:
                extra.update(negative_windows=_negative_files(suite), window_seconds=window_seconds)
        try:
            system_run: SystemRun = module.run(originals, queries, durations, **extra)
        except tmk_peer.MemoryCapExceeded as error:      # bounded: no figure rather than the machine's memory
            log(str(error))
            report["systems"][module.NAME] = {"available": False, "reason": str(error)}
            continue
        wall = time.perf_counter() - began
        scores: SystemScores = evaluate(module.NAME, truths, system_run.predictions)
        speeds = {path.name: _speed(key, path, seconds) for path, seconds in speed_files}
        report["systems"][module.NAME] = {
            "available": True, **asdict(scores),
            "missed": _missed(suite, system_run),
            "false_matches": _false_matches(truths, system_run.predictions),
            "splits": _split_scores(module.NAME, truths, system_run.predictions),
            "distractors": _distractor_rate(system_run, len(queries)),
            "fingerprint_realtime_per_core_720p": speeds,
            "suite_realtime_per_core": system_run.realtime_per_core,
            "wall_seconds": round(wall, 1),
            # this process's peak so far (a build of distractors included; peers run after origin)
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "errors": system_run.errors, "notes": system_run.notes,
        }
        log(f"{module.NAME}: done in {wall:.0f} s (µAP {scores.micro_ap:.3f}, "
            f"peak RSS {report['systems'][module.NAME]['peak_rss_mb']:,} MB)")
    return report


def _cell(value, digits: int = 3) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return "nan" if math.isnan(value) else f"{value:.{digits}f}"
    return str(value)


def format_report(report: dict) -> str:
    systems = {name: data for name, data in report["systems"].items() if data.get("available")}
    names = list(systems)
    suite = report["suite"]
    lines = [f"Query suite: {suite['originals']} originals ({suite['real_originals']} real), "
             f"{suite['queries']} queries ({suite['negatives']} negatives), {suite['true_pairs']} true pairs, "
             f"{'quick' if suite['quick'] else 'full'}, seed {suite['seed']}"]
    for name, data in report["systems"].items():
        if not data.get("available"):
            lines.append(f"{name}: not run: {data['reason']}")
    if not names:
        return "\n".join(lines)
    width = max(14, *(len(n) + 2 for n in names))

    def row(label: str, values: list[str]) -> str:
        return f"{label:<44}" + "".join(f"{v:>{width}}" for v in values)

    lines += ["", row("", names), row("µAP (VSC22 descriptor track)", [_cell(systems[n]["micro_ap"]) for n in names]),
              row("recall at precision >= 0.99", [_cell(systems[n]["recall_at_p99"]) for n in names]),
              row("recall at default threshold", [_cell(systems[n]["recall_at_default"]) for n in names]),
              row("precision at default threshold", [_cell(systems[n]["precision_at_default"]) for n in names]),
              row("false matches on negatives (pairs)", [_cell(systems[n]["false_matches_on_negatives"]) for n in names]),
              row("negatives with any match", [f"{systems[n]['negatives_with_a_match']}/{systems[n]['negatives']}" for n in names]),
              row("matches to the wrong original", [_cell(systems[n]["wrong_original_matches"]) for n in names]),
              row("mean segment IoU (found pairs)", [_cell(systems[n]["mean_segment_iou"]) for n in names]),
              row("recall at default, at the copy's moment", [_cell(systems[n].get("recall_at_moment"))
                                                             for n in names]),
              row("found at another moment (pairs)", [_cell(len(systems[n].get("off_moment", [])))
                                                      for n in names])]
    for split in SPLITS:
        if all(split in systems[n].get("splits", {}) for n in names):
            parts = {n: systems[n]["splits"][split] for n in names}
            any_part = next(iter(parts.values()))
            lines += ["", row(f"{split} part ({any_part['true_pairs']} copies, {any_part['negatives']} negatives)", names),
                      row("  µAP", [_cell(parts[n]["micro_ap"]) for n in names]),
                      row("  recall at precision >= 0.99", [_cell(parts[n]["recall_at_p99"]) for n in names]),
                      row("  recall at default threshold", [_cell(parts[n]["recall_at_default"]) for n in names]),
                      row("  false matches on negatives (pairs)", [_cell(parts[n]["false_matches_on_negatives"]) for n in names]),
                      row("  mean segment IoU", [_cell(parts[n]["mean_segment_iou"]) for n in names])]
            lines.append(row("  recall per family", names))
            for family in sorted(any_part["recall_by_family"]):
                lines.append(row(f"    {family}", [_cell(parts[n]["recall_by_family"].get(family)) for n in names]))
    lines.append("")
    speed_keys = sorted({f for n in names for f in systems[n]["fingerprint_realtime_per_core_720p"]})
    for file in speed_keys:
        values = []
        for n in names:
            speed = systems[n]["fingerprint_realtime_per_core_720p"].get(file, {})
            values.append(" / ".join(f"{v:.1f}" for v in speed.values()) or "-")
        lines.append(row(f"x real time per core, {file}", values))
    lines.append(row("x real time per core, whole suite", [_cell(systems[n]["suite_realtime_per_core"], 1) for n in names]))
    lines += ["", row("recall at default, per transform family", names)]
    for family in suite["families"]:
        lines.append(row(f"  {family}", [_cell(systems[n]["recall_by_family"].get(family)) for n in names]))
    tags = sorted({t for n in names for t in systems[n]["recall_by_tag"]})
    lines += ["", row("recall at default, per kind of query", names)]
    for tag in tags:
        lines.append(row(f"  {tag}", [_cell(systems[n]["recall_by_tag"].get(tag)) for n in names]))
    lines.append("")
    for n in names:
        for note in systems[n]["notes"]:
            lines.append(f"{n}: {note}")
        if systems[n]["errors"]:
            lines.append(f"{n}: {len(systems[n]['errors'])} files failed, e.g. {next(iter(systems[n]['errors'].items()))}")
    for n in names:
        rate = systems[n].get("distractors")
        if rate:
            bound = " (below {:.0f} at 95 %)".format(rate["upper_95"])
            lines.append(f"{n}: {rate['uploads_matched_to_a_distractor']} of {rate['uploads']} uploads matched one of "
                         f"{rate['distractor_originals']:,} distractor originals: "
                         f"{rate['per_million_uploads_per_million_originals']:.0f} false matches per million uploads "
                         f"per million originals{bound}; best distractor score of the suite's uploads: "
                         f"max {rate['best_distractor_score_max']}, p99 {rate['best_distractor_score_p99']}")
        windows = (rate or {}).get("windows")
        if windows:
            lines.append(f"{n}: of them {windows['windows']} non-overlapping {windows['seconds']:g} s windows of "
                         f"{windows['files']} real videos ({windows['windows_with_codes']} with codes), "
                         f"{len(windows['matched'])} matched a distractor; best distractor score per window: "
                         f"max {windows['best_distractor_score_max']}, p99 {windows['best_distractor_score_p99']}; "
                         f"{windows['cpu_seconds']} s CPU")
        for wrong in systems[n].get("false_matches", [])[:10]:
            lines.append(f"{n} false match: {wrong['query']} ({wrong['family']}, {'/'.join(wrong['tags'])}) "
                         f"-> {wrong['original']} at {wrong['score']}")
    if "origin" in systems and systems["origin"].get("off_moment"):
        lines.append(f"origin found at another moment (query, original, seconds off; a segment's "
                     f"middle more than {OFF_MOMENT:g} s from where the truth lays it):")
        for query, original, off in systems["origin"]["off_moment"][:20]:
            lines.append(f"  {query} {original:<20} {off:g}")
    if "origin" in systems and systems["origin"].get("missed"):
        lines.append("origin missed (query, family, kind, best score):")
        for miss in systems["origin"]["missed"][:20]:
            lines.append(f"  {miss['query']} {miss['family']:<17} {'/'.join(miss['tags']):<18} "
                         f"{_cell(miss['best_score'])}")
    origin_speed = systems.get("origin", {}).get("fingerprint_realtime_per_core_720p")
    if origin_speed:
        lines.append("origin 720p speed is 'registering as original / scanning as upload'")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description="origin vs vPDQ vs TMK+PDQF on one query suite.")
    parser.add_argument("--quick", action="store_true", help="small suite, a few minutes on 2 cores")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--systems", default="origin,vpdq,tmk",
                        help="comma-separated subset of: " + ",".join(SYSTEMS))
    parser.add_argument("--distractor-codes", type=int, default=0, metavar="N",
                        help="first fill origin's index with N random frame codes (10000000: the "
                             "production-size index, searched approximately)")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="build origin's workspace (originals, catalogue, distractors) in DIR and "
                             "keep it; a later run with the same originals and --distractor-codes "
                             "reuses it (the 100 M build takes 10+ minutes, registering --catalogue "
                             "1000 ~30), otherwise it is rebuilt there")
    parser.add_argument("--suite", choices=("synthetic", "real", *SEALED_SUITES), default="synthetic",
                        help="synthetic: benchmarks/suite.py (generated + real); real: benchmarks/real_suite.py; "
                             "real_h2 ... real_h27: its sealed held_out_2 ... held_out_27 parts "
                             "(read once by the lead)")
    parser.add_argument("--real-distractors", action="store_true",
                        help="distractor codes from real photographs (benchmarks/real_codes.py), not random")
    parser.add_argument("--negative-windows", type=float, default=0.0, metavar="SECONDS",
                        help="with --distractor-codes: also match every non-overlapping window of this "
                             "length of the suite's videos and the real footage as its own upload, "
                             "counted against the distractors (many short negative uploads, one decode each)")
    parser.add_argument("--catalogue", type=int, default=0, metavar="N",
                        help="also register N unrelated real originals (benchmarks/catalogue.py)")
    args = parser.parse_args()
    if args.suite == "real" and args.seed == 7:
        args.seed = real_suite.DEFAULT_SEED
    if args.suite in SEALED_SUITES and args.seed == 7:
        args.seed = real_suite.SEALED_PARTS[SEALED_SUITES[args.suite]].seed
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = [s for s in systems if s not in SYSTEMS]
    if unknown:
        parser.error(f"unknown systems {unknown}; known: {', '.join(SYSTEMS)}")
    log = (lambda message: print(message, file=sys.stderr)) if args.json else print
    report = run(args.quick, args.seed, systems, log=log, distractor_codes=args.distractor_codes,
                 suite_name=args.suite, catalogue=args.catalogue, real_distractors=args.real_distractors,
                 keep=args.keep, window_seconds=args.negative_windows)
    RESULTS.mkdir(parents=True, exist_ok=True)
    subset = "" if set(systems) == set(SYSTEMS) else "-" + "-".join(systems)
    subset += f"-distractors{args.distractor_codes}" if args.distractor_codes else ""
    subset += "-real" if args.real_distractors else ""
    subset += f"-windows{args.negative_windows:g}" if args.negative_windows else ""
    subset += f"-catalogue{args.catalogue}" if args.catalogue else ""
    name = args.suite if args.suite.startswith("real") else ("quick" if args.quick else "full")
    out = RESULTS / f"matching-{name}{subset}.json"
    out.write_text(json.dumps(report, indent=1, default=str))
    if args.json:
        print(json.dumps(report, indent=1, default=str))
    else:
        print()
        print(format_report(report))
        print(f"\n(full report: {out.relative_to(ROOT)})")


if __name__ == "__main__":
    main()
