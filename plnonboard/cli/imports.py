"""`plnonboard import SOURCE... [--dry-run] [--json]`: feeds, OPML lists, chat calendars and
directory updates from a file or an http(s) address, into the saved plan.

Without --dry-run, what the window would tick by default is added: feeds become follows,
calendar chats become custom chats, and changed directory chats already in the plan are replaced
by the update (kept as the plan's own chats). Chats mentioned in a feed and new chats in a
directory update are only listed, unless --all is given (so are the chats of a calendar offering
more than 50). Tokens for
private sources come from the OS keyring (`--token-for HOST` asks for one and saves it there)."""

from __future__ import annotations

import json
import sys

from ..core.errors import CoreError
from ..core.timefmt import date_text
from ..core.zones import get_zone
from . import context


def register(sub, common) -> None:
    i = sub.add_parser("import", parents=[common],
                       help="import feeds, an OPML list, a chat calendar (.ics) or a directory update")
    i.add_argument("sources", nargs="+", metavar="SOURCE", help="a file path or an http(s) address (repeatable)")
    i.add_argument("--dry-run", action="store_true", help="show what would be added; change nothing")
    i.add_argument("--json", action="store_true", help="machine-readable output")
    i.add_argument("--all", action="store_true",
                   help="also add chats mentioned in feeds, new chats from a directory update and every "
                        "chat of a large calendar")
    i.add_argument("--check", action="store_true", help="fetch every feed of an OPML list to confirm it is alive")
    i.add_argument("--refresh", action="store_true", help="download in full even if unchanged since last time")
    i.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS",
                   help="most time one source may take in total (default 60)")
    i.add_argument("--token-for", metavar="HOST", help="ask for a token for HOST and keep it in the OS keyring")
    i.set_defaults(func=cmd_import)


def _check_files(sources: list[str]) -> None:
    """A mistyped file name is a usage error (one line, exit 2), found before anything is fetched."""
    from pathlib import Path

    from ..services.importer import is_url

    for source in sources:
        if not is_url(source) and not Path(source).expanduser().is_file():
            from ..core.text import clean_text  # a file name is text from outside: no escapes reach the terminal

            raise CoreError(f"{clean_text(source, limit=300)}: no such file (give a file's path or an http(s) address)")


def _ask_token(tokens, host: str) -> None:
    import getpass

    secret = getpass.getpass(f"Token for {host} (not shown): ").strip()
    if not secret:
        raise CoreError("no token given")
    if not tokens.set(host, secret):
        print(tokens.notice, file=sys.stderr)


def cmd_import(args) -> int:
    from ..services import net
    from ..services.http_cache import HttpCache, NoCache
    from ..services.importer import Importer, apply
    from ..services.secrets import TokenStore

    if not 1 <= args.timeout <= 600:
        raise CoreError(f"--timeout {args.timeout:g} must be between 1 and 600 seconds")
    _check_files(args.sources)
    store = context.open_store(args)
    try:
        if store.notice:
            print(store.notice, file=sys.stderr)
        plan = store.load_plan()
        if plan is None:
            raise CoreError("no saved plan yet: run `plnonboard` to make one, or `plnonboard plan import FILE`")
        tokens = TokenStore()
        if args.token_for:
            _ask_token(tokens, args.token_for.strip().lower())
        cache = NoCache() if args.refresh else HttpCache(store, read_only=args.dry_run)
        limits = net.Limits(deadline=args.timeout)
        importer = Importer(context.directory(), plan=plan, cache=cache, tokens=tokens, limits=limits,
                            check_feeds=args.check, zone=context.zone(None, plan.profile.time_zone))
        result = importer.run(args.sources)
        if args.all:
            for s in result.suggestions:
                s.checked = s.checked or (s.kind in ("chat", "directory-new", "custom-chat") and not s.problem)
        merged, lines = apply(plan, result.suggestions)
        saved = None
        if not args.dry_run and lines:
            # Added to the newest plan inside one write transaction: a save made meanwhile by the window
            # or another command is kept, not overwritten (issue 14, lost updates).
            def add(latest):
                nonlocal lines
                added, lines = apply(latest if latest is not None else plan, result.suggestions)
                return added if lines else None

            saved = store.update_plan(add, origin="import")
    finally:
        store.close()
        if store.warning:
            print(store.warning, file=sys.stderr)
    if args.json:
        print(json.dumps(_as_json(result, lines, args.dry_run, saved, context.zone(None, plan.profile.time_zone)),
                         indent=2, ensure_ascii=False))
    else:
        _print(result, lines, args.dry_run, saved, context.zone(None, plan.profile.time_zone))
    # Partial success (some sources read, some not) is 1; nothing read at all is an error, 2.
    if result.failed and not any(r.ok for r in result.sources):
        return 2
    return 1 if result.failed else 0


def _item_meta(item, zone: str) -> str:
    day = item.day_in(zone)
    return " · ".join(x for x in (item.author, date_text(day) if day else "") if x)


def _print(result, lines, dry_run: bool, saved, zone: str) -> None:
    for res in result.sources:
        if not res.ok:
            print(f"plnonboard: error: {res.message}", file=sys.stderr)  # one line each, as for every command
            continue
        print(f"[ok] {res.message}")
        for item in res.items[:10]:
            meta = _item_meta(item, zone)
            print(f"    - {item.title}" + (f" ({meta})" if meta else ""))
        for s in res.suggestions:
            note = f": {s.problem}" if s.problem else (f" - {s.detail}" if s.detail else "")
            what = {"follow": "follow", "chat": "chat idea", "custom-chat": "chat", "directory-new": "new chat",
                    "directory-changed": "changed chat"}[s.kind]
            hint = "" if s.checked else " (left out; --all adds it)" if not s.problem else " (left out)"
            print(f"    {what}: {s.label}{note}{hint}")
        for what, why in res.skipped:
            print(f"    skipped {what}: {why}")
    for notice in result.notices:
        print(notice)
    if not lines:
        print("Nothing to add to your plan.")
    elif dry_run:
        print(f"Dry run: would add {len(lines)} item(s); nothing was changed.")
    else:
        print(f"Added {len(lines)} item(s) to your plan (revision {saved}): " + "; ".join(lines))


def _as_json(result, lines, dry_run: bool, saved, zone: str) -> dict:
    from ..core.credentials import split_url

    return {
        "dry_run": dry_run,
        "saved_revision": saved,
        "added": lines,
        "notices": result.notices,
        "sources": [{
            "source": r.source, "kind": r.kind, "ok": r.ok, "reason": r.reason or None, "message": r.message,
            "title": r.title,
            "items": [{"title": i.title, "author": i.author,
                       "date": i.day_in(zone).isoformat() if i.published else "",
                       "published": i.published.astimezone(get_zone(zone)).isoformat() if i.published else None}
                      for i in r.items],
            "suggestions": [{"kind": s.kind, "label": s.label, "detail": s.detail, "problem": s.problem,
                             "selected": s.checked,
                             "feed_url": split_url(s.follow.feed_url)[0] if s.follow else None,
                             "chat_id": s.chat_id or None} for s in r.suggestions],
            "skipped": [{"what": w, "why": y} for w, y in r.skipped],
        } for r in result.sources],
    }
