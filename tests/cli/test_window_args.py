"""A plain start of the window reads its few options without argparse: it must read them exactly as
the full parser does, and leave everything else to it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plnonboard import cli
from plnonboard.cli.parser import build_parser, parse, window_args

TOKENS = ["--data-dir", "--data-dir=/tmp/x", "/tmp/y", "--today", "--today=2026-12-03", "2026-01-05",
          "--language", "--language=ES", "es", "fr", "EN", "--self-test", "--self-test=1", "--data", "-h",
          "--help", "--version", "week", "chats", "--bogus", "", "-", "--", "--language=fr"]
KEYS = ("data_dir", "today", "language", "self_test", "func")


def full(argv: list[str]) -> dict | None:
    try:
        args = parse(build_parser(), argv)
    except SystemExit:
        return None
    return {k: getattr(args, k, "absent") for k in KEYS}


@settings(max_examples=300, deadline=None)
@given(argv=st.lists(st.sampled_from(TOKENS), max_size=5))
def test_a_plain_start_reads_exactly_what_the_full_parser_reads(argv):
    quick = window_args(argv)
    if quick is None:
        return  # the full parser handles (and reports) it
    assert {k: getattr(quick, k, "absent") for k in KEYS} == full(argv)


@pytest.mark.parametrize("argv", [["--data"], ["--language", "fr"], ["week"], ["--help"], ["--data-dir"],
                                  ["--self-test=yes"], ["--today", "--data-dir", "x"]])
def test_anything_else_goes_to_the_full_parser(argv):
    assert window_args(argv) is None


def test_the_window_plans_for_the_day_given_by_today(monkeypatch, tmp_path):
    seen = {}
    monkeypatch.setattr("plnonboard.ui.launch.launch", lambda args, today=None: seen.update(today=today) or 0)
    assert cli.run(["--data-dir", str(tmp_path), "--today", "2027-02-01"]) == 0
    assert seen["today"]() == dt.date(2027, 2, 1)
    monkeypatch.setenv("PLNONBOARD_TODAY", "2026-06-30")
    assert cli.run(["--data-dir", str(tmp_path)]) == 0
    assert seen["today"]() == dt.date(2026, 6, 30)
    monkeypatch.delenv("PLNONBOARD_TODAY")
    assert cli.run(["--data-dir", str(tmp_path)]) == 0
    assert seen["today"] is None  # the real date, day by day


def test_a_bad_today_for_the_window_is_one_line_and_exit_2(tmp_path, capsys):
    assert cli.run(["--data-dir", str(tmp_path), "--today", "2026-02-30"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "2026-02-30" in err
