"""Importing feeds, OPML, calendars and directory updates through the orchestrator, against the
loopback server: good sources give suggestions, hostile ones one clear message each."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time

import pytest

from plnonboard.core.directory import Directory, directory_to_dict
from plnonboard.core.errors import Cancelled, CancelToken
from plnonboard.core.model import Follow, Plan, PlanChat, Profile
from plnonboard.services import net
from plnonboard.services.http_cache import HttpCache
from plnonboard.services.import_feed import HostileXML, parse_feed
from plnonboard.services.importer import Importer, apply, sniff
from plnonboard.services.store import Store
from tests.conftest import make_chat
from tests.loopback import ATOM, ICS, LAUGHS, RSS, XXE, opml

FAST = net.Limits(connect_timeout=1, read_timeout=1, deadline=2, max_bytes=1_000_000, max_retry_wait=5)


@pytest.fixture
def directory():
    chats = [make_chat("#edchat", "tue", "19:00", "America/New_York"),
             make_chat("#ukedchat", "thu", "20:00", "Europe/London"),
             make_chat("#elemmathchat", "wed", "20:30", "America/New_York")]
    return Directory({c.id: c for c in chats})


def importer(directory, **kw):
    kw.setdefault("limits", FAST)
    return Importer(directory, today=dt.date(2026, 3, 1), **kw)


def test_rss_feed_items_follow_and_hashtag_chats(web, directory):
    res = importer(directory).run([web.url("/rss")]).sources[0]
    assert res.ok and res.kind == "feed" and res.title == "Ms Rivera teaches maths"
    assert [i.title for i in res.items] == ["Number talks in grade 4 #elemmathchat", "Why I joined #ukedchat"]
    assert res.items[0].author == "ana@example.org (Ana Rivera)" and res.items[0].day_in("UTC") == dt.date(2026, 3, 3)
    follow = [s for s in res.suggestions if s.kind == "follow"]
    assert follow[0].follow.feed_url == web.url("/rss") and follow[0].follow.address == "https://example.org/blog"
    chats = sorted(s.chat_id for s in res.suggestions if s.kind == "chat")
    assert chats == ["edchat", "elemmathchat", "ukedchat"]  # #notAChat is not in the directory


def test_atom_and_non_utf8_feeds(web, directory):
    a, b = importer(directory).run([web.url("/atom"), web.url("/latin1")]).sources
    assert a.ok and a.items[0].author == "Tom Hughes"
    assert b.ok and b.title == "Café pédagogique" and b.items[0].title == "Élèves et école"


@pytest.mark.parametrize("path,reason,words", [
    ("/laughs", "hostile-xml", "declares its own XML entities"),
    ("/xxe", "hostile-xml", "declares its own XML entities"),
    ("/html", "not-a-feed", "is a web page, not a feed"),
    ("/badxml", "bad-xml", "not well-formed XML"),
    ("/nowhere", "http", "HTTP 404"),
    ("/e500", "http", "HTTP 500"),
    ("/e429", "http", "wait 3600 seconds"),
    ("/loop", "redirects", "redirect loop"),
    ("/big", "too-large", "larger than 1 MB"),
    ("/bomb", "too-large", "larger than 1 MB"),
    ("/drip", "timeout", "took longer than 2 seconds"),
])
def test_each_hostile_source_gets_its_message(web, directory, path, reason, words):
    res = importer(directory).run([web.url(path)]).sources[0]
    assert not res.ok and res.reason == reason and words in res.message
    assert "\n" not in res.message and "Traceback" not in res.message


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/feed.xml", "javascript:alert(1)"])
def test_other_schemes_refused(directory, url):
    res = importer(directory).run([url]).sources[0]
    assert not res.ok and res.reason in ("scheme", "bad-address") and "http" in res.message


def test_one_failing_source_never_stops_the_others(web, directory):
    out = importer(directory).run([web.url("/laughs"), web.url("/rss"), web.url("/nowhere"), web.url("/ics")])
    assert [r.ok for r in out.sources] == [False, True, False, True]


def test_entities_never_expanded_even_if_parser_is_reached():
    # Belt and braces: the refusal happens before feedparser sees anything.
    with pytest.raises(HostileXML):
        parse_feed(LAUGHS, url="http://x/")
    with pytest.raises(HostileXML):
        parse_feed(XXE.replace(b"utf-8", b"utf-8"), url="http://x/")
    with pytest.raises(HostileXML):
        parse_feed(LAUGHS.decode().encode("utf-16"), url="http://x/")


def test_feed_body_naming_a_local_file_is_not_opened(tmp_path):
    secret = tmp_path / "secret.xml"
    secret.write_bytes(RSS)
    with pytest.raises(Exception) as info:
        parse_feed(str(secret).encode(), url="http://x/")
    assert "Ms Rivera" not in str(info.value)


def test_sniff():
    assert sniff(RSS) == "feed" and sniff(ATOM) == "feed" and sniff(ICS) == "ics"
    assert sniff(opml(["http://a/"])) == "opml" and sniff(b'\xef\xbb\xbf{"format": 1}') == "directory"
    assert sniff(b"<!-- hi --><?xml-stylesheet x?><opml version='1.0'/>") == "opml"
    assert sniff(b"<!doctype html><html></html>") == "html"


def test_opml_of_feeds_checked_concurrently(web, directory):
    urls = [web.url(f"/feed/{i}") for i in range(12)] + [web.url("/nowhere")]
    web.routes["/list.opml"] = lambda h: h.send(200, opml(urls), "text/x-opml")
    start = time.monotonic()
    out = importer(directory, check_feeds=True, workers=6).run([web.url("/list.opml")])
    elapsed = time.monotonic() - start
    res = out.sources[0]
    assert res.ok and res.kind == "opml" and len(res.suggestions) == 13
    alive = [s for s in res.suggestions if s.detail.startswith("alive")]
    dead = [s for s in res.suggestions if s.problem]
    assert len(alive) == 12 and len(dead) == 1 and not dead[0].checked and "HTTP 404" in dead[0].problem
    assert elapsed < 12 * 0.15  # the pool ran them side by side (each feed sleeps 0.15 s)


def test_opml_tolerates_missing_text_and_xmlurl_and_whitelists_schemes(tmp_path, directory):
    doc = tmp_path / "feeds.opml"
    doc.write_bytes(b"""<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
<outline text="A"><outline text="B"><outline type="rss" text="Deep" xmlUrl="https://deep.example/feed"/></outline></outline>
<outline type="rss" xmlUrl="https://notext.example/rss"/>
<outline type="rss" text="JS" xmlUrl="javascript:alert(1)"/>
<outline type="rss" text="File" xmlUrl="file:///etc/passwd"/>
<outline text="Folder only"/></body></opml>""")
    res = importer(directory).run([str(doc)]).sources[0]
    assert res.ok
    assert [s.follow.feed_url for s in res.suggestions] == ["https://deep.example/feed", "https://notext.example/rss"]
    assert res.suggestions[0].detail == "A / B"
    assert sorted(w for w, _ in res.skipped) == ["File", "JS"]


def test_ics_chats_keep_host_zone(web, directory):
    res = importer(directory).run([web.url("/ics")]).sources[0]
    assert res.ok and res.kind == "ics"
    chat = res.suggestions[0].chat
    assert chat.hashtag == "#districtchat" and chat.custom
    assert chat.slots[0].zone == "America/Chicago" and chat.slots[0].start == dt.time(19, 0)
    assert chat.slots[0].weekday == 1 and chat.slots[0].minutes == 60


def test_ics_rules(tmp_path, directory):
    def event(uid, summary, start, rule):
        return (f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:{summary}\r\n"
                f"DTSTART;TZID=Australia/Melbourne:{start}\r\nDURATION:PT45M\r\n{rule}END:VEVENT\r\n")
    body = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\n"
            + event(1, "#fortnight", "20260105T200000", "RRULE:FREQ=WEEKLY;INTERVAL=2\r\n")
            + event(2, "#second", "20260112T200000", "RRULE:FREQ=MONTHLY;BYDAY=2MO\r\n")
            + event(3, "#last", "20260126T200000", "RRULE:FREQ=MONTHLY;BYDAY=-1MO\r\n")
            + event(4, "#daily", "20260126T200000", "RRULE:FREQ=DAILY\r\n")
            + event(5, "#once", "20260126T200000", "")
            + event(6, "no tag here", "20260126T200000", "RRULE:FREQ=WEEKLY\r\n")
            + "END:VCALENDAR\r\n")
    path = tmp_path / "chats.ics"
    path.write_text(body)
    res = importer(directory).run([str(path)]).sources[0]
    chats = {s.chat.id: s.chat for s in res.suggestions}
    f = chats["fortnight"].slots[0]
    assert f.frequency.kind == "every_n_weeks" and f.frequency.interval == 2
    assert f.frequency.anchor == dt.date(2026, 1, 5) and f.zone == "Australia/Melbourne" and f.minutes == 45
    assert chats["second"].slots[0].frequency.nth == 2 and chats["last"].slots[0].frequency.nth == -1
    reasons = dict(res.skipped)
    assert "daily" in reasons["#daily"] and "once" in reasons["#once"] and "hashtag" in reasons["no tag here"]


def test_broken_ics_is_one_message(tmp_path, directory):
    path = tmp_path / "bad.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\nthis is not\r\n")
    res = importer(directory).run([str(path)]).sources[0]
    assert not res.ok and "iCalendar" in res.message


def test_directory_update_diff_and_accept(tmp_path, directory):
    changed = make_chat("#edchat", "tue", "20:00", "America/New_York")
    new = make_chat("#newchat", "mon", "18:00", "Europe/London")
    same = directory.get("ukedchat")
    path = tmp_path / "update.json"
    path.write_text(json.dumps(directory_to_dict([changed, new, same], updated="2026-03")))
    plan = Plan(chats=[PlanChat("edchat")])
    res = importer(directory, plan=plan).run([str(path)]).sources[0]
    assert res.ok and res.kind == "directory" and "1 new, 1 changed, 1 unchanged" in res.message
    by_kind = {s.kind: s for s in res.suggestions}
    assert by_kind["directory-changed"].detail == "changed: times" and by_kind["directory-changed"].checked
    assert not by_kind["directory-new"].checked  # new chats join only when ticked
    merged, lines = apply(plan, res.suggestions)
    assert merged.chats[0].custom.slots[0].start == dt.time(20, 0) and len(merged.chats) == 1
    assert plan.chats[0].custom is None  # the original plan is untouched
    by_kind["directory-new"].checked = True
    merged, _ = apply(plan, res.suggestions)
    assert merged.chat_ids() == ["edchat", "newchat"]
    again = importer(directory, plan=merged).run([str(path)]).sources[0]
    assert "0 new, 0 changed" in again.message  # accepted updates persist as the plan's own chats


def test_not_a_directory_json(tmp_path, directory):
    path = tmp_path / "x.json"
    path.write_text('{"format": "something else"}')
    res = importer(directory).run([str(path)]).sources[0]
    assert not res.ok and "not a chat directory" in res.message


def test_missing_file_is_one_message(directory, tmp_path):
    res = importer(directory).run([str(tmp_path / "nope.opml")]).sources[0]
    assert not res.ok and "cannot be read" in res.message


def test_apply_skips_duplicates_and_unticked(web, directory):
    plan = Plan(follows=[Follow("web", "https://example.org/blog", feed_url="https://other/feed")])
    res = importer(directory, plan=plan).run([web.url("/rss")]).sources[0]
    merged, lines = apply(plan, res.suggestions)
    assert len(merged.follows) == 1  # same blog address: not added twice
    assert merged.chats == []  # hashtag chats are suggestions, unticked by default


def test_conditional_get_remembered_in_the_store(web, directory, tmp_path):
    store = Store(tmp_path / "store")
    cache = HttpCache(store)
    first = importer(directory, cache=cache).run([web.url("/etag")]).sources[0]
    assert first.ok and first.items
    fresh_cache = HttpCache(Store(tmp_path / "store"))  # a later run of the app
    second = importer(directory, cache=fresh_cache).run([web.url("/etag")]).sources[0]
    assert second.ok and "unchanged" in second.message and second.title == "Ms Rivera teaches maths"
    assert web.seen_headers[-1].get("If-None-Match") == '"v1"'
    assert second.suggestions[0].kind == "follow"


def test_cancel_stops_a_run_promptly(web, directory):
    token = CancelToken()
    threading.Timer(0.3, token.cancel).start()
    start = time.monotonic()
    with pytest.raises(Cancelled):
        importer(directory, limits=net.Limits(deadline=30)).run([web.url("/drip"), web.url("/hang")], token=token)
    assert time.monotonic() - start < 1.5


def test_progress_per_source_and_bytes(web, directory):
    sources, sizes = [], []
    importer(directory).run([web.url("/rss"), web.url("/atom")], on_source=lambda d, t, s: sources.append((d, t)),
                            on_bytes=lambda got, total: sizes.append(got))
    assert sources[-1] == (2, 2) and sizes and max(sizes) == len(RSS) + len(ATOM)


def test_own_calendar_reads_back_with_digit_hashtags(tmp_path, directory):
    """The app reads back its own .ics, including hashtags that start with a digit; and a
    re-import where everything is already in the plan says so instead of "2 chats"."""
    from plnonboard.services.export_ics import build_calendar

    digit = [make_chat("#2ndaryELA", "tue", "20:00", "America/New_York", minutes=30),
             make_chat("#8thGradeELA", "wed", "19:00", "America/Chicago")]
    plan = Plan(profile=Profile(time_zone="America/Chicago"),
                chats=[PlanChat(c.id, custom=c) for c in digit] + [PlanChat("edchat")])
    data = build_calendar(plan, directory, today=dt.date(2026, 3, 1),
                          stamp=dt.datetime(2026, 3, 1, tzinfo=dt.UTC)).data
    path = tmp_path / "mine.ics"
    path.write_bytes(data)
    res = importer(directory).run([str(path)]).sources[0]
    tags = {s.chat.hashtag for s in res.suggestions}
    assert tags == {"#2ndaryELA", "#8thGradeELA", "#edchat"} and not res.skipped
    again = importer(directory, plan=plan).run([str(path)]).sources[0]
    assert not again.suggestions and len(again.skipped) == 3
    assert again.message.endswith(": 0 new chats, 3 already in your plan.")


def test_hashtag_pattern_is_shared():
    from plnonboard.core.hashtags import HASHTAG_IN_TEXT
    from plnonboard.services import import_feed, import_ics

    assert import_ics.HASHTAG_IN_TEXT is HASHTAG_IN_TEXT and import_feed.HASHTAG_IN_TEXT is HASHTAG_IN_TEXT
    found = HASHTAG_IN_TEXT.findall("Join #2ndaryELA and #8thGradeELA, not #1 or &#39; or a/#frag, and #edchat.")
    assert found == ["2ndaryELA", "8thGradeELA", "edchat"]


def test_feed_dates_are_on_the_readers_calendar():
    """A post at 03:00 UTC on 4 March was written on the evening of 3 March in Chicago."""
    body = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://t.example/</link>
<item><title>Late post</title><pubDate>Wed, 04 Mar 2026 03:00:00 GMT</pubDate></item></channel></rss>"""
    item = parse_feed(body, url="https://t.example/feed", where="t", directory_ids=[]).items[0]
    assert item.day_in("America/Chicago") == dt.date(2026, 3, 3)
    assert item.day_in("Europe/Berlin") == dt.date(2026, 3, 4)


def test_a_cut_off_opml_is_a_damaged_file_not_an_empty_list(tmp_path, directory):
    path = tmp_path / "broken.opml"
    path.write_text('<?xml version="1.0"?><opml version="2.0"><body><outline')
    res = importer(directory).run([str(path)]).sources[0]
    assert not res.ok and res.reason == "bad-xml" and "damaged or cut off" in res.message
    empty = tmp_path / "empty.opml"
    empty.write_text('<?xml version="1.0"?><opml version="2.0"><head><title>None</title></head><body/></opml>')
    assert importer(directory).run([str(empty)]).sources[0].ok  # a well-formed empty list is fine
