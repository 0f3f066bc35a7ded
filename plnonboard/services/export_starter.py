"""Starter-list files for other apps: Mastodon's follow import, a spreadsheet of follows, OPML for
feed readers, a Bluesky handle list and a machine-readable JSON of everything.

Format rules (see shared/research/market-and-formats.md §2, libraries-and-pitfalls.md §2, §5):
- Mastodon: header exactly `Account address,Show boosts,Notify on new posts,Languages`, addresses
  user@server without the leading @, one row per account (a duplicate hangs the importer), several
  languages quoted in one cell, UTF-8 *without* BOM (a BOM turns the header into a bogus account).
- OPML 2.0: every outline has `text`; feeds are `type="rss"` with `xmlUrl`; folders are one level
  deep and never carry `type` or `xmlUrl`.
- CSV cells a spreadsheet would run as a formula are neutralised (see `neutralise`).
"""

from __future__ import annotations

import csv
import datetime as dt
import email.utils
import io
import json
import xml.etree.ElementTree as ET

from ..core.errors import BadInput
from ..core.handles import MASTODON_RE, bluesky_handle
from ..core.mastodon_languages import mastodon_language
from ..core.planfile import plan_to_dict
from ..core.status import effective_status
from ..core.text import clean_text
from ..core.urls import is_web_url
from ..core.vocab import SUBJECTS
from ..core.zones import UTC
from .export_common import FollowInfo, mastodon_hashtags, scrub, status_text
from .export_page import StarterPage

MASTODON_HEADER = ["Account address", "Show boosts", "Notify on new posts", "Languages"]
NOT_ACCOUNTS = {"hashtag", "server", "directory", "list", "community", "course"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class NothingToExport(BadInput):
    """The chosen format would hold nothing (e.g. no Mastodon accounts): no file is written.
    `reason` is a key the window words in its own language; str() is the CLI's sentence."""

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        super().__init__(message)


NO_MASTODON_ACCOUNTS = ("your plan has no Mastodon accounts to follow yet, so there is nothing for Mastodon to "
                        "import (hashtags and servers cannot be imported); no file was written")


def neutralise(cell: str) -> str:
    """A cell starting with = + - @ (or tab/CR) is run as a formula by Excel, LibreOffice and
    Google Sheets; a leading apostrophe makes them show it as text (OWASP "CSV injection")."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def _csv_text(rows: list[list[str]]) -> bytes:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")  # never utf-8-sig: Mastodon would read the BOM as an address


# ---------------------------------------------------------------- Mastodon

def mastodon_accounts(infos: list[FollowInfo]) -> list[tuple[str, tuple[str, ...]]]:
    """(user@server, languages) for each Mastodon *account* (not hashtags, servers or lists), once."""
    out, seen = [], set()
    for info in infos:
        f = info.follow
        if f.platform != "mastodon" or f.kind in NOT_ACCOUNTS:
            continue
        m = MASTODON_RE.match(f.address.strip())
        if not m:
            continue
        address = f"{m.group(1)}@{m.group(2).lower()}"
        if address.lower() in seen:  # Mastodon usernames are case-insensitive
            continue
        seen.add(address.lower())
        # Mastodon refuses the whole follow over one code it does not know: map or drop each.
        languages = tuple(dict.fromkeys(code for code in map(mastodon_language, info.languages) if code))
        out.append((address, languages))
    return out


def mastodon_csv(page: StarterPage, plan=None) -> bytes:
    # The address column is never neutralised: Mastodon needs it as is, and MASTODON_RE only lets a
    # username start with a letter, digit or _, so it cannot begin a formula anyway. The other cells
    # are fixed words or validated language codes.
    accounts = mastodon_accounts(page.follow_list)
    if not accounts:  # a header-only file would "import" nothing without a word
        raise NothingToExport("no-mastodon-accounts", NO_MASTODON_ACCOUNTS)
    rows = [MASTODON_HEADER]
    rows += [[address, "true", "false", ", ".join(langs)] for address, langs in accounts]
    return _csv_text(rows)


# ---------------------------------------------------------------- spreadsheet

FOLLOWS_HEADER = ["Platform", "Address", "Name", "Kind", "Why", "Link", "Feed"]


def follows_csv(page: StarterPage, plan=None) -> bytes:
    rows = [FOLLOWS_HEADER]
    for info in page.follow_list:
        f = info.follow
        rows.append([neutralise(clean_text(c)) for c in (f.platform, f.address, f.name, f.kind, info.reason,
                                                         info.url, info.feed_url)])
    return _csv_text(rows)


# ---------------------------------------------------------------- OPML

def feed_folder(info: FollowInfo) -> str:
    """One level of folders, by the catalogue entry's first subject (readers drop deeper nesting)."""
    entry = info.entry
    if entry is not None:
        for subject in entry.subjects:
            if subject in SUBJECTS:
                return SUBJECTS[subject]
        if entry.topics:
            return entry.topics[0][:60].capitalize()
    return "Added by you"


def opml_feeds(infos: list[FollowInfo]) -> list[tuple[str, FollowInfo]]:
    out, seen = [], set()
    for info in infos:
        if info.follow.platform != "web" or not is_web_url(info.feed_url) or info.feed_url in seen:
            continue
        seen.add(info.feed_url)
        out.append((feed_folder(info), info))
    return out


def opml(page: StarterPage, plan=None, *, now: dt.datetime | None = None) -> bytes:
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = "My starter PLN: blogs and publications"
    ET.SubElement(head, "dateCreated").text = email.utils.format_datetime(now or dt.datetime.now(UTC))
    ET.SubElement(head, "docs").text = "https://opml.org/spec2.opml"
    body = ET.SubElement(root, "body")
    folders: dict[str, ET.Element] = {}
    for folder, info in opml_feeds(page.follow_list):
        # ElementTree writes control characters as they are, which no XML reader accepts: the
        # names are cleaned here too (a plan made in code never passed a door).
        folder, title = clean_text(folder), clean_text(info.title)
        if folder not in folders:
            folders[folder] = ET.SubElement(body, "outline", text=folder, title=folder)
        attrs = {"type": "rss", "text": title, "title": title, "xmlUrl": info.feed_url}
        if is_web_url(info.url):
            attrs["htmlUrl"] = info.url
        ET.SubElement(folders[folder], "outline", attrs)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


# ---------------------------------------------------------------- Bluesky

BLUESKY_HOWTO = ("Bluesky handles from my starter PLN. Bluesky has no follow import: open each profile at "
                 "https://bsky.app/profile/HANDLE and follow it, or put them in a starter pack (your profile, "
                 "Starter packs, Create, Add people) so colleagues can follow them all at once.")


def bluesky_handles(infos: list[FollowInfo]) -> list[str]:
    out: list[str] = []
    for info in infos:
        f = info.follow
        if f.platform != "bluesky" or f.kind in NOT_ACCOUNTS or f.address.startswith("#"):
            continue
        handle = bluesky_handle(f.address.strip())
        if handle and handle not in out:
            out.append(handle)
    return out


BLUESKY_PLACES = "Feeds, starter packs, lists and hashtags to open in Bluesky (one link each):"


def bluesky_text(page: StarterPage, plan=None) -> bytes:
    lines = [BLUESKY_HOWTO, ""] + bluesky_handles(page.follow_list)
    places = [info for info in page.communities if "bluesky" in info.chat.platforms and info.link]
    if places:
        lines += ["", BLUESKY_PLACES]
        lines += [f"{' '.join(info.chat.title.split())}: {info.link}" for info in places]
    return ("\n".join(lines) + "\n").encode("utf-8")


# ---------------------------------------------------------------- Mastodon hashtags

MASTODON_HASHTAGS_HOWTO = ("Hashtags to follow on Mastodon. Mastodon's follow import cannot hold hashtags: in "
                           "Mastodon, search each one, open it and press Follow; its posts then reach your home "
                           "timeline from every server.")


def mastodon_hashtags_text(page: StarterPage, plan) -> bytes:
    tags = mastodon_hashtags(plan, list(page.communities)) if plan is not None else []
    lines = [MASTODON_HASHTAGS_HOWTO, ""] + (tags or ["(none in your plan yet)"])
    return ("\n".join(lines) + "\n").encode("utf-8")


# ---------------------------------------------------------------- JSON

def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def starter_json(page: StarterPage, plan) -> bytes:
    from ..core.credentials import strip_plan

    plan = strip_plan(plan)[0]  # no export carries a credential written inside a feed address
    chats = []
    for info in page.chats:
        c = info.chat
        chats.append({
            "id": c.id, "hashtag": c.hashtag, "title": c.title,
            "status": effective_status(c, page.day).status, "recorded_status": c.status, "last_seen": c.last_seen,
            "status_text": status_text(c, page.day), "platform": info.platform, "join_url": info.join_url,
            "link": info.link, "reminder_minutes": info.reminder_minutes, "sources": list(c.sources),
            "sessions": [{
                "slot": s.index, "when": s.when, "host_zone": c.slots[s.index].zone,
                "next_start": _iso(s.next.start_in(page.zone)) if s.next else None,
                "next_start_host": _iso(s.next.host_start()) if s.next else None,
                "next_end": _iso(s.next.end_in(page.zone)) if s.next else None,
            } for s in info.slots],
        })
    follows = [{
        "platform": i.follow.platform, "address": i.follow.address, "name": i.follow.name, "kind": i.follow.kind,
        "reason": i.reason, "url": i.url, "feed_url": i.feed_url, "source": i.follow.source,
        "languages": list(i.languages),
    } for i in page.follow_list]
    communities = [{
        "id": i.chat.id, "kind": "community", "community_type": i.chat.community_type, "title": i.chat.title,
        "hashtags": list(i.chat.hashtags), "platforms": list(i.chat.platforms), "link": i.link,
        "join_steps": list(i.chat.join_steps), "status": effective_status(i.chat, page.day).status,
        "last_seen": i.chat.last_seen, "status_text": i.status, "sources": list(i.chat.sources),
    } for i in page.communities]
    out = {"format": "plnonboard.starter", "version": 1, "time_zone": page.zone,
           "from": page.day.isoformat(), "boundaries": page.boundaries, "chats": chats,
           "communities": communities, "follows": follows,
           "plan": plan_to_dict(plan)}
    return (json.dumps(scrub(out), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
