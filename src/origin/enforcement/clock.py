"""The time enforcement runs on: injectable, so legal timers can be tested without waiting."""
from __future__ import annotations

import os
from datetime import datetime, timezone

from origin.errors import InputError
from origin.rows import parse_moment

NOW_VARIABLE = "ORIGIN_NOW"   # ISO datetime; lets a CLI story jump past a legal period


def utc(moment: datetime | None) -> datetime | None:
    """A zone-aware UTC datetime; naive values (as SQLite returns them) are taken as UTC."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def parse(text: str) -> datetime:
    """An ISO 8601 datetime or date; without a zone it is UTC. ``ValueError`` saying why not."""
    return parse_moment(text)


def now() -> datetime:
    """The current time, or ``$ORIGIN_NOW`` when set (an ``InputError`` naming it if invalid)."""
    fixed = os.environ.get(NOW_VARIABLE)
    if not fixed:
        return datetime.now(timezone.utc)
    try:
        return parse(fixed)
    except ValueError as error:
        raise InputError(NOW_VARIABLE, str(error)) from None
