"""Fast start: the first page comes before the rest are built, and no heavy module is loaded."""

from __future__ import annotations

import os
import subprocess
import sys

from plnonboard.ui.context import AppContext
from plnonboard.ui.wizard import PageId, SetupWizard

PROBE = r"""
import os, sys
from plnonboard.ui.launch import AppController, make_app
from plnonboard.ui.context import AppContext
app = make_app()
c = AppController(AppContext.load(os.environ["PROBE_DATA"], system_zone="UTC"))
c.start()
app.processEvents()
assert c.wizard.isVisible()
print(",".join(m for m in ("requests", "feedparser", "icalendar", "keyring", "urllib3", "listparser")
               if m in sys.modules) or "none")
"""


def test_starting_the_wizard_does_not_import_heavy_modules(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PROBE_DATA=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "none"


def test_deferred_pages_are_built_right_after_the_first_paint(qtbot, tmp_path):
    ctx = AppContext.load(tmp_path, system_zone="Europe/London")
    wizard = SetupWizard(ctx, None, defer_pages=True)
    qtbot.addWidget(wizard)
    assert not wizard.pages_ready
    assert wizard.pageIds() == [int(PageId.WELCOME)]
    wizard.show()
    qtbot.waitUntil(lambda: wizard.pages_ready, timeout=5000)
    assert wizard.pageIds() == [int(p) for p in PageId]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    welcome = wizard.page(int(PageId.WELCOME))
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in welcome.findChildren(QLabel))
    wizard.next()
    assert wizard.currentId() == int(PageId.ABOUT)
    if ctx.store is not None:
        ctx.store.close()


REAL_COMMAND = r"""
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWizardPage

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWizardPage):
            print(" ".join(sorted(m for m in sys.modules if m.startswith("plnonboard")
                                  or m in ("requests", "feedparser", "icalendar", "keyring", "urllib3",
                                           "listparser"))), flush=True)
            os._exit(0)
        return False

app = QApplication(sys.argv[:1])
probe = FirstPaint()
app.installEventFilter(probe)
sys.argv = ["plnonboard", "--data-dir", os.environ["PROBE_DATA"]]
from plnonboard.__main__ import main
sys.exit(main())
"""

# What the first run of the real `plnonboard` command must not have imported when it paints its first page:
# the subcommands (the directory listing, every export), the main window it does not show, the exporters,
# importers and network code, and the heavy libraries.
NOT_BEFORE_FIRST_PAINT = ("plnonboard.cli.chats", "plnonboard.cli.plan", "plnonboard.cli.week",
                          "plnonboard.cli.export", "plnonboard.cli.imports", "plnonboard.ui.mainwindow",
                          "plnonboard.ui.weekview", "plnonboard.ui.agenda", "plnonboard.services.export",
                          "plnonboard.services.import", "plnonboard.services.net", "plnonboard.tools",
                          "plnonboard.ui.follow", "plnonboard.services.follow", "plnonboard.services.social_http",
                          "plnonboard.cli.follow", "plnonboard.core.planfile", "plnonboard.core.directory",
                          "plnonboard.core.follows", "plnonboard.services.resources",
                          "requests", "feedparser", "icalendar", "keyring", "urllib3", "listparser")


def test_the_real_command_paints_its_first_page_before_importing_what_it_does_not_show(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PROBE_DATA=str(tmp_path / "new"))
    out = subprocess.run([sys.executable, "-c", REAL_COMMAND], capture_output=True, text=True, env=env,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    loaded = out.stdout.split()
    assert "plnonboard.ui.wizard.page_welcome" in loaded  # the probe saw the real first page
    assert [m for m in loaded if m.startswith(NOT_BEFORE_FIRST_PAINT)] == []
    # A first run has no plan to read: the new store is opened after the first paint.
    assert "plnonboard.services.store" not in loaded
    assert not (tmp_path / "new" / "plnonboard.sqlite3").exists()


AFTER_FIRST_PAINT = r"""
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

def check():
    app = QApplication.instance()
    controller = getattr(app, "_controller", None)
    if controller is None or controller.ctx.store is None or not controller.wizard.pages_ready:
        return
    ctx = controller.ctx
    print(len(ctx.directory.chats) > 0, ctx.store.path.exists(), ctx.plan is None, controller.wizard.isVisible(),
          not app.windowIcon().isNull(), flush=True)
    os._exit(0)

from plnonboard.ui import launch

start = launch.AppController.start

def start_and_watch(self):
    start(self)
    self._probe_timer = QTimer(self)
    self._probe_timer.timeout.connect(check)
    self._probe_timer.start(20)

launch.AppController.start = start_and_watch
sys.argv = ["plnonboard", "--data-dir", os.environ["PROBE_DATA"]]
from plnonboard.__main__ import main
sys.exit(main())
"""


def test_the_first_run_opens_its_store_after_the_first_paint_and_prints_nothing(tmp_path):
    # The terminal stays clean: the app-state signal used to print a TypeError on every first run
    # (its enum argument did not exist yet in PySide6), and nothing the deferred work does may print.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PROBE_DATA=str(tmp_path / "new"))
    out = subprocess.run([sys.executable, "-c", AFTER_FIRST_PAINT], capture_output=True, text=True, env=env,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True"] * 5  # directory read, store made, no plan, wizard shown, window icon set
    assert out.stderr == ""
