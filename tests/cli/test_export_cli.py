"""`plnonboard export calendar|starter-list`: files written, one line on every bad input."""

from __future__ import annotations

import csv
import io
import json
import re

import icalendar
import pytest

from plnonboard.cli import main
from plnonboard.core.planfile import dump_plan
from tests.services.export_fixtures import CHATS, full_plan


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "plan.json"
    path.write_text(dump_plan(full_plan("Europe/London")), encoding="utf-8")
    return path


def test_export_calendar(capsys, tmp_path, plan_file):
    target = tmp_path / "chats.ics"
    code, out, err = run(capsys, "export", "calendar", "--plan", str(plan_file), "--from", "2026-11-25",
                         "-o", str(target))
    assert code == 0 and err == ""
    assert f"Wrote {target}: 10 recurring chat events from 23 Nov 2026" in out
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    assert len(cal.walk("VEVENT")) == len(CHATS)
    assert str(cal.walk("VEVENT")[0]["DTSTART"].dt.tzinfo) == CHATS[0].slots[0].zone


def test_export_calendar_from_the_saved_plan(capsys, tmp_path, plan_file):
    assert run(capsys, "plan", "import", str(plan_file))[0] == 0
    target = tmp_path / "saved.ics"
    code, out, _ = run(capsys, "export", "calendar", "-o", str(target))
    assert code == 0 and target.exists()


@pytest.mark.parametrize("fmt, check", [
    ("mastodon-csv", lambda b: next(csv.reader(io.StringIO(b.decode()))) == [
        "Account address", "Show boosts", "Notify on new posts", "Languages"]),
    ("opml", lambda b: b"xmlUrl=\"https://a.example/feed/\"" in b),
    ("bluesky", lambda b: b"ana.bsky.social\n" in b),
    ("markdown", lambda b: b"# My starter PLN" in b and b"#edchat" in b),
    ("html", lambda b: b"<h1>My starter PLN</h1>" in b),
    ("json", lambda b: json.loads(b)["time_zone"] == "Europe/London"),
    ("follows-csv", lambda b: b.startswith(b"Platform,Address")),
    ("pdf", lambda b: b.startswith(b"%PDF-") and re.search(rb"/MediaBox \[0 0 612(\.0+)? 792(\.0+)?\]", b)),
])
def test_export_starter_list_each_format(capsys, tmp_path, plan_file, fmt, check):
    target = tmp_path / f"out.{fmt}"
    extra = ["--paper", "letter"] if fmt == "pdf" else []
    code, out, err = run(capsys, "export", "starter-list", "--plan", str(plan_file), "--format", fmt, *extra,
                         "-o", str(target))
    assert (code, err) == (0, ""), err
    assert out.startswith(f"Wrote {target}")
    assert check(target.read_bytes())


def test_next_times_use_tz_and_from(capsys, tmp_path, plan_file):
    target = tmp_path / "page.md"
    run(capsys, "export", "starter-list", "--plan", str(plan_file), "--format", "markdown", "--tz",
        "Australia/Melbourne", "--from", "2026-11-25", "-o", str(target))
    assert "2 Dec 2026, Wed 11:00 your time · Tue 19:00 in New York" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("argv, words", [
    (["export", "starter-list", "--format", "docx"], "invalid choice"),
    (["export", "starter-list"], "required: --format"),
    (["export", "calendar", "--years", "9"], "from 1 to 5"),
    (["export", "starter-list", "--format", "html", "--tz", "Mars/Base"], "unknown time zone"),
    (["export", "starter-list", "--format", "html", "--from", "soon"], "is not a date"),
])
def test_bad_input_is_one_line(capsys, tmp_path, plan_file, argv, words):
    code, out, err = run(capsys, *argv, "--plan", str(plan_file), "-o", str(tmp_path / "x"))
    assert code == 2 and words in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x").exists()


def test_missing_plan_or_folder_is_one_line_and_writes_nothing(capsys, tmp_path, plan_file):
    code, _, err = run(capsys, "export", "calendar", "--plan", str(tmp_path / "none.json"), "-o",
                       str(tmp_path / "x.ics"))
    assert code == 2 and "cannot read plan file" in err
    code, _, err = run(capsys, "export", "starter-list", "--plan", str(plan_file), "--format", "opml", "-o",
                       str(tmp_path / "no" / "x.opml"))
    assert code == 2 and err.startswith("plnonboard: error: cannot write") and len(err.splitlines()) == 1
    assert list(tmp_path.iterdir()) == [plan_file]


def test_mastodon_csv_without_mastodon_accounts_says_so_and_writes_nothing(capsys, tmp_path):
    plan = full_plan("Europe/London")
    plan.follows = [f for f in plan.follows if f.platform != "mastodon"]
    path = tmp_path / "plan.json"
    path.write_text(dump_plan(plan), encoding="utf-8")
    target = tmp_path / "following_accounts.csv"
    code, out, err = run(capsys, "export", "starter-list", "--plan", str(path), "--format", "mastodon-csv",
                         "-o", str(target))
    assert code == 2 and out == "" and not target.exists()
    assert err == ("plnonboard: error: your plan has no Mastodon accounts to follow yet, so there is nothing "
                   "for Mastodon to import (hashtags and servers cannot be imported); no file was written\n")
