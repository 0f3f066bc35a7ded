"""Pauses: the plan file keeps them, the week drops their sessions (on the user's dates), and the
next-chat search skips them."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from plnonboard.core.directory import Directory
from plnonboard.core.errors import PlanError
from plnonboard.core.model import Boundaries, Pause, Plan, PlanChat, Profile
from plnonboard.core.pauses import pause_on, paused_sessions
from plnonboard.core.planfile import dump_plan, parse_plan_text
from plnonboard.core.schedule import Chosen, next_sessions, plan_week
from tests.conftest import make_chat

EDCHAT = make_chat("#edchat", "tue", "19:00", "America/New_York")  # Wed 00:00 in London (winter)
UKED = make_chat("#ukedchat", "thu", "20:00", "Europe/London")
DIRECTORY = Directory().with_chats([EDCHAT, UKED])
UTC = dt.UTC


def plan(*pauses: Pause, zone: str = "Europe/London") -> Plan:
    return Plan(profile=Profile(time_zone=zone), boundaries=Boundaries(pauses=list(pauses)),
                chats=[PlanChat("edchat"), PlanChat("ukedchat")])


def wrap(boundaries: dict) -> str:
    return json.dumps({"format": "plnonboard.plan", "version": 1, "boundaries": boundaries})


def test_plan_file_round_trips_pauses_with_labels():
    p = plan(Pause(dt.date(2026, 12, 21), dt.date(2027, 1, 3), "Winter break"),
             Pause(dt.date(2027, 3, 15), dt.date(2027, 3, 15)))
    text = dump_plan(p)
    data = json.loads(text)["boundaries"]["pauses"]
    assert data == [{"from": "2026-12-21", "to": "2027-01-03", "label": "Winter break"},
                    {"from": "2027-03-15", "to": "2027-03-15"}]
    back = parse_plan_text(text)
    assert back.boundaries.pauses == p.boundaries.pauses
    assert dump_plan(back) == text


def test_a_plan_without_pauses_has_none_and_a_one_day_pause_needs_only_from():
    assert parse_plan_text(wrap({})).boundaries.pauses == []
    one = parse_plan_text(wrap({"pauses": [{"from": "2027-02-01"}]})).boundaries.pauses
    assert one == [Pause(dt.date(2027, 2, 1), dt.date(2027, 2, 1))]


@pytest.mark.parametrize("pauses, field, words", [
    ({"from": "2026-12-21"}, "boundaries.pauses", "must be a list"),
    ([{"from": "21/12/2026", "to": "2027-01-03"}], "boundaries.pauses[0].from", "YYYY-MM-DD"),
    ([{"from": "2026-02-30", "to": "2027-01-03"}], "boundaries.pauses[0].from", "not a date"),
    ([{"to": "2027-01-03"}], "boundaries.pauses[0].from", "needs a date"),
    ([{"from": "2026-12-21", "to": "2026-12-20"}], "boundaries.pauses[0]", "ends (2026-12-20) before it starts"),
    ([{"from": "2026-01-01", "to": "2027-06-01"}], "boundaries.pauses[0]", "longer than 366 days"),
    (["2026-12-21"], "boundaries.pauses[0]", "must be an object"),
    ([{"from": "2026-12-21", "label": 5}], "boundaries.pauses[0].label", "must be text"),
])
def test_bad_pauses_are_clear_errors_naming_the_field(pauses, field, words):
    with pytest.raises(PlanError) as err:
        parse_plan_text(wrap({"pauses": pauses}))
    assert err.value.field == field and words in str(err.value)


def test_a_paused_week_has_no_sessions_and_says_so():
    winter = Pause(dt.date(2026, 12, 21), dt.date(2027, 1, 3), "Winter break")
    report = plan_week(plan(winter), DIRECTORY, dt.date(2026, 12, 22))
    assert report.occurrences == [] and report.minutes_total == 0 and report.conflicts == []
    assert report.fully_paused and set(report.paused_days) == set(range(7))
    assert {o.chat.id for o in report.paused} == {"edchat", "ukedchat"}
    unpaused = plan_week(plan(), DIRECTORY, dt.date(2026, 12, 22))
    assert len(unpaused.occurrences) == 2 and not unpaused.fully_paused


def test_a_pause_is_read_on_the_users_dates_not_the_hosts():
    # #edchat is Tuesday 19:00 in New York = Wednesday 00:00 in London: a Wednesday pause removes it.
    wednesday = Pause(dt.date(2026, 12, 9), dt.date(2026, 12, 9))
    report = plan_week(plan(wednesday), DIRECTORY, dt.date(2026, 12, 7))
    assert [o.chat.id for o in report.occurrences] == ["ukedchat"]
    assert [o.chat.id for o in report.paused] == ["edchat"] and set(report.paused_days) == {2}
    # The same pause seen from New York keeps it (Tuesday there).
    report = plan_week(plan(wednesday, zone="America/New_York"), DIRECTORY, dt.date(2026, 12, 7))
    assert [o.chat.id for o in report.occurrences] == ["edchat", "ukedchat"]


def test_next_sessions_skip_a_pause_and_include_one_under_way():
    chosen = [Chosen(EDCHAT), Chosen(UKED)]
    winter = Boundaries(pauses=[Pause(dt.date(2026, 12, 21), dt.date(2027, 1, 3))])
    after = dt.datetime(2026, 12, 20, 12, tzinfo=UTC)
    found = next_sessions(chosen, winter, "Europe/London", after, days=30, limit=1)
    assert found[0].chat.id == "edchat" and found[0].start_in("Europe/London").date() == dt.date(2027, 1, 6)
    during = dt.datetime(2026, 12, 3, 20, 30, tzinfo=UTC)  # #ukedchat started 30 min ago
    assert next_sessions(chosen, Boundaries(), "Europe/London", during)[0].chat.id == "ukedchat"


def test_paused_sessions_of_a_slot_are_listed_once_in_order():
    pauses = [Pause(dt.date(2026, 12, 21), dt.date(2027, 1, 3)), Pause(dt.date(2026, 12, 24), dt.date(2026, 12, 31))]
    found = paused_sessions(UKED, 0, pauses, "Europe/London", dt.date(2026, 11, 1), dt.date(2027, 12, 31))
    assert [o.start.date() for o in found] == [dt.date(2026, 12, 24), dt.date(2026, 12, 31)]
    assert pause_on(dt.date(2027, 1, 3), pauses) is pauses[0] and pause_on(dt.date(2027, 1, 4), pauses) is None
