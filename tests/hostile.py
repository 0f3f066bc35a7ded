"""Hostile data for every door (feed, OPML, .ics, plan file, directory update), shared by the
sanitising, injection and export-validity tests.

Each source carries: terminal escape sequences (set the window title, clear the screen, bell),
C0/C1 control characters, bidi overrides and isolates, lone surrogates (JSON only: XML and UTF-8
cannot carry them), newlines inside URL fields that try to break out of a Markdown link, and
Markdown/HTML metacharacters. Legitimate parts (a real feed, a real weekly chat) sit next to them
so the tests can check what is kept as well as what is removed.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

TODAY = dt.date(2026, 12, 3)

ESC_TITLE = "\x1b]0;pwned\x07"  # xterm: set the window title
ESC_CLEAR = "\x1b[2J\x1b[H"  # clear the screen, cursor home
ESC_COLOUR = "\x1b[31m"
BELL = "\x07"
CONTROLS = "\x01\x08\x0b\x0c\x7f\x85\x9b"
BIDI = "\u202egpj.exe\u202c \u2066iso\u2069"
SURROGATE = "\ud800"  # lone, high
MARKDOWN = "*bold* _em_ `code` [x](https://evil.example/md) ![i](https://evil.example/i.png) <b>html</b> | # >"
BREAKOUT = "\n![pixel](https://evil.example/pixel.png)\n[Verify-your-school-account](https://evil.example/login)"
HOSTILE = ESC_TITLE + ESC_CLEAR + BELL + CONTROLS + BIDI + ESC_COLOUR + MARKDOWN
SHORT = ESC_TITLE + ESC_CLEAR + BELL + CONTROLS + BIDI + SURROGATE  # fits 80-character fields

# Code points no output may carry (the terminal, XML and the HTML checker all object to them).
FORBIDDEN = {chr(c) for c in range(0x20) if chr(c) not in "\n\t"} | {chr(c) for c in range(0x7F, 0xA0)} \
    | {chr(c) for c in range(0x202A, 0x202F)} | {chr(c) for c in range(0x2066, 0x206A)} \
    | {chr(c) for c in range(0xD800, 0xE000)}


def forbidden_in(text: str, *, allow_newlines: bool = True) -> list[str]:
    """The forbidden code points in `text` (as escapes, for a readable assertion message)."""
    bad = FORBIDDEN if allow_newlines else FORBIDDEN | {"\n", "\t"}
    return sorted({f"U+{ord(c):04X}" for c in text if c in bad})


def _xml(text: str) -> str:
    """Text as an XML character reference soup: controls as &#N; (what loose parsers decode)."""
    out = []
    for ch in text:
        if ch in "&<>\"":
            out.append({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[ch])
        elif ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 or 0x202A <= ord(ch) <= 0x2069:
            out.append(f"&#{ord(ch)};")
        else:
            out.append(ch)
    return "".join(out)


def rss() -> bytes:
    h = _xml(HOSTILE)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Hostile blog {h}</title>
<link>https://blog.example/{_xml(ESC_TITLE + ESC_CLEAR)}</link>
<item><title>First post {h}</title><author>mallory@evil.example ({h})</author>
<link>https://blog.example/1{_xml(BREAKOUT)}</link><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate></item>
<item><title>Second post</title><link>https://blog.example/2</link>
<pubDate>Wed, 02 Dec 2026 10:00:00 GMT</pubDate></item>
</channel></rss>
""".encode()


def rss_raw_controls() -> bytes:
    """The same feed with the escapes as raw bytes (feedparser's loose parser reads it)."""
    return rss().replace(b"&#27;", b"\x1b").replace(b"&#7;", b"\x07")


def opml() -> bytes:
    h = _xml(HOSTILE)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0"><head><title>Hostile list {h}</title></head><body>
<outline text="Folder {h}">
  <outline type="rss" text="Breakout feed {h}" xmlUrl="https://feeds.example/a{_xml(BREAKOUT)}"
           htmlUrl="https://feeds.example/{_xml(BREAKOUT)}"/>
  <outline type="rss" text="Good feed {h}" xmlUrl="https://feeds.example/good.xml"
           htmlUrl="https://feeds.example/&#10;x"/>
  <outline type="rss" text="No host" xmlUrl="http:///etc/passwd"/>
  <outline type="rss" text="Tab feed" xmlUrl="https://feeds.example/t&#9;ab"/>
</outline>
</body></opml>
""".encode()


def ics() -> bytes:
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//hostile//EN",
        f"X-WR-CALNAME:Hostile calendar {ESC_TITLE}{ESC_CLEAR}{BIDI}",
        "BEGIN:VEVENT", "UID:hostile-1@example",
        f"SUMMARY:#hostilechat weekly {ESC_TITLE}{ESC_CLEAR}{BELL}{CONTROLS}{BIDI}",
        f"DESCRIPTION:About {ESC_COLOUR}red\\nsecond line {MARKDOWN.replace(',', '')}",
        "DTSTART;TZID=America/New_York:20261201T190000", "DURATION:PT1H", "RRULE:FREQ=WEEKLY;BYDAY=TU",
        "URL:https://chat.example/hostile\\n![x](https://evil.example/x.png)",
        "END:VEVENT",
        "BEGIN:VEVENT", "UID:hostile-2@example",
        f"SUMMARY:#tzchat in a made-up zone {ESC_CLEAR}",
        f"DTSTART;TZID=Mars/Olympus{ESC_TITLE}:20261202T190000", "RRULE:FREQ=WEEKLY",
        "END:VEVENT",
        "END:VCALENDAR", "",
    ]
    return "\r\n".join(lines).encode("utf-8")


def plan_dict() -> dict:
    """A plan file whose every free-text field is hostile (surrogates included)."""
    h = HOSTILE + SURROGATE
    return {
        "format": "plnonboard.plan", "version": 1,
        "profile": {"name": f"Ms {h}", "time_zone": "America/Chicago", "platforms": ["mastodon", "bluesky"]},
        "chats": [{
            "id": "hostileplan", "hashtag": "#hostileplan", "title": f"Plan chat {SHORT}",
            "description": f"Line one {h}\nLine two",
            "slots": [{"weekday": "wed", "start": "20:00", "zone": "Europe/London", "label": f"L {SHORT}",
                       "note": f"N {h}"}],
            "link": "https://chat.example/plan", "sources": ["https://chat.example/source"],
            "audience": h, "region": SHORT, "evidence": h, "changes": h, "topics": [f"topic {h}"],
        }],
        "follows": [
            {"platform": "web", "address": "https://site.example/", "name": f"Site {h}", "kind": "blog",
             "note": f"Why {h}\nsecond", "feed_url": "https://site.example/feed.xml"},
            {"platform": "mastodon", "address": "@ana@maths.example", "name": f"Ana {h}", "note": h},
            {"platform": "bluesky", "address": "ana.bsky.social", "name": f"Ana on Bluesky {h}"},
            # A hashtag with characters a URL may not hold literally: its link must still be valid.
            {"platform": "x", "address": "#maths|100%^`*", "name": f"Tag {SHORT}", "kind": "hashtag"},
        ],
    }


def plan_json() -> str:
    # ensure_ascii keeps the lone surrogate as a \\ud800 escape, as a hostile file would.
    return json.dumps(plan_dict(), ensure_ascii=True)


def directory_update() -> bytes:
    h = HOSTILE + SURROGATE
    return json.dumps({
        "format": "plnonboard.directory", "version": 1, "updated": f"2026-12-01{ESC_CLEAR}",
        "chats": [
            {"hashtag": "#hostiledir", "title": f"Dir chat {SHORT}", "description": f"D {h}",
             "slots": [{"weekday": "thu", "start": "19:00", "zone": "America/Denver"}],
             "sources": ["https://dir.example/source"], "link": "https://dir.example/chat",
             "status": "unverified", "platforms": ["x"]},
            {"hashtag": f"#broken{ESC_TITLE}", "id": f"broken{ESC_CLEAR}", "title": "Broken",
             "slots": [{"weekday": "thu", "start": "19:00", "zone": "America/Denver"}],
             "sources": ["https://dir.example/s"]},
            {"hashtag": "#badlink", "title": "Bad link",
             "slots": [{"weekday": "fri", "start": "19:00", "zone": "America/Denver"}],
             "sources": ["https://dir.example/s"], "link": "https://dir.example/x" + BREAKOUT},
        ],
    }, ensure_ascii=True).encode("utf-8")


def write_sources(folder: Path) -> dict[str, Path]:
    """Every hostile source as a file in `folder`: {kind: path}."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {"feed": ("hostile.rss", rss()), "feed-raw": ("hostile-raw.rss", rss_raw_controls()),
             "opml": ("hostile.opml", opml()), "ics": ("hostile.ics", ics()),
             "plan": ("hostile-plan.json", plan_json().encode("ascii")),
             "directory": ("hostile-directory.json", directory_update())}
    out = {}
    for kind, (name, body) in files.items():
        path = folder / name
        path.write_bytes(body)
        out[kind] = path
    return out


def hostile_plan(folder: Path):
    """A plan built the way a user would build it from hostile data: the hostile plan file loaded,
    then every hostile source imported into it with what the importer ticks (plus --all)."""
    from plnonboard.core.directory import Directory
    from plnonboard.core.planfile import parse_plan_text
    from plnonboard.services.http_cache import NoCache
    from plnonboard.services.importer import Importer, apply

    paths = write_sources(folder)
    plan = parse_plan_text(plan_json())
    importer = Importer(Directory(), plan=plan, cache=NoCache(), today=TODAY)
    result = importer.run([str(paths[k]) for k in ("feed", "feed-raw", "opml", "ics", "directory")])
    for s in result.suggestions:
        s.checked = not s.problem
    merged, _ = apply(plan, result.suggestions)
    return merged, result
