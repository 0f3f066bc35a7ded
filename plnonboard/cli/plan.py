"""`plnonboard plan new|show|import|export`."""

from __future__ import annotations

import datetime as dt
import json

from ..core.errors import CoreError
from ..core.model import Boundaries, Plan, Profile
from ..core.planfile import dump_plan, plan_to_dict
from ..core.recommend import propose
from ..services.files import write_atomic
from . import context


def cmd_new(args) -> int:
    zone = context.zone(args.tz)
    if not 0 <= args.minutes <= 10080:
        raise CoreError(f"--minutes {args.minutes} must be between 0 and 10080")
    if not 0 <= args.chats_per_week <= 100:
        raise CoreError(f"--chats-per-week {args.chats_per_week} must be between 0 and 100")
    profile = Profile(role=args.role, grade_bands=list(dict.fromkeys(args.grade)),
                      subjects=list(dict.fromkeys(args.subject)), time_zone=zone,
                      platforms=list(dict.fromkeys(args.platform)))
    boundaries = Boundaries(weekly_minutes=args.minutes, chats_per_week=args.chats_per_week)
    directory = context.directory()
    proposal = propose(directory, profile, boundaries, zone, dt.date.today())
    plan = Plan(profile=profile, boundaries=boundaries, chats=proposal.plan_chats())
    plan.follows = _starter_follows(plan, directory)
    write_atomic(args.output, dump_plan(plan))
    print(f"Wrote {args.output}: {len(plan.chats)} chats, {len(plan.follows)} follows.")
    for ranked, slot in proposal.chosen:
        print(f"  {ranked.chat.hashtag}: " + "; ".join(ranked.reasons))
    return 0


def _starter_follows(plan, directory):
    from ..core.follows import top_follows
    from ..services.resources import load_follows

    return top_follows(load_follows(), plan, directory)


def cmd_show(args) -> int:
    plan = context.read_plan_file(args.file) if args.file else context.saved_plan(args)
    if args.json:
        print(json.dumps(plan_to_dict(plan), indent=2, ensure_ascii=False))
        return 0
    p, b = plan.profile, plan.boundaries
    print(f"Time zone: {p.time_zone or '(this computer)'} · role: {p.role}")
    print(f"Subjects: {', '.join(p.subjects) or '-'} · grades: {', '.join(p.grade_bands) or '-'}")
    print(f"Budget: {b.weekly_minutes} min/week, at most {b.chats_per_week} chats · "
          f"reminder {b.reminder_minutes} min before")
    for q in b.quiet_hours:
        from ..core.timefmt import hhmm
        from ..core.vocab import WEEKDAY_LABELS

        days = ",".join(WEEKDAY_LABELS[d] for d in q.days)
        print(f"Quiet hours: {hhmm(q.start)}-{hhmm(q.end)} starting {days}")
    print(f"Chats ({len(plan.chats)}): " + ", ".join(c.id for c in plan.chats))
    print(f"Follows ({len(plan.follows)}): " + ", ".join(f.address for f in plan.follows))
    return 0


def cmd_import(args) -> int:
    plan = context.read_plan_file(args.file)
    directory = context.directory()
    from ..core.schedule import resolve_chats

    resolve_chats(plan, directory)  # unknown chat ids fail here, before anything is saved
    store = context.open_store(args)
    try:
        if store.notice:
            print(store.notice)
        revision = store.save_plan(plan)
    finally:
        store.close()
    print(f"Saved {args.file} as your plan (revision {revision}).")
    return 0


def cmd_export(args) -> int:
    plan = context.saved_plan(args)
    write_atomic(args.file, dump_plan(plan))
    print(f"Wrote your saved plan to {args.file}.")
    return 0
