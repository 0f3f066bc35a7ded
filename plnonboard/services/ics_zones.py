"""VTIMEZONEs written from the zone's own tz database rules (RFC 5545 §3.6.5).

Why hand-written: icalendar's `Timezone.from_tzinfo` samples the zone every 64 days, so it loses
shorter periods (Morocco's Ramadan change in 2027), writes spring-forward onsets in the new wall
time and, with a window, yields zones that only start at the export (vobject, which checks a zone
against UTC over 2000-2020, then takes Europe/London for UTC). The other packages that write
zones either ship frozen files from an old tz release (ics-vtimezones) or keep only the footer
rule and drop explicit transitions (ical's `Timezone.from_tzif`). The calendar must match what the
app computes with zoneinfo, so we read the very file zoneinfo reads.

What we write, like the zones shipped with libical and tzurl:
- the TZif file's POSIX TZ footer (the rule in force now) as one STANDARD and one DAYLIGHT
  observance with a yearly RRULE, starting at the first transition from which the file's own
  transitions follow that rule without a break;
- the transitions before that, from 2000 (so vobject's 2000-2020 comparison sees the real zone)
  up to the end of the export, as exact RDATE observances; each RDATE list repeats its DTSTART,
  because ical.js (Thunderbird) ignores DTSTART when an observance has RDATEs, and the `ical`
  package (Home Assistant) ignores an observance that has neither RDATE nor RRULE;
- every onset (DTSTART, RDATE) in local time of the offset *before* it (TZOFFSETFROM), as
  RFC 5545 §3.8.3.3 reads it;
- a zone without a footer, or with a rule an RRULE cannot say, gets exact RDATEs for the whole
  export instead.
Observances and zones come out in a fixed order, so exporting twice gives the same bytes.

Reading the file is I/O, so this lives in services/, not core/.
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
import re
import struct
import zoneinfo
from dataclasses import dataclass
from importlib import resources

from ..core.errors import BadInput

UTC = dt.UTC
HISTORY_FROM = dt.datetime(2000, 1, 1, tzinfo=UTC)
_MAX_TZIF = 1 << 20  # real files are a few kB; a bigger one is not a zone
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9+-]")
_DAYS = ("SU", "MO", "TU", "WE", "TH", "FR", "SA")  # POSIX weekday numbers: 0 = Sunday


class ZoneDataError(BadInput):
    """The zone's TZif file is missing or not one we can read.

    BadInput (the zone data handed to us is wrong) rather than StoreProblem: nearly every raise is a
    TZif file that does not parse, and its one caller (export_ics) words it as bad zone data."""


@dataclass(frozen=True)
class TType:
    offset: int  # seconds east of UTC
    dst: bool
    name: str


@dataclass(frozen=True)
class Transition:
    at: int  # UTC seconds since the epoch
    before: TType
    after: TType

    def onset(self) -> dt.datetime:
        """The instant as a naive wall time in the offset that applies just before it."""
        return dt.datetime(1970, 1, 1) + dt.timedelta(seconds=self.at + self.before.offset)


@dataclass(frozen=True)
class Observance:
    """One STANDARD or DAYLIGHT block: naive local onsets in offset_from."""
    dst: bool
    name: str
    offset_from: int
    offset_to: int
    start: dt.datetime
    rrule: str = ""
    rdates: tuple[dt.datetime, ...] = ()


# ---- reading the TZif file (RFC 8536) ----

def tzif_bytes(key: str) -> bytes:
    """The file zoneinfo.ZoneInfo(key) reads: the first on zoneinfo.TZPATH, else the tzdata package."""
    if not key or key.startswith(("/", ".")) or ".." in key or "\\" in key:
        raise ZoneDataError(key)
    for folder in zoneinfo.TZPATH:
        path = os.path.join(folder, key)
        if os.path.isfile(path):
            try:
                with open(path, "rb") as f:
                    return f.read(_MAX_TZIF + 1)
            except OSError as exc:
                raise ZoneDataError(key) from exc
    try:
        return resources.files("tzdata.zoneinfo").joinpath(*key.split("/")).read_bytes()
    except (ModuleNotFoundError, OSError) as exc:
        raise ZoneDataError(key) from exc


def parse_tzif(data: bytes) -> tuple[list[Transition], TType, str]:
    """(transitions without no-op ones, the type before the first transition, the footer TZ rule)."""
    if len(data) > _MAX_TZIF or len(data) < 44 or data[:4] != b"TZif":
        raise ZoneDataError("not a TZif file")

    def block(pos: int, time_size: int):
        if len(data) < pos + 44:
            raise ZoneDataError("truncated TZif header")
        isut, isstd, leap, timecnt, typecnt, charcnt = struct.unpack(">6l", data[pos + 20:pos + 44])
        if min(isut, isstd, leap, timecnt, charcnt) < 0 or typecnt < 1:
            raise ZoneDataError("bad TZif counts")
        pos += 44
        size = timecnt * (time_size + 1) + typecnt * 6 + charcnt + leap * (time_size + 4) + isstd + isut
        if len(data) < pos + size:
            raise ZoneDataError("truncated TZif data")
        fmt = f">{timecnt}{'q' if time_size == 8 else 'l'}"
        times = struct.unpack(fmt, data[pos:pos + timecnt * time_size])
        pos += timecnt * time_size
        idx = data[pos:pos + timecnt]
        pos += timecnt
        raw = [struct.unpack(">lBB", data[pos + 6 * i:pos + 6 * i + 6]) for i in range(typecnt)]
        pos += typecnt * 6
        chars = data[pos:pos + charcnt]
        types = []
        for off, isdst, ai in raw:
            if ai >= max(charcnt, 1):
                raise ZoneDataError("bad TZif abbreviation index")
            end = chars.find(b"\0", ai)
            name = chars[ai:end if end >= 0 else None].decode("ascii", "replace")
            # tzfile(5) abbreviations are letters, digits, + and -; keep the TZNAME text plain
            types.append(TType(off, bool(isdst), _UNSAFE_NAME.sub("", name)[:16]))
        if any(i >= typecnt for i in idx):
            raise ZoneDataError("bad TZif type index")
        return pos + charcnt + leap * (time_size + 4) + isstd + isut, times, [types[i] for i in idx], types

    end, times, after, types = block(0, 4)
    footer = ""
    if data[4:5] >= b"2":  # version 2+: the same data with 64-bit times, then "\nTZ rule\n"
        end, times, after, types = block(end, 8)
        rest = data[end:]
        if rest[:1] == b"\n" and rest.count(b"\n") >= 2:
            footer = rest[1:rest.index(b"\n", 1)].decode("ascii", "replace")
    first = types[0]
    out, prev = [], first
    for at, t in zip(times, after, strict=True):
        if t != prev:
            out.append(Transition(at, prev, t))
        prev = t
    return out, first, footer


# ---- the POSIX TZ footer (the rule in force after the last listed transition) ----

@dataclass(frozen=True)
class RuleDate:
    month: int
    week: int  # 1-4, 5 = last
    weekday: int  # 0 = Sunday
    time: int  # seconds after local midnight, may be negative or past 24 h

    def local(self, year: int) -> dt.datetime:
        first_wd = (calendar.weekday(year, self.month, 1) + 1) % 7  # Python Monday=0 -> POSIX Sunday=0
        day = 1 + (self.weekday - first_wd) % 7 + 7 * (self.week - 1)
        last = calendar.monthrange(year, self.month)[1]
        while day > last:
            day -= 7
        return dt.datetime(year, self.month, day) + dt.timedelta(seconds=self.time)

    def rrule(self) -> str:
        """FREQ=YEARLY rule for these dates, or "" when one cannot say it within the month."""
        shift, _ = divmod(self.time, 86400)
        wd = _DAYS[(self.weekday + shift) % 7]
        head = f"FREQ=YEARLY;BYMONTH={self.month};"
        if shift == 0:
            return head + f"BYDAY={-1 if self.week == 5 else self.week}{wd}"
        shortest = 28 if self.month == 2 else calendar.monthrange(2001, self.month)[1]
        if self.week == 5:
            days = range(-7 + shift, shift)
            ok = days[-1] <= -1 and days[0] >= -shortest
        else:
            days = range(7 * (self.week - 1) + 1 + shift, 7 * self.week + 1 + shift)
            ok = days[0] >= 1 and days[-1] <= shortest
        return head + f"BYMONTHDAY={','.join(map(str, days))};BYDAY={wd}" if ok else ""


@dataclass(frozen=True)
class PosixRule:
    std: TType
    dst: TType | None = None
    start: RuleDate | None = None  # when daylight time starts (in standard local time)
    end: RuleDate | None = None  # when it ends (in daylight local time)

    def transitions(self, year: int) -> list[Transition]:
        if self.dst is None or self.start is None or self.end is None:
            return []
        on = Transition(_utc_seconds(self.start.local(year), self.std.offset), self.std, self.dst)
        off = Transition(_utc_seconds(self.end.local(year), self.dst.offset), self.dst, self.std)
        return sorted((on, off), key=lambda t: t.at)


_NAME = r"(<[A-Za-z0-9+-]+>|[A-Za-z]{3,})"
_OFFSET = r"([+-]?\d{1,3}(?::\d{1,2}){0,2})"
_DATE = r"(M\d{1,2}\.\d\.\d(?:/[+-]?\d{1,3}(?::\d{1,2}){0,2})?)"
_POSIX = re.compile(rf"{_NAME}{_OFFSET}(?:{_NAME}{_OFFSET}?(?:,{_DATE},{_DATE})?)?$")


def _seconds(text: str) -> int:
    sign = -1 if text.startswith("-") else 1
    parts = [int(p) for p in text.lstrip("+-").split(":")] + [0, 0]
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])


def _rule_date(text: str) -> RuleDate | None:
    spec, _, time = text[1:].partition("/")
    month, week, weekday = (int(x) for x in spec.split("."))
    if not (1 <= month <= 12 and 1 <= week <= 5 and 0 <= weekday <= 6):
        return None
    return RuleDate(month, week, weekday, _seconds(time) if time else 7200)


def parse_posix(footer: str) -> PosixRule | None:
    """The footer as a rule, or None when it is absent or in a form we do not write (Jn, n)."""
    m = _POSIX.match(footer or "")
    if not m:
        return None
    std_name, std_off, dst_name, dst_off, start, end = m.groups()
    std = TType(-_seconds(std_off), False, std_name.strip("<>"))
    if dst_name is None:
        return PosixRule(std)
    dst = TType(-_seconds(dst_off) if dst_off else std.offset + 3600, True, dst_name.strip("<>"))
    if start is None:  # POSIX's implementation-defined default rule: tzdata never writes one
        return None
    on, off = _rule_date(start), _rule_date(end)
    if on is None or off is None:
        return None
    return PosixRule(std, dst, on, off)


def _utc_seconds(local: dt.datetime, offset: int) -> int:
    return int((local - dt.datetime(1970, 1, 1)).total_seconds()) - offset


# ---- from rules to observances ----

def observances(key: str, first: dt.datetime, last: dt.datetime) -> list[Observance]:
    """The zone's observances for an export whose instants lie in [first, last] (aware datetimes)."""
    trans, initial, footer = parse_tzif(tzif_bytes(key))
    return build_observances(trans, initial, parse_posix(footer), first, last)


def build_observances(trans: list[Transition], initial: TType, rule: PosixRule | None,
                      first: dt.datetime, last: dt.datetime) -> list[Observance]:
    since = int(min(first, HISTORY_FROM).timestamp())
    until = int(last.timestamp())
    era = len(trans)  # trans[era:] follow the footer rule one after another
    rrules: tuple[str, str] | None = None
    if rule is not None and rule.dst is not None:
        assert rule.start is not None and rule.end is not None
        lo = dt.datetime.fromtimestamp(trans[0].at if trans else since, UTC).year - 1
        hi = max(dt.datetime.fromtimestamp(trans[-1].at if trans else until, UTC).year,
                 dt.datetime.fromtimestamp(until, UTC).year) + 1
        footer = [t for y in range(lo, hi + 1) for t in rule.transitions(y)]
        where = {t.at: i for i, t in enumerate(footer)}
        while era > 0:
            t = trans[era - 1]
            i = where.get(t.at)
            if i is None or footer[i] != t:
                break
            if era < len(trans) and where[trans[era].at] != i + 1:
                break  # a listed transition the rule does not have, or the other way round
            era -= 1
        era_from = trans[era].at if era < len(trans) else (trans[-1].at + 1 if trans else since)
        rest = [t for t in footer if t.at >= era_from]
        starts, ends = rule.start.rrule(), rule.end.rrule()
        if starts and ends and rest:
            rrules = (starts, ends)
        # Not expressible: list the rule's transitions exactly, up to the end of the export.
        listed = trans[:era] + ([] if rrules else [t for t in rest if t.at <= until])
    else:  # no footer, or no daylight saving time in it: the file's transitions are all there is
        listed = list(trans)
    out: list[Observance] = []
    if rrules:
        on = next(t for t in rest if t.after.dst)
        off = next(t for t in rest if not t.after.dst)
        for t, rr in ((on, rrules[0]), (off, rrules[1])):
            out.append(Observance(t.after.dst, t.after.name, t.before.offset, t.after.offset, t.onset(), rr))
    # Exact onsets: the listed transitions from `since` to the end of the export.
    kept = [t for t in listed if since <= t.at <= until]
    groups: dict[tuple, list[Transition]] = {}
    for t in kept:
        groups.setdefault((t.after.dst, t.after.name, t.before.offset, t.after.offset), []).append(t)
    for (dst, name, off_from, off_to), ts in groups.items():
        onsets = tuple(t.onset() for t in ts)
        out.append(Observance(dst, name, off_from, off_to, onsets[0], rdates=onsets))
    earliest = min((o.start for o in out), default=None)
    s = _state_at(listed, initial, since)
    onset = dt.datetime(1970, 1, 1) + dt.timedelta(seconds=since + s.offset)
    if earliest is None or earliest > onset:
        # What holds before our first onset: a no-op onset at `since`, like libical's 1970 one.
        out.append(Observance(s.dst, s.name, s.offset, s.offset, onset, rdates=(onset,)))
    out.sort(key=lambda o: (o.start, o.dst, o.name))
    return out


def _state_at(trans: list[Transition], initial: TType, at: int) -> TType:
    state = initial
    for t in trans:
        if t.at > at:
            break
        state = t.after
    return state


# ---- writing ----

def _offset(seconds: int) -> str:
    sign = "-" if seconds < 0 else "+"
    h, rest = divmod(abs(seconds), 3600)
    m, s = divmod(rest, 60)
    return f"{sign}{h:02d}{m:02d}" + (f"{s:02d}" if s else "")


def _local(t: dt.datetime) -> str:
    return t.strftime("%Y%m%dT%H%M%S")


def vtimezone_lines(key: str, first: dt.datetime, last: dt.datetime) -> list[str]:
    """The VTIMEZONE as unfolded content lines (every line is short: no folding needed)."""
    lines = ["BEGIN:VTIMEZONE", f"TZID:{key}"]
    for o in observances(key, first, last):
        kind = "DAYLIGHT" if o.dst else "STANDARD"
        lines += [f"BEGIN:{kind}", f"DTSTART:{_local(o.start)}"]
        if o.rrule:
            lines.append(f"RRULE:{o.rrule}")
        lines += [f"RDATE:{_local(r)}" for r in o.rdates]
        lines += [f"TZNAME:{o.name}"] if o.name else []
        lines += [f"TZOFFSETFROM:{_offset(o.offset_from)}",
                  f"TZOFFSETTO:{_offset(o.offset_to)}", f"END:{kind}"]
    lines.append("END:VTIMEZONE")
    return lines


def vtimezones(keys, first: dt.datetime, last: dt.datetime) -> bytes:
    """All zones' VTIMEZONEs, sorted by TZID, as CRLF-terminated iCalendar text."""
    out = []
    for key in sorted(set(keys)):
        out += vtimezone_lines(key, first, last)
    return "".join(line + "\r\n" for line in out).encode("ascii")
