"""The whole setup wizard driven like a teacher would: keyboard and mouse, then Save."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from plnonboard.ui.wizard import PageId
from plnonboard.ui.wizard.chat_model import OLDER
from tests.ui.wizard_support import click, open_wizard, shipped_ctx

Key = Qt.Key
Next = QWizard.WizardButton.NextButton
Finish = QWizard.WizardButton.FinishButton


def test_first_run_by_keyboard_and_mouse_saves_the_plan(qtbot, isolated_data_dir):
    ctx = shipped_ctx(isolated_data_dir)
    assert len(ctx.directory) >= 45
    wizard = open_wizard(qtbot, ctx)
    assert wizard.currentId() == PageId.WELCOME
    qtbot.keyClick(wizard.currentPage(), Key.Key_Return)  # Enter is Next
    assert wizard.currentId() == PageId.ABOUT

    about = wizard.currentPage()
    assert about.zone.zone() == "America/Chicago"  # starts on the computer's zone
    about.name.setFocus()
    qtbot.keyClicks(about.name, "Ana")
    about.subjects.setFocus()
    for row in range(about.subjects.count()):
        if about.subjects.item(row).data(Qt.ItemDataRole.UserRole) == "math":
            about.subjects.setCurrentRow(row)
    qtbot.keyClick(about.subjects, Key.Key_Space)  # Space ticks the current subject
    qtbot.mouseClick(about.bands["middle"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(about.platforms["bluesky"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(about.role, Key.Key_Down)  # second role: new or pre-service teacher
    assert wizard.draft.profile.subjects == ["math"]
    assert wizard.draft.profile.role == "new-teacher"
    click(qtbot, wizard, Next)
    assert wizard.currentId() == PageId.BOUNDARIES

    bounds = wizard.currentPage()
    assert not wizard.button(Next).isEnabled()  # privacy checklist first
    for box in bounds.privacy:
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().topLeft() + box.rect().center() / 4)
    assert all(box.isChecked() for box in bounds.privacy)
    assert wizard.button(Next).isEnabled()
    bounds.minutes.setFocus()
    bounds.minutes.selectAll()
    qtbot.keyClicks(bounds.minutes, "90")
    qtbot.mouseClick(bounds.protected[5], Qt.MouseButton.LeftButton)  # Saturday
    assert wizard.draft.boundaries.weekly_minutes == 90
    assert wizard.draft.boundaries.protected_days == [5]
    click(qtbot, wizard, Next)
    assert wizard.currentId() == PageId.CHATS

    chats = wizard.currentPage()
    table = chats.table
    # "Running only" is on: every entry in view is running as of today, or already ticked; only
    # running chats (and communities) were ticked for her.
    assert chats.running_only.isChecked()
    assert all(chats.model.entry(cid).running or cid in chats.model.checked for cid in chats.shown_ids())
    seeded_chats, seeded_communities = wizard.draft.chat_ids(), list(wizard.draft.communities)
    assert all(chats.model.entry(cid).running for cid in seeded_chats)
    assert all("bluesky" in chats.model.entry(cid).chat.platforms for cid in seeded_chats + seeded_communities)
    chats.running_only.setChecked(False)
    assert len(chats.shown_ids()) >= 45
    older = [cid for cid in chats.shown_ids() if chats.model.entry(cid).section == OLDER]
    first_id = older[0]
    index = chats.proxy.mapFromSource(chats.model.index(chats.model.row_for(first_id), 2))
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Key.Key_Space)  # Space ticks the row from any column
    assert first_id in wizard.draft.chat_ids()
    n = len(seeded_chats) + 1
    assert chats.bar.text().startswith(f"{n} chat{'s' if n != 1 else ''} ·")
    qtbot.keyClick(table, Key.Key_Space)
    assert first_id not in wizard.draft.chat_ids()
    qtbot.keyClick(table, Key.Key_Space)
    click(qtbot, wizard, Next)
    assert wizard.currentId() == PageId.FOLLOWS

    follows = wizard.currentPage()
    assert follows.list.topLevelItemCount() > 0
    assert any(f.address.startswith("#") for f in wizard.draft.follows)  # a chosen chat's or community's hashtag
    assert all(f.platform in ("bluesky", "web") for f in wizard.draft.follows)  # ticked only where she is
    first = next(it for it in follows.items() if it.checkState(0) == Qt.CheckState.Checked)
    follows.list.setFocus()
    follows.list.setCurrentItem(first, 0)
    ticked = len(wizard.draft.follows)
    qtbot.keyClick(follows.list, Key.Key_Space)  # Space unticks a suggestion
    assert first.checkState(0) == Qt.CheckState.Unchecked and len(wizard.draft.follows) == ticked - 1
    qtbot.keyClick(follows.list, Key.Key_Space)
    assert len(wizard.draft.follows) == ticked
    follows.platform.setCurrentIndex(follows.platform.findData("mastodon"))
    follows.address.setFocus()
    qtbot.keyClicks(follows.address, "ana@math")
    qtbot.keyClick(follows.address, Key.Key_Return)  # Enter adds here; it must not leave the page
    assert wizard.currentId() == PageId.FOLLOWS
    assert follows.error.isVisibleTo(follows) and "Mastodon" in follows.error.text()
    follows.address.clear()
    qtbot.keyClicks(follows.address, "@ana@mathstodon.xyz")
    qtbot.keyClicks(follows.note, "my colleague")
    qtbot.keyClick(follows.note, Key.Key_Return)
    assert not follows.error.isVisibleTo(follows)
    own = [f for f in wizard.draft.follows if f.address == "@ana@mathstodon.xyz"]
    assert own and own[0].note == "my colleague"
    click(qtbot, wizard, Next)
    assert wizard.currentId() == PageId.IMPORT  # optional: with nothing fetched, Next just goes on
    click(qtbot, wizard, Next)
    assert wizard.currentId() == PageId.SUMMARY

    summary = wizard.currentPage()
    assert summary.week.report is not None
    assert ctx.store.load_plan() is None  # nothing saved before Save
    assert wizard.buttonText(Finish) == "&Save plan"
    with qtbot.waitSignal(wizard.planSaved, timeout=5000) as blocker:
        click(qtbot, wizard, Finish)
    saved = blocker.args[0]
    stored = ctx.store.load_plan()
    assert stored == saved
    assert stored.profile.name == "Ana"
    assert stored.profile.time_zone == "America/Chicago"
    assert stored.profile.subjects == ["math"] and stored.profile.grade_bands == ["middle"]
    assert stored.boundaries.weekly_minutes == 90 and stored.boundaries.privacy_acknowledged
    assert stored.chat_ids() == seeded_chats + [first_id]
    assert stored.communities == seeded_communities
    assert ("mastodon", "@ana@mathstodon.xyz") in [(f.platform, f.address) for f in stored.follows]
    qtbot.waitUntil(lambda: summary.saved_box.isVisibleTo(summary))
    assert wizard.buttonText(Finish) == "&Close"
    assert summary.calendar_button is not None and summary.starter_button is not None  # exports offered
    click(qtbot, wizard, Finish)
    assert not wizard.isVisible()
    assert wizard.result() == QWizard.DialogCode.Accepted


def test_escape_on_a_fresh_wizard_closes_without_asking(qtbot, isolated_data_dir):
    ctx = shipped_ctx(isolated_data_dir)
    wizard = open_wizard(qtbot, ctx)
    asked = []
    wizard.confirm_discard = lambda: asked.append(1) or True
    qtbot.keyClick(wizard.currentPage(), Key.Key_Escape)
    assert not wizard.isVisible() and asked == []
    assert ctx.store.load_plan() is None


def test_mnemonics_move_focus(qtbot, isolated_data_dir):
    ctx = shipped_ctx(isolated_data_dir)
    wizard = open_wizard(qtbot, ctx)
    wizard.next()
    about = wizard.currentPage()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    assert about.name.hasFocus()  # the first field, not the scroll area around it
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert about.zone.hasFocus() or about.zone.lineEdit().hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert about.subjects.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert about.platforms["x"].hasFocus()


def test_after_save_only_close_and_exports_remain_and_the_week_opens_in_front(qtbot, isolated_data_dir):
    """First run: Save leaves no live Back/Cancel; Close opens the week, which never sits behind the wizard."""
    from plnonboard.ui.launch import AppController
    from tests.ui.wizard_support import go_to, small_ctx

    controller = AppController(small_ctx(isolated_data_dir))
    controller.start()
    wizard = controller.wizard
    qtbot.addWidget(wizard)
    qtbot.waitExposed(wizard)
    go_to(wizard, PageId.BOUNDARIES)
    page = wizard.currentPage()
    for box in page.privacy:
        box.setChecked(True)
    go_to(wizard, PageId.SUMMARY)
    with qtbot.waitSignal(wizard.planSaved, timeout=5000):
        click(qtbot, wizard, Finish)
    qtbot.waitUntil(wizard.is_saved)
    assert controller.main_window is None  # not yet: it would open behind the wizard
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    assert wizard.button(Finish).isVisible() and wizard.buttonText(Finish) == "&Close"
    click(qtbot, wizard, Finish)
    qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible())
    qtbot.addWidget(controller.main_window)
    assert not wizard.isVisible()
