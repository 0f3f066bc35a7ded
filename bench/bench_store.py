"""Store size on disk after 40 saves of a 1 MB plan (issue 14): the folder (database plus backups/)
with this version's store, against the old policy measured in the same run (every revision kept,
a full backup copy after every save, the last five kept).

Run by hand:  .venv/bin/python bench/bench_store.py
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import tempfile
import time
from pathlib import Path

from plnonboard.core.model import Follow
from plnonboard.core.planfile import dump_plan
from plnonboard.services.store import Store
from plnonboard.tools.personas import ana

SAVES = 40


def big_plan(version: int):
    plan = ana()
    plan.follows = [Follow("web", f"https://example.org/blog/{i}", name=f"Blog {i}",
                           note=f"revision {version}: " + "a note about why this blog is worth reading " * 7)
                    for i in range(1950)]
    return plan


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def old_policy(folder: Path, texts: list[str]) -> None:
    """What the store did before: one row per save forever, a whole-file backup after each save."""
    folder.mkdir()
    backups = folder / "backups"
    db = sqlite3.connect(folder / "plnonboard.sqlite3", isolation_level=None)
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE plans (id INTEGER PRIMARY KEY AUTOINCREMENT, saved_at TEXT NOT NULL,"
               " plan_json TEXT NOT NULL)")
    for text in texts:
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO plans (saved_at, plan_json) VALUES (?, ?)",
                   (dt.datetime.now(dt.UTC).isoformat(), text))
        db.execute("COMMIT")
        backups.mkdir(exist_ok=True)
        target = backups / f"plnonboard-{time.time_ns()}.sqlite3"
        dst = sqlite3.connect(target)
        db.backup(dst)
        dst.close()
        for old in sorted(backups.glob("*.sqlite3"), reverse=True)[5:]:
            old.unlink()
    db.close()


def main() -> None:
    plans = [big_plan(v) for v in range(SAVES)]
    texts = [dump_plan(p) for p in plans]
    print(f"plan size: {len(texts[0].encode()) / 1e6:.2f} MB, {SAVES} saves, load average "
          f"{os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        before_dir = Path(tmp) / "before"
        t0 = time.perf_counter()
        old_policy(before_dir, texts)
        before_time = time.perf_counter() - t0
        before = folder_size(before_dir)
        after_dir = Path(tmp) / "after"
        t0 = time.perf_counter()
        store = Store(after_dir)
        for plan in plans:
            store.save_plan(plan)
        store.close()
        after_time = time.perf_counter() - t0
        after = folder_size(after_dir)
        revisions = len(Store(after_dir).history())
    print(f"before (every revision, backup per save): {before / 1e6:7.1f} MB in {before_time:5.1f} s")
    print(f"after  ({revisions} revisions kept, scheduled backups): {after / 1e6:7.1f} MB in {after_time:5.1f} s")
    print(f"size ratio before/after: {before / after:.1f}x; time ratio: {before_time / after_time:.1f}x")


if __name__ == "__main__":
    main()
