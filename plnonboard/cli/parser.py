"""argparse set-up for every subcommand (each command's code lives in its own module)."""

from __future__ import annotations

import argparse
from typing import NoReturn

from .. import __version__


TODAY_ENV = "PLNONBOARD_TODAY"  # like --today, for every command and the window


class OneLineParser(argparse.ArgumentParser):
    """Usage errors as one clear line (plus the hint to --help), exit code 2."""

    def error(self, message: str) -> NoReturn:  # argparse API
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _common() -> OneLineParser:
    # A OneLineParser like the parsers that take it as a parent: argparse's types ask that parents
    # be of the subparsers' own class.
    common = OneLineParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="where the store lives (default: $PLNONBOARD_DATA_DIR or the user data folder)")
    common.add_argument("--today", metavar="YYYY-MM-DD", default=argparse.SUPPRESS,
                        help="act as if today were this date: statuses, 'this week' and plans are computed for "
                             "it (default: $PLNONBOARD_TODAY, else the real date)")
    return common


def _top_level(common: argparse.ArgumentParser) -> OneLineParser:
    p = OneLineParser(prog="plnonboard", parents=[common],
                      description="PLN Onboard: choose education chats, set boundaries, keep a weekly "
                                  "chat calendar and a starter follow list. With no command, opens the app.")
    p.add_argument("--version", action="version", version=f"plnonboard {__version__}")
    p.add_argument("--self-test", action="store_true",
                   help="check that this installation works (data, time zones, libraries, window) and exit")
    p.add_argument("--language", metavar="LANG", type=str.lower, choices=("en", "es"), default=argparse.SUPPRESS,
                   help="the window's language: en or es (default: the saved choice, else the system's)")
    p.set_defaults(func=None)
    return p


# The options a plain start of the window takes, and whether each takes a value.
_WINDOW_OPTIONS = {"--data-dir": True, "--today": True, "--language": True, "--self-test": False}


def window_args(argv: list[str]) -> argparse.Namespace | None:
    """The arguments of a plain start of the app (no command, no --help), read without building any
    parser: the subcommands import the directory and every export, and even one argparse parser looks
    its messages up through gettext (the locale module and a search for catalogues), none of which
    opening the window needs. Only exact spellings are taken; anything else (an abbreviation, a bad
    language, a command) returns None, for the full parser to handle and report."""
    values: dict[str, object] = {"self_test": False, "func": None}
    items = iter(argv)
    for arg in items:
        name, eq, value = arg.partition("=")
        takes_value = _WINDOW_OPTIONS.get(name)
        if takes_value is None or (eq and not takes_value):
            return None
        if takes_value and not eq:
            following = next(items, None)
            if following is None or following.startswith("-"):
                return None
            value = following
        if name == "--language":
            value = value.lower()
            if value not in ("en", "es"):
                return None
        values[name[2:].replace("-", "_")] = value if takes_value else True
    return argparse.Namespace(**values)


def build_parser() -> argparse.ArgumentParser:
    from ..core.vocab import GRADE_BANDS, ROLES, SUBJECTS, WEEKDAYS
    from . import chats, plan, week

    common = _common()
    p = _top_level(common)
    sub = p.add_subparsers(title="commands", metavar="COMMAND", parser_class=OneLineParser)

    c = sub.add_parser("chats", parents=[common], help="list the chat and community directory with times in your zone")
    c.add_argument("--tz", metavar="ZONE",
                   help="IANA zone to show times in (default: your saved plan's, else this computer's)")
    c.add_argument("--topic", metavar="T", action="append", default=[],
                   help=f"only chats on this subject or topic (repeatable); subjects: {', '.join(SUBJECTS)}")
    c.add_argument("--day", metavar="DAY", type=str.lower, choices=WEEKDAYS,
                   help="only chats that meet on this weekday in your zone (mon..sun)")
    c.add_argument("--running", action="store_true",
                   help="only entries running as of today (evidence at most 18 months old)")
    c.add_argument("--platform", action="append", default=[], choices=["x", "bluesky", "mastodon"],
                   help="only entries on this platform (repeatable)")
    c.add_argument("--json", action="store_true", help="machine-readable output")
    c.set_defaults(func=chats.cmd_chats)

    w = sub.add_parser("week", parents=[common], help="a plan's chats in one week, with conflicts and budget")
    w.add_argument("--plan", metavar="FILE", help="a plan file (default: the saved plan)")
    w.add_argument("--tz", metavar="ZONE", help="show in this zone instead of the plan's")
    w.add_argument("--week", metavar="YYYY-MM-DD", help="any date in the week to show (default: this week)")
    w.add_argument("--json", action="store_true", help="machine-readable output")
    w.set_defaults(func=week.cmd_week)

    pl = sub.add_parser("plan", parents=[common], help="create, inspect, import or export a plan")
    psub = pl.add_subparsers(title="plan commands", metavar="ACTION", parser_class=OneLineParser, required=True)
    n = psub.add_parser("new", parents=[common], help="write a recommended plan for a profile")
    n.add_argument("--tz", metavar="ZONE", required=True, help="your IANA time zone, e.g. America/Chicago")
    n.add_argument("--role", choices=list(ROLES), default="classroom-teacher")
    n.add_argument("--grade", action="append", default=[], choices=list(GRADE_BANDS), help="repeatable")
    n.add_argument("--subject", action="append", default=[], choices=list(SUBJECTS), help="repeatable")
    n.add_argument("--platform", action="append", default=[], choices=["x", "bluesky", "mastodon"],
                   help="platforms you use (repeatable)")
    n.add_argument("--minutes", type=int, default=120, help="weekly minutes for chats (default 120)")
    n.add_argument("--chats-per-week", type=int, default=3)
    n.add_argument("--quiet", metavar="HH:MM-HH:MM", default="22:00-07:00",
                   help="quiet hours every day, no chat inside them (default 22:00-07:00; 'none' for no quiet hours)")
    n.add_argument("--protect", metavar="DAY", action="append", default=[], type=str.lower, choices=WEEKDAYS,
                   help="a day with no chats at all, mon..sun (repeatable)")
    n.add_argument("--school-hours", metavar="HH:MM-HH:MM", default="",
                   help="your teaching hours Monday to Friday, no chat inside them (e.g. 08:30-15:30)")
    n.add_argument("-o", "--output", metavar="FILE", required=True, help="where to write the plan")
    n.set_defaults(func=plan.cmd_new)
    s = psub.add_parser("show", parents=[common], help="print a plan (default: the saved one)")
    s.add_argument("file", nargs="?", metavar="FILE")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=plan.cmd_show)
    i = psub.add_parser("import", parents=[common], help="check a plan file and save it as your plan")
    i.add_argument("file", metavar="FILE")
    i.set_defaults(func=plan.cmd_import)
    e = psub.add_parser("export", parents=[common], help="write the saved plan to a file")
    e.add_argument("file", metavar="FILE")
    e.set_defaults(func=plan.cmd_export)
    h = psub.add_parser("history", parents=[common], help="list the saved plan's earlier revisions")
    h.set_defaults(func=plan.cmd_history)
    r = psub.add_parser("restore", parents=[common], help="make an earlier revision your plan again")
    r.add_argument("revision", type=int, metavar="REVISION", help="a revision number from `plan history`")
    r.set_defaults(func=plan.cmd_restore)
    from . import export as _export
    _export.register(sub, common)
    from . import imports as _imports
    _imports.register(sub, common)
    from . import follow as _follow
    _follow.register(sub, common)
    _name_each_command(p)
    return p


def _name_each_command(parser: argparse.ArgumentParser) -> None:
    """Each command remembers its own name, so an unknown flag (which argparse reports from the
    top-level parser) can point at that command's --help."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                child.set_defaults(command_prog=child.prog)
                _name_each_command(child)


def parse(parser: argparse.ArgumentParser, argv: list[str] | None):
    args, extra = parser.parse_known_args(argv)
    if extra:
        prog = getattr(args, "command_prog", parser.prog)
        parser.exit(2, f"{prog}: error: unrecognized arguments: {' '.join(extra)} (see {prog} --help)\n")
    return args
