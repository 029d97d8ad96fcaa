"""Register every music folder's tracks the way bench_audio does, without any query: how many
register (a rights holder's file that ``originals add`` refuses is a miss no matcher can make up)
and what fingerprinting originals costs, × real time per core, per folder and overall.

    python benchmarks/bench_audio_register.py [FOLDER ...]

Folders are benchmarks/data's music folders (default: all that scripts/fetch_music.py fetches).
No matcher runs: a held-out part's tracks are fingerprinted like any original, its queries are
never read. Writes results/audio-register.json.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT / "src", ROOT):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from benchmarks.audio_suite import DATA  # noqa: E402
from benchmarks.bench_audio import RESULTS, register  # noqa: E402
from origin.index.audio import AudioStore  # noqa: E402

FOLDERS = ("music", "music-held-out-2", "music-held-out-3", "music-held-out-4",
           "music-held-out-4-unregistered", "music-held-out-5", "music-held-out-5-unregistered")


def run(folders: list[str]) -> dict:
    """Per folder: files, registered, hours, × real time per core; then the same overall."""
    report: dict = {}
    cpu = seconds = 0.0
    for folder in folders:
        tracks = sorted((DATA / folder).iterdir())
        with tempfile.TemporaryDirectory(prefix="origin-register-", dir=DATA) as temp:
            infos, used, heard, _peaks = register(tracks, AudioStore(Path(temp)))
        cpu, seconds = cpu + used, seconds + heard
        report[folder] = {"files": len(tracks), "registered": len(infos),
                          "not_registered": sorted({track.name for track in tracks}
                                                   - {info.id for info in infos.values()}),
                          "hours": heard / 3600, "x_realtime_per_core": heard / max(used, 1e-9)}
        print(folder, json.dumps(report[folder]), flush=True)
    report["all"] = {"files": sum(row["files"] for row in report.values()),
                     "registered": sum(row["registered"] for row in report.values()),
                     "hours": seconds / 3600, "x_realtime_per_core": seconds / max(cpu, 1e-9),
                     "cpu_s_per_minute_of_audio": 60 * cpu / max(seconds, 1e-9)}
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", default=list(FOLDERS))
    args = parser.parse_args()
    missing = [folder for folder in args.folders if not (DATA / folder).is_dir()]
    if missing:
        raise SystemExit(f"no folder {DATA / missing[0]}: run python scripts/fetch_music.py")
    report = run(args.folders)
    print("all", json.dumps(report["all"]))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "audio-register.json").write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
