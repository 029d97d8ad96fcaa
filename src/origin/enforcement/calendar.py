"""Working days per jurisdiction from the official holiday calendars (``holidays`` package).

China's calendar includes the make-up working days (调休) that fall on weekends, which the
``holidays`` package exposes as ``weekend_workdays``; ``is_working_day`` honours them.
Deadlines are counted on the jurisdiction's local dates, then kept in UTC.
"""
from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
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
        self.zone = ZoneInfo(timezone)
        self._holidays = country_holidays(country)
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

    def period_end(self, start: datetime, period: Period) -> datetime:
        """When a legal period begun at ``start`` runs out: at the end (24:00 local) of its last
        day, counting from the day after ``start``; a last day of calendar days that is a rest
        day (a weekend, a public holiday) gives way to the next working day (PRC Civil Code
        arts. 201 and 203). ``add``'s same time of day would cut the last day short, and a
        period ending in a holiday would end before it. A period of 0 ends at ``start``."""
        if period.amount == 0:
            return utc(start)
        day = self.local_date(start)
        if period.unit == "days":
            last = day + timedelta(days=period.amount)
            if not self.is_working_day(last):
                last = self.add_working_days(last, 1)
        else:
            last = self.add_working_days(day, period.amount)
        return utc(datetime.combine(last + timedelta(days=1), time(0), tzinfo=self.zone))

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


def country_holidays(country: str):
    """``holidays.country_holidays(country)``, importing that one country's module.

    The package's own lookup imports ``holidays.countries``, whose ``__init__`` imports all of
    its ~250 countries (~0.1 s CPU of every command that reads the policy: a scan, a complaint,
    a ticket listing). Here the country's module is imported under a bare stand-in for that
    package, which is taken out again at once (a later ``import holidays.countries`` runs the
    real one, reusing what was imported). A code it does not list goes through the package's
    lookup, which raises ``NotImplementedError`` as before."""
    import holidays
    from holidays.registry import COUNTRIES, IMPORT_LOCK

    found = next(((module, country) for module, codes in COUNTRIES.items()
                  if country in codes), None)
    if found is None:
        return holidays.country_holidays(country)
    name = f"holidays.countries.{found[0]}"
    with IMPORT_LOCK:                 # the package imports its countries under this lock too
        module = sys.modules.get(name)
        if module is None and "holidays.countries" in sys.modules:
            module = importlib.import_module(name)
        elif module is None:
            spec = importlib.util.find_spec("holidays.countries")
            package = types.ModuleType("holidays.countries")
            package.__path__ = list(spec.submodule_search_locations)
            sys.modules["holidays.countries"] = package
            try:
                module = importlib.import_module(name)
            finally:
                if sys.modules.get("holidays.countries") is package:
                    del sys.modules["holidays.countries"]
    # the arguments holidays.country_holidays passes by default
    return getattr(module, found[1])(years=None, subdiv=None, expand=True, observed=True,
                                     language=None, categories=None)


@lru_cache(maxsize=None)
def calendar_for(country: str, timezone: str) -> WorkingCalendar:
    return WorkingCalendar(country, timezone)
