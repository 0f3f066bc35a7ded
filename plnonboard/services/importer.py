"""Import orchestration: fetch or read each source, tell what it is by its content, parse it,
and return suggestions to review. Sources (and the feeds of an OPML list, when checked) are
fetched concurrently by a bounded pool; one failing source is one message and never stops the
others. Nothing here changes a plan: `apply` does that with what the user ticked."""

from __future__ import annotations

import copy
import datetime as dt
import os
import re
import stat
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from ..core.credentials import redact, split_url
from ..core.directory import Directory
from ..core.errors import Cancelled, CancelToken, PlanError, PlnError
from ..core.model import Chat, Follow, Plan, PlanChat
from ..core.plan_chats import plan_directory
from ..core.plan_entries import check_follow, check_plan_chat, web_follow
from ..core.text import clean_text
from ..core.timefmt import date_text, hhmm
from . import net
from .budget import Budget
from .http_cache import HttpCache
from .import_directory import accept_chat, parse_directory_update
from .import_errors import NotAFeed, SourceTooLarge, UnreadableSource
from .import_feed import FeedItem, looks_like_html, parse_feed, plain
from .import_ics import parse_ics
from .import_opml import parse_opml

WORKERS = 6
LARGE_CALENDAR = 50  # a calendar offering more chats than this is shown unticked: the user picks


@dataclass
class Suggestion:
    """One thing the user can tick. `kind`: follow | chat (a directory chat by id) |
    custom-chat (from a calendar) | directory-new | directory-changed."""

    kind: str
    label: str
    detail: str = ""
    follow: Follow | None = None
    chat: Chat | None = None
    chat_id: str = ""
    checked: bool = True
    problem: str = ""  # e.g. the feed did not answer when checked


@dataclass
class SourceResult:
    source: str
    kind: str = "unknown"  # feed | opml | ics | directory | unknown
    ok: bool = False
    message: str = ""
    reason: str = ""
    title: str = ""
    items: list[FeedItem] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class ImportResult:
    sources: list[SourceResult] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    @property
    def suggestions(self) -> list[Suggestion]:
        return [s for r in self.sources for s in r.suggestions]

    @property
    def failed(self) -> list[SourceResult]:
        return [r for r in self.sources if not r.ok]


_ROOT_RE = re.compile(rb"^(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<([A-Za-z_][\w:.-]*)", re.S | re.I)


def sniff(body: bytes) -> str:
    head = body[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "replace").encode("utf-8")
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:15].upper() == b"BEGIN:VCALENDAR":
        return "ics"
    if head.startswith(b"{"):
        return "directory"
    if looks_like_html(head):
        return "html"
    m = _ROOT_RE.match(head)
    root = m.group(1).lower().split(b":")[-1] if m else b""
    return "opml" if root == b"opml" else "feed"


def is_url(source: str) -> bool:
    return bool(re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", source.strip())) or source.strip().lower().startswith(
        ("javascript:", "data:", "mailto:"))


class Importer:
    def __init__(self, directory: Directory, *, plan: Plan | None = None, cache: HttpCache | None = None,
                 tokens=None, limits: net.Limits = net.Limits(), session=None, workers: int = WORKERS,
                 today: dt.date | None = None, check_feeds: bool = False, zone: str = "") -> None:
        self.directory = directory
        self.plan = plan
        self.cache = cache or HttpCache()
        self.tokens = tokens
        self.limits = limits
        self.session = session
        self.workers = max(1, min(workers, 16))
        self.today = today or dt.date.today()
        self.check_feeds = check_feeds
        # Post dates are said on the reader's calendar: the given zone, else the plan's, else UTC.
        self.zone = zone or (plan.profile.time_zone if plan else "") or "UTC"
        self._bytes: dict[str, tuple[int, int]] = {}
        self._lock = threading.Lock()
        self._typed: list[str] = []  # hosts the user typed: the only private addresses we may reach
        from .secrets import redact_http_logs

        redact_http_logs()

    # -- running ------------------------------------------------------------------------------

    def run(self, sources: list[str], *, token: CancelToken | None = None,
            on_source: Callable[[int, int, str], None] | None = None,
            on_bytes: Callable[[int, int], None] | None = None) -> ImportResult:
        token = token or CancelToken()
        result = ImportResult()
        sources = [s.strip() for s in sources if s and s.strip()]
        self._typed = [_typed_host(s) for s in sources if is_url(s)]
        results = {i: SourceResult(s) for i, s in enumerate(sources)}
        pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="plnonboard-import")
        pending: dict[Future, tuple] = {}
        total, done = len(sources), 0
        self._on_bytes = on_bytes
        try:
            for i, source in enumerate(sources):
                pending[pool.submit(self._load, source, token)] = ("source", i)
            while pending:
                finished, _ = wait(list(pending), timeout=0.1, return_when=FIRST_COMPLETED)
                token.check()
                for fut in finished:
                    what, key = pending.pop(fut)
                    done += 1
                    if what == "source":
                        res = fut.result()
                        results[key] = res
                        if on_source:
                            on_source(done, total, res.source)
                        if res.kind == "opml" and res.ok and self.check_feeds:
                            for sug in res.suggestions:
                                pending[pool.submit(self._check, sug, token)] = ("check", sug)
                                total += 1
                    else:
                        fut.result()
                        if on_source:
                            on_source(done, total, key.follow.feed_url)
        except (Cancelled, KeyboardInterrupt):
            # In-flight fetches and parses see the token at their next checkpoint and stop, so no
            # worker outlives the run for long (a Ctrl-C in the terminal cancels the same way).
            token.cancel()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown(wait=False)
        result.sources = [results[i] for i in range(len(sources))]
        if self.tokens is not None and getattr(self.tokens, "session_only", False):
            result.notices.append(self.tokens.notice)
        return result

    def _progress_for(self, key: str):
        def progress(got: int, expected: int) -> None:
            with self._lock:
                self._bytes[key] = (got, expected)
                got_all = sum(g for g, _ in self._bytes.values())
                known = all(e for _, e in self._bytes.values())
                expected_all = sum(e for _, e in self._bytes.values()) if known else 0
            if self._on_bytes:
                self._on_bytes(got_all, expected_all)
        return progress

    def _fetch(self, url: str, token: CancelToken) -> net.FetchResult:
        auth = self.tokens.get if self.tokens is not None else None
        if self.tokens is not None:  # credentials kept from a feed address go back on only to fetch
            from .secrets import FeedCredentials

            url = FeedCredentials(self.tokens).for_fetching(url)
        return net.fetch(url, session=self.session, limits=self.limits, token=token,
                         progress=self._progress_for(url), validators=self.cache.validators(url),
                         auth_token=auth, typed=self._typed)

    def _load(self, source: str, token: CancelToken) -> SourceResult:
        res = SourceResult(split_url(source)[0])  # shown and printed without any credential in it
        # A file name is text from outside too (a download's name can hold escapes): messages use
        # a cleaned copy; the source itself is kept as given to open the file.
        where = clean_text(res.source, limit=300)
        # One budget for fetching *and* reading the source: --timeout / the deadline covers both.
        budget = Budget(time.monotonic() + self.limits.deadline, self.limits.deadline, source, token)
        try:
            if is_url(source):
                fetched = self._fetch(source, token)
                if fetched.not_modified:
                    return self._unchanged(res, source)
                body, ctype, url = fetched.body, fetched.headers.get("content-type", ""), fetched.final_url
            else:
                body, ctype, url = self._read_file(source), "", ""
            budget.check()
            self._parse(res, body, where=where, content_type=ctype, url=url, budget=budget)
            budget.check()
            if res.kind == "feed" and url and res.ok:
                self.cache.remember(source, fetched.etag, fetched.last_modified, res.title)
        except Cancelled:
            raise
        except PlnError as exc:  # network, import and bad-input problems alike: one message for this source
            res.ok, res.message = False, redact(str(exc), source)
            res.reason = getattr(exc, "reason", "failed")
        except Exception as exc:  # a parser bug on hostile input stays one message for this source
            res.ok, res.reason = False, "failed"
            res.message = f"{where}: could not be imported ({type(exc).__name__})."
        return res

    def _read_file(self, source: str) -> bytes:
        """A regular file only: a FIFO, a device or a socket would block the read (or never end),
        so it is opened without blocking, checked, and refused."""
        path = Path(source).expanduser()
        shown = clean_text(source, limit=300)
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        except OSError as exc:
            raise UnreadableSource(f"{shown}: cannot be read ({exc.strerror or exc}).") from None
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise UnreadableSource(f"{shown}: is not a regular file (a pipe, device or folder), "
                                       "so it was not read.")
            with os.fdopen(fd, "rb") as fh:
                fd = -1
                body = fh.read(self.limits.max_bytes + 1)
        except OSError as exc:
            raise UnreadableSource(f"{shown}: cannot be read ({clean_text(str(exc.strerror or exc))}).") from None
        finally:
            if fd >= 0:
                os.close(fd)
        if len(body) > self.limits.max_bytes:
            raise SourceTooLarge(f"{shown}: is larger than {self.limits.max_bytes / 1_000_000:g} MB, "
                                 "so it was not imported.")
        return body

    def _unchanged(self, res: SourceResult, url: str) -> SourceResult:
        title = plain(self.cache.title(url) or "", 120) or url  # a title kept by an older version: cleaned
        res.kind, res.ok, res.title = "feed", True, title
        res.message = f"{title}: unchanged since it was last checked (nothing downloaded)."
        self._add_follow(res, url, title, "")
        return res

    # -- parsing ------------------------------------------------------------------------------

    def _parse(self, res: SourceResult, body: bytes, *, where: str, content_type: str, url: str,
               budget: Budget | None = None) -> None:
        budget = budget or Budget.unlimited()
        kind = sniff(body)
        if kind == "html":
            raise NotAFeed(f"{where}: is a web page, not a feed (look on the page for an RSS or Atom link).")
        res.kind = kind
        if kind == "feed":
            feed = parse_feed(body, url=url, content_type=content_type, where=where,
                              directory_ids=list(self.directory.chats))
            res.title, res.items = feed.title, feed.items
            # A feed read from a file is still a blog to follow: its own address (rel="self") or its site.
            self._add_follow(res, url or feed.self_url, feed.title, feed.site)
            for chat_id in feed.hashtags:
                if self._in_plan_chat(chat_id):
                    continue
                chat = self.directory.get(chat_id)
                if chat is None:  # parse_feed reports only ids from this directory; said here for the checker too
                    continue
                res.suggestions.append(Suggestion("chat", chat.hashtag, f"mentioned in {feed.title}",
                                                  chat=chat, chat_id=chat_id, checked=False))
            res.message = (f"{feed.title}: {_n(len(feed.items), 'recent item')}."
                           + (f" {feed.warning}" if feed.warning else ""))
            if not url and not res.suggestions and not (feed.self_url or feed.site):
                res.message += " (A feed from a file that does not say its web address: add it later to follow it.)"
        elif kind == "opml":
            lst = parse_opml(body, where=where, budget=budget)
            res.title, res.skipped = lst.title or where, lst.skipped
            for f in lst.feeds:
                self._add_follow(res, f.url, f.title, f.site, folder=f.folder)
            res.message = f"{res.title}: {_n(len(lst.feeds), 'feed')}" + (
                f", {len(lst.skipped)} skipped." if lst.skipped else ".")
        elif kind == "ics":
            cal = parse_ics(body, where=where, today=self.today, budget=budget)
            res.title, res.skipped = cal.title or where, list(cal.skipped)
            # A calendar of hundreds of chats is offered unticked: adding them all by default would
            # fill the week (and its conflict checks) with chats nobody chose one by one.
            tick = len(cal.chats) <= LARGE_CALENDAR
            already = 0
            for chat in cal.chats:
                if self._in_plan_chat(chat.id):
                    res.skipped.append((chat.hashtag, "is already in your plan"))
                    already += 1
                    continue
                when = "; ".join(f"{s.frequency.describe(_day(s.weekday))} {hhmm(s.start)} ({s.zone})"
                                 for s in chat.slots)
                res.suggestions.append(Suggestion("custom-chat", chat.hashtag, when, chat=chat, chat_id=chat.id,
                                                  checked=tick))
            # Count what is offered, not what was read: chats already in the plan are not "new".
            res.message = (f"{res.title}: {_n(len(cal.chats) - already, 'new chat')}"
                           + (f", {already} already in your plan" if already else "")
                           + (f", {_n(len(cal.skipped), 'event')} skipped" if cal.skipped else "") + ".")
            if not tick:
                res.message += (f" More than {LARGE_CALENDAR} chats, so none is ticked: tick the ones "
                                "you want.")
        else:
            upd = parse_directory_update(body, where=where, current=self._full_directory())
            res.title = f"Directory update {upd.updated}".strip()
            res.skipped = [(p, "broken entry") for p in upd.problems]
            in_plan = set(self.plan.chat_ids()) if self.plan else set()
            for chat in upd.diff.new:
                res.suggestions.append(Suggestion("directory-new", chat.hashtag, f"new chat: {chat.title}",
                                                  chat=chat, chat_id=chat.id, checked=False))
            for change in upd.diff.changed:
                res.suggestions.append(Suggestion("directory-changed", change.new.hashtag,
                                                  f"changed: {change.describe()}", chat=change.new,
                                                  chat_id=change.new.id, checked=change.new.id in in_plan))
            res.message = (f"{res.title}: {len(upd.diff.new)} new, {len(upd.diff.changed)} changed, "
                           f"{len(upd.diff.unchanged)} unchanged chats.")
        res.ok = True

    def _full_directory(self) -> Directory:
        return plan_directory(self.directory, self.plan)

    def _in_plan_chat(self, chat_id: str) -> bool:
        return self.plan is not None and chat_id in self.plan.chat_ids()

    def _add_follow(self, res: SourceResult, feed_url: str, title: str, site: str, folder: str = "") -> None:
        """Offer the feed as a follow, built by the plan's own door (core.planfile.web_follow): one the
        saved plan could not hold back is listed as skipped with the reason, never offered."""
        if not feed_url:
            return
        if self.plan and any(f.feed_url == feed_url or f.address == feed_url for f in self.plan.follows):
            return
        try:
            follow = web_follow(feed_url, site=site, name=plain(title, 120), note="imported from a feed")
        except PlanError as exc:
            res.skipped.append((plain(title, 80) or plain(feed_url, 80), f"cannot be kept in a plan: {exc.detail}"))
            return
        shown = split_url(feed_url)[0]  # the follow keeps its credentials until the store's door
        res.suggestions.append(Suggestion("follow", follow.name or shown, folder or shown, follow=follow))

    def _check(self, sug: Suggestion, token: CancelToken) -> None:
        """Confirm an OPML feed is alive; a dead one stays listed, unticked, with the reason."""
        if sug.follow is None:  # an OPML file's suggestions are all follows; nothing else names a feed
            return
        url = sug.follow.feed_url
        try:
            fetched = self._fetch(url, token)
            if fetched.not_modified:
                sug.detail = "alive (unchanged since last check)"
                return
            feed = parse_feed(fetched.body, url=fetched.final_url, where=url,
                              content_type=fetched.headers.get("content-type", ""))
            day = feed.items[0].day_in(self.zone) if feed.items else None
            latest = date_text(day) if day else "no date"
            sug.detail = f"alive: {len(feed.items)} recent items, latest {latest}"
            self.cache.remember(url, fetched.etag, fetched.last_modified, feed.title)
        except Cancelled:
            raise
        except PlnError as exc:  # the feed did not answer, or answered with something unreadable
            sug.problem, sug.checked = str(exc), False
        except Exception as exc:
            sug.problem, sug.checked = f"{url}: could not be checked ({type(exc).__name__}).", False


def _typed_host(source: str) -> str:
    try:
        return urlsplit(source).hostname or ""
    except ValueError:  # not a URL after all: fetch() says so in its own words
        return ""


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _day(weekday: int) -> str:
    from ..core.vocab import WEEKDAY_NAMES

    return WEEKDAY_NAMES[weekday]


def apply(plan: Plan, suggestions: list[Suggestion]) -> tuple[Plan, list[str]]:
    """A copy of `plan` with the ticked suggestions added, and one line per change."""
    out = copy.deepcopy(plan)
    lines: list[str] = []
    for s in suggestions:
        if not s.checked or not _fits_a_plan(s):
            continue
        if s.kind == "follow" and s.follow is not None:
            if any((s.follow.feed_url and f.feed_url == s.follow.feed_url) or f.address == s.follow.address
                   for f in out.follows):
                continue
            out.follows.append(copy.deepcopy(s.follow))
            lines.append(f"follow {s.follow.name or s.follow.address}")
        elif s.kind == "chat" and s.chat_id and s.chat_id not in out.chat_ids():
            out.chats.append(PlanChat(s.chat_id))
            lines.append(f"chat {s.label}")
        elif s.kind == "custom-chat" and s.chat is not None and s.chat.id not in out.chat_ids():
            out.chats.append(PlanChat(s.chat.id, custom=s.chat))
            lines.append(f"chat {s.chat.hashtag} (from a calendar)")
        elif s.kind in ("directory-new", "directory-changed") and s.chat is not None:
            verb = accept_chat(out, s.chat)
            lines.append(f"chat {s.chat.hashtag} ({verb} from the directory update)")
    return out, lines


def _fits_a_plan(s: Suggestion) -> bool:
    """The door again, for suggestions made elsewhere: nothing joins a plan that its loader would refuse."""
    try:
        if s.follow is not None:
            s.follow = check_follow(s.follow)
        if s.chat is not None:
            check_plan_chat(PlanChat(s.chat.id, custom=s.chat))
    except PlanError:
        return False
    return True
