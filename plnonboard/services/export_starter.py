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
import re
import xml.etree.ElementTree as ET

from ..core.handles import BLUESKY_RE, MASTODON_RE, is_http_url
from ..core.planfile import plan_to_dict
from ..core.vocab import SUBJECTS
from ..core.zones import UTC
from .export_common import FollowInfo, scrub, status_text
from .export_page import StarterPage

MASTODON_HEADER = ["Account address", "Show boosts", "Notify on new posts", "Languages"]
NOT_ACCOUNTS = {"hashtag", "server", "directory", "list", "community", "course"}
LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


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
        out.append((address, tuple(lang for lang in info.languages if LANGUAGE_RE.match(lang))))
    return out


def mastodon_csv(page: StarterPage, plan=None) -> bytes:
    # The address column is never neutralised: Mastodon needs it as is, and MASTODON_RE only lets a
    # username start with a letter, digit or _, so it cannot begin a formula anyway. The other cells
    # are fixed words or validated language codes.
    rows = [MASTODON_HEADER]
    rows += [[address, "true", "false", ", ".join(langs)] for address, langs in mastodon_accounts(page.follow_list)]
    return _csv_text(rows)


# ---------------------------------------------------------------- spreadsheet

FOLLOWS_HEADER = ["Platform", "Address", "Name", "Kind", "Why", "Link", "Feed"]


def follows_csv(page: StarterPage, plan=None) -> bytes:
    rows = [FOLLOWS_HEADER]
    for info in page.follow_list:
        f = info.follow
        rows.append([neutralise(c) for c in (f.platform, f.address, f.name, f.kind, info.reason, info.url,
                                             info.feed_url)])
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
        if info.follow.platform != "web" or not is_http_url(info.feed_url) or info.feed_url in seen:
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
        if folder not in folders:
            folders[folder] = ET.SubElement(body, "outline", text=folder, title=folder)
        attrs = {"type": "rss", "text": info.title, "title": info.title, "xmlUrl": info.feed_url}
        if is_http_url(info.url):
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
        m = BLUESKY_RE.match(f.address.strip())
        if m and m.group(1).lower() not in out:
            out.append(m.group(1).lower())
    return out


def bluesky_text(page: StarterPage, plan=None) -> bytes:
    lines = [BLUESKY_HOWTO, ""] + bluesky_handles(page.follow_list)
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
            "id": c.id, "hashtag": c.hashtag, "title": c.title, "status": c.status, "last_seen": c.last_seen,
            "status_text": status_text(c), "platform": info.platform, "join_url": info.join_url,
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
    out = {"format": "plnonboard.starter", "version": 1, "time_zone": page.zone,
           "from": page.day.isoformat(), "boundaries": page.boundaries, "chats": chats, "follows": follows,
           "plan": plan_to_dict(plan)}
    return (json.dumps(scrub(out), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
