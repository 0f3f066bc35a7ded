"""`plnonboard week`: one week of a plan in the user's zone, with conflicts and the budget."""

from __future__ import annotations

import datetime as dt
import json

from ..core.schedule import plan_week
from ..core.status import effective_status
from ..core.timefmt import date_text, hhmm
from ..core.zones import city_name
from ..services.wording import conflict_text, status_text
from . import context


def week_json(report, today) -> dict:
    """Each conflict is written once, in "conflicts"; an occurrence lists the ids (indexes) of its
    conflicts, so the output grows with the number of sessions, not with the square of it."""
    zone = report.time_zone
    index = {o.key: i for i, o in enumerate(report.occurrences)}
    ids = {id(c): n for n, c in enumerate(report.conflicts)}
    return {
        "time_zone": zone,
        "week_start": report.monday.isoformat(),
        "occurrences": [{
            "id": i,
            "chat": o.chat.id,
            "hashtag": o.chat.hashtag,
            "start": o.start_in(zone).isoformat(),
            "end": o.end_in(zone).isoformat(),
            "host_start": o.host_start().isoformat(),
            "host_zone": o.slot.zone,
            "status": effective_status(o.chat, today).status,
            "conflicts": [ids[id(c)] for c in report.conflicts_for(o)],
        } for i, o in enumerate(report.occurrences)],
        "conflicts": [{
            "id": n,
            "kind": c.kind,
            "message": conflict_text(c),
            "occurrences": [index[x.key] for x in (c.occurrence, c.other) if x is not None and x.key in index],
            **({"others": c.data["others"]} if "others" in c.data else {}),
        } for n, c in enumerate(report.conflicts)],
        # A pause removes sessions from `occurrences`; they are listed here so nothing vanishes silently.
        "paused": report.fully_paused,
        "pauses": [{"date": (report.monday + dt.timedelta(days=d)).isoformat(), "from": p.start.isoformat(),
                    "to": p.end.isoformat(), "label": p.label} for d, p in sorted(report.paused_days.items())],
        "paused_occurrences": [{"chat": o.chat.id, "hashtag": o.chat.hashtag, "start": o.start_in(zone).isoformat()}
                               for o in report.paused],
        "minutes_total": report.minutes_total,
        "budget_minutes": report.budget_minutes,
        "over_budget": report.over_budget,
    }


def cmd_week(args) -> int:
    plan = context.plan_from(args)
    zone = context.zone(args.tz, plan.profile.time_zone)
    day = context.parse_day(args.week)
    report = plan_week(plan, context.directory(), day, zone)
    if args.json:
        print(json.dumps(week_json(report, context.today()), indent=2, ensure_ascii=False))
        return 0
    today = context.today()
    print(f"Week of {date_text(report.monday, weekday=True)} · times in {zone}")
    skipped: dict[dt.date, list[str]] = {}
    for o in report.paused:
        skipped.setdefault(o.start_in(zone).date(), []).append(o.chat.hashtag)
    if report.fully_paused:
        pause = report.paused_days[0]
        label = f" ({pause.label})" if pause.label else ""
        print(f"  Paused{label} from {pause.start:%a %d %b} to {pause.end:%a %d %b %Y}: no chats this week.")
        if report.paused:
            print(f"  Skipped: {', '.join(o.chat.hashtag for o in report.paused)}")
    elif report.paused_days:
        for d, pause in sorted(report.paused_days.items()):
            day = report.monday + dt.timedelta(days=d)
            label = f" ({pause.label})" if pause.label else ""
            tags = f"; skipped {', '.join(skipped[day])}" if day in skipped else ""
            print(f"  {day:%a %d %b}: paused{label}{tags}")
    if not report.occurrences and not report.fully_paused:
        print("  No chat sessions this week.")
    for o in report.occurrences:
        s, e, h = o.start_in(zone), o.end_in(zone), o.host_start()
        host = "" if h.utcoffset() == s.utcoffset() else f"  ({hhmm(h)} in {city_name(o.slot.zone)})"
        print(f"  {date_text(s.date(), weekday=True, year=False)} {hhmm(s)}-{hhmm(e)}  "
              f"{o.chat.hashtag}  {o.chat.title}{host}")
        status = effective_status(o.chat, today)
        if not status.running and not o.chat.custom:
            print(f"      ? {status_text(status)}")
        for c in report.conflicts_for(o):
            # an overlap is told once, under the session that starts while the other runs
            if (c.other is o) if c.other is not None else (c.occurrence is o):
                print(f"      ! {conflict_text(c)}")
    state = "over budget" if report.over_budget else "within budget"
    print(f"Total: {report.minutes_total} of {report.budget_minutes} minutes ({state}) · "
          f"{len(report.occurrences)} sessions")
    for c in report.conflicts:
        if c.occurrence is None:
            print(f"  ! {conflict_text(c)}")
    return 0
