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
