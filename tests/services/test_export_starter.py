"""Each starter-list format against its own rules, read back with independent parsers."""

from __future__ import annotations

import csv
import datetime as dt
import html.parser
import io
import json
import os
import re
import shutil
import subprocess

import listparser
import pytest

from plnonboard.services import export_starter
from plnonboard.services.export_page import build_page, to_html, to_markdown
from plnonboard.services.exports import FORMATS, default_filename, export_starter_list, render
from plnonboard.services.files import WriteError
from tests.services.export_fixtures import CHATS, FOLLOWS, TODAY, catalogue, directory, full_plan

ZONE = "America/Chicago"


def page(plan=None, zone=ZONE):
    return build_page(plan or full_plan(zone), directory(), catalogue(), zone=zone, today=TODAY)


def out(fmt, plan=None, zone=ZONE) -> bytes:
    plan = plan or full_plan(zone)
    return render(fmt, page(plan, zone), plan)


# ---------------------------------------------------------------- Mastodon CSV

def test_mastodon_csv_is_what_mastodon_imports():
    data = out("mastodon-csv")
    assert not data.startswith(b"\xef\xbb\xbf")  # a BOM would turn the header into a bogus account
    assert data.decode("utf-8").splitlines()[0] == "Account address,Show boosts,Notify on new posts,Languages"
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert rows[0] == ["Account address", "Show boosts", "Notify on new posts", "Languages"]
    addresses = [r[0] for r in rows[1:]]
    # only accounts, no leading @, each once (case-insensitively), no hashtags/sites/Bluesky
    assert addresses == ["chloe@mastodon.example", "sam@maths.example"]
    assert rows[1] == ["chloe@mastodon.example", "true", "false", "en, fr"]
    assert b'"en, fr"' in data  # several languages stay one quoted cell
    assert all(len(r) == 4 for r in rows)
    assert data.endswith(b"\r\n") and b"\r\n\r\n" not in data


def test_mastodon_csv_of_a_plan_without_accounts_says_so_instead_of_a_header_only_file(tmp_path):
    plan = full_plan()
    plan.follows = [f for f in plan.follows if f.platform != "mastodon" or f.kind == "hashtag"]
    with pytest.raises(export_starter.NothingToExport) as info:
        out("mastodon-csv", plan)
    assert info.value.reason == "no-mastodon-accounts" and "no Mastodon accounts" in str(info.value)
    target = tmp_path / "following_accounts.csv"
    with pytest.raises(export_starter.NothingToExport):
        export_starter_list("mastodon-csv", target, plan, directory(), catalogue(), zone=ZONE, today=TODAY)
    assert not target.exists()


def test_mastodon_csv_languages_are_codes_mastodon_accepts():
    from plnonboard.core.follows import parse_entry
    from plnonboard.core.model import Follow

    cat = catalogue()
    raw = {"id": "toot-d", "name": "Dee", "kind": "account", "platform": "mastodon", "handle": "@dee@m.example",
           "languages": ["en-US", "pt_BR", "zh-tw", "zh-TW", "ast", "klingon", "EN", "fr", "x-pig", "en", "ckb"]}
    cat.entries["toot-d"] = parse_entry(raw)
    plan = full_plan()
    plan.follows = [Follow("mastodon", "@dee@m.example", "Dee", "account", "", "", "toot-d")]
    page_ = build_page(plan, directory(), cat, zone=ZONE, today=TODAY)
    rows = list(csv.reader(io.StringIO(export_starter.mastodon_csv(page_).decode("utf-8"), newline="")))
    # Mastodon's SUPPORTED_LOCALES keys; regions dropped as its valid_locale_or_nil does; unknowns left out
    assert rows[1] == ["dee@m.example", "true", "false", "en, pt, zh-TW, ast, fr, ckb"]


def test_formula_cells_are_neutralised_in_the_spreadsheet_csv():
    rows = list(csv.reader(io.StringIO(out("follows-csv").decode("utf-8"), newline="")))
    assert rows[0] == export_starter.FOLLOWS_HEADER
    cells = [c for r in rows[1:] for c in r]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    names = [r[2] for r in rows[1:]]
    assert "'=HYPERLINK(\"http://evil.example\")" in names
    assert rows[-1][:5] == ["x", "'@edu_person", "'@edu person", "account", "'=1+1"]
    assert len(rows) == len(FOLLOWS) + 1
    assert export_starter.neutralise("-2") == "'-2" and export_starter.neutralise("plain") == "plain"


# ---------------------------------------------------------------- OPML

def test_opml_reads_back_with_listparser_and_every_feed_survives():
    data = out("opml")
    assert data.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    result = listparser.parse(data)
    assert not result.bozo, result.get("bozo_exception")
    feeds = {f.url: f for f in result.feeds}
    assert set(feeds) == {"https://a.example/feed/", "https://b.example/rss.xml", "https://c.example/atom.xml"}
    assert feeds["https://b.example/rss.xml"].title == "Teaching & Learning <Weekly>"  # escaped, not mangled
    assert feeds["https://a.example/feed/"].categories == [["Mathematics"]]
    assert feeds["https://c.example/atom.xml"].categories == [["Added by you"]]  # not from the catalogue


def test_opml_structure_follows_opml_2():
    import xml.etree.ElementTree as ET

    root = ET.fromstring(out("opml"))
    assert root.tag == "opml" and root.get("version") == "2.0"
    assert root.find("head/title").text and root.find("head/dateCreated").text
    body = root.find("body")
    for folder in body:
        assert folder.get("text") and folder.get("xmlUrl") is None and folder.get("type") is None
        for feed in folder:
            assert len(feed) == 0  # one level of folders only
            assert feed.get("type") == "rss" and feed.get("text") and feed.get("title")
            assert feed.get("xmlUrl").startswith("https://") and feed.get("htmlUrl").startswith("https://")


def test_opml_leaves_out_non_web_addresses():
    plan = full_plan()
    from plnonboard.core.model import Follow

    plan.follows.append(Follow("web", "https://e.example/", "Bad feed", "blog", "", "javascript:alert(1)"))
    assert b"javascript" not in out("opml", plan)


@pytest.mark.skipif(shutil.which("newsboat") is None and not os.environ.get("CI"), reason="newsboat is not installed")
def test_a_real_feed_reader_imports_every_feed(tmp_path):
    opml = tmp_path / "feeds.opml"
    opml.write_bytes(out("opml"))
    urls, conf = tmp_path / "urls", tmp_path / "config"
    urls.write_text("")
    conf.write_text("")
    subprocess.run(["newsboat", "-u", str(urls), "-c", str(tmp_path / "cache.db"), "-C", str(conf), "-i", str(opml)],
                   env={**os.environ, "HOME": str(tmp_path)}, check=True, capture_output=True, timeout=60)
    lines = urls.read_text().splitlines()
    assert sorted(line.split()[0] for line in lines) == sorted(
        ["https://a.example/feed/", "https://b.example/rss.xml", "https://c.example/atom.xml"])
    assert 'https://a.example/feed/ "Mathematics"' in lines


# ---------------------------------------------------------------- Bluesky

def test_bluesky_list_is_handles_only_with_a_how_to_line():
    lines = out("bluesky").decode("utf-8").splitlines()
    assert "starter pack" in lines[0] and lines[1] == ""
    assert lines[2:] == ["ana.bsky.social", "teacher.example.org"]


# ---------------------------------------------------------------- Markdown and HTML

def test_markdown_has_every_chat_follow_and_boundary():
    text = out("markdown").decode("utf-8")
    for chat in CHATS:
        assert chat.hashtag in text
    for f in FOLLOWS:
        assert export_page_md(f.name) in text
    assert "Quiet hours 21:00-06:30" in text and "Protected days: Saturday" in text
    assert "notification" not in text.lower()  # the app does not control a phone's notifications
    # times in the user's zone and the host's: #edchat Tue 19:00 New York = 18:00 Chicago
    assert "1 Dec 2026, Tue 18:00 your time · 19:00 in New York" in text
    # someone else's text cannot make links or HTML: every real link target is one of ours, http(s)
    targets = re.findall(r"(?<!\\)\]\((.{0,12})", text)
    assert targets and all(t.startswith(("<https://", "<http://")) for t in targets)


def test_a_us_locale_gets_12_hour_times_and_month_first_dates_in_the_page():
    from plnonboard.core.timefmt import Style, set_style

    set_style(Style(clock12=True, month_first=True))  # what the CLI picks for LANG=en_US.UTF-8
    text = out("markdown").decode("utf-8")
    assert "Dec 1, 2026, Tue 6:00 PM your time · 7:00 PM in New York" in text
    assert "every Tuesday at 7:00 PM America/New_York" in text and "Quiet hours 9:00 PM-6:30 AM" in text
    assert "19:00" not in text
    assert "\\[click\\](javascript" in text and "<b>" not in text and "\\<b\\>" in text


def export_page_md(name):
    from plnonboard.services.export_page import md

    return md(name)


class _Collect(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.text, self.links, self.tags = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "a":
            self.links.append(dict(attrs)["href"])

    def handle_data(self, data):
        self.text.append(data)


def test_html_escapes_everything_and_links_only_to_the_web():
    data = out("html").decode("utf-8")
    p = _Collect()
    p.feed(data)
    text = "".join(p.text)
    for chat in CHATS:
        assert chat.hashtag in text
    for f in FOLLOWS:
        assert f.name in text  # shown as text, the same words the user typed
    assert "Sam <b>bold</b>" in text  # the user's markup is shown as the characters typed...
    assert data.count("<b>bold</b>") == 0 and "&lt;b&gt;bold&lt;/b&gt;" in data  # ...never run as HTML
    assert all(link.startswith(("https://", "http://")) for link in p.links)
    assert "script" not in p.tags and "img" not in p.tags
    assert "default-src 'none'" in data
    assert "Tue 18:00 your time · 19:00 in New York" in text


def test_next_session_counts_from_the_given_day_in_the_users_zone():
    melbourne = build_page(full_plan("Australia/Melbourne"), directory(), catalogue(), zone="Australia/Melbourne",
                           today=dt.date(2026, 11, 25))
    edchat = next(c for c in melbourne.chats if c.chat.id == "edchat")
    nxt = edchat.slots[0].next
    assert nxt.host_day == dt.date(2026, 12, 1)
    assert nxt.start_in("Australia/Melbourne").strftime("%a %d %H:%M") == "Wed 02 11:00"


# ---------------------------------------------------------------- JSON

def test_json_has_the_plan_and_resolved_chats_without_secrets():
    plan = full_plan()
    plan.extra["feeds_sync"] = {"api_token": "s3cret", "password": "hunter2", "server": "https://x.example"}
    data = json.loads(render("json", page(plan), plan))
    assert data["format"] == "plnonboard.starter" and data["time_zone"] == ZONE
    assert [c["id"] for c in data["chats"]] == [c.id for c in CHATS]
    ed = data["chats"][0]
    assert ed["sessions"][0]["next_start"] == "2026-12-01T18:00:00-06:00"
    assert ed["sessions"][0]["next_start_host"] == "2026-12-01T19:00:00-05:00"
    assert len(data["follows"]) == len(FOLLOWS)
    assert data["plan"]["format"] == "plnonboard.plan"
    raw = json.dumps(data)
    assert "s3cret" not in raw and "hunter2" not in raw and "https://x.example" in raw


# ---------------------------------------------------------------- registry and writing

def test_every_format_renders_and_writes_atomically(tmp_path):
    for fmt, spec in FORMATS.items():
        assert default_filename(fmt).endswith("." + spec.extension)
        if spec.render is None:
            continue
        target = tmp_path / default_filename(fmt)
        export_starter_list(fmt, target, full_plan(), directory(), catalogue(), zone=ZONE, today=TODAY)
        assert target.stat().st_size > 100
    assert default_filename("mastodon-csv") == "following_accounts.csv"
    with pytest.raises(WriteError):
        export_starter_list("html", tmp_path / "nope" / "x.html", full_plan(), directory(), catalogue(),
                            zone=ZONE, today=TODAY)
    assert not (tmp_path / "nope").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_render_error_leaves_no_file(tmp_path, monkeypatch):
    target = tmp_path / "page.html"
    def boom(*a, **k):
        raise RuntimeError("disk full halfway")
    monkeypatch.setitem(FORMATS, "html", FORMATS["html"]._replace(render=boom))
    with pytest.raises(RuntimeError):
        export_starter_list("html", target, full_plan(), directory(), catalogue(), zone=ZONE, today=TODAY)
    assert list(tmp_path.iterdir()) == []


def test_markdown_and_html_match_each_other():
    pg = page()
    assert to_markdown(pg).count("### ") == to_html(pg).count("<h3>")


def test_the_page_lists_the_pauses_still_ahead_with_their_dates():
    from plnonboard.core.model import Pause

    plan = full_plan(ZONE)
    plan.boundaries.pauses = [
        Pause(dt.date(2026, 12, 21), dt.date(2027, 1, 3), "Winter break"),
        Pause(dt.date(2026, 10, 26), dt.date(2026, 10, 30), "Fall break"),  # over by TODAY: not a boundary now
        Pause(dt.date(2026, 11, 26), dt.date(2026, 11, 26))]
    md_text = to_markdown(page(plan))
    assert "Paused (Winter break): no chats 21 Dec 2026 to 3 Jan 2027." in md_text
    assert "Paused: no chats 26 Nov 2026." in md_text
    assert "Fall break" not in md_text
    assert "Winter break" in to_html(page(plan), plan)
