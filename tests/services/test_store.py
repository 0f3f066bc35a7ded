"""The SQLite store: saves, history, schema checks."""

from __future__ import annotations

import sqlite3

import pytest

from plnonboard.core.planfile import dump_plan
from plnonboard.services.store import DB_NAME, SCHEMA_VERSION, Store, StoreError
from plnonboard.tools.personas import ana, tom


def test_save_load_and_history(tmp_path):
    store = Store(tmp_path)
    assert store.load_plan() is None
    store.save_plan(ana())
    store.save_plan(tom())
    assert dump_plan(store.load_plan()) == dump_plan(tom())
    assert len(store.history()) == 2
    store.close()
    reopened = Store(tmp_path)
    assert reopened.load_plan().profile.name == "Tom"
    assert sqlite3.connect(tmp_path / DB_NAME).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_store_from_a_newer_version_is_refused_and_left_alone(tmp_path):
    Store(tmp_path).save_plan(ana())
    db = sqlite3.connect(tmp_path / DB_NAME)
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    before = (tmp_path / DB_NAME).read_bytes()
    with pytest.raises(StoreError, match="newer version"):
        Store(tmp_path)
    assert (tmp_path / DB_NAME).read_bytes() == before


def test_garbage_file_is_moved_aside_and_backup_restored(tmp_path):
    store = Store(tmp_path)
    store.save_plan(ana())
    store.close()
    (tmp_path / DB_NAME).write_bytes(b"this is not a database" * 100)
    again = Store(tmp_path)
    assert "damaged" in again.notice and "restored" in again.notice
    assert again.load_plan().profile.name == "Ana"
    assert list(tmp_path.glob(f"{DB_NAME}.damaged-*"))
