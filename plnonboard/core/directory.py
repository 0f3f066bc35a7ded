"""Reading and writing chat entries (the shipped directory, user-added chats, directory updates).

Parsing is strict per entry and forgiving per file: a broken entry becomes one DataError that
names the entry and the field, and the rest still loads.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .errors import DataError
from .hashtags import HASHTAG
from .model import Chat, Frequency, Slot
from .status import parse_last_seen
from .text import clean_text
from .urls import BadUrl, check_url
from .vocab import (COMMUNITY_TYPES, ENTRY_KINDS, GRADE_BANDS, LEGACY_STATUSES, PLATFORMS, ROLES, STATUSES,
                    SUBJECTS, WEEKDAYS)
from .zones import is_zone

DIRECTORY_FORMAT = "plnonboard.directory"
ID_RE = re.compile(r"^[a-z0-9_]{1,60}$")
TIME_RE = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
MAX_MINUTES = 24 * 60
# Free text that may hold several lines; every other text field is one line (see core/text.py).
MULTILINE_FIELDS = frozenset({"description", "evidence", "changes", "note"})


def chat_id_for(hashtag: str) -> str:
    """'#aussieED' -> 'aussieed' (the directory's id rule)."""
    return hashtag.strip().lstrip("#").lower()


def parse_time(text: Any, *, entry: str = "", field_name: str = "start") -> dt.time:
    if not isinstance(text, str) or not TIME_RE.match(text.strip()):
        raise DataError(f"{text!r} is not a time like 19:30", entry=entry, field=field_name)
    hours, minutes = text.strip().split(":")
    return dt.time(int(hours), int(minutes))


def parse_weekday(value: Any, *, entry: str = "", field_name: str = "weekday") -> int:
    if isinstance(value, str) and value.strip().lower()[:3] in WEEKDAYS:
        return WEEKDAYS.index(value.strip().lower()[:3])
    raise DataError(f"{value!r} is not a weekday (mon..sun)", entry=entry, field=field_name)


def _int(value: Any, lo: int, hi: int, *, entry: str, field_name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise DataError(f"{value!r} is not a whole number from {lo} to {hi}", entry=entry, field=field_name)
    return value


def _text(obj: dict[str, Any], key: str, *, entry: str, required: bool = False, limit: int = 4000) -> str:
    value = obj.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise DataError("must be text", entry=entry, field=key)
    value = clean_text(value, multiline=key in MULTILINE_FIELDS).strip()  # cleaned at the door
    if required and not value:
        raise DataError("is missing", entry=entry, field=key)
    if len(value) > limit:
        raise DataError(f"is longer than {limit} characters", entry=entry, field=key)
    return value


def _words(obj: dict[str, Any], key: str, allowed: dict[str, str] | None, *, entry: str) -> tuple[str, ...]:
    value = obj.get(key, [])
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError("must be a list of words", entry=entry, field=key)
    if allowed is not None:
        unknown = [v for v in value if v not in allowed]
        if unknown:
            raise DataError(f"unknown value {unknown[0]!r}", entry=entry, field=key)
    cleaned = (clean_text(v).strip() for v in value)
    return tuple(dict.fromkeys(v for v in cleaned if v))


def _url(value: str, *, entry: str, field_name: str) -> str:
    """The one URL check (core/urls.py), as this module's DataError."""
    try:
        return check_url(value)
    except BadUrl as exc:
        raise DataError(f"must be an http(s) address ({exc.detail})", entry=entry, field=field_name) from None


def parse_frequency(obj: Any, *, entry: str, field_name: str = "frequency") -> Frequency:
    if obj is None:
        return Frequency()
    if not isinstance(obj, dict):
        raise DataError("must be an object like {\"kind\": \"weekly\"}", entry=entry, field=field_name)
    kind = obj.get("kind", "weekly")
    if kind == "weekly":
        return Frequency()
    if kind == "every_n_weeks":
        interval = _int(obj.get("interval"), 1, 52, entry=entry, field_name=f"{field_name}.interval")
        anchor = obj.get("anchor")
        try:
            anchor_date = dt.date.fromisoformat(anchor) if isinstance(anchor, str) else None
        except ValueError:
            anchor_date = None
        if anchor_date is None:
            raise DataError("needs an anchor date like 2026-01-07", entry=entry, field=f"{field_name}.anchor")
        return Frequency("every_n_weeks", interval=interval, anchor=anchor_date)
    if kind == "monthly":
        nth = obj.get("nth")
        if nth not in (1, 2, 3, 4, -1) or isinstance(nth, bool):
            raise DataError(f"{nth!r} is not 1, 2, 3, 4 or -1 (last)", entry=entry, field=f"{field_name}.nth")
        return Frequency("monthly", nth=nth)
    raise DataError(f"{kind!r} is not weekly, every_n_weeks or monthly", entry=entry, field=f"{field_name}.kind")


def parse_slot(obj: Any, *, entry: str, index: int = 0) -> Slot:
    where = f"slots[{index}]"
    if not isinstance(obj, dict):
        raise DataError("must be an object", entry=entry, field=where)
    weekday = parse_weekday(obj.get("weekday"), entry=entry, field_name=f"{where}.weekday")
    start = parse_time(obj.get("start"), entry=entry, field_name=f"{where}.start")
    zone = obj.get("zone")
    if not isinstance(zone, str) or not is_zone(zone):
        raise DataError(f"{zone!r} is not an IANA time zone", entry=entry, field=f"{where}.zone")
    minutes = _int(obj.get("minutes", 60), 5, MAX_MINUTES, entry=entry, field_name=f"{where}.minutes")
    frequency = parse_frequency(obj.get("frequency"), entry=entry, field_name=f"{where}.frequency")
    if frequency.anchor is not None and frequency.anchor.weekday() != weekday:
        raise DataError("anchor date is not on the slot's weekday", entry=entry, field=f"{where}.frequency.anchor")
    return Slot(
        weekday=weekday,
        start=start,
        zone=zone,
        minutes=minutes,
        frequency=frequency,
        minutes_assumed=bool(obj.get("minutes_assumed", False)),
        label=_text(obj, "label", entry=entry, limit=80),
        note=_text(obj, "note", entry=entry, limit=500),
    )


def _hashtags(obj: dict[str, Any], *, entry: str) -> tuple[str, ...]:
    value = obj.get("also_hashtags", [])
    if value is None:
        return ()
    if not isinstance(value, list) or len(value) > 10 or not all(
            isinstance(v, str) and HASHTAG.match(v.strip()) for v in value):
        raise DataError("must be a list of hashtags like #edchat", entry=entry, field="also_hashtags")
    return tuple(dict.fromkeys(v.strip() for v in value))


def parse_chat(obj: Any, *, custom: bool = False) -> Chat:
    """One directory entry: a chat (hashtag and weekly slots) or a community (no slots; an id of
    its own, a link and how to join). Older files' `"status": "active"` and whole-year
    `last_seen` numbers are read as `running` and "YYYY"."""
    if not isinstance(obj, dict):
        raise DataError("a chat must be an object")
    kind = obj.get("kind", "chat")
    hashtag = obj.get("hashtag")
    entry = clean_text(hashtag if isinstance(hashtag, str) and hashtag else str(obj.get("id", "?")), limit=80)
    if not isinstance(kind, str) or kind not in ENTRY_KINDS:
        raise DataError(f"{kind!r} is not chat or community", entry=entry, field="kind")
    if kind == "community" and (hashtag is None or hashtag == ""):
        hashtag = ""
    elif not isinstance(hashtag, str) or not HASHTAG.match(hashtag.strip()):
        raise DataError(f"{hashtag!r} is not a hashtag like #edchat", entry=entry, field="hashtag")
    hashtag = hashtag.strip()
    chat_id = obj.get("id") or (chat_id_for(hashtag) if kind == "chat" else None)
    if not isinstance(chat_id, str) or not ID_RE.match(chat_id):
        what = "lower-case hashtag without #" if kind == "chat" else "lower-case letters, digits and _"
        raise DataError(f"{chat_id!r} is not an id ({what})", entry=entry, field="id")
    if kind == "chat" and chat_id != chat_id_for(hashtag):
        raise DataError(f"id must be {chat_id_for(hashtag)!r} for {hashtag}", entry=entry, field="id")
    slots_raw = obj.get("slots")
    if kind == "community":
        if slots_raw:
            raise DataError("a community has no weekly slots (make it a chat)", entry=entry, field="slots")
        slots: tuple[Slot, ...] = ()
    else:
        if not isinstance(slots_raw, list) or not slots_raw:
            raise DataError("needs at least one weekly slot", entry=entry, field="slots")
        if len(slots_raw) > 14:
            raise DataError("has more than 14 slots", entry=entry, field="slots")
        slots = tuple(parse_slot(s, entry=entry, index=i) for i, s in enumerate(slots_raw))
    status = obj.get("status", "unverified")
    status = LEGACY_STATUSES.get(status, status) if isinstance(status, str) else status
    if not isinstance(status, str) or status not in STATUSES:
        raise DataError(f"{status!r} is not one of {', '.join(STATUSES)}", entry=entry, field="status")
    raw_seen = obj.get("last_seen")
    last_seen = ""
    if raw_seen not in (None, ""):
        seen = parse_last_seen(raw_seen)
        if seen is None:
            raise DataError(f"{raw_seen!r} is not a date like 2026-01, 2019 or 2024-12-04", entry=entry,
                            field="last_seen")
        last_seen = seen.iso()
    link = obj.get("link") or ""
    if not isinstance(link, str):
        raise DataError("must be text", entry=entry, field="link")
    link = _url(link, entry=entry, field_name="link") if link.strip() else ""
    sources = obj.get("sources", [])
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        raise DataError("must be a list of http(s) addresses", entry=entry, field="sources")
    sources = [_url(s, entry=entry, field_name="sources") for s in sources]
    if not custom and not sources:
        raise DataError("needs at least one source", entry=entry, field="sources")
    platforms = _words(obj, "platforms", PLATFORMS, entry=entry) or ("x",)
    community_type = ""
    join_steps: tuple[str, ...] = ()
    if kind == "community":
        raw_type = obj.get("community_type")
        if not isinstance(raw_type, str) or raw_type not in COMMUNITY_TYPES:
            raise DataError(f"{raw_type!r} is not one of {', '.join(COMMUNITY_TYPES)}", entry=entry,
                            field="community_type")
        community_type = raw_type
        if not link:
            raise DataError("a community needs a link to join it", entry=entry, field="link")
        join_steps = _words(obj, "join_steps", None, entry=entry)
        if not 1 <= len(join_steps) <= 3 or any(len(step) > 300 for step in join_steps):
            raise DataError("needs one to three short steps", entry=entry, field="join_steps")
    return Chat(
        id=chat_id,
        hashtag=hashtag,
        title=_text(obj, "title", entry=entry, limit=120, required=not hashtag) or hashtag,
        slots=slots,
        description=_text(obj, "description", entry=entry),
        topics=_words(obj, "topics", None, entry=entry),
        subjects=_words(obj, "subjects", SUBJECTS, entry=entry),
        grade_bands=_words(obj, "grade_bands", GRADE_BANDS, entry=entry),
        roles=_words(obj, "roles", ROLES, entry=entry),
        audience=_text(obj, "audience", entry=entry, limit=300),
        region=_text(obj, "region", entry=entry, limit=80),
        platforms=platforms,
        link=link,
        status=status,
        last_seen=last_seen,
        verified=_text(obj, "verified", entry=entry, limit=40),
        confidence=_text(obj, "confidence", entry=entry, limit=200),
        evidence=_text(obj, "evidence", entry=entry),
        sources=tuple(sources),
        newcomer_friendly=bool(obj.get("newcomer_friendly", False)),
        changes=_text(obj, "changes", entry=entry),
        custom=custom or bool(obj.get("custom", False)),
        kind=kind,
        community_type=community_type,
        join_steps=join_steps,
        also_hashtags=_hashtags(obj, entry=entry),
    )


def frequency_to_dict(f: Frequency) -> dict[str, Any]:
    if f.kind == "weekly":
        return {"kind": "weekly"}
    if f.kind == "every_n_weeks":
        return {"kind": "every_n_weeks", "interval": f.interval, "anchor": f.every_n_weeks_anchor().isoformat()}
    return {"kind": "monthly", "nth": f.nth}


def slot_to_dict(s: Slot) -> dict[str, Any]:
    out: dict[str, Any] = {
        "weekday": WEEKDAYS[s.weekday],
        "start": s.start.strftime("%H:%M"),
        "zone": s.zone,
        "minutes": s.minutes,
        "frequency": frequency_to_dict(s.frequency),
    }
    if s.minutes_assumed:
        out["minutes_assumed"] = True
    if s.label:
        out["label"] = s.label
    if s.note:
        out["note"] = s.note
    return out


def chat_to_dict(c: Chat) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": c.id,
        "hashtag": c.hashtag,
        "title": c.title,
        "description": c.description,
        "slots": [slot_to_dict(s) for s in c.slots],
        "topics": list(c.topics),
        "subjects": list(c.subjects),
        "grade_bands": list(c.grade_bands),
        "roles": list(c.roles),
        "audience": c.audience,
        "region": c.region,
        "platforms": list(c.platforms),
        "link": c.link,
        "status": c.status,
        "last_seen": c.last_seen,
        "verified": c.verified,
        "confidence": c.confidence,
        "evidence": c.evidence,
        "sources": list(c.sources),
        "newcomer_friendly": c.newcomer_friendly,
        "changes": c.changes,
    }
    if c.kind != "chat":
        out = {"id": c.id, "kind": c.kind, "community_type": c.community_type, **out, "join_steps": list(c.join_steps)}
        del out["slots"]
    if c.also_hashtags:
        out["also_hashtags"] = list(c.also_hashtags)
    if c.custom:
        out["custom"] = True
    return out


@dataclass
class Directory:
    """Chats (iterating, len() and get() see only these, as plans' `chats` name them) and
    communities (kind "community", named by plans' `communities`), each by id."""

    chats: dict[str, Chat] = field(default_factory=dict)
    errors: list[DataError] = field(default_factory=list)
    updated: str = ""
    communities: dict[str, Chat] = field(default_factory=dict)

    def get(self, chat_id: str) -> Chat | None:
        return self.chats.get(chat_id)

    def community(self, community_id: str) -> Chat | None:
        return self.communities.get(community_id)

    def entries(self) -> list[Chat]:
        """Every chat and community."""
        return [*self.chats.values(), *self.communities.values()]

    def __len__(self) -> int:
        return len(self.chats)

    def __iter__(self) -> Iterator[Chat]:
        return iter(self.chats.values())

    def with_chats(self, extra: list[Chat]) -> Directory:
        """A copy with user-added chats layered on top (they win on the same id)."""
        merged = dict(self.chats)
        communities = dict(self.communities)
        for c in extra:
            (communities if c.kind == "community" else merged)[c.id] = c
        return Directory(merged, list(self.errors), self.updated, communities)


def parse_directory(data: Any, *, custom: bool = False) -> Directory:
    """Parse a directory document. Raises DataError only when the document as a whole is not a
    directory; broken entries are collected in `errors` and skipped."""
    if not isinstance(data, dict) or data.get("format") != DIRECTORY_FORMAT:
        raise DataError(f"not a chat directory (expected \"format\": \"{DIRECTORY_FORMAT}\")")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DataError("has no valid version", field="version")
    if version > 1:
        raise DataError(f"version {version} is newer than this app understands (1); update PLN Onboard",
                        field="version")
    entries = data.get("chats")
    if not isinstance(entries, list):
        raise DataError("must hold a list of chats", field="chats")
    out = Directory(updated=str(data.get("updated", "")))
    for i, raw in enumerate(entries):
        try:
            chat = parse_chat(raw, custom=custom)
        except DataError as exc:
            if not exc.entry:
                exc = DataError(exc.detail, entry=f"chats[{i}]", field=exc.field)
            out.errors.append(exc)
            continue
        except (TypeError, AttributeError, KeyError, ValueError, RecursionError) as exc:
            # A shape no field check foresaw is still one skipped entry, never a failed update.
            out.errors.append(DataError(f"could not be read ({type(exc).__name__})", entry=_entry_name(raw, i)))
            continue
        if chat.id in out.chats or chat.id in out.communities:
            out.errors.append(DataError("appears twice; the first one is kept", entry=chat.label, field="id"))
            continue
        (out.communities if chat.kind == "community" else out.chats)[chat.id] = chat
    return out


def _entry_name(raw: Any, i: int) -> str:
    tag = raw.get("hashtag") if isinstance(raw, dict) else None
    return tag if isinstance(tag, str) and HASHTAG.match(tag) else f"chats[{i}]"


def directory_to_dict(chats: list[Chat], updated: str = "") -> dict[str, Any]:
    return {
        "format": DIRECTORY_FORMAT,
        "version": 1,
        "updated": updated,
        "chats": [chat_to_dict(c) for c in sorted(chats, key=lambda c: (c.kind != "chat", c.id))],
    }
