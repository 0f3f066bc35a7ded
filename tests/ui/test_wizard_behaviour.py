"""What the wizard promises: answers survive Back/Next, the saved plan is untouched until Save,
Cancel asks first, a second run starts from the saved plan, untrusted text stays plain."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractSpinBox, QCheckBox, QComboBox, QLabel, QLineEdit, QListWidget, QRadioButton,
                               QTableView, QTreeWidget, QWidget, QWizard)

from plnonboard.core.model import Plan, Profile
from plnonboard.tools.personas import ana
from plnonboard.ui.wizard import PageId
from tests.ui.wizard_support import go_to, open_wizard, shipped_ctx, small_ctx

Finish = QWizard.WizardButton.FinishButton


def test_back_and_next_keep_every_answer(qtbot, isolated_data_dir):
    wizard = open_wizard(qtbot, small_ctx(isolated_data_dir))
    go_to(wizard, PageId.ABOUT)
    about = wizard.currentPage()
    about.name.setText("Tom")
    about.platforms["x"].setChecked(True)
    about.zone.setZone("Europe/London")
    wizard.next()
    bounds = wizard.currentPage()
    bounds.minutes.setValue(60)
    bounds.single.setChecked(True)
    wizard.back()
    assert about.name.text() == "Tom" and about.platforms["x"].isChecked()
    assert about.zone.zone() == "Europe/London"
    wizard.next()
    assert bounds.minutes.value() == 60 and bounds.single.isChecked()
    wizard.next()
    wizard.currentPage().set_checked("ukchat", True)
    wizard.back()
    wizard.back()
    wizard.next()
    wizard.next()
    assert wizard.draft.chat_ids() == ["ukchat"]
    assert wizard.currentPage().model.checked == {"ukchat"}
    assert wizard.draft.profile.name == "Tom" and wizard.draft.boundaries.accounts == "single"


def test_changing_boundaries_rechecks_chosen_chats_at_once(qtbot, isolated_data_dir):
    plan = Plan(profile=Profile(time_zone="America/Chicago"))
    plan.boundaries.weekly_minutes = 500
    wizard = open_wizard(qtbot, small_ctx(isolated_data_dir), plan)
    go_to(wizard, PageId.CHATS)
    chats = wizard.currentPage()
    chats.set_checked("earlybird", True)  # Saturday 09:00 Chicago
    assert "0 clashes" in chats.bar.text()
    wizard.back()
    bounds = wizard.currentPage()
    assert "fit" in bounds.recheck.text()
    bounds.protected[5].setChecked(True)  # Saturday protected: the chosen chat now clashes
    assert "#earlybird" in bounds.recheck.text() and "Saturday" in bounds.recheck.text()
    wizard.next()
    assert "1 clash" in chats.bar.text()
    assert "#earlybird" in chats.clashes.text()


def test_fits_only_and_other_filters(qtbot, isolated_data_dir):
    plan = Plan(profile=Profile(time_zone="America/Chicago"))
    plan.boundaries.protected_days = [5]
    wizard = open_wizard(qtbot, small_ctx(isolated_data_dir), plan)
    go_to(wizard, PageId.CHATS)
    page = wizard.currentPage()

    def shown():
        return set(page.shown_ids())

    assert page.running_only.isChecked() and shown() == {"mathlate"}  # the others were last seen in 2016
    assert "2 more" in page.note.text()
    page.running_only.setChecked(False)
    assert shown() == {"mathlate", "earlybird", "ukchat"}
    page.fits_only.setChecked(True)
    assert "earlybird" not in shown()
    page.fits_only.setChecked(False)
    page.search.setText("math")
    assert shown() == {"mathlate"}
    page.search.clear()
    page.day.setCurrentIndex(page.day.findData(1))  # Tuesday in Chicago
    assert shown() == {"mathlate"}
    page.day.setCurrentIndex(0)
    page.subject.setCurrentIndex(page.subject.findData("general"))
    assert shown() == {"earlybird", "ukchat"}


def test_search_matches_words_not_insides_and_details_follow_the_filter(qtbot, isolated_data_dir):
    from plnonboard.core.directory import Directory
    from tests.conftest import make_chat

    ctx = small_ctx(isolated_data_dir)
    ctx.directory = Directory({c.id: c for c in [
        make_chat("#irishedchat", "mon", "20:00", "Europe/Dublin", description="Teachers across Ireland."),
        make_chat("#2ndaryELA", "tue", "20:00", "America/New_York", description="Secondary ELA teachers."),
        make_chat("#elemmathchat", "wed", "20:30", "America/New_York", description="Elementary maths.")]})
    wizard = open_wizard(qtbot, ctx, Plan(profile=Profile(time_zone="America/Chicago")))
    go_to(wizard, PageId.CHATS)
    page = wizard.currentPage()
    page.running_only.setChecked(False)  # these made-up chats have no evidence of running

    def shown():
        return set(page.shown_ids())

    page.search.setText("ELA")
    assert shown() == {"2ndaryela"}  # not #irishedchat ("Ireland") nor "Elementary"
    page.search.setText("math")
    assert shown() == {"elemmathchat"}  # inside a hashtag still counts: hashtags run words together
    page.search.setText("irel")
    assert shown() == {"irishedchat"}  # the start of a word
    current = page.table.currentIndex()
    assert current.isValid() and current.data(Qt.ItemDataRole.UserRole) == "irishedchat"
    assert page.details.heading.text().startswith("#irishedchat")
    page.search.setText("no such chat")
    assert shown() == set()
    assert not page.details.heading.text().startswith("#")  # the pane does not keep a filtered-out chat


def test_rows_show_the_users_time_and_the_hosts(qtbot, isolated_data_dir):
    wizard = open_wizard(qtbot, small_ctx(isolated_data_dir))
    go_to(wizard, PageId.CHATS)
    page = wizard.currentPage()
    row = page.model.rows[page.model.row_for("mathlate")]
    assert row.yours.startswith("Tue") and "20:00" in row.yours  # 21:00 New York is 20:00 Chicago
    assert "21:00" in row.theirs and "New York" in row.theirs
    assert "Not seen since 2016" in page.model.index(page.model.row_for("earlybird"), 0).data()


def test_saved_plan_untouched_until_save_and_cancel_asks(qtbot, isolated_data_dir):
    ctx = shipped_ctx(isolated_data_dir)
    ctx.save_plan(ana())
    wizard = open_wizard(qtbot, ctx, ctx.plan)
    go_to(wizard, PageId.ABOUT)
    wizard.currentPage().name.setText("Ana M.")
    go_to(wizard, PageId.SUMMARY)
    assert ctx.store.load_plan().profile.name == "Ana"
    asked = []
    wizard.confirm_discard = lambda: asked.append(1) or False  # "Cancel": stay
    wizard.reject()
    assert asked and wizard.isVisible()
    wizard.confirm_discard = lambda: True  # "Discard"
    wizard.close()
    assert not wizard.isVisible()
    assert ctx.store.load_plan().profile.name == "Ana"


def test_a_second_run_starts_from_the_saved_plan(qtbot, isolated_data_dir):
    ctx = shipped_ctx(isolated_data_dir)
    ctx.save_plan(ana())
    wizard = open_wizard(qtbot, ctx)  # no plan passed: the context's saved plan is used
    go_to(wizard, PageId.ABOUT)
    about = wizard.currentPage()
    assert about.name.text() == "Ana" and about.bands["middle"].isChecked()
    wizard.next()
    bounds = wizard.currentPage()
    assert bounds.minutes.value() == 120 and bounds.protected[5].isChecked()
    assert bounds.quiet.rows[6][0].isChecked() and not bounds.quiet.rows[4][0].isChecked()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # privacy already acknowledged
    wizard.next()
    assert wizard.currentPage().model.checked == set(ana().chat_ids())
    assert not wizard.is_dirty()


def test_save_failure_is_one_plain_message_and_keeps_the_draft(qtbot, isolated_data_dir, monkeypatch):
    ctx = small_ctx(isolated_data_dir)
    ctx.store = None
    wizard = open_wizard(qtbot, ctx)
    go_to(wizard, PageId.SUMMARY)
    shown = []
    monkeypatch.setattr("plnonboard.ui.wizard.QMessageBox.open", lambda box: shown.append(box.text()))
    with qtbot.assertNotEmitted(wizard.planSaved, wait=200):
        wizard.accept()
        qtbot.waitUntil(lambda: bool(shown))
    assert "could not be saved" in shown[0]
    assert wizard.isVisible() and wizard.button(Finish).isEnabled()


def test_add_custom_chat_joins_the_draft_and_the_plan(qtbot, isolated_data_dir):
    from plnonboard.core.directory import parse_chat

    ctx = small_ctx(isolated_data_dir)
    wizard = open_wizard(qtbot, ctx)
    go_to(wizard, PageId.CHATS)
    page = wizard.currentPage()
    chat = parse_chat({"hashtag": "#ourdistrict", "slots": [{"weekday": "wed", "start": "19:00",
                                                            "zone": "America/Chicago", "minutes": 30}]},
                      custom=True)
    page.add_custom_chat(chat)
    assert "ourdistrict" in wizard.draft.chat_ids()
    assert page.model.row_for("ourdistrict") >= 0
    assert "30 of" in page.bar.text()
    go_to(wizard, PageId.SUMMARY)
    with qtbot.waitSignal(wizard.planSaved, timeout=5000):
        wizard.accept()
    assert ctx.store.load_plan().chats[0].custom.hashtag == "#ourdistrict"


def test_untrusted_text_is_plain_and_inputs_have_names(qtbot, isolated_data_dir):
    wizard = open_wizard(qtbot, small_ctx(isolated_data_dir))
    go_to(wizard, PageId.CHATS)
    page = wizard.currentPage()
    row = page.model.row_for("mathlate")
    page.table.setCurrentIndex(page.proxy.mapFromSource(page.model.index(row, 0)))
    assert page.details.description.text() == "<b>bold?</b> a math chat"
    assert page.details.description.textFormat() == Qt.TextFormat.PlainText
    go_to(wizard, PageId.SUMMARY)
    inputs = (QLineEdit, QComboBox, QAbstractSpinBox, QCheckBox, QRadioButton, QListWidget, QTableView, QTreeWidget)
    for page_id in PageId:
        for widget in wizard.page(int(page_id)).findChildren(QWidget):
            if not isinstance(widget, inputs):
                continue
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
                continue  # the editor inside a combo or spin box; the outer widget carries the name
            assert widget.accessibleName(), f"{type(widget).__name__} on page {page_id.name} has no name"
    for label in wizard.findChildren(QLabel):
        if label.textFormat() != Qt.TextFormat.PlainText:
            assert "<" not in label.text(), label.text()


def test_summary_lists_every_clash_in_words(qtbot, isolated_data_dir):
    plan = Plan(profile=Profile(time_zone="America/Chicago"))
    plan.boundaries.weekly_minutes = 30
    plan.boundaries.protected_days = [5]
    wizard = open_wizard(qtbot, small_ctx(isolated_data_dir), plan)
    go_to(wizard, PageId.CHATS)
    wizard.currentPage().set_checked("earlybird", True)
    wizard.currentPage().set_checked("mathlate", True)
    go_to(wizard, PageId.SUMMARY)
    text = wizard.currentPage().clash_list.text()
    assert "#earlybird falls on Saturday" in text
    assert "90 min" in text and "30 min" in text  # over budget, in words
    assert wizard.currentPage().week.report.monday == dt.date(2026, 11, 23)


def test_source_links_open_only_through_the_safe_opener(qtbot, isolated_data_dir, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    opened = []
    monkeypatch.setattr("plnonboard.ui.wizard.chat_details.open_or_offer_copy",
                        lambda url, parent: opened.append(url) or True)
    wizard = open_wizard(qtbot, small_ctx(isolated_data_dir))
    go_to(wizard, PageId.CHATS)
    page = wizard.currentPage()
    page.running_only.setChecked(False)  # #ukchat was last seen in 2016
    row = page.model.row_for("ukchat")
    page.table.setCurrentIndex(page.proxy.mapFromSource(page.model.index(row, 1)))
    buttons = [b for b in page.details.findChildren(QPushButton) if b.isVisibleTo(page.details)]
    assert buttons
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert opened == ["https://example.org/source"]


@pytest.mark.parametrize("zone, word, absent", [("America/Chicago", "principal", "head teacher"),
                                                ("Europe/London", "head teacher", "principal"),
                                                ("Asia/Tokyo", "school's leaders", "principal")])
def test_accounts_offer_only_personal_and_name_the_leader_as_said_there(qtbot, isolated_data_dir, zone, word,
                                                                         absent):
    from plnonboard.core.planfile import dump_plan, parse_plan_text

    ctx = shipped_ctx(isolated_data_dir)
    plan = ana()
    plan.profile.time_zone = zone
    wizard = open_wizard(qtbot, ctx, plan)
    go_to(wizard, PageId.BOUNDARIES)
    page = wizard.currentPage()
    hints = page.single_hint.text() + page.personal_hint.text()
    assert word in hints and absent not in hints
    page.personal.setChecked(True)
    assert wizard.draft.boundaries.accounts == "personal"
    assert parse_plan_text(dump_plan(wizard.draft).encode()).boundaries.accounts == "personal"


def test_the_summary_lists_the_pauses_still_ahead(qtbot, isolated_data_dir):
    from plnonboard.core.model import Pause

    plan = ana()
    plan.boundaries.pauses = [Pause(dt.date(2026, 12, 21), dt.date(2027, 1, 3), "Winter break"),
                              Pause(dt.date(2026, 10, 26), dt.date(2026, 10, 30), "Fall break")]  # over
    wizard = open_wizard(qtbot, shipped_ctx(isolated_data_dir), plan)
    go_to(wizard, PageId.SUMMARY)
    text = wizard.currentPage().chosen.text()
    assert "Pauses, no chats: Winter break (Mon 21 Dec – Sun 3 Jan)" in text
    assert "Fall break" not in text


def test_your_own_follow_starts_on_your_platform(qtbot, isolated_data_dir):
    plan = Plan(profile=Profile(time_zone="America/Chicago", platforms=["bluesky"], subjects=["math"],
                                grade_bands=["6-8"], role="teacher"))
    wizard = open_wizard(qtbot, shipped_ctx(isolated_data_dir), plan)
    go_to(wizard, PageId.FOLLOWS)
    assert wizard.currentPage().platform.currentData() == "bluesky"  # was X (Twitter), which they did not choose


def test_the_wizard_title_does_not_name_the_app_twice(qtbot, isolated_data_dir):
    # The desktop appends the display name ("Setup — PLN Onboard"); "PLN Onboard setup" read it twice.
    wizard = open_wizard(qtbot, shipped_ctx(isolated_data_dir))
    assert wizard.windowTitle() == "Setup"
