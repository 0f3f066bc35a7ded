"""The chat calendar as an iCalendar file (RFC 5545).

Each chosen chat slot is one recurring VEVENT in the *host's* zone (DTSTART;TZID + VTIMEZONE +
RRULE), so every calendar moves it correctly across both sides' DST changes; nothing is floating
or pre-converted to UTC. DTSTART is the first real session found by the core's own rule, so it is
in sync with the RRULE (Google shows an unsynchronised DTSTART as an extra session).

The calendar starts at midnight on the Monday of this week *in the user's zone* (the week view's
first week) and ends at the user's midnight that ends the window: each RRULE starts at the slot's
first session at or after that instant and stops (UNTIL, in UTC as the RFC requires with a TZID'd
DTSTART) before the end, so the file lists exactly the sessions the week view shows for those
weeks. The VTIMEZONEs come from the zone's own tz rules (ics_zones), so a client that trusts them
gets the same instants as the app. Exporting again extends the window.

icalendar is imported inside the functions: the window must not load it at start-up.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from ..core.directory import Directory
from ..core.errors import CoreError
from ..core.model import Chat, Plan
from ..core.pauses import paused_sessions
from ..core.recurrence import Occurrence, slot_occurrences
from ..core.schedule import week_bounds
from ..core.urls import is_web_url
from ..core.vocab import PLATFORMS, WEEKDAYS
from ..core.zones import UTC, get_zone
from . import ics_zones
from .export_common import SEARCH_DAYS, ChatInfo, chat_infos, export_start, status_text, when_text
from .files import write_atomic
from .system_zone import system_zone

PRODID = f"-//PLN Onboard//plnonboard {__version__}//EN"
CALENDAR_NAME = "My PLN chats"
DEFAULT_YEARS = 2
_UID_SAFE = re.compile(r"[^A-Za-z0-9._-]")


def event_uid(chat: Chat, slot_index: int) -> str:
    """Stable across exports, so a re-import updates the event instead of adding a copy."""
    return f"{_UID_SAFE.sub('-', chat.id)}-{slot_index}@plnonboard"


def rrule_for(chat: Chat, slot_index: int, until: dt.datetime) -> dict:
    slot = chat.slots[slot_index]
    day = WEEKDAYS[slot.weekday][:2].upper()
    freq = slot.frequency
    rule: dict = {"freq": "weekly", "byday": day}
    if freq.kind == "every_n_weeks" and freq.interval > 1:
        rule["interval"] = freq.interval
    elif freq.kind == "monthly":
        rule = {"freq": "monthly", "byday": f"{freq.nth}{day}"}
    rule["until"] = until.astimezone(UTC)
    return rule


def describe(info: ChatInfo, slot_index: int, until: dt.date) -> str:
    chat = info.chat
    where = PLATFORMS.get(info.platform, info.platform)
    lines = [
        f"{chat.title} ({chat.hashtag}), {when_text(chat, slot_index)}.",
        f"How to join: search {chat.hashtag} on {where} ({info.join_url}), choose the latest posts, "
        f"and read along. Answer the host's questions with {chat.hashtag} in each post.",
    ]
    if chat.description:
        lines.append(chat.description)
    note = chat.slots[slot_index].note
    if note:
        lines.append(note)
    check = "" if chat.status == "running" else " Check a source before you rely on it."
    lines.append(f"Status in the PLN Onboard directory: {status_text(chat)}.{check}")
    if chat.sources:
        lines.append("Sources: " + " ".join(s for s in chat.sources if is_web_url(s)))
    lines.append(f"Sessions are listed up to {until.isoformat()}; export the calendar again from PLN Onboard "
                 "to extend it. Re-importing updates these events instead of adding copies.")
    return "\n".join(lines)


def first_from(chat: Chat, slot_index: int, start: dt.datetime) -> Occurrence | None:
    """The slot's first session starting at or after the instant `start`."""
    found = slot_occurrences(chat, slot_index, start, start + dt.timedelta(days=SEARCH_DAYS))
    return found[0] if found else None


def pause_exdates(plan: Plan, chat: Chat, slot_index: int, first: dt.date, last: dt.date) -> list[dt.datetime]:
    """The plan's paused sessions of one slot as EXDATE values: the announced host wall time on the
    host's date, in the DTSTART's zone, so each matches the instance the RRULE makes."""
    zone = plan.profile.time_zone or chat.slots[slot_index].zone
    slot = chat.slots[slot_index]
    return [dt.datetime.combine(o.host_day, slot.start, tzinfo=get_zone(slot.zone))
            for o in paused_sessions(chat, slot_index, plan.boundaries.pauses, zone, first, last)]


@dataclass(frozen=True)
class CalendarResult:
    data: bytes
    events: int
    skipped: tuple[str, ...]  # chat slots with no session in the window (named for the message)
    first: dt.date
    last: dt.date


def build_calendar(plan: Plan, directory: Directory, *, today: dt.date, years: int = DEFAULT_YEARS,
                   stamp: dt.datetime | None = None, name: str = CALENDAR_NAME,
                   zone: str | None = None) -> CalendarResult:
    """`zone` is the user's (the week view's); default the plan's, else this computer's."""
    from icalendar import Alarm, Calendar, Event

    first = export_start(today)
    # Whole weeks (105 for two years), so the file is exactly the week view's weeks, end to end.
    last = first + dt.timedelta(weeks=-(-round(365.25 * years) // 7))
    # The week view's weeks run from the user's Monday midnight: a host-zone Sunday session can
    # fall on the user's Monday, and a host-zone Monday one on the user's Sunday before it.
    viewer = zone or plan.profile.time_zone or system_zone()
    _, begin, _ = week_bounds(first, viewer)
    _, end, _ = week_bounds(last, viewer)  # `last` is a Monday: the file ends where its week would begin
    stamp = stamp or dt.datetime.now(UTC).replace(microsecond=0)
    cal = Calendar.new(prodid=PRODID, method="PUBLISH", name=name, uid="calendar@plnonboard")
    events, skipped, zones = 0, [], set()
    for info in chat_infos(plan, directory, first):
        chat = info.chat
        for slot_info in info.slots:
            occ = first_from(chat, slot_info.index, begin)
            slot = chat.slots[slot_info.index]
            if occ is None or occ.start >= end:
                skipped.append(f"{chat.hashtag} ({when_text(chat, slot_info.index)})")
                continue
            # The announced wall time on the first session's date; a time in a DST gap or overlap
            # stays as announced: RFC 5545 clients resolve it as the core does (some clients keep
            # their own rule: the README and tests/services/test_export_ics_clients.py say which).
            start = dt.datetime.combine(occ.host_day, slot.start, tzinfo=get_zone(slot.zone))
            # UNTIL is inclusive: stop a second before the user's midnight that ends the window.
            until = end - dt.timedelta(seconds=1)
            summary = f"{chat.hashtag} chat" + (f": {slot.label}" if slot.label else "")
            event = Event.new(summary=summary, start=start, uid=event_uid(chat, slot_info.index), stamp=stamp,
                              description=describe(info, slot_info.index, last - dt.timedelta(days=1)),
                              url=info.link if is_web_url(info.link) else None)
            event.add("duration", dt.timedelta(minutes=slot.minutes))
            event.add("rrule", rrule_for(chat, slot_info.index, until))
            skips = pause_exdates(plan, chat, slot_info.index, first, last)
            if skips:
                event.add("exdate", skips)
            if info.reminder_minutes > 0:
                event.add_component(Alarm.new_display(
                    description=f"{chat.hashtag} starts in {info.reminder_minutes} min",
                    trigger=dt.timedelta(minutes=-info.reminder_minutes)))
            cal.add_component(event)
            zones.add(slot.zone)
            events += 1
    if events == 0:  # RFC 5545 wants at least one component, and an empty calendar helps nobody
        raise CoreError("your plan has no chat sessions to put in a calendar yet")
    # Zones first, sorted by TZID; a day of margin each side of the window's instants.
    margin = dt.timedelta(days=1)
    try:
        text = ics_zones.vtimezones(zones, begin - margin, end + margin)
    except ics_zones.ZoneDataError as exc:  # zoneinfo found the zone, so its file vanished or is damaged
        raise CoreError(f"the time zone data for {exc} could not be read") from None
    cal.subcomponents[:0] = Calendar.from_ical(b"BEGIN:VCALENDAR\r\n" + text + b"END:VCALENDAR\r\n").subcomponents
    return CalendarResult(cal.to_ical(), events, tuple(skipped), first, last)


def export_calendar(path: str | Path, plan: Plan, directory: Directory, *, today: dt.date,
                    years: int = DEFAULT_YEARS, stamp: dt.datetime | None = None,
                    zone: str | None = None) -> CalendarResult:
    result = build_calendar(plan, directory, today=today, years=years, stamp=stamp, zone=zone)
    write_atomic(path, result.data)
    return result
