"""One owner for the SQLite connection: the store's own thread (services/store_worker.py)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from plnonboard.core.follow_through import Action
from plnonboard.services.follow_records import FollowRecords
from plnonboard.services.store import ANY, Store, StoreClosed, StoreError
from plnonboard.tools.personas import ana, tom


def _in_thread(fn):
    """Run fn() on a new plain thread; return what it raised (or None)."""
    caught: list[BaseException | None] = [None]

    def run():
        try:
            fn()
        except BaseException as exc:  # handed back to the test
            caught[0] = exc

    t = threading.Thread(target=run)
    t.start()
    t.join()
    return caught[0]


def test_the_connection_fails_loudly_when_any_other_thread_uses_it(tmp_path):
    store = Store(tmp_path)
    with pytest.raises(sqlite3.ProgrammingError, match="same thread"):
        store._db.execute("SELECT count(*) FROM plans")  # the test's own thread is not the owner
    exc = _in_thread(lambda: store._db.execute("SELECT count(*) FROM plans"))
    assert isinstance(exc, sqlite3.ProgrammingError)
    # ...while the store's own methods work from both, because they run on the owner.
    store.save_plan(ana())
    assert _in_thread(lambda: store.save_plan(tom())) is None
    assert store.load_plan().profile.name == "Tom"
    store.close()


def test_every_read_and_write_runs_on_the_store_thread(tmp_path, monkeypatch):
    store = Store(tmp_path)
    seen: set[str] = set()
    real_parse = Store._read

    def spy(self, sql, args=()):
        seen.add(threading.current_thread().name)
        return real_parse(self, sql, args)

    monkeypatch.setattr(Store, "_read", spy)
    records = FollowRecords(store)
    with ThreadPoolExecutor(4) as pool:
        action = Action("mastodon", "follow", "@x@m.example", "why")
        runs = list(pool.map(lambda i: records.new_run("mastodon", f"a{i}", "https://m.example", {}, [action]),
                             range(8)))
        saved = list(pool.map(lambda i: store.save_plan(ana() if i % 2 else tom(), base=ANY), range(8)))
        list(pool.map(lambda i: store.history(), range(4)))
    assert len(set(runs)) == 8 and len(set(saved)) == 8
    assert seen == {"plnonboard-store"}
    assert store.call(lambda db: threading.current_thread().name) == "plnonboard-store"
    store.close()


def test_a_transaction_outside_the_store_thread_is_refused(tmp_path):
    store = Store(tmp_path)
    with pytest.raises(RuntimeError, match="store's thread"), store.transaction():
        pass
    assert store.write(lambda db: db.execute("SELECT 1").fetchone()[0]) == 1
    store.close()


def test_close_ends_the_thread_and_the_connection_and_later_use_is_a_plain_error(tmp_path):
    store = Store(tmp_path)
    store.save_plan(ana())
    FollowRecords(store).set_status(0, "finished")  # a write with no backup yet: close makes one
    before = len(store.backups())
    thread = store._worker._thread
    store.close()
    assert not thread.is_alive()
    assert len(store.backups()) == before + 1
    with pytest.raises(StoreError) as info:
        store.load_plan()
    assert isinstance(info.value, StoreClosed) and "closed" in str(info.value)
    store.close()  # twice is fine


def test_saves_already_queued_finish_before_close(tmp_path):
    store = Store(tmp_path)
    futures = [store.submit(store.save_plan, ana() if i % 2 else tom()) for i in range(5)]
    store.close()
    assert [f.result() for f in futures] == [1, 2, 3, 4, 5]
    assert Store(tmp_path).latest_revision() == 5


def test_a_store_dropped_without_close_ends_its_thread(tmp_path):
    import gc

    store = Store(tmp_path)
    thread = store._worker._thread
    del store
    gc.collect()
    thread.join(30)  # a guard against a hang, not a timing: it ends at once
    assert not thread.is_alive()


EXIT_WITHOUT_CLOSE = r"""
import sys
from pathlib import Path
from plnonboard.services.follow_records import FollowRecords
from plnonboard.services.store import Store
from plnonboard.tools.personas import ana
store = Store(Path(sys.argv[1]))
store.save_plan(ana())
FollowRecords(store).set_status(0, "finished")
print(len(store.backups()), flush=True)
keep = store  # never closed: the exit hook must close it (backup, connection, thread) without a hang
"""


def test_a_process_that_never_closes_its_store_still_exits_and_backs_up(tmp_path):
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    out = subprocess.run([sys.executable, "-c", EXIT_WITHOUT_CLOSE, str(tmp_path)], capture_output=True, text=True,
                         env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) + 1 == len(Store(tmp_path).backups())


def test_the_real_cli_command_closes_its_store_and_exits(tmp_path):
    from plnonboard.core.planfile import dump_plan

    plan = tmp_path / "plan.json"
    plan.write_text(dump_plan(ana()))
    data = tmp_path / "data"
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", PLNONBOARD_DATA_DIR=str(data))
    command = [os.path.join(os.path.dirname(sys.executable), "plnonboard")]
    for args in (["plan", "import", str(plan)], ["plan", "history"]):
        out = subprocess.run(command + args, capture_output=True, text=True, env=env, timeout=120)
        assert out.returncode == 0, out.stderr
    assert "Ana" in out.stdout
    assert not list(data.glob("*-journal"))  # closed, not left mid-transaction
