"""`plnonboard chats`: the directory with each slot's next start in your zone and the host's."""

from __future__ import annotations

import datetime as dt
import json

from ..core.directory import frequency_to_dict
from ..core.recurrence import next_occurrence
from ..core.timefmt import date_text, day_time
from ..core.vocab import WEEKDAY_NAMES, WEEKDAYS
from ..core.zones import UTC
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
    now = dt.datetime.now(UTC)
    rows = []
    for chat in sorted(directory, key=lambda c: c.id):
        if not _matches_topic(chat, args.topic):
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
        out = {"time_zone": zone, "count": len(rows), "chats": [_chat_json(c, s) for c, s in rows],
               "problems": [str(e) for e in directory.errors]}
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    print(f"{len(rows)} chats · times in {zone} (yours) and the host's zone")
    for chat, slots in rows:
        seen = f"last seen {chat.last_seen}" if chat.last_seen else "last seen: unknown"
        print(f"\n{chat.hashtag}  {chat.title}  [{chat.status}, {seen}]")
        for slot, local, host in slots:
            when = slot.frequency.describe(WEEKDAY_NAMES[slot.weekday])
            if local is None:
                print(f"  {when}: no session in the next year")
                continue
            print(f"  next {date_text(local.date())}, {day_time(local)} your time · {day_time(host)} {slot.zone}"
                  f" · {slot.minutes} min · {when}")
    for problem in directory.errors:
        print(f"\nskipped a broken directory entry: {problem}")
    return 0


def _chat_json(chat, slots) -> dict:
    return {
        "id": chat.id, "hashtag": chat.hashtag, "title": chat.title, "status": chat.status,
        "last_seen": chat.last_seen, "sources": list(chat.sources), "platforms": list(chat.platforms),
        "subjects": list(chat.subjects), "grade_bands": list(chat.grade_bands), "link": chat.link,
        "slots": [{
            "weekday": WEEKDAYS[slot.weekday], "start": slot.start.strftime("%H:%M"), "zone": slot.zone,
            "minutes": slot.minutes, "frequency": frequency_to_dict(slot.frequency),
            "next_start": local.isoformat() if local else None,
            "next_start_host": host.isoformat() if host else None,
        } for slot, local, host in slots],
    }
