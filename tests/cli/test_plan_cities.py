"""`plan new` keeps its promises for teachers around the world (issue 11), with today fixed.

For each teacher: only chats running as of today are picked, none of their sessions touches quiet
hours, school hours or protected days in the next four weeks, and at least one community on the
teacher's platforms is in the plan.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from plnonboard.cli import main
from plnonboard.core.planfile import parse_plan_text
from plnonboard.core.schedule import plan_week
from plnonboard.core.status import effective_status
from plnonboard.services.resources import load_directory

TODAY = "2026-12-03"

CITIES = {
    # name: (argv after `plan new`, chats expected in the plan)
    "chicago-librarian": (["--tz", "America/Chicago", "--role", "librarian", "--subject", "libraries",
                           "--platform", "bluesky"], ["tlskychat"]),
    "chicago-ela": (["--tz", "America/Chicago", "--subject", "ela", "--grade", "middle", "--platform", "bluesky"], []),
    "london-librarian": (["--tz", "Europe/London", "--role", "librarian", "--subject", "libraries",
                          "--platform", "bluesky", "--platform", "mastodon"], []),  # #TLSkyChat is 01:00 there
    "melbourne": (["--tz", "Australia/Melbourne", "--role", "librarian", "--subject", "libraries",
                   "--platform", "bluesky", "--platform", "x"], ["tlskychat"]),
    "tokyo-school-hours": (["--tz", "Asia/Tokyo", "--role", "librarian", "--subject", "libraries",
                            "--platform", "bluesky", "--school-hours", "08:30-16:30"], []),  # Thu 10:00 there
    "berlin": (["--tz", "Europe/Berlin", "--subject", "math", "--platform", "mastodon", "--protect", "sun"], []),
    "auckland": (["--tz", "Pacific/Auckland", "--subject", "general", "--platform", "mastodon",
                  "--platform", "bluesky", "--protect", "sat", "--quiet", "21:00-06:30"], []),
}


def plan_new(capsys, tmp_path, argv):
    out_file = tmp_path / "plan.json"
    code = main(["plan", "new", "--today", TODAY, *argv, "-o", str(out_file)])
    out, err = capsys.readouterr()
    assert code == 0, err
    return parse_plan_text(out_file.read_text(encoding="utf-8")), out


@pytest.mark.parametrize("city", sorted(CITIES))
def test_plan_new_keeps_its_promises(capsys, tmp_path, city):
    argv, expected = CITIES[city]
    plan, out = plan_new(capsys, tmp_path, argv)
    directory = load_directory()
    today = dt.date.fromisoformat(TODAY)
    assert plan.chat_ids() == expected
    for pc in plan.chats:
        assert effective_status(directory.get(pc.id), today).running, pc.id
    zone = plan.profile.time_zone
    for week in range(4):
        report = plan_week(plan, directory, today + dt.timedelta(days=7 * week), zone)
        assert [c.kind for c in report.conflicts] == [], city
    assert plan.communities, "at least one community"
    for cid in plan.communities:
        community = directory.community(cid)
        assert community is not None and set(community.platforms) & set(plan.profile.platforms), cid
        assert community.link in out
    assert plan.boundaries.quiet_hours, "quiet hours are on by default"


def test_boundaries_from_the_command_line_are_written_into_the_plan(capsys, tmp_path):
    plan, _ = plan_new(capsys, tmp_path, CITIES["tokyo-school-hours"][0] + ["--protect", "sun", "--protect", "sat",
                                                                             "--quiet", "none"])
    data = json.loads((tmp_path / "plan.json").read_text())
    assert data["boundaries"]["school_hours"] == [{"days": ["mon", "tue", "wed", "thu", "fri"],
                                                   "start": "08:30", "end": "16:30"}]
    assert data["boundaries"]["protected_days"] == ["sat", "sun"] and data["boundaries"]["quiet_hours"] == []
    assert plan.boundaries.school_hours[0].start == dt.time(8, 30)


def test_tokyo_without_school_hours_gets_the_chat_the_school_day_keeps_out(capsys, tmp_path):
    argv = [a for a in CITIES["tokyo-school-hours"][0] if a not in ("--school-hours", "08:30-16:30")]
    plan, out = plan_new(capsys, tmp_path, argv)
    assert plan.chat_ids() == ["tlskychat"] and "Thu 10 AM your time" in out
    plan, out = plan_new(capsys, tmp_path, CITIES["tokyo-school-hours"][0])
    assert "left out #TLSkyChat: no session fits: #TLSkyChat starts Thu 10:00 your time, inside your school hours" in out


def test_a_year_later_the_same_chat_is_no_longer_picked(capsys, tmp_path):
    out_file = tmp_path / "plan.json"
    code = main(["plan", "new", "--today", "2027-09-01", *CITIES["chicago-librarian"][0], "-o", str(out_file)])
    assert code == 0
    assert parse_plan_text(out_file.read_text()).chats == []  # #TLSkyChat: Jan 2026 is over 18 months ago


@pytest.mark.parametrize("argv,needle", [
    (["--quiet", "22-07"], "--quiet '22-07' is not a window like 22:00-07:00"),
    (["--school-hours", "16:00-08:00"], "must end after it starts"),
    (["--quiet", "07:00-07:00"], "starts and ends at the same time"),
    (["--today", "tomorrow"], "--today 'tomorrow' is not a date"),
])
def test_bad_boundary_options_are_one_line(capsys, tmp_path, argv, needle):
    out_file = tmp_path / "plan.json"
    code = main(["plan", "new", "--tz", "UTC", *argv, "-o", str(out_file)])
    _, err = capsys.readouterr()
    assert code == 2 and needle in err and err.count("\n") == 1 and not out_file.exists()
