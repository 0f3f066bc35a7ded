"""Issue 14 items 1, 4 and 9: revisions, history and restore, lost updates, concurrent first opens,
backups on a schedule that say when they fail, private files, and transactions that always close."""

from __future__ import annotations

import json
import multiprocessing
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from plnonboard.cli import main
from plnonboard.core.errors import PlanError
from plnonboard.core.model import Follow
from plnonboard.core.planfile import dump_plan
from plnonboard.services import store as store_module
from plnonboard.services import store_backup
from plnonboard.services.store import DB_NAME, Store
from plnonboard.tools.personas import ana, tom


def _opml(url: str) -> bytes:
    return (f'<?xml version="1.0"?><opml version="2.0"><head><title>L</title></head><body>'
            f'<outline type="rss" text="Feed" xmlUrl="{url}"/></body></opml>').encode()


def _save_file(tmp_path: Path, plan, name="plan.json") -> str:
    path = tmp_path / name
    path.write_text(dump_plan(plan))
    return str(path)


# -- item 4: lost updates ------------------------------------------------------------------------------

def _cli_loop(folder: str, files: list[str], start) -> None:  # a child process: one CLI import per file
    os.environ["PLNONBOARD_DATA_DIR"] = folder
    start.wait(20)
    for f in files:
        assert main(["import", f]) == 0


def test_two_concurrent_cli_loops_lose_no_follow(tmp_path, isolated_data_dir):
    assert main(["plan", "import", _save_file(tmp_path, ana())]) == 0
    before = len(ana().follows)
    sources = tmp_path / "opml"
    sources.mkdir()
    files = {who: [] for who in "ab"}
    for who in "ab":
        for i in range(100):
            path = sources / f"{who}{i}.opml"
            path.write_bytes(_opml(f"https://example.org/{who}/{i}/feed.xml"))
            files[who].append(str(path))
    ctx = multiprocessing.get_context("fork")
    start = ctx.Event()
    procs = [ctx.Process(target=_cli_loop, args=(str(isolated_data_dir), files[w], start)) for w in "ab"]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(300)
    assert [p.exitcode for p in procs] == [0, 0]
    plan = Store(isolated_data_dir).load_plan()
    assert len(plan.follows) == before + 200


def test_a_save_from_an_older_revision_is_refused_not_written(tmp_path):
    store = Store(tmp_path)
    first = store.save_plan(ana())
    other = Store(tmp_path)
    other.save_plan(tom(), base=first)  # another window or command saved meanwhile
    with pytest.raises(store_module.PlanConflict) as info:
        store.save_plan(ana(), base=first)
    assert info.value.latest == first + 1
    assert store.load_plan().profile.name == "Tom"


# -- item 1: history and restore -----------------------------------------------------------------------

def test_plan_history_and_restore_bring_back_an_earlier_plan(tmp_path, isolated_data_dir, capsys):
    assert main(["plan", "import", _save_file(tmp_path, ana())]) == 0
    assert main(["plan", "import", _save_file(tmp_path, tom())]) == 0
    db = sqlite3.connect(isolated_data_dir / DB_NAME)
    db.execute("INSERT INTO plans (saved_at, plan_json) VALUES ('2026-12-03T08:00:00+00:00', '{\"format\": 1}')")
    db.commit()
    db.close()
    capsys.readouterr()
    assert main(["plan", "show"]) == 2
    assert "could not be read" in capsys.readouterr().err
    assert main(["plan", "history"]) == 0
    out = capsys.readouterr().out
    assert "3" in out and "cannot be read" in out and "Tom" in out and "Ana" in out
    assert main(["plan", "restore", "2"]) == 0
    assert "revision 4" in capsys.readouterr().out
    assert main(["plan", "show", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["profile"]["name"] == "Tom"
    assert main(["plan", "restore", "99"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no revision 99" in err


def test_history_is_pruned_in_the_save(tmp_path):
    store = Store(tmp_path)
    store.call(lambda db: db.execute("PRAGMA synchronous=OFF"))
    for i in range(store_module.KEEP_RECENT + 15):
        store.save_plan(ana() if i % 2 else tom())
    history = store.history()
    assert len(history) == store_module.KEEP_RECENT + 0  # all from today: the newest KEEP_RECENT remain
    assert history[0].id == store_module.KEEP_RECENT + 15


# -- item 9: first opens, backups, modes, transactions -------------------------------------------------

def _opener(folder: str, start, results) -> None:
    start.wait(20)
    try:
        s = Store(Path(folder))
        s.load_plan()
        s.close()
        results.put("ok")
    except Exception as exc:  # reported to the parent
        results.put(f"{type(exc).__name__}: {exc}")


def test_six_processes_creating_a_new_data_folder_at_once(tmp_path):
    ctx = multiprocessing.get_context("fork")
    for round_ in range(12):
        folder = tmp_path / f"new{round_}"
        start, results = ctx.Event(), ctx.Queue()
        procs = [ctx.Process(target=_opener, args=(str(folder), start, results)) for _ in range(6)]
        for p in procs:
            p.start()
        start.set()
        outcomes = [results.get(timeout=60) for _ in procs]
        for p in procs:
            p.join(10)
        assert outcomes == ["ok"] * 6, outcomes


def test_backups_are_made_on_a_schedule_not_on_every_save(tmp_path):
    store = Store(tmp_path)
    for _ in range(10):
        store.save_plan(ana())
    assert len(store.backups()) == 1  # the first save; the next is due BACKUP_EVERY later
    store.save_plan(tom())
    store.close()  # closing after new saves backs up what was saved
    backups = Store(tmp_path).backups()
    assert len(backups) == 2
    newest = sqlite3.connect(backups[0]).execute("SELECT plan_json FROM plans ORDER BY id DESC").fetchone()[0]
    assert '"Tom"' in newest


def test_a_backup_that_fails_is_reported_not_silent(tmp_path, isolated_data_dir, monkeypatch, capsys):
    def full(db, target):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_backup, "_copy", full)
    store = Store(tmp_path)
    store.save_plan(ana())
    assert "backup" in store.warning and "disk is full" in store.warning
    assert store.load_plan().profile.name == "Ana"  # the save itself stands
    assert not list((tmp_path / "backups").iterdir())  # and no half-written copy is left
    capsys.readouterr()
    assert main(["plan", "import", _save_file(tmp_path, tom())]) == 0
    err = capsys.readouterr().err
    assert "backup copy could not be written (the disk is full)" in err


def test_a_backups_symlink_to_someone_elses_folder_is_not_followed(tmp_path):
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "work.tmp").write_text("someone's work")
    (victim / "plnonboard-1.4242.tmp").write_text("also theirs")
    data = tmp_path / "data"
    data.mkdir()
    (data / "backups").symlink_to(victim)
    store = Store(data)
    store.save_plan(ana())
    store.close()
    assert sorted(p.name for p in victim.iterdir()) == ["plnonboard-1.4242.tmp", "work.tmp"]
    assert "not a folder of PLN Onboard's own" in store.warning
    assert Store(data).backups() == []


def test_store_files_and_folders_are_private(tmp_path):
    old = os.umask(0o022)
    try:
        data = tmp_path / "fresh" / "data"
        store = Store(data)
        store.save_plan(ana())
        store.close()
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(data).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(data / DB_NAME).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(data / "backups").st_mode) == 0o700
    for backup in (data / "backups").iterdir():
        assert stat.S_IMODE(os.stat(backup).st_mode) == 0o600


def test_an_existing_store_made_world_readable_is_tightened(tmp_path):
    Store(tmp_path).save_plan(ana())
    os.chmod(tmp_path / DB_NAME, 0o644)
    Store(tmp_path).close()
    assert stat.S_IMODE(os.stat(tmp_path / DB_NAME).st_mode) == 0o600


def test_lone_surrogates_are_a_clear_error_and_leave_no_transaction_open(tmp_path, capsys):
    path = tmp_path / "plan.json"
    path.write_text('{"format": "plnonboard.plan", "version": 1, "profile": {"name": "A\\ud800"}}')
    # The plan file's door replaces a lone surrogate with U+FFFD (core/text.py), so the import works...
    assert main(["plan", "import", str(path)]) == 0
    assert "internal error" not in capsys.readouterr().err
    # ...while a plan built in code that never passed a door is refused by the store, cleanly.
    store = Store(tmp_path / "s")
    store.save_plan(ana())
    plan = ana()
    plan.follows.append(Follow("web", "https://example.org/", name="x\udc80"))
    with pytest.raises(PlanError):
        store.save_plan(plan)
    assert not store.call(lambda db: db.in_transaction)

    def boom(_plan):
        raise RuntimeError("a bug inside the transaction")

    with pytest.raises(RuntimeError):
        store.update_plan(boom)
    assert not store.call(lambda db: db.in_transaction)
    store.save_plan(tom())  # the store still works: nothing was left half-done
    assert store.load_plan().profile.name == "Tom"


def test_a_big_plan_keeps_a_shorter_history_not_an_endless_store(tmp_path, monkeypatch):
    size = len(dump_plan(ana()).encode())
    monkeypatch.setattr(store_module, "HISTORY_BYTES", size * 7)
    store = Store(tmp_path)
    store.call(lambda db: db.execute("PRAGMA synchronous=OFF"))
    for _ in range(12):
        store.save_plan(ana())
    assert len(store.history()) == 7
    monkeypatch.setattr(store_module, "HISTORY_BYTES", 1)
    store.save_plan(ana())
    assert len(store.history()) == store_module.KEEP_AT_LEAST  # never fewer than this


def test_a_v2_store_migrates_and_its_old_revisions_lose_their_credentials(tmp_path):
    from plnonboard.services.store import MIGRATIONS, SCHEMA_VERSION

    leaky = ana()
    leaky.follows.append(Follow("web", "https://example.org/b", feed_url="https://example.org/f?token=tk-old-77"))
    db = sqlite3.connect(tmp_path / DB_NAME)
    for version in (1, 2):
        for statement in MIGRATIONS[version]:
            db.execute(statement)
    db.execute("INSERT INTO plans (saved_at, plan_json) VALUES ('2026-11-01T10:00:00+00:00', ?)", (dump_plan(leaky),))
    db.execute("INSERT INTO http_validators VALUES ('https://example.org/f?token=tk-old-77', 'e', '', '', 'x')")
    db.execute("PRAGMA user_version = 2")
    db.commit()
    db.close()
    (tmp_path / "backups").mkdir()
    old_backup = tmp_path / "backups" / "plnonboard-20261101-100000-000000.sqlite3"
    os.link(tmp_path / DB_NAME, old_backup)
    store = Store(tmp_path)
    assert store.call(lambda db: db.execute("PRAGMA user_version").fetchone()[0]) == SCHEMA_VERSION
    assert [f.feed_url for f in store.load_plan().follows][-1] == "https://example.org/f"
    assert store.history()[0].origin == ""
    store.close()
    for path in [tmp_path / DB_NAME, *(tmp_path / "backups").iterdir()]:
        assert b"tk-old-77" not in path.read_bytes(), path
    assert not old_backup.exists()
