"""The week, lived (issue 12), driven as a user would with a fixed "now": This week, chats that
may not run, pauses, "Did it happen?", Share corrections, My network, Edit one page, first-chat help."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPalette

from plnonboard.core.directory import Directory
from plnonboard.core.model import Boundaries, Follow, Pause, Plan, PlanChat, Profile, QuietHours
from plnonboard.services import observations as answers
from plnonboard.services.import_directory import parse_directory_update
from plnonboard.ui import weektext as wt
from plnonboard.ui.a11y import warn_colour
from plnonboard.ui.context import AppContext
from plnonboard.ui.mainwindow import MainWindow
from plnonboard.ui.weekpaint import week_colours
from tests.conftest import make_chat
from tests.ui.test_accessibility import assert_mnemonics, check_window

NY = zoneinfo.ZoneInfo("America/New_York")
NOW = dt.datetime(2026, 12, 2, 16, 0, tzinfo=NY)  # Wednesday, 4 PM in New York
TODAY = NOW.date()
# Running (seen last month), one last seen in 2019, and one that is this afternoon's.
TLSKY = make_chat("#TLSkyChat", "wed", "20:00", "America/New_York", status="running", last_seen="2026-11",
                  platforms=["bluesky"], title="Teacher librarians")
OLDCHAT = make_chat("#oldchat", "mon", "21:00", "America/New_York", status="historical", last_seen="2019")
EARLY = make_chat("#earlychat", "wed", "12:00", "America/New_York", status="running", last_seen="2026-11",
                  platforms=["bluesky"])
WINTER = Pause(dt.date(2026, 12, 21), dt.date(2027, 1, 3), "Winter break")


def plan(budget: int = 240) -> Plan:
    return Plan(profile=Profile(name="Ana", time_zone="America/New_York", platforms=["bluesky"]),
                boundaries=Boundaries(weekly_minutes=budget, chats_per_week=5, pauses=[WINTER],
                                      school_hours=[QuietHours((0, 1, 2, 3, 4), dt.time(8), dt.time(15, 30))]),
                chats=[PlanChat(c.id) for c in (TLSKY, OLDCHAT, EARLY)],
                follows=[Follow("web", "https://community.example/", name="A maths community", kind="community")])


def make_ctx(tmp_path, budget=240) -> AppContext:
    ctx = AppContext.load(tmp_path / "data", system_zone="America/New_York", today=lambda: TODAY, now=lambda: NOW)
    ctx.directory = Directory().with_chats([TLSKY, OLDCHAT, EARLY])
    ctx.save_plan(plan(budget))
    return ctx


@pytest.fixture
def ctx(tmp_path):
    context = make_ctx(tmp_path)
    yield context
    context.store.close()


def open_window(qtbot, ctx, width=1280, height=800) -> MainWindow:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(width, height)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot, ctx):
    return open_window(qtbot, ctx)


def occurrence(window, chat_id, day=None):
    occs = list(window.report.occurrences)
    return next(o for o in occs if o.chat.id == chat_id and (day is None or o.start_in(window.zone).date() == day))


# -- This week -------------------------------------------------------------------------------------

def test_this_week_names_tonights_chat_in_words_and_how_to_join(window):
    panel = window.panel
    expected = wt.translate("WeekText", "tonight at {time}").format(time=wt.fmt_time(dt.time(20, 0)))
    assert "#TLSkyChat" in panel.next_label.text()
    assert expected[1:] in panel.next_label.text() and "in 4 h" in panel.next_label.text()
    text = panel.text()
    assert "search #TLSkyChat on Bluesky" in text
    assert panel.join_button.toolTip() == "https://bsky.app/hashtag/TLSkyChat"
    assert "A maths community" in text  # communities to read
    assert "60 of your 240 minutes left this week" in text  # 3 chats of 60 min
    # #earlychat ended at 13:00 today: it is asked about, and the next chat is not it.
    assert any("#earlychat" in b.text() for b in panel.ask_buttons)


def test_now_is_an_input_a_running_session_is_now(qtbot, tmp_path):
    ctx = make_ctx(tmp_path)
    ctx.now = lambda: dt.datetime(2026, 12, 2, 20, 30, tzinfo=NY)
    w = open_window(qtbot, ctx)
    assert "Now, until " + wt.fmt_time(dt.time(21, 0)) in w.panel.next_label.text()
    ctx.store.close()


def test_over_budget_shows_an_icon_and_the_warning_colour_not_only_bold(qtbot, tmp_path):
    ctx = make_ctx(tmp_path, budget=90)
    w = open_window(qtbot, ctx)
    assert w.budget.over and not w.budget.icon.isHidden()
    assert w.budget.bar.palette().color(QPalette.ColorRole.Highlight) == warn_colour(w.budget.palette())
    assert "over your 90-minute budget" in w.panel.text()
    ctx.store.close()
    ok = make_ctx(tmp_path / "ok", budget=600)
    w2 = open_window(qtbot, ok)
    assert not w2.budget.over and w2.budget.icon.isHidden()
    assert w2.budget.bar.palette().color(QPalette.ColorRole.Highlight) != warn_colour(w2.budget.palette())
    ok.store.close()


def test_week_header_stays_on_one_line_at_the_default_size(window):
    title = window.nav.title
    assert not title.wordWrap()
    assert title.width() >= title.sizeHint().width()
    assert title.height() < 2 * title.fontMetrics().height()


def test_a_small_window_makes_this_week_a_tab(qtbot, window):
    assert window.tabs.indexOf(window.panel_area) == -1 and window.panel_area.isVisible()
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.tabs.indexOf(window.panel_area) >= 0)
    assert window.tabs.tabText(window.tabs.indexOf(window.panel_area)) == "This week"
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.tabs.indexOf(window.panel_area) == -1)


# -- chats that may not run --------------------------------------------------------------------------

def test_a_chat_last_seen_in_2019_is_drawn_and_said_differently(qtbot, window):
    window.go_to(dt.date(2026, 11, 30))
    view = window.week_view
    assert not view.state_of(OLDCHAT).running and view.state_of(TLSKY).running
    block = next(b for b in view.blocks() if b.occurrence.chat.id == "oldchat")
    live = next(b for b in view.blocks() if b.occurrence.chat.id == "tlskychat")
    image = view.grab().toImage()
    colours = week_colours(view.palette())

    def fill_at(b):
        r = view.block_rect(b)
        return image.pixelColor(int(r.right() - 6), int(r.bottom() - 4)).name()

    assert fill_at(block) == colours.idle_fill.name() and fill_at(live) == colours.block_fill.name()
    assert "last seen 2019" in view.summary(block.occurrence)
    item = next(i for i in window.agenda.occurrence_items() if i.data(0, Qt.ItemDataRole.UserRole + 1).chat.id
                == "oldchat")
    assert "may not run: last seen 2019" in item.text(1) and item.font(1).italic()


# -- pauses --------------------------------------------------------------------------------------------

def test_a_paused_week_has_no_sessions_in_the_grid_and_the_agenda_says_so(window):
    window.go_to(dt.date(2026, 12, 22))
    assert window.report.fully_paused and window.week_view.blocks() == []
    assert "Skipped for a pause" in window.week_view.accessibleDescription()
    assert "Paused: Winter break" in window.week_view._notes[0]
    first = window.agenda.topLevelItem(0).text(0)
    assert "You paused your chats this week (Winter break" in first
    rows = [window.agenda.topLevelItem(i).text(1) for i in range(window.agenda.topLevelItemCount())]
    assert any("#TLSkyChat" in r and "skipped" in r for r in rows)
    assert window.budget.minutes == 0


def test_pauses_dialog_adds_and_removes_a_pause_and_the_week_follows(qtbot, window, ctx):
    window.commands.pauses.trigger()
    dialog = window.dialog
    qtbot.waitExposed(dialog)
    editor = dialog.editor
    assert editor.list.count() == 1 and "Winter break" in editor.list.item(0).text()
    editor.label.setText("Report cards")
    editor.start.setDate(QDate(2026, 12, 7))
    editor.end.setDate(QDate(2026, 12, 9))
    editor.add_button.click()
    assert [p.label for p in editor.pauses()] == ["Report cards", "Winter break"]
    editor.list.setCurrentRow(1)
    editor.remove_button.click()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not window.is_saving())
    assert ctx.store.load_plan().boundaries.pauses == [Pause(dt.date(2026, 12, 7), dt.date(2026, 12, 9),
                                                             "Report cards")]
    window.go_to(dt.date(2026, 12, 7))  # Monday to Wednesday paused: all three chats of that week
    assert window.report.occurrences == [] and window.week_view.blocks() == []
    assert {o.chat.id for o in window.report.paused} == {"oldchat", "tlskychat", "earlychat"}
    assert set(window.report.paused_days) == {0, 1, 2}
    window.go_to(dt.date(2026, 12, 22))
    assert window.report.occurrences and not window.report.fully_paused


def test_a_pause_ending_before_it_starts_is_refused_in_words(qtbot, window):
    window.edit_pauses()
    editor = window.dialog.editor
    editor.start.setDate(QDate(2027, 2, 10))
    editor.end.setDate(QDate(2027, 2, 12))
    editor.start.setDate(QDate(2027, 2, 20))  # the end follows the start
    assert editor.end.date() == QDate(2027, 2, 20)
    editor.end.setDate(QDate(2027, 2, 1))
    assert not editor.add_from_fields() and not editor.problem.isHidden()
    window.dialog.reject()


def test_pauses_dialog_and_help_are_reachable_and_named(qtbot, window):
    window.edit_pauses()
    qtbot.waitExposed(window.dialog)
    chain = check_window(qtbot, window.dialog)
    assert window.dialog.editor.start in chain and window.dialog.editor.list in chain
    assert_mnemonics(window.dialog)
    window.dialog.reject()
    window.commands.first_chat.trigger()
    help_dialog = window.dialog
    qtbot.waitExposed(help_dialog)
    text = help_dialog.text.toPlainText()
    for words in ("What a chat is", "Lurk first", "Replying on Bluesky", "Replying on Mastodon",
                  "school-issued email", "Student privacy", "How to leave"):
        assert words in text
    check_window(qtbot, help_dialog)
    help_dialog.reject()


# -- Did it happen? ----------------------------------------------------------------------------------

def test_did_it_happen_is_offered_after_the_time_and_kept_with_its_date(qtbot, window, ctx):
    future = occurrence(window, "tlskychat")
    window.open_details(future)
    assert window.details.ask_box is None  # tonight's has not happened yet
    window.details.reject()
    past = occurrence(window, "earlychat")
    window.open_details(past)
    details = window.details
    qtbot.waitExposed(details)
    assert details.ask_box is not None and details.history_label.text() == "No answers yet."
    details.answer_buttons["lurked"].click()
    kept = answers.observations(ctx.store)
    assert [(o.chat_id, o.day, o.outcome) for o in kept] == [("earlychat", TODAY, "lurked")]
    assert "it ran, you read along" in details.history_label.text()
    assert not any("#earlychat" in b.text() for b in window.panel.ask_buttons)  # answered: no longer asked
    details.reject()


def test_an_answer_the_store_cannot_keep_is_said_plainly(qtbot, window, ctx, monkeypatch):
    """A StoreError is no longer a ValueError (core/errors.py): the window still catches it as a PlnError."""
    from plnonboard.services.store import StoreError

    def full(obs):
        raise StoreError("The disk is full, so your plan cannot be saved.")

    monkeypatch.setattr(ctx, "record_observation", full)
    window.open_details(occurrence(window, "earlychat"))
    details = window.details
    qtbot.waitExposed(details)
    details.answer_buttons["lurked"].click()
    assert "could not be kept" in details.answer_note.text() and "disk is full" in details.answer_note.text()
    assert answers.observations(ctx.store) == []
    details.reject()


def test_seen_running_makes_an_old_chat_running_and_two_nobodies_suggest_dropping(qtbot, window, ctx, monkeypatch):
    window.go_to(dt.date(2026, 11, 23))
    old = occurrence(window, "oldchat")
    window.open_details(old)
    window.details.answer_buttons["attended"].click()
    assert window.states["oldchat"].running
    window.details.reject()
    assert window.week_view.state_of(OLDCHAT).running

    window.go_to(TODAY)
    window.open_details(occurrence(window, "earlychat"))  # today at noon
    window.details.answer("nobody")
    window.details.reject()
    assert not window.states["earlychat"].suggest_drop  # once is not enough
    window.go_to(dt.date(2026, 11, 25))
    window.open_details(occurrence(window, "earlychat"))  # a week earlier: twice in a row
    window.details.answer("nobody")
    state = window.states["earlychat"]
    assert state.suggest_drop and not state.running
    assert "Nobody was there the last 2 times" in window.details.answer_note.text()
    assert "Nobody was at #earlychat the last 2 times" in window.panel.text()
    assert "nobody was there" in window.details.history_label.text()
    window.details.reject()
    monkeypatch.setattr(window, "confirm", lambda *_: True)
    next(b for b in window.panel.drop_buttons if "#earlychat" in b.text()).click()
    qtbot.waitUntil(lambda: not window.is_saving())
    assert "earlychat" not in ctx.store.load_plan().chat_ids()


def test_share_corrections_writes_a_directory_update_a_colleague_imports(qtbot, window, ctx, tmp_path, monkeypatch):
    window.go_to(dt.date(2026, 11, 23))
    window.open_details(occurrence(window, "oldchat"))
    window.details.answer("attended")
    window.details.reject()
    target = tmp_path / "corrections.json"
    monkeypatch.setattr(window, "ask_save_path", lambda: str(target))
    window.commands.share_corrections.trigger()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "plnonboard.directory" and [c["id"] for c in data["chats"]] == ["oldchat"]
    colleague = Directory().with_chats([TLSKY, OLDCHAT, EARLY])
    diff = parse_directory_update(target.read_bytes(), where="corrections.json", current=colleague).diff
    change = diff.changed[0]
    assert change.new.status == "running" and change.new.last_seen == "2026-11-23"
    assert "seen running on 2026-11-23" in change.new.evidence


# -- My network ----------------------------------------------------------------------------------------

def test_my_network_lists_untick_and_retick_without_the_wizard(qtbot, window, ctx):
    window.commands.show_network.trigger()
    assert window.tabs.currentWidget() is window.network
    rows = {r.text(0): r for r in window.network.rows()}
    assert set(rows) >= {"#TLSkyChat · Teacher librarians", "#oldchat", "#earlychat", "A maths community"}
    assert rows["#TLSkyChat · Teacher librarians"].text(3) == "bsky.app/hashtag/TLSkyChat"  # the domain first
    assert rows["A maths community"].text(3) == "community.example/"
    rows["#oldchat"].setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: "oldchat" not in window.plan.chat_ids())
    qtbot.waitUntil(lambda: not window.is_saving())
    assert "oldchat" not in ctx.store.load_plan().chat_ids()
    rows = {r.text(0): r for r in window.network.rows()}
    assert rows["#oldchat"].checkState(0) == Qt.CheckState.Unchecked  # still listed, to tick again
    rows["#oldchat"].setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: "oldchat" in window.plan.chat_ids())
    qtbot.waitUntil(lambda: not window.is_saving())
    assert "oldchat" in ctx.store.load_plan().chat_ids()


def test_my_network_adds_a_typed_follow_and_refuses_a_bad_one(qtbot, window, ctx):
    window.tabs.setCurrentIndex(2)
    window.network.add_follow_button.click()
    dialog = window.network.dialog
    qtbot.waitExposed(dialog)
    dialog.platform.setCurrentIndex(dialog.platform.findData("mastodon"))
    dialog.address.setText("not an address")
    dialog.choose()
    assert dialog.isVisible() and not dialog.problem.isHidden()
    dialog.address.setText("@chloe@mastodon.example")
    dialog.choose()
    qtbot.waitUntil(lambda: not window.is_saving())
    follows = [(f.platform, f.address) for f in ctx.store.load_plan().follows]
    assert ("mastodon", "@chloe@mastodon.example") in follows


def test_my_network_is_reachable_and_named(qtbot, window):
    window.tabs.setCurrentIndex(2)
    chain = check_window(qtbot, window)
    assert window.network.tree in chain and window.network.add_chat_button in chain
    assert_mnemonics(window)
    window.network.add_chat_button.click()
    dialog = window.network.dialog
    qtbot.waitExposed(dialog)
    assert check_window(qtbot, dialog)
    dialog.reject()


# -- Edit one page -------------------------------------------------------------------------------------

def test_edit_one_page_asks_for_that_page_and_the_wizard_opens_there(qtbot, window, ctx):
    page, action = window.commands.edit_pages[1]
    with qtbot.waitSignal(window.editPlanRequested) as signal:
        action.trigger()
    assert signal.args == [page] == [2]
    from plnonboard.ui.wizard import PageId, SetupWizard

    wizard = SetupWizard(ctx, ctx.plan, start_page=signal.args[0])
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.currentId() == int(PageId.BOUNDARIES)
    assert wizard.button(wizard.WizardButton.BackButton).isVisible()  # the earlier pages are still there
    # The pauses are on that page and edit the draft.
    boundaries = wizard.currentPage()
    assert boundaries.pauses.pauses() == [WINTER]
    boundaries.pauses.label.setText("Spring break")
    boundaries.pauses.start.setDate(QDate(2027, 4, 5))
    boundaries.pauses.end.setDate(QDate(2027, 4, 9))
    boundaries.pauses.add_button.click()
    assert [p.label for p in wizard.draft.boundaries.pauses] == ["Winter break", "Spring break"]
    wizard.confirm_discard = lambda: True
    wizard.reject()


def test_the_wizard_still_starts_on_welcome_for_edit_plan(qtbot, window, ctx):
    with qtbot.waitSignal(window.editPlanRequested) as signal:
        window.commands.edit_plan.trigger()
    assert signal.args == [0]


def test_the_app_opens_the_wizard_on_the_page_asked_for(qtbot, ctx):
    from plnonboard.ui.launch import AppController
    from plnonboard.ui.wizard import PageId

    controller = AppController(ctx)
    controller.open_main_window()
    qtbot.addWidget(controller.main_window)
    controller.main_window.commands.edit_pages[2][1].trigger()  # Chats…
    wizard = controller.wizard
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == int(PageId.CHATS))
    wizard.confirm_discard = lambda: True
    wizard.reject()
