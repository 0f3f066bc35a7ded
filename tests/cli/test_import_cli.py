"""`plnonboard import` against the loopback server and files: output, dry run, saving, failures."""

from __future__ import annotations

import json

from plnonboard.cli import main
from plnonboard.services.store import Store
from plnonboard.tools.personas import ana
from tests.loopback import web  # noqa: F401  (fixture)


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def saved_plan_store(data_dir):
    store = Store(data_dir)
    store.save_plan(ana())
    return store


def test_needs_a_saved_plan(capsys, web):
    code, _, err = run(capsys, "import", web.url("/rss"))
    assert code == 2 and "no saved plan yet" in err and "Traceback" not in err


def test_dry_run_shows_items_and_changes_nothing(capsys, web, isolated_data_dir):
    saved_plan_store(isolated_data_dir).close()
    code, out, err = run(capsys, "import", web.url("/rss"), "--dry-run")
    assert code == 0, err
    assert "[ok] Ms Rivera teaches maths: 2 recent items." in out
    assert "- Number talks in grade 4 #elemmathchat (ana@example.org (Ana Rivera) · 3 Mar 2026)" in out
    assert "Dry run: would add 1 item(s)" in out
    store = Store(isolated_data_dir)
    assert len(store.history()) == 1 and store.get_http_validators(web.url("/rss")) is None
    store.close()


def test_import_saves_follows_and_calendar_chats(capsys, web, isolated_data_dir):
    saved_plan_store(isolated_data_dir).close()
    code, out, err = run(capsys, "import", web.url("/rss"), web.url("/ics"))
    assert code == 0, err
    assert "Added 2 item(s) to your plan (revision 2)" in out
    store = Store(isolated_data_dir)
    plan = store.load_plan()
    store.close()
    assert any(f.feed_url == web.url("/rss") for f in plan.follows)
    custom = [pc.custom for pc in plan.chats if pc.custom]
    assert custom[0].hashtag == "#districtchat" and custom[0].slots[0].zone == "America/Chicago"
    code, out, _ = run(capsys, "import", web.url("/rss"), web.url("/ics"))
    assert "Nothing to add to your plan." in out  # nothing twice


def test_failures_are_one_line_each_and_others_still_import(capsys, web, isolated_data_dir):
    saved_plan_store(isolated_data_dir).close()
    code, out, err = run(capsys, "import", "--json", "--timeout", "2", web.url("/laughs"), "file:///etc/passwd",
                         web.url("/html"), web.url("/atom"))
    data = json.loads(out)
    assert code == 1 and "Traceback" not in err
    reasons = [s["reason"] for s in data["sources"]]
    assert reasons == ["hostile-xml", "scheme", "not-a-feed", None]
    assert data["sources"][3]["ok"] and data["saved_revision"] == 2


def test_all_adds_mentioned_chats(capsys, web, isolated_data_dir):
    saved_plan_store(isolated_data_dir).close()
    code, out, _ = run(capsys, "import", web.url("/rss"), "--dry-run")
    assert "chat idea: #ukedchat - mentioned in Ms Rivera teaches maths (left out; --all adds it)" in out
    code, out, _ = run(capsys, "import", web.url("/rss"), "--all", "--json")
    data = json.loads(out)
    assert "chat #ukedchat" in data["added"] and data["sources"][0]["suggestions"]


def test_bad_timeout_is_a_usage_error(capsys, isolated_data_dir):
    saved_plan_store(isolated_data_dir).close()
    code, _, err = run(capsys, "import", "x.opml", "--timeout", "0")
    assert code == 2 and "--timeout 0 must be between 1 and 600 seconds" in err


def test_a_missing_file_is_one_line_on_stderr_and_exit_2(capsys, isolated_data_dir, tmp_path):
    saved_plan_store(isolated_data_dir).close()
    code, out, err = run(capsys, "import", str(tmp_path / "nope.opml"))
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err.startswith("plnonboard: error: ") and "nope.opml: no such file" in err


def test_when_every_source_fails_it_is_an_error(capsys, web, isolated_data_dir):
    saved_plan_store(isolated_data_dir).close()
    code, out, err = run(capsys, "import", "--timeout", "2", web.url("/laughs"), web.url("/html"))
    assert code == 2 and "FAILED" not in out and "[ok]" not in out
    assert err.count("plnonboard: error: ") == 2 and "Traceback" not in err
