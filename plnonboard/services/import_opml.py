"""OPML subscription lists from already-fetched bytes, via listparser.

listparser is given bytes only (a str starting with http would make it fetch by itself, with
its own rules). It tolerates nested folders, outlines without `text` and outlines without
`xmlUrl`, but it does not check URL schemes, so every address is whitelisted here: only
http and https feeds are offered; the rest are listed as skipped with the reason."""

from __future__ import annotations

from dataclasses import dataclass, field

from .import_feed import BadXML, NotAFeed, plain, refuse_entities

MAX_FEEDS = 2000


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


def _web(url: str) -> bool:
    from ..core.handles import is_http_url

    return isinstance(url, str) and is_http_url(url.strip())


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


def parse_opml(body: bytes, *, where: str) -> OpmlImport:
    refuse_entities(body, where)
    import listparser

    result = listparser.parse(bytes(body))
    if not result.get("feeds") and (result.get("bozo") or not result.get("version") or not _well_formed(body)):
        if result.get("bozo") or result.get("version"):  # cut off or damaged, not an empty list
            raise BadXML(f"{where}: is damaged or cut off, so its list of feeds could not be read.")
        raise NotAFeed(f"{where}: is not a list of feeds (an OPML file from a feed reader).")
    out = OpmlImport(title=plain(result.get("meta", {}).get("title", ""), 120))
    seen: set[str] = set()
    for feed in result.get("feeds", []):
        url = (feed.get("url") or "").strip()
        title = plain(feed.get("title") or "", 120)
        if not _web(url):
            out.skipped.append((title or plain(url, 80) or "(no address)",
                                "not an http or https address" if url else "has no feed address"))
            continue
        if url in seen:
            continue
        seen.add(url)
        if len(out.feeds) >= MAX_FEEDS:
            out.skipped.append((title or url, f"more than {MAX_FEEDS} feeds in one list"))
            continue
        folders = [" / ".join(plain(p, 60) for p in path) for path in feed.get("categories", []) if path]
        site = (feed.get("htmlUrl") or "").strip()
        out.feeds.append(OpmlFeed(url=url, title=title or url, folder=folders[0] if folders else "",
                                  site=site if _web(site) else ""))
    for opp in result.get("opportunities", []):
        out.skipped.append((plain(opp.get("title") or opp.get("url") or "", 120) or "(untitled)",
                            "has a web page but no feed address"))
    return out
