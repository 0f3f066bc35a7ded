"""`plnonboard import` against the loopback server and files: output, dry run, saving, failures."""

from __future__ import annotations

import json

from plnonboard.cli import main
from plnonboard.services.store import Store
from plnonboard.tools.personas import ana


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


def test_a_large_calendar_is_listed_but_added_only_with_all(capsys, isolated_data_dir, tmp_path):
    """Issue 14 item 6: one .ics could add 5,000 chats to the plan by default."""
    from plnonboard.services.importer import LARGE_CALENDAR

    events = "".join(f"BEGIN:VEVENT\r\nUID:{i}\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:#bulk{i}\r\n"
                     f"DTSTART;TZID=America/Chicago:20260106T190000\r\nRRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\n"
                     for i in range(LARGE_CALENDAR + 5))
    path = tmp_path / "bulk.ics"
    path.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\n{events}END:VCALENDAR\r\n")
    saved_plan_store(isolated_data_dir).close()
    code, out, err = run(capsys, "import", str(path))
    assert code == 0, err
    assert "Nothing to add to your plan." in out and "left out; --all adds it" in out
    code, out, err = run(capsys, "import", str(path), "--all")
    assert code == 0 and f"Added {LARGE_CALENDAR + 5} item(s)" in out, err


def test_ctrl_c_twice_during_an_import_is_two_quiet_lines(isolated_data_dir, web, tmp_path):
    """Issue 14 item 9: after Ctrl-C the process waited for the worker still reading, and a second
    Ctrl-C printed a traceback from the interpreter's shutdown."""
    import os
    import signal
    import subprocess
    import sys
    import time

    saved_plan_store(isolated_data_dir).close()
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    proc = subprocess.Popen([sys.executable, "-m", "plnonboard", "import", web.url("/drip"), "--timeout", "60"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 20
        while web.hits.get("/drip", 0) == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert web.hits.get("/drip"), "the import never started"
        time.sleep(0.3)
        proc.send_signal(signal.SIGINT)
        time.sleep(0.3)
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert err.strip().splitlines() == ["plnonboard: interrupted"], err
    assert proc.returncode in (130, -2)  # -2: the second Ctrl-C landed after Python restored SIGINT's default


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
