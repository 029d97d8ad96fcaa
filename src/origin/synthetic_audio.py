"""Generated sound for tests: melodies with chords and beats, babble, claps, noise; and writers.

Seconds to make, deterministic by seed. Real music (benchmarks/, scripts/fetch_music.py) is what
quality claims rest on; these only check behaviour.
"""
from __future__ import annotations

from pathlib import Path

import av
import numpy as np

RATE = 22050
SCALE = np.array([0, 2, 4, 7, 9])       # pentatonic steps (semitones)


def _tone(frequency: float, seconds: float, rate: int, harmonics: int = 4,
          tilt: float = 1.0) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    wave = sum(np.sin(2 * np.pi * frequency * k * t) / k ** tilt for k in range(1, harmonics + 1))
    envelope = np.minimum(1.0, t / 0.01) * np.exp(-t / max(seconds * 0.6, 1e-3))
    return (wave * envelope).astype(np.float32)


def _hummed(frequency: float, seconds: float, rate: int) -> np.ndarray:
    """A note as a person hums it: a near-sine with a 5 Hz vibrato, gliding in and out."""
    t = np.arange(int(seconds * rate)) / rate
    phase = 2 * np.pi * frequency * (t + 0.017 / (2 * np.pi * 5) * np.sin(2 * np.pi * 5 * t))
    envelope = np.minimum(1.0, t / 0.04) * np.minimum(1.0, (seconds - t) / 0.04)
    return ((np.sin(phase) + 0.3 * np.sin(2 * phase)) * envelope).astype(np.float32)


def melody(seed: int, seconds: float, rate: int = RATE, transpose: float = 0.0,
           part: str = "all") -> np.ndarray:
    """A tune: random pentatonic notes over a chord per bar and a tick on each beat; each seed has
    its own key, tuning, tempo and timbre, as different songs do. ``transpose`` (semitones) plays
    the same tune higher or lower at the same tempo. ``part`` "tune": only its notes, hummed (a
    near-sine voice with vibrato, not the recording's timbre, no chords, no beat); "beat": only a
    drum on its beats (noise bursts, no notes)."""
    rng = np.random.default_rng(seed)
    out = np.zeros(int(seconds * rate) + 4 * rate, np.float32)
    key = rng.uniform(-6, 6) + transpose           # semitones, not on one grid for every tune
    beat = rng.uniform(0.35, 0.65)                 # s
    tilt = rng.uniform(0.7, 1.5)
    position = 0.0
    while position < seconds:
        length = beat * float(rng.choice([0.25, 0.5, 0.5, 0.75, 1.0]))
        note = 57 + key + 12 * int(rng.integers(0, 3)) + int(rng.choice(SCALE))
        start = int(position * rate)
        frequency = 440.0 * 2 ** ((note - 69) / 12)
        tone = _hummed(frequency, length, rate) if part == "tune" else \
            _tone(frequency, length, rate, tilt=tilt)
        if part != "beat":
            out[start:start + len(tone)] += tone
        position += length
    if part == "beat":
        hit = int(0.08 * rate)
        drum = (np.random.default_rng(seed + 1).standard_normal(hit)
                * np.exp(-np.arange(hit) / (0.015 * rate))).astype(np.float32)
        for onset in np.arange(0, seconds, beat):
            start = int(onset * rate)
            out[start:start + hit] += drum[:len(out) - start]
    if part != "all":
        out = out[:int(seconds * rate)]
        return (out / max(1e-6, float(np.max(np.abs(out)))) * 0.5).astype(np.float32)
    bar = 4 * beat
    for number in range(int(seconds / bar) + 1):
        root = 45 + key + int(rng.choice(SCALE))
        start = int(number * bar * rate)
        for step in (0, 4, 7):
            chord = _tone(440.0 * 2 ** ((root + step - 69) / 12), bar, rate, harmonics=3) * 0.4
            out[start:start + len(chord)] += chord[:len(out) - start]
    tick = (rng.standard_normal(int(0.02 * rate)) * np.exp(-np.arange(int(0.02 * rate)) / 60)).astype(np.float32)
    for beat in np.arange(0, seconds, beat):
        start = int(beat * rate)
        out[start:start + len(tick)] += 0.3 * tick
    out = out[:int(seconds * rate)]
    return (out / np.max(np.abs(out)) * 0.5).astype(np.float32)


def babble(seed: int, seconds: float, rate: int = RATE) -> np.ndarray:
    """Speech-like sound: glottal pulse trains at a gliding pitch through moving vowel formants,
    in syllables with pauses."""
    rng = np.random.default_rng(seed)
    out = np.zeros(int(seconds * rate), np.float32)
    position = 0.0
    while position < seconds - 0.3:
        length = rng.uniform(0.12, 0.3)
        n = int(length * rate)
        pitch = rng.uniform(100, 220) * np.linspace(1.0, rng.uniform(0.8, 1.2), n)
        phase = np.cumsum(pitch / rate)
        pulses = (np.diff(np.floor(phase), prepend=0) > 0).astype(np.float32)
        syllable = np.zeros(n, np.float32)
        for formant in (rng.uniform(300, 900), rng.uniform(900, 2500)):
            ring = np.exp(-np.arange(200) / 40.0) * np.sin(2 * np.pi * formant * np.arange(200) / rate)
            syllable += np.convolve(pulses, ring, "same").astype(np.float32)
        syllable *= np.hanning(n).astype(np.float32)
        start = int(position * rate)
        out[start:start + n] += syllable[:len(out) - start]
        position += length + rng.uniform(0.02, 0.25)
    return (out / max(1e-6, float(np.max(np.abs(out)))) * 0.5).astype(np.float32)


def claps(seed: int, seconds: float, rate: int = RATE) -> np.ndarray:
    """Applause: many short noise bursts at random instants."""
    rng = np.random.default_rng(seed)
    out = np.zeros(int(seconds * rate), np.float32)
    burst = int(0.03 * rate)
    decay = np.exp(-np.arange(burst) / (0.006 * rate)).astype(np.float32)
    for start in rng.integers(0, len(out) - burst, int(40 * seconds)):
        out[start:start + burst] += rng.standard_normal(burst).astype(np.float32) * decay
    return (out / max(1e-6, float(np.max(np.abs(out)))) * 0.5).astype(np.float32)


def noise(seed: int, seconds: float, rate: int = RATE) -> np.ndarray:
    return (np.random.default_rng(seed).standard_normal(int(seconds * rate)) * 0.1).astype(np.float32)


def resample_speed(samples: np.ndarray, factor: float) -> np.ndarray:
    """Play ``factor`` times faster, pitch going up with it (a sped-up upload)."""
    positions = np.arange(0, len(samples) - 1, factor)
    return np.interp(positions, np.arange(len(samples)), samples).astype(np.float32)


def write_audio(path: Path | str, samples: np.ndarray, rate: int = RATE, channels: int = 1) -> Path:
    """Encode mono ``samples`` into ``path``; the suffix picks the codec (.wav, .flac, .ogg, .mp3,
    .m4a, .opus). ``channels=2`` writes the same signal on both sides, as .ogg always does:
    FFmpeg's own vorbis encoder takes stereo only (mono failed, "Operation not permitted")."""
    path = Path(path)
    codec = {".wav": "pcm_s16le", ".flac": "flac", ".ogg": "vorbis", ".mp3": "libmp3lame",
             ".m4a": "aac", ".opus": "libopus"}[path.suffix.lower()]
    out_rate = 48000 if codec == "libopus" else rate
    if out_rate != rate:
        samples = np.interp(np.arange(0, len(samples), rate / out_rate), np.arange(len(samples)),
                            samples).astype(np.float32)
    layout = "stereo" if channels == 2 or codec == "vorbis" else "mono"
    with av.open(str(path), "w") as container:
        stream = container.add_stream(codec, rate=out_rate, layout=layout,
                                      options={"strict": "experimental"})   # FFmpeg's own vorbis
        _encode(container, stream, samples, out_rate, layout)
    return path


def _encode(container, stream, samples: np.ndarray, rate: int, layout: str) -> None:
    planes = 2 if layout == "stereo" else 1
    resampler = av.AudioResampler(format=stream.codec_context.format.name, layout=layout, rate=rate)
    step = stream.codec_context.frame_size or 1024
    for start in range(0, len(samples), step):
        chunk = np.tile(samples[start:start + step].reshape(1, -1), (planes, 1)).astype(np.float32)
        frame = av.AudioFrame.from_ndarray(chunk, format="fltp", layout=layout)
        frame.sample_rate = rate
        for converted in resampler.resample(frame):
            for packet in stream.encode(converted):
                container.mux(packet)
    for converted in resampler.resample(None):
        for packet in stream.encode(converted):
            container.mux(packet)
    for packet in stream.encode(None):
        container.mux(packet)


def add_sound(video: Path | str, samples: np.ndarray, path: Path | str, rate: int = RATE) -> Path:
    """``video``'s pictures (copied, not re-encoded) with mono ``samples`` as its sound track, in
    ``path`` (AAC; mp4/mov/mkv by suffix): a test upload or original with both channels."""
    path = Path(path)
    with av.open(str(video)) as source, av.open(str(path), "w") as container:
        picture = source.streams.video[0]
        copied = container.add_stream_from_template(picture)
        sound = container.add_stream("aac", rate=rate, layout="mono")
        for packet in source.demux(picture):
            if packet.dts is None:
                continue
            packet.stream = copied
            container.mux(packet)
        _encode(container, sound, samples, rate, "mono")
    return path
