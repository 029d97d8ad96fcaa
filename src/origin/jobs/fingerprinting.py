"""The per-file step every job runs first, wherever it runs: hash the bytes, decode, fingerprint.

Pure functions of a path, so an executor can run them in another process; errors come back as
values (one bad file never stops a batch).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from origin.audio.fingerprint import fingerprint_audio
from origin.audio.peaks import Peaks
from origin.errors import InputError, printable, reason_of
from origin.jobs.inputs import content_hash
from origin.media.audio import tracks, tracks_of
from origin.media.video import FrameStream, open_container
from origin.video.fingerprint import (MIN_ORIGINAL_SIDE, ORIGINAL_SAMPLE_FPS, UPLOAD_MIN_FPS,
                                      UPLOAD_SAMPLE_FPS, Fingerprint, fingerprint_original,
                                      fingerprint_upload)
from origin.video.keypoints import (KEYFRAME_FPS, KEYFRAME_LONG_SIDE, SHORT_KEYFRAME_FPS,
                                    SHORT_UPLOAD)


@dataclass
class Fingerprinted:
    """What a worker hands back for one file: its content hash and fingerprints, or the error.

    ``fingerprint`` is the picture's (no codes for a file without pictures), ``audio`` the sound's
    peaks (None without usable sound; ``audio_error`` says why, without the file's name, when
    the file has a sound track); ``picture_error`` why an original's pictures were not
    fingerprinted (too small: ``MIN_ORIGINAL_SIDE``).
    """

    digest: str | None = None
    fingerprint: Fingerprint | None = None
    error: str | None = None
    audio: Peaks | None = None
    audio_error: str | None = None
    picture_error: str | None = None
    # (seconds decoded, seconds the file says): its pictures broke off early (``FrameStream``)
    cut_short: tuple[float, float] | None = None

    @property
    def duration(self) -> float:
        if self.fingerprint is not None and len(self.fingerprint.times):
            return self.fingerprint.duration
        return self.audio.duration if self.audio is not None else 0.0


def cut_short_warning(file: str, done: Fingerprinted, what: str) -> str | None:
    """``FILE: only its first 1.6 s of 6.0 s are <what>: ...`` when its pictures broke off
    early (damaged or cut-short data), else None: the rest of the file is not used, and the
    user must be told (stop 43: registered and scanned without a word)."""
    if done.cut_short is None:
        return None
    decoded, declared = done.cut_short
    return (f"{printable(file)}: only its first {decoded:.1f} s of {declared:.1f} s are {what}: "
            f"its pictures cannot be decoded after that (damaged or cut short)")


def no_pictures(file: str) -> Fingerprint:
    """The picture fingerprint of a sound-only file: nothing to search."""
    return Fingerprint(file, 0.0, np.zeros(0), np.zeros((0, 8), np.uint8), np.zeros(0, np.int64))


def fingerprint_file(file: str, original: bool, digest: str | None = None,
                     wait: bool = False) -> Fingerprinted:
    """Both channels of ``file``: a sound-only file (a song) must have usable sound; a video's
    sound is fingerprinted when it has some, and a bad sound track never fails the video.
    ``wait``: an upload's long 1-a-second keyframes are left for the matcher to describe
    (``fingerprint_upload``)."""
    try:
        digest = digest or content_hash(file)
        # one open shows the tracks and is the picture's first pass; a file FFmpeg cannot
        # read is looked at as ``tracks`` does (libsndfile may read its sound)
        try:
            container = open_container(file)
        except InputError:
            container = None
        present = tracks(file) if container is None else tracks_of(container)
        if not present.video:
            if container is not None:
                container.close()
            if not present.audio:        # a container with no stream: not "no sound track"
                raise InputError(file, "no video or sound stream")
            peaks = fingerprint_audio(file, original)
            return Fingerprinted(digest, no_pictures(file), audio=peaks)
        if original and container is not None and (small := too_small(container)):
            container.close()
            done = Fingerprinted(digest, no_pictures(file), picture_error=small)
        elif original:
            stream = FrameStream(file, ORIGINAL_SAMPLE_FPS, keyframe_fps=KEYFRAME_FPS,
                                 keyframe_long_side=KEYFRAME_LONG_SIDE, container=container)
            done = Fingerprinted(digest, fingerprint_original(stream),
                                 cut_short=stream.cut_short)
        else:
            stream = FrameStream(file, UPLOAD_SAMPLE_FPS, min_fps=UPLOAD_MIN_FPS,
                                 keyframe_fps=KEYFRAME_FPS, keyframe_long_side=KEYFRAME_LONG_SIDE,
                                 short_keyframe_fps=SHORT_KEYFRAME_FPS,
                                 short_until=SHORT_UPLOAD, container=container)
            done = Fingerprinted(digest, fingerprint_upload(stream, wait=wait),
                                 cut_short=stream.cut_short)
    except InputError as error:
        return Fingerprinted(digest, error=str(error))
    except OSError as error:
        reason = "no such file" if isinstance(error, FileNotFoundError) else error.strerror
        return Fingerprinted(digest, error=str(InputError(file, reason)))
    if present.audio:
        try:
            done.audio = fingerprint_audio(file, original)
        except InputError as error:
            done.audio_error = error.reason
        except (OSError, ValueError, MemoryError) as error:
            done.audio_error = f"sound track unusable ({reason_of(error)})"
    return done


def too_small(container) -> str | None:
    """Why an original's picture is too small to fingerprint, if it is (``MIN_ORIGINAL_SIDE``).
    A 2x2 px original registered, and a scan of its own bytes scored 0.19 (stop 31): its codes
    were of a scaler's blur, as likely to meet any smooth upload as itself."""
    codec = container.streams.video[0].codec_context
    if 0 < min(codec.width, codec.height) < MIN_ORIGINAL_SIDE:
        return (f"picture too small to fingerprint ({codec.width}x{codec.height} px; an "
                f"original needs at least {MIN_ORIGINAL_SIDE} px a side)")
    return None


def fingerprint_upload_file(file: str, wait: bool = False) -> Fingerprinted:
    return fingerprint_file(file, original=False, wait=wait)


def fingerprint_original_file(job: tuple[str, tuple[str | None, bool]]) -> Fingerprinted:
    file, (digest, needed) = job
    return fingerprint_file(file, original=True, digest=digest) if needed else Fingerprinted(digest)
