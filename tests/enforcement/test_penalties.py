from datetime import timedelta

from origin.enforcement.penalties import LedgerLine, replay

from .conftest import T0


def line(n: int, days: float, severity="serious", points=20, strike=True, reversed_days=None):
    reversed_at = None if reversed_days is None else T0 + timedelta(days=reversed_days)
    return LedgerLine(n, severity, points, strike, f"t-{n}", "test", T0 + timedelta(days=days),
                      reversed_at, None if reversed_at is None else "overturned")


def test_deductions_strike_bans_and_expiry(policy):
    rules = policy.penalties
    one = replay("a", (line(1, 0),), rules, T0 + timedelta(days=1))
    assert (one.credit, one.active_strikes, one.upload_banned_until) == (80, 1, None)
    two = replay("a", (line(1, 0), line(2, 10)), rules, T0 + timedelta(days=11))
    assert two.active_strikes == 2 and two.upload_banned_until == T0 + timedelta(days=17)
    three = replay("a", (line(1, 0), line(2, 10), line(3, 20)), rules, T0 + timedelta(days=21))
    assert three.upload_banned_until == T0 + timedelta(days=50)
    later = replay("a", (line(1, 0), line(2, 10), line(3, 20)), rules, T0 + timedelta(days=95))
    assert later.active_strikes == 2 and later.upload_banned_until is None   # first expired


def test_credit_recovers_with_compliant_time_up_to_the_initial(policy):
    rules = policy.penalties
    assert replay("a", (line(1, 0),), rules, T0 + timedelta(days=61)).credit == 90
    assert replay("a", (line(1, 0),), rules, T0 + timedelta(days=1000)).credit == 100


def test_zero_credit_is_a_permanent_ban_and_reversal_lifts_it(policy):
    rules = policy.penalties
    severe = [line(n, n, "severe", 50, strike=False) for n in (1, 2)]
    assert replay("a", tuple(severe), rules, T0 + timedelta(days=400)).permanently_banned
    severe[1] = line(2, 2, "severe", 50, strike=False, reversed_days=3)
    standing = replay("a", tuple(severe), rules, T0 + timedelta(days=4))
    assert not standing.permanently_banned and standing.credit == 50
    # looking back before the reversal, the ban was in force
    assert replay("a", tuple(severe), rules, T0 + timedelta(days=2.5)).permanently_banned


def test_reversed_strike_no_longer_counts_toward_a_ban(policy):
    ledger = (line(1, 0), line(2, 1, reversed_days=2))
    standing = replay("a", ledger, policy.penalties, T0 + timedelta(days=3))
    assert standing.active_strikes == 1 and standing.upload_banned_until is None
    assert standing.credit == 80
