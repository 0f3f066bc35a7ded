"""Status as of a day: running decays after 18 months; last_seen keeps its precision."""

from __future__ import annotations

import datetime as dt

import pytest

from plnonboard.core.errors import DataError
from plnonboard.core.status import LastSeen, effective_status, in_calendar, months_before, parse_last_seen
from tests.conftest import make_chat


@pytest.mark.parametrize("text,parsed,precision", [
    ("2019", LastSeen(2019), "year"), ("2026-01", LastSeen(2026, 1), "month"),
    ("2024-12-04", LastSeen(2024, 12, 4), "day"), (2016, LastSeen(2016), "year"),
])
def test_last_seen_keeps_its_precision(text, parsed, precision):
    seen = parse_last_seen(text)
    assert seen == parsed and seen.precision == precision and seen.iso() == str(text)


@pytest.mark.parametrize("bad", ["2024-13", "2024-02-30", "Dec 2024", "24", "", None, True, 3.5, "2024-1"])
def test_bad_last_seen_is_none(bad):
    assert parse_last_seen(bad) is None


def test_months_before_clamps_to_the_month_end():
    assert months_before(dt.date(2026, 12, 3), 18) == dt.date(2025, 6, 3)
    assert months_before(dt.date(2026, 8, 31), 18) == dt.date(2025, 2, 28)


def running(last_seen):
    return make_chat("#x", "wed", "20:00", "America/New_York", status="running", last_seen=last_seen)


def test_running_decays_after_18_months_counting_from_the_first_day_the_evidence_can_mean():
    today = dt.date(2026, 12, 3)
    assert effective_status(running("2026-01"), today).status == "running"
    assert effective_status(running("2025-06-03"), today).status == "running"  # exactly 18 months
    old = effective_status(running("2025-06-02"), today)
    assert (old.status, old.recorded, old.decayed) == ("unverified", "running", True)
    assert effective_status(running("2024-12"), today).decayed  # #EduSkyChat: "last confirmed Dec 2024"
    assert effective_status(running("2025"), today).decayed  # a bare year counts from 1 January
    assert effective_status(running("2024-12"), dt.date(2025, 6, 1)).status == "running"  # same chat, earlier day


def test_other_statuses_stand_and_a_custom_chat_is_the_users_to_judge():
    today = dt.date(2026, 12, 3)
    paused = make_chat("#p", "wed", "20:00", "UTC", status="paused", last_seen="2022-09-15")
    assert effective_status(paused, today).status == "paused" and not effective_status(paused, today).decayed
    mine = make_chat("#mine", "wed", "20:00", "UTC", status="unverified", last_seen="", custom=True)
    assert in_calendar(mine, today) and not in_calendar(paused, today)
    assert in_calendar(running("2026-11"), today)


def test_legacy_active_reads_as_running_and_bad_dates_are_refused():
    assert make_chat("#a", "wed", "20:00", "UTC", status="active", last_seen=2026).status == "running"
    assert make_chat("#a", "wed", "20:00", "UTC", last_seen=2026).last_seen == "2026"
    with pytest.raises(DataError, match="last_seen"):
        make_chat("#a", "wed", "20:00", "UTC", last_seen="Dec 2024")
    with pytest.raises(DataError, match="status"):
        make_chat("#a", "wed", "20:00", "UTC", status="dead")
