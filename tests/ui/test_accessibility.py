"""Keyboard and screen-reader access: Tab reaches every control in a sensible order, each has a
name, mnemonics do not collide, the wizard and the main window work with the keyboard alone, and
the agenda says in words what the week grid draws."""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTabBar,
    QWidget,
    QWizard,
)

from plnonboard.core.directory import Directory
from plnonboard.tools.personas import ana
from plnonboard.ui import weektext as wt
from plnonboard.ui.agenda import OCC_ROLE
from plnonboard.ui.context import AppContext
from plnonboard.ui.mainwindow import MainWindow
from plnonboard.ui.weekview import WeekView
from plnonboard.ui.wizard import PageId
from tests.ui.test_mainwindow import CHATS, sample_plan
from tests.ui.test_mainwindow import TODAY as MAIN_TODAY
from tests.ui.wizard_support import go_to, open_wizard, shipped_ctx

Key = Qt.Key
Alt = Qt.KeyboardModifier.AltModifier
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox)


# -- the walker ---------------------------------------------------------------------------------

def activate(qtbot, window: QWidget) -> None:
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def focus_chain(qtbot, window: QWidget, limit: int = 300) -> list[QWidget]:
    """Press Tab as a user would, from whatever has the focus, until the focus comes back round;
    the distinct widgets in the order they first got the focus."""
    activate(qtbot, window)
    if QApplication.focusWidget() is None:
        qtbot.keyClick(window, Key.Key_Tab)
    start = QApplication.focusWidget()
    assert start is not None, "nothing in the window takes the focus"
    seen = [start]
    left = False  # the week grid keeps Tab while it walks its chats: wait until the focus has left it
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is start and left:
            return seen
        left = left or widget is not start
        if widget not in seen:
            seen.append(widget)
            # A scrolled page must bring the focused control into view.
            assert not widget.visibleRegion().isEmpty(), f"{describe(widget)} has the focus but is scrolled away"
    raise AssertionError(f"Tab never came back round to {start!r}")


def tab_stops(window: QWidget) -> list[QWidget]:
    """What Tab should reach: visible, enabled widgets whose focus policy takes Tab."""
    out = []
    for w in window.findChildren(QWidget):
        tab = w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        if tab and w.isVisible() and w.isEnabled() and w.focusProxy() is None and w.window() is window:
            out.append(w)
    return out


def radio_group(button: QRadioButton) -> list[QWidget]:
    """Qt's Tab stops on one radio button of an exclusive group; the arrows move inside it."""
    for group in button.findChildren(QButtonGroup) + button.window().findChildren(QButtonGroup):
        if button in group.buttons():
            return list(group.buttons())
    if button.autoExclusive():
        return [w for w in button.parentWidget().children() if isinstance(w, QRadioButton)]
    return [button]


def buddy_label(widget: QWidget) -> QLabel | None:
    return next((lab for lab in widget.window().findChildren(QLabel) if lab.buddy() is widget), None)


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces: the accessible name, else a button's text, else the buddy."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text().replace("&", "").strip()
    label = buddy_label(widget)
    return label.text().replace("&", "").strip() if label is not None else ""


def describe(w: QWidget) -> str:
    return f"{type(w).__name__}({spoken_name(w)!r}, objectName={w.objectName()!r})"


def is_window_button(w: QWidget) -> bool:
    """The wizard's Back/Next/Cancel and a dialog's button box: they come last, by design."""
    if w.objectName().startswith(("__qt__passive_wizardbutton", "qt_wizard_")):
        return True
    parent = w.parentWidget()
    return isinstance(parent, QDialogButtonBox)


def top_left(w: QWidget):
    return w.mapTo(w.window(), w.rect().topLeft())


def assert_reading_order(chain: list[QWidget]) -> None:
    """Each stop is below the previous one (a little slack for a row of mixed heights) or to the
    right of it (the next field in a row, or the top of the next column); window buttons come last."""
    body = [w for w in chain if not is_window_button(w)]
    tail = chain[len(body):]
    assert all(is_window_button(w) for w in tail), \
        "window buttons in the middle: " + ", ".join(map(describe, chain))
    for a, b in pairwise(body):
        pa, pb = top_left(a), top_left(b)
        below = pb.y() >= pa.y() - 8
        right = pb.x() >= pa.x() + a.width() - 4
        assert below or right, f"{describe(b)} at {pb.toTuple()} comes after {describe(a)} at {pa.toTuple()}"


def check_window(qtbot, window: QWidget) -> list[QWidget]:
    chain = focus_chain(qtbot, window)
    reached = set(chain)
    missing = []
    for w in tab_stops(window):
        group = radio_group(w) if isinstance(w, QRadioButton) else [w]
        if not reached.intersection(group):
            missing.append(describe(w))
    assert not missing, "Tab never reaches: " + ", ".join(missing)
    nameless = [describe(w) for w in chain if not spoken_name(w)]
    assert not nameless, "no accessible name: " + ", ".join(nameless)
    assert_reading_order(chain)
    return chain


MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonics(window: QWidget) -> list[tuple[str, str]]:
    found = []
    texts = [lab.text() for lab in window.findChildren(QLabel) if lab.isVisible() and lab.buddy() is not None]
    texts += [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()]
    texts += [g.title() for g in window.findChildren(QGroupBox) if g.isVisible()]
    for text in texts:
        m = MNEMONIC.search(text)
        if m:
            found.append((m.group(1).lower(), text))
    return found


def assert_mnemonics(window: QWidget) -> None:
    letters: dict[str, list[str]] = {}
    for letter, text in mnemonics(window):
        letters.setdefault(letter, []).append(text)
    clashes = {k: v for k, v in letters.items() if len(v) > 1}
    assert not clashes, f"Alt+letter used twice: {clashes}"
    # Every text field, list box and spin box can be jumped to: a buddy label with a mnemonic,
    # or a group box with one around it.
    for w in window.findChildren(QWidget):
        if not (isinstance(w, INPUTS) and w.isVisible() and w.isEnabled() and w.focusProxy() is None):
            continue
        if isinstance(w.parentWidget(), INPUTS):
            continue  # a combo box's own line edit
        label = buddy_label(w)
        boxes = [g for g in _ancestors(w) if isinstance(g, QGroupBox)]
        ok = (label is not None and MNEMONIC.search(label.text())) or any(MNEMONIC.search(g.title()) for g in boxes)
        assert ok, f"{describe(w)} has no Alt+letter route"


def _ancestors(w: QWidget):
    while w is not None:
        w = w.parentWidget()
        yield w


# -- the wizard ---------------------------------------------------------------------------------

@pytest.fixture
def wizard(qtbot, isolated_data_dir):
    ctx = shipped_ctx(isolated_data_dir)
    wiz = open_wizard(qtbot, ctx, ana())  # Ana's answers: every page has content
    wiz.resize(1100, 720)
    return wiz


@pytest.mark.parametrize("page_id", list(PageId))
def test_every_wizard_page_is_reachable_named_and_in_order(qtbot, wizard, page_id):
    go_to(wizard, page_id)
    page = wizard.currentPage()
    chain = check_window(qtbot, wizard)
    assert any(page.isAncestorOf(w) for w in chain) or page_id == PageId.WELCOME
    assert_mnemonics(wizard)
    assert wizard.button(QWizard.WizardButton.CancelButton) in chain  # Escape's twin, by Tab too


def test_boundaries_page_in_one_column_keeps_reading_order(qtbot, wizard):
    wizard.resize(800, 600)
    go_to(wizard, PageId.BOUNDARIES)
    check_window(qtbot, wizard)


def test_whole_wizard_with_the_keyboard_alone(qtbot, isolated_data_dir):
    ctx = shipped_ctx(isolated_data_dir)
    wiz = open_wizard(qtbot, ctx)
    activate(qtbot, wiz)

    def press(key, modifier=Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(QApplication.focusWidget() or wiz, key, modifier)

    def type_text(text):
        qtbot.keyClicks(QApplication.focusWidget(), text)

    def tab_to(widget, limit=120):
        for _ in range(limit):
            if QApplication.focusWidget() is widget:
                return
            press(Key.Key_Tab)
        raise AssertionError(f"Tab never reached {describe(widget)}")

    def next_page(page_id):
        press(Key.Key_N, Alt)  # "&Next >": a mnemonic clicks its button a moment later (animateClick)
        qtbot.waitUntil(lambda: wiz.currentId() == page_id, timeout=2000)

    press(Key.Key_Return)  # Welcome: Enter is Next
    assert wiz.currentId() == PageId.ABOUT
    about = wiz.currentPage()
    assert QApplication.focusWidget() is about.name
    type_text("Ana")
    press(Key.Key_R, Alt)
    assert QApplication.focusWidget() is about.role
    press(Key.Key_Down)
    press(Key.Key_S, Alt)
    assert QApplication.focusWidget() is about.subjects
    type_text("Math")  # type-ahead finds "Mathematics"
    press(Key.Key_Space)
    press(Key.Key_G, Alt)
    tab_to(about.bands["middle"])
    press(Key.Key_Space)
    press(Key.Key_P, Alt)
    tab_to(about.platforms["bluesky"])
    press(Key.Key_Space)
    p = wiz.draft.profile
    assert (p.name, p.role, p.subjects, p.grade_bands, p.platforms) == (
        "Ana", "new-teacher", ["math"], ["middle"], ["bluesky"])
    next_page(PageId.BOUNDARIES)

    bounds = wiz.currentPage()
    press(Key.Key_M, Alt)
    assert QApplication.focusWidget() is bounds.minutes
    press(Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("90")
    for box in bounds.privacy:
        tab_to(box)
        press(Key.Key_Space)
    assert wiz.draft.boundaries.weekly_minutes == 90 and wiz.draft.boundaries.privacy_acknowledged
    next_page(PageId.CHATS)

    chats = wiz.currentPage()
    press(Key.Key_E, Alt)
    assert QApplication.focusWidget() is chats.search
    type_text("ukedchat")
    press(Key.Key_R, Alt)  # "&Running only" is on by default; #ukedchat was last seen years ago
    qtbot.waitUntil(lambda: not chats.running_only.isChecked(), timeout=2000)
    tab_to(chats.table)
    press(Key.Key_Home)
    press(Key.Key_Space)
    assert wiz.draft.chat_ids() == ["ukedchat"]
    next_page(PageId.FOLLOWS)
    next_page(PageId.IMPORT)
    next_page(PageId.SUMMARY)

    assert ctx.store.load_plan() is None
    with qtbot.waitSignal(wiz.planSaved, timeout=5000):
        press(Key.Key_S, Alt)  # "&Save plan"
    stored = ctx.store.load_plan()
    assert stored is not None and stored.chat_ids() == ["ukedchat"]
    assert stored.profile.subjects == ["math"] and stored.boundaries.weekly_minutes == 90
    qtbot.waitUntil(lambda: wiz.is_saved())
    press(Key.Key_Escape)  # nothing unsaved: Escape closes without asking
    assert not wiz.isVisible()


# -- the main window and its dialogs -------------------------------------------------------------

@pytest.fixture
def main(qtbot, tmp_path):
    ctx = AppContext.load(tmp_path / "data", system_zone="America/Chicago", today=lambda: MAIN_TODAY)
    ctx.directory = Directory().with_chats(CHATS[:2])
    ctx.save_plan(sample_plan())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    ctx.store.close()


@pytest.mark.parametrize("tab", [0, 1])
def test_main_window_is_reachable_named_and_in_order(qtbot, main, tab):
    main.tabs.setCurrentIndex(tab)
    chain = check_window(qtbot, main)
    assert (main.week_view if tab == 0 else main.agenda) in chain
    assert main.nav.date_edit in chain
    assert_mnemonics(main)


def test_chat_details_dialog_is_reachable_named_and_in_order(qtbot, main):
    main.open_details(main.report.occurrences[0])
    dialog = main.details
    qtbot.waitExposed(dialog)
    chain = check_window(qtbot, dialog)
    assert dialog.reminder in chain
    assert_mnemonics(dialog)


def test_import_dialog_is_reachable_named_and_in_order(qtbot, main):
    from plnonboard.ui.import_dialog import ImportDialog

    dialog = ImportDialog(main.ctx, main.plan, main)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    chain = check_window(qtbot, dialog)
    assert dialog.panel.source in chain and dialog.panel.results in chain
    assert_mnemonics(dialog)


def test_follow_dialog_is_reachable_named_and_in_order(qtbot, main):
    from plnonboard.ui.follow_dialog import FollowDialog

    dialog = FollowDialog(main.ctx, main.plan, main)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    chain = check_window(qtbot, dialog)
    assert dialog.handle in chain and dialog.app_password in chain and dialog.preview_button in chain
    assert_mnemonics(dialog)
    dialog.mastodon_radio.setChecked(True)
    chain = check_window(qtbot, dialog)
    assert dialog.server in chain and dialog.token in chain


def test_add_chat_dialog_is_reachable_named_and_in_order(qtbot, main):
    from plnonboard.ui.wizard.add_chat_dialog import AddChatDialog

    dialog = AddChatDialog("Europe/London", set(), MAIN_TODAY, main)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.frequency.setCurrentIndex(dialog.frequency.findData("every_n_weeks:2"))  # the date field too
    chain = check_window(qtbot, dialog)
    assert dialog.anchor in chain
    assert_mnemonics(dialog)
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Escape)
    assert not dialog.isVisible()


def test_main_window_by_keyboard_weeks_details_and_back(qtbot, main):
    activate(qtbot, main)
    monday = main.report.monday
    qtbot.keyClick(QApplication.focusWidget() or main, Key.Key_Left, Alt)
    assert main.report.monday == monday - dt.timedelta(days=7)
    qtbot.keyClick(QApplication.focusWidget() or main, Key.Key_Right, Alt)
    qtbot.keyClick(QApplication.focusWidget() or main, Key.Key_Right, Alt)
    assert main.report.monday == monday + dt.timedelta(days=7)
    qtbot.keyClick(QApplication.focusWidget() or main, Key.Key_Home, Alt)
    assert main.report.monday == monday

    for _ in range(20):
        if QApplication.focusWidget() is main.week_view:
            break
        qtbot.keyClick(QApplication.focusWidget() or main, Key.Key_Tab)
    assert QApplication.focusWidget() is main.week_view
    first = main.week_view.current_occurrence()
    assert first is not None
    qtbot.keyClick(main.week_view, Key.Key_Down)
    second = main.week_view.current_occurrence()
    assert second.key != first.key
    qtbot.keyClick(main.week_view, Key.Key_Return)
    assert main.details is not None
    qtbot.waitExposed(main.details)
    assert main.details.occ.key == second.key
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main.details)
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Escape)
    qtbot.waitUntil(lambda: not main.details.isVisible())
    activate(qtbot, main)  # the offscreen platform does not hand activation back by itself

    qtbot.keyClick(QApplication.focusWidget() or main, Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main.tabs.currentWidget() is main.agenda


def test_agenda_lists_the_same_sessions_as_the_grid_in_words(main):
    grid = {b.occurrence.key for b in main.week_view.blocks()}
    items = main.agenda.occurrence_items()
    assert grid and {it.data(0, OCC_ROLE).key for it in items} == grid
    zone = main.zone
    for item in items:
        occ = item.data(0, OCC_ROLE)
        spoken = item.data(0, Qt.ItemDataRole.AccessibleTextRole)
        start = occ.start_in(zone)
        assert wt.fmt_day(start.date()) in spoken  # the day, not only the heading row above it
        assert wt.fmt_time(start) in spoken and occ.chat.hashtag in spoken
        for conflict in main.report.conflicts_for(occ):
            assert wt.conflict_text(conflict, occ) in spoken
    assert any(main.report.conflicts_for(it.data(0, OCC_ROLE)) for it in items)  # the check above ran


def test_week_view_description_names_the_selected_chat_and_time(main):
    view: WeekView = main.week_view
    for index, occ in enumerate(view.occurrences()):
        view.set_current(index)
        text = view.accessibleDescription()
        assert occ.chat.hashtag in text
        assert wt.fmt_time(occ.start_in(main.zone)) in text


# -- message boxes ------------------------------------------------------------------------------

UI = Path(__file__).resolve().parents[2] / "plnonboard" / "ui"


def test_message_boxes_are_plain_text():
    """Static QMessageBox helpers cannot be told to use plain text; every box is built and set so."""
    for path in UI.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        static = re.findall(r"QMessageBox\.(question|warning|information|critical|about)\(", source)
        assert not static, f"{path.name}: QMessageBox.{static[0]}() shows rich text"
        built = len(re.findall(r"QMessageBox\(", source))
        plain = len(re.findall(r"\.setTextFormat\((Qt\.TextFormat\.PlainText|_?plain_text\(\))\)", source))
        assert plain >= built, f"{path.name}: {built} message boxes, {plain} set to plain text"


def test_discard_question_is_plain_text(qtbot, isolated_data_dir, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from plnonboard.ui.wizard import SetupWizard

    ctx = shipped_ctx(isolated_data_dir)
    wiz = SetupWizard(ctx)
    qtbot.addWidget(wiz)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or QMessageBox.StandardButton.Cancel)
    assert SetupWizard.confirm_discard(wiz) is False
    assert shown and shown[0].textFormat() == Qt.TextFormat.PlainText
    assert shown[0].defaultButton() is shown[0].button(QMessageBox.StandardButton.Cancel)


def test_dialogs_close_with_escape(qtbot, main):
    main.open_details(main.report.occurrences[0])
    dialog: QDialog = main.details
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Escape)
    assert not dialog.isVisible()


def test_tab_bar_is_named(main):
    bar = main.tabs.findChild(QTabBar)
    assert bar.accessibleName()
    assert all(bar.tabText(i) for i in range(bar.count()))


def test_item_views_have_names(qtbot, wizard):
    for page_id in list(PageId):
        go_to(wizard, page_id)
    views = [v for v in wizard.findChildren(QAbstractItemView)
             if v.focusPolicy() != Qt.FocusPolicy.NoFocus and v.window() is wizard]  # not combo pop-ups
    assert len(views) >= 4  # subjects, chats, follows, import results
    assert [describe(v) for v in views if not v.accessibleName()] == []
