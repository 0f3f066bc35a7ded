"""The week grid's geometry, without Qt: columns, wall-clock minutes, midnight splits, lanes, bands."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from plnonboard.core.layout import (DAY_MINUTES, Block, assign_lanes, clock_changes, day_pieces, layout_week,
                                    quiet_bands, visible_hours)
from plnonboard.core.model import Boundaries, QuietHours
from plnonboard.core.schedule import Chosen, week_report
from tests.conftest import make_chat

EDCHAT = make_chat("#edchat", "tue", "19:00", "America/New_York")
UKEDCHAT = make_chat("#ukedchat", "thu", "20:00", "Europe/London")
LATE = make_chat("#latechat", "sun", "23:30", "Europe/London", minutes=90)


def blocks_for(chats, zone, day):
    report = week_report([Chosen(c) for c in chats], Boundaries(weekly_minutes=600, chats_per_week=20), zone, day)
    return report, layout_week(report.occurrences, zone, report.monday)


def test_us_dst_moves_edchat_across_midnight_for_london():
    # Before 8 March New York is 5 hours behind London; after it, 4.
    _, before = blocks_for([EDCHAT], "Europe/London", dt.date(2026, 3, 2))
    _, after = blocks_for([EDCHAT], "Europe/London", dt.date(2026, 3, 9))
    assert [(b.day, b.top, b.bottom) for b in before] == [(2, 0, 60)]  # Wed 00:00-01:00
    assert [(b.day, b.top, b.bottom) for b in after] == [(1, 23 * 60, DAY_MINUTES)]  # Tue 23:00-24:00


def test_block_crossing_midnight_is_split_and_marked():
    _, blocks = blocks_for([make_chat("#x", "tue", "23:30", "Europe/London", minutes=60)],
                           "Europe/London", dt.date(2026, 1, 5))
    assert [(b.day, b.top, b.bottom, b.continued, b.continues) for b in blocks] == [
        (1, 23 * 60 + 30, DAY_MINUTES, False, True), (2, 0, 30, True, False)]


def test_sunday_night_piece_after_the_week_is_dropped():
    _, blocks = blocks_for([LATE], "Europe/London", dt.date(2026, 1, 5))
    assert [(b.day, b.top, b.bottom) for b in blocks] == [(6, 23 * 60 + 30, DAY_MINUTES)]


def test_wall_clock_minutes_on_spring_forward_day():
    # London springs forward at 01:00 on 29 March 2026; a 00:30 UTC+0 chat of 60 minutes
    # ends at 02:30 on the wall (the hour 01:00-02:00 does not exist).
    chat = make_chat("#early", "sun", "00:30", "UTC", minutes=60)
    _, blocks = blocks_for([chat], "Europe/London", dt.date(2026, 3, 23))
    assert [(b.day, b.top, b.bottom) for b in blocks] == [(6, 30, 150)]


def test_wall_clock_minutes_on_fall_back_day():
    # London falls back at 02:00 BST on 25 October 2026; 00:30 UTC is 01:30 BST, and an
    # hour later it is 01:30 GMT: on the wall the block spans 01:30-02:00 at least.
    chat = make_chat("#fold", "sun", "00:30", "UTC", minutes=60)
    _, blocks = blocks_for([chat], "Europe/London", dt.date(2026, 10, 19))
    assert len(blocks) == 1
    b = blocks[0]
    assert (b.day, b.top) == (6, 90) and b.bottom > b.top


def test_overlapping_chats_go_side_by_side():
    a = make_chat("#a", "thu", "20:00", "Europe/London")
    b = make_chat("#b", "thu", "20:30", "Europe/London")
    c = make_chat("#c", "thu", "21:15", "Europe/London")  # overlaps b only, reuses a's lane
    _, blocks = blocks_for([a, b, c], "Europe/London", dt.date(2026, 1, 5))
    lanes = {blk.occurrence.chat.hashtag: (blk.lane, blk.lanes) for blk in blocks}
    assert lanes == {"#a": (0, 2), "#b": (1, 2), "#c": (0, 2)}


def test_separate_clusters_have_their_own_lane_count():
    a = make_chat("#a", "thu", "08:00", "Europe/London")
    b = make_chat("#b", "thu", "20:00", "Europe/London")
    _, blocks = blocks_for([a, b], "Europe/London", dt.date(2026, 1, 5))
    assert [(blk.lane, blk.lanes) for blk in blocks] == [(0, 1), (0, 1)]


def test_quiet_bands_cross_midnight_and_wrap_sunday_into_monday():
    rule = QuietHours((6, 0), dt.time(21, 30), dt.time(6, 30))
    bands = {(b.day, b.top, b.bottom) for b in quiet_bands([rule])}
    assert bands == {(6, 21 * 60 + 30, DAY_MINUTES), (0, 0, 6 * 60 + 30),
                     (0, 21 * 60 + 30, DAY_MINUTES), (1, 0, 6 * 60 + 30)}


def test_quiet_bands_merge_and_same_day_windows():
    rules = [QuietHours((2,), dt.time(12, 0), dt.time(13, 0)), QuietHours((2,), dt.time(12, 30), dt.time(14, 0)),
             QuietHours((3,), dt.time(22, 0), dt.time(0, 0))]
    assert [(b.day, b.top, b.bottom) for b in quiet_bands(rules)] == [(2, 720, 840), (3, 1320, DAY_MINUTES)]


def test_visible_hours_widen_for_early_chats():
    assert visible_hours([]) == (7, 24)
    _, blocks = blocks_for([make_chat("#dawn", "mon", "04:30", "Europe/London")], "Europe/London",
                           dt.date(2026, 1, 5))
    assert visible_hours(blocks) == (3, 24)


def test_clock_changes_name_the_zone_and_day():
    changes = clock_changes(["Europe/London", "America/New_York"], "Europe/London", dt.date(2026, 3, 2))
    assert [(c.zone, c.day, c.minutes) for c in changes] == [("America/New_York", 6, 60)]
    assert changes[0].when.hour == 7  # 02:00 EST = 07:00 GMT


def test_day_pieces_zero_length_still_marks_the_start():
    start = dt.datetime(2026, 1, 6, 10, 0)
    assert day_pieces(start, start, dt.date(2026, 1, 5)) == [(1, 600, 601, False, False)]


spans = st.tuples(st.integers(0, 7 * DAY_MINUTES - 1), st.integers(1, 300))


@settings(max_examples=200, deadline=None)
@given(st.lists(spans, max_size=25))
def test_lanes_never_overlap_and_blocks_stay_in_their_day(raw):
    monday = dt.date(2026, 1, 5)
    occ = blocks_for([EDCHAT], "UTC", monday)[0].occurrences[0]  # geometry only: carried along
    blocks = []
    for start_minute, length in raw:
        start = dt.datetime.combine(monday, dt.time(0)) + dt.timedelta(minutes=start_minute)
        for column, top, bottom, cont, conts in day_pieces(start, start + dt.timedelta(minutes=length), monday):
            blocks.append(Block(occ, column, top, bottom, 0, 1, cont, conts))
    laid = assign_lanes(blocks)
    assert len(laid) == len(blocks)
    for b in laid:
        assert 0 <= b.day < 7 and 0 <= b.top < b.bottom <= DAY_MINUTES
        assert 0 <= b.lane < b.lanes
    for i, a in enumerate(laid):
        for b in laid[i + 1:]:
            if a.day == b.day and a.lane == b.lane:
                assert a.bottom <= b.top or b.bottom <= a.top
            if a.day == b.day and a.top < b.bottom and b.top < a.bottom:
                assert a.lanes == b.lanes  # overlapping blocks share one width


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]),
                          st.integers(0, 23), st.sampled_from([0, 30]), st.integers(15, 180),
                          st.sampled_from(["America/New_York", "Europe/London", "Australia/Sydney"])),
                max_size=8),
       st.sampled_from(["America/Chicago", "Europe/London", "Australia/Melbourne"]),
       st.dates(dt.date(2026, 1, 1), dt.date(2027, 12, 31)))
def test_real_weeks_lay_out_inside_their_days(specs, zone, day):
    chats = [make_chat(f"#c{i}", d, f"{h:02d}:{m:02d}", z, minutes=n) for i, (d, h, m, n, z) in enumerate(specs)]
    report, blocks = blocks_for(chats, zone, day)
    for b in blocks:
        assert 0 <= b.day < 7 and 0 <= b.top < b.bottom <= DAY_MINUTES and 0 <= b.lane < b.lanes
    starts = {o.key for o in report.occurrences}
    assert {b.occurrence.key for b in blocks if not b.continued} == starts
