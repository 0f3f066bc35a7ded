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

TOKEN = "s3cret"  # what the loopback server's /private feed accepts


def test_a_token_reaches_no_file_log_or_output(web, memory_keyring, tmp_path, capsys, caplog, monkeypatch,
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


def test_everything_works_with_no_keyring(web, tmp_path, capsys, monkeypatch):
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


# -- issue 14 item 5: credentials inside feed addresses ---------------------------------------------

USERINFO_PASS = "pa55-w0rd"
QUERY_TOKEN = "tok-9f3e"
PRIVATE = "gl-priv-77"


def _token_feed(h):
    """A feed only served with ?token=QUERY_TOKEN, as private feeds of many services are."""
    if f"token={QUERY_TOKEN}" in h.path:
        return h.send(200, RSS_WITH_SPACE_FREE_LINK, "application/rss+xml")
    h.send(403, b"no", "text/plain")


RSS_WITH_SPACE_FREE_LINK = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Private class blog</title>'
                            b"<item><title>Week 1</title></item></channel></rss>")


def test_a_credential_in_a_feed_address_lives_only_in_the_keyring(web, memory_keyring, tmp_path, capsys,
                                                                  caplog, isolated_data_dir):
    import json

    from plnonboard.services.store import Store

    caplog.set_level(logging.DEBUG)
    web.routes["/tokenfeed"] = _token_feed
    plan_file = tmp_path / "plan.json"
    plan = ana()
    plan.follows.append(Follow("mastodon", "@ana@maths.example", "Ana"))  # so every export has something
    plan_file.write_text(dump_plan(plan))
    assert main(["plan", "import", str(plan_file)]) == 0
    base = web.url("/tokenfeed")
    with_creds = base.replace("http://", f"http://teacher:{USERINFO_PASS}@") + f"?token={QUERY_TOKEN}&lang=en"
    opml = tmp_path / "list.opml"
    opml.write_text(f'<?xml version="1.0"?><opml version="2.0"><head><title>L</title></head><body>'
                    f'<outline type="rss" text="Gitlab" xmlUrl="https://git.example.org/feed.atom?private_token='
                    f'{PRIVATE}&amp;x=1"/></body></opml>')
    assert main(["import", with_creds, str(opml), "--timeout", "5"]) == 0
    plan = Store(isolated_data_dir).load_plan()
    feeds = [f.feed_url for f in plan.follows if f.feed_url]
    assert base + "?lang=en" in feeds and "https://git.example.org/feed.atom?x=1" in feeds
    kept = " ".join(memory_keyring.data.values())
    assert USERINFO_PASS in kept and QUERY_TOKEN in kept and PRIVATE in kept  # kept, in the keyring only
    # The address as the plan shows it works: the credential is put back only to fetch.
    capsys.readouterr()
    assert main(["import", base + "?lang=en", "--json", "--refresh", "--timeout", "5"]) == 0
    assert json.loads(capsys.readouterr().out)["sources"][0]["ok"] is True
    out = tmp_path / "out"
    out.mkdir()
    assert main(["export", "calendar", "-o", str(out / "chats.ics")]) == 0
    for fmt, name in [("mastodon-csv", "m.csv"), ("opml", "f.opml"), ("bluesky", "b.txt"), ("markdown", "p.md"),
                      ("html", "p.html"), ("json", "p.json"), ("follows-csv", "f.csv")]:
        assert main(["export", "starter-list", "--format", fmt, "-o", str(out / name)]) == 0, fmt
    # A plan file that still carries one (written by hand) is exported without it too.
    leaky = ana()
    leaky.follows.append(Follow("web", "https://example.org/b", feed_url=f"https://example.org/f?api_key={PRIVATE}"))
    (tmp_path / "leaky.json").write_text(dump_plan(leaky))
    assert main(["export", "starter-list", "--plan", str(tmp_path / "leaky.json"), "--format", "opml",
                 "-o", str(out / "leaky.opml")]) == 0
    assert main(["plan", "export", str(out / "plan.json")]) == 0
    assert main(["plan", "history"]) == 0
    store = Store(isolated_data_dir)
    assert store.backup()  # a backup made now holds no credential either
    store.close()
    printed = capsys.readouterr()
    files = [p for p in list(isolated_data_dir.rglob("*")) + list(out.rglob("*")) if p.is_file()]
    assert any("backups" in str(p) for p in files) and len(files) >= 12
    for secret in (USERINFO_PASS, QUERY_TOKEN, PRIVATE):
        assert secret not in printed.out + printed.err
        assert secret not in caplog.text
        for path in files:
            assert secret.encode() not in path.read_bytes(), (secret, path)
