"""The week grid widget: what it shows, keyboard and mouse, accessibility, light and dark."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from plnonboard.core.model import Boundaries, QuietHours
from plnonboard.core.schedule import Chosen, week_report
from plnonboard.ui.a11y import dark_palette
from plnonboard.ui.weekview import WeekView
from tests.conftest import make_chat

EDCHAT = make_chat("#edchat", "tue", "19:00", "America/New_York", title="Education chat")
UKEDCHAT = make_chat("#ukedchat", "thu", "20:00", "Europe/London")
AUSSIEED = make_chat("#aussieED", "sun", "20:30", "Australia/Sydney")
CLASH = make_chat("#clash", "thu", "20:30", "Europe/London")
BOUNDS = Boundaries(weekly_minutes=240, chats_per_week=5,
                    quiet_hours=[QuietHours((0, 1, 2, 3, 6), dt.time(22, 0), dt.time(6, 30))], protected_days=[5])


def report_for(chats, day, zone="Europe/London", bounds=BOUNDS):
    return week_report([Chosen(c) for c in chats], bounds, zone, day)


@pytest.fixture
def view(qtbot):
    w = WeekView()
    qtbot.addWidget(w)
    w.resize(1000, 640)
    w.show()
    qtbot.waitExposed(w)
    return w


def tags(view):
    return [(b.occurrence.chat.hashtag, b.day, b.top) for b in view.blocks()]


def test_dst_moves_edchat_from_wednesday_to_tuesday(view):
    view.set_week(report_for([EDCHAT, UKEDCHAT, AUSSIEED], dt.date(2026, 3, 2)), BOUNDS, "Europe/London")
    assert ("#edchat", 2, 0) in tags(view)  # Wed 00:00
    view.set_week(report_for([EDCHAT, UKEDCHAT, AUSSIEED], dt.date(2026, 3, 9)), BOUNDS, "Europe/London")
    assert ("#edchat", 1, 23 * 60) in tags(view)  # Tue 23:00


def test_accessible_name_and_description(view):
    assert view.accessibleName() == "Week calendar"
    view.set_week(report_for([EDCHAT, UKEDCHAT], dt.date(2026, 3, 9)), BOUNDS, "Europe/London")
    assert "2 chat sessions" in view.accessibleDescription()
    view.setFocus()
    view.set_current(1)
    assert "#ukedchat" in view.accessibleDescription()


def test_keyboard_moves_and_enter_activates(view, qtbot):
    view.set_week(report_for([EDCHAT, UKEDCHAT, AUSSIEED], dt.date(2026, 3, 9)), BOUNDS, "Europe/London")
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert view.current_occurrence().chat.hashtag == "#edchat"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.current_occurrence().chat.hashtag == "#ukedchat"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current_occurrence().chat.hashtag == "#aussieED"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.current_occurrence().chat.hashtag == "#ukedchat"
    with qtbot.waitSignal(view.occurrenceActivated) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args[0].chat.hashtag == "#ukedchat"


def test_tab_walks_the_chats_then_leaves(view, qtbot):
    view.set_week(report_for([EDCHAT, UKEDCHAT], dt.date(2026, 3, 9)), BOUNDS, "Europe/London")
    view.setFocus(Qt.FocusReason.TabFocusReason)
    view.set_current(0)
    assert view.focusNextPrevChild(True) is True
    assert view.current_occurrence().chat.hashtag == "#ukedchat"
    assert view.focusNextPrevChild(False) is True
    assert view.current_occurrence().chat.hashtag == "#edchat"


def test_click_on_a_block_activates_it(view, qtbot):
    view.set_week(report_for([EDCHAT, UKEDCHAT], dt.date(2026, 3, 9)), BOUNDS, "Europe/London")
    block = next(b for b in view.blocks() if b.occurrence.chat.hashtag == "#ukedchat")
    centre = view.block_rect(block).center().toPoint()
    with qtbot.waitSignal(view.occurrenceActivated) as signal:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre)
    assert signal.args[0].chat.hashtag == "#ukedchat"


def test_click_on_empty_grid_does_nothing(view, qtbot):
    view.set_week(report_for([UKEDCHAT], dt.date(2026, 3, 9)), BOUNDS, "Europe/London")
    with qtbot.assertNotEmitted(view.occurrenceActivated):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.rect().center() - view.rect().center() / 2)


def test_overlaps_are_side_by_side_and_flagged(view):
    report = report_for([UKEDCHAT, CLASH], dt.date(2026, 3, 9))
    view.set_week(report, BOUNDS, "Europe/London")
    rects = [view.block_rect(b) for b in view.blocks()]
    assert len(rects) == 2 and not rects[0].intersects(rects[1])
    assert all(report.conflicts_for(b.occurrence) for b in view.blocks())


def _pixel(view, x, y) -> QColor:
    return view.grab().toImage().pixelColor(x, y)


@pytest.mark.parametrize("dark", [False, True])
def test_quiet_hours_are_shaded_in_light_and_dark(view, dark):
    if dark:
        view.setPalette(dark_palette())
    view.set_week(report_for([UKEDCHAT], dt.date(2026, 3, 9)), BOUNDS, "Europe/London")
    x = int((view._col_x(0) + view._col_x(1)) / 2)  # Monday: quiet from 22:00
    quiet = _pixel(view, x, int(view._y(23 * 60)))
    awake = _pixel(view, x, int(view._y(10 * 60 + 30)))
    assert quiet != awake
    base = view.palette().color(QPalette.ColorRole.Base)
    assert awake == base
