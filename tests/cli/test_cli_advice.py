"""The CLI contract of issue 11: kind/status/last_seen in `chats --json`, status in `week --json`,
only running chats in `export calendar` unless --include-inactive, communities in the exports."""

from __future__ import annotations

import json

import icalendar

from plnonboard.cli import main
from plnonboard.core.model import PlanChat
from plnonboard.core.planfile import dump_plan
from plnonboard.tools.personas import ana, tom

TODAY = "2026-12-03"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def plan_path(tmp_path, plan, name="plan.json"):
    path = tmp_path / name
    path.write_text(dump_plan(plan), encoding="utf-8")
    return path


def chats_json(capsys, *extra):
    code, out, _ = run(capsys, "chats", "--json", "--tz", "Europe/London", *extra)
    assert code == 0
    return {c["id"]: c for c in json.loads(out)["chats"]}


def test_chats_json_has_kind_status_as_of_today_and_last_seen(capsys):
    entries = chats_json(capsys, "--today", TODAY)
    assert all({"kind", "status", "last_seen", "sources"} <= set(e) for e in entries.values())
    assert entries["tlskychat"]["status"] == "running" and entries["tlskychat"]["last_seen"] == "2026-01-27"
    edusky = entries["eduskychat"]
    assert (edusky["status"], edusky["recorded_status"], edusky["decayed"], edusky["last_seen"]) == (
        "unverified", "running", True, "2024-12")
    assert entries["eltchat"]["status"] == "paused" and entries["bcedchat"]["status"] == "ended"
    community = entries["edusky_bluesky"]
    assert community["kind"] == "community" and community["link"] == "https://bsky.app/hashtag/EduSky"
    assert community["join_steps"] and community["slots"] == []
    # The same directory read on another day: a year and a half earlier #EduSkyChat was running.
    assert chats_json(capsys, "--today", "2025-03-01")["eduskychat"]["status"] == "running"


def test_today_comes_from_the_environment_too(capsys, monkeypatch):
    monkeypatch.setenv("PLNONBOARD_TODAY", "2025-03-01")
    assert chats_json(capsys)["eduskychat"]["status"] == "running"


def test_running_and_platform_filters(capsys):
    entries = chats_json(capsys, "--today", TODAY, "--running", "--platform", "mastodon")
    assert entries == {}  # nothing on Mastodon has evidence from the last 18 months
    running = chats_json(capsys, "--today", TODAY, "--running")
    assert "tlskychat" in running and all(e["status"] == "running" for e in running.values())
    code, out, _ = run(capsys, "chats", "--tz", "Europe/London", "--today", TODAY, "--topic", "math")
    assert "#MTBoS" in out and "last confirmed" in out and "to join:" in out


def test_week_json_occurrences_have_status(capsys, tmp_path):
    path = plan_path(tmp_path, ana())
    code, out, _ = run(capsys, "week", "--plan", str(path), "--week", "2026-12-07", "--json", "--today", TODAY)
    occs = json.loads(out)["occurrences"]
    assert code == 0 and {o["chat"]: o["status"] for o in occs} == {
        "elemmathchat": "historical", "eduskychat": "unverified", "tlskychat": "running"}


def test_export_calendar_leaves_out_chats_that_are_not_running(capsys, tmp_path):
    path = plan_path(tmp_path, ana())
    target = tmp_path / "chats.ics"
    code, out, _ = run(capsys, "export", "calendar", "--plan", str(path), "--today", TODAY, "-o", str(target))
    assert code == 0
    summaries = [str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")]
    assert summaries == ["#TLSkyChat chat"]
    assert "left out #EduSkyChat: last confirmed Dec 2024 — check before you go" in out
    assert "left out #ElemMathChat: historical, last seen" in out
    code, out, _ = run(capsys, "export", "calendar", "--plan", str(path), "--today", TODAY, "--include-inactive",
                       "-o", str(target))
    assert code == 0 and len(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")) == 3


def test_export_calendar_with_nothing_running_says_how_to_include_them(capsys, tmp_path):
    path = plan_path(tmp_path, tom())
    target = tmp_path / "chats.ics"
    code, _, err = run(capsys, "export", "calendar", "--plan", str(path), "--today", TODAY, "-o", str(target))
    assert code == 2 and "--include-inactive" in err and err.count("\n") == 1 and not target.exists()


def test_exports_carry_the_plans_communities(capsys, tmp_path):
    plan = ana()
    plan.communities = ["mtbos_mathstodon", "fedilz_mastodon", "australian_educators_pack", "edusky_bluesky"]
    plan.chats = [PlanChat("tlskychat")]
    path = plan_path(tmp_path, plan)

    def export(fmt, name):
        target = tmp_path / name
        code, _, err = run(capsys, "export", "starter-list", "--plan", str(path), "--format", fmt, "--today", TODAY,
                           "--from", TODAY, "-o", str(target))
        assert code == 0, err
        return target.read_text(encoding="utf-8")

    tags = export("mastodon-hashtags", "tags.txt").splitlines()
    assert "cannot hold hashtags" in tags[0] and tags[2:] == ["#MTBoS", "#FediLZ"]
    bluesky = export("bluesky", "b.txt")
    assert "Australian educators starter pack (Adam Brooks): https://go.bsky.app/QRAUqfc" in bluesky
    assert "#EduSky on Bluesky: https://bsky.app/hashtag/EduSky" in bluesky
    markdown = export("markdown", "p.md")
    assert "## Communities" in markdown and "Few live chats remain" in markdown
    assert "[https://mathstodon.xyz/tags/MTBoS](<https://mathstodon.xyz/tags/MTBoS>)" in markdown
    assert "last confirmed 1 Jul 2023 — check before you go" in markdown
    html = export("html", "p.html")
    assert "<h2>Communities</h2>" in html and 'href="https://go.bsky.app/QRAUqfc"' in html
    data = json.loads(export("json", "p.json"))
    assert [c["id"] for c in data["communities"]] == plan.communities
    assert data["communities"][0]["link"] == "https://mathstodon.xyz/tags/MTBoS"
    assert data["plan"]["communities"] == plan.communities
    assert data["chats"][0]["status"] == "running"
    # The Mastodon follow CSV stays accounts only: hashtags cannot go there, so a plan with no Mastodon
    # accounts writes no CSV at all and says why.
    code, _, err = run(capsys, "export", "starter-list", "--plan", str(path), "--format", "mastodon-csv",
                       "--today", TODAY, "-o", str(tmp_path / "following_accounts.csv"))
    assert code == 2 and "hashtags" in err and not (tmp_path / "following_accounts.csv").exists()


def test_plan_import_refuses_an_unknown_community(capsys, tmp_path):
    plan = ana()
    plan.communities = ["edusky_bluesky", "no_such_community"]
    code, _, err = run(capsys, "plan", "import", str(plan_path(tmp_path, plan)))
    assert code == 2 and "unknown community id 'no_such_community'" in err
    plan.communities = ["edusky_bluesky"]
    assert run(capsys, "plan", "import", str(plan_path(tmp_path, plan)))[0] == 0
    code, out, _ = run(capsys, "plan", "show")
    assert "Communities (1): edusky_bluesky" in out
