"""What every export shares: the plan's chats resolved with their next sessions, the follow list
with catalogue details, and small text helpers. Pure data in, pure data out (the writers do I/O)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..core.directory import Directory
from ..core.follows import Catalogue, CatalogueEntry
from ..core.handles import hashtag_search_url, profile_url
from ..core.hashtags import HASHTAG
from ..core.model import Chat, Follow, Plan
from ..core.recurrence import Occurrence, slot_occurrences
from ..core.schedule import resolve_chats, week_start
from ..core.status import EffectiveStatus, effective_status, parse_last_seen
from ..core.timefmt import hhmm
from ..core.urls import BadUrl, check_url, is_web_url
from ..core.vocab import PLATFORMS, WEEKDAY_NAMES
from ..core.zones import day_start_utc

PLATFORM_ORDER = ("mastodon", "bluesky", "x", "web")
PLATFORM_LABELS = {**PLATFORMS, "web": "Blogs and websites"}
# Searching a year ahead finds the first session of any slot (monthly, every N weeks up to 52).
SEARCH_DAYS = 400


def export_start(today: dt.date) -> dt.date:
    """Exports list sessions from the Monday of the current week, so this week's chats are in."""
    return week_start(today)


def join_platform(chat: Chat, plan: Plan) -> str:
    """Where the teacher will follow the chat: a platform they use that the chat runs on."""
    mine = [p for p in chat.platforms if p in plan.profile.platforms]
    return (mine or list(chat.platforms) or ["x"])[0]


def first_session(chat: Chat, slot_index: int, day: dt.date) -> Occurrence | None:
    """The slot's first session on or after `day` (host-zone date), found by the core's rule so
    an RRULE anchored on it lists the same sessions (every-N-weeks phase included)."""
    slot = chat.slots[slot_index]
    start = day_start_utc(day, slot.zone)
    found = slot_occurrences(chat, slot_index, start, start + dt.timedelta(days=SEARCH_DAYS))
    found = [o for o in found if o.host_day >= day]
    return found[0] if found else None


def status_text(chat: Chat, today: dt.date | None = None) -> str:
    """'running, seen Jan 2026' or 'last confirmed Dec 2024 — check before you go' as of `today`
    (without a day: what the directory recorded)."""
    from .wording import status_text as words

    if chat.custom:
        return "added by you"
    if today is None:
        return words(EffectiveStatus(chat.status, chat.status, False, parse_last_seen(chat.last_seen)))
    return words(effective_status(chat, today))


def when_text(chat: Chat, slot_index: int) -> str:
    """'every Tuesday at 19:00 (America/New_York), 60 min' in the host's words."""
    slot = chat.slots[slot_index]
    when = slot.frequency.describe(WEEKDAY_NAMES[slot.weekday])
    label = f" ({slot.label})" if slot.label else ""
    return f"{when} at {hhmm(slot.start)} {slot.zone}, {slot.minutes} min{label}"


@dataclass(frozen=True)
class SlotInfo:
    index: int
    when: str
    next: Occurrence | None


@dataclass(frozen=True)
class ChatInfo:
    chat: Chat
    platform: str
    join_url: str
    reminder_minutes: int
    slots: tuple[SlotInfo, ...]

    @property
    def link(self) -> str:
        return self.chat.link if is_web_url(self.chat.link) else self.join_url


def chat_infos(plan: Plan, directory: Directory, day: dt.date) -> list[ChatInfo]:
    """The plan's chats with each chosen slot's next session on or after `day`."""
    out = []
    for chosen in resolve_chats(plan, directory):
        chat = chosen.chat
        indices = range(len(chat.slots)) if chosen.sessions is None else [
            i for i in chosen.sessions if 0 <= i < len(chat.slots)]
        platform = join_platform(chat, plan)
        reminder = chosen.reminder_minutes
        if reminder is None:
            reminder = plan.boundaries.reminder_minutes
        slots = tuple(SlotInfo(i, when_text(chat, i), first_session(chat, i, day)) for i in indices)
        out.append(ChatInfo(chat, platform, hashtag_search_url(platform, chat.hashtag), reminder, slots))
    return out


@dataclass(frozen=True)
class CommunityInfo:
    """A chosen community: where it lives, how to join, its status as of the export's day."""

    chat: Chat
    status: str  # plain English, as of the export's day
    running: bool

    @property
    def link(self) -> str:
        return self.chat.link if is_web_url(self.chat.link) else ""

    @property
    def platform(self) -> str:
        return self.chat.platforms[0] if self.chat.platforms else "web"


def community_infos(plan: Plan, directory: Directory, day: dt.date) -> list[CommunityInfo]:
    """The plan's communities that the directory knows, in the plan's order (an id the directory
    no longer has is skipped: there is nothing true to say about it)."""
    out = []
    for cid in plan.communities:
        chat = directory.community(cid)
        if chat is None:
            continue
        out.append(CommunityInfo(chat, status_text(chat, day), effective_status(chat, day).running))
    return out


def mastodon_hashtags(plan: Plan, communities: list[CommunityInfo]) -> list[str]:
    """Hashtags to follow on Mastodon (the follow CSV cannot hold them): the chosen Mastodon
    communities' tags and hashtag follows on Mastodon, each once."""
    out: list[str] = []
    seen: set[str] = set()
    tags = [t for info in communities if info.chat.platforms and "mastodon" in info.chat.platforms
            for t in info.chat.hashtags]
    tags += [f.address for f in plan.follows if f.platform == "mastodon" and f.address.startswith("#")]
    for tag in tags:
        if HASHTAG.match(tag) and tag.lower() not in seen:
            seen.add(tag.lower())
            out.append(tag)
    return out


@dataclass(frozen=True)
class FollowInfo:
    follow: Follow
    entry: CatalogueEntry | None
    reason: str
    url: str  # where to look at it in a browser (http/https only, else "")
    feed_url: str  # http/https only, else ""
    languages: tuple[str, ...] = field(default_factory=tuple)

    @property
    def title(self) -> str:
        return self.follow.name or self.follow.address


def web_or_empty(url: str) -> str:
    """The address as the one URL check writes it (a hashtag like #a|b gets %7C), or ""."""
    try:
        return check_url(url) if url else ""
    except BadUrl:
        return ""


def follow_infos(plan: Plan, catalogue: Catalogue) -> list[FollowInfo]:
    out = []
    for f in plan.follows:
        entry = catalogue.entries.get(f.source) if f.source else None
        reason = f.note or (entry.reason if entry else "")
        try:
            url = profile_url(f.platform, f.address)
        except (KeyError, ValueError):
            url = ""
        if entry and entry.url and f.platform == "web":
            url = url or entry.url
        feed = f.feed_url or (entry.feed_url if entry and entry.feed_url else "")
        out.append(FollowInfo(f, entry, reason, web_or_empty(url), web_or_empty(feed),
                              entry.languages if entry else ()))
    return out


def by_platform(infos: list[FollowInfo]) -> list[tuple[str, list[FollowInfo]]]:
    groups: dict[str, list[FollowInfo]] = {}
    for info in infos:
        groups.setdefault(info.follow.platform, []).append(info)
    order = [p for p in PLATFORM_ORDER if p in groups] + sorted(p for p in groups if p not in PLATFORM_ORDER)
    return [(p, groups[p]) for p in order]


# Keys whose values must never leave the machine in an export, whatever a future plan holds.
SECRET_KEY_RE = re.compile(r"token|secret|passw|api[_-]?key|credential|cookie|authori[sz]ation|session[_-]?id",
                           re.IGNORECASE)


def scrub(value):
    """A copy of JSON-like data without any key that looks like it holds a secret."""
    if isinstance(value, dict):
        return {k: scrub(v) for k, v in value.items() if not (isinstance(k, str) and SECRET_KEY_RE.search(k))}
    if isinstance(value, list):
        return [scrub(v) for v in value]
    return value
