"""OPML subscription lists from already-fetched bytes, via listparser.

listparser is given bytes only (a str starting with http would make it fetch by itself, with
its own rules). It tolerates nested folders, outlines without `text` and outlines without
`xmlUrl`, but it does not check URL schemes, so every address is whitelisted here: only
http and https feeds are offered; the rest are listed as skipped with the reason.

listparser builds every outline's folder path by copying its parent's, so memory grows with the
square of the nesting depth (40,000 levels, 2.7 MB: 6.2 GB). A streaming pre-pass with expat
(constant memory, stops at the first element too deep) refuses a list nested deeper than
MAX_DEPTH before listparser ever sees it."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.urls import BadUrl, check_url
from .budget import Budget
from .import_errors import BadXML, NotOPML
from .import_feed import plain, refuse_entities

MAX_FEEDS = 2000
MAX_DEPTH = 60  # elements deep: opml > body > a folder tree far deeper than any reader's


class _TooDeep(Exception):
    pass


def check_depth(body: bytes, where: str, limit: int = MAX_DEPTH) -> None:
    """BadXML when elements nest deeper than `limit`; malformed XML is left to listparser
    (which reports it its own way)."""
    from xml.parsers import expat

    parser = expat.ParserCreate()
    depth = 0

    def start(_name, _attrs):
        nonlocal depth
        depth += 1
        if depth > limit:
            raise _TooDeep()

    def end(_name):
        nonlocal depth
        depth -= 1

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(bytes(body), True)
    except _TooDeep:
        raise BadXML(f"{where}: its folders are nested more than {limit} levels deep, so it was not read.") from None
    except expat.ExpatError:
        pass


@dataclass(frozen=True)
class OpmlFeed:
    url: str
    title: str
    folder: str = ""  # "Maths / Blogs" for nested folders
    site: str = ""


@dataclass
class OpmlImport:
    title: str
    feeds: list[OpmlFeed] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (what, why)


def _why_not(url: str) -> str:
    """Why an outline's address is skipped ("" when it is fine), checked by the one URL check."""
    if not url:
        return "has no feed address"
    try:
        check_url(url)
    except BadUrl as exc:
        return {"scheme": "not an http or https address",
                "blank": "its address has spaces or line breaks inside",
                "control": "its address has control characters inside",
                "too-long": "its address is too long"}.get(exc.reason, "its address has no valid site name")
    return ""


def _well_formed(body: bytes) -> bool:
    """listparser reads a cut-off file as an empty list; expat says whether the XML is whole.
    (Entity declarations were refused before this, so expat expands nothing.)"""
    from xml.parsers import expat

    parser = expat.ParserCreate()
    try:
        parser.Parse(bytes(body), True)
    except expat.ExpatError:
        return False
    return True


def parse_opml(body: bytes, *, where: str, budget: Budget | None = None) -> OpmlImport:
    budget = budget or Budget.unlimited()
    refuse_entities(body, where)
    check_depth(body, where)
    budget.check()
    import listparser

    result = listparser.parse(bytes(body))
    if not result.get("feeds") and (result.get("bozo") or not result.get("version") or not _well_formed(body)):
        if result.get("bozo") or result.get("version"):  # cut off or damaged, not an empty list
            raise BadXML(f"{where}: is damaged or cut off, so its list of feeds could not be read.")
        raise NotOPML(f"{where}: is not a list of feeds (an OPML file from a feed reader).")
    out = OpmlImport(title=plain(result.get("meta", {}).get("title", ""), 120))
    seen: set[str] = set()
    budget.check()
    for feed in result.get("feeds", []):
        budget.check()
        raw = feed.get("url") or ""
        title = plain(feed.get("title") or "", 120)
        why = _why_not(raw)
        if why:
            out.skipped.append((title or plain(raw, 80) or "(no address)", why))
            continue
        url = check_url(raw)
        if url in seen:
            continue
        seen.add(url)
        if len(out.feeds) >= MAX_FEEDS:
            out.skipped.append((title or url, f"more than {MAX_FEEDS} feeds in one list"))
            continue
        folders = [" / ".join(plain(p, 60) for p in path) for path in feed.get("categories", []) if path]
        site = feed.get("htmlUrl") or ""
        out.feeds.append(OpmlFeed(url=url, title=title or url, folder=folders[0] if folders else "",
                                  site=check_url(site) if not _why_not(site) else ""))
    for opp in result.get("opportunities", []):
        out.skipped.append((plain(opp.get("title") or opp.get("url") or "", 120) or "(untitled)",
                            "has a web page but no feed address"))
    return out
