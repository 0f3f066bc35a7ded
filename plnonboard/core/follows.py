"""The starter follow catalogue and suggestions for a plan.

Suggestions come from what the teacher told us (subjects, grade bands, role, platforms) and the
chats they chose (each chosen chat's hashtag is itself something to follow, and catalogue
entries linked to a chat come with it). Scores are small weights so the reason reads back.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .directory import Directory
from .errors import DataError
from .handles import is_http_url, normalise, profile_url
from .model import Follow, Plan
from .plan_chats import plan_chat
from .recommend import Reason, region_of_zone
from .vocab import GRADE_BANDS, ROLES, SUBJECTS

FOLLOWS_FORMAT = "plnonboard.follows"
KINDS = ("blog", "publication", "podcast", "community", "hashtag", "account", "server", "directory", "course",
         "list")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,80}$")
# Where a catalogue entry in another language than English is a good start (region_of_zone's names).
LANGUAGE_REGIONS = {"de": ("Germany",)}


@dataclass(frozen=True)
class CatalogueEntry:
    id: str
    name: str
    kind: str
    platform: str
    handle: str | None
    url: str
    feed_url: str | None
    feed_status: str
    subjects: tuple[str, ...] = ()
    grade_bands: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    chats: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    reason: str = ""
    invites_follows: bool = False
    languages: tuple[str, ...] = ()
    confidence: str = ""
    evidence: str = ""
    sources: tuple[str, ...] = ()
    status_note: str = ""
    regions: tuple[str, ...] = ()  # countries it is mainly for (region_of_zone's names); () = anywhere

    @property
    def address(self) -> str:
        return self.handle or self.url

    def to_follow(self, note: str = "") -> Follow:
        # Lists, servers and directories without a handle are web pages, whatever platform they serve.
        platform = self.platform if self.handle else "web"
        return Follow(platform=platform, address=self.address, name=self.name, kind=self.kind,
                      note=note or self.reason, feed_url=self.feed_url or "", source=self.id)


@dataclass
class Catalogue:
    entries: dict[str, CatalogueEntry] = field(default_factory=dict)
    errors: list[DataError] = field(default_factory=list)

    def __iter__(self) -> Iterator[CatalogueEntry]:
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)


def _tuple(obj: dict[str, Any], key: str, allowed: Mapping[str, str] | None, entry: str) -> tuple[str, ...]:
    value = obj.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError("must be a list of words", entry=entry, field=key)
    if allowed is not None:
        for v in value:
            if v not in allowed:
                raise DataError(f"unknown value {v!r}", entry=entry, field=key)
    return tuple(value)


def parse_entry(obj: Any) -> CatalogueEntry:
    if not isinstance(obj, dict):
        raise DataError("must be an object")
    entry = str(obj.get("id") or obj.get("name") or "?")
    if not isinstance(obj.get("id"), str) or not ID_RE.match(obj["id"]):
        raise DataError("is not a valid id", entry=entry, field="id")
    name = obj.get("name")
    if not isinstance(name, str) or not name.strip():
        raise DataError("is missing", entry=entry, field="name")
    kind = obj.get("kind")
    if kind not in KINDS:
        raise DataError(f"{kind!r} is not a known kind", entry=entry, field="kind")
    platform = obj.get("platform")
    if platform not in ("web", "x", "bluesky", "mastodon"):
        raise DataError(f"{platform!r} is not web, x, bluesky or mastodon", entry=entry, field="platform")
    handle = obj.get("handle")
    if handle is not None:
        try:
            handle = normalise(platform if platform != "web" else "x", handle) if platform != "web" else handle
        except DataError as exc:
            raise DataError(exc.detail, entry=entry, field="handle") from None
    url = obj.get("url") or ""
    if not isinstance(url, str) or (url and not is_http_url(url)):
        raise DataError("must be an http(s) address", entry=entry, field="url")
    if not url and handle:
        url = profile_url(platform, handle)
    feed = obj.get("feed_url")
    if feed is not None and (not isinstance(feed, str) or not is_http_url(feed)):
        raise DataError("must be an http(s) address or null", entry=entry, field="feed_url")
    sources = obj.get("sources") or []
    if not isinstance(sources, list) or not all(isinstance(s, str) and is_http_url(s) for s in sources):
        raise DataError("must be a list of http(s) addresses", entry=entry, field="sources")
    return CatalogueEntry(
        id=obj["id"], name=name.strip(), kind=kind, platform=platform, handle=handle, url=url,
        feed_url=feed, feed_status=str(obj.get("feed_status") or ("unverified" if feed else "none")),
        subjects=_tuple(obj, "subjects", SUBJECTS, entry), grade_bands=_tuple(obj, "grade_bands", GRADE_BANDS, entry),
        roles=_tuple(obj, "roles", ROLES, entry), chats=_tuple(obj, "chats", None, entry),
        topics=_tuple(obj, "topics", None, entry), reason=str(obj.get("reason") or ""),
        invites_follows=bool(obj.get("invites_follows", False)), languages=_tuple(obj, "languages", None, entry),
        confidence=str(obj.get("confidence") or ""), evidence=str(obj.get("evidence") or ""),
        sources=tuple(sources), status_note=str(obj.get("status_note") or ""),
        regions=_tuple(obj, "regions", None, entry),
    )


def parse_catalogue(data: Any) -> Catalogue:
    if not isinstance(data, dict) or data.get("format") != FOLLOWS_FORMAT:
        raise DataError(f"not a follow catalogue (expected \"format\": \"{FOLLOWS_FORMAT}\")")
    items = data.get("follows")
    if not isinstance(items, list):
        raise DataError("must hold a list", field="follows")
    out = Catalogue()
    for i, raw in enumerate(items):
        try:
            e = parse_entry(raw)
        except DataError as exc:
            out.errors.append(exc if exc.entry else DataError(exc.detail, entry=f"follows[{i}]", field=exc.field))
            continue
        if e.id in out.entries:
            out.errors.append(DataError("appears twice", entry=e.id, field="id"))
            continue
        out.entries[e.id] = e
    return out


@dataclass(frozen=True)
class Suggestion:
    """A follow to offer. `ticked` is False for one on a platform the teacher did not choose (shown,
    never ticked for them: nobody is signed up to X, or anywhere, by default)."""

    follow: Follow
    score: int
    # Why, most telling first, as data (kinds: chosen_chat, linked, subjects, for_role, invites); the
    # window words them (ui.texts.reason_text). None at all: the catalogue entry's own `reason` says it.
    reasons: tuple[Reason, ...]
    entry: CatalogueEntry | None = None
    ticked: bool = True


def platform_ticked(platform: str, platforms: Collection[str]) -> bool:
    """Web pages and the teacher's own platforms; with no platform chosen, anything but X."""
    if platform == "web":
        return True
    if platforms:
        return platform in platforms
    return platform != "x"


def suggest(catalogue: Catalogue, plan: Plan, directory: Directory) -> list[Suggestion]:
    """Ranked suggestions: chosen chats' hashtags first, then catalogue entries by fit; those on
    the teacher's platforms (or the web) before the others, which come unticked."""
    p = plan.profile
    chat_ids = set(plan.chat_ids())
    platforms = set(p.platforms)
    out: list[Suggestion] = []
    for pc in plan.chats:
        chat = plan_chat(pc, directory)
        if chat is None:
            continue
        where = [x for x in chat.platforms if x in platforms] or list(chat.platforms[:1]) or ["x"]
        follow = Follow(platform=where[0], address=chat.hashtag, name=chat.title, kind="hashtag",
                        note=f"The hashtag of {chat.hashtag}: read it between sessions, lurk first.",
                        source=f"chat:{chat.id}")
        out.append(Suggestion(follow, 100, (Reason("chosen_chat", {"hashtag": chat.hashtag}),),
                              ticked=platform_ticked(where[0], platforms)))
    here = region_of_zone(p.time_zone) if p.time_zone else ""
    for e in catalogue:
        if e.languages and "en" not in e.languages and not any(here in LANGUAGE_REGIONS.get(lang, ())
                                                                for lang in e.languages):
            continue  # a German-language staff room is no start for a teacher in Chicago
        if e.status_note.startswith("ended"):
            continue  # the catalogue keeps what ended (with its sources) but never offers it
        if e.regions and here not in e.regions:
            continue  # nor an Australian educators' account for one in New York
        score, why = 0, []
        linked = [c for c in e.chats if c in chat_ids]
        if linked:
            score += 6
            why.append(Reason("linked", {"hashtags": tuple("#" + c for c in linked)}))
        subjects = [s for s in e.subjects if s in p.subjects]
        if subjects:
            score += 4
            why.append(Reason("subjects", {"subjects": tuple(subjects)}))
        elif "general" in e.subjects:
            score += 1
        if any(g in p.grade_bands for g in e.grade_bands):
            score += 1
        if p.role in e.roles:
            score += 2
            why.append(Reason("for_role"))
        follow = e.to_follow()
        if (e.platform != "web" and e.platform in platforms) or (e.platform == "web" and e.feed_url):
            score += 1
        if e.invites_follows:
            score += 1
            why.append(Reason("invites"))
        if e.kind == "server":
            score -= 2  # a place to sign up, not an account to follow: mention it, rank it low
        if score <= 0:
            continue
        # A server or list without a handle is a web page, but it serves its platform: ticked only there.
        out.append(Suggestion(follow, score, tuple(why), e, platform_ticked(e.platform, platforms)))
    out.sort(key=lambda s: (not s.ticked, -s.score, s.follow.platform, s.follow.address.lower()))
    return out


def top_follows(catalogue: Catalogue, plan: Plan, directory: Directory, limit: int = 12) -> list[Follow]:
    """What a new plan starts with: the best ticked suggestions (never one on a platform the
    teacher did not choose)."""
    return [s.follow for s in suggest(catalogue, plan, directory) if s.ticked][:limit]


def subjects_without_follows(catalogue: Catalogue, subjects: Iterable[str],
                             platforms: Iterable[str] = ()) -> list[str]:
    """The teacher's subjects for which the catalogue has nothing yet on the web or their
    platforms: the window and the CLI say so plainly, and how to add your own."""
    reachable = [e for e in catalogue if platform_ticked(e.platform if e.handle else "web", set(platforms))]
    return [s for s in subjects if s != "general" and not any(s in e.subjects for e in reachable)]
