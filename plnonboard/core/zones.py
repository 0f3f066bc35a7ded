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
