"""The store's v2 step (HTTP validators), the keyring wrapper and the pure directory diff."""

from __future__ import annotations

import sqlite3
import threading

import keyring
import pytest
from keyring.backends import fail

from plnonboard.core.directory import Directory
from plnonboard.core.directory_diff import diff_directories
from plnonboard.core.model import Plan
from plnonboard.services import secrets
from plnonboard.services.store import DB_NAME, SCHEMA_VERSION, Store
from tests.conftest import make_chat


def test_v1_store_opens_and_gains_the_validator_table(tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    db = sqlite3.connect(folder / DB_NAME)
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("CREATE TABLE plans (id INTEGER PRIMARY KEY AUTOINCREMENT, saved_at TEXT NOT NULL,"
               " plan_json TEXT NOT NULL)")
    db.execute("INSERT INTO plans (saved_at, plan_json) VALUES ('2026-01-01', "
               "'{\"format\": \"plnonboard.plan\", \"version\": 1}')")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    store = Store(folder)
    assert store.load_plan() is not None and not store.notice
    assert store.call(lambda db: db.execute("PRAGMA user_version").fetchone()[0]) == SCHEMA_VERSION
    store.set_http_validators("https://a/feed", '"e1"', "Mon, 02 Mar 2026 09:00:00 GMT", "A blog")
    assert store.get_http_validators("https://a/feed") == ('"e1"', "Mon, 02 Mar 2026 09:00:00 GMT", "A blog")


def test_validators_usable_from_a_worker_thread(tmp_path):
    store = Store(tmp_path / "s")
    got = []
    t = threading.Thread(target=lambda: (store.set_http_validators("u", "e", ""),
                                         got.append(store.get_http_validators("u"))))
    t.start()
    t.join(5)
    assert got == [("e", "", "")]


@pytest.fixture
def no_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def test_tokens_live_in_the_keyring_per_host(memory_keyring):
    tokens = secrets.TokenStore()
    assert tokens.set("Feeds.Example.org", "abc") is True
    assert memory_keyring.data == {("plnonboard", "feeds.example.org"): "abc"}
    assert secrets.TokenStore().get("feeds.example.org") == "abc"  # a new session reads it back
    tokens.delete("feeds.example.org")
    tokens.delete("feeds.example.org")  # absent: no error
    assert secrets.TokenStore().get("feeds.example.org") is None
    assert "abc" not in repr(tokens)


def test_no_keyring_means_this_session_only(no_keyring):
    tokens = secrets.TokenStore()
    assert tokens.get("a.example") is None and tokens.keyring_ok is False
    assert tokens.notice == secrets.NO_KEYRING
    assert tokens.set("a.example", "t0k") is False
    assert tokens.get("a.example") == "t0k"
    assert secrets.TokenStore().get("a.example") is None  # nothing survived the session


def test_tokens_never_reach_the_store_or_the_plan(web, memory_keyring, tmp_path):
    from plnonboard.core.planfile import dump_plan
    from plnonboard.services import net
    from plnonboard.services.http_cache import HttpCache
    from plnonboard.services.importer import Importer, apply

    tokens = secrets.TokenStore()
    tokens.set("127.0.0.1", "s3cret")
    store = Store(tmp_path / "store")
    imp = Importer(Directory(), cache=HttpCache(store), tokens=tokens,
                   limits=net.Limits(deadline=3, read_timeout=1, connect_timeout=1))
    res = imp.run([web.url("/private")]).sources[0]
    assert res.ok
    plan, _ = apply(Plan(), res.suggestions)
    store.save_plan(plan)
    store.close()
    for path in (tmp_path / "store").rglob("*"):
        if path.is_file():
            assert b"s3cret" not in path.read_bytes()
    assert "s3cret" not in dump_plan(plan)


def test_directory_diff_is_field_by_field():
    a = make_chat("#edchat", "tue", "19:00", "America/New_York")
    b = make_chat("#edchat", "tue", "19:00", "America/New_York", status="active")
    c = make_chat("#newone", "mon", "19:00", "Europe/London")
    d = diff_directories(Directory({"edchat": a}), Directory({"edchat": b, "newone": c}))
    assert [x.id for x in d.new] == ["newone"] and d.changed[0].fields == ("status",)
    same = diff_directories(Directory({"edchat": a}), Directory({"edchat": a}))
    assert same.empty and same.unchanged == [a]
