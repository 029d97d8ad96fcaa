"""The time enforcement runs on: injectable, so legal timers can be tested without waiting."""
from __future__ import annotations

import os
from datetime import datetime, timezone

NOW_VARIABLE = "ORIGIN_NOW"   # ISO datetime; lets a CLI story jump past a legal period


def utc(moment: datetime | None) -> datetime | None:
    """A zone-aware UTC datetime; naive values (as SQLite returns them) are taken as UTC."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def parse(text: str) -> datetime:
    """An ISO 8601 datetime or date; without a zone it is UTC."""
    return utc(datetime.fromisoformat(text.strip().replace("Z", "+00:00")))


def now() -> datetime:
    """The current time, or ``$ORIGIN_NOW`` when set."""
    fixed = os.environ.get(NOW_VARIABLE)
    return parse(fixed) if fixed else datetime.now(timezone.utc)
