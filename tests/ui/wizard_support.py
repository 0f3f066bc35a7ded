"""Shared set-up for the setup wizard tests: a context on a temp folder with a fixed clock."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from plnonboard.core.directory import Directory
from plnonboard.services.store import Store
from plnonboard.ui.context import AppContext
from plnonboard.ui.wizard import SetupWizard
from tests.conftest import make_chat

TODAY = dt.date(2026, 11, 23)  # a Monday


def shipped_ctx(data_dir) -> AppContext:
    return AppContext.load(data_dir, system_zone="America/Chicago", today=lambda: TODAY)


def small_directory() -> Directory:
    """Three chats with known times (host zones differ from the user's)."""
    chats = [
        make_chat("#mathlate", "tue", "21:00", "America/New_York", 60, subjects=["math"], status="active",
                  last_seen=2026, grade_bands=["middle"], description="<b>bold?</b> a math chat"),
        make_chat("#earlybird", "sat", "09:00", "America/Chicago", 30, subjects=["general"]),
        make_chat("#ukchat", "mon", "20:00", "Europe/London", 60, subjects=["general"]),
    ]
    return Directory({c.id: c for c in chats})


def small_ctx(data_dir, catalogue=None) -> AppContext:
    from plnonboard.core.follows import Catalogue

    return AppContext(data_dir, small_directory(), catalogue or Catalogue(), Store(data_dir), "America/Chicago",
                      lambda: TODAY)


def open_wizard(qtbot, ctx, plan=None) -> SetupWizard:
    wizard = SetupWizard(ctx, plan)
    qtbot.addWidget(wizard)
    wizard.confirm_discard = lambda: True  # tests that care replace it again
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def go_to(wizard: QWizard, page_id: int) -> None:
    """Next until the page is reached (validation must pass on the way)."""
    for _ in range(10):
        if wizard.currentId() == int(page_id):
            return
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before, f"stuck on page {before}"
    raise AssertionError(f"never reached page {page_id}")
