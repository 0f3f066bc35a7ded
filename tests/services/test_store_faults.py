"""Nothing lost: kills mid-save, damaged files, migrations, full and read-only disks."""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from plnonboard.core.model import Follow
from plnonboard.core.planfile import dump_plan
from plnonboard.services.store import DB_NAME, SCHEMA_VERSION, Store, StoreError
from plnonboard.tools.personas import ana, tom

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def big(plan, tag: str):
    """A plan large enough that a save spans many pages, so a kill can land inside it."""
    plan.follows = [Follow("web", f"https://example.org/{tag}/{i}", name=tag * 20) for i in range(400)]
    return plan


def _saver(folder: str, ready) -> None:  # runs in the child process
    store = Store(Path(folder))
    plans = [dump_plan(big(ana(), "A")), dump_plan(big(tom(), "B"))]
    from plnonboard.core.planfile import parse_plan_text

    objs = [parse_plan_text(t) for t in plans]
    store.save_plan(objs[1])  # one whole save first, so the kills below land in a loop already running
    ready.set()
    i = 0
    while True:
        store.save_plan(objs[i % 2])
        i += 1


def test_kill_at_random_moments_of_a_save_always_leaves_a_whole_plan(tmp_path):
    ctx = multiprocessing.get_context("fork")
    folder = tmp_path / "store"
    first = Store(folder)
    started = time.monotonic()
    first.save_plan(big(ana(), "A"))
    # Kills land within a few saves' time, however slow this machine is right now (not a timing
    # assertion: it only spreads the kills over the save loop).
    span = max(0.03, 3 * (time.monotonic() - started))
    first.close()
    allowed = {dump_plan(big(ana(), "A")), dump_plan(big(tom(), "B"))}
    rnd = random.Random(20261123)
    kills = 0
    seen = set()
    for _ in range(200):
        ready = ctx.Event()
        child = ctx.Process(target=_saver, args=(str(folder), ready), daemon=True)
        child.start()
        assert ready.wait(10)
        time.sleep(rnd.uniform(0, span))
        os.kill(child.pid, signal.SIGKILL)
        child.join(5)
        kills += child.exitcode == -signal.SIGKILL
        store = Store(folder)
        assert store.notice == ""  # a kill never damages the file: no restore was needed
        plan = store.load_plan()
        assert plan is not None and dump_plan(plan) in allowed
        seen.add(plan.profile.name)
        store.close()
    assert kills == 200
    assert seen == {"Ana", "Tom"}  # the kills landed at different points of the save loop
    store = Store(folder)
    store.save_plan(tom())
    assert not list((folder / "backups").glob("*.tmp"))  # a backup cut short by a kill is cleaned up
    assert len(store.backups()) <= 5


@pytest.mark.parametrize("damage", ["truncate", "garbage", "not_sqlite", "empty", "zero_header"])
def test_damaged_store_is_kept_aside_and_last_good_copy_restored(tmp_path, damage):
    store = Store(tmp_path)
    store.save_plan(tom())
    store.save_plan(ana())
    store.close()
    path = tmp_path / DB_NAME
    raw = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(raw[: len(raw) // 3])
    elif damage == "garbage":
        path.write_bytes(raw[:100] + os.urandom(len(raw) - 100))
    elif damage == "not_sqlite":
        path.write_text("<html>this is a web page, not a plan</html>")
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "zero_header":
        path.write_bytes(b"\0" * 100 + raw[100:])
    again = Store(tmp_path)
    assert "damaged" in again.notice and "restored the copy from" in again.notice, again.notice
    assert again.load_plan().profile.name == "Ana"
    kept = list(tmp_path.glob(f"{DB_NAME}.damaged-*"))
    assert len(kept) == 1 and kept[0].stat().st_size == (0 if damage == "empty" else kept[0].stat().st_size)


def test_damaged_store_without_backups_says_so_and_starts_fresh(tmp_path):
    (tmp_path / DB_NAME).write_text("not a database at all, and long enough to not be empty" * 50)
    store = Store(tmp_path)
    assert "no good backup" in store.notice
    assert store.load_plan() is None
    assert list(tmp_path.glob(f"{DB_NAME}.damaged-*"))


def test_newer_schema_is_refused_untouched(tmp_path):
    Store(tmp_path).save_plan(ana())
    db = sqlite3.connect(tmp_path / DB_NAME)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.commit()
    db.close()
    before = (tmp_path / DB_NAME).read_bytes()
    with pytest.raises(StoreError, match="newer version of PLN Onboard"):
        Store(tmp_path)
    assert (tmp_path / DB_NAME).read_bytes() == before
    assert not list(tmp_path.glob("*.damaged-*"))


def test_a_v1_store_opens_in_this_version(tmp_path):
    shutil.copy(FIXTURES / "store-v1.sqlite3", tmp_path / DB_NAME)
    store = Store(tmp_path)
    assert store.notice == ""
    assert store.load_plan().profile.name == "Ana"
    assert [h[0] for h in store.history()] == [2, 1]
    store.save_plan(tom())
    store.close()
    version = sqlite3.connect(tmp_path / DB_NAME).execute("PRAGMA user_version").fetchone()[0]
    assert version == SCHEMA_VERSION


def test_locked_store_is_not_mistaken_for_damage(tmp_path):
    Store(tmp_path).save_plan(ana())
    holder = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="in use by another copy"):
            s = Store(tmp_path)
            s.call(lambda db: db.execute("PRAGMA busy_timeout = 100"))
            s.save_plan(tom())
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not list(tmp_path.glob("*.damaged-*"))
    assert Store(tmp_path).load_plan().profile.name == "Ana"


def test_disk_full_gives_a_clear_message_and_keeps_the_last_plan(tmp_path):
    store = Store(tmp_path)
    store.save_plan(ana())
    pages = store.call(lambda db: db.execute("PRAGMA page_count").fetchone()[0])
    store.call(lambda db: db.execute(f"PRAGMA max_page_count = {pages}"))  # the file cannot grow: a full disk to SQLite
    with pytest.raises(StoreError) as info:
        store.save_plan(big(tom(), "B"))
    assert "disk is full" in str(info.value) and "unchanged" in str(info.value)
    assert store.load_plan().profile.name == "Ana"


def test_read_only_store_gives_a_clear_message(tmp_path):
    store = Store(tmp_path)
    store.save_plan(ana())
    store.call(lambda db: db.execute("PRAGMA query_only = ON"))  # every write now fails as on a read-only file
    with pytest.raises(StoreError, match="read-only"):
        store.save_plan(tom())
    assert store.load_plan().profile.name == "Ana"


def test_data_folder_that_cannot_be_created(tmp_path):
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="Cannot create the data folder"):
        Store(blocker / "data")
