"""The plan file contract (format "plnonboard.plan", version 1), documented in the README.

Every field but `format` and `version` is optional and has a default. Unknown fields at any
level are kept and written back in their original order after the known ones, so a plan
written by a newer version survives a round trip through this one. Writing is canonical:
dump(parse(dump(p))) == dump(p), byte for byte.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Collection
from typing import Any, NoReturn

from .directory import ID_RE, chat_to_dict, parse_chat, parse_time
from .errors import DataError, PlanError, UnknownZone
from .handles import normalise
from .model import Boundaries, Follow, Pause, Plan, PlanChat, Profile, QuietHours
from .pauses import MAX_PAUSE_DAYS, MAX_PAUSES
from .text import clean_json, clean_text
from .urls import MAX_URL_LENGTH, BadUrl, check_url
from .vocab import ACCOUNT_MODES, GRADE_BANDS, PLATFORMS, ROLES, SUBJECTS, WEEKDAYS
from .zones import get_zone

PLAN_FORMAT = "plnonboard.plan"
PLAN_VERSION = 1
MAX_PLAN_BYTES = 5_000_000
# Unknown fields are kept and written back, so whatever they hold must survive every later step:
# 500-989 levels deep was saved, then deepcopy (imports) and the JSON export hit RecursionError;
# NaN/Infinity were written back out as invalid JSON. Both are refused at the door.
MAX_DEPTH = 40

PROFILE_KEYS = ("name", "role", "grade_bands", "subjects", "time_zone", "platforms")
BOUNDARY_KEYS = ("weekly_minutes", "chats_per_week", "quiet_hours", "protected_days", "school_hours",
                 "reminder_minutes", "accounts", "privacy_acknowledged", "pauses")
PAUSE_KEYS = ("from", "to", "label")
PLANCHAT_KEYS = ("id", "sessions", "reminder_minutes")
FOLLOW_KEYS = ("platform", "address", "name", "kind", "note", "feed_url", "source")


def _extra(obj: dict[str, Any], known: Collection[str]) -> dict[str, Any]:
    # Unknown fields come from outside too: cleaned like every known one.
    extra: dict[str, Any] = clean_json({k: v for k, v in obj.items() if k not in known})
    return extra


def _obj(value: Any, where: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PlanError("must be an object", field=where)
    return value


def _int(value: Any, default: int, lo: int, hi: int, where: str) -> int:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise PlanError(f"{value!r} is not a whole number from {lo} to {hi}", field=where)
    return value


def _str(value: Any, default: str, where: str, limit: int = 500, *, multiline: bool = False,
         clean: bool = True) -> str:
    if value is None:
        return default
    if not isinstance(value, str) or len(value) > limit:
        raise PlanError("must be text", field=where)
    # Text from a file is cleaned at the door; addresses are not: their check refuses what is wrong.
    return clean_text(value, multiline=multiline) if clean else value


def _choices(value: Any, allowed: Collection[str], where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PlanError("must be a list of words", field=where)
    for v in value:
        if v not in allowed:
            raise PlanError(f"unknown value {v!r}; expected one of {', '.join(allowed)}", field=where)
    return list(dict.fromkeys(value))


def _days(value: Any, where: str) -> list[int]:
    names = _choices(value, WEEKDAYS, where)
    return sorted(WEEKDAYS.index(n) for n in names)


def parse_profile(obj: Any) -> Profile:
    obj = _obj(obj, "profile")
    zone = _str(obj.get("time_zone"), "", "profile.time_zone", 100)
    if zone:
        try:
            get_zone(zone)
        except UnknownZone as exc:
            raise PlanError(str(exc), field="profile.time_zone") from None
    role = _str(obj.get("role"), "classroom-teacher", "profile.role", 40)
    if role not in ROLES:
        raise PlanError(f"unknown role {role!r}; expected one of {', '.join(ROLES)}", field="profile.role")
    return Profile(
        name=_str(obj.get("name"), "", "profile.name", 200),
        role=role,
        grade_bands=_choices(obj.get("grade_bands"), GRADE_BANDS, "profile.grade_bands"),
        subjects=_choices(obj.get("subjects"), SUBJECTS, "profile.subjects"),
        time_zone=zone,
        platforms=_choices(obj.get("platforms"), PLATFORMS, "profile.platforms"),
        extra=_extra(obj, PROFILE_KEYS),
    )


def parse_quiet(obj: Any, where: str) -> QuietHours:
    obj = _obj(obj, where)
    try:
        start = parse_time(obj.get("start"), field_name=f"{where}.start")
        end = parse_time(obj.get("end"), field_name=f"{where}.end")
    except DataError as exc:
        raise PlanError(exc.detail, field=exc.field) from None
    if start == end:
        raise PlanError("start and end are the same time", field=where)
    days = _days(obj.get("days", list(WEEKDAYS)), f"{where}.days")
    return QuietHours(tuple(days), start, end)


def _date(value: Any, where: str) -> dt.date:
    if not isinstance(value, str):
        raise PlanError("needs a date written YYYY-MM-DD", field=where)
    try:
        if len(value) != 10:
            raise ValueError
        return dt.date.fromisoformat(value)
    except ValueError:
        raise PlanError(f"{value[:40]!r} is not a date written YYYY-MM-DD", field=where) from None


def parse_pause(obj: Any, where: str) -> Pause:
    obj = _obj(obj, where)
    start = _date(obj.get("from"), f"{where}.from")
    end = _date(obj.get("to", obj.get("from")), f"{where}.to")
    if end < start:
        raise PlanError(f"ends ({end.isoformat()}) before it starts ({start.isoformat()})", field=where)
    if (end - start).days >= MAX_PAUSE_DAYS:
        raise PlanError(f"is longer than {MAX_PAUSE_DAYS} days", field=where)
    return Pause(start, end, _str(obj.get("label"), "", f"{where}.label", 100).strip())


def parse_pauses(value: Any) -> list[Pause]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise PlanError("must be a list", field="boundaries.pauses")
    if len(value) > MAX_PAUSES:
        raise PlanError(f"has more than {MAX_PAUSES} pauses", field="boundaries.pauses")
    return [parse_pause(p, f"boundaries.pauses[{i}]") for i, p in enumerate(value)]


def pause_to_dict(pause: Pause) -> dict[str, str]:
    out = {"from": pause.start.isoformat(), "to": pause.end.isoformat()}
    if pause.label:
        out["label"] = pause.label
    return out
def _windows(obj: dict[str, Any], key: str) -> list[QuietHours]:
    raw = obj.get(key) or []
    if not isinstance(raw, list):
        raise PlanError("must be a list", field=f"boundaries.{key}")
    if len(raw) > 50:
        raise PlanError("has more than 50 windows", field=f"boundaries.{key}")
    return [parse_quiet(q, f"boundaries.{key}[{i}]") for i, q in enumerate(raw)]


def parse_boundaries(obj: Any) -> Boundaries:
    obj = _obj(obj, "boundaries")
    accounts = _str(obj.get("accounts"), "separate", "boundaries.accounts", 20)
    if accounts not in ACCOUNT_MODES:
        raise PlanError(f"{accounts!r} is not separate, single or personal", field="boundaries.accounts")
    privacy = obj.get("privacy_acknowledged", False)
    if not isinstance(privacy, bool):
        raise PlanError("must be true or false", field="boundaries.privacy_acknowledged")
    return Boundaries(
        weekly_minutes=_int(obj.get("weekly_minutes"), 120, 0, 7 * 24 * 60, "boundaries.weekly_minutes"),
        chats_per_week=_int(obj.get("chats_per_week"), 3, 0, 100, "boundaries.chats_per_week"),
        quiet_hours=_windows(obj, "quiet_hours"),
        protected_days=_days(obj.get("protected_days"), "boundaries.protected_days"),
        school_hours=_windows(obj, "school_hours"),
        reminder_minutes=_int(obj.get("reminder_minutes"), 15, 0, 7 * 24 * 60, "boundaries.reminder_minutes"),
        accounts=accounts,
        privacy_acknowledged=privacy,
        pauses=parse_pauses(obj.get("pauses")),
        extra=_extra(obj, BOUNDARY_KEYS),
    )


def parse_plan_chat(value: Any, i: int) -> PlanChat:
    where = f"chats[{i}]"
    if isinstance(value, str):
        chat_id = value.strip().lstrip("#").lower()
        if not chat_id:  # "#" alone too: an empty id would be saved and then refused on load
            raise PlanError("is an empty chat id", field=where)
        return PlanChat(chat_id)
    if not isinstance(value, dict):
        raise PlanError("must be a chat id or a chat object", field=where)
    sessions, reminder = _choices_of_sessions(value, where)
    if "slots" in value:  # a whole custom chat
        try:
            chat = parse_chat(value, custom=True)
        except DataError as exc:
            raise PlanError(exc.detail, entry=exc.entry, field=f"{where}.{exc.field}") from None
        return PlanChat(chat.id, custom=chat, sessions=sessions, reminder_minutes=reminder,
                        extra=_extra(value, CUSTOM_CHAT_KEYS | set(PLANCHAT_KEYS)))
    raw_id = value.get("id")
    if not isinstance(raw_id, str) or not raw_id.strip():
        raise PlanError("needs an id", field=f"{where}.id")
    return PlanChat(raw_id.strip().lower(), None, sessions, reminder, _extra(value, PLANCHAT_KEYS))


def _choices_of_sessions(value: dict[str, Any], where: str) -> tuple[list[int] | None, int | None]:
    """The per-chat choices a plan can make: which sessions, and its own reminder."""
    sessions = value.get("sessions")
    if sessions is not None:
        if (not isinstance(sessions, list) or not sessions
                or not all(isinstance(s, int) and not isinstance(s, bool) and 0 <= s < 14 for s in sessions)):
            raise PlanError("must be a list of session numbers (0 = the first)", field=f"{where}.sessions")
        sessions = sorted(set(sessions))
    reminder = value.get("reminder_minutes")
    if reminder is not None:
        reminder = _int(reminder, 0, 0, 7 * 24 * 60, f"{where}.reminder_minutes")
    return sessions, reminder


def parse_follow(value: Any, i: int) -> Follow:
    where = f"follows[{i}]"
    obj = _obj(value, where)
    platform = _str(obj.get("platform"), "", f"{where}.platform", 20)
    try:
        address = normalise(platform, _str(obj.get("address"), "", f"{where}.address", MAX_URL_LENGTH,
                                                clean=False))
    except DataError as exc:
        raise PlanError(exc.detail, field=f"{where}.{exc.field}") from None
    feed = _str(obj.get("feed_url"), "", f"{where}.feed_url", MAX_URL_LENGTH, clean=False)
    if feed:
        try:
            feed = check_url(feed)
        except BadUrl as exc:
            raise PlanError(exc.detail, field=f"{where}.feed_url") from None
    return Follow(
        platform=platform,
        address=address,
        name=_str(obj.get("name"), "", f"{where}.name", 300),
        kind=_str(obj.get("kind"), "account", f"{where}.kind", 40),
        note=_str(obj.get("note"), "", f"{where}.note", 2000, multiline=True),
        feed_url=feed,
        source=_str(obj.get("source"), "", f"{where}.source", 100),
        extra=_extra(obj, FOLLOW_KEYS),
    )


def _check_values(data: Any) -> None:
    """PlanError when the document nests deeper than MAX_DEPTH or holds a non-finite number
    (an iterative walk: a recursive one would fail on exactly the input it looks for)."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, float) and not math.isfinite(value):
            raise PlanError("holds NaN or Infinity, which JSON does not allow")
        if isinstance(value, (dict, list)):
            if depth > MAX_DEPTH:
                raise PlanError(f"has fields nested more than {MAX_DEPTH} levels deep")
            children = value.values() if isinstance(value, dict) else value
            stack.extend((child, depth + 1) for child in children)


def _refuse_constant(name: str) -> NoReturn:
    raise PlanError(f"holds {name}; NaN or Infinity are not numbers JSON allows")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise PlanError(f"holds the number {text[:20]}, too large for JSON (NaN or Infinity)")
    return value


def plan_from_dict(data: Any) -> Plan:
    if not isinstance(data, dict):
        raise PlanError("is not a plan (expected a JSON object)")
    _check_values(data)
    if data.get("format") != PLAN_FORMAT:
        raise PlanError(f"is not a PLN Onboard plan (expected \"format\": \"{PLAN_FORMAT}\")", field="format")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise PlanError("needs a version number", field="version")
    if version > PLAN_VERSION:
        raise PlanError(f"version {version} is newer than this app understands ({PLAN_VERSION}); "
                        "update PLN Onboard", field="version")
    chats_raw = data.get("chats") or []
    follows_raw = data.get("follows") or []
    if not isinstance(chats_raw, list):
        raise PlanError("must be a list", field="chats")
    if not isinstance(follows_raw, list):
        raise PlanError("must be a list", field="follows")
    chats = [parse_plan_chat(c, i) for i, c in enumerate(chats_raw)]
    communities = _community_ids(data.get("communities"))
    seen: set[str] = set()
    for i, c in enumerate(chats):
        if c.id in seen:
            raise PlanError(f"chat {c.id!r} is listed twice", field=f"chats[{i}]")
        seen.add(c.id)
    return Plan(
        profile=parse_profile(data.get("profile")),
        boundaries=parse_boundaries(data.get("boundaries")),
        chats=chats,
        follows=[parse_follow(f, i) for i, f in enumerate(follows_raw)],
        communities=communities,
        extra=_extra(data, ("format", "version", "profile", "boundaries", "chats", "follows", "communities")),
    )


def _community_ids(value: Any) -> list[str]:
    """The plan's chosen communities: directory ids, each once, in the order given."""
    if value is None:
        return []
    if not isinstance(value, list) or len(value) > 500:
        raise PlanError("must be a list of community ids", field="communities")
    out: list[str] = []
    for i, v in enumerate(value):
        if not isinstance(v, str) or not ID_RE.match(v.strip().lower()):
            raise PlanError(f"{v!r} is not a community id", field=f"communities[{i}]")
        v = v.strip().lower()
        if v not in out:
            out.append(v)
    return out


def parse_plan_text(text: str | bytes) -> Plan:
    if len(text) > MAX_PLAN_BYTES:
        raise PlanError(f"is larger than {MAX_PLAN_BYTES // 1_000_000} MB; a plan is a few kilobytes")
    try:
        data = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite)
    except PlanError:
        raise
    except (ValueError, RecursionError) as exc:
        msg = getattr(exc, "msg", "too deeply nested")
        line = getattr(exc, "lineno", None)
        raise PlanError(f"is not valid JSON ({msg}" + (f", line {line})" if line else ")")) from None
    return plan_from_dict(data)


def _times(q: QuietHours) -> dict[str, str | list[str]]:
    return {"days": [WEEKDAYS[d] for d in sorted(set(q.days))], "start": q.start.strftime("%H:%M"),
            "end": q.end.strftime("%H:%M")}


def plan_chat_to_json(pc: PlanChat) -> Any:
    if pc.custom is not None:
        out = chat_to_dict(pc.custom)
        out.pop("custom", None)
        if pc.sessions is not None:
            out["sessions"] = list(pc.sessions)
        if pc.reminder_minutes is not None:
            out["reminder_minutes"] = pc.reminder_minutes
        out.update(pc.extra)
        return out
    if pc.is_plain_reference:
        return pc.id
    out = {"id": pc.id}
    if pc.sessions is not None:
        out["sessions"] = list(pc.sessions)
    if pc.reminder_minutes is not None:
        out["reminder_minutes"] = pc.reminder_minutes
    out.update(pc.extra)
    return out


def follow_to_dict(f: Follow) -> dict[str, Any]:
    return {"platform": f.platform, "address": f.address, "name": f.name, "kind": f.kind, "note": f.note,
            "feed_url": f.feed_url, "source": f.source, **f.extra}


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    p, b = plan.profile, plan.boundaries
    return {
        "format": PLAN_FORMAT,
        "version": PLAN_VERSION,
        "profile": {"name": p.name, "role": p.role, "grade_bands": list(p.grade_bands),
                    "subjects": list(p.subjects), "time_zone": p.time_zone, "platforms": list(p.platforms),
                    **p.extra},
        "boundaries": {"weekly_minutes": b.weekly_minutes, "chats_per_week": b.chats_per_week,
                       "quiet_hours": [_times(q) for q in b.quiet_hours],
                       "protected_days": [WEEKDAYS[d] for d in sorted(set(b.protected_days))],
                       **({"school_hours": [_times(q) for q in b.school_hours]} if b.school_hours else {}),
                       "reminder_minutes": b.reminder_minutes, "accounts": b.accounts,
                       "privacy_acknowledged": b.privacy_acknowledged,
                       **({"pauses": [pause_to_dict(x) for x in b.pauses]} if b.pauses else {}), **b.extra},
        "chats": [plan_chat_to_json(c) for c in plan.chats],
        "follows": [follow_to_dict(f) for f in plan.follows],
        **({"communities": list(plan.communities)} if plan.communities else {}),
        **plan.extra,
    }


def dump_plan(plan: Plan) -> str:
    return json.dumps(plan_to_dict(plan), indent=2, ensure_ascii=False) + "\n"


# Keys a custom chat object owns (anything else on it is kept as an unknown field).
CUSTOM_CHAT_KEYS = frozenset({
    "id", "hashtag", "title", "description", "slots", "topics", "subjects", "grade_bands", "roles", "audience",
    "region", "platforms", "link", "status", "last_seen", "verified", "confidence", "evidence", "sources",
    "newcomer_friendly", "changes", "custom", "kind", "community_type", "join_steps", "also_hashtags",
})
