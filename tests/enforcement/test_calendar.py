from datetime import date, datetime, timedelta, timezone

from origin.enforcement.calendar import Period, calendar_for
from origin.enforcement.clock import parse


def test_china_skips_national_day_and_counts_make_up_weekend_days():
    cn = calendar_for("CN", "Asia/Shanghai")
    assert cn.is_working_day(date(2025, 9, 28))          # Sunday, official make-up working day
    assert not cn.is_working_day(date(2025, 10, 1))      # National Day
    due = cn.add(parse("2025-09-26T10:00:00+08:00"), Period(5))
    # Sun 28, Mon 29, Tue 30 (holidays Oct 1-8), Thu 9, Fri 10
    assert due == parse("2025-10-10T10:00:00+08:00")


def test_us_business_days_skip_weekends_and_independence_day():
    us = calendar_for("US", "America/New_York")
    due = us.add(parse("2025-07-03T12:00:00-04:00"), Period(10))
    assert due == parse("2025-07-18T12:00:00-04:00")


def test_calendar_days_and_local_dates():
    cn = calendar_for("CN", "Asia/Shanghai")
    start = datetime(2025, 3, 3, 20, 0, tzinfo=timezone.utc)     # already Mar 4 in Shanghai
    assert cn.local_date(start) == date(2025, 3, 4)
    assert cn.add(start, Period(15, "days")) == datetime(2025, 3, 18, 20, 0, tzinfo=timezone.utc)


def test_working_days_between_counts_after_start_through_end():
    cn = calendar_for("CN", "Asia/Shanghai")
    start, end = parse("2025-09-26T10:00:00+08:00"), parse("2025-10-13T10:00:00+08:00")
    # Sep 28, 29, 30, Oct 9, 10, 11 (Saturday make-up day), 13
    assert cn.working_days_between(start, end) == 7


def test_working_days_between_dates_before_2000_and_across_the_epoch():
    """Notices may be dated from 1970 (in New York 1970-01-01T00:00Z is 1969-12-31): the
    report's ages raised 'before the calendar epoch 2000-01-01' for them, a traceback."""
    us = calendar_for("US", "America/New_York")
    # Wed 1969-12-31 to Fri 1970-01-09: Jan 1 is New Year's Day; Jan 2, 5-9 are working days
    assert us.working_days_between(parse("1970-01-01T00:00:00Z"),
                                   parse("1970-01-09T12:00:00-05:00")) == 6
    # across the epoch: Thu 1999-12-30 to Tue 2000-01-04: Dec 31 was New Year's Day (observed)
    assert us.working_days_between(parse("1999-12-30T12:00:00-05:00"),
                                   parse("2000-01-04T12:00:00-05:00")) == 2    # Jan 3, Jan 4
    cn = calendar_for("CN", "Asia/Shanghai")
    start = date(1999, 11, 1)
    for days in (0, 1, 45, 61, 90):                          # the same count as day by day
        end = start + timedelta(days=days)
        assert cn.working_day_ordinal(end) - cn.working_day_ordinal(start) == sum(
            cn.is_working_day(start + timedelta(days=n)) for n in range(1, days + 1))


def test_a_calendar_imports_its_own_country_only_and_counts_as_the_package_does():
    """holidays.country_holidays imported all ~250 countries (~0.1 s CPU of every command that
    reads the policy); each calendar now imports its own, with the same working days."""
    import subprocess
    import sys

    script = """
import sys
from datetime import date, timedelta
from origin.enforcement.calendar import calendar_for
from origin.enforcement.config import load_policy
load_policy(None)
print(sorted(m for m in sys.modules if m.startswith("holidays.countries")))
import holidays
import holidays.countries
days = [date(2024, 1, 1) + timedelta(days=n) for n in range(4 * 366)]
for code, zone in (("CN", "Asia/Shanghai"), ("US", "America/New_York")):
    ours, theirs = calendar_for(code, zone), holidays.country_holidays(code)
    print(code, [d for d in days if ours.is_working_day(d) != theirs.is_working_day(d)])
"""
    shown = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           check=True).stdout.splitlines()
    assert shown == ["['holidays.countries.china', 'holidays.countries.united_states']",
                     "CN []", "US []"]


def test_a_legal_period_runs_to_the_end_of_its_last_day_moved_past_rest_days():
    """The claimant's period after a counter-notice ran out at the time of day it began, on
    whatever day that was: 15 days from 16 September ended on 1 October, National Day, at
    10:00, and the next sweep restored the upload while the claimant had the holidays and all
    of 9 October still to answer (PRC Civil Code art. 201: the first day is not counted;
    art. 203: the last day ends at 24:00, and a last day that is a rest day gives way to the
    first working day after it). DMCA business days end with their day too."""
    cn = calendar_for("CN", "Asia/Shanghai")
    assert cn.period_end(parse("2025-09-16T10:00:00+08:00"), Period(15, "days")) \
        == parse("2025-10-10T00:00:00+08:00")           # Oct 1-8 off: Oct 9 is the last day
    assert cn.period_end(parse("2025-03-03T10:00:00+08:00"), Period(15, "days")) \
        == parse("2025-03-19T00:00:00+08:00")           # Tue Mar 18, a working day, all of it
    assert cn.period_end(parse("2025-09-13T09:00:00+08:00"), Period(15, "days")) \
        == parse("2025-09-29T00:00:00+08:00")           # Sun Sep 28 is a make-up working day
    assert cn.period_end(parse("2025-03-01T23:30:00+08:00"), Period(14, "days")) \
        == parse("2025-03-18T00:00:00+08:00")           # Sat Mar 15 gives way to Mon Mar 17
    us = calendar_for("US", "America/New_York")
    assert us.period_end(parse("2025-07-03T12:00:00-04:00"), Period(10)) \
        == parse("2025-07-19T00:00:00-04:00")           # the 10th business day is Fri Jul 18
    assert cn.period_end(parse("2025-03-03T10:00:00+08:00"), Period(0, "days")) \
        == parse("2025-03-03T10:00:00+08:00")           # no period: at once
