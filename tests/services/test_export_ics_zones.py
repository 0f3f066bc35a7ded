"""VTIMEZONEs written from the zone's own tz rules (plnonboard.services.ics_zones), read back with
dateutil's tzical (an independent VTIMEZONE reader) and compared with zoneinfo, plus the shape the
calendar clients need: onsets in TZOFFSETFROM time, RDATE lists that repeat DTSTART, the footer rule
as RRULEs, history from 2000, a stable order."""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
import zoneinfo

import pytest
from dateutil import rrule, tz

from plnonboard.services import ics_zones
from plnonboard.services.ics_zones import Observance, PosixRule, RuleDate, TType

UTC = dt.UTC
FIRST = dt.datetime(2026, 11, 22, tzinfo=UTC)
LAST = dt.datetime(2028, 11, 25, tzinfo=UTC)
ZONES = ["America/St_Johns", "Australia/Lord_Howe", "Pacific/Chatham", "Africa/Casablanca", "Asia/Kolkata",
         "America/Sao_Paulo", "America/Chicago", "Europe/London", "Australia/Melbourne", "America/New_York",
         "Pacific/Auckland", "America/Nuuk", "Asia/Jerusalem", "Asia/Tehran", "Europe/Dublin", "UTC",
         "Pacific/Kiritimati", "America/Santiago", "Asia/Gaza"]


def read_zone(key: str):
    text = "\r\n".join(ics_zones.vtimezone_lines(key, FIRST, LAST))
    return tz.tzical(io.StringIO(text)).get(key), text


def zoneinfo_changes(key: str, start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
    """Every UTC instant in [start, end) where zoneinfo's offset changes (found by day, then bisected)."""
    z = zoneinfo.ZoneInfo(key)
    out, t = [], start
    while t < end:
        nxt = t + dt.timedelta(days=1)
        if t.astimezone(z).utcoffset() != nxt.astimezone(z).utcoffset():
            lo, hi = t, nxt
            while hi - lo > dt.timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                mid = mid.replace(microsecond=0)
                if mid.astimezone(z).utcoffset() == lo.astimezone(z).utcoffset():
                    lo = mid
                else:
                    hi = mid
            out.append(hi)
        t = nxt
    return out


@pytest.mark.parametrize("key", ZONES)
def test_dateutil_reads_the_same_offsets_as_zoneinfo_from_2000_to_the_end_of_the_export(key):
    """Probed as a reader uses a VTIMEZONE: a wall time in the zone -> its UTC offset, around every
    change from 2000 to the end of the export. Wall times that happen twice or never are left out
    here (they are each reader's own rule: see test_export_ics_clients)."""
    zone, _ = read_zone(key)
    real = zoneinfo.ZoneInfo(key)
    changes = zoneinfo_changes(key, ics_zones.HISTORY_FROM, LAST)
    probes = [ics_zones.HISTORY_FROM + dt.timedelta(days=1), LAST - dt.timedelta(days=1)]
    near = [dt.timedelta(seconds=s) for s in (-3601, -1801, -1, 0, 1, 1801, 3601)]
    for a, b in zip([ics_zones.HISTORY_FROM, *changes], [*changes, LAST], strict=True):
        probes += [a + (b - a) / 2, *(b + d for d in near)]
    checked = 0
    for t in probes:
        wall = t.astimezone(real).replace(tzinfo=None)
        if wall.replace(tzinfo=real, fold=0).utcoffset() != wall.replace(tzinfo=real, fold=1).utcoffset():
            continue
        assert wall.replace(tzinfo=zone).utcoffset() == t.astimezone(real).utcoffset(), (key, t, wall)
        checked += 1
    assert checked >= len(probes) // 2
    if key in ("Europe/London", "Africa/Casablanca", "America/Chicago"):
        assert len(changes) >= 40  # a real history, not a window of two years


def test_casablanca_2027_ramadan_change_is_in_the_zone():
    """icalendar's Timezone.from_tzinfo steps 64 days and loses this 35-day period."""
    _, text = read_zone("Africa/Casablanca")
    # 7 Feb 2027 03:00 (+01) -> 02:00 (+00); 14 Mar 2027 02:00 (+00) -> 03:00 (+01)
    assert "RDATE:20270207T030000" in text and "RDATE:20270314T020000" in text
    changes = zoneinfo_changes("Africa/Casablanca", FIRST, LAST)
    assert [c.date() for c in changes] == [dt.date(2027, 2, 7), dt.date(2027, 3, 14),
                                           dt.date(2028, 1, 23), dt.date(2028, 3, 5)]


def test_onsets_are_in_the_offset_before_them_and_the_footer_is_an_rrule():
    obs = ics_zones.observances("America/Chicago", FIRST, LAST)
    rules = [o for o in obs if o.rrule]
    assert [(o.dst, o.rrule, o.start.time(), o.offset_from, o.offset_to) for o in rules] == [
        (True, "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", dt.time(2), -6 * 3600, -5 * 3600),
        (False, "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", dt.time(2), -5 * 3600, -6 * 3600)]
    assert rules[0].start == dt.datetime(2007, 3, 11, 2)  # the US rule since 2007; before it, RDATEs
    rdated = [o for o in obs if not o.rrule]
    assert rdated and all(o.rdates[0] == o.start for o in rdated)  # ical.js ignores DTSTART with RDATEs
    assert min(o.start for o in obs) <= dt.datetime(2000, 1, 1)  # vobject compares 2000-2020
    # Southern hemisphere with a 30-minute change, and a rule whose day moves by a negative time
    lhi = [o.rrule for o in ics_zones.observances("Australia/Lord_Howe", FIRST, LAST) if o.rrule]
    assert lhi == ["FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU"]
    nuuk = [o.rrule for o in ics_zones.observances("America/Nuuk", FIRST, LAST) if o.rrule]
    assert nuuk[0] == "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-8,-7,-6,-5,-4,-3,-2;BYDAY=SA"  # M3.5.0/-1


def test_every_footer_rule_in_the_tz_database_expands_to_its_own_transitions():
    """The RRULE we write for each zone's POSIX rule gives exactly the rule's onsets (2020-2060)."""
    checked = 0
    for key in sorted(zoneinfo.available_timezones()):
        try:
            trans, initial, footer = ics_zones.parse_tzif(ics_zones.tzif_bytes(key))
        except ics_zones.ZoneDataError:
            continue
        rule = ics_zones.parse_posix(footer)
        assert rule is not None, (key, footer)
        if rule.dst is None:
            continue
        for which, rd in (("start", rule.start), ("end", rule.end)):
            text = rd.rrule()
            expect = [rd.local(y) for y in range(2020, 2061)]
            if not text:  # e.g. Cairo's "Friday after the last Thursday of October" is 1 Nov in some years
                assert {d.month for d in expect} == {rd.month, rd.month % 12 + 1}, (key, footer)
                continue
            got = list(rrule.rrulestr(text, dtstart=expect[0]).between(expect[0], expect[-1], inc=True))
            assert got == expect, (key, which, text)
        checked += 1
    assert checked > 100  # zones with daylight saving time today


def test_a_rule_an_rrule_cannot_say_falls_back_to_exact_rdates_with_every_dtstart():
    std, dst = TType(3600, False, "S"), TType(7200, True, "D")
    # "last Sunday of February + 3 days" lands in March in some years: no BYMONTH rule says that
    rule = PosixRule(std, dst, RuleDate(2, 5, 0, 3 * 86400 + 7200), RuleDate(10, 5, 0, 3600 * 3))
    assert rule.start.rrule() == ""
    obs = ics_zones.build_observances([], std, rule, FIRST, LAST)
    assert not any(o.rrule for o in obs)
    onsets = sorted(r for o in obs for r in o.rdates if o.offset_from != o.offset_to)
    expect = sorted(t.onset() for y in range(1999, 2030) for t in rule.transitions(y)
                    if ics_zones.HISTORY_FROM.timestamp() <= t.at <= LAST.timestamp())
    assert onsets == expect
    assert all(o.start in o.rdates for o in obs)
    # no footer at all: only the file's own transitions, and the state at 2000
    obs = ics_zones.build_observances([], std, None, FIRST, LAST)
    assert obs == [Observance(False, "S", 3600, 3600, dt.datetime(2000, 1, 1, 1), rdates=(dt.datetime(2000, 1, 1, 1),))]


def test_bad_files_are_a_clear_error_not_a_crash():
    for data in (b"", b"TZif2" + b"\0" * 10, b"TZif2" + b"\0" * 15 + b"\xff" * 24, b"NOTZ" * 20):
        with pytest.raises(ics_zones.ZoneDataError):
            ics_zones.parse_tzif(data)
    for key in ("../etc/passwd", "/etc/passwd", "No/Such_Zone"):
        with pytest.raises(ics_zones.ZoneDataError):
            ics_zones.tzif_bytes(key)
    assert ics_zones.parse_posix("") is None and ics_zones.parse_posix("EST5EDT") is None
    assert ics_zones.parse_posix("<+0330>-3:30").std.offset == 12600


def test_same_bytes_whatever_the_hash_seed():
    code = ("import datetime as dt; from plnonboard.services import ics_zones as z;"
            "u=dt.timezone.utc; import sys;"
            "sys.stdout.write(z.vtimezones({'Europe/London','Asia/Kolkata','America/Chicago','Pacific/Chatham'},"
            "dt.datetime(2026,11,22,tzinfo=u), dt.datetime(2028,11,25,tzinfo=u)).decode())")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(outs) == 1
    text = outs.pop()
    tzids = [line for line in text.splitlines() if line.startswith("TZID:")]
    assert tzids == sorted(tzids) and len(tzids) == 4


def test_vobject_does_not_take_london_for_utc():
    vobject = pytest.importorskip("vobject")
    from vobject.icalendar import tzinfo_eq

    zone, text = read_zone("Europe/London")
    cal = vobject.readOne("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n" + text + "\r\n"
                          "BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20260101T000000Z\r\n"
                          "DTSTART;TZID=Europe/London:20270701T200000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    start = cal.vevent.dtstart.value
    assert start.utcoffset() == dt.timedelta(hours=1)
    assert not tzinfo_eq(zone, tz.tzutc())
