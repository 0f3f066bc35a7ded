"""`plnonboard follow bluesky|mastodon|undo|runs`: act on the saved plan's follow list, opt-in.

Nothing is sent without the command being run; `--dry-run` shows what would happen and changes nothing.
The Bluesky app password and the Mastodon token come from the OS keyring, or from standard input with
--password-stdin / --token-stdin (then kept in the keyring for next time); they are never printed,
stored in the data folder or written to a file.
"""

from __future__ import annotations

import json
import sys

from ..core.errors import CoreError, NetworkProblem
from . import context

WORDS = {
    "signed-out": "the server refused the sign-in (check the app password or token, or make a new one)",
    "rate-limited": "the server asked to slow down",
    "daily-limit": "paused to stay under the platform's limit",
    "unreachable": "the server could not be reached",
    "cancelled": "stopped",
    "refused": "the server refused a request",
}
ACTION_WORDS = {"follow": "follow", "list-add": "add to your list", "pack-add": "add to your starter pack",
                "follow-tag": "follow hashtag", "create-list": "make list", "create-pack": "make starter pack",
                "create-pack-list": "make the starter pack's list"}


def _plain_stops(fn):
    """A run that cannot even start (the server unreachable for a preview, say) is one plain line."""
    import functools

    @functools.wraps(fn)
    def wrapper(args):
        from ..services import follow_common as fc

        try:
            return fn(args)
        except fc.Stop as stop:
            # The server's refusal or absence is a network problem; a run that does not exist is bad input.
            family = NetworkProblem if stop.problem in (fc.SIGNED_OUT, fc.RATE_LIMITED, fc.UNREACHABLE,
                                                        fc.REFUSED) else CoreError
            raise family(WORDS.get(stop.problem, stop.problem) + (f": {stop.detail}" if stop.detail else "")) \
                from None

    return wrapper


def register(sub, common) -> None:
    f = sub.add_parser("follow", parents=[common],
                       help="follow the plan's accounts and hashtags on Bluesky or Mastodon (opt-in, undoable)")
    fsub = f.add_subparsers(title="follow commands", metavar="WHERE", required=True, parser_class=type(f))
    b = fsub.add_parser("bluesky", parents=[common], help="follow the plan's Bluesky accounts; make a list or pack")
    b.add_argument("--handle", required=True, help="your Bluesky handle, e.g. name.bsky.social")
    b.add_argument("--service", default="https://bsky.social", metavar="URL",
                   help="your account's server (default https://bsky.social; a self-hosted PDS works too)")
    b.add_argument("--list", metavar="NAME", default="", help="also add them to your own list of this name")
    b.add_argument("--pack", metavar="NAME", default="",
                   help="also make your own starter pack of this name (public; up to 149 people and you)")
    b.add_argument("--no-follow", action="store_true", help="do not follow them (only the list or pack)")
    b.add_argument("--password-stdin", action="store_true",
                   help="read the app password from standard input (then kept in the OS keyring)")
    _common_flags(b)
    b.set_defaults(func=cmd_bluesky)
    m = fsub.add_parser("mastodon", parents=[common], help="follow the plan's Mastodon accounts and hashtags")
    m.add_argument("--server", required=True, metavar="URL", help="your Mastodon server, e.g. https://mastodon.social")
    m.add_argument("--token-stdin", action="store_true",
                   help="read the access token from standard input (then kept in the OS keyring)")
    _common_flags(m)
    m.set_defaults(func=cmd_mastodon)
    u = fsub.add_parser("undo", parents=[common], help="remove exactly what one run followed or made")
    u.add_argument("run", type=int, metavar="RUN", help="the run number (see `plnonboard follow runs`)")
    u.add_argument("--password-stdin", action="store_true", help="Bluesky: read the app password from stdin")
    u.add_argument("--token-stdin", action="store_true", help="Mastodon: read the token from stdin")
    u.add_argument("--json", action="store_true", help="machine-readable output")
    u.set_defaults(func=cmd_undo)
    r = fsub.add_parser("runs", parents=[common], help="list earlier runs and what each did")
    r.add_argument("--json", action="store_true", help="machine-readable output")
    r.set_defaults(func=cmd_runs)


def _common_flags(p) -> None:
    p.add_argument("--plan", metavar="FILE", help="a plan file (default: the saved plan)")
    p.add_argument("--dry-run", action="store_true", help="show what would be done; change nothing")
    p.add_argument("--json", action="store_true", help="machine-readable output")


def _secret(args, flag: str, key: str, what: str) -> tuple[str, bool]:
    """(secret, came from stdin). From stdin when asked, else the keyring; never from the command line."""
    from ..services.secrets import TokenStore

    if getattr(args, flag):
        line = sys.stdin.readline().strip()
        if not line:
            raise CoreError(f"no {what} on standard input")
        return line, True
    value = TokenStore().get(key)
    if not value:
        raise CoreError(f"no {what} saved for this account: pass --{flag.replace('_', '-')} and give it on "
                        "standard input")
    return value, False


def _remember(key: str, secret: str) -> None:
    from ..services.secrets import TokenStore

    TokenStore().set(key, secret)


def _records(args):
    from ..services.follow_records import FollowRecords

    return FollowRecords(context.open_store(args))


@_plain_stops
def cmd_bluesky(args) -> int:
    from ..core.follow_through import BlueskyChoice, ChoiceProblem
    from ..services.follow_bluesky import BlueskyRun, app_password_key
    from ..services.social_http import check_server

    plan = context.plan_from(args)
    service = check_server(args.service)
    choice = BlueskyChoice(follow=not args.no_follow, list_name=args.list, pack_name=args.pack)
    if not (choice.follow or choice.list_name.strip() or choice.pack_name.strip()):
        raise CoreError("nothing to do: --no-follow needs --list or --pack")
    try:
        if args.dry_run:
            report = BlueskyRun(None, service=service).preview(plan, args.handle, choice)
        else:
            key = app_password_key(args.handle)
            password, typed = _secret(args, "password_stdin", key, "app password")
            records = _records(args)
            try:
                report = BlueskyRun(records, service=service).run(plan, args.handle, password, choice)
            finally:
                records.store.close()
            if typed and report.problem != "signed-out":
                _remember(key, password)
    except ChoiceProblem as exc:
        name = "--list" if exc.field == "list_name" else "--pack"
        raise CoreError(f"{name} is longer than Bluesky allows ({exc.limit} characters)") from None
    return _print(report, args.json)


@_plain_stops
def cmd_mastodon(args) -> int:
    from ..services.follow_mastodon import MastodonRun, token_key
    from ..services.social_http import check_server

    plan = context.plan_from(args)
    server = check_server(args.server)
    key = token_key(server)
    token, typed = _secret(args, "token_stdin", key, "access token")
    if args.dry_run:
        report = MastodonRun(None, server, token).preview(plan)
    else:
        records = _records(args)
        try:
            report = MastodonRun(records, server, token).run(plan)
        finally:
            records.store.close()
    if typed and report.problem != "signed-out":
        _remember(key, token)
    return _print(report, args.json)


@_plain_stops
def cmd_undo(args) -> int:
    from ..services.follow_bluesky import BlueskyRun, app_password_key
    from ..services.follow_mastodon import MastodonRun, token_key

    records = _records(args)
    try:
        record = records.run(args.run)
        if record is None:
            raise CoreError(f"there is no follow run {args.run} (see `plnonboard follow runs`)")
        if record.platform == "bluesky":
            password, _ = _secret(args, "password_stdin", app_password_key(record.account), "app password")
            report = BlueskyRun(records, service=record.service).undo(args.run, record.account, password)
        else:
            token, _ = _secret(args, "token_stdin", token_key(record.service), "access token")
            report = MastodonRun(records, record.service, token).undo(args.run)
    finally:
        records.store.close()
    return _print(report, args.json)


def cmd_runs(args) -> int:
    from ..services.store import DB_NAME

    if not (context.data_dir(args) / DB_NAME).exists():
        runs = []
    else:
        records = _records(args)
        try:
            runs = records.runs()
        finally:
            records.store.close()
    if args.json:
        print(json.dumps({"runs": [{"run": r.id, "platform": r.platform, "account": r.account,
                                    "started_at": r.started_at, "status": r.status,
                                    "done": sum(a.status == "done" for a in r.actions),
                                    "undone": sum(a.status == "undone" for a in r.actions)} for r in runs]},
                         indent=2))
        return 0
    if not runs:
        print("No follow runs yet.")
    for r in runs:
        done = sum(a.status == "done" for a in r.actions)
        print(f"run {r.id}  {r.platform:8}  {r.account}  {r.started_at}  {r.status}  ({done} made)")
    return 0


def _print(report, as_json: bool) -> int:
    stopped = report.status == "stopped"
    if as_json:
        print(json.dumps(report.as_json(), indent=2, ensure_ascii=False))
    else:
        title = {"dry-run": "Would do", "undone": "Undid", "paused": "Paused", "stopped": "Stopped"}.get(
            report.status, "Done")
        where = f"run {report.run}, " if report.run is not None else ""
        print(f"{title} on {report.platform.title()} ({where}{report.account}):")
        for a in report.actions:
            print(f"  {a.status:10}  {ACTION_WORDS.get(a.kind, a.kind)}: {a.target}")
        if report.unresolved:
            print(f"Not found (check the spelling in your plan): {', '.join(report.unresolved)}")
        if report.problem:
            line = WORDS.get(report.problem, report.problem)
            if report.detail:
                line += f": {report.detail}"
            if report.resume_after:
                when = report.resume_after.astimezone()  # this computer's own time
                line += f"; run the same command again after {when:%Y-%m-%d %H:%M} to continue"
            print(line, file=sys.stderr if stopped else sys.stdout)
        if report.run is not None and report.status in ("finished", "paused", "stopped"):
            print(f"To undo this run: plnonboard follow undo {report.run}")
    return 2 if stopped else 0
