"""A real-suite part's visualiser copies with their sound kept: what each channel finds.

    python benchmarks/visualiser_sound.py --suite real_h15 --out DIR [--json]

The suite renders every visualiser without sound (``real_suite.render_visualiser``: ``-an``; every
part up to held_out_16, held_out_17 keeping the song: ``SealedPart.sound``) and its copies inherit that, so ``bench_matching.py`` reads a visualiser's copies by their pictures
alone. A music visualiser is a picture drawn from its sound, and a re-upload keeps the sound far
more often than the pixels (a near-silent waveform's thin line, held_out_15's `viz_waves`, keeps
nothing a pHash or ORB feature survives: docs/matching.md, *Visualisers at stop 40*). This puts
the sound back, from the recording and stretch each registered visualiser was drawn from:

- each registered visualiser original with its recording's stretch (``DIR/originals``);
- each of the part's copies of one (one visualiser copied over a single stretch, at a speed
  of 0.5-2) with the original's sound over the copied stretch, placed where the copy shows it
  and played at the copy's speed (``DIR/queries``); copies of other originals are left out;
- two negatives per unregistered visualiser of the part (the same tool and options on another
  recording, ``other/NAME.mp4``): with its own recording's sound (nothing of the original), and
  with a registered visualiser's sound under its picture (the song used again under another
  picture: a sound match, never a picture match) (``DIR/negatives``).

All the part's originals are registered in a fresh workspace (``DIR/ws``; visualisers with their
sound) and every made file scanned (``min_score`` 0); printed per copy: the best picture and
sound score and decision, found at the default threshold by either channel, and whether the
found segment lies at the copy's moment (within 1 s); per negative, any match at the default.
Made files are kept in ``DIR`` and reused; the workspace is rebuilt each run. The part's own
queries and workspace are never written (a shared suite is read only).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT / "src", ROOT):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from benchmarks import real_suite  # noqa: E402

MOMENT = 1.0            # s: a found segment this near the truth's line is at the copy's moment
MIN_SPEED, MAX_SPEED = 0.5, 2.0     # FFmpeg's atempo range, one filter


@dataclass(frozen=True)
class Sound:
    """Where an upload's sound comes from: ``seconds`` of ``recording`` from ``start``, played
    at ``speed`` and placed ``delay`` seconds into the upload."""

    recording: Path
    start: float
    seconds: float
    speed: float = 1.0
    delay: float = 0.0


def part_of(suite: str) -> tuple[Path, Path, tuple, tuple]:
    """(suite folder, footage folder, registered pieces, unregistered pieces) of ``--suite``."""
    if suite == "real":
        return real_suite.DEFAULT_OUT, real_suite.FOOTAGE, real_suite.VISUALISER_PIECES, ()
    number = suite.removeprefix("real_h")
    tag = f"held_out_{number}"
    if not number.isdigit() or tag not in real_suite.SEALED_PARTS:
        raise SystemExit(f"error: --suite {suite}: no such part (real, real_h2 ... real_h15)")
    part = real_suite.SEALED_PARTS[tag]
    return part.out, part.footage, part.pieces, part.others


def copy_sound(piece, copy: list[float], footage: Path) -> Sound | None:
    """The sound a copy of visualiser ``piece`` carries: the recording's stretch the copy's
    segment ``copy`` (upload start, end, original start, end) shows, at the copy's speed,
    placed where the copy shows it; None at a speed atempo cannot play in one filter."""
    upload_start, upload_end, original_start, original_end = copy
    if upload_end <= upload_start or original_end <= original_start:
        return None
    speed = (original_end - original_start) / (upload_end - upload_start)
    if not MIN_SPEED <= speed <= MAX_SPEED:
        return None
    music = piece.source.split("|", 1)[0]
    return Sound(footage / music, piece.start + original_start, original_end - original_start,
                 round(speed, 4), upload_start)


def mux(video: Path, sound: Sound, out: Path) -> Path:
    """``video``'s pictures as they are (no re-encoding) with ``sound`` as its sound track."""
    if out.exists():
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    chain = []
    if abs(sound.speed - 1.0) > 1e-3:
        chain.append(f"atempo={sound.speed}")
    if sound.delay > 0.005:
        chain.append(f"adelay={round(sound.delay * 1000)}:all=1")
    command = ["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", str(video),
               "-ss", f"{sound.start:.4f}", "-t", f"{sound.seconds:.4f}", "-i", str(sound.recording),
               "-map", "0:v", "-map", "1:a", "-c:v", "copy", "-c:a", "aac", "-b:a", "128k"]
    if chain:
        command += ["-af", ",".join(chain)]
    result = subprocess.run([*command, str(out.with_suffix(".part.mp4"))], capture_output=True,
                            text=True)
    if result.returncode != 0:
        raise RuntimeError(f"ffmpeg for {out.name}: {result.stderr.strip()[-300:]}")
    out.with_suffix(".part.mp4").rename(out)
    return out


def plan(suite: str, out: Path) -> tuple[dict[str, Path], list[dict], list[dict]]:
    """Make the files (kept in ``out`` and reused): the originals to register (every original of
    the part, a visualiser's with its sound), the copies and the negatives."""
    folder, footage, pieces, others = part_of(suite)
    manifest = json.loads((folder / "manifest.json").read_text())
    visualisers = {piece.name: piece for piece in pieces if piece.kind == "visualiser"}
    originals = {}
    for original in manifest["originals"]:
        path = folder / original["path"]
        piece = visualisers.get(original["id"])
        if piece is not None:
            path = mux(path, Sound(footage / piece.source.split("|", 1)[0], piece.start,
                                   piece.end - piece.start), out / "originals" / f"{piece.name}.mp4")
        originals[original["id"]] = path
    copies = []
    for query in manifest["queries"]:
        shown = [(name, spans) for name, spans in query["copies"].items() if name in visualisers]
        if len(query["copies"]) != 1 or not shown or len(shown[0][1]) != 1:
            continue
        name, (copy,) = shown[0]
        sound = copy_sound(visualisers[name], copy, footage)
        if sound is None:
            continue
        copies.append({"id": query["id"], "family": query["family"], "original": name,
                       "copy": copy, "path": mux(folder / query["path"], sound,
                                                 out / "queries" / f"{query['id']}.mp4")})
    negatives = []
    registered = sorted(visualisers.values(), key=lambda piece: piece.name)
    for number, piece in enumerate(piece for piece in others if piece.kind == "visualiser"):
        video = folder / "other" / f"{piece.name}.mp4"
        if not video.exists():
            continue
        own = Sound(footage / piece.source.split("|", 1)[0], piece.start, piece.end - piece.start)
        negatives.append({"id": f"{piece.name}+own_sound", "sound_of": None,
                          "path": mux(video, own, out / "negatives" / f"{piece.name}+own_sound.mp4")})
        if registered:
            song = registered[number % len(registered)]
            sound = Sound(footage / song.source.split("|", 1)[0], song.start,
                          min(piece.end - piece.start, song.end - song.start))
            negatives.append({"id": f"{piece.name}+sound_of_{song.name}", "sound_of": song.name,
                              "path": mux(video, sound,
                                          out / "negatives" / f"{piece.name}+sound_of_{song.name}.mp4")})
    return originals, copies, negatives


def at_moment(segments: list[dict], copy: list[float]) -> bool:
    """Whether a found segment overlaps the copy's stretch within ``MOMENT`` of its line."""
    upload_start, upload_end, original_start, original_end = copy
    speed = (original_end - original_start) / max(upload_end - upload_start, 1e-9)
    for segment in segments:
        if segment["upload_end"] < upload_start or segment["upload_start"] > upload_end:
            continue
        middle = (segment["upload_start"] + segment["upload_end"]) / 2
        truth = original_start + (middle - upload_start) * speed
        found = (segment["original_start"] + segment["original_end"]) / 2
        if abs(found - truth) <= MOMENT:
            return True
    return False


def origin(workspace: Path, *args: str) -> list[dict]:
    """Run the ``origin`` command line of this tree with ``--json``; its records."""
    command = [sys.executable, "-c", "import sys; from origin.cli import main; sys.exit(main())",
               "-w", str(workspace), *args, "--json"]
    result = subprocess.run(command, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": os.pathsep.join(
                                [str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])})
    if result.returncode == 2:
        raise RuntimeError(f"origin {args[0]}: {result.stderr.strip()[-300:]}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--suite", required=True, help="real, real_h2 ... real_h15 (spent parts)")
    parser.add_argument("--out", type=Path, required=True, help="folder for the made files and the workspace")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args()

    from origin.records import DEFAULT_MIN_SCORE

    originals, copies, negatives = plan(args.suite, args.out)
    workspace = args.out / "ws"
    shutil.rmtree(workspace, ignore_errors=True)
    names = {str(path): name for name, path in originals.items()}
    keys = {}
    for added in origin(workspace, "originals", "add", *map(str, originals.values())):
        if added.get("id"):
            keys[added["id"]] = names.get(added.get("path"), added.get("path"))
    items = [*copies, *negatives]
    scanned = origin(workspace, "scan", *[str(item["path"]) for item in items], "--min-score", "0")
    rows = []
    for item, result in zip(items, scanned):
        row = {"id": item["id"], "error": result.get("error"), "channels": {}}
        for match in result.get("matches", []):
            name = keys.get(match["original"], match["original"])
            best = row["channels"].get(match["channel"])
            if best is not None and best["score"] >= match["score"]:
                continue
            row["channels"][match["channel"]] = {
                "original": name, "score": round(float(match["score"]), 3),
                "decision": match.get("decision"), "segments": match["segments"],
                "right": name == item.get("original"),
                "at_moment": "copy" in item and name == item["original"]
                             and at_moment(match["segments"], item["copy"])}
        if "copy" in item:
            row.update(family=item["family"], original=item["original"])
        else:
            row["sound_of"] = item["sound_of"]
        rows.append(row)
    report = summary(rows, DEFAULT_MIN_SCORE, args.suite)
    if args.json:
        print(json.dumps({"suite": args.suite, "summary": report, "rows": rows}, indent=1))
    else:
        print_report(rows, report, DEFAULT_MIN_SCORE)
    return 0


def found(row: dict, channel: str, threshold: float) -> bool:
    match = row["channels"].get(channel)
    return match is not None and match["right"] and match["score"] >= threshold


def found_song(row: dict, threshold: float) -> bool:
    match = row["channels"].get("audio")
    return match is not None and match["original"] == row["sound_of"] and match["score"] >= threshold


def summary(rows: list[dict], threshold: float, suite: str) -> dict:
    copies = [row for row in rows if "family" in row]
    negatives = [row for row in rows if "family" not in row]
    either = [row for row in copies if found(row, "video", threshold) or found(row, "audio", threshold)]
    return {
        "suite": suite, "copies": len(copies),
        "found_by_pictures": sum(found(row, "video", threshold) for row in copies),
        "found_by_sound": sum(found(row, "audio", threshold) for row in copies),
        "found_by_either": len(either),
        "found_by_sound_only": sum(found(row, "audio", threshold) and not found(row, "video", threshold)
                                   for row in copies),
        "at_moment_either": sum(any(match["at_moment"] and match["score"] >= threshold
                                    for match in row["channels"].values()) for row in copies),
        "wrong_original": sum(any(not match["right"] and match["score"] >= threshold
                                  for match in row["channels"].values()) for row in copies),
        "negatives": len(negatives),
        # false: a picture match on any negative, a sound match on one with its own sound
        "negatives_false": sum(
            any(match["score"] >= threshold and (channel == "video" or not row["sound_of"])
                for channel, match in row["channels"].items()) for row in negatives),
        # expected: the registered song under another picture, found by its sound
        "song_under_other_picture_found_by_sound": sum(
            bool(row["sound_of"]) and found_song(row, threshold) for row in negatives),
        "sound_only_decisions": sorted(
            row["channels"]["audio"]["decision"] or "none" for row in copies
            if found(row, "audio", threshold) and not found(row, "video", threshold)),
    }


def print_report(rows: list[dict], report: dict, threshold: float) -> None:
    for row in rows:
        parts = []
        for channel in ("video", "audio"):
            match = row["channels"].get(channel)
            parts.append(f"{channel} -" if match is None else
                         f"{channel} {match['original']} {match['score']:.3f} {match['decision'] or 'none'}"
                         f"{' at its moment' if match['at_moment'] else ''}")
        what = (f"{row['family']} of {row['original']}" if "family" in row
                else f"negative (sound of {row['sound_of']})" if row["sound_of"] else "negative")
        print(f"{row['id']:<36} {what:<38} {'; '.join(parts)}{'  ERROR ' + row['error'] if row['error'] else ''}")
    print(json.dumps(report, indent=1))
    print(f"default threshold {threshold:g}")


if __name__ == "__main__":
    sys.exit(main())
