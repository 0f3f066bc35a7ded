"""Times as teachers type them."""

from __future__ import annotations

import datetime as dt

import pytest

from plnonboard.core.clock_input import parse_clock


@pytest.mark.parametrize("text, hour, minute", [
    ("0700", 7, 0), ("07:00", 7, 0), ("7:00", 7, 0), ("7", 7, 0), ("07", 7, 0), ("700", 7, 0),
    ("7am", 7, 0), ("7 AM", 7, 0), ("7 a.m.", 7, 0), ("12am", 0, 0), ("12pm", 12, 0), ("12 p. m.", 12, 0),
    ("9:30 PM", 21, 30), ("9.30pm", 21, 30), ("1930", 19, 30), ("19:30", 19, 30), ("21h00", 21, 0),
    ("0:00", 0, 0), ("23:59", 23, 59), ("noon", 12, 0), ("midnight", 0, 0), ("6:30\u202fAM", 6, 30),
])
def test_typed_times(text, hour, minute):
    assert parse_clock(text) == dt.time(hour, minute)


@pytest.mark.parametrize("text", ["", "24:00", "7:60", "13pm", "0am", "12345", "seven", "7:5", "::", "-1"])
def test_not_a_time(text):
    assert parse_clock(text) is None
