"""The container a media stream opens to check a file's header, held for its first pass.

Each open runs FFmpeg's stream probe (5-14 ms for H.264 in MP4), so ``FrameStream`` and
``AudioStream`` keep the container they checked the header with and decode from it. A stream
built and never iterated (a job that fails another way first, a caller that only wanted the
header) kept that container, its file descriptor and demuxer buffers until a cycle collection
ran: now it is closed when the stream is collected, on ``close()`` or at the end of a ``with``.
"""
from __future__ import annotations

import weakref
from typing import Callable


class HeldHeader:
    """Mixin: ``_hold`` the header's container, ``_take`` it for the first pass (then each
    later pass opens its own), ``close`` or leave a ``with`` to let it go unused."""

    _header = None
    _release: weakref.finalize | None = None

    def _hold(self, container) -> None:
        self._header = container
        self._release = weakref.finalize(self, container.close)

    def _take(self, reopen: Callable[[], object]):
        """The held container, once; afterwards a new one from ``reopen``."""
        container, self._header = self._header, None
        if container is None:
            return reopen()
        self._release.detach()          # the pass closes it (its ``with``)
        return container

    def close(self) -> None:
        """Close the held container if no pass has taken it."""
        self._header = None
        if self._release is not None:
            self._release()

    def __enter__(self):
        return self

    def __exit__(self, *_exc) -> None:
        self.close()
