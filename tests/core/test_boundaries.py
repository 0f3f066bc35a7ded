"""Boundary checks and the sentences a teacher reads."""

from __future__ import annotations

import datetime as dt

from plnonboard.core.model import Boundaries, QuietHours
from plnonboard.core.schedule import Chosen, week_report
from plnonboard.services.wording import conflict_text
from tests.conftest import make_chat

UKEDCHAT = make_chat("#ukedchat", "thu", "20:00", "Europe/London")
EDCHAT = make_chat("#edchat", "tue", "19:00", "America/New_York")
SSCHAT = make_chat("#sschat", "tue", "19:00", "America/New_York")
SATCHAT = make_chat("#satchat", "sat", "07:30", "America/New_York")
ALL = tuple(range(7))


def report(chats, boundaries, zone, day="2026-11-16"):
    return week_report([Chosen(c) for c in chats], boundaries, zone, dt.date.fromisoformat(day))


def test_quiet_hours_sentence_uses_the_users_time():
    b = Boundaries(quiet_hours=[QuietHours(ALL, dt.time(14, 0), dt.time(16, 0))])
    r = report([UKEDCHAT], b, "America/Chicago")  # 20:00 GMT = 14:00 CST
    (c,) = [c for c in r.conflicts if c.kind == "quiet_hours"]
    assert conflict_text(c) == "#ukedchat starts Thu 14:00 your time, inside your quiet hours (14:00-16:00)"


def test_quiet_hours_crossing_midnight_catch_a_chat_after_midnight():
    b = Boundaries(quiet_hours=[QuietHours((2,), dt.time(21, 0), dt.time(6, 30))])  # Wed night
    r = report([UKEDCHAT], b, "Asia/Kolkata")  # Thu 20:00 GMT = Fri 01:30 IST: not Wed night
    assert not [c for c in r.conflicts if c.kind == "quiet_hours"]
    b = Boundaries(quiet_hours=[QuietHours((3,), dt.time(21, 0), dt.time(6, 30))])  # Thu night
    r = report([UKEDCHAT], b, "Asia/Kolkata")
    assert [c.kind for c in r.conflicts] == ["quiet_hours"]


def test_chat_running_into_quiet_hours_says_so():
    b = Boundaries(quiet_hours=[QuietHours(ALL, dt.time(20, 30), dt.time(6, 0))])
    r = report([UKEDCHAT], b, "Europe/London")
    (c,) = r.conflicts
    assert conflict_text(c) == "#ukedchat runs until 21:00 your time, past the start of your quiet hours (20:30-06:00)"


def test_protected_day_in_the_users_zone_not_the_hosts():
    b = Boundaries(protected_days=[6])  # Sunday
    assert not report([SATCHAT], b, "America/New_York").conflicts
    r = report([SATCHAT], b, "Pacific/Auckland")  # Sat 07:30 New York = Sun 01:30 Auckland
    (c,) = r.conflicts
    assert c.kind == "protected_day"
    assert "Sunday your time (Sun 01:30)" in conflict_text(c)


def test_overlap_budget_and_cap():
    b = Boundaries(weekly_minutes=90, chats_per_week=2)
    r = report([EDCHAT, SSCHAT, UKEDCHAT], b, "America/New_York")
    kinds = sorted(c.kind for c in r.conflicts)
    assert kinds == ["over_budget", "overlap", "too_many"]
    assert r.minutes_total == 180 and r.over_budget
    overlap = next(c for c in r.conflicts if c.kind == "overlap")
    assert conflict_text(overlap) == ("#edchat (Tue 19:00-20:00) and #sschat (Tue 19:00-20:00) overlap; "
                               "you can only be in one")
    assert len(r.conflicts_for(r.occurrences[0])) >= 1


def test_no_conflicts_when_everything_fits():
    b = Boundaries(weekly_minutes=120, chats_per_week=2,
                   quiet_hours=[QuietHours(ALL, dt.time(22, 0), dt.time(6, 0))])
    r = report([EDCHAT, UKEDCHAT], b, "Europe/London")
    assert r.conflicts == [] or all(c.kind != "over_budget" for c in r.conflicts)
    assert not r.over_budget
