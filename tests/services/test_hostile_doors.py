"""Text from outside is cleaned at every door (issue 13 "Exports no reader chokes on", issue 14
items 7-9): feeds, OPML lists, calendars, plan files and directory updates, with the shared
hostile fixture (tests/hostile.py)."""

from __future__ import annotations

import json

import pytest

from plnonboard.core.directory import Directory
from plnonboard.core.planfile import dump_plan, parse_plan_text
from plnonboard.services.import_directory import parse_directory_update
from plnonboard.services.import_feed import parse_feed
from plnonboard.services.import_ics import parse_ics
from plnonboard.services.import_opml import parse_opml
from tests import hostile
from tests.hostile import TODAY, forbidden_in


def _texts(obj) -> list[str]:
    """Every string inside dataclasses, lists, tuples and dicts."""
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [t for k, v in obj.items() for t in _texts(k) + _texts(v)]
    if isinstance(obj, (list, tuple)):
        return [t for v in obj for t in _texts(v)]
    if hasattr(obj, "__dataclass_fields__"):
        return [t for name in obj.__dataclass_fields__ for t in _texts(getattr(obj, name))]
    return []


def assert_clean(obj, *, newlines_ok: bool = False):
    bad = {t: forbidden_in(t, allow_newlines=newlines_ok) for t in _texts(obj)}
    assert {t: b for t, b in bad.items() if b} == {}


@pytest.mark.parametrize("body", [hostile.rss(), hostile.rss_raw_controls()], ids=["char-refs", "raw-bytes"])
def test_feed_titles_and_links_are_cleaned(body):
    feed = parse_feed(body, url="https://blog.example/feed")
    assert_clean(feed)
    assert feed.title.startswith("Hostile blog ]0;pwned[2J[H")  # the words stay, the escapes go
    assert "\u202e" not in feed.title and "gpj.exe" in feed.title
    assert feed.site == ""  # the channel <link> holds escape characters: refused, not kept
    links = {i.title.split()[0]: i.link for i in feed.items}
    # feedparser itself drops the newlines from an item's link; what is left is one harmless address
    assert links["First"].startswith("https://blog.example/1![pixel]") and "\n" not in links["First"]
    assert links["Second"] == "https://blog.example/2"


def test_opml_refuses_addresses_with_newlines_and_cleans_names():
    lst = parse_opml(hostile.opml(), where="hostile.opml")
    assert_clean(lst)
    assert [f.url for f in lst.feeds] == ["https://feeds.example/good.xml"]
    assert lst.feeds[0].site == ""  # htmlUrl had a newline inside
    assert lst.feeds[0].folder.startswith("Folder ]0;pwned")
    skipped = dict(lst.skipped)
    assert len(skipped) == 3 and all("address" in why for why in skipped.values())


def test_calendar_titles_links_and_reasons_are_cleaned():
    cal = parse_ics(hostile.ics(), where="hostile.ics", today=TODAY)
    assert_clean(cal)
    [chat] = cal.chats
    assert chat.hashtag == "#hostilechat" and chat.link == ""  # URL with a newline: refused
    assert chat.title.startswith("#hostilechat weekly ]0;pwned")
    assert "red" in chat.description
    assert len(cal.skipped) == 1  # the made-up zone, with a reason that carries no escapes


def test_plan_file_text_is_cleaned_and_loads_back_the_same():
    plan = parse_plan_text(hostile.plan_json())
    assert_clean(plan.profile)
    assert_clean([f.name for f in plan.follows])
    chat = plan.chats[0].custom
    assert_clean([chat.title, chat.audience, chat.region, chat.topics, chat.slots[0].label])
    assert_clean([chat.description, chat.evidence, plan.follows[0].note, chat.slots[0].note], newlines_ok=True)
    assert chat.description.endswith("\nLine two")  # multi-line text keeps its lines
    assert "\ufffd" in plan.profile.name  # the lone surrogate is replaced, visibly
    text = dump_plan(plan)
    text.encode("utf-8")  # saving cannot fail on a surrogate any more
    assert dump_plan(parse_plan_text(text)) == text


def test_plan_file_with_escape_in_an_address_is_refused_in_one_clean_line():
    data = hostile.plan_dict()
    data["follows"][0]["address"] = "https://site.example/" + hostile.ESC_TITLE
    with pytest.raises(Exception) as info:
        parse_plan_text(json.dumps(data))
    assert "follows[0].address" in str(info.value) and forbidden_in(str(info.value), allow_newlines=False) == []


def test_directory_update_entries_and_problems_are_cleaned():
    upd = parse_directory_update(hostile.directory_update(), where="dir.json", current=Directory())
    assert [c.hashtag for c in upd.diff.new] == ["#hostiledir"]
    assert_clean(upd.diff.new, newlines_ok=True)  # the description may hold lines
    assert_clean([(c.title, c.hashtag) for c in upd.diff.new])
    assert_clean([upd.updated, upd.problems])
    assert len(upd.problems) == 2 and any("#badlink" in p and "link" in p for p in upd.problems)


def test_a_social_servers_error_words_are_cleaned():
    from plnonboard.services.social_http import _error_message, _error_name

    data = {"error": "bad" + hostile.HOSTILE + hostile.SURROGATE, "error_description": None}
    assert_clean([_error_message(data), _error_name(data)])
    assert _error_message(data).startswith("bad]0;pwned") and len(_error_name(data)) <= 100
