"""Directory entries: validation names the entry and the field; the rest still loads."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from plnonboard.core.directory import chat_id_for, chat_to_dict, parse_chat, parse_directory
from plnonboard.core.errors import DataError
from plnonboard.core.recurrence import chat_occurrences
from plnonboard.core.status import parse_last_seen
from plnonboard.core.vocab import STATUSES
from plnonboard.core.zones import UTC
from plnonboard.services.resources import load_directory

GOOD = {"hashtag": "#aussieED", "title": "AussieED", "sources": ["https://example.org/a"],
        "slots": [{"weekday": "sun", "start": "20:30", "zone": "Australia/Sydney", "minutes": 60}]}


def test_ids_are_lower_case_hashtags():
    assert chat_id_for("#aussieED") == "aussieed"
    assert chat_id_for("#NT2t") == "nt2t"
    assert parse_chat(GOOD).id == "aussieed"


@pytest.mark.parametrize("path,value,field", [
    (("hashtag",), "aussieED", "hashtag"),
    (("slots",), [], "slots"),
    (("slots", 0, "weekday"), "someday", "slots[0].weekday"),
    (("slots", 0, "start"), "8pm", "slots[0].start"),
    (("slots", 0, "zone"), "Australia/Atlantis", "slots[0].zone"),
    (("slots", 0, "minutes"), 0, "slots[0].minutes"),
    (("slots", 0, "frequency"), {"kind": "monthly", "nth": 5}, "slots[0].frequency.nth"),
    (("slots", 0, "frequency"), {"kind": "every_n_weeks", "interval": 2}, "slots[0].frequency.anchor"),
    (("slots", 0, "frequency"), {"kind": "every_n_weeks", "interval": 2, "anchor": "2026-01-05"},
     "slots[0].frequency.anchor"),  # a Monday, but the slot is on Sundays
    (("status",), "thriving", "status"),
    (("sources",), ["javascript:alert(1)"], "sources"),
    (("subjects",), ["astrology"], "subjects"),
])
def test_broken_entry_names_entry_and_field(path, value, field):
    data = copy.deepcopy(GOOD)
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(DataError) as info:
        parse_chat(data)
    assert info.value.field == field
    assert info.value.entry in ("#aussieED", "aussieED")


def test_one_broken_entry_does_not_stop_the_rest():
    bad = copy.deepcopy(GOOD)
    bad["hashtag"] = "#broken"
    bad["slots"][0]["start"] = "25:00"
    doc = {"format": "plnonboard.directory", "version": 1, "chats": [GOOD, bad, "nonsense"]}
    d = parse_directory(doc)
    assert list(d.chats) == ["aussieed"]
    assert [e.entry for e in d.errors] == ["#broken", "chats[2]"]
    assert "#broken: slots[0].start" in str(d.errors[0])


def test_round_trip_of_an_entry():
    chat = parse_chat(GOOD)
    assert parse_chat(chat_to_dict(chat)) == chat


def test_monthly_and_every_n_weeks_frequencies():
    monthly = parse_chat({**GOOD, "slots": [{"weekday": "mon", "start": "20:00", "zone": "America/New_York",
                                             "frequency": {"kind": "monthly", "nth": 2}}]})
    last = parse_chat({**GOOD, "slots": [{"weekday": "thu", "start": "19:30", "zone": "America/New_York",
                                          "frequency": {"kind": "monthly", "nth": -1}}]})
    fortnightly = parse_chat({**GOOD, "slots": [{"weekday": "thu", "start": "20:30", "zone": "Pacific/Auckland",
                                                 "frequency": {"kind": "every_n_weeks", "interval": 2,
                                                               "anchor": "2014-07-31"}}]})
    lo = dt.datetime(2026, 1, 1, tzinfo=UTC)
    hi = dt.datetime(2026, 4, 1, tzinfo=UTC)
    assert [o.host_day.isoformat() for o in chat_occurrences(monthly, lo, hi)] == [
        "2026-01-12", "2026-02-09", "2026-03-09"]
    assert [o.host_day.isoformat() for o in chat_occurrences(last, lo, hi)] == [
        "2026-01-29", "2026-02-26", "2026-03-26"]
    days = [o.host_day for o in chat_occurrences(fortnightly, lo, hi)]
    assert all((d - dt.date(2014, 7, 31)).days % 14 == 0 for d in days) and len(days) in (6, 7)


def test_every_n_weeks_without_an_anchor_is_refused_not_guessed():
    # parse_frequency refuses it (see the bad-entry cases); one built by hand says what is missing
    # where the anchor is used, instead of failing on arithmetic with None.
    from plnonboard.core.directory import frequency_to_dict
    from plnonboard.core.model import Frequency
    from plnonboard.core.recurrence import matches

    bare = Frequency("every_n_weeks", interval=2)
    with pytest.raises(ValueError, match="needs an anchor"):
        matches(bare, 3, dt.date(2026, 1, 1))
    with pytest.raises(ValueError, match="needs an anchor"):
        frequency_to_dict(bare)
    anchored = Frequency("every_n_weeks", interval=2, anchor=dt.date(2026, 1, 1))
    assert matches(anchored, 3, dt.date(2026, 1, 15)) and not matches(anchored, 3, dt.date(2026, 1, 8))


def test_shipped_directory_is_complete_and_honest():
    d = load_directory()
    assert d.errors == []
    assert len(d) >= 45
    for chat in d:
        assert chat.sources, chat.id
        assert chat.status in STATUSES, chat.id
        seen = parse_last_seen(chat.last_seen)
        assert seen and 2009 <= seen.year <= 2026, chat.id
        assert chat.slots and chat.kind == "chat", chat.id
    assert {"edchat", "satchat", "nt2t", "ukedchat", "aussieed", "ellchat"} <= set(d.chats)
    assert len(d.get("edchat").slots) == 2  # the noon and the evening session
