"""`plnonboard week`: one week of a plan in the user's zone, with conflicts and the budget."""

from __future__ import annotations

import json

from ..core.schedule import plan_week
from ..core.timefmt import date_text, hhmm
from ..core.zones import city_name
from . import context


def week_json(report) -> dict:
    zone = report.time_zone
    return {
        "time_zone": zone,
        "week_start": report.monday.isoformat(),
        "occurrences": [{
            "chat": o.chat.id,
            "hashtag": o.chat.hashtag,
            "start": o.start_in(zone).isoformat(),
            "end": o.end_in(zone).isoformat(),
            "host_start": o.host_start().isoformat(),
            "host_zone": o.slot.zone,
            "conflicts": [c.message for c in report.conflicts_for(o)],
        } for o in report.occurrences],
        "conflicts": [c.message for c in report.conflicts],
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
        print(json.dumps(week_json(report), indent=2, ensure_ascii=False))
        return 0
    print(f"Week of {date_text(report.monday, weekday=True)} · times in {zone}")
    if not report.occurrences:
        print("  No chat sessions this week.")
    for o in report.occurrences:
        s, e, h = o.start_in(zone), o.end_in(zone), o.host_start()
        host = "" if h.utcoffset() == s.utcoffset() else f"  ({hhmm(h)} in {city_name(o.slot.zone)})"
        print(f"  {date_text(s.date(), weekday=True, year=False)} {hhmm(s)}-{hhmm(e)}  {o.chat.hashtag}  {o.chat.title}{host}")
        for c in report.conflicts_for(o):
            if c.occurrence is o:
                print(f"      ! {c.message}")
    state = "over budget" if report.over_budget else "within budget"
    print(f"Total: {report.minutes_total} of {report.budget_minutes} minutes ({state}) · "
          f"{len(report.occurrences)} sessions")
    for c in report.conflicts:
        if c.occurrence is None:
            print(f"  ! {c.message}")
    return 0
