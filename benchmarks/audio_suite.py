"""Build the background-music query suite from real tracks: excerpts transformed the ways uploads
transform music, negatives that copy nothing, and the ground truth.

    python benchmarks/audio_suite.py [--seed 7] [--rebuild]

Tracks come from scripts/fetch_music.py (Debian packages). Every 8th track is never registered
(its excerpts are the "unrelated music" negatives); of the registered ones, a third (by a stable
hash of the name) is held out: its queries are reported separately and were not looked at while
tuning. Transforms use SoX (tempo: WSOLA; pitch; speed: resampling; filters), AAC through PyAV's
encoder, voice-over from espeak-ng. Deterministic by seed; a JSON manifest is reused next run.

    python benchmarks/audio_suite.py --part held_out_2 [--rebuild]

builds the second held-out part (issue 12): tracks from packages no tuning pass read
(scripts/fetch_music.py's music-held-out-2), every family with its own seed and new espeak
sentences and voices, one query a family per registered track (its tracks are registered beside
the 100, as a platform's catalogue grows), and its own negatives: excerpts of its every 6th track
(never registered), new speech, silence and applause. Read once at the end, never tuned on.

    python benchmarks/audio_suite.py --part held_out_3 [--rebuild] [--check]

builds the third held-out part the same way from music-held-out-3 (six more games' packages), seed
1313, other sentences and voices again, with game sounds of its own among the negatives
(sounds-held-out-3); its tracks are registered beside the 100 and held_out_2's, the catalogue
growing again. Made when held_out_2 was spent on tuning: read once, at the end of a pass.

    python benchmarks/audio_suite.py --part held_out_4 [--rebuild] [--check]

builds the fourth held-out part from music-held-out-4 (five more games' packages), seed 1414,
voices and sentences of its own, game sounds of its own (sounds-held-out-4), and unrelated music
from a sixth package whose tracks are never registered (music-held-out-4-unregistered) beside the
every-6th track of the five; registered beside the 100, held_out_2's and held_out_3's. Made when
held_out_3 was spent on tuning (issue 12's eighth pass): read by the lead only, once, at final main.

    python benchmarks/audio_suite.py --part held_out_5 [--rebuild] [--check]

builds the fifth held-out part the same way from music-held-out-5 (naev's and supertuxkart's
music), seed 1515, voices and sentences of its own, game sounds of its own (sounds-held-out-5),
and unrelated music from a third package never registered (music-held-out-5-unregistered, warmux)
beside the every-6th track of the two; registered beside the 100 and held_out_2's to held_out_4's.
Made when held_out_4 was spent (issue 12's ninth pass): read by the lead only, once, at final main.

    python benchmarks/audio_suite.py --part held_out_6 [--rebuild] [--check]

builds the sixth held-out part (stop 39) from music-held-out-6 (M.A.R.S.'s, Warzone 2100's and six
of Kenta Cho's games' music), seed 1616: held_out_5's ten families with voices and sentences of
its own, and the ways short-video apps use music today, which no earlier part has (FAMILIES_6: a
5-15 s hook looped x2-x6, the song cut and rejoined, nightcore, slowed + reverb, bass-boosted, the
song under a vlog's speech and street noise, a mashup with an unregistered song, a 5-8 s
excerpt). Its never-registered music (music-held-out-6-unregistered) includes a seventh Kenta Cho
game's: same composer and synths, the hard negatives. Each query says its family, original, every
pass's offsets (``passes``) and the default policy's expected action (``action``). Registered
beside the 100 and held_out_2's to held_out_5's; read by the lead only, once, at a final main.

    python benchmarks/audio_suite.py --part held_out_7 [--rebuild] [--check]

builds the seventh held-out part (stop 40) from music-held-out-7 (Enigma's, Battle Tanks', Zaz's,
LordsAWar's, Amoebax's, TecnoballZ's modules and Pinball's music), seed 1717: held_out_6's
families with voices, sentences and street noise of its own (real ambience recordings, a city, a
forest, a swamp, under the generated street), and five more (FAMILIES_7: the song ducked 10-15 dB
whenever a voice speaks, played through a phone's speaker in a room and recorded again, a duet or
stitch of two uploads' sound of which only one has the song, sped up under a vlog, 8-bit / lo-fi).
Its never-registered music (music-held-out-7-unregistered) includes an eighth Kenta Cho game's and
ProTracker modules like TecnoballZ's; its negatives add that music warped (nightcore, slowed +
reverb, x0.8-x1.25), ducked under talk, played in a room and bit-crushed. Registered beside the
100 and held_out_2's to held_out_6's; read at stop 40, spent.

    python benchmarks/audio_suite.py --part held_out_8 [--rebuild] [--check]

builds the eighth held-out part (stop 41) from music-held-out-8 (Neverball's, Trackballs',
Gigalomania's music and Heroes', Pekka Kana 2's and GL-117's tracker modules), seed 1818:
held_out_7's families with voices and sentences of its own and a generated street or car's road
under its vlogs, and eight more (FAMILIES_8: the song on a car's radio with the road's noise, at a
concert or club filmed on a phone, a dance challenge's looped hook under steps and claps, a DJ
talking over the intro, pitch shifted 1-2 semitones at the same tempo, 8D audio (stereo), a
centre-removed karaoke, a vlog of several voices 12-25 dB over the song). Its never-registered
music (music-held-out-8-unregistered) holds three more packages of tracker modules (the style of
the registered ones) and Seahorse Adventures' tunes; its negatives add that music in a car, at a
concert, looped for a dance, in 8D and karaoke, and a road and a crowd without music. Tracks are
built in parallel, each from its own random stream. Registered beside the 100 and held_out_2's to
held_out_7's; read at stop 41, spent.

    python benchmarks/audio_suite.py --part held_out_9 [--rebuild] [--check]

builds the ninth held-out part (stop 42) from music-held-out-9 (Project: Starfighter's, Dave
Gnukem's (Eric Matyas') and Plee the Bear's music and Rafkill's and Mad Bomber's tracker modules),
seed 1919: each track in the three vlog families, two earlier families in turn and eight more
(FAMILIES_9: heard from another room, on a phone's speaker recorded again, a medley of two or
three registered songs, each an original of the query, a beat added, game footage's sound over
it, meme effects cut into it, an ASMR whisper over quiet music, only at the end of a video after
talk), with voices and sentences of its own. Its never-registered music
(music-held-out-9-unregistered) holds BomberClone's tracker modules and Wizznic's tunes beside
every 6th track of the five (the same composers); its negatives add the new families on that
music and their sounds without any. Registered beside the 100 and held_out_2's to held_out_8's;
read at stop 42's first and final code, spent.

    python benchmarks/audio_suite.py --part held_out_10 [--rebuild] [--check]

builds the tenth held-out part (stop 44) from music-held-out-10 (Colobot's, Pushover's and
Pathological's music and Muldjord's Frets on Fire songs), seed 2020: each track in the five
families where the song lies under speech (the most common claim), two other earlier families in
turn and five more (FAMILIES_10: a long voice-over where the song is heard only 21-30 % of the
time, a phone's speaker in a car, a DJ mix of two registered songs, each an original of the query,
a cafe's background music under a vlogger, a reaction that pauses the song and resumes it), with
voices and sentences of its own. Its never-registered music (music-held-out-10-unregistered) holds
Sectoid's Frets on Fire songs, two tracker modules and Pax Britannica's and Lugaru's tunes beside
every 6th track of the four; its negatives add the new families on that music, a cafe without
music, game loops played whole, and a registered song's tune hummed or played on another
instrument (the tune, not the recording). Registered beside the 100 and held_out_2's to
held_out_9's; read at stop 45's first and final code, spent.

    python benchmarks/audio_suite.py --part held_out_11 [--rebuild] [--check]

builds the eleventh held-out part (stop 45) from music-held-out-11 (Ardentryst's, Freedroid's and
FreeOrion's music), seed 2121: each track in held_out_10's five families where the song lies under
speech, two other earlier families in turn, held_out_10's five and four more of music under speech
(FAMILIES_11: two people talking in a car over its radio, a street interview with a shop's speaker
across the street, a cooking video over the kitchen's clatter, a screen tutorial's voice-over and
its typing), with voices and sentences of its own. Its never-registered music
(music-held-out-11-unregistered) is Chromium B.S.U.'s and Mirror Magic's short game loops beside
every 6th track of the three; its negatives add the new scenes on unregistered music and without
music, game sound effects over digital silence, and DJ mixes of two unregistered tracks of one
game. Registered beside the 100 and held_out_2's to held_out_10's; read at stop 46's first and final
code, spent.

    python benchmarks/audio_suite.py --part held_out_12 [--rebuild] [--check]

builds the twelfth held-out part (stop 46) from music-held-out-12b (FreeDink's free replacements,
among them a cello, an orchestra and a 1936 record, Word War vi's and GLtron's music), seed 2222:
each track in held_out_11's sixteen families and four
more of music under speech (FAMILIES_12: a game streamer talking over the game's effects, a
fitness class on the gym's speakers, a vlog outdoors with the wind on the microphone, a podcast
whose two hosts talk over the song after it plays alone as the intro), with voices, sentences and a
park's background of its own. Its never-registered music (music-held-out-12b-unregistered) is
Teeworlds' 25 s menu loop beside every 6th track of the three; its negatives add the new scenes on
unregistered music and without music (a streamer over game effects alone among them) and a bar of
an unregistered track looped as a game loops it. Registered beside the 100 and held_out_2's to
held_out_11's; read by the lead at stop 47: spent.

    python benchmarks/audio_suite.py --part held_out_13 [--rebuild] [--check]

builds the thirteenth held-out part (stop 47) from music-held-out-13b (OpenArena's music and
Asterisk's music on hold, 8 kHz telephone recordings), seed 2323: each track in held_out_12's
twenty families and four more of music under speech (FAMILIES_13: a voice message over a phone
line with the song from a speaker in the sender's room, a party speech on the hall's PA over the
DJ's song, a livestream seller talking between order chimes, a lecturer over a song from a
laptop's speaker in a lecture hall), with voices, sentences and a shopping centre's background of
its own. Its never-registered music (music-held-out-13-unregistered) is Val & Rick's two game
loops (Kenta Cho's) beside every 6th track of the two; its negatives add the new scenes on
unregistered music and without music, a metronome or drum machine alone and under talk at a
registered song's tempo, a registered song's chords comped on an electric piano, and two
unregistered tracks cross-faded under talk. Registered beside the 100 and held_out_2's to
held_out_12's; read by the lead at stop 48: spent.

    python benchmarks/audio_suite.py --part held_out_14 [--rebuild] [--check]

builds the fourteenth held-out part (stop 48) from music-held-out-14 (XBlast TNT's songs, 8-bit
PCM, and FloboPuyo's long modules), seed 2424: each track in held_out_13's twenty-four families
and five more (FAMILIES_14: a cooking video in close-up whose clatter drowns a quiet song, a dance
challenge's song pitched up and sped up, a street vlog beside a car idling with its radio up, a
podcast's bed ducked under two hosts, a get-ready-with-me vlog over the phone's own speaker and a
hair dryer), with voices, sentences and a railway station's background of its own. Its
never-registered music (music-held-out-14-unregistered) is FloboPuyo's four short loops beside
every 6th track of the two; its negatives add the new scenes on unregistered music and without
music, a registered song's loudest line whistled and sung by a crowd with no recording playing, a
karaoke singer over an unregistered instrumental, and a phone's ringtone (Lomiri's) looped alone
and under talk. Registered beside the 100 and held_out_2's to held_out_13's; written at stop 48,
read by the lead at stop 49: spent.

    python benchmarks/audio_suite.py --part held_out_15 [--rebuild] [--check]

builds the fifteenth held-out part (stop 49) from music-held-out-15 (Ironseed's ProTracker modules,
The Maze of Galious' remade themes, Alien Blaster's tunes and Renich's song from Pink Pony), seed
2525: each track in held_out_14's twenty-nine families and five more (FAMILIES_15: a slowed + reverb
edit under a vlogger's talk, someone singing along over the song, a pool party's speaker, a
stadium's PA after a goal with a fan shouting, a walk in the rain under an umbrella), with voices,
sentences and a beach's background of its own. Its never-registered music
(music-held-out-15-unregistered) is Ironseed's other races' themes and the Maze's loops beside
every 6th track; its negatives add the new scenes on unregistered music and without music (a
registered song's line sung a cappella among them), a registered song's chords played by another
band, a busker's cover of one, a sleep track's noise and another track of a registered song's game
under talk. Registered beside the 100 and held_out_2's to held_out_14's; sealed: written at stop
49, the lead reads it at stop 50.

    python benchmarks/audio_suite.py --part held_out_16 [--rebuild] [--check]

builds the sixteenth held-out part (stop 50) from music-held-out-16 (one track each of Freeciv,
Gamine's Bach, Gweled, Hannah's Horrible Haunted Halloween, Orbital Eunuchs Sniper, Pinball's GNU
table, Raincat and Vodovod), seed 2626: each track in held_out_15's thirty-four families and five
more (FAMILIES_16: a pet video with the dog barking over the song, a skate clip, a record on a
turntable under a collector's talk, an unboxing over a quiet bed, fireworks at new year with the
song on a square's speakers), with voices, sentences and a back garden's background of its own.
Its never-registered music (music-held-out-16-unregistered) is Vodovod's two other modules and
Phlipple's theme beside every 6th track; its negatives add the new scenes on unregistered music
and without music, a registered song covered as an 8-bit tune and a piano lesson on a registered
song's line. Registered beside the 100 and held_out_2's to held_out_15's; sealed: written at stop
50, nobody has run a matcher on it.
"""
from __future__ import annotations

import argparse
import functools
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Callable

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
Lines = tuple[tuple[str, ...], tuple[str, ...]]       # (espeak voices, sentences)
OLD_LINES: Lines = (VOICES, SENTENCES)

# the ways short-video apps use music today (held_out_6 on): see _positive_6
FAMILIES_6 = ("loop", "cutjoin", "nightcore", "slowreverb", "bassboost", "vlog", "mashup", "short")
# detail "x<speed>": original s per upload s (held_out_14's dance: pitched up and sped up;
# held_out_15's slowed edit under talk)
SPEED_FAMILIES = ("spedup", "nightcore", "slowreverb", "spedvlog", "dancepitch", "slowvlog")

# held_out_7 on: music under speech that ducks it, a phone playing it in a room, a duet or stitch
# of two uploads' sound (one with the song), sped up under a vlog, 8-bit / lo-fi: see _positive_7
FAMILIES_7 = ("ducked", "rerecorded", "duet", "spedvlog", "lofi")

# held_out_8 on: music in a car, a concert or club filmed on a phone, a dance challenge's looped
# hook under steps and claps, a DJ talking over the intro, pitch shifted at the same tempo, 8D
# audio, a centre-removed karaoke, a vlog of several voices: see _positive_8
FAMILIES_8 = ("car", "concert", "dance", "djtalk", "pitchsame", "eightd", "karaoke", "vlogvoices")


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
    # held_out_6 on: every stretch of the song in the upload, (upload start, end, original start,
    # end), when there is more than one (each pass of a loop, both passages of a cut); the fields
    # above are the first
    passes: tuple[tuple[float, float, float, float], ...] = ()
    action: str = ""          # the default policy's decision for a match covering the truth
    # held_out_9 on: every other original the upload rightly names, as (track, its spans, the
    # default policy's decision for a match covering them): the other songs of a medley
    also: tuple[tuple[str, tuple[tuple[float, float, float, float], ...], str], ...] = ()

    def originals(self) -> set[str]:
        """Every original the upload copies (none for a negative)."""
        return ({self.track} if self.track else set()) | {name for name, *_ in self.also}

    def spans(self) -> tuple[tuple[float, float, float, float], ...]:
        return tuple(tuple(span) for span in self.passes) or (
            (self.upload_start, self.upload_end, self.original_start, self.original_end),)

    def truth(self) -> QueryTruth:
        copies = {} if self.track is None else {self.track: self.spans()}
        copies |= {name: tuple(tuple(span) for span in spans) for name, spans, _ in self.also}
        return QueryTruth(self.file, self.family, copies)


@dataclass(frozen=True)
class AudioPart:
    """A held-out part of the audio suite (``AUDIO_PARTS``): tracks of packages no earlier part
    read, every 6th of them and every track of ``unregistered`` never registered; its own seed,
    espeak voices and sentences, folder and manifest. Its tracks are registered beside the 100 and
    every earlier part's. Where parts differ a field says how, and ``build_part`` reads it."""

    tag: str
    seed: int
    music: Path                          # its packages' tracks (scripts/fetch_music.py)
    out: Path                            # the built part: its files and manifest.json
    lines: Lines                         # voices and sentences no earlier part used
    # its negatives: (rng, unrelated, workdir, out, lines, sounds, registered, ambience) -> queries;
    # each later part's kinds are the earlier kinds and its own
    negatives: Callable[..., list[Query]]
    unregistered: Path | None = None     # a package folder never registered (held_out_4 on)
    sounds: Path | None = None           # its own game sounds, for negatives (held_out_3 on)
    # every family once per registered track, or each track's own by name (held_out_9)
    families: tuple[str, ...] | Callable[[list[Path]], dict[str, tuple[str, ...]]] = FAMILIES
    with_action: bool = False            # each query says its expected action (held_out_6 on)
    ambience: Callable | None = None     # the background under vlogs and rooms (None: street)
    # or recordings among ``sounds`` (these names) over a quieter street (held_out_7)
    ambience_recordings: tuple[str, ...] = ()
    # tracks built at once, each from its own random stream: any number gives the same part
    # (held_out_8 on; 0: one stream, in order)
    workers: int = 0
    skip: tuple[str, ...] = ()           # jingles no family fits in, left out (held_out_8 on)
    # registered tracks that are another registered track's recording: a query of one names the
    # other too (held_out_9)
    shared: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)


def tracks() -> tuple[list[Path], list[Path]]:
    """(registered, never registered) music files."""
    music = sorted((DATA / "music").iterdir())
    if not music:
        raise SystemExit("no music: run python scripts/fetch_music.py")
    return ([path for number, path in enumerate(music) if number % 8 != 3],
            [path for number, path in enumerate(music) if number % 8 == 3])


def part_tracks(part: AudioPart) -> tuple[list[Path], list[Path]]:
    """A held-out part's (registered, never registered) music files: every 6th track of its
    packages (``part.music``) and every track of ``part.unregistered`` never registered,
    ``part.skip``'s jingles left out of both."""
    music = sorted(part.music.iterdir()) if part.music.is_dir() else []
    if not music:
        raise SystemExit(f"no music in {part.music}: run python scripts/fetch_music.py")
    registered = [path for number, path in enumerate(music) if number % 6 != 2]
    unrelated = [path for number, path in enumerate(music) if number % 6 == 2]
    if part.unregistered is not None:
        others = sorted(part.unregistered.iterdir()) if part.unregistered.is_dir() else []
        if not others:
            raise SystemExit(f"no music in {part.unregistered}: run python scripts/fetch_music.py")
        unrelated += others
    keep = lambda paths: [path for path in paths if path.name not in part.skip]
    return keep(registered), keep(unrelated)


def held_out(track: Path) -> bool:
    return int(hashlib.sha256(track.name.encode()).hexdigest(), 16) % 3 == 0


def duration_of(path: Path) -> float:
    """Seconds of ``path`` by SoX; a track SoX cannot read stops the build with one line."""
    done = subprocess.run(["soxi", "-D", str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise SystemExit(f"{path}: SoX cannot read it ({reason}); for mp3 tracks install "
                         "libsox-fmt-mp3 (apt-get install libsox-fmt-mp3)")
    return float(done.stdout)


def sox_read(path: Path, effects: list[str]) -> np.ndarray:
    """Samples of ``path`` (mono, RATE) after SoX ``effects``."""
    out = subprocess.run(["sox", "-V1", str(path), "-t", "raw", "-e", "floating-point", "-b", "32",
                          "-r", str(RATE), "-c", "1", "-", *effects],
                         capture_output=True, check=True).stdout
    return np.frombuffer(out, np.float32).copy()


def speech(rng: np.random.Generator, seconds: float, workdir: Path,
           lines: Lines = OLD_LINES) -> np.ndarray:
    """``seconds`` of espeak-ng speech (random voice, speed and sentences of ``lines``)."""
    voices, sentences = lines
    pieces, total = [], 0
    while total < seconds * RATE:
        wav = workdir / "speech.wav"
        subprocess.run(["espeak-ng", "-v", str(rng.choice(voices)), "-s", str(int(rng.integers(140, 190))),
                        "-p", str(int(rng.integers(30, 70))), "-w", str(wav),
                        str(rng.choice(sentences))], check=True, capture_output=True)
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


def _context(rng: np.random.Generator, seconds: float, others: list[Path], workdir: Path,
             lines: Lines = OLD_LINES) -> np.ndarray:
    """Other sound around an excerpt: speech, noise, or a bit of unrelated music."""
    if seconds <= 0:
        return np.zeros(0, np.float32)
    kind = rng.integers(3)
    if kind == 0:
        return speech(rng, seconds, workdir, lines) * 0.3
    if kind == 1:
        return noise(rng, seconds) * 0.03
    other = others[int(rng.integers(len(others)))]
    start = rng.uniform(0, max(0.0, duration_of(other) - seconds - 1))
    return sox_read(other, ["trim", f"{start:.3f}", f"{seconds:.3f}"])


def _positive(rng, family: str, track: Path, others: list[Path], workdir: Path, out: Path,
              lines: Lines = OLD_LINES, held: bool | None = None, with_action: bool = False) -> Query:
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
        words = speech(rng, len(music) / RATE, workdir, lines)
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
    pre = _context(rng, before, others, workdir, lines)
    post = _context(rng, after, others, workdir, lines)
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
    query = Query(path.name, family, track.name, held_out(track) if held is None else held,
                  upload_start, upload_end,
                  start, start + length, detail)
    if with_action:            # held_out_6 on (earlier parts' manifests stay as they were)
        query = replace(query, action=expected_action(query.spans(), len(upload) / RATE,
                                                      duration_of(track)))
    return query


def expected_action(spans, upload_seconds: float, track_seconds: float) -> str:
    """The default policy's music decision (default_policy.toml, first rule that holds) for a match
    whose segments are exactly ``spans`` and that the landmark hashes heard at a score >= 0.6 (a
    match only verification carried, most voice-overs, goes to review, ``music_verified_only``):
    the song >= 80 % of the upload and of the song -> takedown; <= 5 s -> track; >= 20 % of the
    upload -> mute; otherwise track."""
    matched = sum(end - start for start, end, *_ in spans)
    stretches = sorted((min(a, b), max(a, b)) for *_, a, b in spans)
    original, reach = 0.0, -1.0
    for first, last in stretches:            # each stretch of the song once
        original += max(0.0, last - max(first, reach))
        reach = max(reach, last)
    coverage_upload = matched / upload_seconds
    coverage_original = min(original, track_seconds) / track_seconds
    if coverage_upload >= 0.8 and coverage_original >= 0.8:
        return "takedown (music_reupload)"
    if matched <= 5.0:
        return "track (music_incidental)"
    if coverage_upload >= 0.2:
        return "mute (music_background)"
    return "track (music_brief_use)"


def street(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """A street under a vlog, unit RMS: traffic rumble (noise below ~300 Hz), cars passing (noise
    swelling and fading over 2-5 s, 100-2500 Hz) and footsteps (short low clicks)."""
    count = int(seconds * RATE)
    frequencies = np.fft.rfftfreq(count, 1 / RATE)
    def shaped(low: float, high: float) -> np.ndarray:
        spectrum = np.fft.rfft(rng.standard_normal(count))
        spectrum *= (frequencies >= low) / (1 + (frequencies / high) ** 4)
        band = np.fft.irfft(spectrum, count)
        return band / (np.sqrt(np.mean(band ** 2)) + 1e-12)
    times = np.arange(count) / RATE
    rumble = shaped(20, 300)
    cars = np.zeros(count)
    for _ in range(max(1, int(seconds / rng.uniform(3, 8)))):
        centre, width = rng.uniform(0, seconds), rng.uniform(1, 2.5)
        cars += np.exp(-0.5 * ((times - centre) / width) ** 2) * rng.uniform(0.5, 2)
    passing = shaped(100, 2500) * cars
    steps = np.zeros(count)
    step = np.exp(-np.arange(int(0.02 * RATE)) / (0.004 * RATE))
    for start in np.arange(rng.uniform(0, 0.5), seconds - 0.05, rng.uniform(0.45, 0.65)):
        first = int(start * RATE)
        steps[first:first + len(step)] += step[:count - first] * rng.uniform(0.5, 1.5)
    out = rumble + passing * 0.8 + np.convolve(steps, [1, 1, 1, 1], "same") * 2
    return (out / np.sqrt(np.mean(out ** 2))).astype(np.float32)


def _trim(track: Path, start: float, length: float, effects: list[str] = ()) -> np.ndarray:
    return sox_read(track, ["trim", f"{start:.3f}", f"{length:.3f}", *effects])


def _fade(samples: np.ndarray, first: float, last: float) -> np.ndarray:
    """A linear fade in over ``first`` s and out over ``last`` s."""
    out = samples.astype(np.float32).copy()
    head, tail = min(len(out), int(first * RATE)), min(len(out), int(last * RATE))
    if head:
        out[:head] *= np.linspace(0, 1, head, dtype=np.float32)
    if tail:
        out[len(out) - tail:] *= np.linspace(1, 0, tail, dtype=np.float32)
    return out



def _under_vlog(rng, music: np.ndarray, workdir: Path, lines: Lines, ambience=None,
                below_range: tuple[float, float] = (15, 20)) -> tuple[np.ndarray, float, str]:
    """``music`` ``below_range`` dB under a vlogger's speech and a street (``ambience``, by
    default ``street``) that run 1-4 s before and after it: (upload, upload seconds where the
    music starts, detail)."""
    ambience = ambience or street
    before, after = float(rng.uniform(1, 4)), float(rng.uniform(1, 4))
    total = before + len(music) / RATE + after
    words = speech(rng, total, workdir, lines)
    noise_below = float(rng.uniform(4, 10))
    bed = words / rms(words) + ambience(rng, total) * 10 ** (-noise_below / 20)
    below = float(rng.uniform(*below_range))
    first = int(before * RATE)
    under = bed[first:first + len(music)]
    song = music / rms(music) * rms(under) * 10 ** (-below / 20)
    upload = bed.copy()
    upload[first:first + len(song)] += song
    return upload, first / RATE, (f"music {below:.1f} dB below speech and street (street "
                                  f"{noise_below:.1f} dB below the speech)")


def _positive_6(rng, family: str, track: Path, others: list[Path], workdir: Path, out: Path,
                lines: Lines, ambience=None) -> Query:
    """One query of a family of FAMILIES_6 (held_out_6 on): how short-video apps use music today.

    loop: a 5-15 s hook played 2-6 times end to end under the clip (each pass a span);
    cutjoin: two 6-12 s passages of the song, the second >= 5 s away (forward or back), joined;
    nightcore: 10-14 s of the song sped up x1.2-x1.3 with its pitch (SoX speed);
    slowreverb: 10-14 s slowed x0.8-x0.9 with its pitch, in a room reverb;
    bassboost: 10-14 s with the bass +10..+18 dB, the treble cut and the whole driven into a
    soft clip; vlog: 12-20 s of the song 15-20 dB below a vlogger's speech and a street's noise,
    which also run 1-4 s before and after (``ambience``: the street's sound, ``street`` by
    default); mashup: 10-14 s of the song crossfaded (2-3 s) in from and out to two unregistered
    songs; short: a 5-8 s excerpt."""
    duration = duration_of(track)
    effects, detail, fades = [], "", None
    if family == "loop":
        length, times = float(rng.uniform(5, 15)), int(rng.integers(2, 7))
        start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
        hook = _trim(track, start, length)
        music = np.tile(hook, times)
        length = len(hook) / RATE
        # (upload seconds after the music starts, original start, original seconds) a stretch
        pieces = [(index * length, start, length) for index in range(times)]
        detail = f"x{times} loop of {length:.2f} s"
    elif family == "cutjoin":
        first_length, second_length = float(rng.uniform(6, 12)), float(rng.uniform(6, 12))
        gap = float(rng.uniform(5, 20))
        room = duration - first_length - second_length - gap - 0.5
        if room < 0:            # a short song: the smallest jump that fits
            gap = max(0.5, gap + room)
            room = max(0.0, duration - first_length - second_length - gap - 0.5)
        low = float(rng.uniform(0, room))
        forward = bool(rng.integers(2))
        # a jump ahead: the first passage early, the second after the gap; a jump back: the
        # first passage after the gap, the second early
        firsts = (low, low + first_length + gap) if forward else (low + second_length + gap, low)
        a = _trim(track, firsts[0], first_length)
        b = _trim(track, firsts[1], second_length)
        music = np.concatenate([a, b])
        pieces = [(0.0, firsts[0], len(a) / RATE), (len(a) / RATE, firsts[1], len(b) / RATE)]
        detail = (f"cut at {firsts[0] + len(a) / RATE:.2f} s, rejoined at {firsts[1]:.2f} s "
                  + ("(a jump ahead)" if forward else "(a jump back)"))
    elif family in ("nightcore", "slowreverb", "bassboost", "mashup"):
        length = float(rng.uniform(10, 14))
        start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
        if family == "nightcore":
            factor = float(np.round(rng.uniform(1.2, 1.3), 3))
            effects, detail = ["speed", str(factor)], f"x{factor}"
        elif family == "slowreverb":
            factor = float(np.round(rng.uniform(0.8, 0.9), 3))
            room = int(rng.integers(40, 90))
            effects, detail = ["speed", str(factor), "reverb", str(room)], \
                f"x{factor} reverberance {room}%"
        elif family == "bassboost":
            bass, treble = int(rng.integers(10, 19)), int(rng.integers(0, 7))
            effects = ["bass", f"+{bass}", "treble", f"-{treble}"]
        music = _trim(track, start, length, effects)
        if family == "bassboost":
            drive = float(rng.uniform(1.5, 4))
            music = (np.tanh(drive * music / (np.max(np.abs(music)) + 1e-9)) / np.tanh(drive))
            music = music.astype(np.float32)
            detail = f"bass +{bass} dB, treble -{treble} dB, soft clip drive {drive:.1f}"
        if family == "mashup":
            fades = float(rng.uniform(2, 3))
            music = _fade(music, fades, fades)
        pieces = [(0.0, start, len(music) / RATE)]
    elif family == "vlog":
        length = float(rng.uniform(12, 20))
        start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
        music = _trim(track, start, length)
        pieces = [(0.0, start, len(music) / RATE)]
    elif family == "short":
        length = float(rng.uniform(5, 8))
        start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
        music = _trim(track, start, length)
        pieces = [(0.0, start, len(music) / RATE)]
    else:
        raise ValueError(family)
    level = rms(music)
    if family == "vlog":
        upload, upload_start, detail = _under_vlog(rng, music, workdir, lines, ambience)
    elif family == "mashup":
        lead_in, lead_out = float(rng.uniform(5, 9)), float(rng.uniform(3, 6))
        chosen = rng.choice(len(others), 2, replace=len(others) < 2)
        parts = []
        for number, seconds in zip(chosen, (lead_in + fades, lead_out + fades)):
            other = others[int(number)]
            at = float(rng.uniform(0, max(0.0, duration_of(other) - seconds - 0.5)))
            piece = _trim(other, at, seconds)
            parts.append(piece / rms(piece) * level)
        overlap = int(fades * RATE)
        a = _fade(parts[0], 0, fades)
        b = _fade(parts[1], fades, 0)
        upload = np.concatenate([a, np.zeros(len(music) + len(b), np.float32)])
        offset = max(0, len(a) - overlap)
        upload[offset:offset + len(music)] += music
        second = offset + len(music) - overlap
        upload[second:second + len(b)] += b
        upload = upload[:max(second + len(b), offset + len(music))]
        upload_start = offset / RATE
        detail = (f"crossfaded {fades:.1f} s from {others[int(chosen[0])].name} and to "
                  f"{others[int(chosen[1])].name}")
    else:
        before, after = float(rng.uniform(1, 6)), float(rng.uniform(1, 6))
        pre = _context(rng, before, others, workdir, lines)
        post = _context(rng, after, others, workdir, lines)
        pre, post = (part / rms(part) * level * 0.7 for part in (pre, post))
        upload = np.concatenate([pre, music, post])
        upload_start = len(pre) / RATE
    spans = tuple((round(upload_start + offset, 4), round(upload_start + offset + seconds, 4),
                   round(first, 4), round(first + seconds, 4))
                  for offset, first, seconds in pieces)
    if family in ("nightcore", "slowreverb"):     # the music as SoX sped it: upload seconds differ
        spans = ((round(upload_start, 4), round(upload_start + len(music) / RATE, 4),
                  round(start, 4), round(start + length, 4)),)
    path = out / f"{family}-{track.stem}.wav"
    write_wav(path, upload)
    first = spans[0]
    return Query(path.name, family, track.name, True, *first, detail,
                 passes=spans if len(spans) > 1 else (),
                 action=expected_action(spans, len(upload) / RATE, duration))


def recorded_ambience(recordings: list[Path]):
    """A background of ``recordings`` (real ambience: a city, a forest, a swamp), a random one from
    a random second, looped if short, with a quieter generated street under it; unit RMS. For
    held_out_7's vlogs, rooms and stitches: noise recordings no earlier part used."""
    def ambience(rng: np.random.Generator, seconds: float) -> np.ndarray:
        count = int(seconds * RATE)
        recording = sox_read(recordings[int(rng.integers(len(recordings)))], [])
        first = int(rng.integers(max(1, len(recording) - count)))
        piece = np.tile(recording, count // max(1, len(recording)) + 2)[first:first + count]
        under = float(rng.uniform(6, 12))
        out = piece / rms(piece) + street(rng, seconds) * 10 ** (-under / 20)
        return (out / rms(out)).astype(np.float32)
    return ambience


def _talk(rng, count: int, workdir: Path, lines: Lines) -> np.ndarray:
    """``count`` samples of a vlogger talking in sentences with 0.7-2.5 s pauses between them (where
    a ducked song comes back up)."""
    voices, sentences = lines
    pieces, total = [np.zeros(int(rng.uniform(0.3, 1.5) * RATE), np.float32)], 0
    total = len(pieces[0])
    while total < count:
        wav = workdir / "talk.wav"
        subprocess.run(["espeak-ng", "-v", str(rng.choice(voices)),
                        "-s", str(int(rng.integers(150, 200))), "-p", str(int(rng.integers(30, 70))),
                        "-w", str(wav), str(rng.choice(sentences))], check=True, capture_output=True)
        piece = sox_read(wav, [])
        pieces += [piece, np.zeros(int(rng.uniform(0.7, 2.5) * RATE), np.float32)]
        total += len(piece) + len(pieces[-1])
    return np.concatenate(pieces)[:count]


def duck_gain(voice: np.ndarray, depth: float) -> np.ndarray:
    """A sidechain compressor's gain for the music under ``voice``: 1 where the voice is silent,
    ``depth`` dB down where it speaks (5 ms frames, the voice's level above 3 % of its loudest;
    attack 30 ms, release 300 ms)."""
    frame = int(0.005 * RATE)
    frames = max(1, len(voice) // frame + 1)
    padded = np.zeros(frames * frame, np.float32)
    padded[:len(voice)] = voice
    level = np.sqrt(np.mean(padded.reshape(frames, frame).astype(np.float64) ** 2, axis=1))
    speaking = level > 0.03 * max(float(level.max()), 1e-9)
    low = 10 ** (-depth / 20)
    gain, current = np.ones(frames), 1.0
    attack, release = np.exp(-0.005 / 0.03), np.exp(-0.005 / 0.3)
    for index, loud in enumerate(speaking):
        target = low if loud else 1.0
        keep = attack if target < current else release
        current = target + (current - target) * keep
        gain[index] = current
    return np.repeat(gain, frame)[:len(voice)].astype(np.float32)


def _ducked(rng, music: np.ndarray, workdir: Path, lines: Lines) -> tuple[np.ndarray, str]:
    """``music`` under a vlogger's talk, ducked 10-15 dB while the voice speaks; between
    sentences it comes back up to 0-6 dB below the voice's level."""
    words = _talk(rng, len(music), workdir, lines)
    depth, below = float(rng.uniform(10, 15)), float(rng.uniform(0, 6))
    voiced = words[np.abs(words) > 1e-4]
    song = music / rms(music) * rms(voiced if len(voiced) else words) * 10 ** (-below / 20)
    upload = words + song * duck_gain(words, depth)
    return upload, f"ducked {depth:.1f} dB while the voice speaks, {below:.1f} dB below it between"


def _rerecorded(rng, track: Path, start: float, length: float, ambience,
                highs=(250, 450), lows=(3500, 7000), rooms=(30, 80),
                drives=(1.0, 2.5), snrs=(5, 15)) -> tuple[np.ndarray, float, float, str]:
    """The song played through a phone's speaker (band-limited, a little distortion) and recorded
    again in a room (reverb, the room's noise at 5-15 dB SNR, which also runs 1-3 s before and
    after; the SNR is the music's over the room's in the music's seconds): (upload, upload seconds
    where the music starts, its seconds, detail)."""
    high, low = int(rng.integers(*highs)), int(rng.integers(*lows))
    room, drive = int(rng.integers(*rooms)), float(rng.uniform(*drives))
    music = _trim(track, start, length, ["highpass", str(high), "lowpass", str(low),
                                         "reverb", str(room)])
    music = np.tanh(drive * music / (np.max(np.abs(music)) + 1e-9)).astype(np.float32)
    before, after, snr = float(rng.uniform(1, 3)), float(rng.uniform(1, 3)), float(rng.uniform(*snrs))
    first = int(before * RATE)
    total = first + len(music) + int(after * RATE)
    upload = ambience(rng, total / RATE)[:total]
    upload = upload * (rms(music) * 10 ** (-snr / 20) / rms(upload[first:first + len(music)]))
    upload[first:first + len(music)] += music
    return upload, first / RATE, len(music) / RATE, (
        f"speaker {high}-{low} Hz drive {drive:.2f}, reverberance {room}%, room noise SNR {snr:.1f} dB")


def bitcrush(music: np.ndarray, bits: int, rate: int) -> np.ndarray:
    """An 8-bit / lo-fi rendering: held at ``rate`` samples a second (no anti-alias filter: the
    aliasing is the sound) and quantised to ``bits`` bits of its peak."""
    index = np.floor(np.floor(np.arange(len(music)) * rate / RATE) * RATE / rate).astype(int)
    held = music[np.minimum(index, len(music) - 1)]
    peak = float(np.max(np.abs(held))) + 1e-9
    steps = 2 ** (bits - 1) - 1
    return (np.round(held / peak * steps) / steps * peak).astype(np.float32)


def _lofi(rng, music: np.ndarray) -> tuple[np.ndarray, str]:
    bits, rate = int(rng.integers(4, 9)), int(rng.choice([4000, 5512, 8000, 11025]))
    return bitcrush(music, bits, rate), f"{bits} bit, {rate} Hz sample-and-hold"


def _other_upload(rng, seconds: float, workdir: Path, lines: Lines, ambience) -> np.ndarray:
    """Another upload's sound track without music: someone talking over their own background."""
    words = speech(rng, seconds, workdir, lines)
    return words / rms(words) + ambience(rng, seconds) * 10 ** (-float(rng.uniform(6, 12)) / 20)


def _positive_7(rng, family: str, track: Path, others: list[Path], workdir: Path, out: Path,
                lines: Lines, ambience) -> Query:
    """One query of a family of FAMILIES_7 (held_out_7 on).

    ducked: 12-20 s of the song under a vlogger's talk, a sidechain compressor pulling it down
    10-15 dB whenever the voice speaks (0-6 dB below the voice between sentences);
    rerecorded: 10-16 s played through a phone's speaker (high-pass 250-450 Hz, low-pass 3.5-7
    kHz, soft clip) in a room (reverberance 30-80 %) and recorded again with the room's noise
    (5-15 dB SNR; real ambience recordings);
    duet: two uploads' sound joined, only one with the song: a stitch (4-10 s of someone talking
    over their background before or after 8-14 s of the song) or a duet (both played together,
    the song 0-6 dB below the talk);
    spedvlog: 12-18 s sped up x1.1-x1.3 with the pitch (SoX speed) and put 12-18 dB under a vlog
    (speech and a street or real ambience, 1-4 s before and after);
    lofi: 10 s bit-crushed to 4-8 bits and held at 4-11 kHz (8-bit / lo-fi), with other sound
    1-6 s before and after."""
    duration = duration_of(track)
    if family == "ducked":
        length = float(rng.uniform(12, 20))
        start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
        music = _trim(track, start, length)
        upload, detail = _ducked(rng, music, workdir, lines)
        upload_start, seconds, span_start, span_length = 0.0, len(music) / RATE, start, len(music) / RATE
    elif family == "rerecorded":
        length = float(rng.uniform(10, 16))
        start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
        upload, upload_start, seconds, detail = _rerecorded(rng, track, start, length, ambience)
        span_start, span_length = start, seconds
    elif family == "duet":
        length = float(rng.uniform(8, 14))
        start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
        music = _trim(track, start, length)
        seconds = len(music) / RATE
        if rng.integers(2):
            other_seconds = float(rng.uniform(4, 10))
            other = _other_upload(rng, other_seconds, workdir, lines, ambience) * rms(music) \
                * 10 ** (float(rng.uniform(-3, 3)) / 20)
            song_first = bool(rng.integers(2))
            upload = np.concatenate([music, other] if song_first else [other, music])
            upload_start = 0.0 if song_first else len(other) / RATE
            detail = (f"stitch: the song, then {other_seconds:.1f} s of another upload's talk"
                      if song_first else
                      f"stitch: {other_seconds:.1f} s of another upload's talk, then the song")
        else:
            other = _other_upload(rng, seconds + 0.1, workdir, lines, ambience)[:len(music)]
            below = float(rng.uniform(0, 6))
            upload = other / rms(other) + music / rms(music) * 10 ** (-below / 20)
            upload_start = 0.0
            detail = f"duet: the song {below:.1f} dB below another upload's talk, side by side"
        span_start, span_length = start, seconds
    elif family == "spedvlog":
        length = float(rng.uniform(12, 18))
        start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
        factor = float(np.round(rng.uniform(1.1, 1.3), 3))
        music = _trim(track, start, length, ["speed", str(factor)])
        upload, upload_start, detail = _under_vlog(rng, music, workdir, lines, ambience, (12, 18))
        detail = f"x{factor} {detail}"
        seconds, span_start, span_length = len(music) / RATE, start, length
    elif family == "lofi":
        start = float(rng.uniform(0, max(0.0, duration - 10.5)))
        music, detail = _lofi(rng, _trim(track, start, 10.0))
        level = rms(music)
        pre = _context(rng, float(rng.uniform(1, 6)), others, workdir, lines)
        post = _context(rng, float(rng.uniform(1, 6)), others, workdir, lines)
        pre, post = (part / rms(part) * level * 0.7 for part in (pre, post))
        upload = np.concatenate([pre, music, post])
        upload_start, seconds = len(pre) / RATE, len(music) / RATE
        span_start, span_length = start, seconds
    else:
        raise ValueError(family)
    spans = ((round(upload_start, 4), round(upload_start + seconds, 4),
              round(span_start, 4), round(span_start + span_length, 4)),)
    path = out / f"{family}-{track.stem}.wav"
    write_wav(path, upload)
    return Query(path.name, family, track.name, True, *spans[0], detail,
                 action=expected_action(spans, len(upload) / RATE, duration))


def _unrelated_excerpts(rng, unrelated: list[Path], out: Path, held) -> list[Query]:
    """Two 10-25 s excerpts of each never-registered track: music that must match nothing.
    ``held(number, part)`` says which are held out."""
    queries = []
    for number, track in enumerate(unrelated):
        for part in range(2):
            length = rng.uniform(10, 25)
            start = rng.uniform(0, max(0.0, duration_of(track) - length))
            path = out / f"neg-music-{number}-{part}.wav"
            write_wav(path, sox_read(track, ["trim", f"{start:.3f}", f"{length:.3f}"]))
            queries.append(Query(path.name, "neg-music", None, held(number, part)))
    return queries


def _negatives(rng, unrelated: list[Path], workdir: Path, out: Path) -> list[Query]:
    queries = _unrelated_excerpts(rng, unrelated, out, held=lambda number, part:
                                  (number + part) % 2 == 1)
    sounds = sorted((DATA / "sounds").iterdir())
    for number in range(24):
        path = out / f"neg-speech-{number}.wav"
        write_wav(path, speech(rng, rng.uniform(8, 20), workdir))
        queries.append(Query(path.name, "neg-speech", None, number % 2 == 1))
    for number in range(8):
        path = out / f"neg-silence-{number}.wav"
        write_wav(path, rng.standard_normal(int(10 * RATE)).astype(np.float32) * (1e-4 * number))
        queries.append(Query(path.name, "neg-silence", None, number % 2 == 1))
    queries += [_game_sounds(rng, sounds, number, out) for number in range(24)]
    for number in range(8):
        path = out / f"neg-applause-{number}.wav"
        write_wav(path, applause(rng, rng.uniform(6, 15)))
        queries.append(Query(path.name, "neg-applause", None, number % 2 == 1))
    return queries


def _game_sounds(rng, sounds: list[Path], number: int, out: Path) -> Query:
    """Generic game sounds one after another with short gaps, ~8 s: sound that is not music."""
    pieces, total = [], 0.0
    while total < 8:
        sound = sox_read(sounds[int(rng.integers(len(sounds)))], [])
        pieces += [sound, np.zeros(int(rng.uniform(0.1, 1.0) * RATE), np.float32)]
        total += sum(len(piece) for piece in pieces[-2:]) / RATE
    path = out / f"neg-sounds-{number}.wav"
    write_wav(path, np.concatenate(pieces) * 0.5)
    return Query(path.name, "neg-sounds", None, number % 2 == 1)


def _held_out_2_negatives(rng, unrelated: list[Path], workdir: Path, out: Path, lines: Lines,
                          sounds: list[Path], registered: list[Path] = (),
                          ambience=None) -> list[Query]:
    """Excerpts of never-registered tracks, new speech, silence and applause, and game sounds when
    the part has sounds of its own (held_out_2 has none: the only generic sounds it could use are
    the ones the tuning part's negatives already use). Held_out_2's to held_out_5's negatives;
    ``registered`` and ``ambience`` (later parts' kinds) unused."""
    queries = _unrelated_excerpts(rng, unrelated, out, held=lambda number, part: True)
    for number in range(24):
        path = out / f"neg-speech-{number}.wav"
        write_wav(path, speech(rng, rng.uniform(8, 20), workdir, lines))
        queries.append(Query(path.name, "neg-speech", None, True))
    for number in range(8):
        path = out / f"neg-silence-{number}.wav"
        level = 0.0 if number == 0 else 10 ** rng.uniform(-5, -3)   # digital silence to -60 dBFS hiss
        write_wav(path, rng.standard_normal(int(rng.uniform(6, 20) * RATE)).astype(np.float32) * level)
        queries.append(Query(path.name, "neg-silence", None, True))
    for number in range(8):
        path = out / f"neg-applause-{number}.wav"
        write_wav(path, applause(rng, rng.uniform(6, 15)))
        queries.append(Query(path.name, "neg-applause", None, True))
    if sounds:
        queries += [replace(_game_sounds(rng, list(sounds), number, out), held_out=True)
                    for number in range(8)]
    return queries


def _part_sounds(folder: Path) -> list[Path]:
    """A held-out part's own game sounds (the negatives that are sound, not music)."""
    sounds = sorted(folder.iterdir()) if folder.is_dir() else []
    if not sounds:
        raise SystemExit(f"no sounds in {folder}: run python scripts/fetch_music.py")
    return sounds


KENTA_CHO = ("gunroar-data", "mu-cade-data", "torus-trooper-data", "parsec47-data", "rrootage-data",
             "noiz2sa-data", "tumiki-fighters-data", "a7xpg-data")


def _package(track: Path) -> str:
    return track.name.split("--")[0]


def _held_out_6_negatives(rng, unrelated: list[Path], workdir: Path, out: Path, lines: Lines,
                          sounds: list[Path], registered: list[Path],
                          ambience=None) -> list[Query]:
    """held_out_5's kinds with this part's voices, sentences and sounds, each unrelated excerpt
    saying why it is hard (a registered package's unregistered track, or Kenta Cho's music never
    registered beside 21 of his registered tracks); and two kinds of its own: a vlog's speech and
    street with no music (the vlog family without its song), and a 5-15 s hook of unregistered
    music looped x2-x6 (the loop family without a registered song). The street under the vlogs
    is ``ambience`` (``street`` when None)."""
    ambience = ambience or street
    queries = _held_out_2_negatives(rng, unrelated, workdir, out, lines, sounds)
    packages = {_package(track) for track in registered}
    for number, query in enumerate(queries):
        if query.family == "neg-music":
            track = unrelated[int(query.file.split("-")[2])]
            why = ("same package as registered tracks" if _package(track) in packages
                   else "Kenta Cho, composer of registered tracks, never registered"
                   if _package(track) in KENTA_CHO else "a package never registered")
            queries[number] = replace(query, detail=f"{track.name}: {why}", action="none")
        else:
            queries[number] = replace(query, action="none")
    for number in range(8):
        seconds = float(rng.uniform(8, 20))
        words = speech(rng, seconds, workdir, lines)
        below = float(rng.uniform(4, 10))
        path = out / f"neg-vlog-{number}.wav"
        write_wav(path, words / rms(words) * 0.1 + ambience(rng, seconds) * 0.1 * 10 ** (-below / 20))
        queries.append(Query(path.name, "neg-vlog", None, True,
                             detail=f"speech and street (street {below:.1f} dB below), no music",
                             action="none"))
    for number in range(8):
        track = unrelated[int(rng.integers(len(unrelated)))]
        length, times = float(rng.uniform(5, 15)), int(rng.integers(2, 7))
        start = float(rng.uniform(0, max(0.0, duration_of(track) - length - 0.5)))
        path = out / f"neg-loop-{number}.wav"
        write_wav(path, np.tile(_trim(track, start, length), times))
        queries.append(Query(path.name, "neg-loop", None, True,
                             detail=f"x{times} loop of {length:.2f} s of {track.name} at {start:.2f} s",
                             action="none"))
    return queries


def _warped(rng, track: Path, kind: str) -> tuple[np.ndarray, str]:
    """10-16 s of ``track`` warped the ways uploads warp songs: nightcore (x1.2-x1.3 with the
    pitch), slowed + reverb (x0.8-x0.9, reverberance 40-90 %) or plain speed (x0.8-x1.25)."""
    length = float(rng.uniform(10, 16))
    start = float(rng.uniform(0, max(0.0, duration_of(track) - length - 0.5)))
    if kind == "nightcore":
        factor, effects = float(np.round(rng.uniform(1.2, 1.3), 3)), []
    elif kind == "slowreverb":
        factor, room = float(np.round(rng.uniform(0.8, 0.9), 3)), int(rng.integers(40, 90))
        effects = ["reverb", str(room)]
    else:
        factor, effects = float(np.round(rng.uniform(0.8, 1.25), 3)), []
    music = _trim(track, start, length, ["speed", str(factor), *effects])
    return music, f"{kind} x{factor} of {track.name} at {start:.2f} s"


def _held_out_7_negatives(rng, unrelated: list[Path], workdir: Path, out: Path, lines: Lines,
                          sounds: list[Path], registered: list[Path], ambience) -> list[Query]:
    """held_out_6's kinds with this part's voices, sentences, sounds and ambience; and four kinds
    of its own, each a family of this part without a registered song: unrelated music warped
    (12: nightcore, slowed + reverb, speed x0.8-x1.25; stop 39's one false mute was an
    unregistered track matched along a warped line), unrelated music ducked under talk, played
    in a room, and bit-crushed (6 each)."""
    queries = _held_out_6_negatives(rng, unrelated, workdir, out, lines, sounds, registered,
                                    ambience)
    for number in range(12):
        track = unrelated[int(rng.integers(len(unrelated)))]
        music, detail = _warped(rng, track, ("nightcore", "slowreverb", "speed")[number % 3])
        path = out / f"neg-warped-{number}.wav"
        write_wav(path, music)
        queries.append(Query(path.name, "neg-warped", None, True, detail=detail, action="none"))
    for number in range(6):
        track = unrelated[int(rng.integers(len(unrelated)))]
        start = float(rng.uniform(0, max(0.0, duration_of(track) - 16.5)))
        upload, detail = _ducked(rng, _trim(track, start, float(rng.uniform(12, 16))), workdir,
                                 lines)
        path = out / f"neg-ducked-{number}.wav"
        write_wav(path, upload)
        queries.append(Query(path.name, "neg-ducked", None, True,
                             detail=f"{track.name} at {start:.2f} s {detail}", action="none"))
    for number in range(6):
        track = unrelated[int(rng.integers(len(unrelated)))]
        start = float(rng.uniform(0, max(0.0, duration_of(track) - 14.5)))
        upload, _first, _seconds, detail = _rerecorded(rng, track, start, float(rng.uniform(10, 14)),
                                                       ambience)
        path = out / f"neg-rerecorded-{number}.wav"
        write_wav(path, upload)
        queries.append(Query(path.name, "neg-rerecorded", None, True,
                             detail=f"{track.name} at {start:.2f} s, {detail}", action="none"))
    for number in range(6):
        track = unrelated[int(rng.integers(len(unrelated)))]
        start = float(rng.uniform(0, max(0.0, duration_of(track) - 12.5)))
        music, detail = _lofi(rng, _trim(track, start, float(rng.uniform(8, 12))))
        path = out / f"neg-lofi-{number}.wav"
        write_wav(path, music)
        queries.append(Query(path.name, "neg-lofi", None, True,
                             detail=f"{track.name} at {start:.2f} s, {detail}", action="none"))
    return queries


# btanks' ambience recordings (sounds-held-out-7): the noise under held_out_7's vlogs and rooms
AMBIENCES_7 = ("city", "country", "forest", "swamp")


def sox_read_stereo(path: Path, effects: list[str]) -> np.ndarray:
    """Samples of ``path`` (two channels, RATE, shape (n, 2)) after SoX ``effects``; a mono file's
    one channel twice."""
    out = subprocess.run(["sox", "-V1", str(path), "-t", "raw", "-e", "floating-point", "-b", "32",
                          "-r", str(RATE), "-c", "2", "-", *effects],
                         capture_output=True, check=True).stdout
    return np.frombuffer(out, np.float32).reshape(-1, 2).copy()


def write_stereo_wav(path: Path, samples: np.ndarray) -> None:
    """A two-channel 16-bit WAV of ``samples`` (n, 2), scaled down if it would clip."""
    import wave
    peak = float(np.max(np.abs(samples))) if len(samples) else 0.0
    if peak > 0.99:
        samples = samples * (0.99 / peak)
    pcm = np.clip(samples * 32767, -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(2)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(pcm.tobytes())


def _band(rng: np.random.Generator, count: int, low: float, high: float) -> np.ndarray:
    """Noise of ``count`` samples between ``low`` and ``high`` Hz (soft edges), unit RMS."""
    frequencies = np.fft.rfftfreq(count, 1 / RATE)
    spectrum = np.fft.rfft(rng.standard_normal(count))
    spectrum *= 1 / (1 + (low / np.maximum(frequencies, 1e-3)) ** 4) / (1 + (frequencies / high) ** 4)
    band = np.fft.irfft(spectrum, count)
    return band / (np.sqrt(np.mean(band ** 2)) + 1e-12)


def road(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """A car's cabin on the road, unit RMS: tyre and road rumble (noise below ~250 Hz), the engine
    (a 25-45 Hz firing tone and its harmonics, its speed drifting), wind (300-3000 Hz, swelling)
    and the odd bump of a joint in the road."""
    count = int(seconds * RATE)
    times = np.arange(count) / RATE
    rumble = _band(rng, count, 20, 250)
    base = float(rng.uniform(25, 45))
    drift = base * (1 + 0.08 * np.sin(2 * np.pi * times / float(rng.uniform(4, 9)) + rng.uniform(0, 6)))
    phase = 2 * np.pi * np.cumsum(drift) / RATE
    engine = sum(np.sin(harmonic * phase) / harmonic for harmonic in (1, 2, 3, 4))
    engine /= np.sqrt(np.mean(engine ** 2)) + 1e-12
    wind = _band(rng, count, 300, 3000) * (0.6 + 0.4 * np.sin(2 * np.pi * times / float(rng.uniform(3, 7))))
    bumps = np.zeros(count)
    thump = np.exp(-np.arange(int(0.08 * RATE)) / (0.015 * RATE)) * np.sin(
        2 * np.pi * 60 * np.arange(int(0.08 * RATE)) / RATE)
    for start in rng.uniform(0, max(0.1, seconds - 0.1), int(seconds / rng.uniform(1.5, 4)) + 1):
        first = int(start * RATE)
        bumps[first:first + len(thump)] += thump[:count - first] * rng.uniform(1, 3)
    out = rumble + engine * float(rng.uniform(0.3, 0.7)) + wind * float(rng.uniform(0.15, 0.35)) + bumps
    return (out / np.sqrt(np.mean(out ** 2))).astype(np.float32)


def crowd(rng: np.random.Generator, seconds: float, lines: Lines) -> np.ndarray:
    """A crowd at a concert or in a club, unit RMS: 5 voices talking over each other (espeak, at
    once, each from its own second), cheers (band noise swelling over 1-3 s) and clapping."""
    count = int(seconds * RATE)
    times = np.arange(count) / RATE
    with tempfile.TemporaryDirectory(prefix="origin-crowd-") as temp:
        babble = np.zeros(count, np.float32)
        for _voice in range(5):
            talk = speech(rng, seconds + 2, Path(temp), lines)
            shift = int(rng.uniform(0, 2) * RATE)
            piece = talk[shift:shift + count]
            babble[:len(piece)] += piece / rms(piece) * float(rng.uniform(0.5, 1.0))
    cheers = np.zeros(count)
    for _ in range(max(1, int(seconds / rng.uniform(3, 6)))):
        centre, width = rng.uniform(0, seconds), rng.uniform(0.5, 1.5)
        cheers += np.exp(-0.5 * ((times - centre) / width) ** 2) * rng.uniform(0.5, 2)
    out = (babble / rms(babble) + _band(rng, count, 300, 3000) * cheers * 0.8
           + applause(rng, seconds)[:count] * 3)
    return (out / np.sqrt(np.mean(out ** 2))).astype(np.float32)


def city(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """held_out_8's background under vlogs, rooms and stitches, unit RMS: the generated street or
    a car's road noise, the other 6-12 dB under it."""
    first, second = (street, road) if rng.integers(2) else (road, street)
    out = first(rng, seconds) + second(rng, seconds) * 10 ** (-float(rng.uniform(6, 12)) / 20)
    return (out / rms(out)).astype(np.float32)


def _car_effects(rng) -> tuple[list[str], str]:
    """A car radio's sound: the station's compressor, then the cabin's bass-heavy band."""
    bass, low, high = int(rng.integers(6, 13)), int(rng.integers(3500, 7001)), int(rng.integers(40, 91))
    return (["compand", "0.02,0.3", "6:-60,-40,-30,-20,0,-8", "-3", "highpass", str(high),
             "bass", f"+{bass}", "lowpass", str(low)],
            f"radio compand, cabin highpass {high} Hz bass +{bass} dB lowpass {low} Hz")


CAR_DETAIL = re.compile(r"cabin highpass (\d+) Hz bass \+(\d+) dB lowpass (\d+) Hz")
HALL_DETAIL = re.compile(r"phone highpass (\d+) Hz, hall reverberance (\d+)%")


def _car(rng, track: Path, start: float, length: float) -> tuple[np.ndarray, float, float, str]:
    """``length`` s of the song on a car's radio, recorded in the cabin with the road's noise at 0-8
    dB SNR (the noise runs 1-3 s before and after): (upload, upload seconds where the music
    starts, its seconds, detail)."""
    effects, detail = _car_effects(rng)
    music = _trim(track, start, length, effects)
    before, after, snr = float(rng.uniform(1, 3)), float(rng.uniform(1, 3)), float(rng.uniform(0, 8))
    first = int(before * RATE)
    total = first + len(music) + int(after * RATE)
    upload = road(rng, total / RATE)[:total]
    upload = upload * (rms(music) * 10 ** (-snr / 20) / rms(upload[first:first + len(music)]))
    upload[first:first + len(music)] += music
    return upload, first / RATE, len(music) / RATE, f"{detail}, road noise SNR {snr:.1f} dB"


def _concert(rng, track: Path, start: float, length: float,
             lines: Lines) -> tuple[np.ndarray, float, float, str]:
    """``length`` s of the song played in a hall or club and filmed on a phone: the hall's reverb
    (reverberance 60-95 %), the phone's high-pass, the crowd at 2-10 dB SNR (also 1-3 s before and
    after), and the phone's input clipping at 25-60 % of the mix's peak."""
    high, room = int(rng.integers(80, 201)), int(rng.integers(60, 96))
    music = _trim(track, start, length, ["highpass", str(high), "reverb", str(room), "50", "100"])
    before, after, snr = float(rng.uniform(1, 3)), float(rng.uniform(1, 3)), float(rng.uniform(2, 10))
    first = int(before * RATE)
    total = first + len(music) + int(after * RATE)
    upload = crowd(rng, total / RATE, lines)[:total]
    upload = upload * (rms(music) * 10 ** (-snr / 20) / rms(upload[first:first + len(music)]))
    upload[first:first + len(music)] += music
    clip = float(rng.uniform(0.25, 0.6))
    ceiling = clip * float(np.max(np.abs(upload)))
    clipped = float(np.mean(np.abs(upload) > ceiling))
    upload = np.clip(upload, -ceiling, ceiling)
    return upload, first / RATE, len(music) / RATE, (
        f"phone highpass {high} Hz, hall reverberance {room}%, crowd SNR {snr:.1f} dB, clipped at "
        f"{100 * clip:.0f}% of the peak ({100 * clipped:.1f}% of samples)")


def steps_and_claps(rng: np.random.Generator, seconds: float) -> tuple[np.ndarray, float]:
    """Dancers' footsteps (low thumps on every beat) and claps (on every other), at a beat of
    0.4-0.6 s with a few ms of human timing, unit RMS: (sound, beat seconds)."""
    count = int(seconds * RATE)
    beat = float(rng.uniform(0.4, 0.6))
    out = np.zeros(count)
    size = int(0.1 * RATE)
    thump = np.exp(-np.arange(size) / (0.02 * RATE)) * np.sin(2 * np.pi * 80 * np.arange(size) / RATE)
    clap_size = int(0.03 * RATE)
    clap_envelope = np.exp(-np.arange(clap_size) / (0.006 * RATE))
    for index, at in enumerate(np.arange(float(rng.uniform(0, beat)), seconds - 0.1, beat)):
        first = int((at + rng.normal(0, 0.008)) * RATE)
        if first < 0 or first >= count:
            continue
        out[first:first + size] += thump[:count - first] * rng.uniform(0.7, 1.3)
        if index % 2:
            for hand in range(int(rng.integers(2, 5))):          # a few people clapping
                start = first + int(rng.normal(0, 0.01) * RATE)
                if 0 <= start < count:
                    burst = rng.standard_normal(clap_size) * clap_envelope * rng.uniform(0.5, 1.0)
                    burst = np.convolve(burst, [1, -0.7], "same")[:count - start]
                    out[start:start + len(burst)] += burst
    return (out / (np.sqrt(np.mean(out ** 2)) + 1e-12)).astype(np.float32), beat


def _dance(rng, track: Path, duration: float) -> tuple[np.ndarray, list, str]:
    """A dance challenge: an 8-15 s hook looped x2-x4 with the dancers' steps and claps over it
    (0-8 dB below the song), the steps alone 0.5-2 s before it starts: (upload, pieces, detail)."""
    length, times = float(rng.uniform(8, 15)), int(rng.integers(2, 5))
    start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
    hook = _trim(track, start, length)
    music = np.tile(hook, times)
    length = len(hook) / RATE
    before = float(rng.uniform(0.5, 2))
    first = int(before * RATE)
    total = first + len(music)
    steps, beat = steps_and_claps(rng, total / RATE + 0.01)
    steps = steps[:total]
    below = float(rng.uniform(0, 8))
    steps = steps * (rms(music) * 10 ** (-below / 20) / rms(steps[first:]))
    upload = steps.copy()
    upload[first:] += music
    pieces = [(before + index * length, start, length) for index in range(times)]
    return upload, pieces, (f"x{times} loop of {length:.2f} s, steps and claps every {beat:.2f} s "
                            f"{below:.1f} dB below the song")


def _djtalk(rng, track: Path, duration: float, workdir: Path,
            lines: Lines) -> tuple[np.ndarray, float, float, float, str]:
    """A DJ talking over the intro: the song from its first second for 15-25 s, a voice alone for
    0.5-2 s and then over the song's first 4-8 s, the song 0-6 dB below it; the song alone after:
    (upload, upload seconds where the song starts, original start, its seconds, detail)."""
    length = min(float(rng.uniform(15, 25)), duration - 0.5)
    music = _trim(track, 0.0, length)
    lead, over = float(rng.uniform(0.5, 2)), float(rng.uniform(4, 8))
    first = int(lead * RATE)
    voice = _talk(rng, first + int(over * RATE), workdir, lines)
    voice = _fade(voice, 0, 0.3)
    below = float(rng.uniform(0, 6))
    voiced = voice[np.abs(voice) > 1e-4]
    level = rms(voiced if len(voiced) else voice)
    under = music[:int(over * RATE)]
    song = music / rms(under) * level * 10 ** (-below / 20)
    upload = np.concatenate([np.zeros(first, np.float32), song])
    upload[:len(voice)] += voice
    return upload, lead, 0.0, len(music) / RATE, (
        f"the song {below:.1f} dB below the DJ's voice over its first {over:.2f} s, alone after")


def _eightd(rng, track: Path, start: float, length: float) -> tuple[np.ndarray, str]:
    """"8D audio": ``length`` s of the song in a little reverb, folded to one source that turns
    around the listener (one turn every 4-12 s): constant-power panning and up to 0.6 ms between
    the ears. Stereo, (n, 2)."""
    room = int(rng.integers(20, 51))
    source = _trim(track, start, length, ["reverb", str(room)])
    turn = float(rng.uniform(4, 12))
    times = np.arange(len(source)) / RATE
    pan = np.sin(2 * np.pi * times / turn + float(rng.uniform(0, 2 * np.pi)))   # -1 left, 1 right
    angle = (pan + 1) * np.pi / 4
    delay = 0.0006 * RATE * pan                                      # samples the far ear lags
    index = np.arange(len(source), dtype=np.float64)
    left = np.interp(index - np.maximum(delay, 0), index, source) * np.cos(angle)
    right = np.interp(index - np.maximum(-delay, 0), index, source) * np.sin(angle)
    return (np.stack([left, right], axis=1).astype(np.float32),
            f"8D: one turn every {turn:.1f} s, reverberance {room}%, up to 0.6 ms between the ears")


def _karaoke(track: Path, start: float, length: float) -> tuple[np.ndarray, float]:
    """A centre-removed rendering (L - R): what the song mixes in the middle is gone: (samples,
    dB the side lies below the mix)."""
    stereo = _trim_stereo(track, start, length)
    side = (stereo[:, 0] - stereo[:, 1]) / 2
    mid = (stereo[:, 0] + stereo[:, 1]) / 2
    return side.astype(np.float32), 20 * np.log10(rms(mid) / rms(side))


def _trim_stereo(track: Path, start: float, length: float) -> np.ndarray:
    return sox_read_stereo(track, ["trim", f"{start:.3f}", f"{length:.3f}"])


KARAOKE_MIN_SIDE_DB = 30.0   # a song whose L - R lies further below its mix is mono: no karaoke


def _voices(rng, seconds: float, workdir: Path, lines: Lines, count: int) -> np.ndarray:
    """``count`` people talking, each from their own moment, overlapping now and then."""
    out = np.zeros(int(seconds * RATE), np.float32)
    for _person in range(count):
        talk = _talk(rng, len(out), workdir, lines)
        out += talk / rms(talk) * float(rng.uniform(0.6, 1.0))
    return out


def _positive_8(rng, family: str, track: Path, others: list[Path], workdir: Path, out: Path,
                lines: Lines, ambience) -> Query | None:
    """One query of a family of FAMILIES_8 (held_out_8 on); None for a karaoke of a mono song.

    car: 12-18 s on a car radio (compand), the cabin's band (high-pass 40-90 Hz, bass +6..+12 dB,
    low-pass 3.5-7 kHz) and the road's noise at 0-8 dB SNR, 1-3 s before and after;
    concert: 12-18 s in a hall (reverberance 60-95 %) through a phone (high-pass 80-200 Hz), a
    crowd at 2-10 dB SNR, clipped at 25-60 % of the peak;
    dance: an 8-15 s hook looped x2-x4 under steps and claps 0-8 dB below it;
    djtalk: the song from its start, 15-25 s, a DJ's voice over its first 4-8 s;
    pitchsame: 10-14 s shifted 100-200 cents up or down at the same tempo (SoX pitch);
    eightd: 12-18 s of "8D audio" (stereo, a turning source);
    karaoke: 10-14 s centre-removed (L - R), when the song's side is within 30 dB of its mix;
    vlogvoices: 12-20 s 12-25 dB under 2-3 people talking and a street or road, 1-4 s before and
    after. Other families put other sound 1-6 s before and after the song, as held_out_6's."""
    duration = duration_of(track)
    pieces, stereo = None, None
    if family in ("car", "concert"):
        length = float(rng.uniform(12, 18))
        start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
        if family == "car":
            upload, upload_start, seconds, detail = _car(rng, track, start, length)
        else:
            upload, upload_start, seconds, detail = _concert(rng, track, start, length, lines)
        span_start, span_length = start, seconds
    elif family == "dance":
        upload, pieces, detail = _dance(rng, track, duration)
    elif family == "djtalk":
        upload, upload_start, span_start, seconds, detail = _djtalk(rng, track, duration, workdir, lines)
        span_length = seconds
    elif family in ("pitchsame", "eightd", "karaoke"):
        length = float(rng.uniform(12, 18) if family == "eightd" else rng.uniform(10, 14))
        start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
        if family == "pitchsame":
            cents = int(rng.integers(100, 201)) * (1 if rng.integers(2) else -1)
            music = _trim(track, start, length, ["pitch", str(cents)])
            detail = f"{cents:+d} cents, same tempo"
        elif family == "eightd":
            stereo, detail = _eightd(rng, track, start, length)
            music = stereo.mean(axis=1)
        else:
            music, side_db = _karaoke(track, start, length)
            if side_db > KARAOKE_MIN_SIDE_DB:
                return None
            detail = f"centre removed (L - R), the side {side_db:.1f} dB below the mix"
        level = rms(music)
        pre = _context(rng, float(rng.uniform(1, 6)), others, workdir, lines)
        post = _context(rng, float(rng.uniform(1, 6)), others, workdir, lines)
        pre, post = (part / rms(part) * level * 0.7 for part in (pre, post))
        if stereo is not None:
            stereo = np.concatenate([np.stack([pre, pre], 1), stereo, np.stack([post, post], 1)])
        upload = np.concatenate([pre, music, post])
        upload_start, seconds = len(pre) / RATE, len(music) / RATE
        span_start, span_length = start, seconds
    elif family == "vlogvoices":
        length = float(rng.uniform(12, 20))
        start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
        music = _trim(track, start, length)
        people = int(rng.integers(2, 4))
        before, after = float(rng.uniform(1, 4)), float(rng.uniform(1, 4))
        total = before + len(music) / RATE + after
        words = _voices(rng, total, workdir, lines, people)
        noise_below = float(rng.uniform(4, 10))
        bed = words / rms(words) + ambience(rng, total)[:len(words)] * 10 ** (-noise_below / 20)
        below = float(rng.uniform(12, 25))
        first = int(before * RATE)
        song = music / rms(music) * rms(bed[first:first + len(music)]) * 10 ** (-below / 20)
        upload = bed.copy()
        upload[first:first + len(song)] += song
        upload_start, seconds = first / RATE, len(music) / RATE
        span_start, span_length = start, seconds
        detail = (f"music {below:.1f} dB below {people} voices and street or road (the street "
                  f"{noise_below:.1f} dB below the voices)")
    else:
        raise ValueError(family)
    if pieces is not None:
        spans = tuple((round(offset, 4), round(offset + length, 4), round(first, 4),
                       round(first + length, 4)) for offset, first, length in pieces)
    else:
        spans = ((round(upload_start, 4), round(upload_start + seconds, 4),
                  round(span_start, 4), round(span_start + span_length, 4)),)
    path = out / f"{family}-{track.stem}.wav"
    if stereo is not None:
        write_stereo_wav(path, stereo)
    else:
        write_wav(path, upload)
    return Query(path.name, family, track.name, True, *spans[0], detail,
                 passes=spans if len(spans) > 1 else (),
                 action=expected_action(spans, len(upload) / RATE, duration))


def _held_out_8_negatives(rng, unrelated: list[Path], workdir: Path, out: Path, lines: Lines,
                          sounds: list[Path], registered: list[Path], ambience) -> list[Query]:
    """held_out_7's kinds with this part's voices, sentences, sounds and background; and this
    part's families without a registered song: unregistered music in a car, at a concert, looped
    for a dance (6 each), in 8D and karaoke (4 each); a car's road noise and a crowd without music
    (6 each)."""
    queries = _held_out_7_negatives(rng, unrelated, workdir, out, lines, sounds, registered,
                                    ambience)
    def pick(seconds: float) -> tuple[Path, float]:
        track = unrelated[int(rng.integers(len(unrelated)))]
        return track, float(rng.uniform(0, max(0.0, duration_of(track) - seconds - 0.5)))
    for number in range(6):
        track, start = pick(18)
        upload, _first, _seconds, detail = _car(rng, track, start, float(rng.uniform(12, 18)))
        path = out / f"neg-car-{number}.wav"
        write_wav(path, upload)
        queries.append(Query(path.name, "neg-car", None, True,
                             detail=f"{track.name} at {start:.2f} s, {detail}", action="none"))
    for number in range(6):
        track, start = pick(18)
        upload, _first, _seconds, detail = _concert(rng, track, start, float(rng.uniform(12, 18)),
                                                    lines)
        path = out / f"neg-concert-{number}.wav"
        write_wav(path, upload)
        queries.append(Query(path.name, "neg-concert", None, True,
                             detail=f"{track.name} at {start:.2f} s, {detail}", action="none"))
    for number in range(6):
        track = unrelated[int(rng.integers(len(unrelated)))]
        upload, pieces, detail = _dance(rng, track, duration_of(track))
        path = out / f"neg-dance-{number}.wav"
        write_wav(path, upload)
        queries.append(Query(path.name, "neg-dance", None, True,
                             detail=f"{track.name} at {pieces[0][1]:.2f} s, {detail}", action="none"))
    for number in range(4):
        track, start = pick(18)
        stereo, detail = _eightd(rng, track, start, float(rng.uniform(12, 18)))
        path = out / f"neg-eightd-{number}.wav"
        write_stereo_wav(path, stereo)
        queries.append(Query(path.name, "neg-eightd", None, True,
                             detail=f"{track.name} at {start:.2f} s, {detail}", action="none"))
    karaoke = 0
    for _attempt in range(40):
        if karaoke == 4:
            break
        track, start = pick(14)
        music, side_db = _karaoke(track, start, float(rng.uniform(10, 14)))
        if side_db > KARAOKE_MIN_SIDE_DB:
            continue
        path = out / f"neg-karaoke-{karaoke}.wav"
        write_wav(path, music)
        queries.append(Query(path.name, "neg-karaoke", None, True,
                             detail=f"{track.name} at {start:.2f} s, centre removed (L - R), the "
                                    f"side {side_db:.1f} dB below the mix", action="none"))
        karaoke += 1
    for number in range(6):
        path = out / f"neg-road-{number}.wav"
        write_wav(path, road(rng, float(rng.uniform(8, 20))) * 0.1)
        queries.append(Query(path.name, "neg-road", None, True,
                             detail="a car's cabin on the road, no music", action="none"))
    for number in range(6):
        path = out / f"neg-crowd-{number}.wav"
        write_wav(path, crowd(rng, float(rng.uniform(8, 20)), lines) * 0.1)
        queries.append(Query(path.name, "neg-crowd", None, True,
                             detail="a crowd talking, cheering and clapping, no music",
                             action="none"))
    return queries


# held_out_9 on: the song heard from another room, on a phone's speaker recorded again, a medley
# of two or three registered songs, a beat added over it, game footage's sound over it, meme
# sound effects cut into it, an ASMR whisper over quiet music, only at the end of a video after
# talk: see _positive_9
FAMILIES_9 = ("otherroom", "phonespeaker", "medley", "beat", "gamefx", "memefx", "asmr", "endonly")
# held_out_9 gives every track the eight new families and the three where the song lies far under
# speech (the coming change's), and two of the other 28 earlier families in turn (track by track,
# in name order), so that every earlier family is in the part without 31 queries a track: the
# part had to be built in 30 minutes on a machine at a load of 30-50, and the lead's read,
# registration of every earlier part included, must fit in 30 minutes
HELD_OUT_9_ALWAYS = ("vlog", "vlogvoices", "voiceover")
HELD_OUT_9_TURNS = tuple(family for family in FAMILIES + FAMILIES_6 + FAMILIES_7 + FAMILIES_8
                         if family not in HELD_OUT_9_ALWAYS)
HELD_OUT_9_PER_TRACK = 2
# registered tracks that are another registered track's recording (found by Chromaprint when the
# part was made): a query of one rightly names the other too, at the same seconds. Project:
# Starfighter's through_space is the first 200 s of singularity-music's Through_Space (233.7 s,
# one of the 100): Chromaprint agrees on 97 % of its items at offset 0, the waveforms line up at a
# lag of 0-0.11 s; see docs/music.md, "The ninth held-out part, held_out_9"
HELD_OUT_9_SHARED: dict[str, tuple[str, ...]] = {
    "starfighter-data--through_space.ogg": ("singularity-music--Through_Space.ogg",)}
ROOM_DETAIL = re.compile(r"another room: lowpass (\d+) Hz, reverberance (\d+)%")


def drum_loop(rng: np.random.Generator, seconds: float,
              bpm: float | None = None) -> tuple[np.ndarray, float]:
    """A drum machine's beat, unit RMS: a kick (a 50-65 Hz sine falling in pitch) on beats 1 and 3,
    a snare (band noise and a 180 Hz body) on 2 and 4, a closed hi-hat (high noise) on every
    eighth, at 85-130 BPM or ``bpm`` (held_out_13: a registered song's): (sound, BPM)."""
    bpm = float(rng.uniform(85, 130)) if bpm is None else bpm
    beat = 60.0 / bpm
    count = int(seconds * RATE)
    out = np.zeros(count)
    times = np.arange(int(0.25 * RATE)) / RATE
    base = float(rng.uniform(50, 65))
    kick = np.sin(2 * np.pi * (base * times + 60 * (1 - np.exp(-times / 0.03)) * 0.03)) \
        * np.exp(-times / 0.12)
    snare_noise = rng.standard_normal(len(times))
    snare = (np.convolve(snare_noise, [1, -0.6], "same") * 0.6 + np.sin(2 * np.pi * 180 * times)) \
        * np.exp(-times / 0.06)
    hat = np.convolve(rng.standard_normal(int(0.05 * RATE)), [1, -1], "same") \
        * np.exp(-np.arange(int(0.05 * RATE)) / (0.01 * RATE))
    for index, at in enumerate(np.arange(0.0, seconds, beat / 2)):
        first = int(at * RATE)
        room = count - first
        if index % 2 == 0:
            sound = kick if (index // 2) % 2 == 0 else snare
            out[first:first + len(sound)] += sound[:room] * (1.0 if sound is kick else 0.7)
        out[first:first + len(hat)] += hat[:room] * 0.25 * rng.uniform(0.7, 1.0)
    return (out / (np.sqrt(np.mean(out ** 2)) + 1e-12)).astype(np.float32), bpm


def meme_effect(rng: np.random.Generator, kind: str) -> np.ndarray:
    """A meme sound effect, unit RMS: a ``boom`` (a falling 120-40 Hz sine and a noise thump,
    0.8-1.5 s), a ``laugh`` track (4-8 people's "ha" pulses, 1-2 s), a record ``scratch`` (a
    sawtooth whose pitch swings back and forth, 0.3-0.7 s) or an ``airhorn`` (three blasts of a
    buzzing 440 + 554 Hz chord, 1-1.5 s)."""
    if kind == "boom":
        seconds = float(rng.uniform(0.8, 1.5))
        times = np.arange(int(seconds * RATE)) / RATE
        pitch = 40 + 80 * np.exp(-times / 0.25)
        out = np.sin(2 * np.pi * np.cumsum(pitch) / RATE) * np.exp(-times / (seconds / 3))
        out[:int(0.05 * RATE)] += rng.standard_normal(int(0.05 * RATE)) * 0.8
    elif kind == "laugh":
        seconds = float(rng.uniform(1, 2))
        times = np.arange(int(seconds * RATE)) / RATE
        out = np.zeros(len(times))
        for _person in range(int(rng.integers(4, 9))):
            pitch, rate = float(rng.uniform(150, 350)), float(rng.uniform(3.5, 6))
            voice = sum(np.sin(2 * np.pi * pitch * harmonic * times + rng.uniform(0, 6)) / harmonic
                        for harmonic in range(1, 6))
            pulses = np.clip(np.sin(2 * np.pi * rate * times + rng.uniform(0, 6)), 0, None) ** 2
            out += voice * pulses * np.exp(-times / rng.uniform(1, 3))
    elif kind == "scratch":
        seconds = float(rng.uniform(0.3, 0.7))
        times = np.arange(int(seconds * RATE)) / RATE
        pitch = 300 + 900 * np.abs(np.sin(2 * np.pi * float(rng.uniform(3, 7)) * times))
        phase = np.cumsum(pitch) / RATE
        out = 2 * (phase % 1) - 1 + rng.standard_normal(len(times)) * 0.3
    else:
        seconds = float(rng.uniform(1, 1.5))
        times = np.arange(int(seconds * RATE)) / RATE
        chord = sum(2 * ((frequency * times) % 1) - 1 for frequency in (440, 554, 659))
        gate = (np.sin(2 * np.pi * 3 / seconds * times) > -0.3).astype(float)
        out = np.tanh(2 * chord) * gate
    return (out / (np.sqrt(np.mean(out ** 2)) + 1e-12)).astype(np.float32)


MEME_EFFECTS = ("boom", "laugh", "scratch", "airhorn")


def _whisper(rng, seconds: float, workdir: Path, lines: Lines) -> np.ndarray:
    """``seconds`` of an ASMR whisper: espeak-ng's whisper variant of the part's voices, slow."""
    voices, sentences = lines
    whispers = tuple(voice.split("+")[0] + "+whisper" for voice in voices)
    pieces, total = [], 0
    while total < seconds * RATE:
        wav = workdir / "whisper.wav"
        subprocess.run(["espeak-ng", "-v", str(rng.choice(whispers)),
                        "-s", str(int(rng.integers(110, 150))), "-w", str(wav),
                        str(rng.choice(sentences))], check=True, capture_output=True)
        piece = sox_read(wav, [])
        pieces += [piece, np.zeros(int(rng.uniform(0.4, 1.2) * RATE), np.float32)]
        total += len(piece) + len(pieces[-1])
    return np.concatenate(pieces)[:int(seconds * RATE)]


def _otherroom(rng, track: Path, start: float, length: float,
               ambience) -> tuple[np.ndarray, float, float, str]:
    """The song heard from another room: through a wall and a door (low-pass 500-1800 Hz), in that
    room's reverb (reverberance 50-90 %), quiet (-36..-28 dBFS), under this room's sound (a
    street or road through the window) at 0-8 dB SNR, which runs 1-3 s before and after."""
    low, room = int(rng.integers(500, 1801)), int(rng.integers(50, 91))
    music = _trim(track, start, length, ["lowpass", str(low), "reverb", str(room), "50", "100"])
    level = float(rng.uniform(28, 36))
    music = music / rms(music) * 10 ** (-level / 20)
    before, after, snr = float(rng.uniform(1, 3)), float(rng.uniform(1, 3)), float(rng.uniform(0, 8))
    first = int(before * RATE)
    total = first + len(music) + int(after * RATE)
    upload = ambience(rng, total / RATE)[:total]
    upload = upload * (rms(music) * 10 ** (-snr / 20) / rms(upload[first:first + len(music)]))
    upload[first:first + len(music)] += music
    return upload, first / RATE, len(music) / RATE, (
        f"another room: lowpass {low} Hz, reverberance {room}%, at -{level:.1f} dBFS, "
        f"this room's noise SNR {snr:.1f} dB")


def _phonespeaker(rng, track: Path, start: float, length: float, ambience):
    """The song on a phone's speaker, recorded again: held_out_7's re-recording with the small
    speaker's band (high-pass 280-350 Hz, low-pass 3-5 kHz), its distortion (drive 3-6) and a
    small room (reverberance 10-40 %)."""
    return _rerecorded(rng, track, start, length, ambience, highs=(280, 351), lows=(3000, 5001),
                       rooms=(10, 41), drives=(3.0, 6.0))


def _over(rng, music: np.ndarray, bed: np.ndarray, snr: float, before: int) -> np.ndarray:
    """``bed`` (as long as the upload) with ``music`` added from sample ``before``, the music ``snr``
    dB over the bed in its own seconds."""
    bed = bed * (rms(music) * 10 ** (-snr / 20) / rms(bed[before:before + len(music)]))
    upload = bed.astype(np.float32).copy()
    upload[before:before + len(music)] += music
    return upload


def _game_bed(rng, sounds: list[Path], seconds: float) -> np.ndarray:
    """Game footage's sound: effects (shots, explosions, UI beeps) one after another, a few at
    once now and then, 0-0.6 s apart, ``seconds`` long."""
    count = int(seconds * RATE)
    out = np.zeros(count, np.float32)
    at = 0
    while at < count:
        sound = sox_read(sounds[int(rng.integers(len(sounds)))], [])[:count - at]
        out[at:at + len(sound)] += sound * float(rng.uniform(0.5, 1.0))
        at += int(len(sound) * float(rng.uniform(0.3, 1.0)) + rng.uniform(0, 0.6) * RATE) + 1
    return out


def _medley_songs(rng, songs: list[Path]) -> tuple[np.ndarray, list[tuple[str, tuple, float]], str]:
    """``songs`` joined by 1-2 s cross-fades, 8-14 s of each: (upload, [(track, span, track
    seconds)], detail)."""
    upload = np.zeros(0, np.float32)
    parts, details = [], []
    for index, song in enumerate(songs):
        duration = duration_of(song)
        length = min(float(rng.uniform(8, 14)), duration - 0.5)
        start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
        piece = _trim(song, start, length)
        fade = int(float(rng.uniform(1, 2)) * RATE) if index else 0
        piece = _fade(piece, fade / RATE, 0)
        if fade:
            upload[-fade:] = upload[-fade:] * np.linspace(1, 0, fade, dtype=np.float32)
        first = len(upload) - fade
        grown = np.zeros(first + len(piece), np.float32)
        grown[:len(upload)] = upload
        grown[first:] += piece / rms(piece) * 0.1
        upload = grown
        parts.append((song.name, (round(first / RATE, 4), round((first + len(piece)) / RATE, 4),
                                  round(start, 4), round(start + len(piece) / RATE, 4)), duration))
        details.append(f"{song.name} {start:.2f}-{start + len(piece) / RATE:.2f} s"
                       + (f" after a {fade / RATE:.2f} s cross-fade" if fade else ""))
    return upload, parts, "medley: " + "; ".join(details)


def _positive_9(rng, family: str, track: Path, others: list[Path], workdir: Path, out: Path,
                lines: Lines, ambience, pool: list[Path], sounds: list[Path]) -> Query:
    """One query of a family of FAMILIES_9 (held_out_9 on).

    otherroom: 12-18 s heard from another room (``_otherroom``);
    phonespeaker: 10-16 s on a phone's speaker recorded again (``_phonespeaker``);
    medley: the song and one or two other registered songs of the part (``pool``), 8-14 s each,
    joined by 1-2 s cross-fades (each song an original with its span: ``also``);
    beat: 12-18 s with a drum machine's beat over it (0-6 dB below the song), the beat alone 1-3 s
    before;
    gamefx: 12-18 s under game footage's sound (the part's game effects, the song -3..+6 dB over
    them), the effects 1-3 s before and after;
    memefx: 14-20 s of the song with 2-3 meme effects (a boom, a laugh track, a record scratch, an
    airhorn) cut into it (the song silent under each; each stretch of the song a pass);
    asmr: 10-16 s of quiet music 6-15 dB under an ASMR whisper (which runs 1-3 s before and after),
    the whole at -40..-30 dBFS;
    endonly: 8-20 s of a vlog's talk and street, then the song alone for the video's last 5-8 s."""
    duration = duration_of(track)
    pieces, also = None, ()
    if family in ("otherroom", "phonespeaker"):
        length = float(rng.uniform(12, 18) if family == "otherroom" else rng.uniform(10, 16))
        start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
        make = _otherroom if family == "otherroom" else _phonespeaker
        upload, upload_start, seconds, detail = make(rng, track, start, length, ambience)
        span_start, span_length = start, seconds
    elif family == "medley":
        count = int(rng.integers(2, 4))
        partners = [song for song in pool if song != track and song.name not in
                    HELD_OUT_9_SHARED.get(track.name, ())]
        chosen = [partners[int(index)] for index in rng.choice(len(partners), count - 1,
                                                               replace=False)]
        order = [track, *chosen]
        rng.shuffle(order)
        upload, parts, detail = _medley_songs(rng, order)
        total = len(upload) / RATE
        mine = next(part for part in parts if part[0] == track.name)
        upload_start, upload_end, span_start, span_end = mine[1]
        seconds, span_length = upload_end - upload_start, span_end - span_start
        also = tuple((name, (span,), expected_action((span,), total, length))
                     for name, span, length in parts if name != track.name)
    elif family in ("beat", "gamefx"):
        length = float(rng.uniform(12, 18))
        start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
        music = _trim(track, start, length)
        before = int(float(rng.uniform(1, 3)) * RATE)
        after = int(float(rng.uniform(1, 3)) * RATE) if family == "gamefx" else 0
        total = before + len(music) + after
        if family == "beat":
            bed, bpm = drum_loop(rng, total / RATE + 0.01)
            snr = float(rng.uniform(0, 6))
            detail = f"a {bpm:.0f} BPM beat added over it, SNR {snr:.1f} dB"
        else:
            bed = _game_bed(rng, sounds, total / RATE + 0.01)
            snr = float(rng.uniform(-3, 6))
            detail = f"game footage's sound over it, SNR {snr:.1f} dB"
        upload = _over(rng, music, bed[:total], snr, before)
        upload_start, seconds = before / RATE, len(music) / RATE
        span_start, span_length = start, seconds
    elif family == "memefx":
        length = min(float(rng.uniform(14, 20)), duration - 0.5)
        start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
        music = _trim(track, start, length)
        level = rms(music)
        upload = music.copy()
        kinds = [str(kind) for kind in rng.choice(MEME_EFFECTS, int(rng.integers(2, 4)),
                                                  replace=False)]
        slots = np.sort(rng.choice(np.arange(2.0, length - 2.5, 0.5), len(kinds), replace=False))
        cuts, at = [], 0.0
        for slot, kind in zip(slots, kinds):
            slot = max(float(slot), at + 1.5)
            effect = meme_effect(rng, kind) * level * float(rng.uniform(1.0, 2.0))
            first = int(slot * RATE)
            if first + len(effect) > len(upload) - int(1.5 * RATE):
                continue
            upload[first:first + len(effect)] = effect
            cuts.append((slot, slot + len(effect) / RATE, kind))
            at = slot + len(effect) / RATE
        pieces, previous = [], 0.0
        for first, last, _kind in cuts:
            pieces.append((previous, start + previous, first - previous))
            previous = last
        pieces.append((previous, start + previous, len(music) / RATE - previous))
        detail = "meme effects cut in: " + ", ".join(f"{kind} {first:.2f}-{last:.2f} s"
                                                     for first, last, kind in cuts)
    elif family == "asmr":
        length = float(rng.uniform(10, 16))
        start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
        music = _trim(track, start, length)
        before, after = float(rng.uniform(1, 3)), float(rng.uniform(1, 3))
        total = before + len(music) / RATE + after
        words = _whisper(rng, total, workdir, lines)
        first = int(before * RATE)
        below = float(rng.uniform(6, 15))
        voiced = words[first:first + len(music)]
        song = music / rms(music) * rms(voiced) * 10 ** (-below / 20)
        upload = words.copy()
        upload[first:first + len(song)] += song
        quiet = float(rng.uniform(30, 40))
        upload = upload / rms(upload) * 10 ** (-quiet / 20)
        upload_start, seconds, span_start, span_length = before, len(music) / RATE, start, len(music) / RATE
        detail = f"music {below:.1f} dB below an ASMR whisper, the whole at -{quiet:.1f} dBFS"
    elif family == "endonly":
        talk = float(rng.uniform(8, 20))
        length = min(float(rng.uniform(5, 8)), duration - 0.5)
        start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
        music = _trim(track, start, length)
        words = speech(rng, talk, workdir, lines)
        under = float(rng.uniform(6, 12))
        bed = words / rms(words) + ambience(rng, talk)[:len(words)] * 10 ** (-under / 20)
        bed = bed / rms(bed) * rms(music) * 10 ** (float(rng.uniform(-3, 3)) / 20)
        upload = np.concatenate([bed, _fade(music, 0.2, 0.3)])
        upload_start, seconds, span_start, span_length = len(bed) / RATE, len(music) / RATE, start, len(music) / RATE
        detail = (f"after {talk:.1f} s of talk and street (street {under:.1f} dB below the talk), "
                  f"the song alone for the last {seconds:.2f} s")
    else:
        raise ValueError(family)
    if pieces is not None:
        spans = tuple((round(offset, 4), round(offset + length, 4), round(first, 4),
                       round(first + length, 4)) for offset, first, length in pieces)
    else:
        spans = ((round(upload_start, 4), round(upload_start + seconds, 4),
                  round(span_start, 4), round(span_start + span_length, 4)),)
    path = out / f"{family}-{track.stem}.wav"
    write_wav(path, upload)
    return Query(path.name, family, track.name, True, *spans[0], detail,
                 passes=spans if len(spans) > 1 else (),
                 action=expected_action(spans, len(upload) / RATE, duration), also=also)


def _held_out_9_negatives(rng, unrelated: list[Path], workdir: Path, out: Path, lines: Lines,
                          sounds: list[Path], registered: list[Path], ambience) -> list[Query]:
    """held_out_8's kinds with this part's voices, sentences, sounds and background; and this
    part's families without a registered song: unregistered music from another room, on a phone's
    speaker, with a beat added, under game footage's sound (6 each), two or three unregistered
    songs joined as a medley (4); and their sound without any music: a beat alone, game sounds
    alone, meme effects alone, an ASMR whisper alone (4 each)."""
    queries = _held_out_8_negatives(rng, unrelated, workdir, out, lines, sounds, registered,
                                    ambience)
    def pick(seconds: float) -> tuple[Path, float]:
        track = unrelated[int(rng.integers(len(unrelated)))]
        return track, float(rng.uniform(0, max(0.0, duration_of(track) - seconds - 0.5)))
    def add(kind: str, number: int, upload: np.ndarray, detail: str) -> None:
        path = out / f"neg-{kind}-{number}.wav"
        write_wav(path, upload)
        queries.append(Query(path.name, f"neg-{kind}", None, True, detail=detail, action="none"))
    for number in range(6):
        track, start = pick(18)
        upload, _first, _seconds, detail = _otherroom(rng, track, start, float(rng.uniform(12, 18)),
                                                      ambience)
        add("otherroom", number, upload, f"{track.name} at {start:.2f} s, {detail}")
    for number in range(6):
        track, start = pick(16)
        upload, _first, _seconds, detail = _phonespeaker(rng, track, start,
                                                         float(rng.uniform(10, 16)), ambience)
        add("phonespeaker", number, upload, f"{track.name} at {start:.2f} s, {detail}")
    for kind in ("beat", "gamefx"):
        for number in range(6):
            track, start = pick(18)
            music = _trim(track, start, float(rng.uniform(12, 18)))
            before = int(float(rng.uniform(1, 3)) * RATE)
            total = before + len(music)
            if kind == "beat":
                bed, bpm = drum_loop(rng, total / RATE + 0.01)
                what = f"a {bpm:.0f} BPM beat"
            else:
                bed, what = _game_bed(rng, sounds, total / RATE + 0.01), "game footage's sound"
            snr = float(rng.uniform(-3, 6))
            add(kind, number, _over(rng, music, bed[:total], snr, before),
                f"{track.name} at {start:.2f} s, {what} over it, SNR {snr:.1f} dB")
    for number in range(4):
        songs = [unrelated[int(index)] for index in rng.choice(len(unrelated), int(rng.integers(2, 4)),
                                                               replace=False)]
        upload, _parts, detail = _medley_songs(rng, songs)
        add("medley", number, upload, detail)
    for number in range(4):
        bed, bpm = drum_loop(rng, float(rng.uniform(8, 16)))
        add("beatonly", number, bed * 0.1, f"a {bpm:.0f} BPM beat, no music")
    for number in range(4):
        add("gamefxonly", number, _game_bed(rng, sounds, float(rng.uniform(8, 16))) * 0.5,
            "game footage's sound, no music")
    for number in range(4):
        kinds = [str(kind) for kind in rng.permutation(MEME_EFFECTS)]
        pieces = []
        for kind in kinds:
            pieces += [meme_effect(rng, kind) * 0.1,
                       np.zeros(int(float(rng.uniform(0.3, 1.5)) * RATE), np.float32)]
        add("memeonly", number, np.concatenate(pieces), "meme effects one after another: "
            + ", ".join(kinds) + ", no music")
    for number in range(4):
        words = _whisper(rng, float(rng.uniform(8, 16)), workdir, lines)
        add("whisper", number, words / rms(words) * 10 ** (-float(rng.uniform(30, 40)) / 20),
            "an ASMR whisper, no music")
    return queries


# held_out_10 on: the song under a long voice-over, audible only 20-30 % of the upload; played on a
# phone's speaker in a car; two registered songs mixed DJ-style (the other one beat-matched to the
# song); a venue's background music under a vlogger; a reaction video that pauses the song to talk
# and resumes it: see _positive_10
FAMILIES_10 = ("longvoiceover", "phonecar", "djmix", "venue", "reaction")
# held_out_10 weights the families where the song lies under speech (the most common claim on
# short-video apps) up: every track has them, the five new ones and two of the other 34 earlier
# families in turn
HELD_OUT_10_ALWAYS = ("vlog", "vlogvoices", "voiceover", "ducked", "spedvlog")
HELD_OUT_10_TURNS = tuple(family for family in FAMILIES + FAMILIES_6 + FAMILIES_7 + FAMILIES_8
                          + FAMILIES_9 if family not in HELD_OUT_10_ALWAYS)
HELD_OUT_10_PER_TRACK = 2
VENUE_DETAIL = re.compile(r"ceiling speakers highpass (\d+) Hz lowpass (\d+) Hz, reverberance (\d+)%")
RAMP = 0.2        # s: the long voice-over's song comes up and goes down outside its stretches


def _long_voiceover(rng, track: Path, duration: float, workdir: Path,
                    lines: Lines) -> tuple[np.ndarray, list, str]:
    """A narrator talking for 30-50 s over the song, which runs on under the whole talk but is
    audible only in 2-4 stretches of >= 2.5 s, together 21-30 % of the upload (0-8 dB below the
    voice's speaking level; silent, its fader down, the rest of the time, with 0.2 s fades outside
    each stretch): (upload, pieces, detail)."""
    seconds = min(float(rng.uniform(30, 50)), duration - 1.0)
    start = float(rng.uniform(0, max(0.0, duration - seconds - 0.5)))
    music = _trim(track, start, seconds)
    total = len(music) / RATE
    share = float(rng.uniform(0.21, 0.3))
    audible = share * total
    count = max(1, min(int(rng.integers(2, 5)), int(audible // 2.5)))
    lengths = rng.dirichlet(np.ones(count)) * (audible - 2.5 * count) + 2.5
    gaps = rng.dirichlet(np.ones(count + 1)) * (total - audible - (count + 1)) + 1.0
    gain = np.zeros(len(music), np.float32)
    ramp = int(RAMP * RATE)
    pieces, at = [], 0.0
    for length, gap in zip(lengths, gaps):
        at += float(gap)
        first, last = int(at * RATE), int((at + float(length)) * RATE)
        gain[first:last] = 1.0
        gain[first - ramp:first] = np.linspace(0, 1, ramp, dtype=np.float32)
        gain[last:last + ramp] = np.linspace(1, 0, ramp, dtype=np.float32)[:len(gain) - last]
        pieces.append((first / RATE, start + first / RATE, (last - first) / RATE))
        at += float(length)
    words = _talk(rng, len(music), workdir, lines)
    below = float(rng.uniform(0, 8))
    voiced = words[np.abs(words) > 1e-4]
    song = music / rms(music) * rms(voiced if len(voiced) else words) * 10 ** (-below / 20)
    upload = words + song * gain
    heard = sum(piece[2] for piece in pieces) / total
    return upload, pieces, (f"audible {100 * heard:.1f}% of the upload in {len(pieces)} stretches, "
                            f"{below:.1f} dB below the voice's speech; its fader down under the "
                            "rest of the talk")


def _phonecar(rng, track: Path, start: float,
              length: float) -> tuple[np.ndarray, float, float, str]:
    """The song on a phone's speaker in a car: held_out_9's phone speaker (high-pass 280-350 Hz,
    low-pass 3-5 kHz, drive 2-5) in a small cabin (reverberance 5-25 %) with the road's noise at
    0-8 dB SNR, 1-3 s before and after."""
    upload, first, seconds, detail = _rerecorded(rng, track, start, length, road,
                                                 highs=(280, 351), lows=(3000, 5001),
                                                 rooms=(5, 26), drives=(2.0, 5.0), snrs=(0, 8))
    return upload, first, seconds, detail.replace("room noise", "in a car, road noise")


def _djmix(rng, track: Path, partner: Path) -> tuple[np.ndarray, tuple, tuple, str]:
    """``track`` and ``partner`` mixed as a DJ mixes: one plays 8-14 s alone, the two overlap for
    8-16 s in an equal-power cross-fade, the other plays on 6-12 s; ``partner`` is beat-matched to
    the song (SoX tempo x0.94-x1.06, the pitch kept), ``track`` at its own speed; which comes first
    at random: (upload, the song's span, the partner's span, detail)."""
    alone_first, overlap, alone_second = (float(rng.uniform(8, 14)), float(rng.uniform(8, 16)),
                                          float(rng.uniform(6, 12)))
    factor = float(np.round(rng.uniform(0.94, 1.06), 3))    # partner's seconds per upload second
    song_first = bool(rng.integers(2))
    mine_seconds = alone_first + overlap if song_first else overlap + alone_second
    theirs_seconds = (overlap + alone_second if song_first else alone_first + overlap) * factor
    duration, partner_duration = duration_of(track), duration_of(partner)
    mine_seconds = min(mine_seconds, duration - 0.5)
    theirs_seconds = min(theirs_seconds, partner_duration - 0.5)
    mine_start = float(rng.uniform(0, max(0.0, duration - mine_seconds - 0.5)))
    theirs_start = float(rng.uniform(0, max(0.0, partner_duration - theirs_seconds - 0.5)))
    mine = _trim(track, mine_start, mine_seconds)
    theirs = _trim(partner, theirs_start, theirs_seconds, ["tempo", "-m", str(factor)])
    mine, theirs = mine / rms(mine) * 0.1, theirs / rms(theirs) * 0.1
    first, second = (mine, theirs) if song_first else (theirs, mine)
    fade = min(int(overlap * RATE), len(first), len(second))
    curve = np.linspace(0, np.pi / 2, fade, dtype=np.float32)
    first = first.copy()
    second = second.copy()
    first[len(first) - fade:] *= np.cos(curve)
    second[:fade] *= np.sin(curve)
    joined = len(first) - fade
    upload = np.zeros(joined + len(second), np.float32)
    upload[:len(first)] += first
    upload[joined:] += second
    mine_at = 0 if song_first else joined
    theirs_at = joined if song_first else 0
    mine_span = (mine_at / RATE, (mine_at + len(mine)) / RATE, mine_start,
                 mine_start + len(mine) / RATE)
    theirs_span = (theirs_at / RATE, (theirs_at + len(theirs)) / RATE, theirs_start,
                   theirs_start + theirs_seconds)
    order = (track, partner) if song_first else (partner, track)
    return upload, mine_span, theirs_span, (
        f"DJ mix: {order[0].name} then {order[1].name}, cross-faded over {fade / RATE:.2f} s; "
        f"{partner.name} beat-matched x{factor} from {theirs_start:.2f} s")


def cafe(rng: np.random.Generator, seconds: float, workdir: Path, lines: Lines) -> np.ndarray:
    """A café's room, unit RMS: 3-5 people talking at other tables (espeak, each from its own
    second, quieter with distance), cups and plates clinking (short decaying 2-6 kHz tones) and
    the coffee machine's hiss now and then (band noise 1.5-8 kHz swelling over 2-4 s)."""
    count = int(seconds * RATE)
    times = np.arange(count) / RATE
    babble = np.zeros(count, np.float32)
    for _table in range(int(rng.integers(3, 6))):
        talk = speech(rng, seconds + 2, workdir, lines)
        shift = int(rng.uniform(0, 2) * RATE)
        piece = talk[shift:shift + count]
        babble[:len(piece)] += piece / rms(piece) * float(rng.uniform(0.3, 1.0))
    clinks = np.zeros(count)
    for at in rng.uniform(0, seconds, max(1, int(seconds / rng.uniform(1, 3)))):
        size = int(float(rng.uniform(0.05, 0.2)) * RATE)
        ring = np.arange(size) / RATE
        tone = np.sin(2 * np.pi * float(rng.uniform(2000, 6000)) * ring) * np.exp(-ring / 0.03)
        first = int(at * RATE)
        clinks[first:first + size] += tone[:count - first] * float(rng.uniform(0.5, 2))
    hiss = np.zeros(count)
    for _ in range(int(rng.integers(1, 3))):
        centre, width = rng.uniform(0, seconds), rng.uniform(1, 2)
        hiss += np.exp(-0.5 * ((times - centre) / width) ** 2)
    out = babble / rms(babble) + clinks * 0.6 + _band(rng, count, 1500, 8000) * hiss * 0.3
    return (out / np.sqrt(np.mean(out ** 2))).astype(np.float32)


def _venue(rng, track: Path, start: float, seconds: float, workdir: Path,
           lines: Lines) -> tuple[np.ndarray, str]:
    """``seconds`` of the song as a café's background music (ceiling speakers: high-pass 120-200
    Hz, low-pass 4-7 kHz, the room's reverb 40-80 %), 6-14 dB under a vlogger talking there and
    the café's sound (6-12 dB under the voice), the whole upload long: (upload, detail)."""
    high, low, room = int(rng.integers(120, 201)), int(rng.integers(4000, 7001)), int(rng.integers(40, 81))
    music = _trim(track, start, seconds, ["highpass", str(high), "lowpass", str(low),
                                          "reverb", str(room), "50", "100"])
    words = _talk(rng, len(music), workdir, lines)
    voiced = words[np.abs(words) > 1e-4]
    under = float(rng.uniform(6, 12))
    bed = words / rms(voiced if len(voiced) else words) \
        + cafe(rng, len(music) / RATE + 0.01, workdir, lines)[:len(music)] * 10 ** (-under / 20)
    below = float(rng.uniform(6, 14))
    upload = bed + music / rms(music) * rms(bed) * 10 ** (-below / 20)
    return upload.astype(np.float32), (
        f"ceiling speakers highpass {high} Hz lowpass {low} Hz, reverberance {room}%, music "
        f"{below:.1f} dB below a vlogger and the café (the café {under:.1f} dB below the voice)")


def _reaction(rng, track: Path, duration: float, workdir: Path, lines: Lines,
              ambience) -> tuple[np.ndarray, list, str]:
    """A reaction video: 1-3 s of talk, then the song in 3-4 passes of 4-9 s, paused between them
    for 2-6 s of the reactor talking and resumed where it stopped (each pass a span, the song's
    time running on only while it plays), 1-3 s of talk after; the reactor's room under the talk
    and 20-30 dB under the song: (upload, pieces, detail)."""
    lengths = [float(rng.uniform(4, 9)) for _ in range(int(rng.integers(3, 5)))]
    total = min(sum(lengths), duration - 0.5)
    start = float(rng.uniform(0, max(0.0, duration - total - 0.5)))
    song = _trim(track, start, total)
    level = rms(song)
    cuts = np.minimum(np.round(np.cumsum([0.0, *lengths]) * RATE).astype(int), len(song))
    def talk(seconds: float) -> np.ndarray:
        words = speech(rng, seconds, workdir, lines)
        return (words / rms(words) * level * 10 ** (float(rng.uniform(-3, 3)) / 20)).astype(np.float32)
    parts, pieces, at = [talk(float(rng.uniform(1, 3)))], [], 0
    at = len(parts[0])
    for number, (first, last) in enumerate(zip(cuts, cuts[1:])):
        if last <= first:
            break
        if number:
            parts.append(talk(float(rng.uniform(2, 6))))
            at += len(parts[-1])
        parts.append(song[first:last])
        pieces.append((at / RATE, start + int(first) / RATE, int(last - first) / RATE))
        at += int(last - first)
    parts.append(talk(float(rng.uniform(1, 3))))
    upload = np.concatenate(parts)
    room = ambience(rng, len(upload) / RATE + 0.01)[:len(upload)]
    quiet = float(rng.uniform(20, 30))
    upload = upload + room / rms(room) * level * 10 ** (-quiet / 20)
    return upload, pieces, (f"reaction: the song paused {len(pieces) - 1} times for the reactor's "
                            f"talk and resumed where it stopped; the room {quiet:.1f} dB under it")


def _positive_10(rng, family: str, track: Path, others: list[Path], workdir: Path, out: Path,
                 lines: Lines, ambience, pool: list[Path], sounds: list[Path] = ()) -> Query:
    """One query of a family of FAMILIES_10 (held_out_10 on).

    longvoiceover: 30-50 s of a narrator, the song under it audible only 21-30 % of the time in 2-4
    stretches (each a pass, all on one line: ``_long_voiceover``);
    phonecar: 12-18 s on a phone's speaker in a car, road noise at 0-8 dB SNR (``_phonecar``);
    djmix: the song and another registered song of the part (``pool``) mixed by a DJ, the other
    beat-matched to it (``_djmix``; the other an original too, in ``also``);
    venue: 15-25 s as a café's background music under a vlogger (``_venue``);
    reaction: the song paused 2-3 times for talk and resumed where it stopped (``_reaction``)."""
    duration = duration_of(track)
    also = ()
    if family == "longvoiceover":
        upload, pieces, detail = _long_voiceover(rng, track, duration, workdir, lines)
    elif family == "reaction":
        upload, pieces, detail = _reaction(rng, track, duration, workdir, lines, ambience)
    elif family in ("phonecar", "venue"):
        length = min(float(rng.uniform(12, 18) if family == "phonecar" else rng.uniform(15, 25)),
                     duration - 1.0)
        start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
        if family == "phonecar":
            upload, first, seconds, detail = _phonecar(rng, track, start, length)
        else:
            (upload, detail), first = _venue(rng, track, start, length, workdir, lines), 0.0
            seconds = len(upload) / RATE
        pieces = [(first, start, seconds)]
    elif family == "djmix":
        partners = [song for song in pool if song != track]
        partner = partners[int(rng.integers(len(partners)))]
        upload, mine, theirs, detail = _djmix(rng, track, partner)
        pieces = [(mine[0], mine[2], mine[1] - mine[0])]
        theirs = tuple(round(value, 4) for value in theirs)
        also = ((partner.name, (theirs,), expected_action((theirs,), len(upload) / RATE,
                                                          duration_of(partner))),)
    else:
        raise ValueError(family)
    spans = tuple((round(offset, 4), round(offset + length, 4), round(first, 4),
                   round(first + length, 4)) for offset, first, length in pieces)
    path = out / f"{family}-{track.stem}.wav"
    write_wav(path, upload)
    return Query(path.name, family, track.name, True, *spans[0], detail,
                 passes=spans if len(spans) > 1 else (),
                 action=expected_action(spans, len(upload) / RATE, duration), also=also)


def melody_line(music: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The loudest line of ``music`` as a person would hum it: per 23 ms frame (93 ms windows) the
    pitch of 110-880 Hz whose first five harmonics hold the most energy, rounded to a semitone and
    smoothed over 5 frames, and the frame's level; (pitch in Hz, 0 where the music is quiet;
    level)."""
    frame, hop = 2048, 512
    count = max(0, (len(music) - frame) // hop + 1)
    if count == 0:
        return np.zeros(0), np.zeros(0)
    index = np.arange(frame)[None, :] + hop * np.arange(count)[:, None]
    spectrum = np.abs(np.fft.rfft(music[index] * np.hanning(frame), axis=1))
    candidates = 110 * 2 ** (np.arange(0, 36 * 2 + 1) / 24)
    salience = np.zeros((count, len(candidates)))
    for harmonic in range(1, 6):
        bins = np.minimum(np.round(harmonic * candidates * frame / RATE).astype(int),
                          spectrum.shape[1] - 1)
        salience += 0.8 ** (harmonic - 1) * spectrum[:, bins]
    notes = np.round(12 * np.log2(candidates[np.argmax(salience, axis=1)] / 440) + 69)
    padded = np.pad(notes, 2, mode="edge")
    notes = np.median(np.stack([padded[shift:shift + count] for shift in range(5)]), axis=0)
    level = np.sqrt(np.mean(music[index] ** 2, axis=1))
    pitch = 440 * 2 ** ((notes - 69) / 12)
    pitch[level < 0.2 * np.median(level)] = 0.0
    return pitch, level


def _sung(rng, pitch: np.ndarray, level: np.ndarray, instrument: bool) -> np.ndarray:
    """``pitch`` (per 512-sample frame) as a new performance, unit RMS: hummed (a soft voice with a
    5 Hz vibrato and breath) or played on another instrument (a plucked square-ish tone restarting
    at each new note, with a bass an octave under it); either 10-30 cents off the recording's
    tuning, as a person hums or tunes, from its own phase."""
    hop = 512
    detune = 2 ** (float(rng.uniform(10, 30)) * (1 if rng.integers(2) else -1) / 1200)
    frequency = np.repeat(pitch, hop) * detune
    voiced = frequency > 0
    glide = np.convolve(np.where(voiced, frequency, 0), np.ones(220) / 220, "same")
    weight = np.convolve(voiced.astype(float), np.ones(220) / 220, "same")
    frequency = np.where(voiced, glide / np.maximum(weight, 1e-9), 0)
    times = np.arange(len(frequency)) / RATE
    loud = np.convolve(np.repeat(level, hop), np.ones(1100) / 1100, "same") * voiced
    if instrument:
        phase = 2 * np.pi * np.cumsum(frequency) / RATE + float(rng.uniform(0, 2 * np.pi))
        tone = sum(np.sin(harmonic * phase) / harmonic for harmonic in (1, 3, 5, 7))
        tone += 0.5 * np.sin(phase / 2)
        starts = np.flatnonzero(np.diff(np.repeat(pitch, hop), prepend=-1.0) != 0)
        since = times - times[starts][np.maximum(np.searchsorted(starts, np.arange(len(times)),
                                                                 side="right") - 1, 0)]
        out = tone * np.exp(-since / float(rng.uniform(0.2, 0.5))) * voiced
    else:
        vibrato = 1 + 0.017 * np.sin(2 * np.pi * 5 * times + rng.uniform(0, 6))
        phase = 2 * np.pi * np.cumsum(frequency * vibrato) / RATE + float(rng.uniform(0, 2 * np.pi))
        tone = np.sin(phase) + 0.4 * np.sin(2 * phase) + 0.15 * np.sin(3 * phase)
        out = tone * loud / (np.max(loud) + 1e-9) + rng.standard_normal(len(times)) * 0.02 * voiced
    return (out / (np.sqrt(np.mean(out ** 2)) + 1e-12)).astype(np.float32)


def _held_out_10_negatives(rng, unrelated: list[Path], workdir: Path, out: Path, lines: Lines,
                           sounds: list[Path], registered: list[Path], ambience) -> list[Query]:
    """held_out_9's kinds with this part's voices, sentences, sounds and background; a registered
    song's loudest line hummed and played on another instrument (6 each: the same tune, not the
    recording, so not a copy); this part's families on unregistered music (a long voice-over, a
    phone in a car, a venue, 6 each; a reaction, a DJ mix of two unregistered songs, 4 each);
    the café and its vlogger without music (4); and short game loops played whole, looped x2-x4 as
    the game plays them (6: held_out_9's Mad-Scientist loop was heard as another game's track)."""
    queries = _held_out_9_negatives(rng, unrelated, workdir, out, lines, sounds, registered,
                                    ambience)
    def pick(seconds: float, tracks: list[Path] = unrelated) -> tuple[Path, float]:
        track = tracks[int(rng.integers(len(tracks)))]
        return track, float(rng.uniform(0, max(0.0, duration_of(track) - seconds - 0.5)))
    def add(kind: str, number: int, upload: np.ndarray, detail: str) -> None:
        path = out / f"neg-{kind}-{number}.wav"
        write_wav(path, upload)
        queries.append(Query(path.name, f"neg-{kind}", None, True, detail=detail, action="none"))
    for kind in ("hum", "cover"):
        for number in range(6):
            track, start = pick(16, registered)
            seconds = float(rng.uniform(10, 16))
            pitch, level = melody_line(_trim(track, start, seconds))
            add(kind, number, _sung(rng, pitch, level, kind == "cover") * 0.1,
                f"{track.name} at {start:.2f} s: its loudest line "
                + ("played on another instrument" if kind == "cover" else "hummed")
                + ", the tune and not the recording")
    for number in range(6):
        track, _start = pick(0)
        upload, pieces, detail = _long_voiceover(rng, track, duration_of(track), workdir, lines)
        add("longvoiceover", number, upload, f"{track.name} from {pieces[0][1] - pieces[0][0]:.2f} s, {detail}")
    for number in range(6):
        track, start = pick(18)
        upload, _first, _seconds, detail = _phonecar(rng, track, start, float(rng.uniform(12, 18)))
        add("phonecar", number, upload, f"{track.name} at {start:.2f} s, {detail}")
    for number in range(6):
        track, start = pick(25)
        upload, detail = _venue(rng, track, start, min(float(rng.uniform(15, 25)),
                                                       duration_of(track) - 1.0), workdir, lines)
        add("venue", number, upload, f"{track.name} at {start:.2f} s, {detail}")
    for number in range(4):
        track, _start = pick(0)
        upload, pieces, detail = _reaction(rng, track, duration_of(track), workdir, lines, ambience)
        add("reaction", number, upload, f"{track.name} from {pieces[0][1]:.2f} s, {detail}")
    for number in range(4):
        first, second = (unrelated[int(index)] for index in rng.choice(len(unrelated), 2,
                                                                       replace=False))
        upload, _mine, _theirs, detail = _djmix(rng, first, second)
        add("djmix", number, upload, detail)
    for number in range(4):
        seconds = float(rng.uniform(10, 20))
        words = _talk(rng, int(seconds * RATE), workdir, lines)
        voiced = words[np.abs(words) > 1e-4]
        under = float(rng.uniform(6, 12))
        bed = words / rms(voiced) + cafe(rng, seconds, workdir, lines)[:len(words)] * 10 ** (-under / 20)
        add("cafe", number, bed * 0.1, f"a vlogger in a café (the café {under:.1f} dB below), no music")
    loops = [track for track in unrelated if duration_of(track) <= 70] or unrelated
    for number in range(6):
        track = loops[number % len(loops)]
        times = int(rng.integers(2, 5))
        add("gameloop", number, np.tile(sox_read(track, []), times),
            f"{track.name} played whole x{times}, end joined to start as the game loops it")
    return queries


# held_out_11 on: the song under two people talking in a car (its radio), a street interview (a
# shop's speaker across the street), a cooking video (the kitchen's clatter and sizzle) and a
# screen tutorial's voice-over (typing and mouse clicks): music under speech, the most common claim,
# in new shapes; see _positive_11
FAMILIES_11 = ("cartalk", "interview", "cooking", "tutorial")
SHOP_DETAIL = re.compile(r"shop speaker highpass (\d+) Hz lowpass (\d+) Hz, reverberance (\d+)%")


def _dialogue(rng, count: int, workdir: Path, lines: Lines,
              gaps: tuple[float, float] = (0.2, 0.9)) -> np.ndarray:
    """``count`` samples of two people taking turns (two voices of ``lines``, one or two sentences
    a turn, ``gaps`` s between turns, one of them 0-4 dB quieter), unit RMS where they speak."""
    voices, sentences = lines
    pair = [str(voice) for voice in rng.choice(voices, 2, replace=False)]
    gains = (1.0, 10 ** (-float(rng.uniform(0, 4)) / 20))
    pieces, total, turn = [np.zeros(int(rng.uniform(0.2, 1.0) * RATE), np.float32)], 0, 0
    total = len(pieces[0])
    while total < count:
        for _sentence in range(int(rng.integers(1, 3))):
            wav = workdir / "dialogue.wav"
            subprocess.run(["espeak-ng", "-v", pair[turn], "-s", str(int(rng.integers(150, 200))),
                            "-p", str(int(rng.integers(30, 70))), "-w", str(wav),
                            str(rng.choice(sentences))], check=True, capture_output=True)
            piece = sox_read(wav, [])
            pieces.append(piece / (rms(piece[np.abs(piece) > 1e-4]) + 1e-9) * gains[turn])
            total += len(piece)
        pieces.append(np.zeros(int(rng.uniform(*gaps) * RATE), np.float32))
        total += len(pieces[-1])
        turn = 1 - turn
    return np.concatenate(pieces)[:count].astype(np.float32)


def kitchen(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """A kitchen while someone cooks, unit RMS: a knife chopping on a board (bursts of 3-7 knocks a
    second), a pan's sizzle (2-9 kHz noise swelling and settling), pots and lids clanking (short
    decaying 300-1500 Hz tones) now and then."""
    count = int(seconds * RATE)
    times = np.arange(count) / RATE
    knock = np.exp(-np.arange(int(0.03 * RATE)) / (0.004 * RATE))
    knock = knock * _band(rng, len(knock), 200, 2500)
    chops = np.zeros(count)
    at = float(rng.uniform(0, 1.5))
    while at < seconds - 0.1:
        burst, rate = float(rng.uniform(1, 3)), float(rng.uniform(3, 7))
        for hit in np.arange(at, min(at + burst, seconds - 0.05), 1 / rate):
            first = int(hit * RATE)
            chops[first:first + len(knock)] += knock[:count - first] * rng.uniform(0.6, 1.4)
        at += burst + float(rng.uniform(1, 4))
    sizzle = _band(rng, count, 2000, 9000) * (0.5 + 0.5 * np.clip(
        np.sin(2 * np.pi * times / float(rng.uniform(8, 15)) + rng.uniform(0, 6)), 0, 1))
    clanks = np.zeros(count)
    for when in rng.uniform(0, seconds, max(1, int(seconds / rng.uniform(3, 6)))):
        size = int(float(rng.uniform(0.2, 0.6)) * RATE)
        ring = np.arange(size) / RATE
        tone = np.sin(2 * np.pi * float(rng.uniform(300, 1500)) * ring) * np.exp(-ring / 0.08)
        first = int(when * RATE)
        clanks[first:first + size] += tone[:count - first] * float(rng.uniform(0.5, 1.5))
    out = chops * 3 + sizzle * float(rng.uniform(0.2, 0.5)) + clanks
    return (out / np.sqrt(np.mean(out ** 2))).astype(np.float32)


def typing(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """A keyboard and a mouse under a screen tutorial, unit RMS: keys clicking 6-12 a second in
    bursts of 1-4 s, pauses of 0.5-3 s, and the odd mouse click (a sharper, shorter tick)."""
    count = int(seconds * RATE)
    out = np.zeros(count)
    def click(length: float, low: float, high: float) -> np.ndarray:
        size = int(length * RATE)
        return _band(rng, size, low, high) * np.exp(-np.arange(size) / (0.2 * size))
    at = float(rng.uniform(0, 1))
    while at < seconds - 0.1:
        burst, rate = float(rng.uniform(1, 4)), float(rng.uniform(6, 12))
        for hit in np.arange(at, min(at + burst, seconds - 0.05), 1 / rate):
            hit += float(rng.uniform(-0.02, 0.02))
            key = click(float(rng.uniform(0.008, 0.02)), 1000, 6000) * float(rng.uniform(0.6, 1.4))
            first = max(0, int(hit * RATE))
            out[first:first + len(key)] += key[:count - first]
        at += burst + float(rng.uniform(0.5, 3))
    for when in rng.uniform(0, seconds - 0.05, max(1, int(seconds / rng.uniform(2, 5)))):
        tick = click(0.006, 2000, 8000) * 1.5
        first = int(when * RATE)
        out[first:first + len(tick)] += tick[:count - first]
    return (out / (np.sqrt(np.mean(out ** 2)) + 1e-12)).astype(np.float32)


def _over_bed(rng, music: np.ndarray, talk: np.ndarray, background: np.ndarray,
              under: tuple[float, float], below: tuple[float, float]) -> tuple[np.ndarray, float, float]:
    """``talk`` (unit RMS where it speaks) with ``background`` ``under`` dB below it and ``music``
    ``below`` dB below the two, all as long as ``music``: (upload, the background's dB, the
    music's dB)."""
    quiet, low = float(rng.uniform(*under)), float(rng.uniform(*below))
    voiced = talk[np.abs(talk) > 1e-4]
    bed = talk / rms(voiced if len(voiced) else talk) \
        + background[:len(talk)] / rms(background[:len(talk)]) * 10 ** (-quiet / 20)
    upload = bed + music / rms(music) * rms(bed) * 10 ** (-low / 20)
    return (upload * 0.1).astype(np.float32), quiet, low


def _scene_11(rng, family: str, track: Path, start: float, seconds: float, workdir: Path,
              lines: Lines) -> tuple[np.ndarray, str]:
    """``seconds`` of the song from ``start`` in one of FAMILIES_11's scenes, the whole upload long:
    (upload, detail; its "<x> dB below" is the music's under the rest, which check() fits back).

    cartalk: on a car's radio (the station's compressor, the cabin's band) under two people
    talking, 8-16 dB below them and the road (the road 4-10 dB under the voices);
    interview: from a shop's speaker across the street (high-pass 150-300 Hz, low-pass 3-6 kHz,
    reverberance 20-60 %) under an interviewer and a passer-by, 10-18 dB below them and the street
    (the street 6-12 dB under the voices);
    cooking: as it is, under a cook talking, 8-16 dB below the cook and the kitchen (the kitchen
    3-10 dB under the voice);
    tutorial: as it is, a quiet bed 12-20 dB below a voice-over and its typing (the typing 8-14 dB
    under the voice)."""
    if family == "cartalk":
        effects, radio = _car_effects(rng)
        music = _trim(track, start, seconds, effects)
        talk = _dialogue(rng, len(music), workdir, lines)
        upload, quiet, low = _over_bed(rng, music, talk, road(rng, len(music) / RATE + 0.01),
                                       (4, 10), (8, 16))
        return upload, (f"two people talking in a car, its {radio}; music {low:.1f} dB below "
                        f"the talk and the road (the road {quiet:.1f} dB under the voices)")
    if family == "interview":
        high, low_pass, room = (int(rng.integers(150, 301)), int(rng.integers(3000, 6001)),
                                int(rng.integers(20, 61)))
        music = _trim(track, start, seconds, ["highpass", str(high), "lowpass", str(low_pass),
                                               "reverb", str(room), "50", "100"])
        talk = _dialogue(rng, len(music), workdir, lines)
        upload, quiet, low = _over_bed(rng, music, talk, city(rng, len(music) / RATE + 0.01),
                                       (6, 12), (10, 18))
        return upload, (f"street interview, shop speaker highpass {high} Hz lowpass {low_pass} "
                        f"Hz, reverberance {room}%; music {low:.1f} dB below the two voices and "
                        f"the street (the street {quiet:.1f} dB under the voices)")
    music = _trim(track, start, seconds)
    talk = _talk(rng, len(music), workdir, lines)
    if family == "cooking":
        upload, quiet, low = _over_bed(rng, music, talk, kitchen(rng, len(music) / RATE + 0.01),
                                       (3, 10), (8, 16))
        return upload, (f"a cooking video: music {low:.1f} dB below the cook and the kitchen "
                        f"(chopping, sizzle, pans {quiet:.1f} dB under the voice)")
    if family == "tutorial":
        upload, quiet, low = _over_bed(rng, music, talk, typing(rng, len(music) / RATE + 0.01),
                                       (8, 14), (12, 20))
        return upload, (f"a screen tutorial: music {low:.1f} dB below the voice-over and its "
                        f"typing (keys and mouse {quiet:.1f} dB under the voice)")
    raise ValueError(family)


SCENE_SECONDS = {"cartalk": (15, 25), "interview": (12, 22), "cooking": (15, 30),
                 "tutorial": (20, 40)}


def _positive_11(rng, family: str, track: Path, others: list[Path], workdir: Path, out: Path,
                 lines: Lines, ambience, pool: list[Path] = (), sounds: list[Path] = ()) -> Query:
    """One query of a family of FAMILIES_11 (held_out_11 on): ``SCENE_SECONDS`` of the song in its
    scene (``_scene_11``), the song heard the whole upload long."""
    duration = duration_of(track)
    length = min(float(rng.uniform(*SCENE_SECONDS[family])), duration - 1.0)
    start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
    upload, detail = _scene_11(rng, family, track, start, length, workdir, lines)
    seconds = len(upload) / RATE
    span = (0.0, round(seconds, 4), round(start, 4), round(start + seconds, 4))
    path = out / f"{family}-{track.stem}.wav"
    write_wav(path, upload)
    return Query(path.name, family, track.name, True, *span, detail,
                 action=expected_action((span,), seconds, duration))


def _held_out_11_negatives(rng, unrelated: list[Path], workdir: Path, out: Path, lines: Lines,
                           sounds: list[Path], registered: list[Path], ambience) -> list[Query]:
    """held_out_10's kinds on the unregistered tracks of 20 s or more, with this part's voices,
    sentences, sounds and background; FAMILIES_11's scenes on that music (4 each) and without any
    music (3 each); game sound effects over silence (6: the sounds alone, 0.3-3 s of digital
    silence between them); DJ mixes of two unregistered tracks of one game where one has two (4:
    the same composer and sounds); and the shorter tracks (a game's 4-7 s loops) played whole x3-x8,
    end joined to start as the game loops them (6), and so looped under a vlogger's talk, 6-14 dB
    below it (4)."""
    longer = [track for track in unrelated if duration_of(track) >= 20] or unrelated
    loops = [track for track in unrelated if track not in longer]
    queries = _held_out_10_negatives(rng, longer, workdir, out, lines, sounds, registered,
                                     ambience)
    def add(kind: str, number: int, upload: np.ndarray, detail: str) -> None:
        path = out / f"neg-{kind}-{number}.wav"
        write_wav(path, upload)
        queries.append(Query(path.name, f"neg-{kind}", None, True, detail=detail, action="none"))
    backgrounds = {"cartalk": road, "interview": city, "cooking": kitchen, "tutorial": typing}
    for family in FAMILIES_11:
        for number in range(4):
            track = longer[int(rng.integers(len(longer)))]
            duration = duration_of(track)
            seconds = min(float(rng.uniform(*SCENE_SECONDS[family])), duration - 1.0)
            start = float(rng.uniform(0, max(0.0, duration - seconds - 0.5)))
            upload, detail = _scene_11(rng, family, track, start, seconds, workdir, lines)
            add(family, number, upload, f"{track.name} at {start:.2f} s, {detail}")
        for number in range(3):
            count = int(float(rng.uniform(*SCENE_SECONDS[family])) * RATE)
            talk = (_dialogue if family in ("cartalk", "interview") else _talk)(
                rng, count, workdir, lines)
            quiet = float(rng.uniform(4, 12))
            voiced = talk[np.abs(talk) > 1e-4]
            background = backgrounds[family](rng, count / RATE + 0.01)[:count]
            bed = talk / rms(voiced) + background * 10 ** (-quiet / 20)
            add(f"{family}only", number, bed * 0.1,
                f"the {family} scene, its background {quiet:.1f} dB under the voices, no music")
    for number in range(6):
        seconds, pieces, names, total = float(rng.uniform(8, 20)), [], [], 0
        while total < seconds * RATE:
            sound = sounds[int(rng.integers(len(sounds)))]
            gap = np.zeros(int(float(rng.uniform(0.3, 3)) * RATE), np.float32)
            effect = sox_read(sound, [])
            pieces += [gap, effect / (np.max(np.abs(effect)) + 1e-9) * float(rng.uniform(0.2, 0.6))]
            names.append(sound.stem.split("--")[-1])
            total += len(gap) + len(effect)
        add("gamesfx", number, np.concatenate(pieces),
            "game sound effects over digital silence: " + ", ".join(names) + ", no music")
    by_game: dict[str, list[Path]] = {}
    for track in longer:
        by_game.setdefault(_package(track), []).append(track)
    pairs = [tracks for tracks in by_game.values() if len(tracks) > 1] or [longer]
    for number in range(4):
        tracks = pairs[number % len(pairs)]
        first, second = (tracks[int(index)] for index in rng.choice(len(tracks), 2, replace=False))
        upload, _mine, _theirs, detail = _djmix(rng, first, second)
        add("djmixgame", number, upload, detail)
    for number in range(6 if loops else 0):
        track, times = loops[number % len(loops)], int(rng.integers(3, 9))
        add("shortloop", number, np.tile(sox_read(track, []), times),
            f"{track.name} played whole x{times}, end joined to start as the game loops it")
    for number in range(4 if loops else 0):
        track = loops[int(rng.integers(len(loops)))]
        words = _talk(rng, int(float(rng.uniform(10, 20)) * RATE), workdir, lines)
        loop = sox_read(track, [])
        music = np.tile(loop, len(words) // len(loop) + 1)[:len(words)]
        below = float(rng.uniform(6, 14))
        voiced = words[np.abs(words) > 1e-4]
        upload = words / rms(voiced) + music / rms(music) * 10 ** (-below / 20)
        add("loopvlog", number, upload * 0.1,
            f"{track.name} looped {below:.1f} dB below a vlogger's speech")
    return queries


# held_out_12 on: the song under a game streamer's talk and the game's effects, a fitness class's
# instructor over the gym's speakers, a vlog outdoors with the wind on the phone's microphone, and
# a podcast whose two hosts talk over it once it has played alone as the intro: music under speech
# in new shapes again; see _positive_12
FAMILIES_12 = ("stream", "workout", "windvlog", "podcast")
GYM_DETAIL = re.compile(r"gym speakers highpass (\d+) Hz, reverberance (\d+)%")
PODCAST_INTRO = re.compile(r"alone for its first ([\d.]+) s")
PODCAST_FADE = 1.0        # s: the podcast's song goes down from the intro's level to the bed's
SCENE_SECONDS_12 = {"stream": (15, 30), "workout": (15, 25), "windvlog": (12, 25),
                    "podcast": (20, 40)}


def gym(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """A gym during a class, unit RMS: a treadmill's belt (a 50-120 Hz hum and the runner's
    footfalls, 2.5-3.5 a second), weights set down now and then (a thud and a 150-800 Hz metal
    ring) and the room's air handling (a soft 200-2000 Hz hiss)."""
    count = int(seconds * RATE)
    times = np.arange(count) / RATE
    hum = np.sin(2 * np.pi * float(rng.uniform(50, 120)) * times + rng.uniform(0, 6))
    thud = np.exp(-np.arange(int(0.06 * RATE)) / (0.012 * RATE)) * _band(rng, int(0.06 * RATE), 40, 400)
    steps = np.zeros(count)
    for at in np.arange(float(rng.uniform(0, 0.4)), seconds - 0.07, 1 / float(rng.uniform(2.5, 3.5))):
        first = int(at * RATE)
        steps[first:first + len(thud)] += thud[:count - first] * float(rng.uniform(0.7, 1.3))
    weights = np.zeros(count)
    for when in rng.uniform(0, seconds, max(1, int(seconds / rng.uniform(2, 5)))):
        size = int(float(rng.uniform(0.3, 0.8)) * RATE)
        ring = np.arange(size) / RATE
        tone = (np.sin(2 * np.pi * float(rng.uniform(150, 800)) * ring) * np.exp(-ring / 0.15)
                + np.exp(-ring / 0.02) * rng.standard_normal(size))
        first = int(when * RATE)
        weights[first:first + size] += tone[:count - first] * float(rng.uniform(0.8, 2.0))
    out = hum * 0.3 + steps * 2 + weights + _band(rng, count, 200, 2000) * 0.2
    return (out / np.sqrt(np.mean(out ** 2))).astype(np.float32)


def wind(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """Wind on a phone's microphone outdoors, unit RMS: low rumble (noise below ~400 Hz) swelling
    at random every 0.25 s, gusts of 1-6 s at 3-6x the calm, with a little 400-3000 Hz rush."""
    count = int(seconds * RATE)
    steps = max(2, int(seconds * 4))
    swell = np.abs(np.cumsum(rng.standard_normal(steps))) + 0.3
    for _gust in range(max(1, int(seconds / rng.uniform(3, 8)))):
        centre, width = int(rng.integers(steps)), int(rng.integers(2, 12))
        swell[max(0, centre - width):centre + width] *= float(rng.uniform(3, 6))
    envelope = np.interp(np.arange(count), np.linspace(0, count - 1, steps), swell)
    out = (_band(rng, count, 15, 400) + 0.25 * _band(rng, count, 400, 3000)) * envelope
    return (out / np.sqrt(np.mean(out ** 2))).astype(np.float32)


def park(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """held_out_12's background under vlogs, rooms and reactions, unit RMS: a park, a breeze
    (``wind`` 8-14 dB down), birds (2-6 kHz chirps sweeping up or down, in calls of 2-6) and the
    generated street 6-12 dB down, far off."""
    count = int(seconds * RATE)
    birds = np.zeros(count)
    for when in rng.uniform(0, seconds, max(1, int(seconds / rng.uniform(0.8, 2.5)))):
        low, high = sorted(rng.uniform(2000, 6000, 2))
        sweep = (low, high) if rng.integers(2) else (high, low)
        for call in range(int(rng.integers(2, 7))):
            size = int(float(rng.uniform(0.04, 0.12)) * RATE)
            pitch = np.linspace(*sweep, size)
            chirp = np.sin(2 * np.pi * np.cumsum(pitch) / RATE) * np.hanning(size)
            first = int((when + call * float(rng.uniform(0.1, 0.25))) * RATE)
            birds[first:first + size] += chirp[:max(0, count - first)] * float(rng.uniform(0.3, 1))
    out = (birds / (rms(birds) + 1e-12) + wind(rng, seconds) * 10 ** (-float(rng.uniform(8, 14)) / 20)
           + street(rng, seconds)[:count] * 10 ** (-float(rng.uniform(6, 12)) / 20))
    return (out / np.sqrt(np.mean(out ** 2))).astype(np.float32)


def _bed_12(rng, family: str, count: int, workdir: Path, lines: Lines,
            sounds: list[Path]) -> tuple[np.ndarray, np.ndarray | None]:
    """A FAMILIES_12 scene's talk and background, ``count`` samples: a streamer and the game's
    effects, an instructor and the gym, a vlogger and the wind, or two hosts and no background."""
    seconds = count / RATE + 0.01
    if family == "podcast":
        return _dialogue(rng, count, workdir, lines), None
    talk = _talk(rng, count, workdir, lines)
    if family == "stream":
        return talk, _game_bed(rng, sounds, seconds)[:count]
    return talk, (gym if family == "workout" else wind)(rng, seconds)[:count]


def _scene_12(rng, family: str, track: Path, start: float, seconds: float, workdir: Path,
              lines: Lines, sounds: list[Path]) -> tuple[np.ndarray, str]:
    """``seconds`` of the song from ``start`` in one of FAMILIES_12's scenes, the whole upload long:
    (upload, detail; its first "<x> dB below" is the music's under the rest, which check() fits).

    stream: as it is, 10-18 dB below a game streamer talking and the game's effects (the game 4-10
    dB under the voice);
    workout: on a gym's speakers (high-pass 100-200 Hz, reverberance 40-80 %), only 3-9 dB below an
    instructor and the gym (the treadmill and weights 6-12 dB under the voice);
    windvlog: as it is, added in the edit 8-16 dB below a vlogger outdoors and the wind on the
    microphone (the wind 0-8 dB under the voice);
    podcast: the song alone for 3-6 s at the hosts' speaking level (the intro), down over
    PODCAST_FADE s to 12-20 dB below two hosts talking over it for the rest, in a dry studio."""
    effects: list[str] = []
    if family == "workout":
        high, room = int(rng.integers(100, 201)), int(rng.integers(40, 81))
        effects = ["highpass", str(high), "reverb", str(room), "50", "100"]
    music = _trim(track, start, seconds, effects)
    if family == "podcast":
        intro = round(float(rng.uniform(3, 6)), 2)
        lead = min(int((intro + PODCAST_FADE) * RATE), len(music) // 2)
        talk = np.concatenate([np.zeros(lead, np.float32),
                               _dialogue(rng, len(music) - lead, workdir, lines)])
        voiced = talk[np.abs(talk) > 1e-4]
        bed = talk / rms(voiced)
        low = float(rng.uniform(12, 20))
        gain = np.full(len(music), 10 ** (-low / 20), np.float32)
        ramp = lead - int(intro * RATE)
        gain[:lead - ramp] = 1.0
        gain[lead - ramp:lead] = np.linspace(1.0, 10 ** (-low / 20), ramp, dtype=np.float32)
        upload = bed + music / rms(music[lead:]) * rms(bed[lead:]) * gain
        return (upload * 0.1).astype(np.float32), (
            f"a podcast: the song alone for its first {intro:.2f} s at the hosts' level, down over "
            f"{PODCAST_FADE:.0f} s to {low:.1f} dB below the two hosts talking over it (a dry "
            "studio)")
    talk, background = _bed_12(rng, family, len(music), workdir, lines, sounds)
    under, below = {"stream": ((4, 10), (10, 18)), "workout": ((6, 12), (3, 9)),
                    "windvlog": ((0, 8), (8, 16))}[family]
    upload, quiet, low = _over_bed(rng, music, talk, background, under, below)
    if family == "stream":
        return upload, (f"a game stream: music {low:.1f} dB below the streamer and the game (its "
                        f"effects {quiet:.1f} dB under the voice)")
    if family == "workout":
        return upload, (f"a fitness class, gym speakers highpass {high} Hz, reverberance {room}%; "
                        f"music {low:.1f} dB below the instructor and the gym (treadmill and "
                        f"weights {quiet:.1f} dB under the voice)")
    return upload, (f"a vlog outdoors: music {low:.1f} dB below the vlogger and the wind on the "
                    f"microphone (the wind {quiet:.1f} dB under the voice)")


def _positive_12(rng, family: str, track: Path, others: list[Path], workdir: Path, out: Path,
                 lines: Lines, ambience, pool: list[Path] = (), sounds: list[Path] = ()) -> Query:
    """One query of a family of FAMILIES_12 (held_out_12 on): ``SCENE_SECONDS_12`` of the song in
    its scene (``_scene_12``), the song heard the whole upload long."""
    duration = duration_of(track)
    length = min(float(rng.uniform(*SCENE_SECONDS_12[family])), duration - 1.0)
    start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
    upload, detail = _scene_12(rng, family, track, start, length, workdir, lines, sounds)
    seconds = len(upload) / RATE
    span = (0.0, round(seconds, 4), round(start, 4), round(start + seconds, 4))
    path = out / f"{family}-{track.stem}.wav"
    write_wav(path, upload)
    return Query(path.name, family, track.name, True, *span, detail,
                 action=expected_action((span,), seconds, duration))


def _held_out_12_negatives(rng, unrelated: list[Path], workdir: Path, out: Path, lines: Lines,
                           sounds: list[Path], registered: list[Path], ambience) -> list[Query]:
    """held_out_11's kinds with this part's voices, sentences, sounds and background; FAMILIES_12's
    scenes on unregistered music of 20 s or more (4 each) and without any music (3 each: a
    streamer over the game's effects alone is the game-sound negative under talk); and a bar of an
    unregistered track, 4-8 s, looped x3-x6 as a game loops its music (6: the kind of track
    held_out_9's false match was, cut from a longer one)."""
    queries = _held_out_11_negatives(rng, unrelated, workdir, out, lines, sounds, registered,
                                     ambience)
    def add(kind: str, number: int, upload: np.ndarray, detail: str) -> None:
        path = out / f"neg-{kind}-{number}.wav"
        write_wav(path, upload)
        queries.append(Query(path.name, f"neg-{kind}", None, True, detail=detail, action="none"))
    longer = [track for track in unrelated if duration_of(track) >= 20] or unrelated
    for family in FAMILIES_12:
        for number in range(4):
            track = longer[int(rng.integers(len(longer)))]
            duration = duration_of(track)
            seconds = min(float(rng.uniform(*SCENE_SECONDS_12[family])), duration - 1.0)
            start = float(rng.uniform(0, max(0.0, duration - seconds - 0.5)))
            upload, detail = _scene_12(rng, family, track, start, seconds, workdir, lines, sounds)
            add(family, number, upload, f"{track.name} at {start:.2f} s, {detail}")
        for number in range(3):
            count = int(float(rng.uniform(*SCENE_SECONDS_12[family])) * RATE)
            talk, background = _bed_12(rng, family, count, workdir, lines, sounds)
            voiced = talk[np.abs(talk) > 1e-4]
            bed = talk / rms(voiced)
            detail = f"the {family} scene's talk, no music"
            if background is not None:
                quiet = float(rng.uniform(4, 12))
                bed = bed + background / (rms(background) + 1e-12) * 10 ** (-quiet / 20)
                detail = f"the {family} scene, its background {quiet:.1f} dB under the voice, no music"
            add(f"{family}only", number, bed * 0.1, detail)
    for number in range(6):
        track = longer[number % len(longer)]
        bar, times = float(rng.uniform(4, 8)), int(rng.integers(3, 7))
        start = float(rng.uniform(0, max(0.0, duration_of(track) - bar - 0.5)))
        add("cutloop", number, np.tile(_trim(track, start, bar), times),
            f"{track.name} at {start:.2f} s: {bar:.2f} s of it looped x{times}, end joined to "
            "start as a game loops a bar of its music")
    return queries


# held_out_13 on: the song under a voice message sent over a phone line (playing from a speaker in
# the sender's room), a party speech on the hall's PA over the DJ's song, a livestream seller
# talking over a track between order chimes, and a lecturer talking over a song a laptop's speaker
# plays in a lecture hall: music under speech, the most common claim, in new shapes again; see
# _positive_13
FAMILIES_13 = ("voicenote", "toast", "livesell", "lecture")
PHONE_LINE = ["sinc", "300-3400"]     # a phone call's band, SoX's linear-phase filter
VOICENOTE_DETAIL = re.compile(r"room speaker highpass (\d+) Hz, reverberance (\d+)%, phone line")
TOAST_DETAIL = re.compile(r"hall PA highpass (\d+) Hz, reverberance (\d+)%")
LAPTOP_DETAIL = re.compile(r"laptop speaker highpass (\d+) Hz lowpass (\d+) Hz, lecture hall "
                           r"reverberance (\d+)%")
SCENE_SECONDS_13 = {"voicenote": (8, 20), "toast": (20, 40), "livesell": (20, 40),
                    "lecture": (15, 30)}
ALERTS = "psi-plus-sounds"            # the part's chat client's alerts: the seller's order chimes


def _bursts(rng: np.random.Generator, count: int, every: tuple[float, float],
            length: tuple[float, float], low: float, high: float) -> np.ndarray:
    """``count`` samples of band noise (``low``-``high`` Hz) in bursts of ``length`` s, one every
    ``every`` s, each swelling and settling (a Hann window) at its own level."""
    out = np.zeros(count)
    at = float(rng.uniform(0, every[1]))
    while at < count / RATE:
        size = max(2, int(float(rng.uniform(*length)) * RATE))
        first = int(at * RATE)
        piece = _band(rng, size, low, high) * np.hanning(size) * float(rng.uniform(0.5, 1.5))
        out[first:first + size] += piece[:count - first]
        at += float(rng.uniform(*every))
    return out


def mall(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """held_out_13's background under vlogs, rooms and reactions, unit RMS: a shopping centre, its
    air handling (a 150-3000 Hz hiss), people talking far off (300-3000 Hz noise rising and falling
    3-6 times a second), footsteps (2-5 walkers' soft clicks) and now and then the PA's two-note
    chime."""
    count = int(seconds * RATE)
    steps = max(2, int(seconds * float(rng.uniform(3, 6))))
    syllables = np.interp(np.arange(count), np.linspace(0, count - 1, steps),
                          np.abs(rng.standard_normal(steps)) + 0.2)
    babble = _band(rng, count, 300, 3000) * syllables
    walking = np.zeros(count)
    step = np.exp(-np.arange(int(0.02 * RATE)) / (0.004 * RATE))
    for _walker in range(int(rng.integers(2, 6))):
        loud = float(rng.uniform(0.3, 1.2))
        pace = float(rng.uniform(0.45, 0.65))
        for at in np.arange(float(rng.uniform(0, 0.6)), seconds - 0.05, pace):
            first = int(at * RATE)
            walking[first:first + len(step)] += step[:count - first] * loud
    chime = np.zeros(count)
    for when in rng.uniform(0, max(0.1, seconds - 1.2), int(rng.integers(0, 2))):
        for note, pitch in enumerate(sorted(rng.uniform(500, 1000, 2), reverse=True)):
            ring = np.arange(int(0.6 * RATE)) / RATE
            first = int((when + 0.5 * note) * RATE)
            tone = np.sin(2 * np.pi * pitch * ring) * np.exp(-ring / 0.25)
            chime[first:first + len(tone)] += tone[:count - first]
    out = (_band(rng, count, 150, 3000) * 0.5 + babble
           + np.convolve(walking, [1, 1, 1, 1], "same") * 1.5 + chime * 0.7)
    return (out / np.sqrt(np.mean(out ** 2))).astype(np.float32)


def party(rng: np.random.Generator, seconds: float, workdir: Path, lines: Lines) -> np.ndarray:
    """A wedding or party's guests, unit RMS: three guests talking at once (espeak, far under the
    rest), glasses clinking (2-5 kHz rings, in twos and threes), bursts of laughter (300-3000 Hz
    noise pulsing 4-6 times a second for 0.5-1.5 s) and the hall's murmur."""
    count = int(seconds * RATE)
    guests = np.zeros(count)
    for _guest in range(3):
        voice = speech(rng, seconds, workdir, lines)[:count]
        guests[:len(voice)] += voice / rms(voice) * float(rng.uniform(0.4, 1.0))
    clinks = np.zeros(count)
    for when in rng.uniform(0, seconds, max(1, int(seconds / rng.uniform(1.5, 4)))):
        for touch in range(int(rng.integers(2, 4))):
            ring = np.arange(int(0.4 * RATE)) / RATE
            tone = np.sin(2 * np.pi * float(rng.uniform(2000, 5000)) * ring) * np.exp(-ring / 0.08)
            first = int((when + touch * float(rng.uniform(0.05, 0.2))) * RATE)
            loud = float(rng.uniform(0.3, 1))
            clinks[first:first + len(tone)] += tone[:max(0, count - first)] * loud
    laughter = np.zeros(count)
    for when in rng.uniform(0, seconds, max(1, int(seconds / rng.uniform(4, 9)))):
        size = int(float(rng.uniform(0.5, 1.5)) * RATE)
        pulse = np.abs(np.sin(np.pi * float(rng.uniform(4, 6)) * np.arange(size) / RATE))
        first = int(when * RATE)
        laughter[first:first + size] += (_band(rng, size, 300, 3000) * pulse
                                         * np.hanning(size))[:max(0, count - first)]
    out = (guests / rms(guests) * 0.6 + clinks * 0.8 + laughter
           + _band(rng, count, 100, 1500) * 0.4)
    return (out / np.sqrt(np.mean(out ** 2))).astype(np.float32)


def lecture_hall(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """A lecture hall from the back row, unit RMS: its air handling (a 100-1500 Hz hum), students
    whispering (1-4 kHz noise swelling), coughs (0.2-0.4 s bursts of 300-3000 Hz), seats creaking
    and pens tapping (short clicks)."""
    count = int(seconds * RATE)
    whispers = _bursts(rng, count, (1.0, 4.0), (0.5, 2.0), 1000, 4000)
    coughs = _bursts(rng, count, (3.0, 10.0), (0.2, 0.4), 300, 3000) * 3
    taps = np.zeros(count)
    tap = np.exp(-np.arange(int(0.01 * RATE)) / (0.002 * RATE))
    for when in rng.uniform(0, seconds - 0.02, max(1, int(seconds / rng.uniform(0.5, 2)))):
        first = int(when * RATE)
        taps[first:first + len(tap)] += tap[:count - first] * float(rng.uniform(0.5, 2))
    out = (_band(rng, count, 100, 1500) + whispers * 0.6 + coughs
           + np.convolve(taps, [1, -1], "same") * 2)
    return (out / np.sqrt(np.mean(out ** 2))).astype(np.float32)


def order_chimes(rng: np.random.Generator, seconds: float, sounds: list[Path]) -> np.ndarray:
    """A livestream sale's desk, unit RMS: an order's alert every 1.5-6 s (the part's chat alerts,
    ALERTS, or any of its sounds) and the goods' packaging rustling (1-6 kHz bursts, 0.2-0.8 s)."""
    count = int(seconds * RATE)
    alerts = [path for path in sounds if ALERTS in path.name] or list(sounds)
    out = _bursts(rng, count, (0.5, 3.0), (0.2, 0.8), 1000, 6000) * 0.3
    at = float(rng.uniform(0.5, 3))
    while at < seconds and alerts:
        alert = sox_read(alerts[int(rng.integers(len(alerts)))], [])
        alert = alert / (rms(alert) + 1e-9)
        first = int(at * RATE)
        out[first:first + len(alert)] += alert[:count - first] * float(rng.uniform(0.6, 1.0))
        at += float(rng.uniform(1.5, 6))
    return (out / np.sqrt(np.mean(out ** 2))).astype(np.float32)


def mu_law(samples: np.ndarray, bits: int = 8) -> np.ndarray:
    """``samples`` through G.711's μ-law, ``bits`` bits: quantised on a log scale of their peak
    (quiet stretches keep their detail, loud ones lose it), expanded back."""
    peak = float(np.max(np.abs(samples))) + 1e-12
    squeezed = np.sign(samples) * np.log1p(255 * np.abs(samples) / peak) / np.log(256)
    steps = 2 ** (bits - 1) - 1
    coarse = np.round(squeezed * steps) / steps
    expanded = np.sign(coarse) * np.expm1(np.abs(coarse) * np.log(256)) / 255 * peak
    return expanded.astype(np.float32)


def _through(samples: np.ndarray, effects: list[str], workdir: Path) -> np.ndarray:
    """``samples`` through SoX ``effects``, as long as they were."""
    wav = workdir / "through.wav"
    peak = float(np.max(np.abs(samples))) + 1e-12
    write_wav(wav, samples / peak * 0.5)      # room for a reverb's build-up
    out = sox_read(wav, effects)[:len(samples)] * (peak / 0.5)
    return np.pad(out, (0, len(samples) - len(out))).astype(np.float32)


def _bed_13(rng, family: str, count: int, workdir: Path, lines: Lines, sounds: list[Path],
            room: str = "") -> tuple[np.ndarray, np.ndarray]:
    """A FAMILIES_13 scene's talk and background, ``count`` samples: a sender and the part's
    background far off, a speaker on the PA and the guests, a seller and the orders, a lecturer
    and the hall; the PA's and the hall's talk through ``room``'s reverb (SoX effects as text)."""
    seconds = count / RATE + 0.01
    talk = _talk(rng, count, workdir, lines)
    if room:
        talk = _through(talk, room.split(), workdir)
    if family == "voicenote":
        return talk, mall(rng, seconds)[:count]
    if family == "toast":
        return talk, party(rng, seconds, workdir, lines)[:count]
    if family == "livesell":
        return talk, order_chimes(rng, seconds, sounds)[:count]
    return talk, lecture_hall(rng, seconds)[:count]


def _scene_13(rng, family: str, track: Path, start: float, seconds: float, workdir: Path,
              lines: Lines, sounds: list[Path]) -> tuple[np.ndarray, str]:
    """``seconds`` of the song from ``start`` in one of FAMILIES_13's scenes, the whole upload long:
    (upload, detail; its first "<x> dB below" is the music's under the rest, which check() fits).

    voicenote: from a speaker in the sender's room (high-pass 120-250 Hz, reverberance 20-50 %),
    6-14 dB below the sender and a shopping centre far off (12-20 dB under the voice), the whole
    through a phone line (PHONE_LINE's 300-3400 Hz, 8-bit μ-law, the band again as the other
    end hears it; the levels in the line's band);
    toast: the DJ's song and the speaker's microphone on the hall's PA (high-pass 80-150 Hz,
    reverberance 50-90 %), the song 6-14 dB below the speech and the guests (4-10 dB under it);
    livesell: as it is, 10-18 dB below a seller talking and the order chimes and rustling (6-12
    dB under the voice);
    lecture: from a laptop's speaker (high-pass 300-600 Hz, low-pass 5-8 kHz) in a lecture hall
    (reverberance 60-95 %, on the lecturer too), only 0-8 dB below the lecturer and the hall (8-14
    dB under the voice)."""
    effects: list[str] = []
    if family == "voicenote":
        high, room = int(rng.integers(120, 251)), int(rng.integers(20, 51))
        effects = ["highpass", str(high), "reverb", str(room), "50", "100"]
    elif family == "toast":
        high, room = int(rng.integers(80, 151)), int(rng.integers(50, 91))
        effects = ["highpass", str(high), "reverb", str(room), "50", "100"]
    elif family == "lecture":
        high, low_pass, room = (int(rng.integers(300, 601)), int(rng.integers(5000, 8001)),
                                int(rng.integers(60, 96)))
        effects = ["highpass", str(high), "lowpass", str(low_pass), "reverb", str(room), "50",
                   "100"]
    music = _trim(track, start, seconds, effects)
    reverb = f"reverb {room} 50 100" if family in ("toast", "lecture") else ""
    talk, background = _bed_13(rng, family, len(music), workdir, lines, sounds, reverb)
    if family == "voicenote":        # the line is linear: its band applied to each, levels after it
        music, talk, background = (_through(sound, PHONE_LINE, workdir)
                                   for sound in (music, talk, background))
    under, below = {"voicenote": ((12, 20), (6, 14)), "toast": ((4, 10), (6, 14)),
                    "livesell": ((6, 12), (10, 18)), "lecture": ((8, 14), (0, 8))}[family]
    upload, quiet, low = _over_bed(rng, music, talk, background, under, below)
    if family == "voicenote":        # coded on the line, heard through its band again
        upload = _through(mu_law(upload), PHONE_LINE, workdir)
        return upload, (f"a voice message, room speaker highpass {high} Hz, reverberance {room}%, "
                        f"phone line 300-3400 Hz, 8-bit mu-law; music {low:.1f} dB below the "
                        f"sender and a shopping centre far off ({quiet:.1f} dB under the voice)")
    if family == "toast":
        return upload, (f"a party speech, hall PA highpass {high} Hz, reverberance {room}%; music "
                        f"{low:.1f} dB below the speaker and the guests (glasses, laughter, talk "
                        f"{quiet:.1f} dB under the voice)")
    if family == "livesell":
        return upload, (f"a livestream sale: music {low:.1f} dB below the seller and the orders "
                        f"(alerts and rustling {quiet:.1f} dB under the voice)")
    return upload, (f"a lecture, laptop speaker highpass {high} Hz lowpass {low_pass} Hz, lecture "
                    f"hall reverberance {room}%; music {low:.1f} dB below the lecturer and the "
                    f"hall (whispers, coughs, taps {quiet:.1f} dB under the voice)")


def _positive_13(rng, family: str, track: Path, others: list[Path], workdir: Path, out: Path,
                 lines: Lines, ambience, pool: list[Path] = (), sounds: list[Path] = ()) -> Query:
    """One query of a family of FAMILIES_13 (held_out_13 on): ``SCENE_SECONDS_13`` of the song in
    its scene (``_scene_13``), the song heard the whole upload long."""
    duration = duration_of(track)
    length = min(float(rng.uniform(*SCENE_SECONDS_13[family])), duration - 1.0)
    start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
    upload, detail = _scene_13(rng, family, track, start, length, workdir, lines, sounds)
    seconds = len(upload) / RATE
    span = (0.0, round(seconds, 4), round(start, 4), round(start + seconds, 4))
    path = out / f"{family}-{track.stem}.wav"
    write_wav(path, upload)
    return Query(path.name, family, track.name, True, *span, detail,
                 action=expected_action((span,), seconds, duration))


def tempo_of(music: np.ndarray) -> float:
    """``music``'s tempo in BPM, 70-180: the lag (23 ms frames) at which its onset strength (the
    rise of each frame's log energy in 8 bands) best repeats, by autocorrelation, weighted towards
    120 BPM as a listener tapping along would be."""
    frame, hop = 1024, 512
    count = max(0, (len(music) - frame) // hop + 1)
    if count < 8:
        return 120.0
    index = np.arange(frame)[None, :] + hop * np.arange(count)[:, None]
    spectrum = np.abs(np.fft.rfft(music[index] * np.hanning(frame), axis=1)) ** 2
    edges = np.geomspace(2, spectrum.shape[1] - 1, 9).astype(int)
    bands = np.log(np.stack([spectrum[:, a:b].sum(axis=1) for a, b in zip(edges, edges[1:])],
                            axis=1) + 1e-9)
    onset = np.maximum(np.diff(bands, axis=0), 0).sum(axis=1)
    onset = onset - onset.mean()
    lags = np.arange(int(60 / 180 * RATE / hop), int(60 / 70 * RATE / hop) + 1)
    lags = lags[lags < len(onset) - 1]
    if not len(lags):
        return 120.0
    scores = np.array([onset[:-lag] @ onset[lag:] / (len(onset) - lag) for lag in lags])
    bpm = 60 * RATE / hop / lags
    weight = np.exp(-0.5 * (np.log2(bpm / 120) / 1.0) ** 2)
    return float(bpm[int(np.argmax(scores * weight))])


def metronome(rng: np.random.Generator, seconds: float, bpm: float) -> np.ndarray:
    """A metronome at ``bpm``, unit RMS: a 20 ms click every beat, a higher one on each bar's first
    of four, from a random phase."""
    count = int(seconds * RATE)
    out = np.zeros(count)
    ring = np.arange(int(0.02 * RATE)) / RATE
    high, low = (np.sin(2 * np.pi * pitch * ring) * np.exp(-ring / 0.004) for pitch in (1500, 1000))
    for beat, at in enumerate(np.arange(float(rng.uniform(0, 60 / bpm)), seconds - 0.02, 60 / bpm)):
        first = int(at * RATE)
        click = high if beat % 4 == 0 else low
        out[first:first + len(click)] += click[:count - first]
    return (out / (np.sqrt(np.mean(out ** 2)) + 1e-12)).astype(np.float32)


def chord_line(music: np.ndarray, step: float = 0.5) -> np.ndarray:
    """``music``'s harmony as a player would read it off: per ``step`` s its chroma (the energy of
    65-2000 Hz in each of the 12 pitch classes), smoothed over three steps, and its three strongest
    pitch classes (0 = C); one row a step, -1 where the music is quiet."""
    size = int(step * RATE)
    count = len(music) // size
    if count == 0:
        return np.zeros((0, 3), int)
    frequencies = np.fft.rfftfreq(size, 1 / RATE)
    keep = (frequencies >= 65) & (frequencies <= 2000)
    classes = np.round(12 * np.log2(frequencies[keep] / 440) + 69).astype(int) % 12
    pieces = music[:count * size].reshape(count, size)
    power = np.abs(np.fft.rfft(pieces * np.hanning(size), axis=1))[:, keep] ** 2
    chroma = np.stack([power[:, classes == pitch].sum(axis=1) for pitch in range(12)], axis=1)
    padded = np.pad(chroma, ((1, 1), (0, 0)), mode="edge")
    chroma = (padded[:-2] + padded[1:-1] + padded[2:]) / 3
    chords = np.argsort(chroma, axis=1)[:, ::-1][:, :3]
    level = np.sqrt(np.mean(pieces ** 2, axis=1))
    chords[level < 0.2 * np.median(level)] = -1
    return chords


def _comped(rng, chords: np.ndarray, step: float = 0.5) -> np.ndarray:
    """``chords`` (``chord_line``'s rows) comped on an electric piano, unit RMS: each chord's three
    pitch classes in the octave above 130 Hz and its strongest an octave under them, struck when
    the chord changes (and on every 4th step) and decaying from zero phase, 10-30 cents off the
    recording's tuning."""
    size = int(step * RATE)
    detune = 2 ** (float(rng.uniform(10, 30)) * (1 if rng.integers(2) else -1) / 1200)
    out = np.zeros(len(chords) * size)
    held, since = None, 0
    for number, chord in enumerate(chords):
        if chord[0] < 0:
            held = None
            continue
        if held is None or set(chord) != set(held) or number - since >= 4:
            held, since = chord, number
        times = np.arange(size) / RATE + (number - since) * step
        decay = np.exp(-times / 0.9)
        pitches = [130.81 * 2 ** (pitch / 12) * detune for pitch in held]
        pitches.append(pitches[0] / 2)
        for pitch in pitches:
            phase = 2 * np.pi * pitch * times
            out[number * size:(number + 1) * size] += (np.sin(phase) + 0.3 * np.sin(2 * phase)
                                                       + 0.1 * np.sin(3 * phase)) * decay
    return (out / (np.sqrt(np.mean(out ** 2)) + 1e-12)).astype(np.float32)


def _held_out_13_negatives(rng, unrelated: list[Path], workdir: Path, out: Path, lines: Lines,
                           sounds: list[Path], registered: list[Path], ambience) -> list[Query]:
    """held_out_12's kinds with this part's voices, sentences, sounds and background; FAMILIES_13's
    scenes on unregistered music (4 each) and without any music (3 each); a metronome or a drum
    machine alone at a registered song's tempo (6: held_out_12's read heard a beat alone as songs
    at 1.0), and so under a vlogger's talk (4); a registered song's chords comped on an electric
    piano (6: its harmony and timing, not the recording); two unregistered tracks cross-faded
    over 4-8 s under a vlogger's talk, two of one game where there are (4)."""
    queries = _held_out_12_negatives(rng, unrelated, workdir, out, lines, sounds, registered,
                                     ambience)
    def add(kind: str, number: int, upload: np.ndarray, detail: str) -> None:
        path = out / f"neg-{kind}-{number}.wav"
        write_wav(path, upload)
        queries.append(Query(path.name, f"neg-{kind}", None, True, detail=detail, action="none"))
    def under_talk(music: np.ndarray, low: tuple[float, float]) -> tuple[np.ndarray, float]:
        words = _talk(rng, len(music), workdir, lines)
        below = float(rng.uniform(*low))
        voiced = words[np.abs(words) > 1e-4]
        return ((words / rms(voiced) + music / rms(music) * 10 ** (-below / 20)) * 0.1,
                below)
    longer = [track for track in unrelated if duration_of(track) >= 20] or unrelated
    for family in FAMILIES_13:
        for number in range(4):
            track = longer[int(rng.integers(len(longer)))]
            duration = duration_of(track)
            seconds = min(float(rng.uniform(*SCENE_SECONDS_13[family])), duration - 1.0)
            start = float(rng.uniform(0, max(0.0, duration - seconds - 0.5)))
            upload, detail = _scene_13(rng, family, track, start, seconds, workdir, lines, sounds)
            add(family, number, upload, f"{track.name} at {start:.2f} s, {detail}")
        for number in range(3):
            count = int(float(rng.uniform(*SCENE_SECONDS_13[family])) * RATE)
            reverb = (f"reverb {int(rng.integers(50, 96))} 50 100"
                      if family in ("toast", "lecture") else "")
            talk, background = _bed_13(rng, family, count, workdir, lines, sounds, reverb)
            quiet = float(rng.uniform(4, 12))
            voiced = talk[np.abs(talk) > 1e-4]
            bed = (talk / rms(voiced)
                   + background / (rms(background) + 1e-12) * 10 ** (-quiet / 20)) * 0.1
            if family == "voicenote":
                bed = _through(mu_law(_through(bed, PHONE_LINE, workdir)), PHONE_LINE, workdir)
            add(f"{family}only", number, bed,
                f"the {family} scene, its background {quiet:.1f} dB under the voice, no music")
    def tempo_beat(number: int) -> tuple[np.ndarray, str]:
        track = registered[number % len(registered)]
        start = float(rng.uniform(0, max(0.0, duration_of(track) - 30.5)))
        bpm = tempo_of(_trim(track, start, 30))
        seconds = float(rng.uniform(10, 20))
        if number % 2:
            return (metronome(rng, seconds, bpm),
                    f"a metronome at {track.name}'s tempo ({bpm:.1f} BPM)")
        return (drum_loop(rng, seconds, bpm)[0],
                f"a drum machine at {track.name}'s tempo ({bpm:.1f} BPM)")
    for number in range(6):
        beat, detail = tempo_beat(number)
        add("tempobeat", number, beat * 0.1, f"{detail} alone, no music of it")
    for number in range(4):
        beat, detail = tempo_beat(int(rng.integers(len(registered))))
        upload, below = under_talk(beat, (6, 14))
        add("tempobeatvlog", number, upload,
            f"{detail} {below:.1f} dB below a vlogger's talk, no music of it")
    for number in range(6):
        track = registered[int(rng.integers(len(registered)))]
        seconds = float(rng.uniform(12, 20))
        start = float(rng.uniform(0, max(0.0, duration_of(track) - seconds - 0.5)))
        add("chords", number, _comped(rng, chord_line(_trim(track, start, seconds))) * 0.1,
            f"{track.name} at {start:.2f} s: its chords (three pitch classes a half second) "
            "comped on an electric piano, the harmony and not the recording")
    by_game: dict[str, list[Path]] = {}
    for track in longer:
        by_game.setdefault(_package(track), []).append(track)
    pairs = [tracks for tracks in by_game.values() if len(tracks) > 1] or [longer]
    for number in range(4):
        tracks = pairs[number % len(pairs)] if number % 2 == 0 else longer
        first, second = (tracks[int(index)] for index in rng.choice(len(tracks), 2, replace=False))
        fade = float(rng.uniform(4, 8))
        one = _trim(first, max(0.0, duration_of(first) - 12), 12)
        two = _trim(second, 0, 12)
        size = int(fade * RATE)
        ramp = np.linspace(0, np.pi / 2, size)
        mixed = np.concatenate([one[:-size], one[-size:] * np.cos(ramp) + two[:size] * np.sin(ramp),
                                two[size:]]).astype(np.float32)
        upload, below = under_talk(mixed, (8, 16))
        add("xfadevlog", number, upload,
            f"{first.name}'s last 12 s cross-faded over {fade:.1f} s into {second.name}'s first 12 "
            f"s, {below:.1f} dB below a vlogger's talk")
    return queries


# held_out_14 on: a cooking video in close-up whose clatter drowns a quiet song (no talk), a dance
# challenge's song pitched up and sped up (the commonest trick), a song from a car's radio heard on
# a street beside its idling engine under a vlogger, a podcast's bed ducked under two hosts, and a
# get-ready-with-me vlog over the phone's own speaker and a hair dryer: see _scene_14
FAMILIES_14 = ("asmrcook", "dancepitch", "carradio", "podduck", "grwm")
SCENE_SECONDS_14 = {"asmrcook": (15, 30), "dancepitch": (10, 20), "carradio": (12, 25),
                    "podduck": (20, 40), "grwm": (15, 30)}
RADIO = ["compand", "0.02,0.3", "6:-60,-40,-30,-20,0,-8", "-3"]     # the station's compressor
RADIO_DETAIL = re.compile(r"car radio band highpass (\d+) Hz lowpass (\d+) Hz")
GRWM_DETAIL = re.compile(r"own speaker highpass (\d+) Hz lowpass (\d+) Hz, bathroom reverberance "
                         r"(\d+)%")
# the packages whose sounds of 4.5 s or more are the looped phone tones: held_out_14's Lomiri
# ringtones, held_out_15's Oxygen log-in and log-out jingles (no package left ships ringtones),
# held_out_16's Deepin log-in jingle
RINGTONES = ("lomiri-sounds", "oxygen-sounds", "deepin-sound-theme")


def station(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """held_out_14's background under vlogs, rooms and reactions, unit RMS: a railway station's
    concourse, its hall's hum (80-1200 Hz), people talking far off (300-3000 Hz noise rising and
    falling 2-5 times a second), suitcases rolling (clicks 6-10 a second for 2-5 s), now and then a
    train pulling in (30-200 Hz rumble swelling over 4-8 s, a brake's 2.5-4 kHz squeal at its
    end) and the announcement's three-note chime."""
    count = int(seconds * RATE)
    times = np.arange(count) / RATE
    steps = max(2, int(seconds * float(rng.uniform(2, 5))))
    babble = _band(rng, count, 300, 3000) * np.interp(
        np.arange(count), np.linspace(0, count - 1, steps),
        np.abs(rng.standard_normal(steps)) + 0.3)
    wheels = np.zeros(count)
    click = np.exp(-np.arange(int(0.01 * RATE)) / (0.002 * RATE))
    for when in rng.uniform(0, seconds, max(1, int(seconds / rng.uniform(4, 8)))):
        rate, length = float(rng.uniform(6, 10)), float(rng.uniform(2, 5))
        loud = float(rng.uniform(0.5, 1.5))
        for at in np.arange(when, min(when + length, seconds - 0.02), 1 / rate):
            first = int(at * RATE)
            wheels[first:first + len(click)] += click[:count - first] * loud
    trains = np.zeros(count)
    for when in rng.uniform(0, seconds, int(rng.integers(0, 2)) + (seconds > 20)):
        width = float(rng.uniform(4, 8)) / 2
        swell = np.exp(-0.5 * ((times - when) / width) ** 2)
        squeal = np.sin(2 * np.pi * float(rng.uniform(2500, 4000)) * times) \
            * np.exp(-0.5 * ((times - when - width) / 0.6) ** 2) * 0.3
        trains += _band(rng, count, 30, 200) * swell * 1.5 + squeal
    chime = np.zeros(count)
    for when in rng.uniform(0, max(0.1, seconds - 2), int(rng.integers(0, 2))):
        for note, pitch in enumerate(rng.choice([523.3, 659.3, 784.0, 1046.5], 3, replace=False)):
            ring = np.arange(int(0.7 * RATE)) / RATE
            first = int((when + 0.45 * note) * RATE)
            tone = np.sin(2 * np.pi * pitch * ring) * np.exp(-ring / 0.3)
            chime[first:first + len(tone)] += tone[:max(0, count - first)]
    out = (_band(rng, count, 80, 1200) * 0.6 + babble + np.convolve(wheels, [1, -1], "same") * 2
           + trains + chime * 0.6)
    return (out / np.sqrt(np.mean(out ** 2))).astype(np.float32)


def engine(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """A car's engine idling beside the microphone, unit RMS: a four-cylinder at 650-950 rpm (its
    firing, 22-32 Hz, and eight harmonics, the pace a little uneven), the exhaust's rumble (40-300
    Hz noise beating with the firing) and 0-2 revs (the rpm up 1.5-2.2x over 1-2 s and back)."""
    count = int(seconds * RATE)
    times = np.arange(count) / RATE
    curve = np.ones(count)
    for when in rng.uniform(0, seconds, int(rng.integers(0, 3))):
        width, peak = float(rng.uniform(1, 2)) / 2, float(rng.uniform(1.5, 2.2))
        curve += (peak - 1) * np.exp(-0.5 * ((times - when) / width) ** 2)
    wobble = np.interp(np.arange(count), np.linspace(0, count - 1, max(2, int(seconds * 4))),
                       rng.standard_normal(max(2, int(seconds * 4))))
    firing = float(rng.uniform(650, 950)) / 60 * 2 * curve * (1 + 0.02 * wobble)
    phase = 2 * np.pi * np.cumsum(firing) / RATE
    pulses = sum(np.sin(harmonic * phase + float(rng.uniform(0, 2 * np.pi))) / harmonic ** 0.7
                 for harmonic in range(1, 9))
    exhaust = _band(rng, count, 40, 300) * (1 + 0.8 * np.sin(phase))
    out = pulses / rms(pulses) * 0.8 + exhaust
    return (out / np.sqrt(np.mean(out ** 2))).astype(np.float32)


def cooking_closeup(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """A cooking video's sound in close-up (the ASMR kind), unit RMS: a knife through vegetables
    on a board (sharp 500-6000 Hz knocks in runs of 4-8 a second), a packet crinkling (dense 2-8
    kHz crackle for 1-3 s), a spoon stirring (1-5 kHz scraping pulsing 2-4 times a second),
    glasses and bowls touched (2-6 kHz rings) and a pan's quiet sizzle."""
    count = int(seconds * RATE)
    times = np.arange(count) / RATE
    knock = np.exp(-np.arange(int(0.02 * RATE)) / (0.003 * RATE)) \
        * _band(rng, int(0.02 * RATE), 500, 6000)
    chops = np.zeros(count)
    at = float(rng.uniform(0, 1))
    while at < seconds - 0.1:
        burst, rate = float(rng.uniform(1.5, 4)), float(rng.uniform(4, 8))
        for hit in np.arange(at, min(at + burst, seconds - 0.05), 1 / rate):
            first = int(hit * RATE)
            chops[first:first + len(knock)] += knock[:count - first] * rng.uniform(0.6, 1.4)
        at += burst + float(rng.uniform(0.5, 3))
    crinkle = np.zeros(count)
    for when in rng.uniform(0, seconds, max(1, int(seconds / rng.uniform(5, 10)))):
        size = int(float(rng.uniform(1, 3)) * RATE)
        first = int(when * RATE)
        sparks = (rng.random(size) < 0.02) * rng.standard_normal(size)
        crinkle[first:first + size] += np.convolve(sparks, np.hanning(16), "same")[:count - first]
    crinkle = crinkle - np.convolve(crinkle, np.ones(10) / 10, "same")      # its high crackle
    stirring = _band(rng, count, 1000, 5000) * np.clip(
        np.sin(2 * np.pi * float(rng.uniform(2, 4)) * times), 0, 1) * (
        np.sin(2 * np.pi * times / float(rng.uniform(6, 12)) + rng.uniform(0, 6)) > 0.3)
    clinks = np.zeros(count)
    for when in rng.uniform(0, seconds - 0.3, max(1, int(seconds / rng.uniform(2, 5)))):
        ring = np.arange(int(0.3 * RATE)) / RATE
        tone = np.sin(2 * np.pi * float(rng.uniform(2000, 6000)) * ring) * np.exp(-ring / 0.06)
        first = int(when * RATE)
        clinks[first:first + len(tone)] += tone[:count - first] * float(rng.uniform(0.5, 1.5))
    out = (chops * 4 + crinkle / (rms(crinkle) + 1e-12) * 0.8 + stirring * 0.6 + clinks
           + _band(rng, count, 2000, 9000) * 0.15)
    return (out / np.sqrt(np.mean(out ** 2))).astype(np.float32)


def bathroom(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """A bathroom while someone gets ready, unit RMS: a hair dryer in 1-2 stretches of 3-8 s (its
    fan's 200-8000 Hz rush and its motor's 300-500 Hz whine, switched on and off over 0.3 s), a tap
    running now and then (500-6000 Hz noise, fluttering) and things set down on the counter (short
    1-4 kHz taps)."""
    count = int(seconds * RATE)
    times = np.arange(count) / RATE
    dryer = np.zeros(count)
    for _stretch in range(int(rng.integers(1, 3))):
        length = min(float(rng.uniform(3, 8)), seconds * 0.6)
        when = float(rng.uniform(0, max(0.1, seconds - length)))
        on = np.clip(np.minimum(times - when, when + length - times) / 0.3, 0, 1)
        motor = float(rng.uniform(300, 500))
        whine = sum(np.sin(2 * np.pi * motor * harmonic * times) / harmonic
                    for harmonic in (1, 2, 3))
        dryer += (_band(rng, count, 200, 8000) + whine * 0.3) * on
    tap = _band(rng, count, 500, 6000) * (1 + 0.3 * np.sin(2 * np.pi * 7 * times)) * (
        np.sin(2 * np.pi * times / float(rng.uniform(8, 16)) + rng.uniform(0, 6)) > 0.6)
    knocks = np.zeros(count)
    for when in rng.uniform(0, seconds - 0.05, max(1, int(seconds / rng.uniform(1.5, 4)))):
        size = int(0.04 * RATE)
        first = int(when * RATE)
        piece = _band(rng, size, 1000, 4000) * np.exp(-np.arange(size) / (0.006 * RATE))
        knocks[first:first + size] += piece[:count - first] * float(rng.uniform(0.5, 1.5))
    out = dryer + tap * 0.5 + knocks * 2 + _band(rng, count, 60, 600) * 0.05
    return (out / np.sqrt(np.mean(out ** 2))).astype(np.float32)


def _bed_14(rng, family: str, count: int, workdir: Path, lines: Lines,
            room: str = "") -> tuple[np.ndarray, np.ndarray]:
    """A FAMILIES_14 scene's foreground and background, ``count`` samples: the clatter in close-up
    over a kitchen's hum (no talk), the dancers' steps and claps over a room's hum, a vlogger and an
    idling engine on a street, two hosts and a studio's near silence, a vlogger and the bathroom;
    the bathroom's talk through ``room``'s reverb (SoX effects as text). The hosts leave 0.8-2 s
    between turns, where their ducked bed comes back up."""
    seconds = count / RATE + 0.01
    if family == "asmrcook":
        return cooking_closeup(rng, seconds)[:count], _band(rng, count, 60, 800)
    if family == "dancepitch":
        return steps_and_claps(rng, seconds)[0][:count], _band(rng, count, 60, 800)
    if family == "podduck":
        return _dialogue(rng, count, workdir, lines, (0.8, 2.0)), _band(rng, count, 50, 4000)
    talk = _talk(rng, count, workdir, lines)
    if family == "carradio":
        street_noise = street(rng, seconds)[:count]
        return talk, engine(rng, seconds)[:count] + street_noise * 0.5
    if room:
        talk = _through(talk, room.split(), workdir)
    return talk, bathroom(rng, seconds)[:count]


def _scene_14(rng, family: str, track: Path, start: float, seconds: float, workdir: Path,
              lines: Lines) -> tuple[np.ndarray, str]:
    """``seconds`` of the song from ``start`` in one of FAMILIES_14's scenes other than the dance,
    the whole upload long: (upload, detail; its first "<x> dB below" is the music's under the rest,
    which check() fits; the podcast's first number is its ducking depth, which check() reads).

    asmrcook: as it is, 10-18 dB below a cooking video's close-up clatter (chopping, crinkling,
    stirring, clinks) over a kitchen's hum 20-30 dB under it, no talk;
    carradio: from a car idling with its windows down: the station's compressor and the radio's band
    (high-pass 150-300 Hz, low-pass 3-5 kHz), 4-12 dB below a vlogger on the pavement and the engine
    and the street (2-8 dB under the voice);
    podduck: ducked 10-16 dB while either of two hosts speaks (a sidechain following both), 2-8 dB
    below them between their lines, over a studio's near silence;
    grwm: from the phone's own speaker on a bathroom's counter (high-pass 500-800 Hz, low-pass 6-9
    kHz) in the bathroom's reverb (reverberance 20-45 %, on the vlogger too), 6-14 dB below the
    vlogger and the bathroom (a hair dryer, a tap, things set down: 4-10 dB under the voice)."""
    effects: list[str] = []
    if family == "carradio":
        high, low_pass = int(rng.integers(150, 301)), int(rng.integers(3000, 5001))
        effects = [*RADIO, "highpass", str(high), "lowpass", str(low_pass)]
    elif family == "grwm":
        high, low_pass, room = (int(rng.integers(500, 801)), int(rng.integers(6000, 9001)),
                                int(rng.integers(20, 46)))
        effects = ["highpass", str(high), "lowpass", str(low_pass), "reverb", str(room), "50", "20"]
    music = _trim(track, start, seconds, effects)
    reverb = f"reverb {room} 50 20" if family == "grwm" else ""
    talk, background = _bed_14(rng, family, len(music), workdir, lines, reverb)
    if family == "podduck":
        depth, below = float(rng.uniform(10, 16)), float(rng.uniform(2, 8))
        voiced = talk[np.abs(talk) > 1e-4]
        song = music / rms(music) * rms(voiced) * 10 ** (-below / 20)
        upload = talk + song * duck_gain(talk, depth) + background * rms(voiced) * 10 ** (-40 / 20)
        return (upload * 0.1).astype(np.float32), (
            f"ducked {depth:.1f} dB while either host speaks, {below:.1f} dB below them between "
            "their lines: a podcast's music bed under two hosts")
    under, below = {"asmrcook": ((20, 30), (10, 18)), "carradio": ((2, 8), (4, 12)),
                    "grwm": ((4, 10), (6, 14))}[family]
    upload, quiet, low = _over_bed(rng, music, talk, background, under, below)
    if family == "asmrcook":
        return upload, (f"a cooking video in close-up: music {low:.1f} dB below the clatter "
                        f"(chopping, crinkling, stirring, clinks; the kitchen's hum {quiet:.1f} "
                        "dB under it), no talk")
    if family == "carradio":
        return upload, (f"a street vlog beside an idling car, car radio band highpass {high} Hz "
                        f"lowpass {low_pass} Hz (compand); music {low:.1f} dB below the vlogger "
                        f"and the engine and street ({quiet:.1f} dB under the voice)")
    return upload, (f"a get-ready-with-me vlog, the phone's own speaker highpass {high} Hz lowpass "
                    f"{low_pass} Hz, bathroom reverberance {room}%; music {low:.1f} dB below the "
                    f"vlogger and the bathroom (hair dryer, tap, counter {quiet:.1f} dB under the "
                    "voice)")


def _dancepitch(rng, track: Path, duration: float, seconds: float
                ) -> tuple[np.ndarray, tuple[float, float, float, float], str]:
    """A dance challenge's clip: ``seconds`` of upload of the song pitched up 100-200 cents and
    sped up x1.10-x1.25 (SoX's pitch, then its tempo: the trick the apps' sped-up versions use),
    filmed on a phone (high-pass 150-300 Hz) with the dancers' steps and claps 4-10 dB below the
    song, the steps alone 0.5-1.5 s before it starts: (upload, span, detail "x<speed> ...")."""
    speed, cents = round(float(rng.uniform(1.10, 1.25)), 3), int(rng.integers(100, 201))
    high = int(rng.integers(150, 301))
    length = min(seconds * speed, duration - 1.0)
    start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
    music = _trim(track, start, length, ["pitch", str(cents), "tempo", "-m", str(speed),
                                         "highpass", str(high)])
    before = float(rng.uniform(0.5, 1.5))
    first = int(before * RATE)
    total = first + len(music)
    steps, _background = _bed_14(rng, "dancepitch", total, Path(), OLD_LINES)
    below = float(rng.uniform(4, 10))
    steps = steps * (rms(music) * 10 ** (-below / 20) / rms(steps[first:]))
    upload = steps.copy()
    upload[first:] += music
    span = (round(before, 4), round(before + length / speed, 4), round(start, 4),
            round(start + length, 4))
    return (upload * 0.3).astype(np.float32), span, (
        f"x{speed} pitch +{cents} cents: a dance challenge's sped-up song on a phone (highpass "
        f"{high} Hz), steps and claps {below:.1f} dB below it")


def _positive_14(rng, family: str, track: Path, others: list[Path], workdir: Path, out: Path,
                 lines: Lines, ambience, pool: list[Path] = (), sounds: list[Path] = ()) -> Query:
    """One query of a family of FAMILIES_14 (held_out_14 on): ``SCENE_SECONDS_14`` of the song in
    its scene (``_scene_14``), the song heard the whole upload long; the dance's sped-up song
    (``_dancepitch``) from its first second on."""
    duration = duration_of(track)
    length = min(float(rng.uniform(*SCENE_SECONDS_14[family])), duration - 1.0)
    if family == "dancepitch":
        upload, span, detail = _dancepitch(rng, track, duration, length)
    else:
        start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
        upload, detail = _scene_14(rng, family, track, start, length, workdir, lines)
        seconds = len(upload) / RATE
        span = (0.0, round(seconds, 4), round(start, 4), round(start + seconds, 4))
    path = out / f"{family}-{track.stem}.wav"
    write_wav(path, upload)
    return Query(path.name, family, track.name, True, *span, detail,
                 action=expected_action((span,), len(upload) / RATE, duration))


def _whistled(rng, pitch: np.ndarray, level: np.ndarray) -> np.ndarray:
    """``pitch`` (per 512-sample frame, ``melody_line``'s) whistled, unit RMS: an octave up (a
    whistle's range), a nearly pure tone with a 5-7 Hz vibrato, breath around it (band noise on the
    note) and the tune's level, 10-40 cents off the recording's tuning, from its own phase."""
    hop = 512
    detune = 2 ** (float(rng.uniform(10, 40)) * (1 if rng.integers(2) else -1) / 1200)
    frequency = np.repeat(pitch, hop) * 2 * detune
    voiced = frequency > 0
    glide = np.convolve(np.where(voiced, frequency, 0), np.ones(440) / 440, "same")
    weight = np.convolve(voiced.astype(float), np.ones(440) / 440, "same")
    frequency = np.where(voiced, glide / np.maximum(weight, 1e-9), 0)
    times = np.arange(len(frequency)) / RATE
    vibrato = 1 + 0.01 * np.sin(2 * np.pi * float(rng.uniform(5, 7)) * times + rng.uniform(0, 6))
    phase = 2 * np.pi * np.cumsum(frequency * vibrato) / RATE + float(rng.uniform(0, 2 * np.pi))
    loud = np.convolve(np.repeat(level, hop), np.ones(1100) / 1100, "same") * voiced
    loud = loud / (np.max(loud) + 1e-9)
    breath = _band(rng, len(times), 1000, 6000) * 0.08
    out = (np.sin(phase) + 0.05 * np.sin(2 * phase)) * loud + breath * (loud > 0.05)
    return (out / (np.sqrt(np.mean(out ** 2)) + 1e-12)).astype(np.float32)


def _held_out_14_negatives(rng, unrelated: list[Path], workdir: Path, out: Path, lines: Lines,
                           sounds: list[Path], registered: list[Path], ambience) -> list[Query]:
    """held_out_13's kinds with this part's voices, sentences, sounds and background; FAMILIES_14's
    scenes on unregistered music (4 each) and without any music (3 each); a registered song's
    loudest line whistled (6: the tune, not the recording: a cover is no copy of it); a karaoke
    night's singer over an unregistered instrumental (4: another song's backing track); a phone's
    ringtone looped on its speaker, alone in the part's background or under a vlogger's talk (3
    each); a crowd singing a registered song's line with no recording playing (6)."""
    queries = _held_out_13_negatives(rng, unrelated, workdir, out, lines, sounds, registered,
                                     ambience)
    def add(kind: str, number: int, upload: np.ndarray, detail: str) -> None:
        path = out / f"neg-{kind}-{number}.wav"
        write_wav(path, upload)
        queries.append(Query(path.name, f"neg-{kind}", None, True, detail=detail, action="none"))
    def tune(track: Path, seconds: float) -> tuple[np.ndarray, np.ndarray, float]:
        start = float(rng.uniform(0, max(0.0, duration_of(track) - seconds - 0.5)))
        return (*melody_line(_trim(track, start, seconds)), start)
    longer = [track for track in unrelated if duration_of(track) >= 20] or unrelated
    for family in FAMILIES_14:
        for number in range(4):
            track = longer[int(rng.integers(len(longer)))]
            duration = duration_of(track)
            seconds = min(float(rng.uniform(*SCENE_SECONDS_14[family])), duration - 1.0)
            if family == "dancepitch":
                upload, _span, detail = _dancepitch(rng, track, duration, seconds)
                add(family, number, upload, f"{track.name}, {detail}")
                continue
            start = float(rng.uniform(0, max(0.0, duration - seconds - 0.5)))
            upload, detail = _scene_14(rng, family, track, start, seconds, workdir, lines)
            add(family, number, upload, f"{track.name} at {start:.2f} s, {detail}")
        for number in range(3):
            count = int(float(rng.uniform(*SCENE_SECONDS_14[family])) * RATE)
            reverb = f"reverb {int(rng.integers(20, 46))} 50 20" if family == "grwm" else ""
            front, background = _bed_14(rng, family, count, workdir, lines, reverb)
            quiet = float(rng.uniform(4, 12))
            voiced = front[np.abs(front) > 1e-4]
            bed = (front / rms(voiced)
                   + background / (rms(background) + 1e-12) * 10 ** (-quiet / 20)) * 0.1
            add(f"{family}only", number, bed,
                f"the {family} scene, its background {quiet:.1f} dB under the rest, no music")
    for number in range(6):
        track = registered[number % len(registered)]
        pitch, level, start = tune(track, float(rng.uniform(12, 20)))
        whistle = _whistled(rng, pitch, level)
        quiet = float(rng.uniform(12, 20))
        room = ambience(rng, len(whistle) / RATE + 0.01)[:len(whistle)]
        add("whistled", number, (whistle + room * 10 ** (-quiet / 20)) * 0.1,
            f"{track.name} at {start:.2f} s: its loudest line whistled, the part's background "
            f"{quiet:.1f} dB under it: the tune and not the recording")
    for number in range(4):
        track = longer[number % len(longer)]
        seconds = min(float(rng.uniform(15, 25)), duration_of(track) - 1.0)
        start = float(rng.uniform(0, max(0.0, duration_of(track) - seconds - 0.5)))
        backing = _trim(track, start, seconds)
        singer = _sung(rng, *melody_line(backing), instrument=False)[:len(backing)]
        singer = np.pad(singer, (0, len(backing) - len(singer)))   # its frames end a hop early
        above, quiet = float(rng.uniform(0, 6)), float(rng.uniform(10, 16))
        chatter = crowd(rng, len(backing) / RATE + 0.01, lines)[:len(backing)]
        mixed = (singer * 10 ** (above / 20) + backing / rms(backing)
                 + chatter * 10 ** (-quiet / 20))
        add("karaokebar", number, _through(mixed, ["reverb", "40", "50", "60"], workdir) * 0.1,
            f"{track.name} at {start:.2f} s as a karaoke night's backing track, a singer "
            f"{above:.1f} dB over it and the bar {quiet:.1f} dB under it")
    tones = [path for path in sounds if _package(path) in RINGTONES and duration_of(path) >= 4.5]
    for number in range(6):
        tone = tones[int(rng.integers(len(tones)))]
        high, low_pass = int(rng.integers(400, 701)), int(rng.integers(5000, 8001))
        ring = sox_read(tone, ["highpass", str(high), "lowpass", str(low_pass)])
        times = int(rng.integers(2, 5))
        looped = np.tile(ring, times)
        if number % 2:
            upload, below = _under_talk(rng, looped, (0, 8), workdir, lines)
            where = f"{below:.1f} dB below a vlogger's talk"
        else:
            quiet = float(rng.uniform(10, 18))
            room = ambience(rng, len(looped) / RATE + 0.01)[:len(looped)]
            upload = (looped / rms(looped) + room * 10 ** (-quiet / 20)) * 0.1
            where = f"the part's background {quiet:.1f} dB under it"
        add("ringtone", number, upload,
            f"{tone.name} looped x{times} on a phone's speaker (highpass {high} Hz lowpass "
            f"{low_pass} Hz), {where}")
    for number in range(6):
        track = registered[(number + 3) % len(registered)]
        pitch, level, start = tune(track, float(rng.uniform(12, 20)))
        singers = int(rng.integers(8, 17))
        count = len(pitch) * 512
        voices = np.zeros(count + int(0.1 * RATE), np.float32)
        for _singer in range(singers):
            late = int(float(rng.uniform(0, 0.08)) * RATE)
            voice = _sung(rng, pitch, level, instrument=False)
            voices[late:late + len(voice)] += voice * float(rng.uniform(0.5, 1.0))
        quiet = float(rng.uniform(4, 10))
        chatter = crowd(rng, len(voices) / RATE + 0.01, lines)[:len(voices)]
        mixed = voices / rms(voices) + chatter * 10 ** (-quiet / 20)
        add("singalong", number, _through(mixed, ["reverb", "80", "50", "100"], workdir) * 0.1,
            f"{track.name} at {start:.2f} s: its loudest line sung by a crowd of {singers} with "
            f"no recording playing, their talk and cheers {quiet:.1f} dB under the singing")
    return queries


# held_out_15 on: a slowed + reverb edit under a vlogger's talk (the commonest re-upload trick,
# with a voice over it), someone singing along over the song (the melody twice: the recording and a
# person), a pool party's speaker, a stadium's PA at a goal with a fan shouting over it, and a walk
# in the rain under an umbrella: see _scene_15
FAMILIES_15 = ("slowvlog", "singover", "pool", "stadium", "rainvlog")
SCENE_SECONDS_15 = {"slowvlog": (12, 25), "singover": (12, 25), "pool": (15, 30),
                    "stadium": (12, 25), "rainvlog": (15, 30)}
SLOWVLOG_DETAIL = re.compile(r"slowed and reverb, reverberance (\d+)%")
POOL_DETAIL = re.compile(r"pool speaker highpass (\d+) Hz lowpass (\d+) Hz")
STADIUM_DETAIL = re.compile(r"stadium PA highpass (\d+) Hz, reverberance (\d+)%, echo (\d+) ms")
STADIUM_ECHO = ("0.8", "0.7")          # SoX echo's gain in and out; its delay is the query's
SINGOVER_ROOM = ["reverb", "25", "50", "40"]     # a bedroom's short reverb on the singer alone


def beach(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """held_out_15's background under vlogs, rooms and reactions, unit RMS: a beach, its waves
    (60-2500 Hz noise swelling and breaking every 5-10 s), a light wind (100-800 Hz, slowly
    rising and falling), gulls now and then (1-2.5 kHz cries gliding down over 0.3-0.6 s) and
    people far off (300-3000 Hz noise rising and falling 2-4 times a second)."""
    count = int(seconds * RATE)
    times = np.arange(count) / RATE
    waves = np.zeros(count)
    at = float(rng.uniform(-3, 0))
    while at < seconds:
        rise, fall = float(rng.uniform(1.5, 3)), float(rng.uniform(2, 4))
        shape = np.where(times < at + rise, np.exp(-0.5 * ((times - at - rise) / (rise / 2)) ** 2),
                         np.exp(-(times - at - rise) / fall)) * float(rng.uniform(0.6, 1.4))
        waves += shape
        at += float(rng.uniform(5, 10))
    surf = _band(rng, count, 60, 2500) * (0.2 + waves)
    wind = _band(rng, count, 100, 800) * (1 + 0.5 * np.sin(2 * np.pi * times
                                                           / float(rng.uniform(6, 12))))
    gulls = np.zeros(count)
    for when in rng.uniform(0, max(0.1, seconds - 1), int(rng.integers(0, 4))):
        for cry in range(int(rng.integers(1, 4))):
            size = int(float(rng.uniform(0.3, 0.6)) * RATE)
            glide = np.linspace(float(rng.uniform(1800, 2500)), float(rng.uniform(1000, 1500)),
                                size)
            tone = np.sin(2 * np.pi * np.cumsum(glide) / RATE) * np.hanning(size)
            first = int((when + cry * 0.5) * RATE)
            gulls[first:first + size] += (tone + 0.3 * tone ** 3)[:max(0, count - first)]
    steps = max(2, int(seconds * float(rng.uniform(2, 4))))
    people = _band(rng, count, 300, 3000) * np.interp(
        np.arange(count), np.linspace(0, count - 1, steps), np.abs(rng.standard_normal(steps)))
    out = surf + wind * 0.3 + gulls * 0.5 + people * 0.3
    return (out / np.sqrt(np.mean(out ** 2))).astype(np.float32)


def rain_on_umbrella(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """A walk in the rain under an umbrella, unit RMS: drops on the canopy (sharp 1-6 kHz ticks,
    80-200 a second, each its own loudness), the rain's hiss around it (2-10 kHz), a gust of
    heavier rain now and then and cars passing on a wet road (a 200-4000 Hz swish swelling over
    2-4 s)."""
    count = int(seconds * RATE)
    times = np.arange(count) / RATE
    heavier = 1 + np.interp(np.arange(count), np.linspace(0, count - 1, max(2, int(seconds / 3))),
                            np.abs(rng.standard_normal(max(2, int(seconds / 3)))))
    ticks = (rng.random(count) < float(rng.uniform(80, 200)) / RATE * heavier) \
        * rng.uniform(0.2, 1.0, count)
    tick = np.exp(-np.arange(int(0.004 * RATE)) / (0.0008 * RATE))
    drops = np.convolve(ticks, tick, "same")
    drops = drops - np.convolve(drops, np.ones(20) / 20, "same")     # the canopy's high tick
    cars = np.zeros(count)
    for when in rng.uniform(0, seconds, int(rng.integers(1, 3)) + int(seconds > 20)):
        width = float(rng.uniform(2, 4)) / 2
        cars += _band(rng, count, 200, 4000) * np.exp(-0.5 * ((times - when) / width) ** 2)
    out = drops / (rms(drops) + 1e-12) + _band(rng, count, 2000, 10000) * 0.4 * heavier + cars
    return (out / np.sqrt(np.mean(out ** 2))).astype(np.float32)


def pool_party(rng: np.random.Generator, seconds: float, workdir: Path,
               lines: Lines) -> np.ndarray:
    """A pool party around the vlogger, unit RMS: splashes (a 100-3000 Hz burst and its 0.5-1.2 s
    spray), kids shouting (two espeak voices pitched high, far off, in bursts), the water lapping
    at the edge (200-1500 Hz noise pulsing 1-2 times a second) and the filter's hum."""
    count = int(seconds * RATE)
    times = np.arange(count) / RATE
    splashes = np.zeros(count)
    for when in rng.uniform(0, seconds, max(1, int(seconds / rng.uniform(2, 5)))):
        size = int(float(rng.uniform(0.5, 1.2)) * RATE)
        first = int(when * RATE)
        spray = _band(rng, size, 100, 3000) * np.exp(-np.arange(size) / (0.25 * RATE))
        splashes[first:first + size] += spray[:max(0, count - first)] * float(rng.uniform(0.5, 2))
    kids = np.zeros(count)
    for _kid in range(2):
        voice = speech(rng, seconds, workdir, lines)[:count]
        gate = np.interp(np.arange(count), np.linspace(0, count - 1, max(2, int(seconds / 2))),
                         rng.random(max(2, int(seconds / 2))) > 0.5)
        kids[:len(voice)] += voice / (rms(voice) + 1e-12) * gate[:len(voice)]
    kids = _through(kids.astype(np.float32), ["pitch", "500", "highpass", "400"], workdir)
    lapping = _band(rng, count, 200, 1500) * (1 + np.sin(2 * np.pi * float(rng.uniform(1, 2))
                                                         * times))
    out = splashes + kids / (rms(kids) + 1e-12) * 0.6 + lapping * 0.3 \
        + _band(rng, count, 50, 300) * 0.2
    return (out / np.sqrt(np.mean(out ** 2))).astype(np.float32)


def stadium(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """A football stadium after a goal, unit RMS: the crowd's roar (200-4000 Hz noise, loud at
    first and settling over 4-10 s into a steady murmur), a chant's claps on a beat of 0.5-0.7 s in
    fours, air horns (a 300-500 Hz square-ish blare for 0.5-1.5 s) and the referee's whistle (a
    2.5-3.5 kHz trill) now and then."""
    count = int(seconds * RATE)
    times = np.arange(count) / RATE
    roar = _band(rng, count, 200, 4000) * (0.5 + 1.5 * np.exp(-times / float(rng.uniform(4, 10))))
    claps = np.zeros(count)
    beat = float(rng.uniform(0.5, 0.7))
    clap = np.convolve(rng.standard_normal(int(0.03 * RATE)), [1, -0.7], "same") \
        * np.exp(-np.arange(int(0.03 * RATE)) / (0.008 * RATE))
    for index, at in enumerate(np.arange(float(rng.uniform(2, 5)), seconds - 0.05, beat)):
        if index % 4 != 3:                  # clap clap clap, rest
            first = int(at * RATE)
            claps[first:first + len(clap)] += clap[:count - first] * 3
    horns = np.zeros(count)
    for when in rng.uniform(0, max(0.1, seconds - 1.5), int(rng.integers(0, 3))):
        size = int(float(rng.uniform(0.5, 1.5)) * RATE)
        ring = np.arange(size) / RATE
        pitch = float(rng.uniform(300, 500))
        tone = np.tanh(3 * np.sin(2 * np.pi * pitch * ring)) * np.hanning(size)
        first = int(when * RATE)
        horns[first:first + size] += tone[:max(0, count - first)]
    whistle = np.zeros(count)
    for when in rng.uniform(0, max(0.1, seconds - 1), int(rng.integers(0, 2))):
        size = int(float(rng.uniform(0.4, 0.9)) * RATE)
        ring = np.arange(size) / RATE
        trill = 1 + 0.02 * np.sin(2 * np.pi * 30 * ring)
        tone = np.sin(2 * np.pi * float(rng.uniform(2500, 3500)) * np.cumsum(trill) / RATE)
        first = int(when * RATE)
        whistle[first:first + size] += (tone * np.hanning(size))[:max(0, count - first)]
    out = roar + claps + horns * 0.4 + whistle * 0.5
    return (out / np.sqrt(np.mean(out ** 2))).astype(np.float32)


def _bed_15(rng, family: str, count: int, workdir: Path, lines: Lines, ambience,
            voice: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """A FAMILIES_15 scene's foreground and background, ``count`` samples: a vlogger and the part's
    background (the slowed edit), a singer (``voice``, already sung) in a bedroom's quiet hum, a
    vlogger and the pool party, a fan shouting and the stadium, a vlogger and the rain on the
    umbrella."""
    seconds = count / RATE + 0.01
    if family == "singover":
        sung = np.pad(voice, (0, max(0, count - len(voice))))[:count]
        return _through(sung, SINGOVER_ROOM, workdir), _band(rng, count, 50, 800)
    talk = _talk(rng, count, workdir, lines)
    if family == "pool":
        return talk, pool_party(rng, seconds, workdir, lines)[:count]
    if family == "stadium":
        return talk, stadium(rng, seconds)[:count]
    if family == "rainvlog":
        return talk, rain_on_umbrella(rng, seconds)[:count]
    return talk, ambience(rng, seconds)[:count]


def _singer(rng, music: np.ndarray) -> tuple[np.ndarray, int]:
    """Someone singing ``music``'s loudest line along with it (``melody_line``, then ``_sung``):
    10-30 cents off, 40-120 ms late as a person following a song is: (voice, ms late)."""
    late = int(rng.integers(40, 121))
    voice = _sung(rng, *melody_line(music), instrument=False)
    return np.pad(voice, (int(late / 1000 * RATE), 0))[:len(music)], late


def _scene_15(rng, family: str, track: Path, start: float, seconds: float, workdir: Path,
              lines: Lines, ambience) -> tuple[np.ndarray, str]:
    """``seconds`` of the song from ``start`` (of upload, the slowed edit) in one of FAMILIES_15's
    scenes, the whole upload long: (upload, detail; its first "<x> dB below" is the music's under
    the rest, which check() fits; the slowed edit's starts "x<speed>").

    slowvlog: slowed x0.80-0.90 with the pitch (SoX speed) and a heavy reverb (reverberance
    70-100 %), 8-16 dB below a vlogger and the part's beach (15-25 dB under the voice);
    singover: as it is, 0-6 dB below someone singing its loudest line along with it (10-30 cents
    off, 40-120 ms late, a bedroom's short reverb on the voice, its hum 25-35 dB under);
    pool: from a waterproof speaker by a pool (high-pass 200-400 Hz, low-pass 6-9 kHz, outdoors:
    no reverb), 6-14 dB below a vlogger and the party (splashes, kids, water: 4-10 dB under the
    voice);
    stadium: on a stadium's PA after a goal (high-pass 150-300 Hz, reverberance 80-100 %, the far
    stand's echo 250-450 ms), 2-10 dB below a fan shouting over the crowd (0-6 dB under the voice);
    rainvlog: as it is, 10-18 dB below a vlogger under an umbrella in the rain (2-8 dB under the
    voice)."""
    effects: list[str] = []
    if family == "slowvlog":
        speed, room = round(float(rng.uniform(0.80, 0.90)), 3), int(rng.integers(70, 101))
        effects = ["speed", str(speed), "reverb", str(room), "50", "100"]
        seconds = seconds * speed                       # the original's seconds the edit holds
    elif family == "pool":
        high, low_pass = int(rng.integers(200, 401)), int(rng.integers(6000, 9001))
        effects = ["highpass", str(high), "lowpass", str(low_pass)]
    elif family == "stadium":
        high, room, echo = (int(rng.integers(150, 301)), int(rng.integers(80, 101)),
                            int(rng.integers(250, 451)))
        effects = ["highpass", str(high), "reverb", str(room), "50", "100",
                   "echo", *STADIUM_ECHO, str(echo), "0.4"]
    music = _trim(track, start, seconds, effects)
    if family == "stadium":                 # the echo's tail runs past the cut: the cut's length
        music = music[:int(round(seconds * RATE))]
    voice, late = _singer(rng, music) if family == "singover" else (None, 0)
    front, background = _bed_15(rng, family, len(music), workdir, lines, ambience, voice)
    under, below = {"slowvlog": ((15, 25), (8, 16)), "singover": ((25, 35), (0, 6)),
                    "pool": ((4, 10), (6, 14)), "stadium": ((0, 6), (2, 10)),
                    "rainvlog": ((2, 8), (10, 18))}[family]
    upload, quiet, low = _over_bed(rng, music, front, background, under, below)
    if family == "slowvlog":
        return upload, (f"x{speed} slowed and reverb, reverberance {room}%: an edit's bed "
                        f"{low:.1f} dB below a vlogger and the beach ({quiet:.1f} dB under the "
                        "voice)")
    if family == "singover":
        return upload, (f"music {low:.1f} dB below someone singing its loudest line along with it "
                        f"({late} ms late, a bedroom's reverb, its hum {quiet:.1f} dB under)")
    if family == "pool":
        return upload, (f"a pool party, pool speaker highpass {high} Hz lowpass {low_pass} Hz; "
                        f"music {low:.1f} dB below the vlogger and the party (splashes, kids, "
                        f"water {quiet:.1f} dB under the voice)")
    if family == "stadium":
        return upload, (f"a goal, stadium PA highpass {high} Hz, reverberance {room}%, echo {echo} "
                        f"ms; music {low:.1f} dB below a fan shouting over the crowd ({quiet:.1f} "
                        "dB under the voice)")
    return upload, (f"a walk in the rain: music {low:.1f} dB below the vlogger and the rain on "
                    f"the umbrella ({quiet:.1f} dB under the voice)")


def _positive_15(rng, family: str, track: Path, others: list[Path], workdir: Path, out: Path,
                 lines: Lines, ambience, pool: list[Path] = (), sounds: list[Path] = ()) -> Query:
    """One query of a family of FAMILIES_15 (held_out_15 on): ``SCENE_SECONDS_15`` of upload of the
    song in its scene (``_scene_15``), the song heard the whole upload long."""
    duration = duration_of(track)
    length = min(float(rng.uniform(*SCENE_SECONDS_15[family])), duration - 1.0)
    start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
    upload, detail = _scene_15(rng, family, track, start, length, workdir, lines, ambience)
    seconds = len(upload) / RATE
    held = seconds * float(detail.split()[0][1:]) if family == "slowvlog" else seconds
    span = (0.0, round(seconds, 4), round(start, 4), round(start + held, 4))
    path = out / f"{family}-{track.stem}.wav"
    write_wav(path, upload)
    return Query(path.name, family, track.name, True, *span, detail,
                 action=expected_action((span,), seconds, duration))


def strummed(rng, chords: np.ndarray, bpm: float, step: float = 0.5) -> np.ndarray:
    """``chords`` (``chord_line``'s rows) strummed on an acoustic guitar, unit RMS: each chord's
    three pitch classes in the two octaves above 130.81 Hz (C3), plucked strings (Karplus-Strong:
    a noise burst through a damped delay line) struck low to high 8-15 ms apart, down and up
    strokes on every eighth at ``bpm``, 10-30 cents off the recording's tuning."""
    size = int(step * RATE)
    count = len(chords) * size
    detune = 2 ** (float(rng.uniform(10, 30)) * (1 if rng.integers(2) else -1) / 1200)
    out = np.zeros(count + RATE)
    eighth = 30.0 / bpm
    def pluck(pitch: float, seconds: float) -> np.ndarray:
        period = max(2, int(round(RATE / pitch)))
        length = int(seconds * RATE)
        line = np.zeros(length + period)
        line[:period] = rng.uniform(-1, 1, period)
        for index in range(period, length + period, period):       # a period at a time
            piece = line[index - period:index]
            line[index:index + period] = (0.996 * 0.5 * (piece + np.roll(piece, 1)))[
                :len(line[index:index + period])]
        return line[:length]
    cache: dict[tuple, np.ndarray] = {}
    for number, at in enumerate(np.arange(0.0, count / RATE - 0.05, eighth)):
        chord = chords[min(int(at / step), len(chords) - 1)]
        if chord[0] < 0:
            continue
        pitches = sorted(130.81 * 2 ** (pitch / 12) * detune * octave for pitch in chord
                         for octave in (1, 2))
        if number % 2:
            pitches = pitches[::-1][:4]                          # an up stroke: the high strings
        for string, pitch in enumerate(pitches):
            key = (round(pitch, 1), number % 2)
            if key not in cache:
                cache[key] = pluck(pitch, 0.6)
            first = int((at + string * float(rng.uniform(0.008, 0.015))) * RATE)
            loud = float(rng.uniform(0.6, 1.0)) * (0.6 if number % 2 else 1.0)
            out[first:first + len(cache[key])] += cache[key][:len(out) - first] * loud
    out = out[:count]
    return (out / (np.sqrt(np.mean(out ** 2)) + 1e-12)).astype(np.float32)


def sleep_noise(rng: np.random.Generator, seconds: float, kind: str) -> np.ndarray:
    """A sleep track's noise, unit RMS: white, pink (1/f) or brown (1/f²) noise, slowly swelling
    by 1-3 dB, or a fan's hum (a 60-120 Hz motor and its harmonics over pink noise)."""
    count = int(seconds * RATE)
    frequencies = np.fft.rfftfreq(count, 1 / RATE)
    slope = {"white": 0.0, "pink": 0.5, "brown": 1.0, "fan": 0.5}[kind]
    spectrum = np.fft.rfft(rng.standard_normal(count)) / np.maximum(frequencies, 20) ** slope
    out = np.fft.irfft(spectrum, count)
    out = out / (np.sqrt(np.mean(out ** 2)) + 1e-12)
    times = np.arange(count) / RATE
    if kind == "fan":
        motor = float(rng.uniform(60, 120))
        out = out + sum(np.sin(2 * np.pi * motor * harmonic * times) / harmonic
                        for harmonic in (1, 2, 3)) * 0.7
    swell = 10 ** (float(rng.uniform(1, 3)) / 20 * np.sin(2 * np.pi * times
                                                         / float(rng.uniform(8, 20))))
    out = out * swell
    return (out / np.sqrt(np.mean(out ** 2))).astype(np.float32)


SLEEP_KINDS = ("white", "pink", "brown", "fan")


def _held_out_15_negatives(rng, unrelated: list[Path], workdir: Path, out: Path, lines: Lines,
                           sounds: list[Path], registered: list[Path], ambience) -> list[Query]:
    """held_out_14's kinds with this part's voices, sentences, sounds and background; FAMILIES_15's
    scenes on unregistered music (4 each) and without any music (3 each; the sing-along's singer
    sings a registered song's line a cappella: a cover); a registered song's chords played by
    another band (6: strummed guitar, a bass on the root and a drum machine at its tempo, a
    different recording of its harmony), a busker covering a registered song in the street (6: the
    tune sung over its chords strummed, the part's background under it), a sleep track's noise
    (4: white, pink, brown, a fan), and another track of a registered song's game under a vlogger's
    talk (4: the same composer and sound, not the registered recording)."""
    queries = _held_out_14_negatives(rng, unrelated, workdir, out, lines, sounds, registered,
                                     ambience)
    def add(kind: str, number: int, upload: np.ndarray, detail: str) -> None:
        path = out / f"neg-{kind}-{number}.wav"
        write_wav(path, upload)
        queries.append(Query(path.name, f"neg-{kind}", None, True, detail=detail, action="none"))
    def excerpt(track: Path, seconds: float) -> tuple[np.ndarray, float]:
        start = float(rng.uniform(0, max(0.0, duration_of(track) - seconds - 0.5)))
        return _trim(track, start, seconds), start
    longer = [track for track in unrelated if duration_of(track) >= 20] or unrelated
    for family in FAMILIES_15:
        for number in range(4):
            track = longer[int(rng.integers(len(longer)))]
            duration = duration_of(track)
            seconds = min(float(rng.uniform(*SCENE_SECONDS_15[family])), duration - 1.0)
            start = float(rng.uniform(0, max(0.0, duration - seconds - 0.5)))
            upload, detail = _scene_15(rng, family, track, start, seconds, workdir, lines,
                                       ambience)
            add(family, number, upload, f"{track.name} at {start:.2f} s, {detail}")
        for number in range(3):
            count = int(float(rng.uniform(*SCENE_SECONDS_15[family])) * RATE)
            voice, what = None, ""
            if family == "singover":
                track = registered[(number + 1) % len(registered)]
                line, start = excerpt(track, count / RATE)
                voice, _late = _singer(rng, line)
                what = f" ({track.name} at {start:.2f} s sung a cappella: the tune, no recording)"
            front, background = _bed_15(rng, family, count, workdir, lines, ambience, voice)
            quiet = float(rng.uniform(4, 12))
            voiced = front[np.abs(front) > 1e-4]
            bed = (front / rms(voiced)
                   + background / (rms(background) + 1e-12) * 10 ** (-quiet / 20)) * 0.1
            add(f"{family}only", number, bed,
                f"the {family} scene, its background {quiet:.1f} dB under the rest, no music{what}")
    def band_parts(track: Path, seconds: float):
        """An excerpt of ``track``, its chords, them strummed at its tempo, the tempo, the start."""
        line, start = excerpt(track, seconds)
        chords, bpm = chord_line(line), tempo_of(line)
        return line, chords, strummed(rng, chords, bpm), bpm, start
    for number in range(6):
        track = registered[number % len(registered)]
        line, chords, guitar, bpm, start = band_parts(track, float(rng.uniform(12, 20)))
        roots = np.repeat(np.where(chords[:, 0] >= 0, 65.41 * 2 ** (chords[:, 0] / 12), 0),
                          int(0.5 * RATE))
        bass = np.sin(2 * np.pi * np.cumsum(roots) / RATE) * (roots > 0)
        drums = drum_loop(rng, len(guitar) / RATE, bpm)[0]
        size = min(len(guitar), len(bass), len(drums))
        band = (guitar[:size] + bass[:size] / (rms(bass[:size]) + 1e-12) * 0.7
                + drums[:size] * 0.6)
        add("otherband", number, _through(band.astype(np.float32), ["reverb", "30", "50", "60"],
                                          workdir) / rms(band) * 0.1,
            f"{track.name} at {start:.2f} s: its chords played by another band (strummed guitar, "
            f"a bass on the root, a drum machine at its {bpm:.1f} BPM): its harmony and tempo, "
            "not the recording")
    for number in range(6):
        track = registered[(number + 2) % len(registered)]
        line, _chords, guitar, _bpm, start = band_parts(track, float(rng.uniform(15, 25)))
        voice = _sung(rng, *melody_line(line), instrument=False)
        size = min(len(guitar), len(voice))
        quiet = float(rng.uniform(8, 16))
        street_sound = ambience(rng, size / RATE + 0.01)[:size]
        busk = (voice[:size] + guitar[:size] * 10 ** (-float(rng.uniform(0, 6)) / 20)
                + street_sound * 10 ** (-quiet / 20))
        add("busker", number, busk * 0.1,
            f"{track.name} at {start:.2f} s covered by a busker: its loudest line sung over its "
            f"chords strummed, the part's background {quiet:.1f} dB under: a cover, not the "
            "recording")
    for number in range(4):
        kind = SLEEP_KINDS[number]
        add("sleep", number, sleep_noise(rng, float(rng.uniform(10, 20)), kind) * 0.1,
            f"a sleep track's {kind} noise")
    games = {_package(track) for track in registered}
    siblings = [track for track in longer if _package(track) in games] or longer
    by_game = sorted({_package(track) for track in siblings})
    for number in range(4):                 # the games in turn, a track of each drawn
        of_game = [track for track in siblings if _package(track) == by_game[number % len(by_game)]]
        track = of_game[int(rng.integers(len(of_game)))]
        line, start = excerpt(track, min(float(rng.uniform(12, 20)), duration_of(track) - 1.0))
        upload, below = _under_talk(rng, line, (6, 14), workdir, lines)
        add("samegame", number, upload,
            f"{track.name} at {start:.2f} s, another track of a registered song's game "
            f"({_package(track)}), {below:.1f} dB below a vlogger's talk")
    return queries


# held_out_16 on: a pet video (the owner talking, the dog barking over the song), a skate clip (the
# board rolling and popping, wind on the phone, a friend shouting), a record on a turntable under a
# collector's talk, an unboxing (tape, cardboard, paper) over a quiet bed, and fireworks at new
# year with the song on a square's speakers and a vlogger shouting: see _scene_16
FAMILIES_16 = ("petvlog", "skate", "vinyl", "unboxing", "fireworks")
SCENE_SECONDS_16 = {"petvlog": (12, 25), "skate": (12, 25), "vinyl": (15, 30),
                    "unboxing": (15, 30), "fireworks": (12, 25)}
VINYL_DETAIL = re.compile(r"turntable highpass (\d+) Hz lowpass (\d+) Hz bass \+(\d+) dB")
SQUARE_DETAIL = re.compile(r"square speakers highpass (\d+) Hz lowpass (\d+) Hz, reverberance "
                           r"(\d+)%")
REVOLUTION = 60 / (100 / 3)            # s: a record's turn at 33 1/3 rpm (its scratch's period)


def _ticks(rng: np.random.Generator, count: int, per_second: float, low: float,
           high: float) -> np.ndarray:
    """``count`` samples of sparse clicks, ``per_second`` on average, each its own loudness, their
    energy between ``low`` and ``high`` Hz."""
    clicks = (rng.random(count) < per_second / RATE) * rng.uniform(0.2, 1.0, count)
    frequencies = np.fft.rfftfreq(count, 1 / RATE)
    edges = (1 + (low / np.maximum(frequencies, 1e-3)) ** 4) * (1 + (frequencies / high) ** 4)
    return np.fft.irfft(np.fft.rfft(clicks) / edges, count)


def _unit(out: np.ndarray) -> np.ndarray:
    """``out`` scaled to unit RMS, as float32: the scenes' sounds are mixed by level."""
    return (out / (np.sqrt(np.mean(out ** 2)) + 1e-12)).astype(np.float32)


def backyard(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """held_out_16's background under vlogs, rooms and reactions, unit RMS: a back garden, birds
    (trills of 2-6 chirps gliding 2.5-6 kHz) every 0.5-3 s, leaves rustling (1-8 kHz noise
    swelling and settling), a lawnmower two gardens away (a 25-35 Hz engine's harmonics, muffled)
    and wind chimes now and then (three inharmonic partials of 600-1500 Hz ringing 1-2 s)."""
    count = int(seconds * RATE)
    times = np.arange(count) / RATE
    birds = np.zeros(count)
    at = float(rng.uniform(0, 1))
    while at < seconds:
        for chirp in range(int(rng.integers(2, 7))):
            size = int(float(rng.uniform(0.04, 0.12)) * RATE)
            glide = np.linspace(float(rng.uniform(3500, 6000)), float(rng.uniform(2500, 4000)),
                                size)
            first = int((at + chirp * float(rng.uniform(0.08, 0.15))) * RATE)
            tone = np.sin(2 * np.pi * np.cumsum(glide) / RATE) * np.hanning(size)
            birds[first:first + size] += tone[:max(0, count - first)] * float(rng.uniform(0.3, 1))
        at += float(rng.uniform(0.5, 3))
    steps = max(2, int(seconds))
    leaves = _band(rng, count, 1000, 8000) * np.interp(
        np.arange(count), np.linspace(0, count - 1, steps), 0.3 + rng.random(steps))
    firing = float(rng.uniform(25, 35)) * (1 + 0.03 * np.sin(2 * np.pi * times / 3))
    phase = 2 * np.pi * np.cumsum(firing) / RATE
    mower = sum(np.sin(harmonic * phase) / harmonic for harmonic in range(1, 9))
    chimes = np.zeros(count)
    for when in rng.uniform(0, seconds, int(rng.integers(0, 3))):
        size = int(float(rng.uniform(1, 2)) * RATE)
        ring = np.arange(size) / RATE
        base = float(rng.uniform(600, 1500))
        tone = sum(np.sin(2 * np.pi * base * ratio * ring) / ratio for ratio in (1, 2.76, 5.40))
        first = int(when * RATE)
        chimes[first:first + size] += (tone * np.exp(-ring / 0.5))[:max(0, count - first)]
    out = leaves * 0.5 + birds * 0.6 + _unit(mower) * 0.25 + chimes * 0.3
    return _unit(out)


def dog(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """A dog at play, unit RMS: runs of 1-4 barks 0.15-0.3 s apart every 1-4 s (each 80-200 ms,
    its voice gliding down from 500-900 Hz with six harmonics and a breathy burst), panting
    between them (500-3000 Hz noise pulsing 3-5 times a second) and its tag jingling (4-7 kHz
    clinks)."""
    count = int(seconds * RATE)
    times = np.arange(count) / RATE
    barks = np.zeros(count)
    at = float(rng.uniform(0, 1.5))
    while at < seconds:
        for bark in range(int(rng.integers(1, 5))):
            size = int(float(rng.uniform(0.08, 0.2)) * RATE)
            glide = np.linspace(float(rng.uniform(500, 900)), float(rng.uniform(300, 500)), size)
            phase = 2 * np.pi * np.cumsum(glide) / RATE
            shape = np.exp(-np.arange(size) / (size / 3)) * (1 - np.exp(-np.arange(size) / 60))
            tone = sum(np.sin(harmonic * phase) * (0.8 ** harmonic) for harmonic in range(1, 7))
            tone = (tone + 0.6 * _band(rng, size, 300, 3000)) * shape
            first = int((at + bark * float(rng.uniform(0.15, 0.3))) * RATE)
            barks[first:first + size] += tone[:max(0, count - first)] * float(rng.uniform(0.7, 1.3))
        at += float(rng.uniform(1, 4))
    panting = _band(rng, count, 500, 3000) * (0.5 + 0.5 * np.sin(
        2 * np.pi * float(rng.uniform(3, 5)) * times)) ** 2
    tag = _ticks(rng, count, float(rng.uniform(2, 6)), 4000, 7000)
    return _unit(_unit(barks) + panting * 0.15 + _unit(tag) * 0.1)


def skateboard(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """A skate clip's board and air, unit RMS: its wheels rolling on concrete (60-1000 Hz noise,
    grainy), the pavement's joints clacking every 0.6-1.5 s, a trick every 3-7 s (the tail's pop,
    0.4-0.8 s in the air with no roll, the landing's thud and slap) and wind on the phone's
    microphone (``wind``)."""
    count = int(seconds * RATE)
    rolling = np.ones(count)
    hits = np.zeros(count)
    def hit(at: float, low: float, high: float, length: float, loud: float) -> None:
        size = int(length * RATE)
        first = int(at * RATE)
        piece = _band(rng, size, low, high) * np.exp(-np.arange(size) / (size / 4)) * loud
        hits[first:first + size] += piece[:max(0, count - first)]
    for at in np.cumsum(rng.uniform(0.6, 1.5, int(seconds / 0.6) + 1)):
        if at < seconds:
            hit(at, 500, 4000, 0.02, 2.0)
            hit(at + 0.05, 500, 4000, 0.02, 1.5)
    at = float(rng.uniform(1, 4))
    while at < seconds:
        air = float(rng.uniform(0.4, 0.8))
        hit(at, 200, 6000, 0.03, 4.0)                              # the pop
        rolling[int(at * RATE):int((at + air) * RATE)] = 0.05
        hit(at + air, 60, 250, 0.12, 5.0)                           # the landing's thud
        hit(at + air, 800, 5000, 0.03, 3.0)                         # and slap
        at += air + float(rng.uniform(3, 7))
    grain = 1 + 0.5 * _band(rng, count, 5, 40)
    roll = _band(rng, count, 60, 1000) * grain * np.convolve(rolling, np.ones(400) / 400, "same")
    return _unit(roll + hits + wind(rng, seconds)[:count] * 0.6)


def record_surface(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """A vinyl record's own sound, unit RMS: crackle (20-60 fine clicks a second, 1-8 kHz), bigger
    pops now and then, a scratch that comes back every turn (``REVOLUTION``), the surface's hiss
    (3-10 kHz) and the turntable's rumble (10-60 Hz)."""
    count = int(seconds * RATE)
    crackle = _ticks(rng, count, float(rng.uniform(20, 60)), 1000, 8000)
    pops = _ticks(rng, count, float(rng.uniform(0.5, 2)), 300, 6000)
    scratch = np.zeros(count)
    click = np.exp(-np.arange(int(0.004 * RATE)) / (0.001 * RATE))
    for at in np.arange(float(rng.uniform(0, REVOLUTION)), seconds, REVOLUTION):
        first = int(at * RATE)
        scratch[first:first + len(click)] += click[:max(0, count - first)]
    out = (_unit(crackle) + _unit(pops) * 0.7 + _unit(scratch) * 0.4
           + _band(rng, count, 3000, 10000) * 0.3 + _band(rng, count, 10, 60) * 0.3)
    return _unit(out)


def unboxing_sounds(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """An unboxing on a desk, unit RMS: tape ripped off (0.4-1 s of dense 1-6 kHz crackle), the
    box's flaps and the product set down (100-600 Hz thumps), paper and plastic crinkling (2-8 kHz
    bursts) and runs of bubble wrap popping."""
    count = int(seconds * RATE)
    tape = np.zeros(count)
    for when in rng.uniform(0, max(0.1, seconds - 1), max(1, int(seconds / 8))):
        size = int(float(rng.uniform(0.4, 1.0)) * RATE)
        rip = _ticks(rng, size, 3000, 1000, 6000) * np.hanning(size)
        first = int(when * RATE)
        tape[first:first + size] += _unit(rip)[:max(0, count - first)]
    thumps = _bursts(rng, count, (2, 5), (0.05, 0.15), 100, 600)
    crinkle = _bursts(rng, count, (0.5, 2.5), (0.2, 0.8), 2000, 8000)
    bubbles = np.zeros(count)
    click = np.exp(-np.arange(int(0.006 * RATE)) / (0.0015 * RATE))
    for when in rng.uniform(0, max(0.1, seconds - 1), int(rng.integers(1, 3))):
        for at in when + np.cumsum(rng.uniform(0.05, 0.3, int(rng.integers(3, 9)))):
            first = int(at * RATE)
            bubbles[first:first + len(click)] += click[:max(0, count - first)]
    return _unit(tape + thumps * 1.5 + crinkle + _unit(bubbles) * 0.5)


def fireworks(rng: np.random.Generator, seconds: float, lines: Lines) -> np.ndarray:
    """New year in a square, unit RMS: rockets whistling up (800 Hz to 3 kHz over 1-2 s) and
    bursting (a 40-150 Hz boom over 0.3-0.8 s with its crack, a crackling tail of 1-2 s), one every
    0.5-3 s, and the crowd cheering (``crowd``)."""
    count = int(seconds * RATE)
    blasts = np.zeros(count)
    at = float(rng.uniform(0, 1))
    while at < seconds:
        if rng.random() < 0.5:                         # a whistle up before the burst
            size = int(float(rng.uniform(1, 2)) * RATE)
            glide = np.linspace(800, 3000, size)
            tone = np.sin(2 * np.pi * np.cumsum(glide) / RATE) * np.hanning(size) * 0.3
            first = int(at * RATE)
            blasts[first:first + size] += tone[:max(0, count - first)]
            at += size / RATE
        size = int(float(rng.uniform(0.3, 0.8)) * RATE)
        ring = np.arange(size) / RATE
        boom = np.sin(2 * np.pi * float(rng.uniform(40, 150)) * ring) \
            * np.exp(-ring / (size / RATE / 4))
        boom[:int(0.02 * RATE)] += _band(rng, int(0.02 * RATE), 200, 8000) * 2
        first = int(at * RATE)
        blasts[first:first + size] += boom[:max(0, count - first)] * float(rng.uniform(1, 3))
        if rng.random() < 0.6:
            tail = int(float(rng.uniform(1, 2)) * RATE)
            sparks = _unit(_ticks(rng, tail, 400, 1000, 8000)) * np.exp(
                -np.arange(tail) / (tail / 3))
            blasts[first:first + tail] += sparks[:max(0, count - first)] * 0.5
        at += float(rng.uniform(0.5, 3))
    return _unit(_unit(blasts) + crowd(rng, seconds, lines)[:count] * 0.6)


def _bed_16(rng, family: str, count: int, workdir: Path, lines: Lines,
            ambience) -> tuple[np.ndarray, np.ndarray]:
    """A FAMILIES_16 scene's foreground (someone talking) and background, ``count`` samples: the
    owner and the dog, a friend shouting and the board, the collector and the record's surface,
    the unboxer and the box, a vlogger and the fireworks."""
    seconds = count / RATE + 0.01
    talk = _talk(rng, count, workdir, lines)
    background = {"petvlog": lambda: dog(rng, seconds) + ambience(rng, seconds) * 0.2,
                  "skate": lambda: skateboard(rng, seconds),
                  "vinyl": lambda: record_surface(rng, seconds),
                  "unboxing": lambda: unboxing_sounds(rng, seconds),
                  "fireworks": lambda: fireworks(rng, seconds, lines)}[family]()
    return talk, background[:count]


def _scene_16(rng, family: str, track: Path, start: float, seconds: float, workdir: Path,
              lines: Lines, ambience) -> tuple[np.ndarray, str]:
    """``seconds`` of the song from ``start`` in one of FAMILIES_16's scenes, the whole upload long:
    (upload, detail; its first "<x> dB below" is the music's under the rest, which check() fits).

    petvlog: as it is (added in the edit), 8-16 dB below the owner talking and the dog barking,
    panting and jingling (0-6 dB under the voice, the part's garden 14 dB under the dog);
    skate: as it is, 4-12 dB below a friend shouting and the board rolling, clacking, popping and
    landing, wind on the microphone (0-6 dB under the voice);
    vinyl: on a turntable (high-pass 30-60 Hz, low-pass 8-10 kHz, bass +2-6 dB), 6-12 dB below a
    collector talking and the record's crackle, pops, scratch and hiss (10-20 dB under the voice);
    unboxing: as it is, a quiet bed 12-20 dB below the unboxer and the tape, cardboard, paper and
    bubble wrap (2-8 dB under the voice);
    fireworks: on a square's speakers (high-pass 120-250 Hz, low-pass 7-10 kHz, reverberance
    30-60 % between the buildings), 2-10 dB below a vlogger shouting and the rockets and crowd
    (0-6 dB under the voice)."""
    effects: list[str] = []
    if family == "vinyl":
        high, low_pass, bass = (int(rng.integers(30, 61)), int(rng.integers(8000, 10001)),
                                int(rng.integers(2, 7)))
        effects = ["highpass", str(high), "lowpass", str(low_pass), "bass", f"+{bass}"]
    elif family == "fireworks":
        high, low_pass, room = (int(rng.integers(120, 251)), int(rng.integers(7000, 10001)),
                                int(rng.integers(30, 61)))
        effects = ["highpass", str(high), "lowpass", str(low_pass), "reverb", str(room)]
    music = _trim(track, start, seconds, effects)
    front, background = _bed_16(rng, family, len(music), workdir, lines, ambience)
    under, below = {"petvlog": ((0, 6), (8, 16)), "skate": ((0, 6), (4, 12)),
                    "vinyl": ((10, 20), (6, 12)), "unboxing": ((2, 8), (12, 20)),
                    "fireworks": ((0, 6), (2, 10))}[family]
    upload, quiet, low = _over_bed(rng, music, front, background, under, below)
    if family == "petvlog":
        return upload, (f"a pet video: music {low:.1f} dB below the owner and the dog barking "
                        f"({quiet:.1f} dB under the voice)")
    if family == "skate":
        return upload, (f"a skate clip: music {low:.1f} dB below a friend shouting and the board "
                        f"and wind ({quiet:.1f} dB under the voice)")
    if family == "vinyl":
        return upload, (f"a record, turntable highpass {high} Hz lowpass {low_pass} Hz bass "
                        f"+{bass} dB; music {low:.1f} dB below a collector and the record's "
                        f"crackle ({quiet:.1f} dB under the voice)")
    if family == "unboxing":
        return upload, (f"an unboxing: music {low:.1f} dB below the unboxer and the box, tape and "
                        f"paper ({quiet:.1f} dB under the voice)")
    return upload, (f"new year, square speakers highpass {high} Hz lowpass {low_pass} Hz, "
                    f"reverberance {room}%; music {low:.1f} dB below a vlogger shouting and the "
                    f"fireworks and crowd ({quiet:.1f} dB under the voice)")


def _positive_16(rng, family: str, track: Path, others: list[Path], workdir: Path, out: Path,
                 lines: Lines, ambience, pool: list[Path] = (), sounds: list[Path] = ()) -> Query:
    """One query of a family of FAMILIES_16 (held_out_16 on): ``SCENE_SECONDS_16`` of upload of the
    song in its scene (``_scene_16``), the song heard the whole upload long."""
    duration = duration_of(track)
    length = min(float(rng.uniform(*SCENE_SECONDS_16[family])), duration - 1.0)
    start = float(rng.uniform(0, max(0.0, duration - length - 0.5)))
    upload, detail = _scene_16(rng, family, track, start, length, workdir, lines, ambience)
    seconds = len(upload) / RATE
    span = (0.0, round(seconds, 4), round(start, 4), round(start + seconds, 4))
    path = out / f"{family}-{track.stem}.wav"
    write_wav(path, upload)
    return Query(path.name, family, track.name, True, *span, detail,
                 action=expected_action((span,), seconds, duration))


def chiptune(rng, music: np.ndarray) -> tuple[np.ndarray, float]:
    """``music`` covered as an 8-bit tune, unit RMS: its loudest line (``melody_line``) on a 12.5,
    25 or 50 % pulse wave 10-30 cents off, its chords (``chord_line``) arpeggiated on a second
    pulse in sixteenths at its tempo (``tempo_of``), a triangle bass on each chord's root and a
    noise hat on every beat: a fan's remake, not the recording. (cover, its BPM)"""
    hop = 512
    pitch, _level = melody_line(music)
    count = len(pitch) * hop
    detune = 2 ** (float(rng.uniform(10, 30)) * (1 if rng.integers(2) else -1) / 1200)
    duty = float(rng.choice([0.125, 0.25, 0.5]))
    def pulse(frequency: np.ndarray, width: float) -> np.ndarray:
        cycle = np.cumsum(frequency) / RATE % 1.0
        return np.where(cycle < width, 1.0, -1.0) * (frequency > 0)
    lead = pulse(np.repeat(pitch, hop) * detune, duty)
    chords, bpm = chord_line(music), tempo_of(music)
    sixteenth = 15.0 / bpm
    times = np.arange(count) / RATE
    row = np.minimum((times / 0.5).astype(int), len(chords) - 1)
    step = (times / sixteenth).astype(int)
    classes = chords[row, step % 3]
    arpeggio = np.where(classes >= 0, 261.63 * 2 ** (np.maximum(classes, 0) / 12) * detune, 0.0)
    roots = np.where(chords[row, 0] >= 0, 65.41 * 2 ** (np.maximum(chords[row, 0], 0) / 12)
                     * detune, 0.0)
    triangle = (2 * np.abs(2 * (np.cumsum(roots) / RATE % 1.0) - 1) - 1) * (roots > 0)
    hats = np.zeros(count)
    for at in np.arange(float(rng.uniform(0, 60 / bpm)), count / RATE, 60 / bpm):
        first = int(at * RATE)
        size = min(int(0.03 * RATE), count - first)
        hats[first:first + size] += rng.uniform(-1, 1, size) * np.exp(-np.arange(size) / 100)
    out = lead + 0.5 * pulse(arpeggio, 0.5) + 0.6 * triangle + 0.3 * hats
    return _unit(out), bpm


def piano(rng, pitch: np.ndarray, level: np.ndarray) -> np.ndarray:
    """``pitch`` (per 512-sample frame, ``melody_line``'s) played note by note on a piano, unit
    RMS: each new note struck (six partials, slightly stretched, dying away over 0.6-1.2 s), held
    notes not struck again, 10-30 cents off the recording's tuning."""
    hop = 512
    detune = 2 ** (float(rng.uniform(10, 30)) * (1 if rng.integers(2) else -1) / 1200)
    out = np.zeros(len(pitch) * hop + RATE)
    decay = float(rng.uniform(0.6, 1.2))
    ring = np.arange(int(1.5 * RATE)) / RATE
    loudest = np.max(level) + 1e-9 if len(level) else 1.0
    for index in np.flatnonzero((pitch > 0) & (np.diff(pitch, prepend=0.0) != 0)):
        base = pitch[index] * detune
        tone = sum(np.sin(2 * np.pi * base * partial * (1 + 0.0004 * partial ** 2) * ring)
                   * 0.6 ** partial for partial in range(1, 7)) * np.exp(-ring / decay)
        first = index * hop
        out[first:first + len(tone)] += tone[:len(out) - first] * (0.4 + level[index] / loudest)
    return _unit(out[:len(pitch) * hop])


def _held_out_16_negatives(rng, unrelated: list[Path], workdir: Path, out: Path, lines: Lines,
                           sounds: list[Path], registered: list[Path], ambience) -> list[Query]:
    """held_out_15's kinds with this part's voices, sentences, sounds and background; FAMILIES_16's
    scenes on unregistered music (4 each) and without any music (3 each: the talk and the scene's
    own sound); a registered song covered as an 8-bit tune (6: ``chiptune``, its melody, chords and
    tempo on pulse waves, a fan's remake), and a piano lesson on a registered song's loudest line
    (6: the tune played note by note on a piano under a teacher's talk): covers, not the
    recording."""
    queries = _held_out_15_negatives(rng, unrelated, workdir, out, lines, sounds, registered,
                                     ambience)
    def add(kind: str, number: int, upload: np.ndarray, detail: str) -> None:
        path = out / f"neg-{kind}-{number}.wav"
        write_wav(path, upload)
        queries.append(Query(path.name, f"neg-{kind}", None, True, detail=detail, action="none"))
    def excerpt(track: Path, seconds: float) -> tuple[np.ndarray, float]:
        start = float(rng.uniform(0, max(0.0, duration_of(track) - seconds - 0.5)))
        return _trim(track, start, seconds), start
    longer = [track for track in unrelated if duration_of(track) >= 20] or unrelated
    for family in FAMILIES_16:
        for number in range(4):
            track = longer[int(rng.integers(len(longer)))]
            duration = duration_of(track)
            seconds = min(float(rng.uniform(*SCENE_SECONDS_16[family])), duration - 1.0)
            start = float(rng.uniform(0, max(0.0, duration - seconds - 0.5)))
            upload, detail = _scene_16(rng, family, track, start, seconds, workdir, lines,
                                       ambience)
            add(family, number, upload, f"{track.name} at {start:.2f} s, {detail}")
        for number in range(3):
            count = int(float(rng.uniform(*SCENE_SECONDS_16[family])) * RATE)
            front, background = _bed_16(rng, family, count, workdir, lines, ambience)
            quiet = float(rng.uniform(2, 10))
            voiced = front[np.abs(front) > 1e-4]
            bed = (front / rms(voiced)
                   + background / (rms(background) + 1e-12) * 10 ** (-quiet / 20)) * 0.1
            add(f"{family}only", number, bed,
                f"the {family} scene, its sound {quiet:.1f} dB under the talk, no music")
    for number in range(6):
        track = registered[number % len(registered)]
        line, start = excerpt(track, float(rng.uniform(12, 20)))
        cover, bpm = chiptune(rng, line)
        add("chiptune", number, cover * 0.1,
            f"{track.name} at {start:.2f} s covered as an 8-bit tune (its loudest line, chords and "
            f"{bpm:.1f} BPM on pulse waves): a remake, not the recording")
    for number in range(6):
        track = registered[(number + 3) % len(registered)]
        line, start = excerpt(track, float(rng.uniform(15, 25)))
        keys = piano(rng, *melody_line(line))
        talk = _talk(rng, len(keys), workdir, lines)
        apart = float(rng.uniform(-3, 3))
        voiced = talk[np.abs(talk) > 1e-4]
        lesson = talk / rms(voiced) + keys * 10 ** (-apart / 20)
        add("pianolesson", number, _through(lesson.astype(np.float32),
                                            ["reverb", "30", "50", "50"], workdir) * 0.1,
            f"{track.name} at {start:.2f} s: its loudest line played on a piano in a lesson, "
            f"{apart:.1f} dB under the teacher's talk: the tune, not the recording")
    return queries


def _under_talk(rng, music: np.ndarray, low: tuple[float, float], workdir: Path,
                lines: Lines) -> tuple[np.ndarray, float]:
    """``music`` ``low`` dB (drawn) below a vlogger's talk: (upload, dB below)."""
    words = _talk(rng, len(music), workdir, lines)
    below = float(rng.uniform(*low))
    voiced = words[np.abs(words) > 1e-4]
    return (words / rms(voiced) + music / rms(music) * 10 ** (-below / 20)) * 0.1, below


def with_shared(queries: list[Query], shared: dict[str, tuple[str, ...]], out: Path,
                music: dict[str, Path]) -> list[Query]:
    """``queries`` with every original a query rightly names: where a named original (its track or
    a medley's other song) is in ``shared``, each of its other recordings is added to ``also`` at
    the same spans, with the default policy's decision for a match covering them on that track
    (``music``: each track's file by name). Idempotent."""
    done = []
    for query in queries:
        named = [(query.track, query.spans()), *((name, spans) for name, spans, _ in query.also)]
        extra = tuple(
            (other, tuple(spans), expected_action(spans, duration_of(out / query.file),
                                                  duration_of(music[other])))
            for name, spans in named if name in shared
            for other in shared[name] if other not in query.originals())
        done.append(replace(query, also=query.also + extra) if extra else query)
    return done


def families_in_turn(registered: list[Path], always: tuple[str, ...], turns: tuple[str, ...],
                     per_track: int, own: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Each registered track's families: ``always``, ``per_track`` of ``turns`` in turn (the n-th
    track in name order the (per_track * n)-th and the next, round the list), and ``own``."""
    return {track.name: (always + tuple(turns[(per_track * number + step) % len(turns)]
                                        for step in range(per_track)) + own)
            for number, track in enumerate(sorted(registered, key=lambda path: path.name))}


def held_out_9_families(registered: list[Path]) -> dict[str, tuple[str, ...]]:
    """Each registered track's families: HELD_OUT_9_ALWAYS, HELD_OUT_9_PER_TRACK of
    HELD_OUT_9_TURNS in turn, and FAMILIES_9."""
    return families_in_turn(registered, HELD_OUT_9_ALWAYS, HELD_OUT_9_TURNS, HELD_OUT_9_PER_TRACK,
                            FAMILIES_9)


def held_out_10_families(registered: list[Path]) -> dict[str, tuple[str, ...]]:
    """Each registered track's families: the five where the song lies under speech
    (HELD_OUT_10_ALWAYS), HELD_OUT_10_PER_TRACK of the other earlier families in turn, and
    FAMILIES_10."""
    return families_in_turn(registered, HELD_OUT_10_ALWAYS, HELD_OUT_10_TURNS,
                            HELD_OUT_10_PER_TRACK, FAMILIES_10)


def held_out_11_families(registered: list[Path]) -> dict[str, tuple[str, ...]]:
    """Each registered track's families: held_out_10's five where the song lies under speech,
    HELD_OUT_10_PER_TRACK of the other earlier families in turn, FAMILIES_10 and FAMILIES_11 (12
    of a track's 16 with talk over the song)."""
    return families_in_turn(registered, HELD_OUT_10_ALWAYS, HELD_OUT_10_TURNS,
                            HELD_OUT_10_PER_TRACK, FAMILIES_10 + FAMILIES_11)


def held_out_12_families(registered: list[Path]) -> dict[str, tuple[str, ...]]:
    """Each registered track's families: held_out_11's (held_out_10's five where the song lies
    under speech, HELD_OUT_10_PER_TRACK of the other earlier families in turn, FAMILIES_10 and
    FAMILIES_11) and FAMILIES_12 (16 of a track's 20 with talk over the song)."""
    return families_in_turn(registered, HELD_OUT_10_ALWAYS, HELD_OUT_10_TURNS,
                            HELD_OUT_10_PER_TRACK, FAMILIES_10 + FAMILIES_11 + FAMILIES_12)


def held_out_13_families(registered: list[Path]) -> dict[str, tuple[str, ...]]:
    """Each registered track's families: held_out_12's (held_out_10's five where the song lies
    under speech, HELD_OUT_10_PER_TRACK of the other earlier families in turn, FAMILIES_10,
    FAMILIES_11 and FAMILIES_12) and FAMILIES_13 (20 of a track's 24 with talk over the song)."""
    return families_in_turn(registered, HELD_OUT_10_ALWAYS, HELD_OUT_10_TURNS,
                            HELD_OUT_10_PER_TRACK,
                            FAMILIES_10 + FAMILIES_11 + FAMILIES_12 + FAMILIES_13)


def held_out_14_families(registered: list[Path]) -> dict[str, tuple[str, ...]]:
    """Each registered track's families: held_out_13's (held_out_10's five where the song lies
    under speech, HELD_OUT_10_PER_TRACK of the other earlier families in turn, FAMILIES_10 to
    FAMILIES_13) and FAMILIES_14 (23 of a track's 29 with talk over the song)."""
    return families_in_turn(registered, HELD_OUT_10_ALWAYS, HELD_OUT_10_TURNS,
                            HELD_OUT_10_PER_TRACK,
                            FAMILIES_10 + FAMILIES_11 + FAMILIES_12 + FAMILIES_13 + FAMILIES_14)


def held_out_15_families(registered: list[Path]) -> dict[str, tuple[str, ...]]:
    """Each registered track's families: held_out_14's (held_out_10's five where the song lies
    under speech, HELD_OUT_10_PER_TRACK of the other earlier families in turn, FAMILIES_10 to
    FAMILIES_14) and FAMILIES_15 (28 of a track's 34 with talk or singing over the song)."""
    return families_in_turn(registered, HELD_OUT_10_ALWAYS, HELD_OUT_10_TURNS,
                            HELD_OUT_10_PER_TRACK,
                            FAMILIES_10 + FAMILIES_11 + FAMILIES_12 + FAMILIES_13 + FAMILIES_14
                            + FAMILIES_15)


def held_out_16_families(registered: list[Path]) -> dict[str, tuple[str, ...]]:
    """Each registered track's families: held_out_15's (held_out_10's five where the song lies
    under speech, HELD_OUT_10_PER_TRACK of the other earlier families in turn, FAMILIES_10 to
    FAMILIES_15) and FAMILIES_16 (33 of a track's 39 with talk or singing over the song)."""
    return families_in_turn(registered, HELD_OUT_10_ALWAYS, HELD_OUT_10_TURNS,
                            HELD_OUT_10_PER_TRACK,
                            FAMILIES_10 + FAMILIES_11 + FAMILIES_12 + FAMILIES_13 + FAMILIES_14
                            + FAMILIES_15 + FAMILIES_16)


def build_part(part: AudioPart, seed: int | None = None, out: Path | None = None,
               rebuild: bool = False) -> list[Query]:
    """A held-out part's queries (read back from ``out``/manifest.json while its version and seed
    are the same): each registered track once in each of the part's families (a karaoke only of
    a song with a side), then its negatives; from held_out_6 on each query with its passes and
    expected action, from held_out_9 on with its other originals (a medley's, and a shared
    recording's: ``part.shared``). ``seed`` and ``out``: the part's own unless given."""
    seed = part.seed if seed is None else seed
    out = part.out if out is None else out
    registered = part_tracks(part)[0]
    sounds = _part_sounds(part.sounds) if part.sounds else []
    ambience = part.ambience
    if part.ambience_recordings:
        ambience = recorded_ambience([path for path in sounds if path.stem.split("--")[-1]
                                      in part.ambience_recordings])
    families = part.families(registered) if callable(part.families) else part.families
    queries = _build(part.tag, lambda: part_tracks(part),
                     lambda rng, unrelated, workdir, out: part.negatives(
                         rng, unrelated, workdir, out, part.lines, sounds, registered, ambience),
                     seed, out, rebuild, families=families, lines=part.lines, held=True,
                     with_action=part.with_action, ambience=ambience, workers=part.workers,
                     pool=registered, sounds=sounds)
    if not part.shared:
        return queries
    music = {path.name: path for path in registered + tracks()[0]}
    named = with_shared(queries, part.shared, out, music)
    if named != queries:            # recorded in the manifest, once
        manifest = out / "manifest.json"
        data = json.loads(manifest.read_text())
        data["queries"] = [asdict(query) for query in named]
        manifest.write_text(json.dumps(data, indent=1))
    return named


# The held-out parts in the order they were made, each registered beside the 100 and every
# earlier part's (at stop 43 the parts' constants, track lists, negatives and builds, copied part
# by part until then, became these records and ``build_part``: the same queries and files).
AUDIO_PARTS: dict[str, AudioPart] = {part.tag: part for part in (
    AudioPart(
        "held_out_2", 1212, DATA / "music-held-out-2", DATA / "audio_suite_held_out_2",
        negatives=_held_out_2_negatives,
        lines=(
            # voices none of the tuning queries used, female and male variants among them
            ("en-us+f3", "en-gb-x-rp+f2", "en-029", "nl", "sv+m3", "pl", "en-us-nyc+f4", "cs",
             "en-gb-x-gbclan+m2", "ro+f1"),
            ("Okay so this is my morning routine, coffee first and then a long walk with the dog.",
             "The bus was late again so I decided to film the whole market while I waited.",
             "Three ingredients, ten minutes, and dinner is ready, watch how easy this is.",
             "Honestly I did not expect the ending, let me know if you guessed it before me.",
             "We are live from the beach festival and the crowd keeps getting bigger.",
             "This little shop has been selling handmade shoes since nineteen seventy two.",
             "If your phone battery dies fast, try turning off these three settings.",
             "Grandma taught me this dance and now the whole family does it at weddings.",
             "Day four of the road trip, the car is full of sand and nobody cares.",
             "Put the paint on thin layers, let it dry, and then add the gold details."),
        )),
    AudioPart(
        "held_out_3", 1313, DATA / "music-held-out-3", DATA / "audio_suite_held_out_3",
        negatives=_held_out_2_negatives, sounds=DATA / "sounds-held-out-3",
        lines=(
            # voices neither earlier part used
            ("en-gb-x-gbcwmd+f1", "de+f4", "es-419+m4", "it+f5", "fi", "hu+m6", "da+f3", "pt-br",
             "en-us+m7", "tr+f2"),
            ("Quick update from the gym, leg day again and I can barely walk down the stairs.",
             "These are the three books I read this month, the second one surprised me the most.",
             "We found this tiny cafe at the end of the harbour and the cakes are unbelievable.",
             "Unboxing time, the package took two weeks but the colour is exactly like the photos.",
             "My little brother built this robot out of cardboard and an old toy car motor.",
             "Rainy Sunday, so we are making soup and watching old cartoons all afternoon.",
             "Step one, clean the chain, step two, oil it, and your bike will thank you.",
             "This trail goes all the way to the waterfall, it is about six kilometres from here.",
             "Nobody believed me when I said the cat could open the fridge, so here is proof.",
             "Final exam tomorrow, wish me luck, I will tell you how it went on Friday."),
        )),
    AudioPart(
        "held_out_4", 1414, DATA / "music-held-out-4", DATA / "audio_suite_held_out_4",
        negatives=_held_out_2_negatives, unregistered=DATA / "music-held-out-4-unregistered",
        sounds=DATA / "sounds-held-out-4",
        lines=(
            # voices no earlier part used
            ("en-gb+m4", "fr-be+f2", "nb", "el+m3", "sk+f5", "hr", "ca+m1", "id+f4", "ru+m2", "lv"),
            ("Morning walk by the river, the fog is so thick you can barely see the bridge.",
             "I tried the viral pasta trick and honestly it works better than I expected.",
             "Here is my desk setup after the move, the new lamp makes such a difference.",
             "Second day of the festival and my feet hurt, but the music is worth it.",
             "This old tram still runs every twenty minutes through the historic centre.",
             "My neighbour grows tomatoes on the balcony and gave us a whole basket today.",
             "Watch the dog when I say the word walk, he loses his mind every time.",
             "Before you buy a used bike, check the brakes, the chain and the frame for cracks.",
             "We got stuck in the snow for two hours and made friends with the whole queue.",
             "Last stream of the week, thank you all for watching and see you on Monday."),
        )),
    AudioPart(
        "held_out_5", 1515, DATA / "music-held-out-5", DATA / "audio_suite_held_out_5",
        negatives=_held_out_2_negatives, unregistered=DATA / "music-held-out-5-unregistered",
        sounds=DATA / "sounds-held-out-5",
        lines=(
            # voices no earlier part used
            ("af+f2", "bg+m5", "cy", "et+f4", "lt+m8", "sl+f1", "uk", "is+m3", "fr-ch+f5", "ga+m6"),
            ("The ferry leaves at seven, so we grabbed breakfast at the little bakery by the pier.",
             "Five minute hairstyle for busy mornings, all you need is two clips and a comb.",
             "This is the third time the printer jammed today, I am starting to take it personally.",
             "We planted forty trees with the school this weekend and the kids named every one.",
             "Look how tiny this apartment is, and yet somehow the kitchen fits a full oven.",
             "Reviewing the cheapest headphones I could find, and the bass is surprisingly good.",
             "Sunset from the rooftop, the whole skyline turns orange for about ten minutes.",
             "If you are learning guitar, practise the chord changes slowly before you speed up.",
             "My grandfather fixed this radio in nineteen sixty and it still plays every station.",
             "Packing for the camping trip, tent, stove, headlamp, and way too many snacks."),
        )),
    AudioPart(
        "held_out_6", 1616, DATA / "music-held-out-6", DATA / "audio_suite_held_out_6",
        negatives=_held_out_6_negatives, unregistered=DATA / "music-held-out-6-unregistered",
        sounds=DATA / "sounds-held-out-6", families=FAMILIES + FAMILIES_6, with_action=True,
        lines=(
            # voices no earlier part used
            ("sr+f3", "mk+m2", "sq", "eu+f1", "ms+m4", "vi+f2", "sw+m5", "hi+f4", "ka+m1", "eo+f5"),
            ("Get ready with me, we have a wedding at noon and I still have not chosen the shoes.",
             "The night market opens at six, and this stall sells the crispiest dumplings in town.",
             "I spent one week without my phone, and here is what actually changed in my day.",
             "Watch how the potter lifts the clay, three pulls and the bowl is already tall.",
             "Our train is delayed by forty minutes, so we are exploring the station bookshop.",
             "This is the smallest island I have ever stayed on, you can walk around it in an hour.",
             "Rate my outfit for the concert tonight, the jacket belonged to my mother.",
             "Mixing the colours for the mural, the blue has to match the sky behind the wall.",
             "Skateboard lesson number three, today I finally managed to turn without falling.",
             "We rescued two kittens from the garage, and now the dog thinks they are his."),
        )),
    AudioPart(
        "held_out_7", 1717, DATA / "music-held-out-7", DATA / "audio_suite_held_out_7",
        negatives=_held_out_7_negatives, unregistered=DATA / "music-held-out-7-unregistered",
        sounds=DATA / "sounds-held-out-7", families=FAMILIES + FAMILIES_6 + FAMILIES_7,
        with_action=True, ambience_recordings=AMBIENCES_7,
        lines=(
            # voices no earlier part used
            ("ta+f1", "bn+m3", "hy", "az+f4", "mt+m2", "ne+f2", "gd", "la+m5", "kk+f3", "ml+m1"),
            ("Storytime: my landlord knocked at midnight because the parrot learned the doorbell.",
             "Three things I wish I knew before moving abroad, and the second one is about banks.",
             "We are halfway up the volcano, the path is black sand and it slides under every step.",
             "Replying to your comment, yes the sauce is homemade, here is exactly how I make it.",
             "The library lets you borrow a sewing machine for two weeks, and nobody knows about it.",
             "Morning shift at the bakery starts at four, this is the first tray of the day.",
             "I finally fixed the bike light with a paperclip, do not tell the repair shop.",
             "This is the quietest beach on the island, we drove an hour on a gravel road for it.",
             "Day ten of learning to juggle, three balls for twenty seconds, new record.",
             "My grandmother rates the snacks from my country, she was not impressed by the chips."),
        )),
    AudioPart(
        "held_out_8", 1818, DATA / "music-held-out-8", DATA / "audio_suite_held_out_8",
        negatives=_held_out_8_negatives, unregistered=DATA / "music-held-out-8-unregistered",
        sounds=DATA / "sounds-held-out-8", families=FAMILIES + FAMILIES_6 + FAMILIES_7 + FAMILIES_8,
        with_action=True, ambience=city, workers=4,
        # jingles of 2-8 s
        skip=("circuslinux-data--hiscreen.flac", "seahorse-adventures--death.ogg",
              "seahorse-adventures--finish.ogg", "seahorse-adventures--lvlwin.ogg"),
        lines=(
            # voices no earlier part used
            ("he+f4", "pa+m2", "te+f1", "kn+m4", "gu+f3", "mr+m1", "ur+f5", "ky+m5", "haw+f2", "mi+m3",
             "fa", "uz+f1"),
            ("Okay chat, we are finally at the front row and the band has not even started yet.",
             "Road trip day two, the radio only plays one station out here so this is our song now.",
             "Teaching my little brother the new dance, he keeps turning the wrong way on the clap.",
             "Good evening night owls, this is your host, and here comes the one you asked for.",
             "The ferry leaves in twenty minutes and we still have not found the car keys.",
             "Rating every cafe on this street, number four has a cat sleeping on the counter.",
             "We tried the trend with grandpa, he nailed the spin on the very first take.",
             "Five minutes before the doors open and the queue already goes around the block.",
             "This playlist got us through six hours of traffic, let me know yours below.",
             "Unboxing the thrift store record player, it still smells a little like smoke.",
             "My roommate and I argue about this every single time the chorus comes in.",
             "Live from the festival campsite, it rained all night but the mood is amazing."),
        )),
    AudioPart(
        "held_out_9", 1919, DATA / "music-held-out-9", DATA / "audio_suite_held_out_9",
        negatives=_held_out_9_negatives, unregistered=DATA / "music-held-out-9-unregistered",
        sounds=DATA / "sounds-held-out-9", families=held_out_9_families, with_action=True,
        ambience=city, workers=6, shared=HELD_OUT_9_SHARED,
        # jingles of 4-10 s
        skip=("plee-the-bear-data--1-up.ogg", "plee-the-bear-data--game-over.ogg"),
        lines=(
            # voices no earlier part used
            ("ar+m1", "am+f2", "as+m3", "ba+f4", "bs", "ht+f1", "jbo+m4", "om+f3", "or+m2", "qu+f5",
             "si+m5", "tk+f2"),
            ("Wait for it, the cat is about to knock the whole stack of plates off the table.",
             "Quiet morning in the studio, I am sanding the chair legs before the first coat of oil.",
             "My neighbours are having a party again, you can hear it through the wall, listen.",
             "Ranking every level of this game, and the ice world is definitely going last.",
             "This is how the bakery smells at five in the morning, I wish you could be here.",
             "Okay one more try, if I land this jump I am going to scream.",
             "Packing orders for the shop tonight, forty little parcels and one very tired dog.",
             "We drove past the old lighthouse and my sister wanted to stop for every single photo.",
             "Tell me you grew up in the nineties without telling me, I will go first.",
             "The rain finally stopped, so we are walking the long way home through the park.",
             "Homework update, the volcano model is done and it only exploded twice.",
             "That is it for today, thank you for hanging out, the playlist is in my profile."),
        )),
    AudioPart(
        "held_out_10", 2020, DATA / "music-held-out-10", DATA / "audio_suite_held_out_10",
        negatives=_held_out_10_negatives, unregistered=DATA / "music-held-out-10-unregistered",
        sounds=DATA / "sounds-held-out-10", families=held_out_10_families, with_action=True,
        ambience=city,
        # a 24 s intro jingle, and two 20 s stings padded with 64 s of digital silence (a copy of
        # their silence would be a copy nothing can hear)
        skip=("colobot-common-sounds--Intro1.ogg", "colobot-common-sounds--music010.ogg",
              "colobot-common-sounds--music011.ogg"),
        lines=(
            # voices no earlier part used
            ("an+f1", "be+m2", "cv+f3", "gn+m4", "ia+f2", "io+m1", "ja+f4", "ko+m3", "lb+f5",
             "pap+m5", "tn+f1", "tt+m2"),
            ("In the summer of nineteen eighty, the village had one road, one shop and one radio.",
             "Here is the thing nobody tells you about renting your first flat in a big city.",
             "We sat down at the corner cafe and ordered the two cheapest things on the menu.",
             "Okay pause, did you hear that drop, I need to listen to that part again.",
             "The recipe card was in my grandmother's handwriting, so we followed it exactly.",
             "Let me tell you how this tiny museum ended up with a whole dinosaur skeleton.",
             "Driving home after the night shift, the roads are empty and the sky is turning pink.",
             "If you only see one thing in this town, make it the market on Saturday morning.",
             "I timed every stop on the walk, and the whole loop takes forty seven minutes.",
             "No way, the second verse is even better, okay let it play, let it play.",
             "So that was the week, three deadlines, two birthdays and one very patient cat.",
             "Coffee number two and the barista already knows my order, that is a sign."),
        )),
    AudioPart(
        "held_out_11", 2121, DATA / "music-held-out-11", DATA / "audio_suite_held_out_11",
        negatives=_held_out_11_negatives, unregistered=DATA / "music-held-out-11-unregistered",
        sounds=DATA / "sounds-held-out-11", families=held_out_11_families, with_action=True,
        ambience=city,
        # theme1_raw: theme1's recording unmixed (Chromaprint 0.11 apart); battle2: an arrangement
        # of battle (0.35), neither a copy nor clearly not one
        skip=("ardentryst--theme1_raw.ogg", "ardentryst--battle2.ogg"),
        lines=(
            # voices no earlier part used
            ("lfn+f1", "ku+m2", "kl+f3", "ltg+m4", "qya+f4", "sd+m3", "ug+f5", "smj+f1",
             "ru-lv+m2", "vi-vn-x-south+f2", "fa-latn+m1", "sjn+m5"),
            ("Okay we are stuck in traffic again, turn it up, I love this part.",
             "Excuse me, can I ask you a quick question for our street survey?",
             "Chop the onion finely, then into the pan with a little butter.",
             "Click on the settings icon in the top right corner and select export.",
             "So how long have you lived in this neighbourhood, about ten years?",
             "Can you check the map, I think we missed the exit two kilometres ago.",
             "Let the sauce simmer for five minutes while we prepare the noodles.",
             "Now type the name of your project and press enter to create the folder.",
             "Honestly the best part of the road trip is the snacks at every petrol station.",
             "What is your favourite thing about the market on Sunday mornings?",
             "Taste it now and add a pinch of salt if it needs more.",
             "If you get an error here, go back one step and check the file path."),
        )),
    AudioPart(
        "held_out_12", 2222, DATA / "music-held-out-12b", DATA / "audio_suite_held_out_12b",
        negatives=_held_out_12_negatives, unregistered=DATA / "music-held-out-12b-unregistered",
        sounds=DATA / "sounds-held-out-12b", families=held_out_12_families, with_action=True,
        ambience=park,
        # lucky-holiday-cornbread-stuffing: a remix of lucky13-steve's material (Chromaprint 0.26
        # apart all along at one offset), neither a copy nor clearly not one
        skip=("wordwarvi-sound--lucky-holiday-cornbread-stuffing-mono.ogg",),
        lines=(
            # voices no earlier part used
            ("fr-fr+m2", "grc+f3", "nci+m4", "py+f1", "qdb+m1", "quc+f4", "piqd+m5",
             "vi-vn-x-central+f5", "cmn-latn-pinyin+m3", "th+f2", "bpy+m6",
             "hak+f1"),
            ("Okay chat, boss fight in three, two, one, do not distract me this time.",
             "And squat, hold it, two more, come on, you have got this, last one.",
             "The wind up here is crazy, I can barely hear myself, but look at that view.",
             "Welcome back to the show, today we are talking about the worst jobs we ever had.",
             "Thanks for the follow, we are on level six and I have no health potions left.",
             "Keep your back straight and breathe out when you push, five, six, seven, eight.",
             "We made it to the top of the cliffs, hold on, let me turn the camera around.",
             "So my co-host thinks pineapple belongs on pizza, and we need to settle this.",
             "If I die here I am uninstalling the game, I promise you, chat.",
             "Twenty seconds of rest, grab some water, then we go straight into lunges.",
             "The ferry is late again, so here is the beach while we wait in the wind.",
             "That is all for this episode, send us your questions and we will read them next week."),
        )),
    AudioPart(
        "held_out_13", 2323, DATA / "music-held-out-13b", DATA / "audio_suite_held_out_13",
        negatives=_held_out_13_negatives, unregistered=DATA / "music-held-out-13-unregistered",
        sounds=DATA / "sounds-held-out-13", families=held_out_13_families, with_action=True,
        ambience=mall,
        lines=(
            # voices no earlier part used (the eight languages espeak-ng has left, four twice)
            ("chr+f2", "cmn+m5", "hyw+f4", "kok+m2", "my+f3", "nog+m6", "shn+f5",
             "yue+m4", "cmn+f1", "yue+f2", "hyw+m3", "nog+f1"),
            ("Hey, it is me, call me back when you get this, I am at the shop until six.",
             "Please raise your glasses to the bride and groom, may every year be as happy as today.",
             "Okay everyone, this one is only nine ninety nine, three left, type sold in the chat.",
             "As you can hear in this example, the rhythm changes right after the second chorus.",
             "Sorry I missed your call, the music is loud here, I will send the address in a minute.",
             "I have known him since we were six, and he still cannot dance, as you will see later.",
             "Look at the stitching on this bag, real leather, and free delivery for the first ten.",
             "Let us stop the recording here and talk about why the composer chose this key.",
             "Just a quick message, the train is late, so start dinner without me tonight.",
             "Thank you all for coming, and thank you to the band, now everybody on the dance floor.",
             "New viewers, welcome, tap the basket to see the price, the red one is almost gone.",
             "For the exam you only need the first three chapters, and the slides are online."),
        )),
    AudioPart(
        "held_out_14", 2424, DATA / "music-held-out-14", DATA / "audio_suite_held_out_14",
        negatives=_held_out_14_negatives, unregistered=DATA / "music-held-out-14-unregistered",
        sounds=DATA / "sounds-held-out-14", families=held_out_14_families, with_action=True,
        ambience=station,
        lines=(
            # voices no earlier part used: languages heard before, each with a named variant of
            # espeak-ng's that no part gave it
            ("ka+anika", "sw+max", "ta+steph", "ml+quincy", "is+travis", "lt+linda", "tr+aunty",
             "ms+robert", "ku+iven", "he+edward", "mi+zac", "uz+boris"),
            ("Good morning, get ready with me, today is the big interview so we go simple.",
             "This car has been parked here for ten minutes with the radio on full volume.",
             "Welcome back to the show, today we are talking about the worst jobs we ever had.",
             "Okay the dryer is loud, sorry, I will tell you about the weekend in a second.",
             "I am standing outside the station and somebody is having a party in their car.",
             "That is a great point, but let me push back on that a little bit, if I may.",
             "Foundation first, a thin layer, and then we blend it out towards the ears.",
             "The bus is late again, so here is a little tour of the street while we wait.",
             "Before we wrap up, thank you to everyone who sent in a question this week.",
             "Do not forget the sunscreen, even in winter, my dermatologist would kill me.",
             "You can hear the engine, right, he has been revving it every two minutes.",
             "So my co-host thinks pineapple belongs on pizza, and we will settle it today."),
        )),
    AudioPart(
        "held_out_15", 2525, DATA / "music-held-out-15", DATA / "audio_suite_held_out_15",
        negatives=_held_out_15_negatives, unregistered=DATA / "music-held-out-15-unregistered",
        sounds=DATA / "sounds-held-out-15", families=held_out_15_families, with_action=True,
        ambience=beach,
        lines=(
            # voices no earlier part used: languages heard before, each with a named variant of
            # espeak-ng's that no part gave any language
            ("bn+andrea", "hy+gene", "az+alicia", "mt+denis", "ne+belinda", "gd+mario",
             "la+grandpa", "kk+annie", "sq+caleb", "eu+shelby", "vi+marcelo", "hi+victor"),
            ("Slow morning by the sea, no plans, just coffee and this song on repeat.",
             "Did you see that, what a goal, the whole stand is jumping, I cannot hear anything.",
             "Okay the water is freezing but my little cousin already jumped in twice.",
             "It has been raining since breakfast, so we are taking the long way to the bakery.",
             "Everyone keeps asking which edit this is, it is the slowed one, obviously.",
             "Forty minutes of queueing for the stadium and it was completely worth it.",
             "Who wants a burger, the grill is ready and the music is already way too loud.",
             "My umbrella is losing this fight, listen to the rain on it, that is unreal.",
             "This is my favourite part of the day, when the beach is almost empty.",
             "Second half starts in five minutes and we still have not found our seats.",
             "Careful by the edge, the tiles are slippery, walk, do not run.",
             "Wet shoes, cold hands, and honestly the best walk I have had all week."),
        )),
    AudioPart(
        "held_out_16", 2626, DATA / "music-held-out-16", DATA / "audio_suite_held_out_16",
        negatives=_held_out_16_negatives, unregistered=DATA / "music-held-out-16-unregistered",
        sounds=DATA / "sounds-held-out-16", families=held_out_16_families, with_action=True,
        ambience=backyard,
        lines=(
            # voices no earlier part used: languages heard before, each with a named variant of
            # espeak-ng's that no part gave any language
            ("ca+adam", "cy+benjamin", "da+david", "et+Diogo", "fi+ed", "hr+gustave",
             "id+Henrique", "lv+Hugo", "mk+Jacky", "sw+john", "ta+Lee", "tr+Michael"),
            ("Who is a good boy, yes you are, now drop the ball, drop it, good.",
             "Okay this is the third time I try this kickflip, film it properly this time.",
             "This pressing came out in a tiny run, listen to how warm the bass is.",
             "So the box finally arrived, let us see if it actually looks like the photos.",
             "Happy new year everybody, look at the sky, it is completely on fire.",
             "He hears the doorbell on the television and loses his mind every single time.",
             "The ramp is still wet from the rain so we are just cruising for now.",
             "I found this one in a charity shop for two euros, can you believe it.",
             "There is so much tape on this, who packed it, a bank vault maker.",
             "Ten, nine, eight, everybody is counting, I can barely hold the phone.",
             "Sunday afternoon in the garden, the neighbour is mowing again, of course.",
             "Flip it over to side two, that is where the best track is hiding."),
        )),
)}


def _level_below(upload: np.ndarray, excerpt: np.ndarray, first: int) -> float:
    """dB the excerpt lies below the rest of ``upload`` from sample ``first``: its gain found by
    least squares, what is left is the voice or the noise."""
    mixed = upload[first:first + len(excerpt)].astype(np.float64)
    excerpt = excerpt[:len(mixed)].astype(np.float64)
    gain = float(mixed @ excerpt / max(excerpt @ excerpt, 1e-12))
    rest = mixed - gain * excerpt
    return 20 * np.log10(rms(rest) / rms(gain * excerpt))


def _duck_depth(upload: np.ndarray, excerpt: np.ndarray, first: int) -> float:
    """dB between the song's loud and ducked stretches in ``upload`` from sample ``first``: its gain
    found by least squares in each 0.25 s window (what is left is the voice), the 85th percentile
    of the windows' gains over the 15th."""
    mixed = upload[first:first + len(excerpt)].astype(np.float64)
    excerpt = excerpt[:len(mixed)].astype(np.float64)
    window = int(0.25 * RATE)
    gains = []
    for start in range(0, len(mixed) - window + 1, window):
        song = excerpt[start:start + window]
        energy = float(song @ song)
        if energy > 1e-6 * window:
            gains.append(float(mixed[start:start + window] @ song) / energy)
    if len(gains) < 4:
        return 0.0
    high, low = np.percentile(gains, 85), np.percentile(gains, 15)
    return float(20 * np.log10(max(high, 1e-9) / max(low, 1e-3 * max(high, 1e-9))))


def _silent_between_db(upload: np.ndarray, track: Path, spans) -> float:
    """dB between the song's quietest stretch and its loudest gap in ``upload`` (a long
    voice-over's): the song's gain fitted by least squares (what is left is the voice) in each
    stretch, and in each gap between two (0.3 s in from either side, past the fades), the song's
    time running on under it."""
    start = spans[0][2] - spans[0][0]
    song = sox_read(track, ["trim", f"{start:.3f}", f"{spans[-1][1] + 0.5:.3f}"])
    def gain(first: float, last: float) -> float:
        a, b = int(first * RATE), int(last * RATE)
        piece, line = upload[a:b].astype(np.float64), song[a:b].astype(np.float64)
        size = min(len(piece), len(line))
        piece, line = piece[:size], line[:size]
        return abs(float(piece @ line) / max(float(line @ line), 1e-12))
    inside = min(gain(first, last) for first, last, *_ in spans)
    gaps = [gain(before[1] + 0.3, after[0] - 0.3) for before, after in zip(spans, spans[1:])]
    return round(20 * np.log10(inside / max(max(gaps, default=0.0), 1e-9)), 1)


@functools.lru_cache(maxsize=None)
def _seconds_of(path: Path) -> float:
    """A registered track's seconds, read once per check (not once per query)."""
    return duration_of(path)


def check(queries: list[Query], out: Path, music: dict[str, Path]) -> dict:
    """A listen-free look at a built suite, without running any matcher: files present and their
    durations against the manifest's spans, the music's level under voice-over and noise fitted
    back from the upload (the excerpt is cut again and its gain found by least squares: what is
    left is the voice or the noise; at the best of +-25 samples, since held_out_6's spans are
    rounded to 0.1 ms and SoX cuts at 1 ms, 22 samples, and one sample off costs bright music
    dB), the speed families'
    speeds from the spans' durations, and held_out_6's passes and expected actions counted.
    held_out_7 on: the sped-up vlog's, the re-recorded song's (the speaker's filters, reverb and
    drive applied again to the cut) and the duet's level fitted the same way, the ducked song's
    depth (``_duck_depth``), and a lo-fi song's sample values no more than its bits allow."""
    report: dict = {"queries": len(queries), "by_family": {}, "missing": [], "span_outside_file": [],
                    "level_off_by_db": {}, "speed_off": [], "seconds": 0.0}
    for query in queries:
        report["by_family"][query.family] = report["by_family"].get(query.family, 0) + 1
        path = out / query.file
        if not path.exists():
            report["missing"].append(query.file)
            continue
        seconds = duration_of(path) if path.suffix == ".wav" else None
        if seconds is not None:
            report["seconds"] += seconds
            if query.track is not None and max(span[1] for span in query.spans()) > seconds + 0.05:
                report["span_outside_file"].append(query.file)
        if query.track is None:
            continue
        for name, spans, _action in query.also:       # held_out_9 on: a medley's other songs
            if name not in music or (seconds is not None
                                     and max(span[1] for span in spans) > seconds + 0.05):
                report.setdefault("also_wrong", []).append((query.file, name))
        track_seconds = _seconds_of(music[query.track])
        factor = {"tempo105": 1.05, "tempo110": 1.10}.get(query.family, 1.0)
        if query.family in SPEED_FAMILIES:
            factor = float(query.detail.split()[0].lstrip("x"))
        for upload_start, upload_end, original_start, original_end in query.spans():
            if original_end <= track_seconds:          # not cut short by the track's end
                measured = (original_end - original_start) / (upload_end - upload_start)
                # nightcore's and slowed spans are SoX's output: its resampler rounds to samples
                if abs(measured - factor) > 0.01 * max(1.0, factor):
                    report["speed_off"].append((query.file, factor, round(measured, 4)))
        leveled = query.family in ("voiceover", "noise", "vlog", "spedvlog", "rerecorded",
                                   "car", "concert", "dance", "djtalk", "vlogvoices",
                                   "otherroom", "phonespeaker", "beat", "gamefx", "asmr",
                                   "phonecar", "venue", *FAMILIES_11, *FAMILIES_12,
                                   *FAMILIES_13, "asmrcook", "carradio", "grwm",
                                   *FAMILIES_15, *FAMILIES_16) \
            or query.detail.startswith("duet:")
        if leveled or query.family in ("ducked", "lofi", "podduck"):
            upload = sox_read(path, [])
            first = int(round(query.upload_start * RATE))
            effects = ["trim", f"{query.original_start:.3f}",
                       f"{query.original_end - query.original_start:.3f}"]
            if query.family == "spedvlog":
                effects += ["speed", str(factor)]
            slowed = SLOWVLOG_DETAIL.search(query.detail)
            if slowed:         # held_out_15 on: the slowed edit's speed and reverb again
                effects += ["speed", str(factor), "reverb", slowed[1], "50", "100"]
            room = re.match(r"speaker (\d+)-(\d+) Hz drive ([\d.]+), reverberance (\d+)%",
                            query.detail)
            if room:
                effects += ["highpass", room[1], "lowpass", room[2], "reverb", room[4]]
            car, hall = CAR_DETAIL.search(query.detail), HALL_DETAIL.match(query.detail)
            if car:            # held_out_8 on: the radio's compressor and the cabin's band again
                effects += ["compand", "0.02,0.3", "6:-60,-40,-30,-20,0,-8", "-3",
                            "highpass", car[1], "bass", f"+{car[2]}", "lowpass", car[3]]
            if hall:
                effects += ["highpass", hall[1], "reverb", hall[2], "50", "100"]
            other_room = ROOM_DETAIL.match(query.detail)
            if other_room:     # held_out_9 on: the wall's low-pass and the other room's reverb
                effects += ["lowpass", other_room[1], "reverb", other_room[2], "50", "100"]
            venue = VENUE_DETAIL.match(query.detail)
            if venue:          # held_out_10 on: the café's ceiling speakers and its reverb
                effects += ["highpass", venue[1], "lowpass", venue[2], "reverb", venue[3], "50",
                            "100"]
            shop = SHOP_DETAIL.search(query.detail)
            if shop:           # held_out_11 on: the street interview's shop speaker
                effects += ["highpass", shop[1], "lowpass", shop[2], "reverb", shop[3], "50", "100"]
            gym_speakers = GYM_DETAIL.search(query.detail)
            if gym_speakers:   # held_out_12 on: the fitness class's speakers and the gym's reverb
                effects += ["highpass", gym_speakers[1], "reverb", gym_speakers[2], "50", "100"]
            voicenote = VOICENOTE_DETAIL.search(query.detail)
            if voicenote:      # held_out_13 on: the sender's room speaker, the line's band twice
                effects += ["highpass", voicenote[1], "reverb", voicenote[2], "50", "100",
                            *PHONE_LINE, *PHONE_LINE]
            toast = TOAST_DETAIL.search(query.detail)
            if toast:          # held_out_13 on: the party hall's PA
                effects += ["highpass", toast[1], "reverb", toast[2], "50", "100"]
            laptop = LAPTOP_DETAIL.search(query.detail)
            if laptop:         # held_out_13 on: the laptop's speaker in the lecture hall
                effects += ["highpass", laptop[1], "lowpass", laptop[2], "reverb", laptop[3], "50",
                            "100"]
            radio = RADIO_DETAIL.search(query.detail)
            if radio:          # held_out_14 on: the car radio's compressor and band
                effects += [*RADIO, "highpass", radio[1], "lowpass", radio[2]]
            own = GRWM_DETAIL.search(query.detail)
            if own:            # held_out_14 on: the phone's own speaker in the bathroom
                effects += ["highpass", own[1], "lowpass", own[2], "reverb", own[3], "50", "20"]
            pool_speaker = POOL_DETAIL.search(query.detail)
            if pool_speaker:   # held_out_15 on: the pool's waterproof speaker
                effects += ["highpass", pool_speaker[1], "lowpass", pool_speaker[2]]
            pa = STADIUM_DETAIL.search(query.detail)
            if pa:             # held_out_15 on: the stadium's PA, its reverb and the stand's echo
                effects += ["highpass", pa[1], "reverb", pa[2], "50", "100",
                            "echo", *STADIUM_ECHO, pa[3], "0.4"]
            record = VINYL_DETAIL.search(query.detail)
            if record:         # held_out_16 on: the turntable's band and bass
                effects += ["highpass", record[1], "lowpass", record[2], "bass", f"+{record[3]}"]
            square = SQUARE_DETAIL.search(query.detail)
            if square:         # held_out_16 on: the square's speakers between the buildings
                effects += ["highpass", square[1], "lowpass", square[2], "reverb", square[3]]
            excerpt = sox_read(music[query.track], effects)
            if room:
                drive = float(room[3])
                excerpt = np.tanh(drive * excerpt / (np.max(np.abs(excerpt)) + 1e-9))
            intro = PODCAST_INTRO.search(query.detail)
            if intro:          # held_out_12 on: the podcast's bed, after its intro and the fade
                skip = int((float(intro[1]) + PODCAST_FADE) * RATE)
                first, excerpt = first + skip, excerpt[skip:]
            talk = re.search(r"over its first ([\d.]+) s", query.detail)
            if talk:           # the DJ speaks over the first seconds only
                excerpt = excerpt[:int(float(talk[1]) * RATE)]
        if leveled:
            # the span's start is written to 4 decimals and cut again at 3: the upload may start
            # a few samples into the cut, so a lag before the file's start drops the cut's first
            below = min(_level_below(upload, excerpt[max(0, -(first + lag)):], max(0, first + lag))
                        for lag in range(-25, 26))
            stated = re.search(r"([\d.]+) dB below", query.detail)
            said = float(stated[1]) if stated else \
                -float(re.search(r"SNR (-?[\d.]+) dB", query.detail)[1])  # SNR x dB: music x above
            if query.family == "dance":        # the steps and claps are x dB below the song
                said = -said
            report["level_off_by_db"].setdefault(query.family, []).append((below, below - said))
        elif query.family in ("ducked", "podduck"):      # podduck: held_out_14's two hosts
            depth = max((_duck_depth(upload, excerpt, max(0, first + lag)) for lag in (-1, 0, 1)))
            said = float(query.detail.split()[1])
            report["level_off_by_db"].setdefault(query.family, []).append((depth, depth - said))
        elif query.family == "lofi":
            bits = int(query.detail.split()[0])
            end = int(round(query.upload_end * RATE))
            levels = len(np.unique(np.round(upload[first + 50:end - 50] * 32768)))
            if levels > 2 ** bits + 1:
                report.setdefault("lofi_levels_over", []).append((query.file, bits, levels))
        if query.family == "longvoiceover":     # held_out_10 on: the fader down between stretches
            report.setdefault("longvoiceover_silent_between_db", []).append(
                _silent_between_db(sox_read(path, []), music[query.track], query.spans()))
            heard = sum(end - start for start, end, *_ in query.spans()) / seconds
            report.setdefault("longvoiceover_audible_share", []).append(round(heard, 3))
        if query.family == "eightd" and path.exists():    # held_out_8 on: the source turns
            stereo = sox_read_stereo(path, [])
            first, end = int(query.upload_start * RATE), int(query.upload_end * RATE)
            window = int(0.5 * RATE)
            balance = [20 * np.log10(rms(stereo[at:at + window, 0]) / rms(stereo[at:at + window, 1]))
                       for at in range(first, end - window, window)]
            report.setdefault("eightd_balance_swing_db", []).append(
                round(max(balance) - min(balance), 1))
    for query in queries:
        if query.action:
            counts = report.setdefault("actions", {}).setdefault(query.family, {})
            decision = query.action.split()[0]
            counts[decision] = counts.get(decision, 0) + 1
        if len(query.passes) > 1:
            report.setdefault("passes", {}).setdefault(query.family, []).append(len(query.passes))
    for family, numbers in report.get("passes", {}).items():
        report["passes"][family] = {str(n): numbers.count(n) for n in sorted(set(numbers))}
    for family, rows in report["level_off_by_db"].items():
        measured = [row[0] for row in rows]
        report["level_off_by_db"][family] = {
            "count": len(rows), "max_abs_off": round(max(abs(row[1]) for row in rows), 2),
            "music_db_below_the_rest": [round(min(measured), 1), round(max(measured), 1)]}
    return report


def build(seed: int = 7, out: Path = DEFAULT_OUT, rebuild: bool = False) -> list[Query]:
    return _build("suite", tracks, _negatives, seed, out, rebuild)


def _family_queries(rng, families, track: Path, unrelated: list[Path], workdir: Path, out: Path,
                    ambience, positive: dict) -> list[Query]:
    """One query of each family of ``families`` from ``track`` (a karaoke of a mono song none)."""
    queries = []
    extra = {key: positive[key] for key in ("pool", "sounds") if key in positive}
    positive = {key: value for key, value in positive.items() if key not in extra}
    for family in families:
        if family in FAMILIES_16:
            queries.append(_positive_16(rng, family, track, unrelated, workdir, out,
                                        positive["lines"], ambience, **extra))
        elif family in FAMILIES_15:
            queries.append(_positive_15(rng, family, track, unrelated, workdir, out,
                                        positive["lines"], ambience, **extra))
        elif family in FAMILIES_14:
            queries.append(_positive_14(rng, family, track, unrelated, workdir, out,
                                        positive["lines"], ambience, **extra))
        elif family in FAMILIES_13:
            queries.append(_positive_13(rng, family, track, unrelated, workdir, out,
                                        positive["lines"], ambience, **extra))
        elif family in FAMILIES_12:
            queries.append(_positive_12(rng, family, track, unrelated, workdir, out,
                                        positive["lines"], ambience, **extra))
        elif family in FAMILIES_11:
            queries.append(_positive_11(rng, family, track, unrelated, workdir, out,
                                        positive["lines"], ambience, **extra))
        elif family in FAMILIES_10:
            queries.append(_positive_10(rng, family, track, unrelated, workdir, out,
                                        positive["lines"], ambience, **extra))
        elif family in FAMILIES_9:
            queries.append(_positive_9(rng, family, track, unrelated, workdir, out,
                                       positive["lines"], ambience, **extra))
        elif family in FAMILIES_8:
            query = _positive_8(rng, family, track, unrelated, workdir, out, positive["lines"],
                                ambience)
            if query is not None:
                queries.append(query)
        elif family in FAMILIES_7:
            queries.append(_positive_7(rng, family, track, unrelated, workdir, out,
                                       positive["lines"], ambience))
        elif family in FAMILIES_6:
            queries.append(_positive_6(rng, family, track, unrelated, workdir, out,
                                       positive["lines"], ambience))
        else:
            queries.append(_positive(rng, family, track, unrelated, workdir, out, **positive))
    return queries


def _families_of(families, track: Path) -> tuple[str, ...]:
    """A track's families: the same for every track, or (held_out_9 on) by its name."""
    return families[track.name] if isinstance(families, dict) else families


def _stream(name: str) -> int:
    return int(hashlib.sha256(name.encode()).hexdigest()[:12], 16)


def _track_queries(job) -> list[Query]:
    """A worker's share of a parallel build: one track's queries from its own random stream."""
    part, families, stream, track, unrelated, out, ambience, positive = job
    with tempfile.TemporaryDirectory(prefix="origin-audio-suite-") as temp:
        queries = _family_queries(np.random.default_rng(stream), families, track, unrelated,
                                  Path(temp), out, ambience, positive)
    print(f"{part}: {track.name} done", file=sys.stderr, flush=True)
    return queries


def _build(part: str, tracks_of, negatives_of, seed: int, out: Path, rebuild: bool,
           families: tuple[str, ...] | dict[str, tuple[str, ...]] = FAMILIES,
           **positive) -> list[Query]:
    """Every family (or each track's own, by name) once per registered track, then the part's
    negatives, cached in
    ``out/manifest.json`` (reused while its version and seed are the same)."""
    manifest = out / "manifest.json"
    if manifest.exists() and not rebuild:
        data = json.loads(manifest.read_text())
        if data.get("version") == SUITE_VERSION and data.get("seed") == seed:
            return [Query(**query | {"passes": tuple(tuple(span) for span in
                                                     query.get("passes", ())),
                                     "also": tuple((name, tuple(tuple(span) for span in spans),
                                                    action)
                                                   for name, spans, action in query.get("also", ()))})
                    for query in data["queries"]]
    out.mkdir(parents=True, exist_ok=True)
    ambience = positive.pop("ambience", None)          # held_out_7 on: the street's sound
    workers = positive.pop("workers", 0)               # held_out_8 on: tracks built in parallel
    registered, unrelated = tracks_of()
    rng = np.random.default_rng(seed)
    queries: list[Query] = []
    with tempfile.TemporaryDirectory(prefix="origin-audio-suite-") as temp:
        workdir = Path(temp)
        if workers:
            # one random stream per track (seed and a hash of its name) and one for the
            # negatives (seed, 0): the same suite whatever the number of workers, and a track left
            # out changes no other's queries
            import multiprocessing
            jobs = [(part, _families_of(families, track), [seed, _stream(track.name)], track,
                     unrelated, out, ambience, positive) for track in registered]
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                pending = pool.map_async(_track_queries, jobs, chunksize=1)
                negatives = negatives_of(np.random.default_rng([seed, 0]), unrelated, workdir, out)
                for found in pending.get():
                    queries += found
            queries += negatives
        else:
            for number, track in enumerate(registered):
                queries += _family_queries(rng, _families_of(families, track), track, unrelated,
                                           workdir, out, ambience, positive)
                print(f"\r{part}: {number + 1}/{len(registered)} tracks", end="", file=sys.stderr)
            print(file=sys.stderr)
            queries += negatives_of(rng, unrelated, workdir, out)
    header = {"version": SUITE_VERSION, "seed": seed} | (
        {"part": part} if part != "suite" else {})
    manifest.write_text(json.dumps(header | {"queries": [asdict(query) for query in queries]},
                                   indent=1))
    return queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("tuning+held_out", *AUDIO_PARTS),
                        default="tuning+held_out",
                        help="the suite of the 100 tracks (tuning and held-out), or a later "
                             "held-out part")
    parser.add_argument("--seed", type=int, help="default 7, or " + ", ".join(
        f"{part.seed} for {part.tag}" for part in AUDIO_PARTS.values()))
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--check", action="store_true",
                        help="then check the built files without running any matcher (check())")
    args = parser.parse_args()
    if args.part in AUDIO_PARTS:
        part = AUDIO_PARTS[args.part]
        queries = build_part(part, args.seed or part.seed, rebuild=args.rebuild)
        out, music = part.out, sum(part_tracks(part), []) + (tracks()[0] if part.shared else [])
    else:
        queries = build(7 if args.seed is None else args.seed, rebuild=args.rebuild)
        out, music = DEFAULT_OUT, sum(tracks(), [])
    print(f"{len(queries)} queries in {out}")
    if args.check:
        print(json.dumps(check(queries, out, {path.name: path for path in music}), indent=1))


if __name__ == "__main__":
    main()
