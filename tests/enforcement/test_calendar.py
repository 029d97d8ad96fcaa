from datetime import date, datetime, timezone

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
