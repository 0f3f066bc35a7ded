"""`plnonboard chats`: the directory with each slot's next start in your zone and the host's."""

from __future__ import annotations

import datetime as dt
import json

from ..core.directory import frequency_to_dict
from ..core.recurrence import next_occurrence
from ..core.status import effective_status
from ..core.timefmt import date_text, day_time
from ..core.vocab import WEEKDAY_NAMES, WEEKDAYS
from ..core.zones import UTC
from ..services.wording import join_text, status_text
from . import context


def _matches_topic(chat, topics: list[str]) -> bool:
    if not topics:
        return True
    words = [t.lower() for t in topics]
    hay = [s.lower() for s in chat.subjects] + [t.lower() for t in chat.topics]
    return any(any(w == h or w in h for h in hay) for w in words)


def cmd_chats(args) -> int:
    zone = context.zone(args.tz, context.saved_zone(args))
    directory = context.directory()
    today = context.today()
    now = dt.datetime.now(UTC) if context.today() == dt.date.today() else dt.datetime.combine(
        today, dt.time(0), tzinfo=UTC)
    rows = []
    entries = sorted(directory.entries(), key=lambda c: (c.kind != "chat", c.id))
    for chat in entries:
        if not _matches_topic(chat, args.topic):
            continue
        if args.running and not effective_status(chat, today).running:
            continue
        if args.platform and not any(p in args.platform for p in chat.platforms):
            continue
        if args.day and chat.kind != "chat":
            continue
        slots = []
        for i, slot in enumerate(chat.slots):
            nxt = next_occurrence(chat, now, i)
            local = nxt.start_in(zone) if nxt else None
            host = nxt.host_start() if nxt else None
            slots.append((slot, local, host))
        if args.day and not any(local and WEEKDAYS[local.weekday()] == args.day for _, local, _ in slots):
            continue
        rows.append((chat, slots))
    if args.json:
        out = {"time_zone": zone, "today": today.isoformat(), "count": len(rows),
               "chats": [_chat_json(c, s, today) for c, s in rows],
               "problems": [str(e) for e in directory.errors]}
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    print(f"{len(rows)} chats and communities · as of {today} · times in {zone} (yours) and the host's zone")
    for chat, slots in rows:
        status = status_text(effective_status(chat, today))
        if chat.kind == "community":
            name = "  ".join(x for x in (chat.hashtag, chat.title) if x)
            print(f"\n{name}  [community · {status}]")
            print(f"  {chat.link}")
            if chat.join_steps:
                print(f"  to join: {join_text(chat)}")
            continue
        print(f"\n{chat.hashtag}  {chat.title}  [{status}]")
        for slot, local, host in slots:
            when = slot.frequency.describe(WEEKDAY_NAMES[slot.weekday])
            if local is None or host is None:  # both come from the same next session, or neither
                print(f"  {when}: no session in the next year")
                continue
            print(f"  next {date_text(local.date())}, {day_time(local)} your time · {day_time(host)} {slot.zone}"
                  f" · {slot.minutes} min · {when}")
    for problem in directory.errors:
        print(f"\nskipped a broken directory entry: {problem}")
    return 0


def _chat_json(chat, slots, today) -> dict:
    eff = effective_status(chat, today)
    extra = {}
    if chat.kind == "community":
        extra = {"community_type": chat.community_type, "join_steps": list(chat.join_steps)}
    return {
        "id": chat.id, "kind": chat.kind, "hashtag": chat.hashtag, "title": chat.title, "status": eff.status,
        "recorded_status": chat.status, "decayed": eff.decayed,
        "last_seen": chat.last_seen, "evidence": chat.evidence, "sources": list(chat.sources),
        "platforms": list(chat.platforms), **extra,
        "subjects": list(chat.subjects), "grade_bands": list(chat.grade_bands), "link": chat.link,
        "slots": [{
            "weekday": WEEKDAYS[slot.weekday], "start": slot.start.strftime("%H:%M"), "zone": slot.zone,
            "minutes": slot.minutes, "frequency": frequency_to_dict(slot.frequency),
            "next_start": local.isoformat() if local else None,
            "next_start_host": host.isoformat() if host else None,
        } for slot, local, host in slots],
    }
