"""Issue 14: every parser's work is bounded, the wall-clock budget covers parsing, Cancel stops
parsing, and one bad entry is one skipped entry. Hang-prone cases run in a daemon thread with a
generous join: the assertion is that they finish at all (speed is measured in bench/, not here)."""

from __future__ import annotations

import datetime as dt
import json
import os
import threading

import pytest

from plnonboard.core.directory import Directory, directory_to_dict
from plnonboard.core.errors import Cancelled, CancelToken
from plnonboard.services import net
from plnonboard.services.budget import Budget
from plnonboard.services.import_feed import BadXML
from plnonboard.services.import_ics import parse_ics
from plnonboard.services.import_opml import MAX_DEPTH, parse_opml
from plnonboard.services.importer import LARGE_CALENDAR, Importer
from tests.conftest import make_chat
from tests.loopback import opml

TODAY = dt.date(2026, 12, 3)
FAST = net.Limits(connect_timeout=1, read_timeout=1, deadline=5, max_bytes=2_000_000)


def finishes(fn, seconds: float = 30.0):
    """Run fn in a daemon thread; its result, or a failure if it is still running after `seconds`."""
    box: dict = {}

    def run():
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed back to the test
            box["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), "still running: the work is not bounded"
    if "error" in box:
        raise box["error"]
    return box["value"]


def calendar(*events: str, head: str = "") -> bytes:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\n" + head + "".join(events)
            + "END:VCALENDAR\r\n").encode()


def event(uid, summary, start, rule="RRULE:FREQ=WEEKLY\r\n", tz="America/Chicago") -> str:
    stamp = f"DTSTART;TZID={tz}:{start}" if tz else f"DTSTART:{start}"
    return (f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:{summary}\r\n"
            f"{stamp}\r\nDURATION:PT45M\r\n{rule}END:VEVENT\r\n")


def vtimezone(tzid: str, standard_rule: str, extra: str = "") -> str:
    return (f"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\n"
            f"BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n{standard_rule}TZOFFSETFROM:+0100\r\n"
            f"TZOFFSETTO:+0000\r\nTZNAME:S\r\n{extra}END:STANDARD\r\n"
            "BEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
            "TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:D\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n")


# -- item 2: a 600-byte calendar ran for ever ------------------------------------------------

@pytest.mark.parametrize("rule", [
    "RRULE:FREQ=SECONDLY\r\n", "RRULE:FREQ=MINUTELY;INTERVAL=7\r\n", "RRULE:FREQ=HOURLY\r\n", "RRULE:FREQ=DAILY\r\n",
    # yearly on paper, every second in fact:
    "RRULE:FREQ=YEARLY;BYHOUR=" + ",".join(map(str, range(24))) + ";BYMINUTE=" + ",".join(map(str, range(60))) + "\r\n",
    "RRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYDAY=MO,TU,WE,TH,FR,SA,SU\r\n",
    "RRULE:FREQ=YEARLY;COUNT=0\r\nDTSTART:00010101T000000\r\n"])
def test_zone_rules_repeating_more_often_than_yearly_are_refused_not_walked(rule):
    body = calendar(vtimezone("Evil/Zone", rule),
                    event(1, "#evilchat", "20260106T190000", tz="Evil/Zone"),
                    event(2, "#goodchat", "20260106T190000"))
    out = finishes(lambda: parse_ics(body, where="evil.ics", today=TODAY))
    assert [c.id for c in out.chats] == ["goodchat"]
    (why,) = [why for what, why in out.skipped if what == "#evilchat"]
    assert "time zone" in why and "Evil/Zone" in why


def test_zone_with_too_many_transitions_is_refused():
    rdates = "".join(f"RDATE:{1970 + i // 12:04d}{i % 12 + 1:02d}01T000000\r\n" for i in range(3000))
    body = calendar(vtimezone("Many/Dates", "", extra=rdates),
                    event(1, "#manychat", "20260106T190000", tz="Many/Dates"))
    out = finishes(lambda: parse_ics(body, where="many.ics", today=TODAY))
    assert not out.chats and "time zone" in dict(out.skipped)["#manychat"]


def test_an_ordinary_custom_zone_still_works():
    body = calendar(vtimezone("Office/Time", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"),
                    event(1, "#officechat", "20260106T190000", tz="Office/Time"))
    out = parse_ics(body, where="ok.ics", today=TODAY)
    assert [c.id for c in out.chats] == ["officechat"] and not out.skipped


def test_an_outlook_style_custom_zone_from_1601_is_read():
    zone = ("BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\n"
            "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n"
            "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nEND:STANDARD\r\n"
            "BEGIN:DAYLIGHT\r\nDTSTART:16010101T010000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n"
            "TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n")
    body = calendar(zone, event(1, "#wintertime", "20260106T190000", tz="Customized Time Zone"))
    out = parse_ics(body, where="outlook.ics", today=TODAY)
    # January: offset 0, so the file's own rules were consulted and gave UTC
    assert [c.id for c in out.chats] == ["wintertime"] and out.chats[0].slots[0].zone == "UTC"


def test_the_budget_covers_parsing_as_well_as_fetching():
    body = calendar(*(event(i, f"#chat{i}", "20260106T190000") for i in range(50)))
    with pytest.raises(net.Timeout) as caught:
        parse_ics(body, where="slow.ics", today=TODAY, budget=Budget.seconds(0, where="slow.ics", limit=60))
    assert "took longer than 60 seconds" in str(caught.value) and "reading" in str(caught.value)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        parse_ics(body, where="slow.ics", today=TODAY, budget=Budget.seconds(60, token=token))


def test_cancel_stops_a_long_parse_in_the_worker_too(tmp_path, monkeypatch):
    """Cancel used to return from run() while the worker went on parsing to the end: the parser
    never looked at the token. Here the token cancels itself on its 20th look, which only the
    parser's own checkpoints can reach before the file is done."""
    from plnonboard.services import importer as importer_module

    body = calendar(*(event(i, f"#chat{i}", "20260106T190000") for i in range(3000)))
    path = tmp_path / "big.ics"
    path.write_bytes(body)
    outcome: list[str] = []
    real = importer_module.parse_ics

    def watched(*args, **kwargs):
        try:
            result = real(*args, **kwargs)
        except Cancelled:
            outcome.append("cancelled")
            raise
        outcome.append("parsed to the end")
        return result

    class SelfCancelling(CancelToken):
        looks = 0

        def check(self):
            self.looks += 1
            if self.looks >= 20:
                self.cancel()
            super().check()

    monkeypatch.setattr(importer_module, "parse_ics", watched)
    imp = Importer(Directory(), today=TODAY, limits=net.Limits(deadline=120))
    with pytest.raises(Cancelled):
        finishes(lambda: imp.run([str(path)], token=SelfCancelling()))
    for t in threading.enumerate():
        if t.name.startswith("plnonboard-import"):
            t.join(30)
    assert outcome == ["cancelled"]


# -- item 6: a calendar of thousands of chats is not ticked by default -----------------------

def test_a_large_calendar_is_offered_unticked(tmp_path):
    many, few = tmp_path / "many.ics", tmp_path / "few.ics"
    many.write_bytes(calendar(*(event(i, f"#chat{i}", "20260106T190000") for i in range(LARGE_CALENDAR + 1))))
    few.write_bytes(calendar(*(event(i, f"#chat{i}", "20260106T190000") for i in range(3))))
    big, small = Importer(Directory(), today=TODAY).run([str(many), str(few)]).sources
    assert len(big.suggestions) == LARGE_CALENDAR + 1 and not any(s.checked for s in big.suggestions)
    assert "tick" in big.message
    assert len(small.suggestions) == 3 and all(s.checked for s in small.suggestions)


# -- item 3: deep OPML ------------------------------------------------------------------------

def deep_opml(levels: int) -> bytes:
    opening = "".join(f'<outline text="L{i}"><outline type="rss" text="F{i}" xmlUrl="https://e.org/{i}"/>'
                      for i in range(levels))
    return (f'<?xml version="1.0"?><opml version="2.0"><head><title>Deep</title></head><body>'
            f'{opening}{"</outline>" * levels}</body></opml>').encode()


def test_deep_opml_is_refused_before_folder_paths_are_built():
    with pytest.raises(BadXML) as caught:
        finishes(lambda: parse_opml(deep_opml(5000), where="deep.opml"))
    assert f"more than {MAX_DEPTH} levels" in str(caught.value)


def test_opml_within_the_depth_limit_keeps_its_folders():
    out = parse_opml(deep_opml(MAX_DEPTH - 3), where="ok.opml")
    assert len(out.feeds) == MAX_DEPTH - 3
    assert out.feeds[2].folder == "L0 / L1 / L2"


# -- item 9: dates at the ends of the calendar ------------------------------------------------

@pytest.mark.parametrize("start,tz", [("00010101T000000Z", ""), ("99991231T230000Z", ""),
                                      ("00010101T200000", "Pacific/Kiritimati"),
                                      ("99991231T233000", "Pacific/Kiritimati")])
def test_one_event_in_year_1_or_9999_is_one_skipped_event(start, tz):
    body = calendar(event(1, "#goodchat", "20260105T200000"), event(2, "#oddchat", start, tz=tz),
                    head="X-WR-TIMEZONE:Pacific/Kiritimati\r\n")
    out = parse_ics(body, where="years.ics", today=TODAY)
    assert [c.id for c in out.chats] == ["goodchat"]
    assert "year" in dict(out.skipped)["#oddchat"]


# -- item 9: a FIFO as a source ---------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_at_once_not_read(tmp_path):
    fifo = tmp_path / "feed.xml"
    os.mkfifo(fifo)
    (res,) = finishes(lambda: Importer(Directory(), today=TODAY, limits=FAST).run([str(fifo)]).sources, 10)
    assert not res.ok and "not a regular file" in res.message


def test_a_device_is_refused(tmp_path):
    (res,) = finishes(lambda: Importer(Directory(), today=TODAY, limits=FAST).run(["/dev/zero"]).sources, 10)
    assert not res.ok and "not a regular file" in res.message


# -- item 9: one bad entry in a directory update ----------------------------------------------

@pytest.mark.parametrize("field,value", [("zone", ["America/Chicago"]), ("zone", {"a": 1}),
                                         ("status", ["running"]), ("status", {"x": 1})])
def test_a_list_where_a_zone_or_status_belongs_skips_that_entry_only(tmp_path, field, value):
    good = make_chat("#goodchat", "tue", "19:00", "America/New_York")
    bad = make_chat("#badchat", "wed", "19:00", "America/New_York")
    doc = directory_to_dict([good, bad], updated="2026-12")
    entry = next(c for c in doc["chats"] if c["id"] == "badchat")
    if field == "zone":
        entry["slots"][0]["zone"] = value
    else:
        entry["status"] = value
    path = tmp_path / "update.json"
    path.write_text(json.dumps(doc))
    (res,) = Importer(Directory(), today=TODAY).run([str(path)]).sources
    assert res.ok, res.message
    assert [s.chat_id for s in res.suggestions] == ["goodchat"]
    assert any("#badchat" in what for what, _ in res.skipped)


# -- item 9: --check and redirects stay out of the local network ------------------------------

def test_check_does_not_reach_metadata_or_private_addresses_listed_in_a_file(tmp_path, web):
    """The feeds of an OPML file were fetched wherever they pointed (169.254.169.254 included)."""
    listed = ["http://169.254.169.254/latest/meta-data/", "http://metadata.google.internal/x",
              "http://10.0.0.7/feed", web.url("/rss")]
    doc = tmp_path / "list.opml"
    doc.write_bytes(opml(listed))
    (res,) = Importer(Directory(), today=TODAY, limits=FAST, check_feeds=True).run([str(doc)]).sources
    by_url = {s.follow.feed_url: s for s in res.suggestions}
    for url in listed:  # a file is not the user typing an address, loopback included
        assert "not allowed" in by_url[url].problem and not by_url[url].checked, by_url[url].problem
    assert web.hits.get("/rss", 0) == 0


def test_check_reaches_the_private_host_the_user_typed(web):
    web.routes["/list.opml"] = lambda h: h.send(200, opml([web.url("/rss"), "http://192.168.0.9/feed"]),
                                                "text/x-opml")
    (res,) = Importer(Directory(), today=TODAY, limits=FAST, check_feeds=True).run([web.url("/list.opml")]).sources
    alive, inside = res.suggestions
    assert alive.detail.startswith("alive") and not alive.problem
    assert "not allowed" in inside.problem
