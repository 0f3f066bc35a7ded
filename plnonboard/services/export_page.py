"""The one-page "My starter PLN" to share with colleagues, as Markdown and as HTML.

Both are rendered from one `StarterPage` so they say the same thing. Every piece of text from the
directory, the catalogue or the user is escaped (html.escape / Markdown escaping) and only
http(s) addresses become links. The HTML loads nothing and runs nothing (a CSP meta forbids it),
and is simple enough for QTextDocument, which prints it to PDF (ui/pdf_export.py).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..core.credentials import strip_plan
from ..core.directory import Directory
from ..core.follows import Catalogue
from ..core.model import Plan
from ..core.pauses import sorted_pauses
from ..core.text import clean_text
from ..core.timefmt import both_times, date_text, hhmm
from ..core.urls import is_web_url
from ..core.vocab import ACCOUNT_MODES, COMMUNITY_TYPES, PLATFORMS, WEEKDAY_LABELS, WEEKDAY_NAMES
from ..core.zones import city_name
from .export_common import (PLATFORM_LABELS, ChatInfo, CommunityInfo, FollowInfo, by_platform, chat_infos,
                            community_infos, follow_infos, status_text)

TITLE = "My starter PLN"


@dataclass(frozen=True)
class StarterPage:
    zone: str
    day: dt.date  # next sessions are counted from here
    chats: list[ChatInfo]
    follow_list: list[FollowInfo]  # in the plan's order
    boundaries: list[str]
    communities: tuple[CommunityInfo, ...] = ()

    @property
    def follows(self) -> list[tuple[str, list[FollowInfo]]]:
        return by_platform(self.follow_list)


def boundary_lines(plan: Plan, today: dt.date) -> list[str]:
    b = plan.boundaries
    lines = [f"At most {b.weekly_minutes} minutes and {b.chats_per_week} chats a week."]
    for q in b.quiet_hours:
        days = "every day" if len(q.days) == 7 else "starting " + ", ".join(WEEKDAY_LABELS[d] for d in q.days)
        lines.append(f"Quiet hours {hhmm(q.start)}-{hhmm(q.end)} ({days}): no chats planned.")
    for q in b.school_hours:
        lines.append(f"School hours {hhmm(q.start)}-{hhmm(q.end)} ({', '.join(WEEKDAY_LABELS[d] for d in q.days)}): "
                     "no chats.")
    if b.protected_days:
        lines.append("Protected days: " + ", ".join(WEEKDAY_NAMES[d] for d in b.protected_days) + ".")
    for p in sorted_pauses(b.pauses):
        if p.end >= today:  # a pause that is over is no longer a boundary to print
            when = date_text(p.start) if p.start == p.end else f"{date_text(p.start)} to {date_text(p.end)}"
            lines.append(f"Paused{f' ({p.label})' if p.label else ''}: no chats {when}.")
    if b.reminder_minutes:
        lines.append(f"A reminder {b.reminder_minutes} minutes before each chat.")
    else:
        lines.append("No reminders before chats.")
    lines.append(ACCOUNT_MODES.get(b.accounts, b.accounts) + ".")
    return lines


def build_page(plan: Plan, directory: Directory, catalogue: Catalogue, *, zone: str, today: dt.date) -> StarterPage:
    # "Next session" counts from the given day itself (the calendar starts at the week's Monday).
    plan = strip_plan(plan)[0]  # no export carries a credential written inside a feed address
    return StarterPage(zone, today, chat_infos(plan, directory, today), follow_infos(plan, catalogue),
                       boundary_lines(plan, today), tuple(community_infos(plan, directory, today)))


COMMUNITIES_INTRO = ("Few live chats remain; a community you read on your own time is as good a start. "
                     "Read first, then join in when you are ready.")


def community_where(info: CommunityInfo) -> str:
    """'Hashtag on Bluesky', 'Starter pack on Bluesky'."""
    kind = COMMUNITY_TYPES.get(info.chat.community_type, "Community")
    return f"{kind} on {', '.join(platform_name(p) for p in info.chat.platforms)}"


def community_heading(info: CommunityInfo) -> str:
    chat = info.chat
    return chat.title if not chat.hashtag or chat.hashtag in chat.title else f"{chat.hashtag}: {chat.title}"


def next_text(info: ChatInfo, index: int, zone: str) -> str:
    slot = next(s for s in info.slots if s.index == index)
    if slot.next is None:
        return "no session in the coming year"
    occ = slot.next
    user = occ.start_in(zone)
    return f"{date_text(user.date())}, " + both_times(user, occ.host_start(), occ.slot.zone)


def source_name(url: str) -> str:
    """A source link's words: its site (the full address is the link)."""
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


def show_address(f: FollowInfo) -> bool:
    """The address in brackets after the name, unless it says nothing new (a web link is the name's link)."""
    return bool(f.follow.name) and f.follow.address != f.follow.name and f.follow.platform != "web"


def platform_name(platform: str) -> str:
    return PLATFORMS.get(platform, platform)


# ---------------------------------------------------------------- Markdown

_MD_SPECIAL = re.compile(r"([\\`*\[\]<>|~])")
# An underscore inside a word (America/New_York) is not emphasis in CommonMark: left as typed.
_MD_UNDERSCORE = re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")


def md(text: str) -> str:
    """Plain text that Markdown shows as-is (no links, emphasis or HTML from someone else's text).
    Always used inline (after "- " or "### "), so line-start markers need no escaping."""
    text = _MD_SPECIAL.sub(r"\\\1", " ".join(clean_text(str(text)).split()))
    return _MD_UNDERSCORE.sub(r"\\_", text)


def md_link(text: str, url: str) -> str:
    if not is_web_url(url):  # no blank or control character can end the link early
        return md(text)
    safe = url.replace("(", "%28").replace(")", "%29").replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
    return f"[{md(text)}](<{safe}>)"


def to_markdown(page: StarterPage, plan: Plan | None = None) -> str:
    out = [f"# {TITLE}", "",
           md(f"Made with PLN Onboard on {date_text(page.day)}. Times are in {page.zone} "
              f"(\"your time\") and in the host's zone."), ""]
    out += ["## Chats", ""]
    if not page.chats:
        out += ["No chats chosen yet.", ""]
    for info in page.chats:
        chat = info.chat
        out.append(f"### {md(chat.hashtag)}: {md(chat.title)}")
        out.append("")
        for slot in info.slots:
            out.append(f"- When: {md(slot.when)}")
            out.append(f"- Next: {md(next_text(info, slot.index, page.zone))}")
        out.append(f"- Join: search {md(chat.hashtag)} on {md(platform_name(info.platform))}: "
                   + md_link(info.join_url, info.join_url))
        out.append(f"- Status: {md(status_text(chat, page.day))}")
        if chat.sources:
            out.append("- Sources: " + ", ".join(md_link(source_name(s), s) for s in chat.sources))
        out.append("")
    if page.communities:
        out += ["## Communities", "", md(COMMUNITIES_INTRO), ""]
    for community in page.communities:
        chat = community.chat
        out += [f"### {md(community_heading(community))}", ""]
        out.append(f"- Where: {md(community_where(community))}: " + md_link(community.link, community.link))
        out.append("- To join: " + " ".join(md(step) for step in chat.join_steps))
        out.append(f"- Status: {md(community.status)}")
        if chat.sources:
            out.append("- Sources: " + ", ".join(md_link(source_name(s), s) for s in chat.sources))
        out.append("")
    # Boundaries sit with the chats (when, and how much) and stay short; the long follow list comes last,
    # so a printed page breaks inside it rather than leaving the boundaries alone on a last sheet.
    out += ["## My boundaries", ""]
    out += [f"- {md(line)}" for line in page.boundaries]
    out.append("")
    out += ["## Who to follow", ""]
    if not page.follows:
        out += ["No follows chosen yet.", ""]
    for platform, infos in page.follows:
        out += [f"### {md(PLATFORM_LABELS.get(platform, platform))}", ""]
        for f in infos:
            name = md_link(f.title, f.url) if f.url else md(f.title)
            address = f" ({md(f.follow.address)})" if show_address(f) else ""
            why = f": {md(f.reason)}" if f.reason else ""
            feed = f" Feed: {md_link(f.feed_url, f.feed_url)}" if f.feed_url else ""
            out.append(f"- {name}{address}{why}{feed}")
        out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------- HTML

def esc(text: str) -> str:
    """Escaped, and cleaned again: a plan made in code never passed a door, and the HTML checker
    (like every XML reader) refuses control characters and noncharacters."""
    return html.escape(clean_text(str(text)), quote=True)


def a(text: str, url: str) -> str:
    if not is_web_url(url):
        return esc(text)
    return f'<a href="{esc(url)}" rel="noopener noreferrer">{esc(text)}</a>'


CSS = """
body { font-family: sans-serif; font-size: 11pt; color: #1a1a1a; max-width: 46em; margin: 1.5em auto;
       padding: 0 1em; line-height: 1.4; }
h1 { font-size: 20pt; margin-bottom: 0.2em; }
h2 { font-size: 15pt; margin-top: 1.2em; border-bottom: 1px solid #999; }
h3 { font-size: 12pt; margin-bottom: 0.2em; }
p.meta { color: #444; }
ul { margin-top: 0.2em; }
a { color: #0645ad; }
"""


# Printed (PDF): the same page set tighter, so a plan of a few chats and a dozen follows fits one or
# two sheets instead of spilling five lines onto a third. Qt's rich text reads this subset of CSS.
PRINT_CSS = """
body { font-family: sans-serif; font-size: 9pt; color: #1a1a1a; }
h1 { font-size: 16pt; margin-top: 0; margin-bottom: 3px; }
h2 { font-size: 12.5pt; margin-top: 9px; margin-bottom: 2px; }
h3 { font-size: 10pt; margin-top: 5px; margin-bottom: 1px; }
p.meta { color: #444; margin-top: 0; margin-bottom: 6px; }
ul { margin-top: 0; margin-bottom: 0; -qt-list-indent: 1; }
li { margin-top: 0; margin-bottom: 0; }
a { color: #0645ad; }
"""


def to_html(page: StarterPage, plan: Plan | None = None, *, css: str = CSS) -> str:
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{esc(TITLE)}</title>", f"<style>{css}</style>", "</head>", "<body>",
           f"<h1>{esc(TITLE)}</h1>",
           f'<p class="meta">{esc(f"Made with PLN Onboard on {date_text(page.day)}. Times are in {page.zone} ")}'
           f"({esc(city_name(page.zone))}, &#8220;your time&#8221;) and in the host&#8217;s zone.</p>",
           "<h2>Chats</h2>"]
    if not page.chats:
        out.append("<p>No chats chosen yet.</p>")
    for info in page.chats:
        chat = info.chat
        out.append(f"<h3>{esc(chat.hashtag)}: {esc(chat.title)}</h3>")
        out.append("<ul>")
        for slot in info.slots:
            out.append(f"<li>When: {esc(slot.when)}</li>")
            out.append(f"<li>Next: {esc(next_text(info, slot.index, page.zone))}</li>")
        out.append(f"<li>Join: search {esc(chat.hashtag)} on {esc(platform_name(info.platform))}: "
                   f"{a(info.join_url, info.join_url)}</li>")
        out.append(f"<li>Status: {esc(status_text(chat, page.day))}</li>")
        if chat.sources:
            out.append("<li>Sources: " + ", ".join(a(source_name(s), s) for s in chat.sources) + "</li>")
        out.append("</ul>")
    if page.communities:
        out.append("<h2>Communities</h2>")
        out.append(f"<p>{esc(COMMUNITIES_INTRO)}</p>")
    for community in page.communities:
        chat = community.chat
        out.append(f"<h3>{esc(community_heading(community))}</h3>")
        out.append("<ul>")
        out.append(f"<li>Where: {esc(community_where(community))}: {a(community.link, community.link)}</li>")
        out.append("<li>To join: " + " ".join(esc(step) for step in chat.join_steps) + "</li>")
        out.append(f"<li>Status: {esc(community.status)}</li>")
        if chat.sources:
            out.append("<li>Sources: " + ", ".join(a(source_name(s), s) for s in chat.sources) + "</li>")
        out.append("</ul>")
    out.append("<h2>My boundaries</h2>")
    out.append("<ul>" + "".join(f"<li>{esc(line)}</li>" for line in page.boundaries) + "</ul>")
    out.append("<h2>Who to follow</h2>")
    if not page.follows:
        out.append("<p>No follows chosen yet.</p>")
    for platform, infos in page.follows:
        out.append(f"<h3>{esc(PLATFORM_LABELS.get(platform, platform))}</h3>")
        out.append("<ul>")
        for f in infos:
            name = a(f.title, f.url) if f.url else esc(f.title)
            address = f" ({esc(f.follow.address)})" if show_address(f) else ""
            why = f": {esc(f.reason)}" if f.reason else ""
            feed = f" Feed: {a(f.feed_url, f.feed_url)}" if f.feed_url else ""
            out.append(f"<li><b>{name}</b>{address}{why}{feed}</li>")
        out.append("</ul>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)
