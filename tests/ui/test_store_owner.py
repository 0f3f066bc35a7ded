"""Threads in the window: saves run on the store's thread, the shown plan changes on the GUI thread only,
and the real command ends its store (thread and connection) when the window closes."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest
from PySide6.QtWidgets import QWizard

from plnonboard.core.planfile import dump_plan
from plnonboard.ui import context as context_module
from plnonboard.ui.context import AppContext
from plnonboard.ui.wizard import PageId
from tests.ui.wizard_support import go_to, open_wizard, small_ctx


def test_assigning_the_plan_off_the_gui_thread_raises(qapp, tmp_path):
    ctx = AppContext.load(tmp_path, system_zone="UTC")
    caught: list[BaseException] = []

    def worker():
        for name in ("plan", "revision", "base_plan", "restore_offer"):
            try:
                setattr(ctx, name, None)
            except RuntimeError as exc:
                caught.append(exc)

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert len(caught) == 4 and "GUI thread only" in str(caught[0])
    ctx.plan = None  # on the GUI thread it is fine
    ctx.close()


@pytest.fixture
def plan_writes(monkeypatch):
    """The thread of every assignment to the shown plan (the guard is replaced by a record)."""
    threads: list[str] = []
    real = AppContext.__setattr__

    def spy(self, name, value):
        if name in context_module.GUI_ONLY:
            threads.append(threading.current_thread().name)
            object.__setattr__(self, name, value)
        else:
            real(self, name, value)

    monkeypatch.setattr(AppContext, "__setattr__", spy)
    return threads


def test_the_wizard_saves_on_the_store_thread_and_takes_the_plan_on_the_gui_thread(qtbot, tmp_path, plan_writes):
    ctx = small_ctx(tmp_path)
    wizard = open_wizard(qtbot, ctx)
    go_to(wizard, PageId.BOUNDARIES)
    for box in wizard.currentPage().privacy:
        box.setChecked(True)
    go_to(wizard, PageId.SUMMARY)
    plan_writes.clear()
    with qtbot.waitSignal(wizard.planSaved, timeout=5000) as saved:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert saved.args[0] == ctx.plan == ctx.store.load_plan()
    assert plan_writes and set(plan_writes) == {threading.main_thread().name}
    ctx.close()


def test_a_main_window_save_takes_the_merged_plan_on_the_gui_thread(qtbot, tmp_path, plan_writes):
    from plnonboard.tools.personas import ana, tom
    from plnonboard.ui.mainwindow import MainWindow

    ctx = AppContext.load(tmp_path, system_zone="America/Chicago")
    ctx.save_plan(ana())
    elsewhere = ana()
    elsewhere.follows.extend(tom().follows)  # a command saves meanwhile: the window's save merges it
    ctx.store.save_plan(elsewhere)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    plan_writes.clear()
    changed = ana()
    changed.boundaries.weekly_minutes = 45
    window.apply_change(changed)
    qtbot.waitUntil(lambda: not window.is_saving())
    assert ctx.plan.boundaries.weekly_minutes == 45 and len(ctx.plan.follows) == len(elsewhere.follows)
    stored = ctx.store.load_plan()
    assert stored.boundaries.weekly_minutes == 45 and stored.follows == ctx.plan.follows
    assert plan_writes and set(plan_writes) == {threading.main_thread().name}
    ctx.close()


QUIT_AT_FIRST_PAINT = r"""
import os, sys, threading
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.isWindow():
            QTimer.singleShot(0, QApplication.quit)  # as if the teacher closed the window
        return False

app = QApplication(sys.argv[:1])
probe = FirstPaint()
app.installEventFilter(probe)
sys.argv = ["plnonboard", "--data-dir", os.environ["PROBE_DATA"]]
from plnonboard.__main__ import main
code = main()
print("threads:" + ",".join(sorted(t.name for t in threading.enumerate())), flush=True)
sys.exit(code)
"""


@pytest.mark.parametrize("saved", [False, True], ids=["first run", "with a saved plan"])
def test_the_real_command_ends_its_store_when_the_window_closes(tmp_path, saved):
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PROBE_DATA=str(data),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    if saved:
        from plnonboard.tools.personas import ana

        plan = tmp_path / "plan.json"
        plan.write_text(dump_plan(ana()))
        command = os.path.join(os.path.dirname(sys.executable), "plnonboard")
        out = subprocess.run([command, "plan", "import", str(plan), "--data-dir", str(data)], capture_output=True,
                             text=True, env=env, timeout=120)
        assert out.returncode == 0, out.stderr
    out = subprocess.run([sys.executable, "-c", QUIT_AT_FIRST_PAINT], capture_output=True, text=True, env=env,
                         timeout=120)  # a guard against a hang at exit, not a timing
    assert out.returncode == 0, out.stderr
    threads = out.stdout.split("threads:")[-1].strip().split(",")
    assert "plnonboard-store" not in threads and "MainThread" in threads
    assert (data / "plnonboard.sqlite3").exists() and not list(data.glob("*-journal"))


def test_the_window_keeps_going_while_a_save_is_held_up(qtbot, tmp_path, monkeypatch):
    from plnonboard.tools.personas import ana
    from plnonboard.ui.mainwindow import MainWindow

    ctx = AppContext.load(tmp_path, system_zone="America/Chicago")
    ctx.save_plan(ana())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    gate = threading.Event()
    real = ctx.store.save_plan

    def held_up(plan, **how):  # on the store's thread: a slow disk, or another program holding the store
        gate.wait(60)
        return real(plan, **how)

    monkeypatch.setattr(ctx.store, "save_plan", held_up)
    changed = ana()
    changed.boundaries.weekly_minutes = 45
    window.apply_change(changed)  # returns at once: the GUI thread does not wait for the store
    assert window.is_saving() and window.plan.boundaries.weekly_minutes == 45
    assert ctx.plan.boundaries.weekly_minutes != 45  # taken only when the save comes back
    gate.set()
    qtbot.waitUntil(lambda: not window.is_saving())
    assert ctx.plan.boundaries.weekly_minutes == 45 == ctx.store.load_plan().boundaries.weekly_minutes
    ctx.close()
