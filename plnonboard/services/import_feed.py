"""RSS / Atom feeds from already-fetched bytes, via feedparser.

feedparser is always given an io.BytesIO: given str *or bytes* it first tries to open() them as
a local path, so a hostile body naming a file would be read from disk. Documents that declare
their own XML entities are refused before any parser sees them (no legitimate feed needs one,
and refusing is simpler to trust than counting expansions). Everything returned is plain text.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import io
import re
from dataclasses import dataclass, field

from ..core.hashtags import HASHTAG_IN_TEXT
from ..core.text import clean_text
from ..core.urls import BadUrl, check_url
from .import_errors import BadXML, HostileXML, NotAFeed

MAX_ITEMS = 20
_TAG_RE = re.compile(r"<[^>]*>")
# A hashtag starts after a non-word character; '&#39;' style references are not hashtags.


@dataclass(frozen=True)
class FeedItem:
    title: str
    author: str = ""
    published: dt.datetime | None = None  # an instant (UTC); shown on the reader's own date
    link: str = ""

    def day_in(self, zone: str) -> dt.date | None:
        """The post's date on the reader's wall clock (a post at 03:00 UTC is the evening before in Chicago)."""
        from ..core.zones import get_zone

        return self.published.astimezone(get_zone(zone)).date() if self.published else None


@dataclass
class FeedImport:
    url: str
    title: str
    site: str = ""
    items: list[FeedItem] = field(default_factory=list)
    hashtags: list[str] = field(default_factory=list)  # directory ids seen in items, most used first
    warning: str = ""
    self_url: str = ""  # the feed's own web address, as the feed states it (atom:link rel="self")


_ENTITY_MARKERS = tuple("<!ENTITY".encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be"))


def refuse_entities(body: bytes, where: str) -> None:
    head = body[:200_000]
    if any(marker in head for marker in _ENTITY_MARKERS):
        raise HostileXML(f"{where}: declares its own XML entities (a trick used by hostile files), "
                         "so it was refused without reading it.")


def plain(text: str, limit: int = 300) -> str:
    """Markup removed, references decoded, cleaned (core/text.py), whitespace collapsed, length
    bounded: every title, name and reason an import keeps goes through here."""
    text = clean_text(html.unescape(_TAG_RE.sub(" ", str(text or ""))))
    return clean_text(" ".join(text.split()), limit=limit)


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _published(entry) -> dt.datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    try:
        return dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.UTC)
    except (OverflowError, ValueError, TypeError):
        return None


def web_url(url) -> str:
    """The address as the one URL check keeps it, or "" when it is not one we accept."""
    if not isinstance(url, str):
        return ""
    try:
        return check_url(url)
    except BadUrl:
        return ""


def looks_like_html(body: bytes) -> bool:
    head = body[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:512]


def parse_feed(body: bytes, *, url: str, content_type: str = "", directory_ids=(),
               where: str = "") -> FeedImport:
    where = where or url
    refuse_entities(body, where)
    import feedparser

    headers = {"content-location": url} if web_url(url) else {}
    # Without a content type feedparser flags every document; a file from disk is just XML.
    headers["content-type"] = content_type or "application/xml"
    d = feedparser.parse(io.BytesIO(body), response_headers=headers)
    if not d.get("version") and not d.entries:
        if looks_like_html(body):
            raise NotAFeed(f"{where}: is a web page, not a feed (look on the page for an RSS or Atom link).")
        if d.get("bozo"):
            raise BadXML(f"{where}: is not well-formed XML, so it could not be read as a feed.")
        raise NotAFeed(f"{where}: is not an RSS or Atom feed.")
    benign = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
    broken = bool(d.get("bozo")) and not isinstance(d.get("bozo_exception"), benign)
    if broken and not d.entries:
        raise BadXML(f"{where}: is not well-formed XML, so it could not be read as a feed.")
    feed = d.feed
    title = plain(feed.get("title", ""), 120) or url
    items: list[FeedItem] = []
    tags: dict[str, int] = {}
    wanted = set(directory_ids)
    for entry in d.entries:
        text = " ".join([entry.get("title", ""), entry.get("summary", "")]
                        + [c.get("value", "") for c in entry.get("content", [])])
        for tag in HASHTAG_IN_TEXT.findall(html.unescape(_TAG_RE.sub(" ", text))):
            key = tag.lower()
            if key in wanted:
                tags[key] = tags.get(key, 0) + 1
        items.append(FeedItem(title=plain(entry.get("title", ""), 200) or "(untitled)",
                              author=plain(entry.get("author", ""), 100), published=_published(entry),
                              link=web_url(entry.get("link", ""))))
    items.sort(key=lambda i: (i.published is not None, i.published or _EPOCH), reverse=True)
    warning = ""
    if broken:
        warning = "The feed has small errors; what could be read is shown."
    own = next((web_url(link.get("href", "")) for link in feed.get("links", []) if link.get("rel") == "self"), "")
    return FeedImport(url=url, title=title, site=web_url(feed.get("link", "")), items=items[:MAX_ITEMS],
                      hashtags=sorted(tags, key=lambda k: (-tags[k], k)), warning=warning, self_url=own)
