"""The chat calendar file, read back with independent code (icalendar's parser and
recurring-ical-events' RRULE expansion) and compared with the core's own recurrence."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import zoneinfo

import icalendar
import pytest
import recurring_ical_events

from plnonboard.core.model import Plan, PlanChat, Profile
from plnonboard.core.recurrence import chat_occurrences, resolve
from plnonboard.services.export_ics import build_calendar, event_uid, export_calendar
from plnonboard.services.files import WriteError
from tests.conftest import make_chat
from tests.services.export_fixtures import CHATS, TODAY, chat_plan, directory

UTC = dt.UTC
STAMP = dt.datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def build(plan=None, **kw):
    return build_calendar(plan or chat_plan(), directory(), today=TODAY, stamp=STAMP, **kw)


def events(result) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(result.data)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def expand(data: bytes, uid: str, start: dt.datetime, end: dt.datetime) -> list[tuple[dt.datetime, dt.timedelta]]:
    cal = icalendar.Calendar.from_ical(data)
    out = []
    for e in recurring_ical_events.of(cal).between(start, end):
        if str(e["UID"]) == uid and start <= e["DTSTART"].dt < end:
            out.append((e["DTSTART"].dt.astimezone(UTC), e["DTEND"].dt - e["DTSTART"].dt))
    return sorted(out)


def core(chat, start, end):
    return [(o.start, o.end - o.start) for o in chat_occurrences(chat, start, end)]


def window(chat, result, viewer="America/Chicago"):
    """The export's instants: the user's Monday midnight to the user's midnight that ends it."""
    tz = zoneinfo.ZoneInfo(viewer)
    return (dt.datetime.combine(result.first, dt.time(0), tzinfo=tz),
            dt.datetime.combine(result.last, dt.time(0), tzinfo=tz))


@pytest.mark.parametrize("chat", CHATS, ids=[c.id for c in CHATS])
def test_every_session_over_two_years_matches_the_core(chat):
    result = build()
    start, end = window(chat, result)
    assert (end - start).days >= 730
    expected = core(chat, start, end)
    assert len(expected) >= 20
    assert expand(result.data, event_uid(chat, 0), start, end) == expected


def test_times_are_in_the_host_zone_never_floating_or_utc():
    result = build()
    cal = icalendar.Calendar.from_ical(result.data)
    assert cal.get_missing_tzids() == set()
    for e in cal.walk("VEVENT"):
        start = e["DTSTART"].dt
        chat = next(c for c in CHATS if str(e["UID"]) == event_uid(c, 0))
        assert start.tzinfo is not None and str(start.tzinfo) == chat.slots[0].zone
        assert start.time() == chat.slots[0].start  # the announced wall time, not a converted one
    for block in result.data.decode().split("BEGIN:VEVENT")[1:]:
        dtstart = next(x for x in block.splitlines() if x.startswith("DTSTART"))
        assert dtstart.startswith("DTSTART;TZID=") and not dtstart.endswith("Z")
        assert "DURATION:" in block and "DTEND" not in block


def test_dtstart_is_the_first_real_session_in_phase_with_the_rule():
    result = build()
    evs = events(result)
    starts = {uid: e["DTSTART"].dt for uid, e in evs.items()}
    ny = zoneinfo.ZoneInfo("America/New_York")
    assert starts["edchat-0@plnonboard"] == dt.datetime(2026, 11, 24, 19, 0, tzinfo=ny)
    # every 2 weeks anchored on 3 Dec: 26 Nov is not a session, so the first one is 3 Dec
    assert starts["edchatnz-0@plnonboard"].date() == dt.date(2026, 12, 3)
    # every 3 weeks anchored on 14 Nov: 28 Nov is not a session, 5 Dec is
    assert starts["indiaedchat-0@plnonboard"].date() == dt.date(2026, 12, 5)
    assert starts["tlchat-0@plnonboard"].date() == dt.date(2026, 12, 14)  # 2nd Monday of December
    assert starts["lastsunchat-0@plnonboard"].date() == dt.date(2026, 11, 29)  # last Sunday of November
    for uid, e in evs.items():  # the first expanded session is DTSTART itself
        first = recurring_ical_events.of(icalendar.Calendar.from_ical(result.data)).between(
            e["DTSTART"].dt - dt.timedelta(days=1), e["DTSTART"].dt + dt.timedelta(days=1))
        assert [x["DTSTART"].dt for x in first if str(x["UID"]) == uid] == [e["DTSTART"].dt]


def test_rules_are_weekly_interval_or_monthly_byday_with_a_utc_until():
    evs = events(build())
    rule = {uid: e["RRULE"] for uid, e in evs.items()}
    assert rule["edchat-0@plnonboard"]["FREQ"] == ["WEEKLY"] and rule["edchat-0@plnonboard"]["BYDAY"] == ["TU"]
    assert rule["edchatnz-0@plnonboard"]["INTERVAL"] == [2]
    assert rule["indiaedchat-0@plnonboard"]["INTERVAL"] == [3]
    assert rule["tlchat-0@plnonboard"]["FREQ"] == ["MONTHLY"]
    text = build().data.decode()
    assert "BYDAY=2MO" in text and "BYDAY=-1SU" in text and "BYDAY=1WE" in text
    for r in rule.values():
        assert r["UNTIL"][0].tzinfo is not None and r["UNTIL"][0].utcoffset() == dt.timedelta(0)


def test_the_dst_gap_session_moves_forward_like_rfc_5545_says():
    """02:30 on 8 Mar 2027 does not exist in New York: RFC 5545 reads it with the offset from before
    the gap (-05:00), i.e. 07:30 UTC = 03:30 EDT. The core, icalendar and the file agree."""
    result = build()
    chat = next(c for c in CHATS if c.id == "gapchat")
    day = dt.datetime(2027, 3, 14, tzinfo=UTC)
    got = expand(result.data, "gapchat-0@plnonboard", day - dt.timedelta(days=1), day + dt.timedelta(days=1))
    assert got == [(dt.datetime(2027, 3, 14, 7, 30, tzinfo=UTC), dt.timedelta(hours=1))]
    assert resolve(dt.date(2027, 3, 14), chat.slots[0].start, "America/New_York") == got[0][0]
    # and on the fall-back morning 01:30 happens twice: the first (EDT) one is the session
    got = expand(result.data, "overlapchat-0@plnonboard", dt.datetime(2027, 11, 7, tzinfo=UTC),
                 dt.datetime(2027, 11, 8, tzinfo=UTC))
    assert got == [(dt.datetime(2027, 11, 7, 5, 30, tzinfo=UTC), dt.timedelta(minutes=30))]


def test_alarm_from_the_plan_per_chat_override_and_zero_means_none():
    evs = events(build())
    def triggers(uid):
        return [a["TRIGGER"].dt for a in evs[uid].walk("VALARM")]
    assert triggers("edchat-0@plnonboard") == [dt.timedelta(minutes=-15)]
    assert triggers("ukedchat-0@plnonboard") == []  # reminder_minutes=0 on this chat
    assert triggers("aussieed-0@plnonboard") == [dt.timedelta(minutes=-60)]
    assert all(a["ACTION"] == "DISPLAY" for e in evs.values() for a in e.walk("VALARM"))
    assert all(not e.walk("VALARM") for e in events(build(chat_plan(reminder=0))).values()
               if str(e["UID"]) != "aussieed-0@plnonboard")


def test_calendar_and_event_properties():
    result = build()
    cal = icalendar.Calendar.from_ical(result.data)
    assert cal["VERSION"] == "2.0" and cal["PRODID"].startswith("-//PLN Onboard//")
    assert cal["METHOD"] == "PUBLISH" and cal["X-WR-CALNAME"] == "My PLN chats"
    assert result.events == len(CHATS) and result.skipped == ()
    e = events(result)["edchat-0@plnonboard"]
    assert "#edchat" in str(e["SUMMARY"])
    assert e["DTSTAMP"].dt == STAMP
    assert e["DURATION"].dt == dt.timedelta(hours=1)
    desc = str(e["DESCRIPTION"])
    assert "https://bsky.app/hashtag/edchat" in desc  # the user is on Bluesky and the chat runs there
    assert "https://example.org/source" in desc and "historical" in desc
    assert str(e["URL"]) == "https://example.org/edchat"
    assert "https://x.com/hashtag/ukedchat" in str(events(result)["ukedchat-0@plnonboard"]["DESCRIPTION"])
    assert b"\r\n" in result.data


def test_uids_are_stable_across_exports_so_reimport_updates():
    a = events(build())
    b = events(build_calendar(chat_plan(), directory(), today=TODAY + dt.timedelta(days=30)))
    assert set(a) == set(b) == {f"{c.id}-0@plnonboard" for c in CHATS}


def test_only_the_chosen_sessions_of_a_multi_slot_chat():
    chat = make_chat("#twoslot", "tue", "19:00", "America/New_York")
    from plnonboard.core.directory import parse_chat
    two = parse_chat({"hashtag": "#twoslot", "sources": ["https://example.org/s"], "slots": [
        {"weekday": "tue", "start": "12:00", "zone": "Europe/London"},
        {"weekday": "tue", "start": "19:00", "zone": "America/New_York"}]})
    assert chat.id == two.id
    plan = Plan(profile=Profile(time_zone="Europe/London"), chats=[PlanChat(two.id, custom=two, sessions=[1])])
    assert set(events(build(plan))) == {"twoslot-1@plnonboard"}


def test_a_failed_write_leaves_no_file(tmp_path):
    target = tmp_path / "missing-folder" / "chats.ics"
    with pytest.raises(WriteError):
        export_calendar(target, chat_plan(), directory(), today=TODAY)
    assert not target.exists()
    good = tmp_path / "chats.ics"
    result = export_calendar(good, chat_plan(), directory(), today=TODAY, stamp=STAMP)
    assert good.read_bytes() == result.data
    assert [p.name for p in tmp_path.iterdir()] == ["chats.ics"]  # no temp file left behind


def test_importing_the_exporter_does_not_load_icalendar():
    code = ("import sys; import plnonboard.services.export_ics, plnonboard.services.exports, plnonboard.cli.parser;"
            "print('icalendar' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_plan_without_chats_is_a_plain_error_not_an_empty_calendar(tmp_path):
    from plnonboard.core.errors import CoreError

    with pytest.raises(CoreError, match="no chat sessions"):
        export_calendar(tmp_path / "x.ics", Plan(), directory(), today=TODAY)
    assert not (tmp_path / "x.ics").exists()


def test_the_first_week_is_the_week_views_first_week_in_the_users_zone():
    """Sunday 19:00 in Chicago is Monday 14:00 in Auckland: the Auckland user's week view lists it in
    this week, so the file starts with it. Monday 08:00 in Auckland is Sunday 13:00 in Chicago, the
    day before the Chicago user's week: it is not in that week, and not in the file."""
    from plnonboard.core.schedule import plan_week

    sunday = make_chat("#sundaychi", "sun", "19:00", "America/Chicago")
    monday = make_chat("#mondaynz", "mon", "08:00", "Pacific/Auckland")
    for viewer, chat, first in (("Pacific/Auckland", sunday, dt.date(2026, 11, 22)),
                                ("America/Chicago", monday, dt.date(2026, 11, 30))):
        plan = Plan(profile=Profile(time_zone=viewer), chats=[PlanChat(chat.id, custom=chat)])
        result = build(plan)
        assert events(result)[event_uid(chat, 0)]["DTSTART"].dt.date() == first
        week = plan_week(plan, directory(), result.first, viewer).occurrences
        assert [o.host_day for o in week] == [first]
        start, end = window(chat, result, viewer)
        assert [s for s, _ in expand(result.data, event_uid(chat, 0), start, end)][0] == week[0].start


def test_a_plan_without_a_zone_uses_the_given_or_the_computers_zone(monkeypatch):
    """'(this computer)' plans: the week view uses the computer's zone, and so does the file."""
    chat = make_chat("#sundaychi", "sun", "19:00", "America/Chicago")
    plan = Plan(profile=Profile(time_zone=""), chats=[PlanChat(chat.id, custom=chat)])
    monkeypatch.setenv("TZ", "Pacific/Auckland")
    first = events(build(plan))[event_uid(chat, 0)]["DTSTART"].dt.date()
    assert first == dt.date(2026, 11, 22)  # Monday 14:00 in Auckland: this week
    first = events(build(plan, zone="America/Chicago"))[event_uid(chat, 0)]["DTSTART"].dt.date()
    assert first == dt.date(2026, 11, 29)  # Sunday the day before the Chicago week: not this week


def test_pauses_become_exdates_that_calendar_clients_skip():
    from plnonboard.core.model import Pause

    plan = chat_plan("America/Chicago")
    plan.boundaries.pauses = [Pause(dt.date(2026, 12, 21), dt.date(2027, 1, 3), "Winter break")]
    result = build_calendar(plan, directory(), today=TODAY, stamp=STAMP)
    chicago = zoneinfo.ZoneInfo("America/Chicago")
    start = dt.datetime(2026, 12, 21, tzinfo=chicago)
    end = dt.datetime(2027, 1, 4, tzinfo=chicago)
    cal = icalendar.Calendar.from_ical(result.data)
    inside = [e for e in recurring_ical_events.of(cal).between(start, end)]
    assert inside == []  # read back by an independent expander: nothing in the break
    # ...and the weeks either side are untouched.
    before = [e for e in recurring_ical_events.of(cal).between(start - dt.timedelta(days=7), start)]
    after = [e for e in recurring_ical_events.of(cal).between(end, end + dt.timedelta(days=7))]
    plain = icalendar.Calendar.from_ical(build().data)
    assert len(before) == len(recurring_ical_events.of(plain).between(start - dt.timedelta(days=7), start)) > 0
    assert len(after) == len(recurring_ical_events.of(plain).between(end, end + dt.timedelta(days=7))) > 0
    # The EXDATE carries the DTSTART's zone (edchat: 19:00 New York on Tuesday 22 December).
    ed = next(e for e in cal.walk("VEVENT") if str(e["UID"]) == "edchat-0@plnonboard")
    exdates = [d.dt for x in (ed["EXDATE"] if isinstance(ed["EXDATE"], list) else [ed["EXDATE"]]) for d in x.dts]
    assert dt.datetime(2026, 12, 22, 19, 0, tzinfo=zoneinfo.ZoneInfo("America/New_York")) in exdates
    assert all(str(d.tzinfo) == "America/New_York" for d in exdates)
