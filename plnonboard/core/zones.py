"""IANA zone lookup with one clear error. zoneinfo reads the tz database (system or the
tzdata package); that lookup is the only outside data the core touches, and it is cached."""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from .errors import UnknownZone

UTC = zoneinfo.ZoneInfo("UTC")


def get_zone(name: object) -> zoneinfo.ZoneInfo:
    # Checked before the cache: a list or dict where a zone belongs is unhashable, and the cache
    # would turn it into a TypeError (an internal error) instead of this one clear error.
    if not isinstance(name, str) or not name or name.startswith(("/", ".")) or ".." in name:
        raise UnknownZone(str(name)[:100])
    return _zone(name)


@functools.lru_cache(maxsize=512)
def _zone(name: str) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        raise UnknownZone(name) from None


def utc_offset(moment: dt.datetime) -> dt.timedelta:
    """The UTC offset of an aware datetime. Every one the core makes carries a zone, so None (a
    naive datetime) is a programming error, said here once rather than guessed at each caller."""
    offset = moment.utcoffset()
    if offset is None:
        raise TypeError(f"{moment!r} is naive: it has no UTC offset")
    return offset


def is_zone(name: str) -> bool:
    try:
        get_zone(name)
    except UnknownZone:
        return False
    return True


def wall_to_utc(day: dt.date, time: dt.time, zone: str) -> dt.datetime:
    """The UTC instant of a wall-clock time on a date in `zone`. A time the clocks skip or repeat
    is read with fold=0, the offset in force before the change (RFC 5545's rule for DTSTART, and
    zoneinfo's default): a skipped time lands after the change, a repeated one is the first."""
    return dt.datetime.combine(day, time, tzinfo=get_zone(zone)).replace(fold=0).astimezone(UTC)


def day_start_utc(day: dt.date, zone: str) -> dt.datetime:
    """The instant `day` begins on the zone's wall clock, in UTC. When midnight is skipped
    (Tehran, 22 March 2021) that is the change itself; when it repeats (Jerusalem, 7 October
    2002) the first midnight. Either way the previous day ends exactly there: days and weeks
    built from this tile time with no gap and no overlap."""
    return wall_to_utc(day, dt.time(0), zone)


@functools.lru_cache(maxsize=1)
def all_zones() -> tuple[str, ...]:
    """Every IANA zone name, sorted, without the legacy aliases nobody picks by hand."""
    names = zoneinfo.available_timezones()
    skip_prefix = ("Etc/", "SystemV/", "US/", "posixrules", "right/", "posix/")
    keep = {n for n in names if "/" in n and not n.startswith(skip_prefix)}
    keep.add("UTC")
    return tuple(sorted(keep))


def city_name(zone: str) -> str:
    """'America/New_York' -> 'New York' (what people call a zone in a sentence)."""
    if zone in ("UTC", "Etc/UTC", "Etc/GMT"):
        return "UTC"
    return zone.rsplit("/", 1)[-1].replace("_", " ")
