"""The audio suite's held-out parts (benchmarks/audio_suite.py, ``AUDIO_PARTS``), on music, rooms and
sounds this test makes itself. Every part: its own seed, folders and voices, every 6th track and its
unregistered folder set aside, its jingles left out. Every part that added families (held_out_6 on):
each new family writes a file whose manifest row says where the song is, at what speed and level,
and which decision the default policy gives a match covering it, and the manifest reads back the
same. Then each part's own checks: loops and cuts (held_out_6), ducking, rooms, duets and lo-fi
(held_out_7), a car, a concert, a dance, a DJ, 8D and karaoke (held_out_8), a medley, meme effects
and a song at a video's end (held_out_9), a long voice-over, a DJ mix, a café, a reaction and a
hummed tune (held_out_10), a car's talk, a street interview, a cooking video, a screen tutorial
and game sounds over silence (held_out_11), a game stream, a fitness class, a vlog in the wind, a
podcast's intro and a bar looped as a game loops it (held_out_12), a voice message over a phone
line, a party speech, a livestream sale, a lecture hall, a beat at a song's tempo and its chords
comped (held_out_13), a cooking video's clatter, a dance's pitched-up sped-up song, a car radio
beside its engine, a podcast's ducked bed, a bathroom vlog, a whistled tune, a ringtone's loop and
a crowd singing along (held_out_14), a slowed edit under talk, someone singing over the song, a pool
party, a stadium's PA, a walk in the rain, another band's chords, a busker's cover and a sleep
track's noise (held_out_15), a pet video's barking, a skate clip, a record's crackle, an unboxing,
fireworks, an 8-bit cover and a piano lesson (held_out_16). No real music, no matcher. (Four files, one a part, until stop 43.)"""
from __future__ import annotations

import functools
import json
import shutil
import wave
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest

from benchmarks import audio_suite as suite

RATE = suite.RATE
PARTS = suite.AUDIO_PARTS
needs_sox = pytest.mark.skipif(not (shutil.which("sox") and shutil.which("espeak-ng")),
                               reason="the audio suite is built with SoX and espeak-ng")
# the families each part added, built here one query each
NEW_FAMILIES = {"held_out_6": suite.FAMILIES_6, "held_out_7": suite.FAMILIES_7,
                "held_out_8": suite.FAMILIES_8, "held_out_9": suite.FAMILIES_9,
                "held_out_10": suite.FAMILIES_10, "held_out_11": suite.FAMILIES_11,
                "held_out_12": suite.FAMILIES_12, "held_out_13": suite.FAMILIES_13,
                "held_out_14": suite.FAMILIES_14, "held_out_15": suite.FAMILIES_15,
                "held_out_16": suite.FAMILIES_16}


def _song(path, seconds: float, seed: int) -> None:
    """Notes of random pitch and length with a beat: music enough for SoX's effects."""
    rng = np.random.default_rng(seed)
    out, at = np.zeros(int(seconds * RATE), np.float32), 0
    while at < len(out):
        length = int(rng.uniform(0.15, 0.5) * RATE)
        times = np.arange(length) / RATE
        note = np.sin(2 * np.pi * 110 * 2 ** (rng.integers(0, 36) / 12) * times)
        piece = (note * np.exp(-3 * times))[:len(out) - at]
        out[at:at + len(piece)] += piece.astype(np.float32)
        at += length
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes((out * 0.3 * 32767).astype("<i2").tobytes())


def _stereo_song(path, seconds: float, seed: int) -> None:
    """Two made songs, one a little left and one a little right of the middle: a side to keep."""
    first, second = path.with_suffix(".l.wav"), path.with_suffix(".r.wav")
    _song(first, seconds, seed)
    _song(second, seconds, seed + 10)
    left, right = suite.sox_read(first, []), suite.sox_read(second, [])
    size = min(len(left), len(right))
    stereo = np.stack([0.8 * left[:size] + 0.3 * right[:size],
                       0.3 * left[:size] + 0.8 * right[:size]], axis=1)
    suite.write_stereo_wav(path, stereo)
    first.unlink()
    second.unlink()


def _room(path, seconds: float, seed: int) -> None:
    """A made ambience recording: brown-ish noise with a slow swell."""
    rng = np.random.default_rng(seed)
    noise = np.cumsum(rng.standard_normal(int(seconds * RATE)))
    noise -= np.convolve(noise, np.ones(400) / 400, "same")
    noise *= 1 + 0.5 * np.sin(np.arange(len(noise)) / RATE)
    suite.write_wav(path, (noise / np.abs(noise).max() * 0.5).astype(np.float32))


# ------------------------------------------------------------------ every part, no audio
# (data folder's files, unregistered folder's files, never registered, registered count): the
# every-6th track aside, the unregistered folder's tracks after them, the jingles left out
TRACK_SPLITS = {
    "held_out_2": ([f"pkg--t{n:02d}.ogg" for n in range(12)], [], ["pkg--t02.ogg", "pkg--t08.ogg"], 10),
    "held_out_3": ([f"pkg--t{n:02d}.ogg" for n in range(12)], [], ["pkg--t02.ogg", "pkg--t08.ogg"], 10),
    "held_out_4": ([f"pkg--t{n:02d}.ogg" for n in range(12)], ["other--x.ogg"],
                   ["pkg--t02.ogg", "pkg--t08.ogg", "other--x.ogg"], 10),
    "held_out_5": ([f"pkg--t{n:02d}.ogg" for n in range(12)], ["other--x.ogg"],
                   ["pkg--t02.ogg", "pkg--t08.ogg", "other--x.ogg"], 10),
    "held_out_6": ([f"pkg--t{n:02d}.ogg" for n in range(12)], ["other--x.ogg"],
                   ["pkg--t02.ogg", "pkg--t08.ogg", "other--x.ogg"], 10),
    "held_out_7": ([f"pkg--t{n:02d}.flac" for n in range(8)], ["kenta--bgm.ogg"],
                   ["pkg--t02.flac", "kenta--bgm.ogg"], 7),
    "held_out_8": ([f"pkg--t{n:02d}.flac" for n in range(8)],
                   ["pachi-data--menu.flac", "seahorse-adventures--death.ogg"],
                   ["pkg--t02.flac", "pachi-data--menu.flac"], 7),
    "held_out_9": ([f"pkg--t{n:02d}.flac" for n in range(8)] + ["plee-the-bear-data--game-over.ogg"],
                   ["wizznic-data--menu-music.ogg"],
                   ["pkg--t02.flac", "wizznic-data--menu-music.ogg"], 7),
    "held_out_10": ([f"pkg--t{n:02d}.ogg" for n in range(8)] + ["colobot-common-sounds--Intro1.ogg"],
                    ["tomatoes-data--IHaveNoTomatoes.flac"],
                    ["pkg--t01.ogg", "pkg--t07.ogg", "tomatoes-data--IHaveNoTomatoes.flac"], 6),
    "held_out_11": ([f"pkg--t{n:02d}.ogg" for n in range(8)] + ["ardentryst--theme1_raw.ogg"],
                    ["mirrormagic-data--halloffame.wav"],
                    ["pkg--t01.ogg", "pkg--t07.ogg", "mirrormagic-data--halloffame.wav"], 6),
    "held_out_12": ([f"pkg--t{n:02d}.ogg" for n in range(8)], ["teeworlds-data--music_menu.flac"],
                    ["pkg--t02.ogg", "teeworlds-data--music_menu.flac"], 7),
    "held_out_13": ([f"pkg--t{n:02d}.ogg" for n in range(8)], ["val-and-rick-data--ground.ogg"],
                    ["pkg--t02.ogg", "val-and-rick-data--ground.ogg"], 7),
    "held_out_14": ([f"pkg--t{n:02d}.flac" for n in range(9)], ["flobopuyo--flobopuyo_menu.flac"],
                    ["pkg--t02.flac", "pkg--t08.flac", "flobopuyo--flobopuyo_menu.flac"], 7),
    "held_out_15": ([f"pkg--t{n:02d}.flac" for n in range(8)], ["ironseed-data--AARD.flac"],
                    ["pkg--t02.flac", "ironseed-data--AARD.flac"], 7),
    "held_out_16": ([f"pkg--t{n:02d}.ogg" for n in range(8)], ["phlipple-data--theme.ogg"],
                    ["pkg--t02.ogg", "phlipple-data--theme.ogg"], 7),
}


def test_every_part_is_in_the_table_in_the_order_made_with_its_own_seed_and_folders():
    assert list(PARTS) == list(TRACK_SPLITS) == [f"held_out_{n}" for n in range(2, 17)]
    assert all(tag == part.tag for tag, part in PARTS.items())
    for name in ("seed", "music", "out", "lines"):
        values = [getattr(part, name) for part in PARTS.values()]
        assert len(set(values)) == len(values), name
    folders = [folder for part in PARTS.values()
               for folder in (part.music, part.unregistered, part.sounds) if folder]
    assert len(set(folders)) == len(folders)


@pytest.mark.parametrize("tag", TRACK_SPLITS)
def test_each_part_registers_every_sixth_track_aside_and_its_unregistered_folder(tag, tmp_path):
    names, unregistered_names, unrelated_names, count = TRACK_SPLITS[tag]
    data, unregistered = tmp_path / "music", tmp_path / "unregistered"
    data.mkdir()
    unregistered.mkdir()
    for name in names:
        (data / name).write_bytes(b"")
    for name in unregistered_names:
        (unregistered / name).write_bytes(b"")
    part = suite.replace(PARTS[tag], music=data,
                         unregistered=unregistered if PARTS[tag].unregistered else None)
    registered, unrelated = suite.part_tracks(part)
    assert [path.name for path in unrelated] == unrelated_names
    assert len(registered) == count and not set(registered) & set(unrelated)
    assert not {path.name for path in registered} & set(part.skip)


# ------------------------------------------------------------------ every part that added families
@dataclass
class Built:
    """One query of each family a part added (``queries``, in order), more of the same part's
    (``extra``), the folder they are in, the made music by name, the unregistered songs."""

    queries: list
    out: Path
    music: dict[str, Path]
    others: list[Path]
    work: Path
    extra: list = field(default_factory=list)
    ambience: object = None

    @functools.cached_property
    def report(self) -> dict:
        return suite.check(self.queries + self.extra, self.out, self.music)


def _new_family_queries(tag: str, folder: Path, song: Path, others: list[Path], ambience, **extra):
    """Each family ``tag`` added once from ``song`` (its seed, voices and sentences), as the part
    builds them: (the random stream, then at its state after them; queries, out, work)."""
    part = PARTS[tag]
    out, work = folder / "suite", folder / "work"
    out.mkdir()
    work.mkdir()
    rng = np.random.default_rng(part.seed)
    queries = suite._family_queries(rng, NEW_FAMILIES[tag], song, others, work, out, ambience,
                                    {"lines": part.lines, **extra})
    return rng, queries, out, work


def _build_6(folder: Path) -> Built:
    """From one made song, with two made songs as the unregistered music around and under it."""
    song, others = folder / "pkg--song.wav", [folder / "other--a.wav", folder / "other--b.wav"]
    _song(song, 60, 1)
    for number, other in enumerate(others):
        _song(other, 40, 2 + number)
    _rng, queries, out, work = _new_family_queries("held_out_6", folder, song, others, None)
    return Built(queries, out, {path.name: path for path in [song, *others]}, others, work)


def _build_7(folder: Path) -> Built:
    """From one made song (the duet family twice more, to have a stitch and a duet), with two made
    songs as the unregistered music and two made rooms as the ambience."""
    song, others = folder / "pkg--song.wav", [folder / "other--a.wav", folder / "other--b.wav"]
    _song(song, 60, 1)
    for number, other in enumerate(others):
        _song(other, 40, 2 + number)
    rooms = [folder / "room--a.wav", folder / "room--b.wav"]
    for number, room in enumerate(rooms):
        _room(room, 9, 4 + number)
    ambience = suite.recorded_ambience(rooms)
    rng, queries, out, work = _new_family_queries("held_out_7", folder, song, others, ambience)
    duets, kinds = [], set()
    while len(kinds) < 2:                    # one stitch and one side-by-side duet
        query = suite._positive_7(rng, "duet", song, others, work, out / "..",
                                  PARTS["held_out_7"].lines, ambience)
        kind = query.detail.split(":")[0]
        if kind not in kinds:
            kinds.add(kind)
            (out / ".." / query.file).rename(out / f"{kind}-{query.file}")
            duets.append(suite.replace(query, file=f"{kind}-{query.file}"))
    return Built(queries, out, {path.name: path for path in [song, *others]}, others, work,
                 duets, ambience)


def _build_8(folder: Path) -> Built:
    """From one made stereo song, with two made songs as the unregistered music."""
    song, others = folder / "pkg--song.wav", [folder / "other--a.wav", folder / "other--b.wav"]
    _stereo_song(song, 60, 1)
    for number, other in enumerate(others):
        _song(other, 40, 2 + number)
    _rng, queries, out, work = _new_family_queries("held_out_8", folder, song, others, suite.city)
    return Built(queries, out, {path.name: path for path in [song, *others]}, others, work,
                 ambience=suite.city)


def _build_9(folder: Path) -> Built:
    """From one made song, with two more made songs registered beside it (a medley's partners),
    one unregistered, and made game sounds."""
    songs = [folder / f"pkg--song{number}.wav" for number in range(3)]
    for number, song in enumerate(songs):
        _song(song, 60, 30 + number)
    other = folder / "other--a.wav"
    _song(other, 40, 40)
    sounds = []
    rng = np.random.default_rng(3)
    for number in range(3):
        sounds.append(folder / f"beep{number}.wav")
        times = np.arange(int(0.3 * RATE)) / RATE
        suite.write_wav(sounds[-1], (np.sin(2 * np.pi * rng.uniform(300, 2000) * times)
                                     * np.exp(-times / 0.1) * 0.5).astype(np.float32))
    _rng, queries, out, work = _new_family_queries("held_out_9", folder, songs[0], [other],
                                                   suite.city, pool=songs, sounds=sounds)
    return Built(queries, out, {path.name: path for path in [*songs, other]}, [other], work,
                 ambience=suite.city)


def _build_10(folder: Path) -> Built:
    """From one made song, with two more made songs registered beside it (a DJ mix's partners)
    and one unregistered."""
    songs = [folder / f"pkg--song{number}.wav" for number in range(3)]
    for number, song in enumerate(songs):
        _song(song, 70, 50 + number)
    other = folder / "other--a.wav"
    _song(other, 40, 60)
    _rng, queries, out, work = _new_family_queries("held_out_10", folder, songs[0], [other],
                                                   suite.city, pool=songs)
    return Built(queries, out, {path.name: path for path in [*songs, other]}, [other], work,
                 ambience=suite.city)


def _build_11(folder: Path) -> Built:
    """From one made song, with one made song unregistered."""
    song, other = folder / "pkg--song.wav", folder / "other--a.wav"
    _song(song, 70, 70)
    _song(other, 40, 71)
    _rng, queries, out, work = _new_family_queries("held_out_11", folder, song, [other],
                                                   suite.city, pool=[song])
    return Built(queries, out, {path.name: path for path in [song, other]}, [other], work,
                 ambience=suite.city)


def _beeps(folder: Path, count: int = 3) -> list[Path]:
    """Made game sounds: short decaying beeps of 500, 800, 1100 ... Hz."""
    sounds = []
    for number in range(count):
        sounds.append(folder / f"sfx--beep{number}.wav")
        times = np.arange(int(0.3 * RATE)) / RATE
        suite.write_wav(sounds[-1], (np.sin(2 * np.pi * (500 + 300 * number) * times)
                                     * np.exp(-times / 0.1) * 0.5).astype(np.float32))
    return sounds


def _build_12(folder: Path) -> Built:
    """From one made song, with one made song unregistered and made game sounds (the stream's)."""
    song, other = folder / "pkg--song.wav", folder / "other--a.wav"
    _song(song, 90, 90)
    _song(other, 40, 91)
    _rng, queries, out, work = _new_family_queries("held_out_12", folder, song, [other],
                                                   suite.park, pool=[song],
                                                   sounds=_beeps(folder))
    return Built(queries, out, {path.name: path for path in [song, other]}, [other], work,
                 ambience=suite.park)


def _build_13(folder: Path) -> Built:
    """From one made song, with one made song unregistered and made sounds (the orders' alerts)."""
    song, other = folder / "pkg--song.wav", folder / "other--a.wav"
    _song(song, 90, 130)
    _song(other, 40, 131)
    _rng, queries, out, work = _new_family_queries("held_out_13", folder, song, [other],
                                                   suite.mall, pool=[song],
                                                   sounds=_beeps(folder))
    return Built(queries, out, {path.name: path for path in [song, other]}, [other], work,
                 ambience=suite.mall)


def _build_14(folder: Path) -> Built:
    """From one made song, with one made song unregistered and made sounds."""
    song, other = folder / "pkg--song.wav", folder / "other--a.wav"
    _song(song, 90, 140)
    _song(other, 40, 141)
    _rng, queries, out, work = _new_family_queries("held_out_14", folder, song, [other],
                                                   suite.station, pool=[song],
                                                   sounds=_beeps(folder))
    return Built(queries, out, {path.name: path for path in [song, other]}, [other], work,
                 ambience=suite.station)


def _build_15(folder: Path) -> Built:
    """From one made song, with one made song unregistered and made sounds."""
    song, other = folder / "pkg--song.wav", folder / "other--a.wav"
    _song(song, 90, 150)
    _song(other, 40, 151)
    _rng, queries, out, work = _new_family_queries("held_out_15", folder, song, [other],
                                                   suite.beach, pool=[song],
                                                   sounds=_beeps(folder))
    return Built(queries, out, {path.name: path for path in [song, other]}, [other], work,
                 ambience=suite.beach)


def _build_16(folder: Path) -> Built:
    """From one made song, with one made song unregistered and made sounds."""
    song, other = folder / "pkg--song.wav", folder / "other--a.wav"
    _song(song, 90, 160)
    _song(other, 40, 161)
    _rng, queries, out, work = _new_family_queries("held_out_16", folder, song, [other],
                                                   suite.backyard, pool=[song],
                                                   sounds=_beeps(folder))
    return Built(queries, out, {path.name: path for path in [song, other]}, [other], work,
                 ambience=suite.backyard)


BUILDERS = {"held_out_6": _build_6, "held_out_7": _build_7, "held_out_8": _build_8,
            "held_out_9": _build_9, "held_out_10": _build_10, "held_out_11": _build_11,
            "held_out_12": _build_12, "held_out_13": _build_13, "held_out_14": _build_14,
            "held_out_15": _build_15, "held_out_16": _build_16}


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    """A part's ``Built``, made once for the module when a test first asks for it."""
    done: dict[str, Built] = {}
    def get(tag: str) -> Built:
        if tag not in done:
            done[tag] = BUILDERS[tag](tmp_path_factory.mktemp(tag))
        return done[tag]
    return get


# decisions the default policy may give a new family's copy: held_out_7's and held_out_8's songs
# all cover their uploads enough to be muted, none of them is a re-upload
DECISIONS = {"held_out_6": {"takedown", "mute", "track"}, "held_out_7": {"mute"},
             "held_out_8": {"mute"}, "held_out_9": {"mute", "track"},
             "held_out_10": {"mute", "track"}, "held_out_11": {"mute"},
             "held_out_12": {"mute"}, "held_out_13": {"mute"}, "held_out_14": {"mute"},
             "held_out_15": {"mute"}, "held_out_16": {"mute"}}
# families whose song is fitted back (least squares) within 1 dB of the level its row says, and
# the one under speech whose level lies in the range the part draws (dB below the rest)
LEVELLED = {"held_out_6": (("vlog",), ("vlog", 14, 21)),
            "held_out_7": (("rerecorded", "spedvlog", "duet"), ("spedvlog", 11, 19)),
            "held_out_8": (("car", "dance", "djtalk", "vlogvoices"), ("vlogvoices", 11, 26)),
            "held_out_9": (("otherroom", "phonespeaker", "beat", "gamefx", "asmr"), ("asmr", 5, 16)),
            "held_out_10": (("phonecar", "venue"), ("venue", 5, 15)),
            "held_out_11": (suite.FAMILIES_11, ("tutorial", 11, 21)),
            "held_out_12": (suite.FAMILIES_12, ("stream", 9, 19)),
            "held_out_13": (suite.FAMILIES_13, ("livesell", 9, 19)),
            "held_out_14": (("asmrcook", "carradio", "grwm"), ("carradio", 3, 13)),
            "held_out_15": (suite.FAMILIES_15, ("rainvlog", 9, 19)),
            "held_out_16": (suite.FAMILIES_16, ("petvlog", 7, 17))}


@needs_sox
@pytest.mark.parametrize("tag", NEW_FAMILIES)
def test_every_new_family_is_one_file_with_its_spans_inside_it(tag, build):
    built = build(tag)
    assert [query.family for query in built.queries] == list(NEW_FAMILIES[tag])
    report = built.report
    assert report["missing"] == [] and report["span_outside_file"] == [] and report["speed_off"] == []
    assert not report.get("lofi_levels_over") and "also_wrong" not in report
    assert set(report["actions"]) == set(NEW_FAMILIES[tag])
    for family, counts in report["actions"].items():
        assert set(counts) <= DECISIONS[tag], (family, counts)


@needs_sox
@pytest.mark.parametrize("tag", NEW_FAMILIES)
def test_the_song_is_fitted_back_at_the_level_its_row_says(tag, build):
    levels = build(tag).report["level_off_by_db"]
    families, (under, low, high) = LEVELLED[tag]
    for family in families:
        assert levels[family]["max_abs_off"] < 1.0, (family, levels[family])
    fitted_low, fitted_high = levels[under]["music_db_below_the_rest"]
    assert low <= fitted_low <= fitted_high <= high


@needs_sox
@pytest.mark.parametrize("tag", NEW_FAMILIES)
def test_the_manifest_keeps_details_actions_passes_and_other_originals(tag, build, tmp_path):
    queries = build(tag).queries + build(tag).extra
    (tmp_path / "manifest.json").write_text(json.dumps({
        "version": suite.SUITE_VERSION, "seed": 9, "queries": [suite.asdict(q) for q in queries]}))
    assert suite._build(tag, None, None, 9, tmp_path, rebuild=False) == queries


# ------------------------------------------------------------------ held_out_6's own
@needs_sox
def test_a_loop_says_every_pass_end_to_end_on_one_stretch_of_the_song(build):
    loop = next(query for query in build("held_out_6").queries if query.family == "loop")
    passes = loop.spans()
    assert 2 <= len(passes) <= 6 and loop.detail.startswith(f"x{len(passes)} loop")
    assert {(span[2], span[3]) for span in passes} == {(loop.original_start, loop.original_end)}
    for before, after in zip(passes, passes[1:]):
        assert after[0] == pytest.approx(before[1], abs=1e-3)
    assert 5 <= passes[0][1] - passes[0][0] <= 15
    assert loop.truth().copies == {loop.track: passes}


@needs_sox
def test_a_cut_song_says_both_passages_and_the_jump(build):
    cut = next(query for query in build("held_out_6").queries if query.family == "cutjoin")
    first, second = cut.spans()
    assert second[0] == pytest.approx(first[1], abs=1e-3)          # joined in the upload
    assert second[2] >= first[3] + 0.5 or second[3] <= first[2] - 0.5   # a jump in the song
    assert ("jump ahead" in cut.detail) == (second[2] > first[2])


@needs_sox
def test_speed_families_say_their_speed_and_the_spans_agree(build):
    by_family = {query.family: query for query in build("held_out_6").queries}
    for family, low, high in (("nightcore", 1.2, 1.3), ("slowreverb", 0.8, 0.9)):
        query = by_family[family]
        speed = float(query.detail.split()[0].lstrip("x"))
        assert low <= speed <= high and family in suite.SPEED_FAMILIES
        measured = (query.original_end - query.original_start) / (query.upload_end - query.upload_start)
        assert measured == pytest.approx(speed, rel=0.01)


@needs_sox
def test_a_mashup_names_the_unregistered_songs_it_crossfades_with(build):
    mashup = next(query for query in build("held_out_6").queries if query.family == "mashup")
    assert "other--" in mashup.detail and mashup.upload_start >= 5


@needs_sox
def test_the_short_excerpt_is_five_to_eight_seconds(build):
    short = next(query for query in build("held_out_6").queries if query.family == "short")
    assert 5 <= short.upload_end - short.upload_start <= 8


@pytest.mark.parametrize("spans, upload, song, decision", [
    (((0, 30, 0, 30),), 31, 32, "takedown (music_reupload)"),        # the song is the upload
    (((2, 6, 10, 14),), 20, 200, "track (music_incidental)"),          # 4 s
    (((2, 12, 10, 20),), 20, 200, "mute (music_background)"),          # half the upload
    (((2, 12, 10, 20),), 100, 200, "track (music_brief_use)"),         # a tenth of it
    # a loop of 10 s six times: 60 s of the upload, the song's 10 s once
    (tuple((index * 10, index * 10 + 10, 50, 60) for index in range(6)), 61, 62,
     "mute (music_background)"),
    (tuple((index * 10, index * 10 + 10, 0, 10) for index in range(6)), 61, 10.5,
     "takedown (music_reupload)"),                                    # a 10 s song looped
])
def test_expected_action_is_the_default_policy_on_the_truth(spans, upload, song, decision):
    assert suite.expected_action(spans, upload, song) == decision


# ------------------------------------------------------------------ held_out_7's own
@needs_sox
def test_a_room_and_a_ducked_song_are_fitted_back_as_far_as_their_rows_say(build):
    levels = build("held_out_7").report["level_off_by_db"]
    # the room's noise is 5-15 dB under the song: the song is that much above the rest
    assert -16 <= levels["rerecorded"]["music_db_below_the_rest"][0] <= -4
    # the ducked song's loud and ducked stretches are as far apart as the row says (a fit per
    # quarter second under speech: within 3 dB)
    assert levels["ducked"]["max_abs_off"] < 3.0


@needs_sox
def test_a_stitch_joins_another_uploads_talk_before_or_after_the_song_and_a_duet_plays_both(build):
    built = build("held_out_7")
    by_kind = {query.detail.split(":")[0]: query for query in built.extra}
    stitch, duet = by_kind["stitch"], by_kind["duet"]
    seconds = suite.duration_of(built.out / stitch.file)
    song = stitch.upload_end - stitch.upload_start
    assert 8 <= song <= 14 and 4 <= seconds - song <= 10.1
    assert (stitch.upload_start == 0) == stitch.detail.startswith("stitch: the song")
    assert duet.upload_start == 0 and duet.upload_end == pytest.approx(
        suite.duration_of(built.out / duet.file), abs=0.01)


@needs_sox
def test_sped_up_under_a_vlog_says_its_speed_and_the_spans_agree(build):
    query = next(query for query in build("held_out_7").queries if query.family == "spedvlog")
    speed = float(query.detail.split()[0].lstrip("x"))
    assert 1.1 <= speed <= 1.3 and "spedvlog" in suite.SPEED_FAMILIES
    measured = (query.original_end - query.original_start) / (query.upload_end - query.upload_start)
    assert measured == pytest.approx(speed, rel=0.01)
    assert query.upload_start >= 1                    # the vlog runs before the song


def test_the_duck_gain_drops_while_the_voice_speaks_and_comes_back_between():
    voice = np.zeros(4 * RATE, np.float32)
    voice[RATE:2 * RATE] = np.sin(np.arange(RATE) * 0.1) * 0.5        # one second of "speech"
    gain = suite.duck_gain(voice, 12.0)
    assert gain[:RATE - 110] == pytest.approx(1.0)          # up to the 5 ms frame it starts in
    assert 20 * np.log10(gain[int(1.5 * RATE)]) == pytest.approx(-12.0, abs=0.1)
    assert gain[int(2.2 * RATE)] < 1 and gain[-1] == pytest.approx(1.0, abs=0.01)   # released


def test_a_bit_crushed_song_has_at_most_its_bits_levels_and_holds_its_samples():
    music = np.sin(np.arange(RATE) * 0.05).astype(np.float32) * 0.7
    crushed = suite.bitcrush(music, 4, 5512)
    assert len(np.unique(crushed)) <= 2 ** 4 - 1
    assert len(np.unique(crushed[:400])) < len(np.unique(music[:400]))
    # held at ~5.5 kHz: runs of 4 equal samples at 22.05 kHz
    assert np.mean(crushed[1:] == crushed[:-1]) > 0.7


@needs_sox
def test_warped_unregistered_music_says_its_warp_and_lasts_accordingly(build):
    others = build("held_out_7").others
    rng = np.random.default_rng(3)
    for kind, low, high in (("nightcore", 1.2, 1.3), ("slowreverb", 0.8, 0.9),
                            ("speed", 0.8, 1.25)):
        music, detail = suite._warped(rng, others[0], kind)
        factor = float(detail.split()[1].lstrip("x"))
        assert detail.startswith(kind) and low <= factor <= high and others[0].name in detail
        assert 10 / factor - 0.1 <= len(music) / RATE <= 16 / factor + 0.1


@needs_sox
def test_recorded_ambience_is_unit_level_and_as_long_as_asked(build):
    bed = build("held_out_7").ambience(np.random.default_rng(1), 20.0)   # longer than the rooms
    assert len(bed) == int(20.0 * RATE) and suite.rms(bed) == pytest.approx(1.0, rel=0.01)


def test_held_out_7s_unregistered_kenta_cho_game_is_named_a_hard_negative():
    assert "a7xpg-data" in suite.KENTA_CHO


# ------------------------------------------------------------------ held_out_8's own
@needs_sox
def test_a_car_a_dance_and_a_concert_lie_as_far_under_their_noise_as_their_rows_say(build):
    built = build("held_out_8")
    levels = built.report["level_off_by_db"]
    # the road is 0-8 dB under the song, the steps and claps 0-8 dB under the hook
    assert -9 <= levels["car"]["music_db_below_the_rest"][0] <= 1
    assert -9 <= levels["dance"]["music_db_below_the_rest"][0] <= 1
    # the phone's clipping distorts the concert: the fit lies at or under the stated SNR's level
    concert = next(query for query in built.queries if query.family == "concert")
    stated = float(concert.detail.split("crowd SNR ")[1].split()[0])
    assert levels["concert"]["music_db_below_the_rest"][0] >= -stated - 1.0


@needs_sox
def test_a_dj_talks_over_the_songs_first_seconds_only(build):
    built = build("held_out_8")
    query = next(query for query in built.queries if query.family == "djtalk")
    assert query.original_start == 0.0 and 0.5 <= query.upload_start <= 2
    over = float(query.detail.split("over its first ")[1].split()[0])
    assert 4 <= over <= 8 and query.upload_end - query.upload_start >= 15 - 0.01
    upload = suite.sox_read(built.out / query.file, [])
    song = suite._trim(built.music[query.track], 0.0, query.original_end)
    after = int((query.upload_start + over + 0.5) * RATE)
    # after the talk the upload is the song alone, up to the gain it was put in at
    tail = upload[after:after + len(song) - int((over + 0.5) * RATE)]
    alone = song[int((over + 0.5) * RATE):][:len(tail)]
    assert np.corrcoef(tail, alone)[0, 1] > 0.99


@needs_sox
def test_a_dance_loop_says_every_pass_after_the_steps_count_in(build):
    built = build("held_out_8")
    assert built.report["passes"]["dance"] and "dance" not in suite.SPEED_FAMILIES
    query = next(query for query in built.queries if query.family == "dance")
    passes = query.spans()
    assert 2 <= len(passes) <= 4 and 0.5 <= passes[0][0] <= 2
    for (start, end, first, last), following in zip(passes, passes[1:]):
        assert following[0] == pytest.approx(end, abs=1e-3) and following[2] == first
        assert 8 <= last - first <= 15.01


@needs_sox
def test_pitch_at_the_same_tempo_keeps_the_songs_seconds(build):
    query = next(query for query in build("held_out_8").queries if query.family == "pitchsame")
    cents = int(query.detail.split()[0])
    assert 100 <= abs(cents) <= 200
    assert query.upload_end - query.upload_start == pytest.approx(
        query.original_end - query.original_start, abs=0.01)


@needs_sox
def test_eight_d_turns_between_the_ears_and_karaoke_keeps_only_the_side(build):
    built = build("held_out_8")
    eightd = next(query for query in built.queries if query.family == "eightd")
    with wave.open(str(built.out / eightd.file)) as handle:
        assert handle.getnchannels() == 2
    assert min(built.report["eightd_balance_swing_db"]) > 10
    karaoke = next(query for query in built.queries if query.family == "karaoke")
    side_db = float(karaoke.detail.split("the side ")[1].split()[0])
    assert 0 < side_db < suite.KARAOKE_MIN_SIDE_DB
    upload = suite.sox_read(built.out / karaoke.file, [])
    stereo = suite._trim_stereo(built.music[karaoke.track], karaoke.original_start,
                                karaoke.original_end - karaoke.original_start)
    first = int(round(karaoke.upload_start * RATE))
    side = (stereo[:, 0] - stereo[:, 1])[:len(upload) - first]
    assert np.corrcoef(upload[first:first + len(side)], side)[0, 1] > 0.99


@needs_sox
def test_a_mono_song_gets_no_karaoke(build):
    built = build("held_out_8")
    out = built.work / "mono"
    out.mkdir(exist_ok=True)
    rng = np.random.default_rng(1)
    assert suite._positive_8(rng, "karaoke", built.others[0], built.others, built.work, out,
                             PARTS["held_out_8"].lines, suite.city) is None
    assert list(out.iterdir()) == []


@needs_sox
def test_road_crowd_and_steps_are_unit_level_and_as_long_as_asked():
    rng = np.random.default_rng(2)
    for sound in (suite.road(rng, 6.0), suite.crowd(rng, 6.0, PARTS["held_out_8"].lines),
                  suite.city(rng, 6.0), suite.steps_and_claps(rng, 6.0)[0]):
        assert len(sound) == int(6.0 * RATE) and suite.rms(sound) == pytest.approx(1.0, rel=0.01)
    # the road's sound is mostly low: the rumble and the engine
    spectrum = np.abs(np.fft.rfft(suite.road(rng, 6.0))) ** 2
    frequencies = np.fft.rfftfreq(int(6.0 * RATE), 1 / RATE)
    assert spectrum[frequencies < 400].sum() > spectrum[frequencies >= 400].sum()


@needs_sox
def test_a_parallel_build_is_the_same_whatever_the_number_of_workers(build, tmp_path):
    others = build("held_out_8").others
    lines = PARTS["held_out_8"].lines
    songs = []
    for number in range(2):
        songs.append(tmp_path / f"pkg--s{number}.wav")
        _song(songs[-1], 30, 20 + number)
    suites = []
    for workers in (1, 2):
        out = tmp_path / f"suite-{workers}"
        queries = suite._build("held_out_8", lambda: (songs, others),
                               lambda rng, unrelated, workdir, out: [], 5, out, rebuild=True,
                               families=("pitchsame", "car"), lines=lines,
                               held=True, with_action=True, ambience=suite.city, workers=workers)
        suites.append((queries, {path.name: path.read_bytes() for path in out.glob("*.wav")}))
    assert suites[0] == suites[1] and len(suites[0][0]) == 4
    # each track's queries come from its own stream: left out, a track changes no other's
    out = tmp_path / "suite-one"
    alone = suite._build("held_out_8", lambda: (songs[1:], others),
                         lambda rng, unrelated, workdir, out: [], 5, out, rebuild=True,
                         families=("pitchsame", "car"), lines=lines,
                         held=True, with_action=True, ambience=suite.city, workers=1)
    assert alone == [query for query in suites[0][0] if query.track == songs[1].name]


# ------------------------------------------------------------------ held_out_9's own
@needs_sox
def test_another_room_is_quiet_and_says_its_wall(build):
    built = build("held_out_9")
    assert not set(suite.FAMILIES_9) & set(suite.SPEED_FAMILIES)
    room = next(query for query in built.queries if query.family == "otherroom")
    low_pass = int(suite.ROOM_DETAIL.match(room.detail)[1])
    assert 500 <= low_pass <= 1800
    # the other room is quiet: the upload's music far under full scale
    upload = suite.sox_read(built.out / room.file, [])
    first, last = int(room.upload_start * RATE), int(room.upload_end * RATE)
    assert suite.rms(upload[first:last]) < 10 ** (-20 / 20)


@needs_sox
def test_a_medley_names_every_song_with_its_span(build):
    built = build("held_out_9")
    medley = next(query for query in built.queries if query.family == "medley")
    assert 1 <= len(medley.also) <= 2
    names = [medley.track, *(name for name, *_ in medley.also)]
    assert len(set(names)) == len(names) and set(names) <= set(built.music)
    assert set(medley.truth().copies) == set(names)
    spans = sorted([medley.spans()[0], *(spans[0] for _, spans, _ in medley.also)])
    assert spans[0][0] == 0.0
    for before, after in zip(spans, spans[1:]):
        # joined by a 1-2 s cross-fade: the next song starts before the last one ends
        assert 1.0 - 0.01 <= before[1] - after[0] <= 2.0 + 0.01
    for start, end, first, last in spans:
        assert 7.99 <= end - start <= 14.01 and last - first == pytest.approx(end - start, abs=0.01)
    assert spans[-1][1] == pytest.approx(suite.duration_of(built.out / medley.file), abs=0.01)
    assert all(action.split()[0] in ("mute", "track") for *_, action in medley.also)


@needs_sox
def test_meme_effects_cut_the_song_into_passes_on_one_line(build):
    built = build("held_out_9")
    query = next(query for query in built.queries if query.family == "memefx")
    passes = query.spans()
    assert 3 <= len(passes) <= 4
    for start, end, first, last in passes:      # the song's time runs on under each effect
        assert first - start == pytest.approx(query.original_start, abs=1e-3)
    upload = suite.sox_read(built.out / query.file, [])
    song = suite._trim(built.music[query.track], query.original_start, 20.0)
    for (start, end, *_), following in zip(passes, passes[1:]):
        gap = upload[int(end * RATE) + 10:int(following[0] * RATE) - 10]
        copy = song[int(end * RATE) + 10:int(following[0] * RATE) - 10]
        assert len(gap) and abs(np.corrcoef(gap, copy)[0, 1]) < 0.5      # an effect, not the song
        inside = upload[int(start * RATE) + 10:int(end * RATE) - 10]
        assert np.corrcoef(inside, song[int(start * RATE) + 10:int(end * RATE) - 10])[0, 1] > 0.99


@needs_sox
def test_the_song_only_ends_the_video_after_the_talk(build):
    built = build("held_out_9")
    query = next(query for query in built.queries if query.family == "endonly")
    assert query.upload_start >= 8 - 0.01 and 5 - 0.01 <= query.upload_end - query.upload_start <= 8.01
    assert query.upload_end == pytest.approx(suite.duration_of(built.out / query.file), abs=0.01)


def test_beat_and_meme_effects_are_unit_level():
    rng = np.random.default_rng(4)
    beat, bpm = suite.drum_loop(rng, 6.0)
    assert len(beat) == int(6.0 * RATE) and 85 <= bpm <= 130
    assert suite.rms(beat) == pytest.approx(1.0, rel=0.01)
    for kind in suite.MEME_EFFECTS:
        effect = suite.meme_effect(rng, kind)
        assert 0.3 * RATE <= len(effect) <= 2 * RATE and suite.rms(effect) == pytest.approx(1.0, rel=0.01)


def test_every_track_has_the_new_and_vlog_families_and_two_earlier_ones_in_turn(tmp_path):
    tracks = [tmp_path / f"pkg--t{number:02d}.flac" for number in range(20)]
    families = PARTS["held_out_9"].families(list(reversed(tracks)))
    assert families == suite.held_out_9_families(tracks)
    assert set(families) == {track.name for track in tracks}
    turns = []
    for track in tracks:                      # in name order, whatever order they come in
        mine = families[track.name]
        assert mine[:3] == suite.HELD_OUT_9_ALWAYS and mine[-8:] == suite.FAMILIES_9
        turns += mine[3:-8]
    assert len(turns) == 2 * len(tracks)
    # 40 turns over the 28 other earlier families: each of them at least once, none twice in a row
    assert set(turns) == set(suite.HELD_OUT_9_TURNS) and len(suite.HELD_OUT_9_TURNS) == 28
    assert all(first != second for first, second in zip(turns, turns[1:]))
    assert not set(suite.HELD_OUT_9_TURNS) & set(suite.HELD_OUT_9_ALWAYS + suite.FAMILIES_9)


@needs_sox
def test_a_shared_recording_is_named_beside_the_song_wherever_it_is_copied(build):
    built = build("held_out_9")
    queries, out, music = built.queries, built.out, built.music
    song = next(iter(music))                   # pkg--song0.wav, the fixture's copied song
    named = suite.with_shared(queries, {song: ("other--a.wav",)}, out, music)
    for before, after in zip(queries, named):
        names = {name: spans for name, spans, _ in after.also}
        if song in before.originals():
            mine = before.spans() if before.track == song else next(
                spans for name, spans, _ in before.also if name == song)
            assert names["other--a.wav"] == mine and "other--a.wav" in after.truth().copies
        else:
            assert after == before
    assert suite.with_shared(named, {song: ("other--a.wav",)}, out, music) == named


# ------------------------------------------------------------------ held_out_10's own
@needs_sox
def test_a_long_voice_over_lets_the_song_be_heard_a_fifth_to_a_third_of_the_time(build):
    built = build("held_out_10")
    query = next(query for query in built.queries if query.family == "longvoiceover")
    passes = query.spans()
    assert 1 <= len(passes) <= 4 and all(end - start >= 2.5 - 0.01 for start, end, *_ in passes)
    for start, end, first, last in passes:       # one line: the song runs on under the talk
        assert first - start == pytest.approx(passes[0][2] - passes[0][0], abs=1e-3)
    assert 0.2 <= built.report["longvoiceover_audible_share"][0] <= 0.31
    # the fader is down between the stretches: the song's fitted gain there is far under its gain
    # where it is heard
    assert min(built.report["longvoiceover_silent_between_db"]) > 30


@needs_sox
def test_a_dj_mix_names_both_songs_the_other_beat_matched_across_the_cross_fade(build):
    built = build("held_out_10")
    mix = next(query for query in built.queries if query.family == "djmix")
    ((partner, (theirs,), action),) = mix.also
    assert partner != mix.track and partner in built.music and action.split()[0] in ("mute", "track")
    mine = mix.spans()[0]
    factor = float(mix.detail.split("beat-matched x")[1].split()[0])
    assert 0.94 <= factor <= 1.06
    assert (theirs[3] - theirs[2]) / (theirs[1] - theirs[0]) == pytest.approx(factor, rel=0.01)
    assert mine[3] - mine[2] == pytest.approx(mine[1] - mine[0], abs=0.01)   # the song's own speed
    overlap = min(mine[1], theirs[1]) - max(mine[0], theirs[0])
    fade = float(mix.detail.split("cross-faded over ")[1].split()[0])
    assert overlap == pytest.approx(fade, abs=0.01) and 8 - 0.01 <= fade <= 16.01
    assert max(mine[1], theirs[1]) == pytest.approx(suite.duration_of(built.out / mix.file), abs=0.01)
    assert set(mix.truth().copies) == {mix.track, partner}


@needs_sox
def test_a_reaction_resumes_the_song_where_it_stopped_after_each_pause(build):
    built = build("held_out_10")
    query = next(query for query in built.queries if query.family == "reaction")
    passes = query.spans()
    assert 2 <= len(passes) <= 4 and passes[0][0] >= 1 - 0.01
    upload = suite.sox_read(built.out / query.file, [])
    song = suite._trim(built.music[query.track], passes[0][2], passes[-1][3] - passes[0][2])
    for before, after in zip(passes, passes[1:]):
        assert after[2] == pytest.approx(before[3], abs=1e-3)          # the song's time stopped
        assert 2 - 0.01 <= after[0] - before[1] <= 6.01                  # while the talk went on
    for start, end, first, last in passes:          # the song alone (the room 20-30 dB under it)
        a, b = int(start * RATE) + 10, int(end * RATE) - 10
        line = song[int((first - passes[0][2]) * RATE) + 10:][:b - a]
        assert np.corrcoef(upload[a:a + len(line)], line)[0, 1] > 0.95


@needs_sox
def test_a_cafe_plays_the_song_under_the_vlogger_the_whole_upload(build):
    built = build("held_out_10")
    venue = next(query for query in built.queries if query.family == "venue")
    assert venue.upload_start == 0 and venue.upload_end == pytest.approx(
        suite.duration_of(built.out / venue.file), abs=0.01)
    high, low, room = (int(value) for value in suite.VENUE_DETAIL.match(venue.detail).groups())
    assert 120 <= high <= 200 and 4000 <= low <= 7000 and 40 <= room <= 80
    car = next(query for query in built.queries if query.family == "phonecar")
    assert "in a car, road noise SNR" in car.detail


def test_the_loudest_line_of_made_notes_is_read_back_and_hummed_not_copied():
    notes = (220.0, 330.0, 261.63, 392.0)
    times = np.arange(int(0.5 * RATE)) / RATE
    music = np.concatenate([sum(np.sin(2 * np.pi * note * harmonic * times) / harmonic
                                for harmonic in (1, 2, 3)) for note in notes]).astype(np.float32)
    pitch, level = suite.melody_line(music * 0.3)
    hop = 512
    for number, note in enumerate(notes):           # the middle of each note, past the windows
        frame = int((number + 0.5) * 0.5 * RATE / hop) - 2
        assert abs(12 * np.log2(pitch[frame] / note)) <= 0.5
    for instrument in (False, True):
        sung = suite._sung(np.random.default_rng(1), pitch, level, instrument)
        assert suite.rms(sung) == pytest.approx(1.0, rel=0.01)
        size = min(len(sung), len(music))
        # a new performance of the tune: the samples are not the recording's
        assert abs(np.corrcoef(sung[:size], music[:size])[0, 1]) < 0.3


def test_every_track_has_the_speech_families_the_new_ones_and_two_earlier_ones_in_turn(tmp_path):
    tracks = [tmp_path / f"pkg--t{number:02d}.ogg" for number in range(20)]
    families = PARTS["held_out_10"].families(list(reversed(tracks)))
    assert families == suite.held_out_10_families(tracks)
    turns = []
    for track in tracks:
        mine = families[track.name]
        assert mine[:5] == suite.HELD_OUT_10_ALWAYS and mine[-5:] == suite.FAMILIES_10
        turns += mine[5:-5]
    # 40 turns over the 34 other earlier families: each at least once
    assert set(turns) == set(suite.HELD_OUT_10_TURNS) and len(suite.HELD_OUT_10_TURNS) == 34
    assert not set(suite.HELD_OUT_10_TURNS) & set(suite.HELD_OUT_10_ALWAYS + suite.FAMILIES_10)
    assert set(suite.HELD_OUT_10_ALWAYS) <= set(suite.HELD_OUT_9_TURNS + suite.HELD_OUT_9_ALWAYS)


# ------------------------------------------------------------------ held_out_11's own
def test_held_out_11s_tracks_have_held_out_10s_families_and_the_four_new_ones(tmp_path):
    tracks = [tmp_path / f"pkg--t{number:02d}.ogg" for number in range(20)]
    families = PARTS["held_out_11"].families(list(reversed(tracks)))
    assert families == suite.held_out_11_families(tracks)
    turns = []
    for track in tracks:
        mine = families[track.name]
        assert mine[:5] == suite.HELD_OUT_10_ALWAYS
        assert mine[-9:] == suite.FAMILIES_10 + suite.FAMILIES_11
        turns += mine[5:-9]
    assert set(turns) == set(suite.HELD_OUT_10_TURNS)
    assert not set(suite.FAMILIES_11) & set(suite.HELD_OUT_10_TURNS + suite.FAMILIES_10)


@needs_sox
def test_the_new_scenes_play_the_song_the_whole_upload_under_their_talk(build):
    built = build("held_out_11")
    for query in built.queries:
        assert query.upload_start == 0 and query.upload_end == pytest.approx(
            suite.duration_of(built.out / query.file), abs=0.01)
        low, high = suite.SCENE_SECONDS[query.family]
        assert low - 0.01 <= query.upload_end <= high + 0.01
        assert query.original_end - query.original_start == pytest.approx(query.upload_end, abs=1e-3)
    interview = next(query for query in built.queries if query.family == "interview")
    high, low, room = (int(value) for value in suite.SHOP_DETAIL.search(interview.detail).groups())
    assert 150 <= high <= 300 and 3000 <= low <= 6000 and 20 <= room <= 60
    car = next(query for query in built.queries if query.family == "cartalk")
    assert suite.CAR_DETAIL.search(car.detail)


@needs_sox
def test_a_dialogue_takes_turns_with_pauses_between_them(tmp_path):
    talk = suite._dialogue(np.random.default_rng(2), 12 * RATE, tmp_path, PARTS["held_out_11"].lines)
    assert len(talk) == 12 * RATE
    frames = np.abs(talk[:len(talk) // 441 * 441]).reshape(-1, 441).max(axis=1)
    silent = frames < 1e-4
    gaps = np.diff(np.flatnonzero(np.diff(silent.astype(int)) != 0))
    assert silent.any() and (~silent).mean() > 0.5 and len(gaps) >= 2
    assert suite.rms(talk[np.abs(talk) > 1e-4]) == pytest.approx(1.0, rel=0.35)


def test_kitchen_and_typing_are_unit_level_as_long_as_asked_and_mostly_quiet_between_hits():
    rng = np.random.default_rng(6)
    for make in (suite.kitchen, suite.typing):
        sound = make(rng, 9.0)
        assert len(sound) == int(9.0 * RATE) and suite.rms(sound) == pytest.approx(1.0, rel=0.01)
    keys = suite.typing(rng, 9.0)
    # clicks, not a hiss: the loudest hundredth of the samples holds much of the energy
    loud = np.sort(keys ** 2)[::-1]
    assert loud[:len(loud) // 100].sum() > 0.3 * loud.sum()


@needs_sox
def test_held_out_11s_own_negatives_copy_nothing_and_game_sounds_lie_in_silence(tmp_path,
                                                                                 monkeypatch):
    songs = [tmp_path / "game--a.wav", tmp_path / "game--b.wav", tmp_path / "other--c.wav",
             tmp_path / "other--loop.wav"]
    for number, song in enumerate(songs):
        _song(song, 45 if number < 3 else 5, 80 + number)
    handed = []
    monkeypatch.setattr(suite, "_held_out_10_negatives", lambda rng, unrelated, *args:
                        handed.append(unrelated) or [])
    sounds = []
    for number in range(3):
        sounds.append(tmp_path / f"sfx--beep{number}.wav")
        times = np.arange(int(0.3 * RATE)) / RATE
        suite.write_wav(sounds[-1], (np.sin(2 * np.pi * (500 + 300 * number) * times)
                                     * np.exp(-times / 0.1) * 0.5).astype(np.float32))
    out, work = tmp_path / "suite", tmp_path / "work"
    out.mkdir()
    work.mkdir()
    queries = suite._held_out_11_negatives(np.random.default_rng(1), songs, work, out,
                                           PARTS["held_out_11"].lines, sounds, [], suite.city)
    kinds = {}
    for query in queries:
        kinds[query.family] = kinds.get(query.family, 0) + 1
        assert query.track is None and query.action == "none" and not query.truth().copies
        assert (out / query.file).exists()
    assert kinds == {**{f"neg-{family}": 4 for family in suite.FAMILIES_11},
                     **{f"neg-{family}only": 3 for family in suite.FAMILIES_11},
                     "neg-gamesfx": 6, "neg-djmixgame": 4, "neg-shortloop": 6, "neg-loopvlog": 4}
    assert handed == [songs[:3]]                # the earlier kinds never cut from a 5 s loop
    for query in queries:
        if query.family == "neg-djmixgame":     # two tracks of one game, never another's
            assert query.detail.count("game--") == 3 and "other--" not in query.detail
        if query.family == "neg-gamesfx":       # digital silence between the sounds
            upload = suite.sox_read(out / query.file, [])
            assert (upload == 0).mean() > 0.3 and np.abs(upload).max() <= 0.61
        if query.family == "neg-shortloop":     # the loop whole, again and again
            times = int(query.detail.split(" x")[1].split(",")[0])
            assert suite.duration_of(out / query.file) == pytest.approx(
                times * suite.duration_of(songs[3]), abs=0.01)


# ------------------------------------------------------------------ held_out_12's own
def test_held_out_12s_tracks_have_held_out_11s_families_and_the_four_new_ones(tmp_path):
    tracks = [tmp_path / f"pkg--t{number:02d}.ogg" for number in range(20)]
    families = PARTS["held_out_12"].families(list(reversed(tracks)))
    eleven = suite.held_out_11_families(tracks)
    for track in tracks:
        assert families[track.name] == eleven[track.name] + suite.FAMILIES_12
    earlier = (suite.HELD_OUT_10_ALWAYS + suite.HELD_OUT_10_TURNS + suite.FAMILIES_10
               + suite.FAMILIES_11)
    assert not set(suite.FAMILIES_12) & set(earlier)


@needs_sox
def test_held_out_12s_scenes_play_the_song_the_whole_upload_and_the_podcast_opens_with_it(build):
    built = build("held_out_12")
    for query in built.queries:
        assert query.upload_start == 0 and query.upload_end == pytest.approx(
            suite.duration_of(built.out / query.file), abs=0.01)
        low, high = suite.SCENE_SECONDS_12[query.family]
        assert low - 0.01 <= query.upload_end <= high + 0.01
        assert query.original_end - query.original_start == pytest.approx(query.upload_end, abs=1e-3)
    workout = next(query for query in built.queries if query.family == "workout")
    high, room = (int(value) for value in suite.GYM_DETAIL.search(workout.detail).groups())
    assert 100 <= high <= 200 and 40 <= room <= 80
    podcast = next(query for query in built.queries if query.family == "podcast")
    intro = float(suite.PODCAST_INTRO.search(podcast.detail)[1])
    assert 3 <= intro <= 6
    upload = suite.sox_read(built.out / podcast.file, [])
    song = suite.sox_read(built.music[podcast.track],
                          ["trim", f"{podcast.original_start:.3f}", f"{intro:.3f}"])
    # the intro is the song alone: nothing else is left once its gain is fitted
    assert suite._level_below(upload, song, 0) < -40
    # then the hosts talk over it: the song far under the rest
    assert suite._level_below(upload, suite.sox_read(built.music[podcast.track], [
        "trim", f"{podcast.original_start + intro + 1:.3f}", "10"]), int((intro + 1) * RATE)) > 10


def test_gym_wind_and_park_are_unit_level_as_long_as_asked_and_the_wind_is_low():
    rng = np.random.default_rng(12)
    for make in (suite.gym, suite.wind, suite.park):
        sound = make(rng, 7.0)
        assert len(sound) == int(7.0 * RATE) and suite.rms(sound) == pytest.approx(1.0, rel=0.01)
    gusts = suite.wind(rng, 7.0)
    power = np.abs(np.fft.rfft(gusts)) ** 2
    frequencies = np.fft.rfftfreq(len(gusts), 1 / RATE)
    assert power[frequencies < 400].sum() > 0.8 * power.sum()


@needs_sox
def test_held_out_12s_own_negatives_copy_nothing_and_a_looped_bar_repeats_exactly(tmp_path,
                                                                                  monkeypatch):
    songs = [tmp_path / "game--a.wav", tmp_path / "other--b.wav"]
    for number, song in enumerate(songs):
        _song(song, 45, 120 + number)
    handed = []
    monkeypatch.setattr(suite, "_held_out_11_negatives", lambda rng, unrelated, *args:
                        handed.append(unrelated) or [])
    out, work = tmp_path / "suite", tmp_path / "work"
    out.mkdir()
    work.mkdir()
    queries = suite._held_out_12_negatives(np.random.default_rng(1), songs, work, out,
                                           PARTS["held_out_12"].lines, _beeps(tmp_path), [],
                                           suite.park)
    assert handed == [songs]
    kinds = {}
    for query in queries:
        kinds[query.family] = kinds.get(query.family, 0) + 1
        assert query.track is None and query.action == "none" and not query.truth().copies
        assert (out / query.file).exists()
    assert kinds == {**{f"neg-{family}": 4 for family in suite.FAMILIES_12},
                     **{f"neg-{family}only": 3 for family in suite.FAMILIES_12},
                     "neg-cutloop": 6}
    for query in queries:
        if query.family == "neg-cutloop":       # one bar, again and again, end joined to start
            times = int(query.detail.split(" x")[1].split(",")[0])
            upload = suite.sox_read(out / query.file, [])
            bar = len(upload) // times
            assert len(upload) == bar * times and 4 * RATE - 1 <= bar <= 8 * RATE + 1
            assert np.array_equal(upload[:bar], upload[bar:2 * bar])


# ------------------------------------------------------------------ held_out_13's own
def test_held_out_13s_tracks_have_held_out_12s_families_and_the_four_new_ones(tmp_path):
    tracks = [tmp_path / f"pkg--t{number:02d}.ogg" for number in range(20)]
    families = PARTS["held_out_13"].families(list(reversed(tracks)))
    twelve = suite.held_out_12_families(tracks)
    for track in tracks:
        assert families[track.name] == twelve[track.name] + suite.FAMILIES_13
    earlier = (suite.HELD_OUT_10_ALWAYS + suite.HELD_OUT_10_TURNS + suite.FAMILIES_10
               + suite.FAMILIES_11 + suite.FAMILIES_12)
    assert not set(suite.FAMILIES_13) & set(earlier)


@needs_sox
def test_held_out_13s_scenes_fill_the_upload_and_the_voice_message_is_in_a_phone_band(build):
    built = build("held_out_13")
    for query in built.queries:
        assert query.upload_start == 0 and query.upload_end == pytest.approx(
            suite.duration_of(built.out / query.file), abs=0.01)
        low, high = suite.SCENE_SECONDS_13[query.family]
        assert low - 0.01 <= query.upload_end <= high + 0.01
    by_family = {query.family: query for query in built.queries}
    high, room = (int(value) for value in suite.VOICENOTE_DETAIL.search(
        by_family["voicenote"].detail).groups())
    assert 120 <= high <= 250 and 20 <= room <= 50
    high, room = (int(value) for value in suite.TOAST_DETAIL.search(
        by_family["toast"].detail).groups())
    assert 80 <= high <= 150 and 50 <= room <= 90
    high, low_pass, room = (int(value) for value in suite.LAPTOP_DETAIL.search(
        by_family["lecture"].detail).groups())
    assert 300 <= high <= 600 and 5000 <= low_pass <= 8000 and 60 <= room <= 95
    upload = suite.sox_read(built.out / by_family["voicenote"].file, [])
    power = np.abs(np.fft.rfft(upload)) ** 2
    frequencies = np.fft.rfftfreq(len(upload), 1 / RATE)
    inside = (frequencies >= 300) & (frequencies <= 3400)
    assert power[inside].sum() > 0.98 * power.sum()         # the line's band, and nothing else


def test_mu_law_keeps_quiet_detail_finer_than_loud():
    ramp = np.linspace(-1, 1, 20001).astype(np.float32)
    coded = suite.mu_law(ramp)
    levels = np.unique(coded)
    assert len(levels) <= 255 and np.max(np.abs(coded - ramp)) < 0.05
    steps = np.diff(levels)
    assert steps[len(steps) // 2] < steps[-1] / 10           # near zero far finer than at the peak


def test_mall_party_hall_and_orders_are_unit_level_as_long_as_asked(tmp_path):
    rng = np.random.default_rng(13)
    sounds = _beeps(tmp_path)
    made = [suite.mall(rng, 7.0), suite.lecture_hall(rng, 7.0),
            suite.order_chimes(rng, 7.0, sounds)]
    if shutil.which("espeak-ng"):
        made.append(suite.party(rng, 7.0, tmp_path, PARTS["held_out_13"].lines))
    for sound in made:
        assert len(sound) == int(7.0 * RATE) and suite.rms(sound) == pytest.approx(1.0, rel=0.01)


@pytest.mark.parametrize("bpm", [96.0, 128.0])
def test_tempo_of_finds_a_drum_machines_and_a_metronomes_tempo(bpm):
    rng = np.random.default_rng(int(bpm))
    beat, said = suite.drum_loop(rng, 20.0, bpm)
    assert said == bpm
    assert suite.tempo_of(beat) == pytest.approx(bpm, rel=0.03)
    clicks = suite.metronome(rng, 20.0, bpm)
    assert suite.tempo_of(clicks) == pytest.approx(bpm, rel=0.03)
    loud = np.flatnonzero(np.abs(clicks) > 0.3 * np.max(np.abs(clicks)))
    onsets = loud[np.diff(loud, prepend=-RATE) > 0.1 * RATE]      # each click's first loud sample
    gaps = np.diff(onsets) / RATE
    assert np.median(gaps) == pytest.approx(60 / bpm, rel=0.01)


def test_chords_comped_keep_the_harmony_and_copy_no_recording():
    times = np.arange(int(4 * RATE)) / RATE
    def triad(root: int) -> np.ndarray:                      # three pitch classes over a bass
        notes = [root, root + 4, root + 7]
        return sum(np.sin(2 * np.pi * 261.63 * 2 ** (note / 12) * times) for note in notes) \
            + np.sin(2 * np.pi * 130.81 * 2 ** (root / 12) * times)
    music = np.concatenate([triad(0), triad(5)]).astype(np.float32)   # C major, then F major
    chords = suite.chord_line(music)
    assert {frozenset(row) for row in chords[1:7]} == {frozenset({0, 4, 7})}
    assert {frozenset(row) for row in chords[9:15]} == {frozenset({5, 9, 0})}
    comped = suite._comped(np.random.default_rng(5), chords)
    assert suite.rms(comped) == pytest.approx(1.0, rel=0.01)
    again = suite.chord_line(comped)
    assert {frozenset(row) for row in again[1:7]} == {frozenset({0, 4, 7})}
    assert {frozenset(row) for row in again[9:15]} == {frozenset({5, 9, 0})}
    size = min(len(music), len(comped))
    correlation = np.corrcoef(music[:size], comped[:size])[0, 1]
    assert abs(correlation) < 0.1                            # the harmony, not the recording


@needs_sox
def test_held_out_13s_own_negatives_copy_nothing_and_name_what_they_borrow(tmp_path, monkeypatch):
    songs = [tmp_path / "game--a.wav", tmp_path / "game--b.wav", tmp_path / "other--c.wav"]
    for number, song in enumerate(songs):
        _song(song, 45, 140 + number)
    registered = tmp_path / "pkg--reg.wav"
    _song(registered, 60, 150)
    handed = []
    monkeypatch.setattr(suite, "_held_out_12_negatives", lambda rng, unrelated, *args:
                        handed.append(unrelated) or [])
    out, work = tmp_path / "suite", tmp_path / "work"
    out.mkdir()
    work.mkdir()
    queries = suite._held_out_13_negatives(np.random.default_rng(1), songs, work, out,
                                           PARTS["held_out_13"].lines, _beeps(tmp_path),
                                           [registered], suite.mall)
    assert handed == [songs]
    kinds = {}
    for query in queries:
        kinds[query.family] = kinds.get(query.family, 0) + 1
        assert query.track is None and query.action == "none" and not query.truth().copies
        assert (out / query.file).exists()
    assert kinds == {**{f"neg-{family}": 4 for family in suite.FAMILIES_13},
                     **{f"neg-{family}only": 3 for family in suite.FAMILIES_13},
                     "neg-tempobeat": 6, "neg-tempobeatvlog": 4, "neg-chords": 6,
                     "neg-xfadevlog": 4}
    for query in queries:
        if query.family == "neg-tempobeat":     # the registered song's tempo, and it alone
            assert registered.name in query.detail
            bpm = float(query.detail.split("(")[1].split(" BPM")[0])
            heard = suite.tempo_of(suite.sox_read(out / query.file, []))
            assert heard == pytest.approx(bpm, rel=0.03)
        if query.family == "neg-chords":
            assert registered.name in query.detail
        if query.family == "neg-xfadevlog":     # two unregistered tracks, never a registered one
            named = [song.name for song in songs if song.name in query.detail]
            assert len(named) == 2 and registered.name not in query.detail
    pairs = [query.detail for query in queries if query.family == "neg-xfadevlog"]
    assert all(detail.count("game--") == 2 for detail in pairs[::2])   # one game's two


# ------------------------------------------------------------------ held_out_14's own
def test_held_out_14s_tracks_have_held_out_13s_families_and_the_five_new_ones(tmp_path):
    tracks = [tmp_path / f"pkg--t{number:02d}.flac" for number in range(20)]
    families = PARTS["held_out_14"].families(list(reversed(tracks)))
    thirteen = suite.held_out_13_families(tracks)
    for track in tracks:
        assert families[track.name] == thirteen[track.name] + suite.FAMILIES_14
    earlier = (suite.HELD_OUT_10_ALWAYS + suite.HELD_OUT_10_TURNS + suite.FAMILIES_10
               + suite.FAMILIES_11 + suite.FAMILIES_12 + suite.FAMILIES_13)
    assert not set(suite.FAMILIES_14) & set(earlier)


@needs_sox
def test_held_out_14s_dance_is_pitched_up_and_sped_up_and_its_spans_say_so(build):
    built = build("held_out_14")
    dance = next(query for query in built.queries if query.family == "dancepitch")
    speed = float(dance.detail.split()[0].lstrip("x"))
    cents = int(dance.detail.split("+")[1].split()[0])
    assert 1.10 <= speed <= 1.25 and 100 <= cents <= 200 and "dancepitch" in suite.SPEED_FAMILIES
    heard = (dance.original_end - dance.original_start) / (dance.upload_end - dance.upload_start)
    assert heard == pytest.approx(speed, rel=0.01)
    assert 0.5 <= dance.upload_start <= 1.5                 # the steps alone first
    seconds = suite.duration_of(built.out / dance.file)
    assert dance.upload_end == pytest.approx(seconds, abs=0.05)
    # the song's notes, a semitone or two up: the made song's strongest pitch moves by the cents
    song = suite._trim(built.music[dance.track], dance.original_start,
                       dance.original_end - dance.original_start)
    upload = suite.sox_read(built.out / dance.file, [])[int(dance.upload_start * RATE):]
    def peak(samples):
        power = np.abs(np.fft.rfft(samples)) ** 2
        frequencies = np.fft.rfftfreq(len(samples), 1 / RATE)
        chroma = np.zeros(1200)
        keep = frequencies > 100
        cents_of = np.round(1200 * np.log2(frequencies[keep] / 440)).astype(int) % 1200
        np.add.at(chroma, cents_of, power[keep])
        return np.convolve(np.tile(chroma, 3), np.ones(31), "same")[1200:2400]
    shift = np.argmax([peak(upload) @ np.roll(peak(song), lag) for lag in range(1200)])
    assert abs(shift - cents) <= 30 or abs(shift - cents) >= 1170


@needs_sox
def test_held_out_14s_scenes_fill_the_upload_at_their_levels_and_the_podcast_ducks(build):
    built = build("held_out_14")
    by_family = {query.family: query for query in built.queries}
    for family in ("asmrcook", "carradio", "podduck", "grwm"):
        query = by_family[family]
        low, high = suite.SCENE_SECONDS_14[family]
        assert query.upload_start == 0 and low - 0.01 <= query.upload_end <= high + 0.01
        assert query.upload_end == pytest.approx(suite.duration_of(built.out / query.file),
                                                 abs=0.01)
    high, low_pass = (int(value) for value in suite.RADIO_DETAIL.search(
        by_family["carradio"].detail).groups())
    assert 150 <= high <= 300 and 3000 <= low_pass <= 5000
    high, low_pass, room = (int(value) for value in suite.GRWM_DETAIL.search(
        by_family["grwm"].detail).groups())
    assert 500 <= high <= 800 and 6000 <= low_pass <= 9000 and 20 <= room <= 45
    levels = built.report["level_off_by_db"]
    fitted_low, fitted_high = levels["asmrcook"]["music_db_below_the_rest"]
    assert 9 <= fitted_low <= fitted_high <= 19                 # a quiet song under the clatter
    assert "no talk" in by_family["asmrcook"].detail
    assert levels["podduck"]["max_abs_off"] < 3.0               # ducked as deep as it says


def test_station_engine_cooking_and_bathroom_are_unit_level_as_long_as_asked():
    rng = np.random.default_rng(14)
    for sound in (suite.station(rng, 7.0), suite.engine(rng, 7.0),
                  suite.cooking_closeup(rng, 7.0), suite.bathroom(rng, 7.0)):
        assert len(sound) == int(7.0 * RATE) and suite.rms(sound) == pytest.approx(1.0, rel=0.01)


def test_an_idling_engine_fires_at_its_rpm():
    rng = np.random.default_rng(3)
    sound = suite.engine(rng, 10.0)
    power = np.abs(np.fft.rfft(sound)) ** 2
    frequencies = np.fft.rfftfreq(len(sound), 1 / RATE)
    low = (frequencies > 15) & (frequencies < 40)
    firing = frequencies[low][np.argmax(power[low])]
    assert 20 <= firing <= 34                     # a four-cylinder's firing at 650-950 rpm
    assert power[frequencies < 400].sum() > 0.8 * power.sum()


def test_a_whistled_tune_keeps_the_line_an_octave_up_and_copies_no_recording():
    notes = (220.0, 330.0, 261.63, 392.0)
    times = np.arange(int(0.5 * RATE)) / RATE
    music = np.concatenate([sum(np.sin(2 * np.pi * note * harmonic * times) / harmonic
                                for harmonic in (1, 2, 3)) for note in notes]).astype(np.float32)
    pitch, level = suite.melody_line(music * 0.3)
    whistle = suite._whistled(np.random.default_rng(2), pitch, level)
    assert suite.rms(whistle) == pytest.approx(1.0, rel=0.01)
    for number, note in enumerate(notes):          # the middle 0.3 s of each note
        piece = whistle[int((number * 0.5 + 0.1) * RATE):int((number * 0.5 + 0.4) * RATE)]
        spectrum = np.abs(np.fft.rfft(piece * np.hanning(len(piece)), 8 * len(piece)))
        heard = np.argmax(spectrum) * RATE / (8 * len(piece))
        assert abs(1200 * np.log2(heard / (2 * note))) <= 50     # an octave up, 10-40 cents off
    size = min(len(whistle), len(music))
    assert abs(np.corrcoef(whistle[:size], music[:size])[0, 1]) < 0.1


@needs_sox
def test_held_out_14s_own_negatives_copy_nothing_and_name_what_they_borrow(tmp_path, monkeypatch):
    songs = [tmp_path / "game--a.wav", tmp_path / "game--b.wav"]
    for number, song in enumerate(songs):
        _song(song, 45, 150 + number)
    registered = [tmp_path / "pkg--reg.wav", tmp_path / "pkg--two.wav"]
    for number, song in enumerate(registered):
        _song(song, 60, 160 + number)
    ringtone = tmp_path / "lomiri-sounds--Tone.wav"
    _song(ringtone, 6, 170)
    sounds = _beeps(tmp_path) + [ringtone]
    handed = []
    monkeypatch.setattr(suite, "_held_out_13_negatives", lambda rng, unrelated, *args:
                        handed.append(unrelated) or [])
    out, work = tmp_path / "suite", tmp_path / "work"
    out.mkdir()
    work.mkdir()
    queries = suite._held_out_14_negatives(np.random.default_rng(1), songs, work, out,
                                           PARTS["held_out_14"].lines, sounds, registered,
                                           suite.station)
    assert handed == [songs]
    kinds = {}
    for query in queries:
        kinds[query.family] = kinds.get(query.family, 0) + 1
        assert query.track is None and query.action == "none" and not query.truth().copies
        assert (out / query.file).exists()
    assert kinds == {**{f"neg-{family}": 4 for family in suite.FAMILIES_14},
                     **{f"neg-{family}only": 3 for family in suite.FAMILIES_14},
                     "neg-whistled": 6, "neg-karaokebar": 4, "neg-ringtone": 6,
                     "neg-singalong": 6}
    for query in queries:
        named = {path.name for path in registered + songs + [ringtone] if path.name in query.detail}
        if query.family in ("neg-whistled", "neg-singalong"):   # a registered tune, no recording
            assert len(named) == 1 and named <= {path.name for path in registered}
        if query.family in ("neg-karaokebar", *(f"neg-{f}" for f in suite.FAMILIES_14)):
            assert len(named) == 1 and named <= {song.name for song in songs}
        if query.family == "neg-ringtone":
            assert named == {ringtone.name}
            times = int(query.detail.split(" looped x")[1].split()[0])
            assert suite.duration_of(out / query.file) == pytest.approx(
                times * suite.duration_of(ringtone), abs=0.05)
        if query.family == "neg-dancepitch":
            assert query.detail.split(", ")[1].startswith("x1.")


# ------------------------------------------------------------------ held_out_15's own
def test_held_out_15s_tracks_have_held_out_14s_families_and_the_five_new_ones(tmp_path):
    tracks = [tmp_path / f"pkg--t{number:02d}.flac" for number in range(20)]
    families = PARTS["held_out_15"].families(list(reversed(tracks)))
    fourteen = suite.held_out_14_families(tracks)
    for track in tracks:
        assert families[track.name] == fourteen[track.name] + suite.FAMILIES_15
    earlier = (suite.HELD_OUT_10_ALWAYS + suite.HELD_OUT_10_TURNS + suite.FAMILIES_10
               + suite.FAMILIES_11 + suite.FAMILIES_12 + suite.FAMILIES_13 + suite.FAMILIES_14)
    assert not set(suite.FAMILIES_15) & set(earlier)


@needs_sox
def test_held_out_15s_scenes_fill_the_upload_and_the_slowed_edit_says_its_speed(build):
    built = build("held_out_15")
    by_family = {query.family: query for query in built.queries}
    for family in suite.FAMILIES_15:
        query = by_family[family]
        low, high = suite.SCENE_SECONDS_15[family]
        assert query.upload_start == 0 and low - 0.01 <= query.upload_end <= high + 0.01
        assert query.upload_end == pytest.approx(suite.duration_of(built.out / query.file),
                                                 abs=0.01)
    slowed = by_family["slowvlog"]
    speed = float(slowed.detail.split()[0].lstrip("x"))
    assert 0.80 <= speed <= 0.90 and "slowvlog" in suite.SPEED_FAMILIES
    held = (slowed.original_end - slowed.original_start) / slowed.upload_end
    assert held == pytest.approx(speed, rel=0.01)        # the edit longer than the song's part
    assert 70 <= int(suite.SLOWVLOG_DETAIL.search(slowed.detail)[1]) <= 100
    high, low_pass = (int(value) for value in suite.POOL_DETAIL.search(
        by_family["pool"].detail).groups())
    assert 200 <= high <= 400 and 6000 <= low_pass <= 9000
    high, room, echo = (int(value) for value in suite.STADIUM_DETAIL.search(
        by_family["stadium"].detail).groups())
    assert 150 <= high <= 300 and 80 <= room <= 100 and 250 <= echo <= 450
    levels = built.report["level_off_by_db"]
    for family in suite.FAMILIES_15:                        # each fitted back where its row says
        assert levels[family]["max_abs_off"] < 1.0
    low, high = levels["singover"]["music_db_below_the_rest"]
    assert -0.5 <= low <= high <= 6.5                       # the singer only a little over it


def test_beach_rain_pool_and_stadium_are_unit_level_as_long_as_asked(tmp_path):
    rng = np.random.default_rng(15)
    made = [suite.beach(rng, 7.0), suite.rain_on_umbrella(rng, 7.0), suite.stadium(rng, 7.0)]
    if shutil.which("espeak-ng") and shutil.which("sox"):
        made.append(suite.pool_party(rng, 7.0, tmp_path, PARTS["held_out_15"].lines))
    for sound in made:
        assert len(sound) == int(7.0 * RATE) and suite.rms(sound) == pytest.approx(1.0, rel=0.01)
    rain = suite.rain_on_umbrella(rng, 10.0)
    power = np.abs(np.fft.rfft(rain)) ** 2
    frequencies = np.fft.rfftfreq(len(rain), 1 / RATE)
    assert power[frequencies > 1000].sum() > 0.7 * power.sum()     # drops tick, high


@pytest.mark.parametrize("kind", suite.SLEEP_KINDS)
def test_a_sleep_tracks_noise_slopes_as_its_colour_says(kind):
    sound = suite.sleep_noise(np.random.default_rng(4), 10.0, kind)
    assert len(sound) == int(10.0 * RATE) and suite.rms(sound) == pytest.approx(1.0, rel=0.01)
    power = np.abs(np.fft.rfft(sound)) ** 2
    frequencies = np.fft.rfftfreq(len(sound), 1 / RATE)
    low = power[(frequencies > 100) & (frequencies < 400)].mean()
    high = power[(frequencies > 3200) & (frequencies < 6400)].mean()
    slope = 10 * np.log10(low / high) / 4                  # dB an octave, over four octaves
    expected = {"white": 0.0, "pink": 3.0, "brown": 6.0, "fan": 3.0}[kind]
    assert slope == pytest.approx(expected, abs=1.0)


def test_chords_strummed_keep_the_harmony_and_copy_no_recording():
    times = np.arange(int(4 * RATE)) / RATE
    def triad(root: int) -> np.ndarray:
        notes = [root, root + 4, root + 7]
        return sum(np.sin(2 * np.pi * 261.63 * 2 ** (note / 12) * times) for note in notes) \
            + np.sin(2 * np.pi * 130.81 * 2 ** (root / 12) * times)
    music = np.concatenate([triad(0), triad(5)]).astype(np.float32)   # C major, then F major
    chords = suite.chord_line(music)
    guitar = suite.strummed(np.random.default_rng(6), chords, 100.0)
    assert len(guitar) == len(chords) * int(0.5 * RATE)
    assert suite.rms(guitar) == pytest.approx(1.0, rel=0.01)
    again = suite.chord_line(guitar)
    # every half second holds two of the chord's three pitch classes at least (a string's third
    # harmonic, a fifth up, now and then among the strongest), most of them all three
    shared = [len(set(row) & {0, 4, 7}) for row in again[1:7]] \
        + [len(set(row) & {5, 9, 0}) for row in again[9:15]]
    assert min(shared) >= 2 and shared.count(3) >= 6
    size = min(len(music), len(guitar))
    assert abs(np.corrcoef(music[:size], guitar[:size])[0, 1]) < 0.1


@needs_sox
def test_held_out_15s_own_negatives_copy_nothing_and_name_what_they_borrow(tmp_path, monkeypatch):
    songs = [tmp_path / "pkg--b.wav", tmp_path / "game--a.wav"]
    for number, song in enumerate(songs):
        _song(song, 45, 180 + number)
    registered = [tmp_path / "pkg--reg.wav", tmp_path / "pkg--two.wav"]
    for number, song in enumerate(registered):
        _song(song, 60, 190 + number)
    handed = []
    monkeypatch.setattr(suite, "_held_out_14_negatives", lambda rng, unrelated, *args:
                        handed.append(unrelated) or [])
    out, work = tmp_path / "suite", tmp_path / "work"
    out.mkdir()
    work.mkdir()
    queries = suite._held_out_15_negatives(np.random.default_rng(1), songs, work, out,
                                           PARTS["held_out_15"].lines, _beeps(tmp_path),
                                           registered, suite.beach)
    assert handed == [songs]
    kinds = {}
    for query in queries:
        kinds[query.family] = kinds.get(query.family, 0) + 1
        assert query.track is None and query.action == "none" and not query.truth().copies
        assert (out / query.file).exists()
    assert kinds == {**{f"neg-{family}": 4 for family in suite.FAMILIES_15},
                     **{f"neg-{family}only": 3 for family in suite.FAMILIES_15},
                     "neg-otherband": 6, "neg-busker": 6, "neg-sleep": 4, "neg-samegame": 4}
    for query in queries:
        named = {path.name for path in registered + songs if path.name in query.detail}
        if query.family in ("neg-otherband", "neg-busker", "neg-singoveronly"):
            assert len(named) == 1 and named <= {path.name for path in registered}
        if query.family in (f"neg-{family}" for family in suite.FAMILIES_15):
            assert len(named) == 1 and named <= {song.name for song in songs}
        if query.family == "neg-samegame":      # a registered song's game, never the song
            assert named == {songs[0].name}
        if query.family == "neg-otherband":    # the song's tempo, its own drums
            bpm = float(query.detail.split("at its ")[1].split(" BPM")[0])
            assert 70 <= bpm <= 180


# ------------------------------------------------------------------ held_out_16's own
def test_held_out_16s_tracks_have_held_out_15s_families_and_the_five_new_ones(tmp_path):
    tracks = [tmp_path / f"pkg--t{number:02d}.flac" for number in range(20)]
    families = PARTS["held_out_16"].families(list(reversed(tracks)))
    fifteen = suite.held_out_15_families(tracks)
    for track in tracks:
        assert families[track.name] == fifteen[track.name] + suite.FAMILIES_16
    earlier = (suite.HELD_OUT_10_ALWAYS + suite.HELD_OUT_10_TURNS + suite.FAMILIES_10
               + suite.FAMILIES_11 + suite.FAMILIES_12 + suite.FAMILIES_13 + suite.FAMILIES_14
               + suite.FAMILIES_15)
    assert not set(suite.FAMILIES_16) & set(earlier)


def test_held_out_16s_voices_are_named_variants_no_part_gave_any_language():
    named = lambda voices: {voice.split("+")[1].lower() for voice in voices if "+" in voice}
    own = PARTS["held_out_16"].lines[0]
    assert len(named(own)) == len(own) == 12
    for part in PARTS.values():
        if part.tag != "held_out_16":
            assert not named(own) & named(part.lines[0]), part.tag


@needs_sox
def test_held_out_16s_scenes_fill_the_upload_and_say_their_speakers(build):
    built = build("held_out_16")
    by_family = {query.family: query for query in built.queries}
    for family in suite.FAMILIES_16:
        query = by_family[family]
        low, high = suite.SCENE_SECONDS_16[family]
        assert query.upload_start == 0 and low - 0.01 <= query.upload_end <= high + 0.01
        assert query.upload_end == pytest.approx(suite.duration_of(built.out / query.file),
                                                 abs=0.01)
        assert query.original_end - query.original_start == pytest.approx(query.upload_end,
                                                                          abs=0.01)
    high, low_pass, bass = (int(value) for value in suite.VINYL_DETAIL.search(
        by_family["vinyl"].detail).groups())
    assert 30 <= high <= 60 and 8000 <= low_pass <= 10000 and 2 <= bass <= 6
    high, low_pass, room = (int(value) for value in suite.SQUARE_DETAIL.search(
        by_family["fireworks"].detail).groups())
    assert 120 <= high <= 250 and 7000 <= low_pass <= 10000 and 30 <= room <= 60
    levels = built.report["level_off_by_db"]
    low, high = levels["unboxing"]["music_db_below_the_rest"]
    assert 11 <= low <= high <= 21                          # a quiet bed under the unboxer
    low, high = levels["fireworks"]["music_db_below_the_rest"]
    assert 1 <= low <= high <= 11


def _frames_db(sound: np.ndarray, seconds: float = 0.05) -> np.ndarray:
    size = int(seconds * RATE)
    frames = sound[:len(sound) // size * size].reshape(-1, size)
    return 10 * np.log10(np.mean(frames ** 2, axis=1) + 1e-12)


def test_backyard_dog_board_record_box_and_fireworks_are_unit_level_as_long_as_asked():
    rng = np.random.default_rng(16)
    made = {"backyard": suite.backyard(rng, 7.0), "dog": suite.dog(rng, 7.0),
            "board": suite.skateboard(rng, 7.0), "record": suite.record_surface(rng, 7.0),
            "box": suite.unboxing_sounds(rng, 7.0)}
    if shutil.which("espeak-ng") and shutil.which("sox"):
        made["fireworks"] = suite.fireworks(rng, 7.0, PARTS["held_out_16"].lines)
    for name, sound in made.items():
        assert len(sound) == int(7.0 * RATE), name
        assert suite.rms(sound) == pytest.approx(1.0, rel=0.01), name
    levels = _frames_db(suite.dog(rng, 20.0))
    assert np.percentile(levels, 95) - np.percentile(levels, 50) > 6     # barks, not a drone
    record = suite.record_surface(rng, 20.0)
    power = np.abs(np.fft.rfft(record)) ** 2
    frequencies = np.fft.rfftfreq(len(record), 1 / RATE)
    assert power[frequencies > 1000].sum() > 0.5 * power.sum()          # crackle and hiss, high


def _triads() -> np.ndarray:
    """Two seconds of C major then two of F major, each chord's notes and its root an octave
    under: a harmony and a loudest line to cover."""
    times = np.arange(int(2 * RATE)) / RATE
    def triad(root: int) -> np.ndarray:
        notes = [root, root + 4, root + 7]
        return sum(np.sin(2 * np.pi * 261.63 * 2 ** (note / 12) * times) for note in notes) \
            + np.sin(2 * np.pi * 130.81 * 2 ** (root / 12) * times)
    return np.concatenate([triad(0), triad(5), triad(0), triad(5)]).astype(np.float32)


def test_an_8_bit_cover_keeps_the_harmony_and_copies_no_recording():
    music = _triads()
    cover, bpm = suite.chiptune(np.random.default_rng(5), music)
    assert 40 <= bpm <= 240 and suite.rms(cover) == pytest.approx(1.0, rel=0.01)
    chords = suite.chord_line(cover)
    shared = [len(set(row) & ({0, 4, 7} if (index // 4) % 2 == 0 else {5, 9, 0}))
              for index, row in enumerate(chords[:16]) if index % 4 not in (0, 3)]
    assert min(shared) >= 2
    size = min(len(music), len(cover))
    assert abs(np.corrcoef(music[:size], cover[:size])[0, 1]) < 0.1


def test_a_piano_plays_the_loudest_line_note_by_note_and_copies_no_recording():
    times = np.arange(int(0.5 * RATE)) / RATE
    notes = [0, 4, 7, 12, 7, 4, 0, 5]
    music = np.concatenate([np.sin(2 * np.pi * 220 * 2 ** (note / 12) * times)
                            for note in notes]).astype(np.float32)
    pitch, level = suite.melody_line(music)
    keys = suite.piano(np.random.default_rng(8), pitch, level)
    assert len(keys) == len(pitch) * 512 and suite.rms(keys) == pytest.approx(1.0, rel=0.01)
    again, _level = suite.melody_line(keys)
    size = min(len(pitch), len(again))
    pitch, again = pitch[:size], again[:size]
    voiced = (pitch > 0) & (again > 0)
    same = np.abs(12 * np.log2(again[voiced] / pitch[voiced])) < 0.6
    assert voiced.mean() > 0.8 and same.mean() > 0.8              # the same tune
    size = min(len(music), len(keys))
    assert abs(np.corrcoef(music[:size], keys[:size])[0, 1]) < 0.1


@needs_sox
def test_held_out_16s_own_negatives_copy_nothing_and_name_what_they_borrow(tmp_path, monkeypatch):
    songs = [tmp_path / "pkg--b.wav", tmp_path / "game--a.wav"]
    for number, song in enumerate(songs):
        _song(song, 45, 200 + number)
    registered = [tmp_path / "pkg--reg.wav", tmp_path / "pkg--two.wav"]
    for number, song in enumerate(registered):
        _song(song, 60, 210 + number)
    handed = []
    monkeypatch.setattr(suite, "_held_out_15_negatives", lambda rng, unrelated, *args:
                        handed.append(unrelated) or [])
    out, work = tmp_path / "suite", tmp_path / "work"
    out.mkdir()
    work.mkdir()
    queries = suite._held_out_16_negatives(np.random.default_rng(1), songs, work, out,
                                           PARTS["held_out_16"].lines, _beeps(tmp_path),
                                           registered, suite.backyard)
    assert handed == [songs]
    kinds = {}
    for query in queries:
        kinds[query.family] = kinds.get(query.family, 0) + 1
        assert query.track is None and query.action == "none" and not query.truth().copies
        assert (out / query.file).exists()
    assert kinds == {**{f"neg-{family}": 4 for family in suite.FAMILIES_16},
                     **{f"neg-{family}only": 3 for family in suite.FAMILIES_16},
                     "neg-chiptune": 6, "neg-pianolesson": 6}
    for query in queries:
        named = {path.name for path in registered + songs if path.name in query.detail}
        if query.family in ("neg-chiptune", "neg-pianolesson"):
            assert len(named) == 1 and named <= {path.name for path in registered}
        elif query.family in (f"neg-{family}" for family in suite.FAMILIES_16):
            assert len(named) == 1 and named <= {song.name for song in songs}
        else:
            assert not named
