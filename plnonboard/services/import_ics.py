"""A calendar of chats (.ics) from already-fetched bytes, via icalendar, into custom Chats.

Each recurring VEVENT becomes one slot in the *host's* zone, exactly as the file states it
(its TZID), so the schedule converts per date like every other chat. Rules the chat model can
hold: weekly (BYDAY one or more days), every N weeks (INTERVAL, anchored on DTSTART), monthly
on the nth or last weekday (BYDAY=2MO, BYDAY=-1MO, or BYDAY=MO;BYSETPOS=2). Anything else is
listed as skipped with a reason. Events are grouped into one chat per hashtag.

Bounded work (issue 14): dateutil expands a VTIMEZONE's rules by walking them from their DTSTART,
so a zone whose STANDARD repeats every second made one offset lookup walk every second since 1970.
Before any time is decoded, each VTIMEZONE is checked: rules must repeat yearly or monthly (real
zones change twice a year at most) and the zone may have at most MAX_ZONE_TRANSITIONS (2,500) transitions
up to 2100 (RDATEs included). An event that uses a refused zone is skipped with the reason. Every
other step is linear in the (size-capped) file, and the `budget` (deadline + Cancel) is checked
between events, so neither a slow file nor the user's Cancel is outrun.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..core.directory import chat_id_for, parse_chat
from ..core.errors import DataError
from ..core.hashtags import HASHTAG_IN_TEXT
from ..core.model import Chat
from ..core.schedule import week_start
from ..core.vocab import WEEKDAYS
from ..core.zones import is_zone
from .budget import Budget
from .import_errors import BadCalendar, NotACalendar
from .import_feed import plain, web_url

if TYPE_CHECKING:  # icalendar is imported where a calendar is read, not at start-up
    import icalendar

ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
MAX_EVENTS = 5000
MAX_ZONE_TRANSITIONS = 2500  # a real zone: two a year from 1601 (Outlook's DTSTART) to 2100 is 1,000
ZONE_FREQUENCIES = {"YEARLY": 1, "MONTHLY": 12}  # transitions a year per rule; anything faster is refused
LAST_YEAR = 2100
FIRST_CHAT_YEAR, LAST_CHAT_YEAR = 1900, 2200  # a chat that starts outside this is not a real date


@dataclass
class IcsImport:
    title: str
    chats: list[Chat] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (event summary, why)


class _Skip(Exception):
    pass


def _zone_problem(vtimezone) -> str:
    """Why this VTIMEZONE's rules would make offset lookups unbounded, or ""."""
    transitions = 0
    parts = [c for c in vtimezone.subcomponents if c.name in ("STANDARD", "DAYLIGHT")]
    if len(parts) > 50:
        return "has more than 50 rule parts"
    for part in parts:
        start = part.get("DTSTART")
        start_year = getattr(getattr(start, "dt", None), "year", 1970)
        rdates = part.get("RDATE", [])
        for rdate in rdates if isinstance(rdates, list) else [rdates]:
            transitions += len(getattr(rdate, "dts", []) or [1])
        rules = part.get("RRULE", [])
        for rule in rules if isinstance(rules, list) else [rules]:
            freq = str(_one(rule, "FREQ") or "").upper()
            if freq not in ZONE_FREQUENCIES:
                every = {"SECONDLY": "every second", "MINUTELY": "every minute", "HOURLY": "every hour",
                         "DAILY": "every day", "WEEKLY": "every week"}.get(freq, "in an unknown way")
                return f"changes its clocks {every} (a real zone changes them once or twice a year)"
            for key in ("BYSECOND", "BYMINUTE", "BYHOUR", "BYWEEKNO", "BYYEARDAY"):
                if key in rule:
                    return f"changes its clocks by {key[2:].lower()} (a real zone changes them once or twice a year)"
            count = _one(rule, "COUNT")
            interval = _one(rule, "INTERVAL") or 1
            if not isinstance(interval, int) or interval < 1:
                return "has a rule with a bad interval"
            years = max(0, LAST_YEAR - start_year + 1)
            per_rule = _per_year(rule, freq) * years // interval + 1
            if isinstance(count, int):
                per_rule = min(per_rule, count)
            transitions += per_rule
        transitions += 1  # the DTSTART itself
        if transitions > MAX_ZONE_TRANSITIONS:
            return f"has more than {MAX_ZONE_TRANSITIONS} clock changes"
    return ""


def _per_year(rule, freq: str) -> int:
    """An upper bound of the clock changes one zone rule makes in a year (BYMONTH, BYDAY,
    BYMONTHDAY and BYSETPOS can multiply a "yearly" rule into one a day)."""
    months = len(rule.get("BYMONTH", [])) or ZONE_FREQUENCIES[freq]
    days = [str(d) for d in rule.get("BYDAY", [])]
    month_days = rule.get("BYMONTHDAY", [])
    per_month = 1
    if days or month_days:
        by_day = sum(1 if re.match(r"^[+-]?\d", d) else 5 for d in days) if days else 31
        per_month = min(by_day, len(month_days) or 31, 31)
    total = months * per_month
    setpos = rule.get("BYSETPOS", [])
    if setpos:
        total = min(total, len(setpos) * ZONE_FREQUENCIES[freq])
    return max(1, total)


class _Zones:
    """This calendar's own VTIMEZONEs. icalendar keeps the first VTIMEZONE it ever saw for a TZID
    in a process-wide cache (so one hostile file would poison every later import); a time in a
    zone the tz database does not know is therefore re-bound here to *this* file's definition,
    and only after that definition passed `_zone_problem`."""

    def __init__(self, cal) -> None:
        self.defined: dict[str, icalendar.Timezone] = {}
        self.refused: dict[str, str] = {}
        self._built: dict[str, dt.tzinfo] = {}
        for vtz in cal.walk("VTIMEZONE"):
            tzid = str(vtz.get("TZID", "") or "")
            if tzid in self.defined or tzid in self.refused:
                continue
            try:
                why = _zone_problem(vtz)
            except (KeyError, ValueError, TypeError, AttributeError, OverflowError):
                why = "could not be read"
            if why:
                self.refused[tzid] = why
            else:
                self.defined[tzid] = vtz

    def decoded(self, event, key: str):
        """The property's value, a datetime in a known zone or in this file's checked zone."""
        prop = event.get(key)
        if prop is None:
            raise KeyError(key)
        value = prop.dt
        if not isinstance(value, dt.datetime) or value.tzinfo is None:
            return value
        if getattr(value.tzinfo, "key", None) or isinstance(value.tzinfo, dt.timezone):
            return value  # the tz database (or a fixed offset): bounded lookups
        tzid = str(getattr(prop, "params", {}).get("TZID", "") or "")
        name = plain(tzid, 60)
        if tzid in self.refused:
            raise _Skip(f"uses the time zone {name!r}, which {self.refused[tzid]}, so it was not read")
        if tzid not in self.defined:
            raise _Skip(f"uses the time zone {name!r}, which the file does not define")
        if tzid not in self._built:
            self._built[tzid] = self.defined[tzid].to_tz(lookup_tzid=False)
        return value.replace(tzinfo=self._built[tzid])


def _zone_and_start(event, calendar_zone: str, zones: _Zones) -> tuple[str, dt.datetime]:
    start = zones.decoded(event, "dtstart")
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
    prop = event.get("dtstart")
    name = str(getattr(prop, "params", {}).get("TZID", "") or start.tzinfo or "")  # the file's own name for it
    raise _Skip(f"uses the time zone {name}, which is not an IANA zone name")


def _minutes(event, start: dt.datetime, zones: _Zones) -> tuple[int, bool]:
    try:
        end = zones.decoded(event, "dtend")
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
        monday = week_start(start.date())
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
        m = HASHTAG_IN_TEXT.search(text)
        if m:
            return "#" + m.group(1)
    raise _Skip("has no #hashtag in its title or description")


def parse_ics(body: bytes, *, where: str, today: dt.date, budget: Budget | None = None) -> IcsImport:
    import icalendar

    budget = budget or Budget.unlimited()
    budget.check()

    try:
        cal = icalendar.Calendar.from_ical(bytes(body))
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise BadCalendar(f"{where}: is not a readable iCalendar file ({plain(str(exc), 120)}).") from None
    if getattr(cal, "name", "") != "VCALENDAR":
        raise NotACalendar(f"{where}: is not an iCalendar (.ics) file.")
    calendar_zone = str(cal.get("X-WR-TIMEZONE", "") or "")
    calendar_zone = calendar_zone if is_zone(calendar_zone) else ""
    out = IcsImport(title=plain(str(cal.get("X-WR-CALNAME", "") or ""), 120))
    grouped: dict[str, dict] = {}
    budget.check()
    zones = _Zones(cal)
    events = [e for e in cal.walk("VEVENT") if "RECURRENCE-ID" not in e][:MAX_EVENTS]
    for event in events:
        budget.check()
        summary = plain(str(event.get("summary", "") or ""), 120) or "(untitled event)"
        try:
            rule = event.get("rrule")
            if rule is None:
                raise _Skip("happens once, not every week or month")
            try:
                zone, start = _zone_and_start(event, calendar_zone, zones)
            except OverflowError:
                raise _Skip("starts at a date outside the years a calendar can hold") from None
            if not FIRST_CHAT_YEAR <= start.year <= LAST_CHAT_YEAR:
                raise _Skip(f"starts in the year {start.year}, which is not a date a chat meets")
            until = _one(rule, "UNTIL")
            if until is not None:
                until_day = until.date() if isinstance(until, dt.datetime) else until
                if until_day < today:
                    raise _Skip(f"ended on {until_day.isoformat()}")
            minutes, assumed = _minutes(event, start, zones)
            tag = _hashtag(event)
            chat = grouped.setdefault(chat_id_for(tag), {
                "hashtag": tag, "title": summary, "slots": [], "platforms": [],
                "description": plain(str(event.get("description", "") or ""), 1000)})
            url = web_url(str(event.get("url", "") or ""))
            if url and "link" not in chat:
                chat["link"] = url
            for weekday, frequency in _frequencies(rule, start):
                slot = {"weekday": WEEKDAYS[weekday], "start": start.strftime("%H:%M"), "zone": zone,
                        "minutes": minutes, "frequency": frequency}
                if assumed:
                    slot["minutes_assumed"] = True
                if len(chat["slots"]) < 14 and slot not in chat["slots"]:
                    chat["slots"].append(slot)
        except _Skip as why:
            out.skipped.append((summary, plain(str(why), 200)))  # reasons quote the file: cleaned
        except (KeyError, ValueError, TypeError, AttributeError, OverflowError) as exc:
            out.skipped.append((summary, f"could not be read ({type(exc).__name__})"))
    for data in grouped.values():
        budget.check()
        if not data["slots"]:
            continue
        data["platforms"] = None
        try:
            out.chats.append(parse_chat(data, custom=True))
        except DataError as exc:
            out.skipped.append((plain(data["title"], 120), plain(exc.detail, 200)))
    return out
