"""`plnonboard plan new|show|import|export`."""

from __future__ import annotations

import datetime as dt
import json

from ..core.boundaries import default_quiet_hours, school_hours
from ..core.directory import parse_time
from ..core.errors import CoreError, DataError
from ..core.model import Boundaries, Plan, Profile, QuietHours
from ..core.planfile import dump_plan, plan_to_dict
from ..core.recommend import propose
from ..core.vocab import WEEKDAYS
from ..services.files import write_atomic
from ..services.wording import ranked_text, reason_text
from . import context


def parse_window(text: str, option: str) -> tuple[dt.time, dt.time]:
    """'22:00-07:00' -> (22:00, 07:00); a clear one-line error otherwise."""
    start, sep, end = text.strip().partition("-")
    try:
        if not sep:
            raise DataError("no dash")
        a, b = parse_time(start.strip()), parse_time(end.strip())
    except DataError:
        raise CoreError(f"{option} {text!r} is not a window like 22:00-07:00") from None
    if a == b:
        raise CoreError(f"{option} {text!r} starts and ends at the same time")
    return a, b


def boundaries_from(args) -> Boundaries:
    if args.quiet.strip().lower() == "none":
        quiet: list[QuietHours] = []
    elif args.quiet == "22:00-07:00":
        quiet = default_quiet_hours()
    else:
        a, b = parse_window(args.quiet, "--quiet")
        quiet = [QuietHours(tuple(range(7)), a, b)]
    school = []
    if args.school_hours:
        a, b = parse_window(args.school_hours, "--school-hours")
        if b <= a:
            raise CoreError(f"--school-hours {args.school_hours!r} must end after it starts, on the same day")
        school = school_hours(a, b)
    return Boundaries(weekly_minutes=args.minutes, chats_per_week=args.chats_per_week, quiet_hours=quiet,
                      protected_days=sorted({WEEKDAYS.index(d) for d in args.protect}), school_hours=school)


def cmd_new(args) -> int:
    zone = context.zone(args.tz)
    if not 0 <= args.minutes <= 10080:
        raise CoreError(f"--minutes {args.minutes} must be between 0 and 10080")
    if not 0 <= args.chats_per_week <= 100:
        raise CoreError(f"--chats-per-week {args.chats_per_week} must be between 0 and 100")
    profile = Profile(role=args.role, grade_bands=list(dict.fromkeys(args.grade)),
                      subjects=list(dict.fromkeys(args.subject)), time_zone=zone,
                      platforms=list(dict.fromkeys(args.platform)))
    boundaries = boundaries_from(args)
    directory = context.directory()
    proposal = propose(directory, profile, boundaries, zone, context.today())
    plan = Plan(profile=profile, boundaries=boundaries, chats=proposal.plan_chats(),
                communities=proposal.community_ids())
    plan.follows = _starter_follows(plan, directory)
    write_atomic(args.output, dump_plan(plan))
    counts = [_n(len(plan.chats), "chat"), _n(len(plan.communities), "community", "communities"),
              _n(len(plan.follows), "follow")]
    print(f"Wrote {args.output}: {', '.join(counts)}.")
    if not proposal.chosen:
        print("No running chat fits your subjects, platforms and hours; few live chats remain, so the "
              "communities below are as good a start.")
    for ranked, _slot in proposal.chosen:
        print(f"  {ranked.chat.label}: {ranked_text(ranked)}")
    for ranked in proposal.communities:
        print(f"  {ranked.chat.label} ({ranked.chat.link}): {ranked_text(ranked)}")
    left_out = [(r, why) for r, why in proposal.skipped if r.running]
    for ranked, why in left_out[:5]:
        print(f"  left out {ranked.chat.label}: {reason_text(why)}")
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
    from ..core.vocab import WEEKDAY_LABELS

    for q in b.quiet_hours:
        days = ",".join(WEEKDAY_LABELS[d] for d in q.days)
        print(f"Quiet hours: {q.start:%H:%M}-{q.end:%H:%M} starting {days}")
    for q in b.school_hours:
        days = ",".join(WEEKDAY_LABELS[d] for d in q.days)
        print(f"School hours: {q.start:%H:%M}-{q.end:%H:%M} on {days}")
    if b.protected_days:
        print("Protected days: " + ",".join(WEEKDAY_LABELS[d] for d in b.protected_days))
    print(f"Chats ({len(plan.chats)}): " + ", ".join(c.id for c in plan.chats))
    print(f"Communities ({len(plan.communities)}): " + ", ".join(plan.communities))
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


def _n(count: int, one: str, many: str = "") -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"
