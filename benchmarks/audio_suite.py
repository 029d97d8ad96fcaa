"""Build the background-music query suite from real tracks: excerpts transformed the ways uploads
transform music, negatives that copy nothing, and the ground truth.

    python benchmarks/audio_suite.py [--seed 7] [--rebuild]

Tracks come from scripts/fetch_music.py (Debian packages). Every 8th track is never registered
(its excerpts are the "unrelated music" negatives); of the registered ones, a third (by a stable
hash of the name) is held out: its queries are reported separately and were not looked at while
tuning. Transforms use SoX (tempo: WSOLA; pitch; speed: resampling; filters), AAC through PyAV's
encoder, voice-over from espeak-ng. Deterministic by seed; a JSON manifest is reused next run.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT / "src", ROOT):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from benchmarks.metrics import QueryTruth  # noqa: E402

SUITE_VERSION = 1
RATE = 22050
DATA = ROOT / "benchmarks" / "data"
DEFAULT_OUT = DATA / "audio_suite"
FAMILIES = ("excerpt", "voiceover", "noise", "aac48", "phone", "volume", "tempo105", "tempo110",
            "spedup", "pitch")
SENTENCES = (
    "Welcome back to my channel, today we are trying the new recipe everyone keeps talking about.",
    "Look at this view, we climbed for three hours and it was absolutely worth it.",
    "Do not forget to like and subscribe, and tell me in the comments what you think.",
    "First you take the flour, then you add two eggs and a little bit of milk.",
    "This is the best street food in the whole city, and it only costs five dollars.",
    "My cat does this every single morning, she waits by the door until I wake up.",
    "Here is a quick tip for your garden: water the plants before the sun comes up.",
    "We just landed and the airport is huge, let me show you around the terminal.",
)
VOICES = ("en", "en-us", "en-gb-scotland", "fr", "de", "es", "it", "pt")


@dataclass(frozen=True)
class Query:
    file: str
    family: str               # a transform family, or "neg-<kind>"
    track: str | None         # the registered track it copies, or None
    held_out: bool
    upload_start: float = 0.0
    upload_end: float = 0.0
    original_start: float = 0.0
    original_end: float = 0.0
    detail: str = ""

    def truth(self) -> QueryTruth:
        copies = {} if self.track is None else {self.track: (
            (self.upload_start, self.upload_end, self.original_start, self.original_end),)}
        return QueryTruth(self.file, self.family, copies)


def tracks() -> tuple[list[Path], list[Path]]:
    """(registered, never registered) music files."""
    music = sorted((DATA / "music").iterdir())
    if not music:
        raise SystemExit("no music: run python scripts/fetch_music.py")
    return ([path for number, path in enumerate(music) if number % 8 != 3],
            [path for number, path in enumerate(music) if number % 8 == 3])


def held_out(track: Path) -> bool:
    return int(hashlib.sha256(track.name.encode()).hexdigest(), 16) % 3 == 0


def duration_of(path: Path) -> float:
    return float(subprocess.run(["soxi", "-D", str(path)], capture_output=True, text=True,
                                check=True).stdout)


def sox_read(path: Path, effects: list[str]) -> np.ndarray:
    """Samples of ``path`` (mono, RATE) after SoX ``effects``."""
    out = subprocess.run(["sox", "-V1", str(path), "-t", "raw", "-e", "floating-point", "-b", "32",
                          "-r", str(RATE), "-c", "1", "-", *effects],
                         capture_output=True, check=True).stdout
    return np.frombuffer(out, np.float32).copy()


def speech(rng: np.random.Generator, seconds: float, workdir: Path) -> np.ndarray:
    """``seconds`` of espeak-ng speech (random voice, speed and sentences)."""
    pieces, total = [], 0
    while total < seconds * RATE:
        wav = workdir / "speech.wav"
        subprocess.run(["espeak-ng", "-v", str(rng.choice(VOICES)), "-s", str(int(rng.integers(140, 190))),
                        "-p", str(int(rng.integers(30, 70))), "-w", str(wav),
                        str(rng.choice(SENTENCES))], check=True, capture_output=True)
        piece = sox_read(wav, [])
        pieces += [piece, np.zeros(int(rng.uniform(0.1, 0.5) * RATE), np.float32)]
        total += len(piece) + len(pieces[-1])
    return np.concatenate(pieces)[:int(seconds * RATE)]


def noise(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """Pink-ish noise (white noise through a 1/f slope), unit RMS."""
    white = rng.standard_normal(int(seconds * RATE))
    spectrum = np.fft.rfft(white)
    spectrum /= np.sqrt(np.maximum(np.arange(len(spectrum)), 1))
    pink = np.fft.irfft(spectrum, len(white))
    return (pink / np.sqrt(np.mean(pink ** 2))).astype(np.float32)


def applause(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """Many hands clapping: short decaying noise bursts at random, band-limited like claps."""
    out = np.zeros(int(seconds * RATE), np.float32)
    clap = int(0.03 * RATE)
    envelope = np.exp(-np.arange(clap) / (0.006 * RATE)).astype(np.float32)
    for start in rng.integers(0, len(out) - clap, int(seconds * rng.uniform(20, 60))):
        burst = rng.standard_normal(clap).astype(np.float32) * envelope * rng.uniform(0.2, 1.0)
        out[start:start + clap] += np.convolve(burst, [1, -0.5], "same").astype(np.float32)
    return out / max(1e-6, float(np.sqrt(np.mean(out ** 2)))) * 0.1


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(samples.astype(np.float64) ** 2)) + 1e-9)


def write_wav(path: Path, samples: np.ndarray) -> None:
    peak = float(np.max(np.abs(samples))) if len(samples) else 0.0
    if peak > 0.99:
        samples = samples * (0.99 / peak)
    pcm = np.clip(samples * 32767, -32768, 32767).astype("<i2")
    import wave
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(pcm.tobytes())


def write_aac(path: Path, samples: np.ndarray, bitrate: int = 48_000) -> None:
    import av
    with av.open(str(path), "w") as container:
        stream = container.add_stream("aac", rate=RATE, layout="mono")
        stream.bit_rate = bitrate
        for start in range(0, len(samples), 1024):
            chunk = samples[start:start + 1024].reshape(1, -1).astype(np.float32)
            frame = av.AudioFrame.from_ndarray(chunk, format="flt", layout="mono")
            frame.sample_rate = RATE
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)


def _context(rng: np.random.Generator, seconds: float, others: list[Path], workdir: Path) -> np.ndarray:
    """Other sound around an excerpt: speech, noise, or a bit of unrelated music."""
    if seconds <= 0:
        return np.zeros(0, np.float32)
    kind = rng.integers(3)
    if kind == 0:
        return speech(rng, seconds, workdir) * 0.3
    if kind == 1:
        return noise(rng, seconds) * 0.03
    other = others[int(rng.integers(len(others)))]
    start = rng.uniform(0, max(0.0, duration_of(other) - seconds - 1))
    return sox_read(other, ["trim", f"{start:.3f}", f"{seconds:.3f}"])


def _positive(rng, family: str, track: Path, others: list[Path], workdir: Path, out: Path) -> Query:
    length = rng.uniform(3, 15) if family == "excerpt" else 10.0
    start = float(rng.uniform(0, max(0.0, duration_of(track) - length - 0.5)))
    effects, factor, detail = [], 1.0, ""
    if family == "phone":
        effects = ["highpass", "300", "lowpass", "3000"]
    elif family == "volume":
        effects = ["vol", "-15dB"]
    elif family in ("tempo105", "tempo110"):
        factor = 1.05 if family == "tempo105" else 1.10
        effects = ["tempo", "-m", str(factor)]
    elif family == "spedup":
        factor = float(np.round(rng.uniform(1.06, 1.25), 3))
        effects, detail = ["speed", str(factor)], f"x{factor}"
    elif family == "pitch":
        cents = int(rng.choice([-200, 200]))
        effects, detail = ["pitch", str(cents)], f"{cents:+d} cents"
    music = sox_read(track, ["trim", f"{start:.3f}", f"{length:.3f}", *effects])
    if family == "voiceover":
        words = speech(rng, len(music) / RATE, workdir)
        below = rng.uniform(5, 10)
        music = music / rms(music) * rms(words) * 10 ** (-below / 20)
        music = music + words
        detail = f"music {below:.1f} dB below speech"
    elif family == "noise":
        snr = rng.uniform(0, 5)
        music = music + noise(rng, len(music) / RATE) * rms(music) * 10 ** (-snr / 20)
        detail = f"SNR {snr:.1f} dB"
    before = rng.uniform(1, 6)
    after = rng.uniform(1, 6)
    level = rms(music)
    pre = _context(rng, before, others, workdir)
    post = _context(rng, after, others, workdir)
    pre, post = (part / rms(part) * level * 0.7 for part in (pre, post))
    upload = np.concatenate([pre, music, post])
    upload_start = len(pre) / RATE
    upload_end = upload_start + len(music) / RATE
    if family == "aac48":
        path = out / f"{family}-{track.stem}.m4a"
        write_aac(path, upload)
    else:
        path = out / f"{family}-{track.stem}.wav"
        write_wav(path, upload)
    return Query(path.name, family, track.name, held_out(track), upload_start, upload_end,
                 start, start + length, detail)


def _negatives(rng, unrelated: list[Path], workdir: Path, out: Path) -> list[Query]:
    queries = []
    sounds = sorted((DATA / "sounds").iterdir())
    for number, track in enumerate(unrelated):
        for part in range(2):
            length = rng.uniform(10, 25)
            start = rng.uniform(0, max(0.0, duration_of(track) - length))
            path = out / f"neg-music-{number}-{part}.wav"
            write_wav(path, sox_read(track, ["trim", f"{start:.3f}", f"{length:.3f}"]))
            queries.append(Query(path.name, "neg-music", None, (number + part) % 2 == 1))
    for number in range(24):
        path = out / f"neg-speech-{number}.wav"
        write_wav(path, speech(rng, rng.uniform(8, 20), workdir))
        queries.append(Query(path.name, "neg-speech", None, number % 2 == 1))
    for number in range(8):
        path = out / f"neg-silence-{number}.wav"
        write_wav(path, rng.standard_normal(int(10 * RATE)).astype(np.float32) * (1e-4 * number))
        queries.append(Query(path.name, "neg-silence", None, number % 2 == 1))
    for number in range(24):
        pieces, total = [], 0.0
        while total < 8:
            sound = sox_read(sounds[int(rng.integers(len(sounds)))], [])
            pieces += [sound, np.zeros(int(rng.uniform(0.1, 1.0) * RATE), np.float32)]
            total += sum(len(piece) for piece in pieces[-2:]) / RATE
        path = out / f"neg-sounds-{number}.wav"
        write_wav(path, np.concatenate(pieces) * 0.5)
        queries.append(Query(path.name, "neg-sounds", None, number % 2 == 1))
    for number in range(8):
        path = out / f"neg-applause-{number}.wav"
        write_wav(path, applause(rng, rng.uniform(6, 15)))
        queries.append(Query(path.name, "neg-applause", None, number % 2 == 1))
    return queries


def build(seed: int = 7, out: Path = DEFAULT_OUT, rebuild: bool = False) -> list[Query]:
    manifest = out / "manifest.json"
    if manifest.exists() and not rebuild:
        data = json.loads(manifest.read_text())
        if data.get("version") == SUITE_VERSION and data.get("seed") == seed:
            return [Query(**query) for query in data["queries"]]
    out.mkdir(parents=True, exist_ok=True)
    registered, unrelated = tracks()
    rng = np.random.default_rng(seed)
    queries: list[Query] = []
    with tempfile.TemporaryDirectory(prefix="origin-audio-suite-") as temp:
        workdir = Path(temp)
        for number, track in enumerate(registered):
            for family in FAMILIES:
                queries.append(_positive(rng, family, track, unrelated, workdir, out))
            print(f"\rsuite: {number + 1}/{len(registered)} tracks", end="", file=sys.stderr)
        print(file=sys.stderr)
        queries += _negatives(rng, unrelated, workdir, out)
    manifest.write_text(json.dumps({"version": SUITE_VERSION, "seed": seed,
                                    "queries": [asdict(query) for query in queries]}, indent=1))
    return queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    queries = build(args.seed, rebuild=args.rebuild)
    print(f"{len(queries)} queries in {DEFAULT_OUT}")


if __name__ == "__main__":
    main()
