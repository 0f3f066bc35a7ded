"""Issue 14 items 1 and 4 in the window: an unreadable saved plan offers the newest readable
revision instead of a first run; a change saved elsewhere is neither overwritten nor missed."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from plnonboard.core.model import Follow
from plnonboard.services.store import DB_NAME, Store
from plnonboard.tools.personas import ana, tom
from plnonboard.ui.context import AppContext
from plnonboard.ui.launch import AppController


def _break_newest(folder) -> None:
    db = sqlite3.connect(folder / DB_NAME)
    db.execute("INSERT INTO plans (saved_at, plan_json) VALUES ('2026-12-03T09:00:00+00:00', '{\"format\": 2}')")
    db.commit()
    db.close()


def test_an_unreadable_plan_offers_the_newest_readable_version(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "data"
    store = Store(folder)
    store.save_plan(ana())
    store.save_plan(tom())
    store.close()
    _break_newest(folder)
    ctx = AppContext.load(folder, system_zone="Europe/London")
    assert ctx.plan is None and ctx.restore_offer is not None
    asked = []

    def answer(box):
        asked.append(box.text())
        box.restore.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    controller = AppController(ctx)
    controller.start()
    assert asked and asked[0].startswith("Your saved plan could not be read. Restore the version from ")
    assert controller.main_window is not None and controller.wizard is None  # not a first run
    qtbot.addWidget(controller.main_window)
    assert ctx.plan.profile.name == "Tom"
    again = Store(folder)
    assert again.load_plan().profile.name == "Tom"  # restored in the store too
    again.close()
    ctx.store.close()


def test_the_windows_save_keeps_a_follow_the_cli_added_meanwhile(tmp_path):
    folder = tmp_path / "data"
    Store(folder).save_plan(ana())
    ctx = AppContext.load(folder, system_zone="Europe/London")
    cli = Store(folder)  # a command run while the window is open
    added = cli.load_plan()
    added.follows.append(Follow("web", "https://example.org/from-cli"))
    cli.save_plan(added)
    cli.close()
    edited = ctx.plan
    edited.boundaries.weekly_minutes = 30  # the window's own change
    ctx.save_plan(edited)
    saved = Store(folder).load_plan()
    assert "https://example.org/from-cli" in [f.address for f in saved.follows]
    assert saved.boundaries.weekly_minutes == 30
    ctx.store.close()


def _window_then_a_command_saves(qtbot, tmp_path, address: str) -> tuple[AppController, AppContext]:
    """The main window open on a saved plan, then a command (another Store) adds a follow."""
    folder = tmp_path / "data"
    Store(folder).save_plan(ana())
    ctx = AppContext.load(folder, system_zone="Europe/London")
    controller = AppController(ctx)
    controller.start()
    qtbot.addWidget(controller.main_window)
    cli = Store(folder)
    added = cli.load_plan()
    added.follows.append(Follow("web", address))
    cli.save_plan(added)
    cli.close()
    return controller, ctx


def test_the_window_notices_a_newer_revision_when_it_is_focused_again(qtbot, tmp_path):
    from PySide6.QtCore import Qt

    controller, ctx = _window_then_a_command_saves(qtbot, tmp_path, "https://example.org/from-cli")
    controller._on_app_state(Qt.ApplicationState.ApplicationActive)  # read on the store's thread, not waited for
    qtbot.waitUntil(lambda: "https://example.org/from-cli" in [f.address for f in controller.main_window.plan.follows])
    assert "changed elsewhere" in controller.main_window.statusBar().currentMessage()
    assert ctx.plan is controller.main_window.plan or ctx.plan == controller.main_window.plan
    ctx.store.close()


def test_looking_for_a_newer_plan_never_waits_for_a_busy_store(qtbot, tmp_path):
    import threading

    from PySide6.QtCore import Qt

    controller, ctx = _window_then_a_command_saves(qtbot, tmp_path, "https://example.org/while-busy")
    release = threading.Event()
    safety = threading.Timer(10, release.set)  # a window that waited would get here only after this
    safety.start()
    ctx.store.submit(release.wait)  # the store's thread is busy (a long save, a follow run)
    controller._on_app_state(Qt.ApplicationState.ApplicationActive)
    assert not release.is_set()  # returned at once: the window kept going
    release.set()
    safety.cancel()
    qtbot.waitUntil(lambda: "https://example.org/while-busy" in
                    [f.address for f in controller.main_window.plan.follows])
    ctx.store.close()


def test_the_real_window_uses_the_real_time_not_noon(tmp_path):
    # A window started without --today counts "in 3 h" and "tonight" from now. Its clock was noon of
    # today in the computer's zone: `today is dt.date.today` never held (a new bound method each time).
    import datetime as dt

    ctx = AppContext.load(tmp_path / "data", system_zone="UTC")
    try:
        assert abs(ctx.clock() - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)
        fixed = AppContext.load(tmp_path / "data", system_zone="UTC", today=lambda: dt.date(2027, 1, 5))
        assert fixed.clock() == dt.datetime(2027, 1, 5, 12, tzinfo=dt.UTC)  # a fixed day: its noon, as before
        fixed.close()
    finally:
        ctx.close()
