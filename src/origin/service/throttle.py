"""Limits on requests: per-key rates, counted by the ``limits`` library (moving windows), and
the body size (FastAPI's ``max_body_size`` counts streamed bodies; ``DeclaredBodyLimit`` answers
a declared oversize Content-Length at once, as JSON like every other API error).

``memory://`` counts inside one process: with ``serve --workers N`` each worker counts on its
own, so a key gets up to N times the rate. A shared store (``redis://...``, which ``limits``
supports) counts across workers and hosts.
"""
from __future__ import annotations

import json
import math
import time

from limits import parse_many
from limits.errors import ConfigurationError
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

from origin.service.errors import over_the_limit

DEFAULT_RATE = "50/second;1000/minute"


class StorageUnusable(ValueError):
    """A ``--rate-storage`` the limits library cannot use (an unknown scheme, or redis:// without
    the redis package): named in one line, not a traceback."""


class RateLimit:
    """``hit(who)`` counts one request and says how long to wait when it is over the rate."""

    def __init__(self, rate: str = DEFAULT_RATE, storage: str = "memory://"):
        try:
            self.items = parse_many(rate)
        except ValueError as error:
            raise ValueError(f"rate {rate!r}: {error} (e.g. '50/second;1000/minute')") from None
        if any(item.amount < 1 for item in self.items):
            raise ValueError(f"rate {rate!r}: a limit of 0 requests lets no request through "
                             "(e.g. '50/second;1000/minute')")
        self.rate = rate
        try:
            backend = storage_from_string(storage)
        except ConfigurationError as error:
            raise StorageUnusable(f"{storage!r}: {error}") from None
        self.limiter = MovingWindowRateLimiter(backend)

    def hit(self, who: str) -> float | None:
        """None when the request may go on; else the seconds until it would be allowed."""
        for item in self.items:
            if not self.limiter.hit(item, who):
                reset = self.limiter.get_window_stats(item, who).reset_time
                return max(1.0, math.ceil(reset - time.time()))
        return None


class DeclaredBodyLimit:
    """ASGI middleware: 413 before reading a body whose Content-Length is over the limit."""

    def __init__(self, app, max_body_bytes: int):
        self.app, self.max_body_bytes = app, max_body_bytes

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            declared = dict(scope["headers"]).get(b"content-length", b"")
            if declared.isdigit() and int(declared) > self.max_body_bytes:
                body = json.dumps({"detail": over_the_limit(self.max_body_bytes),
                                   "field": None}).encode()
                await send({"type": "http.response.start", "status": 413,
                            "headers": [(b"content-type", b"application/json"),
                                        (b"content-length", str(len(body)).encode()),
                                        (b"connection", b"close")]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)
