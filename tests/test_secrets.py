"""Secrets: a token used for a private feed appears nowhere but the keyring, and the app keeps
working when there is no keyring at all (keyring's fail backend)."""

from __future__ import annotations

import logging

import keyring
from keyring.backends import fail

from plnonboard.cli import main
from plnonboard.core.model import Follow
from plnonboard.core.planfile import dump_plan
from plnonboard.tools.personas import ana
from tests.loopback import web  # noqa: F401  (the loopback server fixture)
from tests.services.test_import_support import memory_keyring  # noqa: F401  (fixture)

TOKEN = "s3cret"  # what the loopback server's /private feed accepts


def test_a_token_reaches_no_file_log_or_output(web, memory_keyring, tmp_path, capsys, caplog, monkeypatch,  # noqa: F811
                                               isolated_data_dir):
    caplog.set_level(logging.DEBUG)
    plan_file = tmp_path / "plan.json"
    plan = ana()
    plan.follows.append(Follow("mastodon", "@ana@maths.example", "Ana"))  # so every export has something
    plan_file.write_text(dump_plan(plan))
    assert main(["plan", "import", str(plan_file)]) == 0
    monkeypatch.setattr("getpass.getpass", lambda prompt="": TOKEN)
    assert main(["import", web.url("/private"), "--token-for", "127.0.0.1", "--all", "--timeout", "5"]) == 0
    assert memory_keyring.data[("plnonboard", "127.0.0.1")] == TOKEN
    out = tmp_path / "out"
    out.mkdir()
    assert main(["export", "calendar", "-o", str(out / "chats.ics")]) == 0
    for fmt, name in [("mastodon-csv", "m.csv"), ("opml", "f.opml"), ("bluesky", "b.txt"), ("markdown", "p.md"),
                      ("html", "p.html"), ("json", "p.json"), ("follows-csv", "f.csv")]:
        assert main(["export", "starter-list", "--format", fmt, "-o", str(out / name)]) == 0, fmt
    assert main(["plan", "export", str(out / "plan.json")]) == 0
    printed = capsys.readouterr()
    assert TOKEN not in printed.out + printed.err
    assert TOKEN not in caplog.text
    files = [p for p in list(isolated_data_dir.rglob("*")) + list(out.rglob("*")) if p.is_file()]
    assert len(files) >= 10
    for path in files:
        assert TOKEN.encode() not in path.read_bytes(), path


def test_everything_works_with_no_keyring(web, tmp_path, capsys, monkeypatch):  # noqa: F811
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        plan_file = tmp_path / "plan.json"
        plan_file.write_text(dump_plan(ana()))
        assert main(["plan", "import", str(plan_file)]) == 0
        assert main(["import", web.url("/rss"), "--timeout", "5"]) == 0
        monkeypatch.setattr("getpass.getpass", lambda prompt="": TOKEN)
        code = main(["import", web.url("/private"), "--token-for", "127.0.0.1", "--timeout", "5"])
        printed = capsys.readouterr()
        assert code == 0, printed.err
        assert "keyring" in printed.err.lower()  # says plainly the token is for this session only
        assert "Traceback" not in printed.err
        assert main(["week", "--week", "2026-11-23"]) == 0
    finally:
        keyring.set_keyring(before)
