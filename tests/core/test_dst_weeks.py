"""Exact local times for weeks around every DST change of 2026 and 2027.

Expected values are written out by hand from the published offsets, not computed with
zoneinfo, so a wrong conversion cannot agree with itself.
"""

from __future__ import annotations

import datetime as dt

import pytest

from plnonboard.core.model import Boundaries
from plnonboard.core.schedule import Chosen, week_bounds, week_report
from plnonboard.core.zones import day_start_utc, get_zone
from tests.conftest import make_chat

EDCHAT = make_chat("#edchat", "tue", "19:00", "America/New_York")
AUSSIEED = make_chat("#aussieED", "sun", "20:30", "Australia/Sydney")
EDCHATNZ = make_chat("#edchatNZ", "thu", "20:30", "Pacific/Auckland")
UKEDCHAT = make_chat("#ukedchat", "thu", "20:00", "Europe/London")
SATCHATWC = make_chat("#satchatwc", "sat", "07:30", "America/Los_Angeles")

CASES = [
    # US DST starts 2026-03-08, UK 2026-03-29: New York 19:00 seen from London
    (EDCHAT, "Europe/London", "2026-03-02", "2026-03-04T00:00:00+00:00"),
    (EDCHAT, "Europe/London", "2026-03-09", "2026-03-10T23:00:00+00:00"),
    (EDCHAT, "Europe/London", "2026-03-30", "2026-04-01T00:00:00+01:00"),
    # UK DST ends 2026-10-25, US 2026-11-01
    (EDCHAT, "Europe/London", "2026-10-19", "2026-10-21T00:00:00+01:00"),
    (EDCHAT, "Europe/London", "2026-10-26", "2026-10-27T23:00:00+00:00"),
    (EDCHAT, "Europe/London", "2026-11-02", "2026-11-04T00:00:00+00:00"),
    # 2027: US 03-14 / 11-07, UK 03-28 / 10-31
    (EDCHAT, "Europe/London", "2027-03-08", "2027-03-10T00:00:00+00:00"),
    (EDCHAT, "Europe/London", "2027-03-15", "2027-03-16T23:00:00+00:00"),
    (EDCHAT, "Europe/London", "2027-03-29", "2027-03-31T00:00:00+01:00"),
    (EDCHAT, "Europe/London", "2027-11-01", "2027-11-02T23:00:00+00:00"),
    (EDCHAT, "Europe/London", "2027-11-08", "2027-11-10T00:00:00+00:00"),
    # Sydney DST ends 2026-04-05 and starts 2026-10-04; seen from Los Angeles
    (AUSSIEED, "America/Los_Angeles", "2026-03-23", "2026-03-29T02:30:00-07:00"),
    (AUSSIEED, "America/Los_Angeles", "2026-03-30", "2026-04-05T03:30:00-07:00"),
    (AUSSIEED, "America/Los_Angeles", "2026-09-21", "2026-09-27T03:30:00-07:00"),
    (AUSSIEED, "America/Los_Angeles", "2026-09-28", "2026-10-04T02:30:00-07:00"),
    (AUSSIEED, "America/Los_Angeles", "2026-10-19", "2026-10-25T02:30:00-07:00"),
    # ... and on the very morning Los Angeles falls back (01:30 happens twice; this is the PST one)
    (AUSSIEED, "America/Los_Angeles", "2026-10-26", "2026-11-01T01:30:00-08:00"),
    (AUSSIEED, "America/Los_Angeles", "2026-11-02", "2026-11-08T01:30:00-08:00"),
    # 2027 Sydney (04-04 / 10-03) seen from New York
    (AUSSIEED, "America/New_York", "2027-03-22", "2027-03-28T05:30:00-04:00"),
    (AUSSIEED, "America/New_York", "2027-03-29", "2027-04-04T06:30:00-04:00"),
    (AUSSIEED, "America/New_York", "2027-09-20", "2027-09-26T06:30:00-04:00"),
    (AUSSIEED, "America/New_York", "2027-09-27", "2027-10-03T05:30:00-04:00"),
    # Auckland DST ends 2026-04-05, starts 2026-09-27; seen from Kolkata (+05:30, no DST)
    (EDCHATNZ, "Asia/Kolkata", "2026-03-30", "2026-04-02T13:00:00+05:30"),
    (EDCHATNZ, "Asia/Kolkata", "2026-04-06", "2026-04-09T14:00:00+05:30"),
    (EDCHATNZ, "Asia/Kolkata", "2026-09-21", "2026-09-24T14:00:00+05:30"),
    (EDCHATNZ, "Asia/Kolkata", "2026-09-28", "2026-10-01T13:00:00+05:30"),
    # Auckland 2027 (04-04 / 09-26) seen from London (BST since 03-28)
    (EDCHATNZ, "Europe/London", "2027-03-29", "2027-04-01T08:30:00+01:00"),
    (EDCHATNZ, "Europe/London", "2027-04-05", "2027-04-08T09:30:00+01:00"),
    (EDCHATNZ, "Europe/London", "2027-09-20", "2027-09-23T09:30:00+01:00"),
    (EDCHATNZ, "Europe/London", "2027-09-27", "2027-09-30T08:30:00+01:00"),
    # London 20:00 seen from Sydney across both hemispheres' changes in 2026
    (UKEDCHAT, "Australia/Sydney", "2026-03-23", "2026-03-27T07:00:00+11:00"),
    (UKEDCHAT, "Australia/Sydney", "2026-03-30", "2026-04-03T06:00:00+11:00"),
    (UKEDCHAT, "Australia/Sydney", "2026-04-06", "2026-04-10T05:00:00+10:00"),
    (UKEDCHAT, "Australia/Sydney", "2026-09-28", "2026-10-02T05:00:00+10:00"),
    (UKEDCHAT, "Australia/Sydney", "2026-10-05", "2026-10-09T06:00:00+11:00"),
    (UKEDCHAT, "Australia/Sydney", "2026-10-26", "2026-10-30T07:00:00+11:00"),
    # Los Angeles 07:30 seen from Auckland: Saturday morning there is Sunday there
    (SATCHATWC, "Pacific/Auckland", "2026-03-02", "2026-03-08T04:30:00+13:00"),
    (SATCHATWC, "Pacific/Auckland", "2026-03-09", "2026-03-15T03:30:00+13:00"),
    (SATCHATWC, "Pacific/Auckland", "2026-04-06", "2026-04-12T02:30:00+12:00"),
    (SATCHATWC, "Pacific/Auckland", "2026-09-28", "2026-10-04T03:30:00+13:00"),
    (SATCHATWC, "Pacific/Auckland", "2026-11-02", "2026-11-08T04:30:00+13:00"),
]


@pytest.mark.parametrize("chat,zone,week,expected", CASES,
                         ids=[f"{c[0].id}-{c[1]}-{c[2]}" for c in CASES])
def test_week_shows_exact_local_time(chat, zone, week, expected):
    report = week_report([Chosen(chat)], Boundaries(), zone, dt.date.fromisoformat(week))
    starts = [o.start_in(zone).isoformat() for o in report.occurrences]
    assert starts == [expected]


def test_host_time_is_kept_on_every_date():
    for occ in week_report([Chosen(EDCHAT)], Boundaries(), "Asia/Kolkata",
                           dt.date(2026, 3, 9)).occurrences:
        assert occ.host_start().strftime("%a %H:%M") == "Tue 19:00"


@pytest.mark.parametrize("zone,week,hours", [
    ("Europe/London", "2026-03-23", 167), ("Europe/London", "2026-10-19", 169),
    ("America/New_York", "2026-03-02", 167), ("America/New_York", "2026-10-26", 169),
    ("Australia/Sydney", "2026-03-30", 169), ("Pacific/Auckland", "2026-09-21", 167),
    ("Asia/Kolkata", "2026-03-23", 168),
])
def test_week_is_monday_to_monday_on_the_users_wall_clock(zone, week, hours):
    monday, start, end = week_bounds(dt.date.fromisoformat(week) + dt.timedelta(days=3), zone)
    assert monday.isoformat() == week
    assert (end - start) == dt.timedelta(hours=hours)


# Midnights that do not exist or happen twice (issue 15, one week-start-to-UTC helper). Written out
# from the tz database's rules: Iran moved to +04:30 at 24:00 on 21 March 2021, so Monday 22 March
# began at 01:00; Israel fell back from +03 to +02 at 01:00 on Monday 7 October 2002, so that
# Monday's midnight came twice; Cuba springs forward at 00:00 and falls back at 01:00 to 00:00;
# Chile springs forward at 24:00 on the first Saturday of September.
@pytest.mark.parametrize("zone,day,first_instant", [
    ("Asia/Tehran", "2021-03-22", "2021-03-21T20:30:00+00:00"),  # 00:00 skipped: the day starts at 01:00 +04:30
    ("Asia/Jerusalem", "2002-10-07", "2002-10-06T21:00:00+00:00"),  # the first of two midnights (+03)
    ("America/Havana", "2026-03-08", "2026-03-08T05:00:00+00:00"),  # 00:00 skipped: 01:00 -04
    ("America/Havana", "2026-11-01", "2026-11-01T04:00:00+00:00"),  # the first of two midnights (-04)
    ("America/Santiago", "2026-09-06", "2026-09-06T04:00:00+00:00"),  # 00:00 skipped: 01:00 -03
    ("America/Santiago", "2026-04-05", "2026-04-05T04:00:00+00:00"),  # after 23:00-24:00 ran twice
])
def test_a_day_starts_at_its_first_instant_when_midnight_is_skipped_or_repeated(zone, day, first_instant):
    assert day_start_utc(dt.date.fromisoformat(day), zone).isoformat() == first_instant


@pytest.mark.parametrize("zone,monday,start,end", [
    ("Asia/Tehran", "2021-03-22", "2021-03-21T20:30:00+00:00", "2021-03-28T19:30:00+00:00"),  # 167 h
    ("Asia/Jerusalem", "2002-10-07", "2002-10-06T21:00:00+00:00", "2002-10-13T22:00:00+00:00"),  # 169 h
])
def test_a_week_whose_monday_midnight_is_skipped_or_repeated(zone, monday, start, end):
    day = dt.date.fromisoformat(monday)
    got = week_bounds(day + dt.timedelta(days=2), zone)
    assert (got[0], got[1].isoformat(), got[2].isoformat()) == (day, start, end)
    assert week_bounds(day - dt.timedelta(days=1), zone)[2] == got[1]  # the week before ends where it begins


def test_a_session_in_a_skipped_or_repeated_monday_midnight_belongs_to_that_week():
    tehran = make_chat("#tehranchat", "mon", "00:30", "Asia/Tehran")  # does not exist on 22 March 2021
    week = week_report([Chosen(tehran)], Boundaries(), "Asia/Tehran", dt.date(2021, 3, 22))
    assert [o.start.isoformat() for o in week.occurrences] == ["2021-03-21T21:00:00+00:00"]  # 01:30 +04:30
    before = week_report([Chosen(tehran)], Boundaries(), "Asia/Tehran", dt.date(2021, 3, 15))
    assert [o.start.isoformat() for o in before.occurrences] == ["2021-03-14T21:00:00+00:00"]
    israel = make_chat("#israelchat", "mon", "00:30", "Asia/Jerusalem")  # happens twice on 7 October 2002
    week = week_report([Chosen(israel)], Boundaries(), "Asia/Jerusalem", dt.date(2002, 10, 7))
    assert [o.start.isoformat() for o in week.occurrences] == ["2002-10-06T21:30:00+00:00"]  # the first 00:30


WEEK_ZONES = ["Asia/Tehran", "Asia/Jerusalem", "America/Havana", "America/Santiago", "America/Sao_Paulo",
              "Asia/Damascus", "Europe/London", "Pacific/Auckland", "Australia/Lord_Howe"]


@pytest.mark.parametrize("zone", WEEK_ZONES)
def test_weeks_tile_time_with_no_gap_and_no_overlap(zone):
    day = dt.date(1996, 1, 1)
    while day < dt.date(2028, 1, 1):
        monday, start, end = week_bounds(day, zone)
        assert monday == day and start < end
        assert week_bounds(day + dt.timedelta(days=7), zone)[1] == end
        assert start.astimezone(get_zone(zone)).time() in (dt.time(0), dt.time(1))  # 01:00 when 00:00 is skipped
        day += dt.timedelta(days=7)


def test_nonexistent_start_moves_forward_by_the_gap():
    chat = make_chat("#gapchat", "sun", "02:30", "America/New_York")
    report = week_report([Chosen(chat)], Boundaries(), "America/New_York", dt.date(2026, 3, 8))
    (occ,) = report.occurrences
    assert occ.start.isoformat() == "2026-03-08T07:30:00+00:00"
    assert occ.host_start().isoformat() == "2026-03-08T03:30:00-04:00"
    assert occ.shifted_by_dst


def test_ambiguous_start_takes_the_first_occurrence():
    chat = make_chat("#overlapchat", "sun", "01:30", "America/New_York")
    report = week_report([Chosen(chat)], Boundaries(), "UTC", dt.date(2026, 10, 26))
    (occ,) = report.occurrences
    assert occ.start.isoformat() == "2026-11-01T05:30:00+00:00"
    assert occ.end.isoformat() == "2026-11-01T06:30:00+00:00"  # 60 real minutes, not wall minutes
    assert not occ.shifted_by_dst


def test_utc_offset_of_a_moment_and_a_naive_one_refused():
    from plnonboard.core.zones import get_zone, utc_offset

    london = get_zone("Europe/London")
    assert utc_offset(dt.datetime(2026, 3, 29, 0, 30, tzinfo=london)) == dt.timedelta(0)  # before 01:00 UTC
    assert utc_offset(dt.datetime(2026, 3, 29, 2, 30, tzinfo=london)) == dt.timedelta(hours=1)  # after
    with pytest.raises(TypeError, match="naive"):
        utc_offset(dt.datetime(2026, 3, 29, 2, 30))
