"""Observations in the store (schema step 4) and the shared corrections file a colleague imports."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

from plnonboard.core.directory import Directory
from plnonboard.core.evidence import Observation
from plnonboard.services.import_directory import parse_directory_update
from plnonboard.services.observations import forget_observation, observations, record_observation
from plnonboard.services.share_corrections import write_corrections
from plnonboard.services.store import DB_NAME, Store
from tests.conftest import make_chat

TODAY = dt.date(2026, 12, 3)
FIXTURE = Path(__file__).parents[1] / "fixtures" / "store-v1.sqlite3"


def test_answers_are_kept_with_dates_and_answering_again_replaces(tmp_path):
    store = Store(tmp_path)
    a = Observation("edchat", dt.date(2026, 12, 1), "lurked", "2026-12-02T00:00:00+00:00")
    record_observation(store, a)
    record_observation(store, Observation("edchat", dt.date(2026, 12, 1), "attended", a.session_start))
    record_observation(store, Observation("ukedchat", dt.date(2026, 11, 26), "nobody", "2026-11-26T20:00:00+00:00"))
    store.close()
    again = Store(tmp_path)
    got = observations(again)
    assert [(o.chat_id, o.day, o.outcome) for o in got] == [
        ("ukedchat", dt.date(2026, 11, 26), "nobody"), ("edchat", dt.date(2026, 12, 1), "attended")]
    forget_observation(again, "ukedchat", "2026-11-26T20:00:00+00:00")
    assert [o.chat_id for o in observations(again)] == ["edchat"]
    again.close()


def test_a_v1_store_migrates_to_one_with_observations(tmp_path):
    shutil.copy(FIXTURE, tmp_path / DB_NAME)
    store = Store(tmp_path)
    assert store.load_plan() is not None and observations(store) == []
    record_observation(store, Observation("edchat", TODAY, "nobody", "x"))
    assert len(observations(store)) == 1
    store.close()
    tables = {r[0] for r in sqlite3.connect(tmp_path / DB_NAME).execute("SELECT name FROM sqlite_master")}
    assert "observations" in tables


def test_shared_corrections_import_with_the_existing_directory_import(tmp_path):
    old = make_chat("#oldchat", "tue", "19:00", "America/New_York", platforms=["x", "bluesky"])
    live = make_chat("#livechat", "wed", "20:00", "Europe/London", status="running", last_seen="2026-10")
    directory = Directory().with_chats([old, live])
    seen = [Observation("oldchat", dt.date(2026, 12, 1), "attended", "a"),
            Observation("livechat", dt.date(2026, 11, 25), "nobody", "b"),
            Observation("livechat", dt.date(2026, 12, 2), "nobody", "c"),
            Observation("gonechat", dt.date(2026, 12, 2), "nobody", "d")]  # not in the directory: left out
    path = tmp_path / "corrections.json"
    assert write_corrections(path, directory, seen, TODAY) == 2
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "plnonboard.directory" and data["updated"] == "2026-12-03"
    # A colleague with the shipped directory imports it and sees both chats changed, status first.
    result = parse_directory_update(path.read_bytes(), where=path.name, current=directory)
    assert result.problems == []
    changed = {c.new.id: c for c in result.diff.changed}
    assert set(changed) == {"oldchat", "livechat"}
    assert changed["oldchat"].new.status == "running" and changed["oldchat"].fields[0] == "status"
    assert changed["livechat"].new.status == "unverified"
    assert "https://bsky.app/hashtag/oldchat" in changed["oldchat"].new.sources
    assert write_corrections(tmp_path / "none.json", directory, [], TODAY) == 0
    assert not (tmp_path / "none.json").exists()
