"""The main window driven as a user would: weeks, a chat's details, dropping, reminders, export."""

from __future__ import annotations

import datetime as dt
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from plnonboard import __version__
from plnonboard.core.directory import Directory
from plnonboard.core.model import Boundaries, Plan, PlanChat, Profile, QuietHours
from plnonboard.ui.context import AppContext
from plnonboard.ui.mainwindow import MainWindow
from tests.conftest import make_chat

TODAY = dt.date(2026, 3, 10)
CHATS = [make_chat("#edchat", "tue", "19:00", "America/New_York", title="Education chat", platforms=["x", "bluesky"]),
         make_chat("#ukedchat", "thu", "20:00", "Europe/London"),
         make_chat("#aussieED", "sun", "20:30", "Australia/Sydney")]


def sample_plan() -> Plan:
    return Plan(profile=Profile(name="Tom", time_zone="Europe/London", platforms=["bluesky"]),
                boundaries=Boundaries(weekly_minutes=120, chats_per_week=3, reminder_minutes=15,
                                      quiet_hours=[QuietHours((0, 1, 2, 3, 6), dt.time(22, 0), dt.time(6, 30))]),
                chats=[PlanChat("edchat"), PlanChat("ukedchat"), PlanChat(CHATS[2].id, custom=CHATS[2])])


@pytest.fixture
def ctx(tmp_path):
    context = AppContext.load(tmp_path / "data", system_zone="America/Chicago", today=lambda: TODAY)
    # Our own small directory, so the tests do not depend on the shipped one's contents.
    context.directory = Directory().with_chats(CHATS[:2])
    context.save_plan(sample_plan())
    yield context
    if context.store is not None:
        context.store.close()


@pytest.fixture
def window(qtbot, ctx):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def edchat_block(window):
    return next(b for b in window.week_view.blocks() if b.occurrence.chat.id == "edchat")


def test_opens_on_this_week_in_the_plan_zone(window):
    assert window.report.monday == dt.date(2026, 3, 9)
    assert window.zone == "Europe/London"
    assert "9 March 2026" in window.nav.title.text()
    assert not window.commands.this_week.isEnabled()
    assert (edchat_block(window).day, edchat_block(window).top) == (1, 23 * 60)


def test_navigating_weeks_moves_edchat_across_the_us_clock_change(window):
    window.commands.previous_week.trigger()
    assert window.report.monday == dt.date(2026, 3, 2)
    assert (edchat_block(window).day, edchat_block(window).top) == (2, 0)
    assert window.commands.this_week.isEnabled()
    window.commands.next_week.trigger()
    window.commands.next_week.trigger()
    assert window.report.monday == dt.date(2026, 3, 16)
    window.commands.this_week.trigger()
    assert window.report.monday == dt.date(2026, 3, 9)


def test_date_picker_jumps_to_its_week(window):
    from PySide6.QtCore import QDate

    window.nav.date_edit.setDate(QDate(2026, 4, 2))
    assert window.report.monday == dt.date(2026, 3, 30)
    assert window.nav.date_edit.date() == QDate(2026, 4, 2)


def test_us_date_picker_weeks_start_on_monday_like_the_grid(qtbot):
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QAction

    from plnonboard.ui.mainwindow.week_nav import WeekNav

    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))  # Qt's own US calendar starts weeks on Sunday
    try:
        nav = WeekNav(QAction("p"), QAction("t"), QAction("n"))
        qtbot.addWidget(nav)
        assert nav.date_edit.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Monday
        assert nav.date_edit.displayFormat() == "MMM d, yyyy"
    finally:
        QLocale.setDefault(before)


def test_window_locale_sets_the_export_clock():
    from PySide6.QtCore import QLocale

    from plnonboard.ui.i18n import style_of

    us, uk = style_of(QLocale("en_US")), style_of(QLocale("en_GB"))
    assert us.clock12 and us.month_first and not uk.clock12 and not uk.month_first


def test_budget_bar_counts_the_week(window):
    assert window.budget.minutes == 180 and window.budget.budget == 120
    assert window.budget.over
    assert "60 over" in window.budget.label.text()


def test_agenda_lists_the_same_week_and_writes_out_clashes(window):
    items = window.agenda.occurrence_items()
    assert [i.data(0, Qt.ItemDataRole.UserRole + 1).chat.hashtag for i in items] == ["#edchat", "#ukedchat",
                                                                                    "#aussieED"]
    edchat = items[0]
    assert "quiet hours" in edchat.text(3)  # 23:00 in London is inside 22:00-06:30
    assert "New York" in edchat.text(2)
    last = window.agenda.topLevelItem(window.agenda.topLevelItemCount() - 1).text(0)
    assert last == "Whole week: This week has 180 minutes of chats; your budget is 120 minutes"


def open_edchat(window, qtbot):
    window.week_view.setFocus()
    qtbot.waitUntil(window.week_view.hasFocus)
    window.week_view.set_current(0)
    qtbot.keyClick(window.week_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.details is not None and window.details.isVisible())
    return window.details


def test_enter_on_a_block_shows_its_details(window, qtbot):
    details = open_edchat(window, qtbot)
    assert details.occ.chat.id == "edchat"
    texts = "\n".join(label.text() for label in details.findChildren(type(window.nav.title)))
    assert "New York" in texts and "America/New_York" in texts
    assert "19:00" in texts and "23:00" in texts
    buttons = [b.text() for b in details.findChildren(type(details.drop_button))]
    assert "Search on Bluesky" in buttons
    assert details.reminder.accessibleName()
    details.reject()


def test_search_without_a_browser_says_so_and_copies_the_link(window, qtbot, monkeypatch):
    from PySide6.QtGui import QDesktopServices, QGuiApplication

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or False)
    details = open_edchat(window, qtbot)
    search = next(b for b in details.findChildren(type(details.drop_button)) if b.text() == "Search on Bluesky")
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    assert opened and opened[0].startswith("https://bsky.app/")
    qtbot.waitUntil(lambda: bool(details.findChildren(QMessageBox)), timeout=3000)
    box = details.findChildren(QMessageBox)[-1]
    assert "No web browser opened" in box.text() and opened[0] in box.text()
    copy = next(b for b in box.buttons() if b.text().replace("&", "") == "Copy link")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == opened[0]
    details.reject()


def test_agenda_enter_opens_details_too(window, qtbot):
    window.tabs.setCurrentIndex(1)
    item = window.agenda.occurrence_items()[1]
    window.agenda.itemActivated.emit(item, 0)
    qtbot.waitUntil(lambda: window.details is not None and window.details.isVisible())
    assert window.details.occ.chat.id == "ukedchat"
    window.details.reject()


def test_dropping_a_chat_saves_the_plan(window, qtbot, ctx, monkeypatch):
    details = open_edchat(window, qtbot)
    monkeypatch.setattr(details, "confirm_drop", lambda: True)
    details.drop_button.click()
    qtbot.waitUntil(lambda: not window.is_saving())
    assert [pc.id for pc in ctx.store.load_plan().chats] == ["ukedchat", "aussieed"]
    assert all(b.occurrence.chat.id != "edchat" for b in window.week_view.blocks())
    assert not details.isVisible()


def test_declining_the_drop_keeps_the_chat(window, qtbot, ctx, monkeypatch):
    details = open_edchat(window, qtbot)
    monkeypatch.setattr(details, "confirm_drop", lambda: False)
    details.drop_button.click()
    assert details.isVisible()
    assert len(ctx.store.load_plan().chats) == 3
    details.reject()


def test_changing_the_reminder_saves_it(window, qtbot, ctx):
    details = open_edchat(window, qtbot)
    details.reminder.setValue(30)
    details.save()
    qtbot.waitUntil(lambda: not window.is_saving())
    saved = {pc.id: pc.reminder_minutes for pc in ctx.store.load_plan().chats}
    assert saved == {"edchat": 30, "ukedchat": None, "aussieed": None}


def test_own_chats_can_have_their_own_reminder_too(window, qtbot, ctx):
    occ = next(b.occurrence for b in window.week_view.blocks() if b.occurrence.chat.id == "aussieed")
    assert next(pc for pc in ctx.plan.chats if pc.id == "aussieed").custom is not None  # added by the user
    window.open_details(occ)
    assert window.details.reminder.isEnabled()
    window.details.reminder.setValue(40)
    window.details.save()
    qtbot.waitUntil(lambda: not window.is_saving())
    saved = next(pc for pc in ctx.store.load_plan().chats if pc.id == "aussieed")
    assert saved.reminder_minutes == 40 and saved.custom is not None


def test_a_failed_save_is_said_plainly_and_the_view_goes_back(window, qtbot, ctx, monkeypatch):
    from plnonboard.services.store import StoreError

    def broken(plan, **_how):
        raise StoreError("The disk is full.")

    monkeypatch.setattr(ctx.store, "save_plan", broken)  # raised on the store's thread
    details = open_edchat(window, qtbot)
    monkeypatch.setattr(details, "confirm_drop", lambda: True)
    details.drop_button.click()
    qtbot.waitUntil(lambda: not window.is_saving())
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "The disk is full." in boxes[-1].text()
    assert any(b.occurrence.chat.id == "edchat" for b in window.week_view.blocks())
    boxes[-1].close()


def test_edit_plan_asks_for_the_wizard(window, qtbot):
    with qtbot.waitSignal(window.editPlanRequested):
        window.commands.edit_plan.trigger()


def test_about_names_the_version(window):
    box = window.show_about()
    assert __version__ in box.text()
    box.close()


def test_export_calls_the_export_module(qtbot, ctx, monkeypatch):
    from plnonboard.ui import export_actions

    calls = []
    monkeypatch.setattr(export_actions, "export_calendar",
                        lambda parent, c, plan: calls.append(("ics", parent, c, plan)))
    monkeypatch.setattr(export_actions, "export_starter_list",
                        lambda parent, c, plan: calls.append(("starter", parent, c, plan)))
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    assert w.commands.export_calendar.isEnabled()
    w.commands.export_calendar.trigger()
    w.commands.export_starter.trigger()
    assert [(k, p, c) for k, p, c, _ in calls] == [("ics", w, ctx), ("starter", w, ctx)]
    assert [pc.id for pc in calls[0][3].chats] == ["edchat", "ukedchat", "aussieed"]


def test_import_calls_the_import_module(qtbot, ctx, monkeypatch):
    from plnonboard.ui import import_dialog

    calls = []
    monkeypatch.setattr(import_dialog, "run_import", lambda parent, c, plan: calls.append((parent, c, plan)))
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    assert w.toolbar.actions()[-1] is w.commands.import_feeds  # always on the toolbar
    w.commands.import_feeds.trigger()
    assert [(p, c) for p, c, _ in calls] == [(w, ctx)]


def test_a_broken_export_module_is_an_error_not_missing(qtbot, ctx, monkeypatch):
    """A real ImportError in the export code surfaces; it used to read "not available in this version"."""
    monkeypatch.setitem(sys.modules, "plnonboard.ui.export_actions", None)  # importing it raises ImportError
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    assert w.commands.export_calendar.isEnabled()
    with pytest.raises(ImportError):
        w.export_calendar()


def test_geometry_and_last_view_are_remembered(qtbot, ctx):
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(790, 560)  # the offscreen screen is 800x600; restore clamps to it
    first.tabs.setCurrentIndex(1)
    first.close()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.tabs.currentIndex() == 1
    assert second.commands.show_agenda.isChecked()
    assert (second.width(), second.height()) == (790, 560)


def test_plan_with_unknown_chat_shows_a_message_not_a_traceback(qtbot, ctx):
    broken = sample_plan()
    broken.chats.append(PlanChat("nosuchchat"))
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show_plan(broken)
    assert not w.problem.isHidden()
    assert "nosuchchat" in w.problem.text()
    assert w.week_view.blocks() == []


def test_a_week_of_hundreds_of_chats_is_worked_out_off_the_gui_thread(qtbot, window):
    """Issue 14 item 6: the window computed the week on the GUI thread, so a 2,000-chat calendar
    froze it. A large plan's week now arrives from a worker; until then the window stays usable."""
    from plnonboard.ui.mainwindow import WEEK_ON_GUI_THREAD

    before = window.report
    many = [make_chat(f"#bulk{i}", "wed", "19:00", "Europe/London") for i in range(WEEK_ON_GUI_THREAD + 50)]
    plan = sample_plan()
    plan.chats += [PlanChat(c.id, custom=c) for c in many]
    window.show_plan(plan)
    assert window.report is before  # show_plan returned without working the week out
    assert window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.report is not before, timeout=30_000)
    assert len(window.report.occurrences) == len(plan.chats)
    assert not window.statusBar().currentMessage()
    blocks = [b for b in window.week_view.blocks() if b.occurrence.chat.id.startswith("bulk")]
    assert len(blocks) == len(many)
    # a newer week asked for while a worker runs wins over that worker's (older) answer
    window.show_plan(plan)
    task = window._week_task
    window.show_plan(sample_plan())
    assert len(window.report.occurrences) == 3
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert len(window.report.occurrences) == 3
