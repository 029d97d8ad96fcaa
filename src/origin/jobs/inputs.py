"""A job's input files: folders expanded to the videos in them, and each file's content hash."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterable

VIDEO_SUFFIXES = {".mp4", ".m4v", ".mov", ".avi", ".mkv", ".webm", ".flv", ".wmv", ".mpg",
                  ".mpeg", ".ts", ".3gp"}
AUDIO_SUFFIXES = {".ogg", ".oga", ".mp3", ".m4a", ".aac", ".flac", ".wav", ".opus"}
MEDIA_SUFFIXES = VIDEO_SUFFIXES | AUDIO_SUFFIXES


def expand_paths(paths: Iterable[str | Path]) -> list[str]:
    """Files as given, folders recursed (video and sound suffixes only); missing paths kept to
    fail later."""
    found: list[str] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found += sorted(str(p) for p in path.rglob("*")
                            if p.is_file() and p.suffix.lower() in MEDIA_SUFFIXES)
        else:
            found.append(str(path))
    return found


def resolved(path: str | Path) -> str:
    """The absolute path stored and handed to workers (a cluster's workers have other cwds)."""
    return str(Path(path).resolve())


def content_hash(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
