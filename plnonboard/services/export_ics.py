"""The chat calendar as an iCalendar file (RFC 5545).

Each chosen chat slot is one recurring VEVENT in the *host's* zone (DTSTART;TZID + VTIMEZONE +
RRULE), so every calendar moves it correctly across both sides' DST changes; nothing is floating
or pre-converted to UTC. DTSTART is the first real session found by the core's own rule, so it is
in sync with the RRULE (Google shows an unsynchronised DTSTART as an extra session).

The VTIMEZONEs cover only the exported window (icalendar writes RDATE-style zones; a narrow
window keeps them small, which Outlook handles best), so each RRULE ends (UNTIL, in UTC as the
RFC requires with a TZID'd DTSTART) when that window ends: a client that trusts the VTIMEZONE
never shows a session the zone data does not cover. Exporting again extends it.

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
from ..core.handles import is_http_url
from ..core.model import Chat, Plan
from ..core.pauses import paused_sessions
from ..core.vocab import PLATFORMS, WEEKDAYS
from ..core.zones import UTC, get_zone
from .export_common import ChatInfo, chat_infos, export_start, status_text, when_text
from .files import write_atomic

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
    check = "" if chat.status == "active" else " Check a source before you rely on it."
    lines.append(f"Status in the PLN Onboard directory: {status_text(chat)}.{check}")
    if chat.sources:
        lines.append("Sources: " + " ".join(s for s in chat.sources if is_http_url(s)))
    lines.append(f"Sessions are listed up to {until.isoformat()}; export the calendar again from PLN Onboard "
                 "to extend it. Re-importing updates these events instead of adding copies.")
    return "\n".join(lines)


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
                   stamp: dt.datetime | None = None, name: str = CALENDAR_NAME) -> CalendarResult:
    from icalendar import Alarm, Calendar, Event

    first = export_start(today)
    last = first + dt.timedelta(days=round(365.25 * years))
    stamp = stamp or dt.datetime.now(UTC).replace(microsecond=0)
    cal = Calendar.new(prodid=PRODID, method="PUBLISH", name=name, uid="calendar@plnonboard")
    events, skipped = 0, []
    for info in chat_infos(plan, directory, first):
        chat = info.chat
        for slot_info in info.slots:
            occ = slot_info.next
            slot = chat.slots[slot_info.index]
            if occ is None or occ.host_day >= last:
                skipped.append(f"{chat.hashtag} ({when_text(chat, slot_info.index)})")
                continue
            # The announced wall time on the first session's date; a time in a DST gap stays as
            # announced and every client resolves it the RFC's way, exactly as the core does.
            start = dt.datetime.combine(occ.host_day, slot.start, tzinfo=get_zone(slot.zone))
            # UNTIL is inclusive: stop a second before the host's midnight that ends the window.
            until = dt.datetime.combine(last, dt.time(0), tzinfo=get_zone(slot.zone)) - dt.timedelta(seconds=1)
            summary = f"{chat.hashtag} chat" + (f": {slot.label}" if slot.label else "")
            event = Event.new(summary=summary, start=start, uid=event_uid(chat, slot_info.index), stamp=stamp,
                              description=describe(info, slot_info.index, last - dt.timedelta(days=1)),
                              url=info.link if is_http_url(info.link) else None)
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
            events += 1
    if events == 0:  # RFC 5545 wants at least one component, and an empty calendar helps nobody
        raise CoreError("your plan has no chat sessions to put in a calendar yet")
    # A day of margin each side: a session's UTC instant can sit on the neighbouring date.
    cal.add_missing_timezones(first_date=first - dt.timedelta(days=1), last_date=last + dt.timedelta(days=1))
    return CalendarResult(cal.to_ical(), events, tuple(skipped), first, last)


def export_calendar(path: str | Path, plan: Plan, directory: Directory, *, today: dt.date,
                    years: int = DEFAULT_YEARS, stamp: dt.datetime | None = None) -> CalendarResult:
    result = build_calendar(plan, directory, today=today, years=years, stamp=stamp)
    write_atomic(path, result.data)
    return result
