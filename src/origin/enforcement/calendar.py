"""Working days per jurisdiction from the official holiday calendars (``holidays`` package).

China's calendar includes the make-up working days (调休) that fall on weekends, which the
``holidays`` package exposes as ``weekend_workdays``; ``is_working_day`` honours them.
Deadlines are counted on the jurisdiction's local dates, then kept in UTC.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from origin.enforcement.clock import utc


MAX_PERIOD_DAYS = 3660            # no legal period here is longer than ten years


@dataclass(frozen=True)
class Period:
    """A legal period: ``amount`` calendar days or working days."""

    amount: int
    unit: str = "working_days"      # or "days"

    def __post_init__(self) -> None:
        if self.unit not in ("working_days", "days"):
            raise ValueError(f"period unit must be 'working_days' or 'days', not {self.unit!r}")
        if self.amount < 0:
            raise ValueError(f"period amount must not be negative, got {self.amount}")
        if self.amount > MAX_PERIOD_DAYS:   # walked day by day; a huge one ran past year 9999
            raise ValueError(f"period amount must be at most {MAX_PERIOD_DAYS} (ten years), "
                             f"got {self.amount}")

    def __str__(self) -> str:
        return f"{self.amount} {self.unit.replace('_', ' ')}"


class WorkingCalendar:
    """Working-day arithmetic for one country's official calendar in its local time zone."""

    def __init__(self, country: str, timezone: str):
        self.country = country
        import holidays        # ~0.1 s to import: only commands that count deadlines pay it

        self.zone = ZoneInfo(timezone)
        self._holidays = holidays.country_holidays(country)
        self._working: dict[date, bool] = {}
        self._ordinals: list[int] = [0]     # working days from EPOCH to EPOCH + index days
        self._before_epoch: list[int] = [0]  # working days in the index days up to EPOCH

    def is_working_day(self, day: date) -> bool:
        known = self._working.get(day)
        if known is None:
            known = self._working[day] = self._holidays.is_working_day(day)
        return known

    def local_date(self, moment: datetime) -> date:
        return utc(moment).astimezone(self.zone).date()

    def add(self, start: datetime, period: Period) -> datetime:
        """The deadline ``period`` after ``start``: same local time of day on the last day."""
        local = utc(start).astimezone(self.zone)
        if period.unit == "days":
            day = local.date() + timedelta(days=period.amount)
        else:
            day = self.add_working_days(local.date(), period.amount)
        return utc(datetime.combine(day, local.timetz()).replace(tzinfo=self.zone))

    def add_working_days(self, day: date, count: int) -> date:
        """The ``count``-th working day after ``day`` (``day`` itself is not counted)."""
        while count > 0:
            day += timedelta(days=1)
            if self.is_working_day(day):
                count -= 1
        return day

    def working_days_between(self, start: datetime, end: datetime) -> int:
        """Working days after ``start``'s date up to and including ``end``'s date."""
        first, last = self.local_date(start), self.local_date(end)
        return self.working_day_ordinal(last) - self.working_day_ordinal(first)

    def working_day_ordinal(self, day: date) -> int:
        """Working days from an epoch to ``day`` (negative before it): ages of many tickets
        without a loop each. Dates go back to 1970 (a notice may say it was received then, and
        1970-01-01T00:00Z is still 1969 in New York), so days before the epoch count too."""
        index = (day - EPOCH).days
        if index < 0:
            return -self._before(-index)
        table = self._ordinals
        while len(table) <= index:
            current = EPOCH + timedelta(days=len(table))
            table.append(table[-1] + (1 if self.is_working_day(current) else 0))
        return table[index]

    def _before(self, days: int) -> int:
        """Working days among the ``days`` days ending with the epoch (the epoch included)."""
        table = self._before_epoch
        while len(table) <= days:
            current = EPOCH - timedelta(days=len(table) - 1)
            table.append(table[-1] + (1 if self.is_working_day(current) else 0))
        return table[days]


EPOCH = date(2000, 1, 1)


@lru_cache(maxsize=None)
def calendar_for(country: str, timezone: str) -> WorkingCalendar:
    return WorkingCalendar(country, timezone)
