"""The per-file step every job runs first, wherever it runs: hash the bytes, decode, fingerprint.

Pure functions of a path, so an executor can run them in another process; errors come back as
values (one bad file never stops a batch).
"""
from __future__ import annotations

from dataclasses import dataclass

from origin.errors import InputError
from origin.jobs.inputs import content_hash
from origin.media.video import FrameStream
from origin.video.fingerprint import (ORIGINAL_SAMPLE_FPS, UPLOAD_MIN_FPS, UPLOAD_SAMPLE_FPS,
                                      Fingerprint, fingerprint_original, fingerprint_upload)


@dataclass
class Fingerprinted:
    """What a worker hands back for one file: its content hash and fingerprint, or the error."""

    digest: str | None = None
    fingerprint: Fingerprint | None = None
    error: str | None = None


def fingerprint_file(file: str, original: bool, digest: str | None = None) -> Fingerprinted:
    try:
        digest = digest or content_hash(file)
        if original:
            return Fingerprinted(digest, fingerprint_original(FrameStream(file, ORIGINAL_SAMPLE_FPS)))
        return Fingerprinted(digest, fingerprint_upload(
            FrameStream(file, UPLOAD_SAMPLE_FPS, min_fps=UPLOAD_MIN_FPS)))
    except InputError as error:
        return Fingerprinted(digest, error=str(error))
    except OSError as error:
        reason = "no such file" if isinstance(error, FileNotFoundError) else error.strerror
        return Fingerprinted(digest, error=str(InputError(file, reason)))


def fingerprint_upload_file(file: str) -> Fingerprinted:
    return fingerprint_file(file, original=False)


def fingerprint_original_file(job: tuple[str, tuple[str | None, bool]]) -> Fingerprinted:
    file, (digest, needed) = job
    return fingerprint_file(file, original=True, digest=digest) if needed else Fingerprinted(digest)
