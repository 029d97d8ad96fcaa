"""What every system in the benchmark hands back, and how its fingerprinting cost is measured."""
from __future__ import annotations

import os
import resource
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator

from benchmarks.metrics import Prediction


@dataclass
class SystemRun:
    """One system's predictions on the suite, plus the CPU its fingerprinting took."""

    system: str
    predictions: list[Prediction] = field(default_factory=list)
    fingerprint_cpu_seconds: float = 0.0
    fingerprinted_video_seconds: float = 0.0
    errors: dict[str, str] = field(default_factory=dict)   # file -> why it could not be fingerprinted
    notes: list[str] = field(default_factory=list)
    distractor_originals: int = 0        # originals of distractor codes in the index (origin only)
    windows: dict | None = None          # negative windows scanned against them (origin only)

    @property
    def realtime_per_core(self) -> float | None:
        """Seconds of video fingerprinted per CPU-second (all threads and child processes)."""
        if self.fingerprint_cpu_seconds <= 0:
            return None
        return self.fingerprinted_video_seconds / self.fingerprint_cpu_seconds


def cpu_seconds() -> float:
    """CPU of this process (every thread) and of its finished children (e.g. an ffmpeg decoder)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@contextmanager
def quiet_stderr() -> Iterator[None]:
    """Silence native code and child processes that write to fd 2 (tmkpy's ffmpeg banner)."""
    sys.stderr.flush()
    saved = os.dup(2)
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)
