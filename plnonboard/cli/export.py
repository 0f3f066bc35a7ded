"""`plnonboard export calendar|starter-list`: the chat calendar (.ics) and the starter-list files."""

from __future__ import annotations

import dataclasses
import datetime as dt

from ..core.errors import CoreError, PlnError
from ..core.timefmt import date_text
from . import context


def _catalogue():
    from ..core.follows import Catalogue
    from ..services.resources import load_follows

    try:
        return load_follows()
    except PlnError:  # a broken entry (BadInput) or an unreadable file (StoreProblem) alike
        return Catalogue()  # the exports still work from the plan's own follow details


def _directory(plan):
    from ..core.plan_chats import plan_directory

    return plan_directory(context.directory(), plan)


def cmd_calendar(args) -> int:
    from ..core.status import calendar_chats, effective_status
    from ..services.export_ics import export_calendar
    from ..services.wording import status_text

    plan = context.plan_from(args)
    day = context.parse_day(getattr(args, "start", None))
    directory = _directory(plan)
    today = context.today()
    left: list = []
    if not args.include_inactive:
        keep, left = calendar_chats(plan, directory, today)
        if left and not keep:
            raise CoreError(f"none of your plan's chats is running as of {today} ("
                            + ", ".join(c.hashtag for c in left) + "); add --include-inactive to export them anyway")
        plan = dataclasses.replace(plan, chats=keep)
    result = export_calendar(args.output, plan, directory, today=day, years=args.years)
    print(f"Wrote {args.output}: {result.events} recurring chat events from {date_text(result.first)} "
          f"to {date_text(result.last - dt.timedelta(days=1))}, each in its host's time zone.")
    for chat in left:
        print(f"  left out {chat.hashtag}: {status_text(effective_status(chat, today))} "
              "(add --include-inactive to include it)")
    for name in result.skipped:
        print(f"  left out {name}: no session in that period")
    return 0


def cmd_starter_list(args) -> int:
    from ..services.exports import FORMATS, export_starter_list

    plan = context.plan_from(args)
    zone = context.zone(args.tz, plan.profile.time_zone)
    day = context.parse_day(getattr(args, "start", None))
    directory, catalogue = _directory(plan), _catalogue()
    if args.format == "pdf":
        from ..ui.pdf_export import default_paper, ensure_gui_app, export_pdf

        ensure_gui_app()
        paper = args.paper or default_paper()
        export_pdf(args.output, plan, directory, catalogue, zone=zone, today=day, paper=paper)
        print(f"Wrote {args.output}: your starter page as a PDF ({paper}).")
        return 0
    export_starter_list(args.format, args.output, plan, directory, catalogue, zone=zone, today=day)
    print(f"Wrote {args.output}: {FORMATS[args.format].label}.")
    return 0


def _years(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 5:
        import argparse

        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of years from 1 to 5")
    return value


def register(sub, common) -> None:
    from ..services.exports import FORMATS

    e = sub.add_parser("export", parents=[common], help="write the chat calendar or the starter list to a file")
    esub = e.add_subparsers(title="export commands", metavar="WHAT", parser_class=type(e), required=True)

    c = esub.add_parser("calendar", parents=[common],
                        help="an iCalendar (.ics) file of your chats for any calendar app")
    c.add_argument("--plan", metavar="FILE", help="a plan file (default: the saved plan)")
    c.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                   help="list sessions from the Monday of this date's week (default: this week)")
    c.add_argument("--years", type=_years, default=2, metavar="N",
                   help="how many years of sessions to list (1-5, default 2); export again to extend")
    c.add_argument("--include-inactive", action="store_true",
                   help="also list chats that are not running as of today (paused, ended, not confirmed lately)")
    c.add_argument("-o", "--output", metavar="FILE.ics", required=True, help="where to write the calendar")
    c.set_defaults(func=cmd_calendar)

    names = ", ".join(f"{k} ({v.label})" for k, v in FORMATS.items())
    s = esub.add_parser("starter-list", parents=[common],
                        help="your chats and follow list as a page to share, or files for other apps")
    s.add_argument("--plan", metavar="FILE", help="a plan file (default: the saved plan)")
    s.add_argument("--format", required=True, choices=list(FORMATS), metavar="F", help=f"one of: {names}")
    s.add_argument("--paper", choices=["a4", "letter"], help="PDF paper size (default: from your locale)")
    s.add_argument("--tz", metavar="ZONE", help="show times in this zone instead of the plan's")
    s.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                   help="the date the next sessions are counted from (default: today)")
    s.add_argument("-o", "--output", metavar="FILE", required=True, help="where to write the file")
    s.set_defaults(func=cmd_starter_list)
