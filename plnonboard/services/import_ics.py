"""A calendar of chats (.ics) from already-fetched bytes, via icalendar, into custom Chats.

Each recurring VEVENT becomes one slot in the *host's* zone, exactly as the file states it
(its TZID), so the schedule converts per date like every other chat. Rules the chat model can
hold: weekly (BYDAY one or more days), every N weeks (INTERVAL, anchored on DTSTART), monthly
on the nth or last weekday (BYDAY=2MO, BYDAY=-1MO, or BYDAY=MO;BYSETPOS=2). Anything else is
listed as skipped with a reason. Events are grouped into one chat per hashtag.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..core.directory import chat_id_for, parse_chat
from ..core.errors import DataError
from ..core.hashtags import HASHTAG_IN_TEXT
from ..core.model import Chat
from ..core.vocab import WEEKDAYS
from ..core.zones import is_zone
from .import_feed import BadXML, NotAFeed, plain

ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
HASHTAG = HASHTAG_IN_TEXT
MAX_EVENTS = 5000


@dataclass
class IcsImport:
    title: str
    chats: list[Chat] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (event summary, why)


class _Skip(Exception):
    pass


def _zone_and_start(event, calendar_zone: str) -> tuple[str, dt.datetime]:
    start = event.decoded("dtstart")
    if not isinstance(start, dt.datetime):
        raise _Skip("is an all-day event, not a chat at a time")
    key = getattr(start.tzinfo, "key", None)
    if start.tzinfo is None:
        if calendar_zone:
            return calendar_zone, start
        raise _Skip("has no time zone (a 'floating' time), so its time cannot be known")
    if key and is_zone(key) and key != "UTC":
        return key, start
    if start.utcoffset() == dt.timedelta(0) and calendar_zone:
        # Google-style: UTC instants plus X-WR-TIMEZONE; the wall time in that zone is the host's.
        from zoneinfo import ZoneInfo

        return calendar_zone, start.astimezone(ZoneInfo(calendar_zone))
    if key == "UTC" or start.utcoffset() == dt.timedelta(0):
        return "UTC", start
    raise _Skip(f"uses the time zone {start.tzinfo!s}, which is not an IANA zone name")


def _minutes(event, start: dt.datetime) -> tuple[int, bool]:
    try:
        end = event.decoded("dtend")
        length = end - start if isinstance(end, dt.datetime) else None
    except KeyError:
        length = event.decoded("duration") if "DURATION" in event else None
    if not isinstance(length, dt.timedelta) or length.total_seconds() <= 0:
        return 60, True
    return max(5, min(24 * 60, int(length.total_seconds() // 60))), False


def _one(rule, key):
    value = rule.get(key)
    if isinstance(value, list):
        return value[0] if len(value) == 1 else value
    return value


def _frequencies(rule, start: dt.datetime) -> list[tuple[int, dict]]:
    """[(weekday, frequency dict)] the rule means, or _Skip."""
    freq = str(_one(rule, "FREQ") or "").upper()
    interval = _one(rule, "INTERVAL") or 1
    days = [str(d).upper() for d in rule.get("BYDAY", [])]
    for key in ("BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYHOUR", "BYMINUTE"):
        if key in rule:
            raise _Skip(f"repeats by {key[2:].lower()}, which a weekly chat calendar cannot hold")
    if freq == "WEEKLY":
        days = days or [ICAL_DAYS[start.weekday()]]
        if any(d not in ICAL_DAYS for d in days):
            raise _Skip("repeats on numbered weekdays in a weekly rule")
        weekdays = [ICAL_DAYS.index(d) for d in days]
        if not isinstance(interval, int) or not 1 <= interval <= 52:
            raise _Skip(f"repeats every {interval} weeks")
        if interval == 1:
            return [(w, {"kind": "weekly"}) for w in weekdays]
        out = []
        monday = start.date() - dt.timedelta(days=start.weekday())
        for w in weekdays:
            anchor = monday + dt.timedelta(days=w)
            out.append((w, {"kind": "every_n_weeks", "interval": interval, "anchor": anchor.isoformat()}))
        return out
    if freq == "MONTHLY":
        if interval != 1:
            raise _Skip(f"repeats every {interval} months")
        setpos = rule.get("BYSETPOS", [])
        if len(days) != 1:
            raise _Skip("repeats monthly on several days")
        m = re.fullmatch(r"([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)", days[0])
        if not m:
            raise _Skip("has a monthly rule this app cannot read")
        nth = int(m.group(1)) if m.group(1) else (int(setpos[0]) if len(setpos) == 1 else 0)
        if nth not in (1, 2, 3, 4, -1):
            raise _Skip("repeats monthly, but not on the 1st-4th or last weekday")
        return [(ICAL_DAYS.index(m.group(2)), {"kind": "monthly", "nth": nth})]
    raise _Skip(f"repeats {freq.lower() or 'in an unknown way'}; only weekly and monthly chats are kept")


def _hashtag(event) -> str:
    for key in ("summary", "description", "categories"):
        value = event.get(key)
        text = " ".join(str(v) for v in value.cats) if hasattr(value, "cats") else str(value or "")
        m = HASHTAG.search(text)
        if m:
            return "#" + m.group(1)
    raise _Skip("has no #hashtag in its title or description")


def parse_ics(body: bytes, *, where: str, today: dt.date) -> IcsImport:
    import icalendar

    try:
        cal = icalendar.Calendar.from_ical(bytes(body))
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise BadXML(f"{where}: is not a readable iCalendar file ({plain(str(exc), 120)}).") from None
    if getattr(cal, "name", "") != "VCALENDAR":
        raise NotAFeed(f"{where}: is not an iCalendar (.ics) file.")
    calendar_zone = str(cal.get("X-WR-TIMEZONE", "") or "")
    calendar_zone = calendar_zone if is_zone(calendar_zone) else ""
    out = IcsImport(title=plain(str(cal.get("X-WR-CALNAME", "") or ""), 120))
    grouped: dict[str, dict] = {}
    events = [e for e in cal.walk("VEVENT") if "RECURRENCE-ID" not in e][:MAX_EVENTS]
    for event in events:
        summary = plain(str(event.get("summary", "") or ""), 120) or "(untitled event)"
        try:
            rule = event.get("rrule")
            if rule is None:
                raise _Skip("happens once, not every week or month")
            zone, start = _zone_and_start(event, calendar_zone)
            until = _one(rule, "UNTIL")
            if until is not None:
                until_day = until.date() if isinstance(until, dt.datetime) else until
                if until_day < today:
                    raise _Skip(f"ended on {until_day.isoformat()}")
            minutes, assumed = _minutes(event, start)
            tag = _hashtag(event)
            chat = grouped.setdefault(chat_id_for(tag), {
                "hashtag": tag, "title": summary, "slots": [], "platforms": [],
                "description": plain(str(event.get("description", "") or ""), 1000)})
            url = str(event.get("url", "") or "")
            if url.lower().startswith(("http://", "https://")) and "link" not in chat:
                chat["link"] = url
            for weekday, frequency in _frequencies(rule, start):
                slot = {"weekday": WEEKDAYS[weekday], "start": start.strftime("%H:%M"), "zone": zone,
                        "minutes": minutes, "frequency": frequency}
                if assumed:
                    slot["minutes_assumed"] = True
                if len(chat["slots"]) < 14 and slot not in chat["slots"]:
                    chat["slots"].append(slot)
        except _Skip as why:
            out.skipped.append((summary, str(why)))
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            out.skipped.append((summary, f"could not be read ({type(exc).__name__})"))
    for data in grouped.values():
        if not data["slots"]:
            continue
        data["platforms"] = None
        try:
            out.chats.append(parse_chat(data, custom=True))
        except DataError as exc:
            out.skipped.append((data["title"], exc.detail))
    return out
