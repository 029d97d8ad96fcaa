"""How many of this process's file descriptors are open on one file (Linux's /proc/self/fd).

The media streams' tests check that a stream lets its file go. Counting every descriptor of the
process was flaky: threads that earlier tests left (a Dask cluster closing, a server) open and
close their own meanwhile, and a full run once counted 278 against 273 (stop 26)."""
from __future__ import annotations

import os
from pathlib import Path

HAS_PROC_FD = os.path.isdir("/proc/self/fd")


def open_on(path: Path | str) -> int:
    """This process's descriptors open on ``path``."""
    target, count = str(Path(path).resolve()), 0
    for name in os.listdir("/proc/self/fd"):
        try:
            count += os.readlink(f"/proc/self/fd/{name}") == target
        except OSError:                  # closed since it was listed
            pass
    return count
