"""Registering against vPDQ, start-up included (issue 15): CPU of one ``origin originals add``
command against vPDQ hashing the same videos in one Python process.

    python benchmarks/bench_register.py [--runs 2] [--resolutions] [--intra] [--stages]
        [--before SRC] [--work DIR] [VIDEO ...]

Default videos: the four real clips of ``benchmarks/data/footage`` the README names
(``Megamind.avi``, ``box.mp4``, ``tree.avi``, ``vtest.avi``; 135 s). Each run is a fresh
workspace and a fresh process, origin and vPDQ in turn (user + sys CPU of the child, as
``/usr/bin/time -f %U+%S`` reads it), all videos in one command and then each alone. Also
measured apart, in a child process each: start-up (``originals add`` of a missing file: imports
and opening a new workspace; for vPDQ, Python importing ``vpdq``), so each side's cost past
start-up can be read off, and the sound channel (``fingerprint_audio`` of each video with
sound: vPDQ hashes no sound). With ``--resolutions``, one clip (``vtest.avi``, 768x576, 80 s,
unless ``--source``) is transcoded with FFmpeg to H.264 at 360, 480, 720 and 1080 lines
(into ``--work DIR``, kept there and reused by the next run given it; by default a temporary
folder removed at the end: they went into ``benchmarks/data/register/``, which is the shared
data folder on a machine where ``benchmarks/data`` links to it, and two runs at once wrote the
same files) and each size is registered alone, against vPDQ on the
same file; with ``--intra``, the same clip as MJPEG and as ProRes 422 (intra-only codecs, every
frame a keyframe: camera files and masters) at 480 and 720 lines. ``--before SRC`` also runs
the origin of another source tree (``SRC/src``, e.g. a worktree of an older commit) in turn.
``--stages`` splits origin's CPU per clip into its stages (content hash, decoding, sampling and
scaling, ORB keypoints, frame codes, sound), each timed alone in one process after the imports,
beside vPDQ's CPU and hash count for the same clip.

Every origin source tree timed is byte-compiled first (``compileall``): an installed package
has its ``.pyc`` files, while a process started with ``PYTHONDONTWRITEBYTECODE=1`` (as on the
project's shared machine) would otherwise compile origin's ~60 modules from source in every run,
~0.05 s of start-up that vPDQ's compiled extension never pays.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOOTAGE = ROOT / "benchmarks" / "data" / "footage"
CLIPS = ("Megamind.avi", "box.mp4", "tree.avi", "vtest.avi")
SIZES = (360, 480, 720, 1080)
VPDQ = ("import sys, vpdq\n"
        "for path in sys.argv[1:]:\n"
        "    vpdq.computeHash(path, seconds_per_hash=1.0, thread_count=1)\n")
STAGES = """
import json, sys, time
import av
from origin.audio.fingerprint import fingerprint_audio, stored_landmarks
from origin.jobs.inputs import content_hash
from origin.media.audio import tracks
from origin.media.video import FrameStream
from origin.video.fingerprint import ORIGINAL_SAMPLE_FPS, fingerprint_original
from origin.video.keypoints import KEYFRAME_FPS, KEYFRAME_LONG_SIDE, ORIGINAL_FEATURES, extract
import vpdq

def cpu(work):
    start = time.process_time()
    out = work()
    return time.process_time() - start, out

def stream(path):
    return FrameStream(path, ORIGINAL_SAMPLE_FPS, keyframe_fps=KEYFRAME_FPS,
                       keyframe_long_side=KEYFRAME_LONG_SIDE)

def decode_only(path, sampled):
    settings = stream(path)          # the decoder settings registering uses, no frame kept
    with av.open(path, metadata_errors="ignore") as container:
        video = container.streams.video[0]
        if settings.intra_only:      # demuxed, and only the packets the sample kept decoded
            packets = [packet for packet in container.demux(video) if packet.size]
            times = [float(packet.pts * packet.time_base) for packet in packets]
            kept = {round(time, 6) for time in sampled.times + times[0]}
            return sum(len(video.codec_context.decode(packet))
                       for packet, time in zip(packets, times) if round(time, 6) in kept)
        video.codec_context.skip_frame = settings.skip_frame
        video.codec_context.options = settings._decoder_options()
        return sum(1 for _ in container.decode(video))

def sampled(path):
    frames = stream(path)
    for _ in frames.windows(40):
        pass
    return frames

def sound(path):
    if not tracks(path).audio:
        return None
    return stored_landmarks(fingerprint_audio(path, True))

for path in sys.argv[1:]:
    hashing, _ = cpu(lambda: content_hash(path))
    sampling, frames = cpu(lambda: sampled(path))
    decoding, decoded = cpu(lambda: decode_only(path, frames))
    orb, _ = cpu(lambda: extract(frames.keyframes, ORIGINAL_FEATURES))
    video, _ = cpu(lambda: fingerprint_original(stream(path)))
    audio, _ = cpu(lambda: sound(path))
    theirs, hashes = cpu(lambda: vpdq.computeHash(path, seconds_per_hash=1.0, thread_count=1))
    print(json.dumps({"video": path, "frames_decoded": decoded, "frames_sampled": len(frames.times),
                      "keyframes": len(frames.keyframes), "content_hash": hashing,
                      "decode": decoding, "sample_and_scale": sampling - decoding, "orb": orb,
                      "frame_codes": video - sampling - orb, "sound": audio,
                      "origin_fingerprint": hashing + video + audio,
                      "vpdq": theirs, "vpdq_hashes": len(hashes)}))
"""
SOUND = ("import sys, time\n"
         "from origin.audio.fingerprint import fingerprint_audio\n"
         "from origin.media.audio import has_audio\n"
         "for path in sys.argv[1:]:\n"
         "    if has_audio(path):\n"
         "        start = time.process_time()\n"
         "        fingerprint_audio(path, True)\n"
         "        print(path, time.process_time() - start)\n")


def child_cpu(argv: list[str], env: dict | None = None) -> tuple[float, str]:
    """User + sys CPU seconds of one child process (and its children), and its output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(argv, capture_output=True, text=True, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1, 2):
        raise RuntimeError(f"{argv[:4]} failed: {done.stderr[-500:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), done.stdout


def origin_command(source: str | None) -> list[str]:
    """The installed ``origin``, or the one of another source tree."""
    if source is None:
        return [shutil.which("origin") or "origin"]
    return [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(Path(source) / 'src')!r}); "
            f"from origin.cli import main; main(prog_name='origin')"]


def origin_add(videos: list[str], source: str | None = None) -> float:
    with tempfile.TemporaryDirectory() as folder:
        cpu, _ = child_cpu([*origin_command(source), "-w", folder, "originals", "add", "--json",
                            *videos])
    return cpu


def vpdq(videos: list[str]) -> float:
    return child_cpu([sys.executable, "-c", VPDQ, *videos])[0]


def start_up(source: str | None = None) -> float:
    return origin_add([str(Path(tempfile.gettempdir()) / "origin-bench-no-such-file.mp4")], source)


def vpdq_start_up() -> float:
    """vPDQ's side of start-up: the same Python process hashing no video."""
    return child_cpu([sys.executable, "-c", "import sys, vpdq"])[0]


def sound(videos: list[str]) -> dict[str, float]:
    """CPU of the sound channel of each video that has sound (imports excluded)."""
    _, out = child_cpu([sys.executable, "-c", SOUND, *videos])
    return {Path(line.rsplit(" ", 1)[0]).name: round(float(line.rsplit(" ", 1)[1]), 3)
            for line in out.splitlines() if line.strip()}


def stages(videos: list[str], runs: int) -> dict[str, dict]:
    """Per clip, the median over ``runs`` child processes of each stage's CPU (``STAGES``)."""
    found: dict[str, list[dict]] = {}
    for _ in range(runs):
        for line in child_cpu([sys.executable, "-c", STAGES, *videos])[1].splitlines():
            row = json.loads(line)
            found.setdefault(Path(row.pop("video")).name, []).append(row)
    return {name: {key: round(statistics.median(row[key] for row in rows), 3)
                   if rows[0][key] is not None else None for key in rows[0]}
            for name, rows in found.items()}


def byte_compiled(source: str | None) -> None:
    """Compile origin's modules once, as an installed package has them (module docstring)."""
    import importlib.util
    folder = (Path(source) / "src" / "origin" if source
              else Path(importlib.util.find_spec("origin").origin).parent)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(folder)], check=True)


INTRA = {"mjpeg": ("avi", ["-c:v", "mjpeg", "-q:v", "3"]),       # intra-only codecs (``--intra``)
         "prores": ("mov", ["-c:v", "prores_ks", "-profile:v", "2"])}


def transcoded(source: Path, lines: int, folder: Path, codec: str = "h264") -> Path:
    """``source`` ``lines`` high as H.264 (x264 defaults, crf 23) or an ``INTRA`` codec (MJPEG
    at quality 3, ProRes 422), made once."""
    suffix, options = INTRA.get(codec, ("mp4", ["-c:v", "libx264", "-crf", "23"]))
    target = folder / (f"{source.stem}-{lines}p.{suffix}" if codec == "h264"
                       else f"{source.stem}-{lines}p-{codec}.{suffix}")
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".partial-{os.getpid()}-{target.name}")
        try:        # renamed when whole: a run killed mid-transcode left a cut file to reuse
            subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", str(source), "-vf",
                            f"scale=-2:{lines}", *options, "-an", str(partial)], check=True)
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
    return target


def compare(videos: list[str], runs: int, before: str | None = None) -> dict:
    """origin (and origin ``before``) and vPDQ in turn, ``runs`` times each; every figure and
    the medians."""
    ours, older, theirs = [], [], []
    for _ in range(runs):
        if before:
            older.append(round(origin_add(videos, before), 2))
        ours.append(round(origin_add(videos), 2))
        theirs.append(round(vpdq(videos), 2))
    report = {"origin": ours, "vpdq": theirs, "origin_median": statistics.median(ours),
              "vpdq_median": statistics.median(theirs),
              "vpdq_over_origin": round(statistics.median(theirs) / statistics.median(ours), 2)}
    if before:
        report |= {"origin_before": older, "origin_before_median": statistics.median(older)}
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("videos", nargs="*")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--resolutions", action="store_true")
    parser.add_argument("--source", default=str(FOOTAGE / "vtest.avi"))
    parser.add_argument("--before", metavar="SRC", help="also run the origin of this source tree")
    parser.add_argument("--stages", action="store_true", help="split origin's CPU per clip")
    parser.add_argument("--intra", action="store_true",
                        help="also the source as MJPEG and ProRes (intra-only), 480 and 720 lines")
    parser.add_argument("--work", metavar="DIR", type=Path,
                        help="folder of the run's own for the transcodes, kept and reused "
                             "(default: a temporary one, removed at the end)")
    args = parser.parse_args()
    if args.work is not None and args.work.absolute().is_relative_to(ROOT / "benchmarks" / "data"):
        sys.exit(f"--work {args.work}: inside the shared data folder benchmarks/data; give the "
                 f"run a folder of its own")
    videos = args.videos or [str(FOOTAGE / name) for name in CLIPS]
    missing = [video for video in videos if not Path(video).is_file()]
    if missing:
        sys.exit(f"missing: {', '.join(missing)} (python scripts/fetch_footage.py, or name videos)")
    byte_compiled(None)
    if args.before:
        byte_compiled(args.before)
    report = {"videos": [Path(video).name for video in videos],
              "load_before": os.getloadavg()[0],
              "start_up": [], "start_up_before": [], "vpdq_start_up": []}
    for _ in range(args.runs):                        # in turn, as every comparison here
        if args.before:
            report["start_up_before"].append(round(start_up(args.before), 2))
        report["start_up"].append(round(start_up(), 2))
        report["vpdq_start_up"].append(round(vpdq_start_up(), 2))
    report |= {"sound": sound(videos), "all": compare(videos, args.runs, args.before)}
    if len(videos) > 1:                               # each alone too: one command per clip
        report["per_clip"] = {Path(video).name: compare([video], args.runs, args.before)
                              for video in videos}
    if args.stages:
        report["stages"] = stages(videos, args.runs)
    with tempfile.TemporaryDirectory(prefix="bench-register-") as temporary:
        transcodes(args, Path(args.work or temporary), report)
    report["load_after"] = os.getloadavg()[0]
    print(json.dumps(report, indent=1))


def transcodes(args, folder: Path, report: dict) -> None:
    """``--resolutions`` and ``--intra``: the source transcoded into ``folder`` and each size
    compared alone."""
    if args.resolutions:
        report["resolutions"] = {
            f"{lines}p": compare([str(transcoded(Path(args.source), lines, folder))], args.runs,
                                 args.before)
            for lines in SIZES}
    if args.intra:
        report["intra"] = {
            f"{codec} {lines}p": compare([str(transcoded(Path(args.source), lines, folder, codec))],
                                         args.runs, args.before)
            for codec in INTRA for lines in (480, 720)}


if __name__ == "__main__":
    main()
