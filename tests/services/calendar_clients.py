"""Independent calendar clients that read an exported .ics and list its sessions as
{(uid, UTC start seconds)} for [start, end). Each reads the whole file in one call.

- ical.js: Mozilla's engine (Thunderbird), run with node; resolves TZIDs with the file's VTIMEZONEs.
- vobject: Radicale's parser; registers the file's VTIMEZONEs (dateutil.tz.tzical) and expands RRULEs.
- dateutil: `tz.tzical` on the file's own VTIMEZONEs and `rrule.rrulestr` on each event.
- ical (PyPI `ical`, Allen Porter's library behind Home Assistant's local calendar): it replaces a
  TZID it knows with its own tz data, so we also read it with the TZIDs renamed, which makes it use
  the file's VTIMEZONEs.
- recurring-ical-events (on icalendar), with TZIDs renamed for the same reason.
- khal (Debian): imports the file into a vdir and lists the sessions, shown in UTC.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

UTC = dt.UTC
ROOT = Path(__file__).resolve().parents[2]
ICALJS = ROOT / ".venv" / "node" / "node_modules" / "ical.js" / "dist" / "ical.js"
ICALJS_SCRIPT = Path(__file__).with_name("clients") / "icaljs_expand.mjs"
NODE = shutil.which("node")
KHAL = shutil.which("khal")

Sessions = set[tuple[str, int]]


def rename_tzids(data: bytes) -> bytes:
    """Make every TZID unknown to IANA lookups, so a client must use the file's VTIMEZONE."""
    text = re.sub(r"(TZID[=:])([A-Za-z_]+/[A-Za-z_/+-]+|UTC)", r"\1X-File/\2", data.decode())
    return text.encode()


def unfold(data: bytes) -> list[str]:
    return data.decode().replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")


def _keep(uid: str, start: dt.datetime, lo: dt.datetime, hi: dt.datetime, out: Sessions) -> None:
    if lo <= start < hi:
        out.add((uid, int(start.timestamp())))


def icaljs(path: Path, lo: dt.datetime, hi: dt.datetime) -> Sessions:
    out = subprocess.run([NODE, str(ICALJS_SCRIPT), str(ICALJS), str(path), str(int(lo.timestamp())),
                          str(int(hi.timestamp()))], capture_output=True, text=True, check=True, timeout=300)
    return {(uid, t) for uid, t in json.loads(out.stdout)}


def vobject_sessions(data: bytes, lo: dt.datetime, hi: dt.datetime) -> Sessions:
    import vobject

    out: Sessions = set()
    cal = vobject.readOne(data.decode())
    for ev in cal.vevent_list:
        for start in ev.getrruleset(addRDate=True):
            if start >= hi:
                break
            _keep(ev.uid.value, start, lo, hi, out)
    return out


def dateutil_sessions(data: bytes, lo: dt.datetime, hi: dt.datetime) -> Sessions:
    from dateutil import rrule, tz

    lines = unfold(data)
    zones_text = []
    inside = False
    for line in lines:
        inside = inside or line == "BEGIN:VTIMEZONE"
        if inside:
            zones_text.append(line)
        if line == "END:VTIMEZONE":
            inside = False
    zones = tz.tzical(io.StringIO("\r\n".join(zones_text)))
    out: Sessions = set()
    event: dict[str, str] | None = None
    in_alarm = False
    for line in lines:
        if line == "BEGIN:VEVENT":
            event = {}
        elif line in ("BEGIN:VALARM", "END:VALARM"):
            in_alarm = line == "BEGIN:VALARM"
        elif line == "END:VEVENT" and event is not None:
            (prop, value), = [(k, v) for k, v in event.items() if k.startswith("DTSTART")]
            zone = zones.get(prop.removeprefix("DTSTART;TZID="))
            assert zone is not None, prop
            start = dt.datetime.strptime(value, "%Y%m%dT%H%M%S").replace(tzinfo=zone)
            for occ in rrule.rrulestr(event["RRULE"], dtstart=start):
                if occ >= hi:
                    break
                _keep(event["UID"], occ, lo, hi, out)
            event = None
        elif event is not None and not in_alarm and ":" in line:
            name, value = line.split(":", 1)
            event[name] = value
    return out


def ical_sessions(data: bytes, lo: dt.datetime, hi: dt.datetime) -> Sessions:
    from ical.calendar_stream import IcsCalendarStream

    cal = IcsCalendarStream.calendar_from_ics(data.decode())
    out: Sessions = set()
    for ev in cal.timeline_tz(UTC).overlapping(lo - dt.timedelta(days=1), hi + dt.timedelta(days=1)):
        _keep(ev.uid, ev.start.astimezone(UTC), lo, hi, out)
    return out


def recurring_sessions(data: bytes, lo: dt.datetime, hi: dt.datetime) -> Sessions:
    import icalendar
    import recurring_ical_events

    out: Sessions = set()
    cal = icalendar.Calendar.from_ical(data)
    for ev in recurring_ical_events.of(cal).between(lo - dt.timedelta(days=1), hi + dt.timedelta(days=1)):
        _keep(str(ev["UID"]), ev["DTSTART"].dt.astimezone(UTC), lo, hi, out)
    return out


KHAL_CONFIG = """[calendars]
[[pln]]
path = {vdir}
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = UTC
default_timezone = UTC
[default]
default_calendar = pln
"""


def khal_sessions(path: Path, workdir: Path, lo: dt.datetime, hi: dt.datetime, uid_of_title) -> Sessions:
    """Imports into a fresh vdir and lists the range in one call, shown in UTC (local_timezone)."""
    vdir = workdir / "vdir"
    vdir.mkdir()
    config = workdir / "khal.conf"
    config.write_text(KHAL_CONFIG.format(vdir=vdir), encoding="utf-8")
    env = {**os.environ, "XDG_DATA_HOME": str(workdir / "xdg-data"), "XDG_CONFIG_HOME": str(workdir / "xdg")}

    def khal(*args):
        return subprocess.run([KHAL, "-c", str(config), *args], env=env, capture_output=True, text=True,
                              check=True, timeout=300).stdout

    khal("import", "--batch", str(path))
    days = (hi - lo).days + 3
    listed = khal("list", "--format", "{start} {title}", "--day-format", "",
                  f"{lo - dt.timedelta(days=1):%Y-%m-%d}", f"{days}d")
    out: Sessions = set()
    for line in listed.splitlines():
        if not line.strip():
            continue
        day, time, title = line.split(" ", 2)
        start = dt.datetime.strptime(f"{day} {time}", "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
        _keep(uid_of_title(title), start, lo, hi, out)
    return out
