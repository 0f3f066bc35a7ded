"""The command line: output, exact times, and one clear line on every bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from plnonboard.cli import main
from plnonboard.core.planfile import dump_plan
from plnonboard.tools.personas import ana


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write_plan(tmp_path, plan=None, name="plan.json"):
    path = tmp_path / name
    path.write_text(dump_plan(plan or ana()), encoding="utf-8")
    return path


def test_chats_json_lists_the_directory_with_sources(capsys):
    code, out, _ = run(capsys, "chats", "--json", "--tz", "Europe/London")
    data = json.loads(out)
    assert code == 0 and data["count"] >= 45 and data["time_zone"] == "Europe/London"
    for chat in data["chats"]:
        assert chat["sources"] and chat["last_seen"] and chat["status"]
        for slot in chat["slots"]:
            assert slot["next_start"] is None or slot["next_start"][-6:] in ("+00:00", "+01:00")


def test_chats_filters_by_topic_and_day(capsys):
    _, out, _ = run(capsys, "chats", "--json", "--tz", "America/New_York", "--topic", "math", "--day", "thu")
    ids = [c["id"] for c in json.loads(out)["chats"]]
    assert "elemmathchat" in ids and "ukedchat" not in ids


def test_week_json_exact_times_across_dst(capsys, tmp_path):
    plan = write_plan(tmp_path)
    _, out, _ = run(capsys, "week", "--plan", str(plan), "--tz", "Europe/London", "--week", "2026-03-02", "--json")
    before = json.loads(out)
    _, out, _ = run(capsys, "week", "--plan", str(plan), "--tz", "Europe/London", "--week", "2026-03-09", "--json")
    after = json.loads(out)
    assert before["week_start"] == "2026-03-02" and after["week_start"] == "2026-03-09"
    tl = {o["chat"]: o["start"] for o in before["occurrences"]}
    tl2 = {o["chat"]: o["start"] for o in after["occurrences"]}
    # #TLSkyChat, Wed 20:00 New York: 01:00 Thursday in London, then 00:00 after the US change
    assert tl["tlskychat"] == "2026-03-05T01:00:00+00:00"
    assert tl2["tlskychat"] == "2026-03-12T00:00:00+00:00"
    assert set(before) >= {"time_zone", "week_start", "occurrences", "minutes_total", "budget_minutes",
                           "over_budget"}
    assert all(set(o) >= {"chat", "hashtag", "start", "end", "conflicts"} for o in before["occurrences"])


def test_plan_new_import_show_week_export(capsys, tmp_path):
    out_file = tmp_path / "new.json"
    code, out, _ = run(capsys, "plan", "new", "--tz", "America/Chicago", "--subject", "math", "--grade", "middle",
                       "--platform", "bluesky", "--minutes", "120", "--today", "2026-12-03", "-o", str(out_file))
    assert code == 0 and out_file.exists()
    plan = json.loads(out_file.read_text())
    assert plan["format"] == "plnonboard.plan" and len(plan["chats"]) <= 3
    assert plan["boundaries"]["quiet_hours"] == [{"days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                                                  "start": "22:00", "end": "07:00"}]
    assert plan["follows"], "plan new fills the follow list with top suggestions"
    assert run(capsys, "plan", "import", str(out_file))[0] == 0
    code, out, _ = run(capsys, "week", "--week", "2026-11-16")
    assert code == 0 and "Week of Mon 16 Nov 2026" in out
    exported = tmp_path / "exported.json"
    assert run(capsys, "plan", "export", str(exported))[0] == 0
    assert exported.read_text() == out_file.read_text()


@pytest.mark.parametrize("argv,needle", [
    (["week", "--plan", "{missing}"], "cannot read plan file"),
    (["week", "--plan", "{bad}"], "not valid JSON"),
    (["week", "--plan", "{unknown_chat}"], "unknown chat id 'nosuchchat'"),
    (["week", "--plan", "{good}", "--tz", "Mars/Olympus"], "unknown time zone"),
    (["week", "--plan", "{good}", "--week", "last tuesday"], "not a date"),
    (["chats", "--tz", "Not/AZone"], "unknown time zone"),
    (["plan", "new", "--tz", "Nowhere/City", "-o", "{out}"], "unknown time zone"),
    (["plan", "import", "{bad}"], "not valid JSON"),
    (["plan", "import", "{unknown_chat}"], "unknown chat id"),
    (["week"], "no saved plan yet"),
    (["plan", "new", "--tz", "UTC", "--minutes", "-3", "-o", "{out}"], "between 0 and 10080"),
])
def test_bad_input_is_one_line_exit_2_and_writes_nothing(capsys, tmp_path, argv, needle):
    files = {"missing": tmp_path / "nope.json", "bad": tmp_path / "bad.json", "good": write_plan(tmp_path),
             "unknown_chat": tmp_path / "unknown.json", "out": tmp_path / "out.json"}
    files["bad"].write_text("{not json")
    files["unknown_chat"].write_text('{"format": "plnonboard.plan", "version": 1, "chats": ["nosuchchat"]}')
    before = sorted(p.name for p in tmp_path.rglob("*"))
    code, out, err = run(capsys, *[a.format(**files) for a in argv])
    assert code == 2
    assert needle in err
    assert len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    assert not (tmp_path / "out.json").exists()


def test_usage_errors_are_one_line_and_no_traceback_from_the_real_command(tmp_path):
    for argv in (["week", "--bogus"], ["plan"], ["chats", "--day", "funday"]):
        proc = subprocess.run([sys.executable, "-m", "plnonboard", *argv], capture_output=True, text=True)
        assert proc.returncode == 2, argv
        assert "Traceback" not in proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_version_and_help(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.startswith("plnonboard ")
    code, out, _ = run(capsys, "week", "--help")
    assert code == 0 and "--week" in out


def test_week_json_writes_each_conflict_once_and_refers_to_it_by_id(capsys, tmp_path):
    """Issue 14 item 6: every conflict was repeated in full under each occurrence it touched."""
    from plnonboard.core.model import Boundaries, Plan, PlanChat, Profile
    from tests.conftest import make_chat

    chats = [PlanChat(f"same{i}", custom=make_chat(f"#same{i}", "tue", "19:00", "America/New_York"))
             for i in range(60)]
    plan = Plan(profile=Profile(time_zone="America/New_York"),
                boundaries=Boundaries(weekly_minutes=60, chats_per_week=1), chats=chats)
    path = write_plan(tmp_path, plan)
    code, out, _ = run(capsys, "week", "--plan", str(path), "--week", "2026-11-16", "--json")
    data = json.loads(out)
    assert code == 0 and len(data["occurrences"]) == 60
    overlaps = [c for c in data["conflicts"] if c["kind"] == "overlap"]
    assert len(overlaps) == 59 and all(c["others"] == 59 for c in overlaps)
    assert [c["id"] for c in data["conflicts"]] == list(range(len(data["conflicts"])))
    for occ in data["occurrences"]:
        assert occ["conflicts"] and all(isinstance(i, int) for i in occ["conflicts"])
        for i in occ["conflicts"]:
            assert occ["id"] in data["conflicts"][i]["occurrences"]
    assert {c["kind"] for c in data["conflicts"]} >= {"over_budget", "too_many"}


@pytest.mark.parametrize("argv", [
    ["week", "--week", "9999-12-31"], ["week", "--week", "0001-01-01"],
    ["export", "calendar", "--from", "9999-12-01", "-o", "{tmp}/c.ics"],
    ["export", "calendar", "--from", "0001-01-01", "-o", "{tmp}/c.ics"],
    ["export", "starter-list", "--format", "html", "--from", "9999-12-30", "-o", "{tmp}/s.html"],
])
def test_dates_at_the_ends_of_the_calendar_are_one_clear_error(capsys, tmp_path, argv):
    """Issue 14 item 9: these gave an internal error (OverflowError) instead of one line."""
    plan = write_plan(tmp_path)
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code, _, err = run(capsys, *argv, "--plan", str(plan))
    assert code == 2, err
    assert "internal error" not in err and len(err.strip().splitlines()) == 1
    assert "between" in err
    assert not list(tmp_path.glob("c.ics")) and not list(tmp_path.glob("s.html"))


def test_a_list_where_a_zone_belongs_in_a_plan_file_is_one_clear_error(capsys, tmp_path):
    """Issue 14 item 9: an unhashable zone reached the zone cache and gave an internal error."""
    data = json.loads(dump_plan(ana()))
    data["chats"].append({"hashtag": "#mine", "slots": [{"weekday": "mon", "start": "19:00",
                                                          "zone": ["Europe/London"]}]})
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data))
    code, _, err = run(capsys, "plan", "show", str(path))
    assert code == 2 and "internal error" not in err and "zone" in err, err


def test_week_text_tells_each_overlap_once_under_the_session_that_starts_during_another(capsys, tmp_path):
    from plnonboard.core.model import Boundaries, Plan, PlanChat, Profile
    from tests.conftest import make_chat

    chats = [PlanChat(f"same{i}", custom=make_chat(f"#same{i}", "tue", "19:00", "America/New_York"))
             for i in range(30)]
    plan = Plan(profile=Profile(time_zone="America/New_York"), boundaries=Boundaries(weekly_minutes=10080,
                chats_per_week=100), chats=chats)
    code, out, _ = run(capsys, "week", "--plan", str(write_plan(tmp_path, plan)), "--week", "2026-11-16")
    lines = out.splitlines()
    warned = [lines[i - 1] for i, line in enumerate(lines) if "overlap" in line]
    assert code == 0 and len(warned) == 29  # 435 pairs before
    assert len(set(warned)) == 29 and "and 28 other chats" in lines[lines.index(warned[0]) + 1]


def test_us_locale_gets_12_hour_times_and_month_first_dates(capsys, tmp_path, monkeypatch):
    plan = write_plan(tmp_path)
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    code, out, err = run(capsys, "week", "--plan", str(plan), "--week", "2026-11-16")
    assert code == 0, err
    assert "Week of Mon, Nov 16, 2026" in out and " PM" in out and "19:00" not in out
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    code, out, _ = run(capsys, "week", "--plan", str(plan), "--week", "2026-11-16")
    assert "Week of Mon 16 Nov 2026" in out and " PM" not in out


def test_locale_styles():
    from plnonboard.services.locale_style import style_for

    assert style_for("en_US.UTF-8").clock12 and style_for("en_US.UTF-8").month_first
    assert style_for("en_AU.UTF-8").clock12 and not style_for("en_AU.UTF-8").month_first
    assert style_for("C.UTF-8") == style_for("en_GB") == style_for("es_ES.UTF-8") == style_for("")
    assert not style_for("C.UTF-8").clock12


def test_chats_uses_the_saved_plans_zone(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/London")  # the computer's zone differs from the plan's
    code, out, _ = run(capsys, "chats", "--json")
    assert json.loads(out)["time_zone"] == "Europe/London"  # no saved plan yet: the computer's
    assert run(capsys, "plan", "import", str(write_plan(tmp_path)))[0] == 0  # Ana, America/Chicago
    code, out, _ = run(capsys, "chats", "--json")
    assert code == 0 and json.loads(out)["time_zone"] == "America/Chicago"
    code, out, _ = run(capsys, "chats", "--json", "--tz", "Asia/Tokyo")
    assert json.loads(out)["time_zone"] == "Asia/Tokyo"


@pytest.mark.parametrize("argv, prog", [(["week", "--bogus"], "plnonboard week"),
                                        (["plan", "show", "--bogus"], "plnonboard plan show"),
                                        (["--bogus"], "plnonboard")])
def test_a_bad_flag_points_at_its_commands_help(capsys, argv, prog):
    code, _, err = run(capsys, *argv)
    assert code == 2 and err == f"{prog}: error: unrecognized arguments: --bogus (see {prog} --help)\n"


def test_week_json_of_a_paused_week_lists_no_occurrences(capsys, tmp_path):
    import datetime as dt

    from plnonboard.core.model import Pause

    persona = ana()
    persona.boundaries.pauses = [Pause(dt.date(2026, 12, 21), dt.date(2027, 1, 3), "Winter break")]
    plan = write_plan(tmp_path, persona)
    _, out, _ = run(capsys, "week", "--plan", str(plan), "--week", "2026-12-22", "--json")
    data = json.loads(out)
    assert data["occurrences"] == [] and data["paused"] is True and data["minutes_total"] == 0
    assert data["paused_occurrences"] and data["pauses"][0]["label"] == "Winter break"
    _, out, _ = run(capsys, "week", "--plan", str(plan), "--week", "2026-12-14", "--json")
    assert json.loads(out)["occurrences"] and json.loads(out)["paused"] is False
    code, out, _ = run(capsys, "week", "--plan", str(plan), "--week", "2026-12-22")
    assert code == 0 and "Paused (Winter break)" in out and "No chat sessions" not in out and "Skipped: #" in out
