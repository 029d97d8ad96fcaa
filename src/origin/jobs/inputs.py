"""A job's input files: folders expanded to the videos in them, and each file's content hash."""
from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import replace
from pathlib import Path
from typing import Iterable, TypeVar

from origin.errors import InputError, printable

Item = TypeVar("Item")   # a job's input record: a dataclass with ``path`` and ``error``

# .gif: short looping clips are uploaded as animated GIFs; named alone they registered and
# scanned, but a folder of them was "no video or sound file in this folder" (stop 28)
# .mts/.m2ts (camcorders' AVCHD), .ogv (Ogg video), .vob (DVD), .mxf (broadcast), .3g2, .f4v,
# .asf and .aif/.aiff, .wma, .mka, .weba: named alone each registered and scanned, but a folder
# of them was "no video or sound file in this folder" and one beside other videos was left out
# in silence (stop 41)
VIDEO_SUFFIXES = {".mp4", ".m4v", ".mov", ".avi", ".mkv", ".webm", ".flv", ".wmv", ".mpg",
                  ".mpeg", ".ts", ".3gp", ".gif", ".mts", ".m2ts", ".ogv", ".vob", ".mxf",
                  ".3g2", ".f4v", ".asf"}
AUDIO_SUFFIXES = {".ogg", ".oga", ".mp3", ".m4a", ".aac", ".flac", ".wav", ".opus", ".aif",
                  ".aiff", ".wma", ".mka", ".weba"}
MEDIA_SUFFIXES = VIDEO_SUFFIXES | AUDIO_SUFFIXES
# said of every empty path a command is given: files and folders to register or scan, intake
# files, --out, the workspace (-w, ORIGIN_WORKSPACE)
EMPTY_PATH = "an empty path names no file or folder (the current one is '.')"


def expand_paths(paths: Iterable[str | Path]) -> list[str]:
    """Files as given, folders recursed (video and sound suffixes only); missing paths kept to
    fail later, and so is an empty one: ``Path('')`` is the current folder, and ``originals add
    "$DIR"`` with DIR unset registered everything under it. In a folder, a name with a video or
    sound suffix that is no regular file (a pipe, a device, a link to nothing) is kept too, to
    fail alone saying what it is (``input_problem``): it was left out in silence, and a folder
    of such names said "no video or sound file in this folder". So is a folder under it that
    cannot be listed (rglob skips it in silence: its files were never scanned)."""
    found: list[str] = []
    for path in paths:
        if not str(path):
            found.append("")
        elif _is_dir(path):
            found += sorted([str(p) for p in Path(path).rglob("*")
                             if p.suffix.lower() in MEDIA_SUFFIXES and not p.is_dir()]
                            + _unlisted_folders(path))
        else:
            found.append(str(Path(path)))
    return found


def _unlisted_folders(folder: str | Path) -> list[str]:
    """The folders under ``folder`` (itself included) that cannot be listed, walked as rglob
    walks (links to folders not followed)."""
    unlisted: list[str] = []
    for _ in os.walk(folder, onerror=lambda error: unlisted.append(str(Path(error.filename)))):
        pass
    return unlisted


def _is_dir(path: str | Path) -> bool:
    """``Path.is_dir`` that says False for a name the system cannot look up at all (too long:
    pathlib raised, a traceback before any file was done); the name then fails alone
    (``input_problem``)."""
    try:
        return Path(path).is_dir()
    except OSError:
        return False


def input_problem(path: str | Path) -> str | None:
    """Why a named input cannot enter a batch before anything reads it, or None.

    A name that is not UTF-8 cannot be stored or printed as text, and a device or pipe
    (``/dev/zero``) would be hashed forever; both fail alone instead of stopping the batch.
    A link that leads back to itself fails here too. A missing file is left to fail when it
    is read, naming the reason the system gives.
    """
    if not str(path):
        return EMPTY_PATH
    if str(path) == "-" and not os.path.lexists(path):
        # intake files read '-' as standard input; a video named so was "-: no such file"
        return ("no such file (standard input is read for intake files only: name the video "
                "or sound file)")
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return "file name is not valid UTF-8 (rename the file)"
    try:
        mode = Path(path).stat().st_mode
    except OSError as error:
        if error.errno == errno.ELOOP:         # resolving it later was a RuntimeError traceback
            return "a loop of symbolic links"
        if error.errno == errno.ENAMETOOLONG:  # a traceback until stop 43
            return f"name too long for the file system ({len(os.fsencode(path))} bytes)"
        if error.errno == errno.ENOENT and os.path.islink(path):
            # "a.mp4: no such file" named the link, which is there, and not what is missing
            return f"a symbolic link to '{printable(os.readlink(path))}', where there is no file"
        return None
    if stat.S_ISDIR(mode) and (unreadable := _listing_problem(path)):
        return f"a folder that cannot be read ({unreadable}): nothing in it was read"
    if not stat.S_ISREG(mode):
        kind = "folder" if stat.S_ISDIR(mode) else "pipe" if stat.S_ISFIFO(mode) else \
            "device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "special file"
        return f"not a regular file (a {kind})"
    return None


def _listing_problem(folder: str | Path) -> str | None:
    """Why the system will not list ``folder`` (``Permission denied``), or None."""
    try:
        with os.scandir(folder):
            return None
    except OSError as error:
        return error.strerror or type(error).__name__


def failed_early(item: Item) -> Item:
    """``item``, failed before anything reads it when ``input_problem`` finds its file unusable
    (named as printed: a name that is not UTF-8 cannot go into JSON as it is)."""
    problem = None if item.error else input_problem(item.path)
    if problem is None:
        return item
    error = InputError(item.path, problem)
    return replace(item, path=error.source, error=str(error))


def resolved(path: str | Path) -> str:
    """The absolute path stored and handed to workers (a cluster's workers have other cwds)."""
    return str(Path(path).resolve())


def as_given(error: str, path: str, shown: str | None = None) -> str:
    """A worker's error about ``path`` named as the user gave it (``shown``, default ``path``):
    workers get absolute paths, and ``media/a.mp4: ...`` is what the user can find, not
    ``/srv/jobs/12/media/a.mp4: ...``."""
    absolute = printable(resolved(path))
    if error.startswith(absolute + ": "):
        return printable(shown or path) + error[len(absolute):]
    return error


def content_hash(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
