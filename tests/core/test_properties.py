"""Properties checked against independent brute force."""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings
from hypothesis import strategies as st

from plnonboard.core.boundaries import protected_hit, quiet_hit
from plnonboard.core.model import QuietHours
from plnonboard.core.recurrence import chat_occurrences
from plnonboard.core.zones import UTC, get_zone
from tests.conftest import make_chat

ZONES = ["America/New_York", "America/Los_Angeles", "America/Chicago", "Europe/London", "Europe/Dublin",
         "Australia/Sydney", "Pacific/Auckland", "Asia/Kolkata", "Australia/Lord_Howe", "America/St_Johns",
         "Pacific/Chatham", "Asia/Kathmandu", "Etc/UTC"]
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

times = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.sampled_from([0, 15, 30, 45, 59]))
days = st.dates(dt.date(2025, 1, 1), dt.date(2028, 12, 31))


def exists(naive: dt.datetime, zone) -> bool:
    aware = naive.replace(tzinfo=zone)
    return aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == naive


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(WEEKDAYS), times, st.sampled_from(ZONES), days, st.integers(1, 120))
@example("fri", "20:30", "America/St_Johns", dt.date(2025, 10, 25), 14)  # the next one lands on the edge
def test_every_occurrence_lands_on_the_host_start_or_its_rfc5545_shift(weekday, start, zone, first, span):
    chat = make_chat("#prop", weekday, start, zone)
    lo = dt.datetime.combine(first, dt.time(0), tzinfo=UTC)
    hi = lo + dt.timedelta(days=span)
    occs = chat_occurrences(chat, lo, hi)
    tz = get_zone(zone)
    # One per week, never two, never skipped: every host date on that weekday whose start (read as RFC 5545
    # does: the offset before a gap, the first of a repeated hour, which is zoneinfo's fold=0) lies in the
    # window. Counting weeks alone is not enough: near a clock change a session can move onto the window's edge.
    wd = WEEKDAYS.index(weekday)
    hour, minute = map(int, start.split(":"))
    dates = [first + dt.timedelta(days=d) for d in range(-2, span + 3)]
    expected = sum(1 for d in dates if d.weekday() == wd and lo <= dt.datetime.combine(
        d, dt.time(hour, minute), tzinfo=tz).astimezone(UTC) < hi)
    assert len(occs) == expected
    for occ in occs:
        assert lo <= occ.start < hi
        naive = dt.datetime.combine(occ.host_day, chat.slots[0].start)
        local = occ.start.astimezone(tz)
        if exists(naive, tz):
            assert local.replace(tzinfo=None) == naive
            # the first of two possible instants: an hour earlier would not be the same wall time
            earlier = (occ.start - dt.timedelta(hours=1)).astimezone(tz).replace(tzinfo=None)
            assert earlier != naive or naive.replace(tzinfo=tz, fold=0).utcoffset() == local.utcoffset()
        else:
            before = (dt.datetime.combine(occ.host_day, dt.time(0)) - dt.timedelta(hours=3)).replace(tzinfo=tz)
            after = (dt.datetime.combine(occ.host_day, dt.time(23)) + dt.timedelta(hours=3)).replace(tzinfo=tz)
            gap = after.utcoffset() - before.utcoffset()
            assert local.replace(tzinfo=None) == naive + gap


quiet_rules = st.lists(
    st.builds(lambda ds, a, b: QuietHours(tuple(sorted(set(ds))), dt.time(*a), dt.time(*b)),
              st.lists(st.integers(0, 6), min_size=1, max_size=7),
              st.tuples(st.integers(0, 23), st.sampled_from([0, 30])),
              st.tuples(st.integers(0, 23), st.sampled_from([0, 15, 30]))).filter(lambda q: q.start != q.end),
    min_size=1, max_size=3)


def brute_quiet(start: dt.datetime, end: dt.datetime, zone: str, rules) -> bool:
    tz = get_zone(zone)
    t = start
    while t < end:
        local = t.astimezone(tz).replace(tzinfo=None)
        for rule in rules:
            for back in (0, 1):
                day = local.date() - dt.timedelta(days=back)
                if day.weekday() not in rule.days:
                    continue
                ws = dt.datetime.combine(day, rule.start)
                we = dt.datetime.combine(day + dt.timedelta(days=1) if rule.crosses_midnight else day, rule.end)
                if ws <= local < we:
                    return True
        t += dt.timedelta(minutes=1)
    return False


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(WEEKDAYS), times, st.sampled_from(ZONES), st.sampled_from(ZONES), days,
       st.sampled_from([30, 60, 90, 180]), quiet_rules)
def test_quiet_hour_check_agrees_with_a_minute_by_minute_scan(weekday, start, host, user, first, minutes, rules):
    chat = make_chat("#prop", weekday, start, host, minutes=minutes)
    lo = dt.datetime.combine(first, dt.time(0), tzinfo=UTC)
    for occ in chat_occurrences(chat, lo, lo + dt.timedelta(days=7)):
        assert (quiet_hit(occ, rules, user) is not None) == brute_quiet(occ.start, occ.end, user, rules)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(WEEKDAYS), times, st.sampled_from(ZONES), st.sampled_from(ZONES), days,
       st.lists(st.integers(0, 6), max_size=3))
def test_protected_day_check_agrees_with_a_scan(weekday, start, host, user, first, protected):
    chat = make_chat("#prop", weekday, start, host, minutes=90)
    lo = dt.datetime.combine(first, dt.time(0), tzinfo=UTC)
    tz = get_zone(user)
    for occ in chat_occurrences(chat, lo, lo + dt.timedelta(days=7)):
        t, hit = occ.start, False
        while t < occ.end:
            hit = hit or t.astimezone(tz).weekday() in protected
            t += dt.timedelta(minutes=1)
        assert (protected_hit(occ, protected, user) is not None) == hit
