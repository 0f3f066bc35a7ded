"""The main window: the user's week as a grid or an agenda, with navigation and the budget."""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QScrollArea, QTabWidget,
                               QVBoxLayout, QWidget)

from ... import __version__
from ...core.errors import BadInput, PlnError
from ...core.evidence import chat_state, for_chat
from ...core.model import Plan
from ...core.pauses import pause_on, split_paused
from ...core.plan_chats import plan_chat
from ...core.schedule import WeekReport, next_sessions, occurrences_between, resolve_chats, week_report, week_start
from ...core.zones import get_zone, is_zone
from ..agenda import AgendaView
from ..context import AppContext
from ..tasks import run_task
from ..weekview import WeekView
from .actions import build_actions, build_menus, build_toolbar
from .budget import BudgetBar
from .network import NetworkTab
from .settings import WindowSettings
from .this_week import ThisWeekPanel, WeekNow
from .week_nav import WeekNav
from .window_parts import WEEK_ON_GUI_THREAD, _message, _work_out_week

WEEK = dt.timedelta(days=7)
PANEL_MAX_WIDTH = 340
PANEL_SIDE_WIDTH = 1000  # narrower than this, "This week" is a tab
ASK_BACK = dt.timedelta(days=7)  # "Did it happen?" is asked for sessions of the last week


class MainWindow(QMainWindow):
    editPlanRequested = Signal(int)  # the wizard page to open on (0 = Welcome)
    planChanged = Signal(object)  # emitted after a change made here was saved

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: Plan | None = None
        self.day: dt.date = ctx.today()
        self.report: WeekReport | None = None
        self.states: dict = {}
        self.week_now: WeekNow | None = None
        self.details = None
        self.dialog = None
        self._saving = None
        self._pending: Plan | None = None
        self._answering = None  # the "Did it happen?" answer on its way to the store (a Task)
        self._week_job = 0  # the newest week asked for; an older worker's answer is dropped
        self._week_task = None
        self.settings = WindowSettings(ctx.data_dir)
        self.setWindowTitle(self.tr("PLN Onboard"))
        self.commands = build_actions(self)
        build_menus(self, self.commands)
        self.toolbar = build_toolbar(self, self.commands)
        self._build_central()
        self._connect()
        self.statusBar()
        self._restore()
        self.show_plan(ctx.plan)

    # -- building ----------------------------------------------------------------------------

    def _build_central(self) -> None:
        central = QWidget(self)
        column = QVBoxLayout(central)
        a = self.commands
        self.nav = WeekNav(a.previous_week, a.this_week, a.next_week, central)
        column.addWidget(self.nav)
        self.problem = QLabel(central)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.hide()
        column.addWidget(self.problem)
        middle = QHBoxLayout()
        self.tabs = QTabWidget(central)
        self.week_view = WeekView(self.tabs)
        self.agenda = AgendaView(self.tabs)
        self.network = NetworkTab(self.ctx, self.tabs)
        self.tabs.addTab(self.week_view, self.tr("Week"))
        self.tabs.addTab(self.agenda, self.tr("Agenda"))
        self.tabs.addTab(self.network, self.tr("My network"))
        self.tabs.setAccessibleName(self.tr("Views of the week"))
        self.tabs.tabBar().setAccessibleName(self.tr("Week grid, agenda list or your network"))
        middle.addWidget(self.tabs, 1)
        self.panel = ThisWeekPanel(central)
        self.panel_area = QScrollArea(central)  # scrolls rather than stretch a small window
        self.panel_area.setWidget(self.panel)
        self.panel_area.setWidgetResizable(True)
        self.panel_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.panel_area.setMinimumWidth(120)
        self.panel_area.setMaximumWidth(PANEL_MAX_WIDTH)
        self.panel_area.setAccessibleName(self.tr("This week"))
        self.panel_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its buttons take the focus and scroll it
        middle.addWidget(self.panel_area)
        self.middle = middle
        column.addLayout(middle, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.budget = BudgetBar(central)
        bottom.addWidget(self.budget)
        column.addLayout(bottom)
        self.setCentralWidget(central)

    def _connect(self) -> None:
        a = self.commands
        a.previous_week.triggered.connect(lambda: self.go_to(self.day - WEEK))
        a.next_week.triggered.connect(lambda: self.go_to(self.day + WEEK))
        a.this_week.triggered.connect(lambda: self.go_to(self.ctx.today()))
        a.edit_plan.triggered.connect(lambda: self.editPlanRequested.emit(0))
        for page, action in a.edit_pages:
            action.triggered.connect(lambda _=False, p=page: self.editPlanRequested.emit(p))
        a.pauses.triggered.connect(self.edit_pauses)
        a.share_corrections.triggered.connect(self.share_corrections)
        a.first_chat.triggered.connect(self.show_first_chat)
        a.show_network.triggered.connect(lambda: self.tabs.setCurrentIndex(2))
        self.network.planEdited.connect(self.apply_change)
        self.panel.askRequested.connect(self.open_details)
        self.panel.detailsRequested.connect(self.open_details)
        self.panel.dropRequested.connect(self.drop_chat)
        a.export_calendar.triggered.connect(self.export_calendar)
        a.export_starter.triggered.connect(self.export_starter_list)
        a.import_feeds.triggered.connect(self.run_import)
        a.follow_through.triggered.connect(self.follow_through)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self.show_about)
        a.show_week.triggered.connect(lambda: self.tabs.setCurrentIndex(0))
        a.show_agenda.triggered.connect(lambda: self.tabs.setCurrentIndex(1))
        self.tabs.currentChanged.connect(self._on_tab)
        self.nav.dateRequested.connect(self.go_to)
        self.week_view.occurrenceActivated.connect(self.open_details)
        self.agenda.occurrenceActivated.connect(self.open_details)

    def _restore(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 740)
        last = self.settings.last_view()
        self.tabs.setCurrentIndex(last if last in (1, 2) else 0)
        self._on_tab(self.tabs.currentIndex())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_panel(event.size().width() >= PANEL_SIDE_WIDTH)

    def _place_panel(self, beside: bool) -> None:
        """Beside the week on a wide window; on a small screen it becomes the last tab instead,
        so the grid keeps its seven readable columns."""
        area = self.panel_area
        index = self.tabs.indexOf(area)
        if beside and index >= 0:
            current = self.tabs.currentIndex()
            self.tabs.removeTab(index)
            area.setMaximumWidth(PANEL_MAX_WIDTH)
            self.middle.addWidget(area)
            area.show()
            if current == index:
                self.tabs.setCurrentIndex(0)
        elif not beside and index < 0:
            self.middle.removeWidget(area)
            area.setMaximumWidth(16777215)  # a whole tab to itself
            self.tabs.addTab(area, self.tr("This week"))

    def closeEvent(self, event) -> None:
        self.settings.save(self.saveGeometry(), min(self.tabs.currentIndex(), 2))
        super().closeEvent(event)

    def _on_tab(self, index: int) -> None:
        self.commands.show_week.setChecked(index == 0)
        self.commands.show_agenda.setChecked(index == 1)
        self.commands.show_network.setChecked(index == 2)

    # -- showing a week ------------------------------------------------------------------------

    @property
    def zone(self) -> str:
        zone = self.plan.profile.time_zone if self.plan is not None else ""
        return zone if is_zone(zone) else self.ctx.system_zone

    def show_plan(self, plan: Plan | None) -> None:
        self.plan = plan
        self.refresh()

    def go_to(self, day: dt.date) -> None:
        self.day = day
        self.refresh()

    def refresh(self) -> None:
        plan = self.plan or Plan()
        args = (plan, self.ctx.full_directory(plan), self.ctx.directory, self.day, self.zone)
        self._week_job += 1
        if len(plan.chats) <= WEEK_ON_GUI_THREAD:
            self._show_week(plan, *_work_out_week(*args))
            return
        # A plan of hundreds of chats (a large calendar import) is worked out on a worker thread:
        # the window keeps painting the previous week meanwhile; a newer refresh wins.
        job = self._week_job
        self.statusBar().showMessage(self.tr("Working out your week…"))
        self._week_task = run_task(lambda progress, token: _work_out_week(*args),
                                   on_success=lambda out: job == self._week_job and self._show_week(plan, *out))

    def _show_week(self, plan: Plan, report: WeekReport, problem: str) -> None:
        today = self.ctx.today()
        self.statusBar().clearMessage()
        self.problem.hide()
        if problem:
            # A plan naming a chat the directory lost: show the message, keep the rest usable.
            self.problem.setText(self.tr("Your week could not be worked out: {reason}. "
                                         "Use Edit plan to fix it.").format(reason=problem))
            self.problem.show()
        self.report = report
        self.states = self._states(plan)
        self.week_view.set_week(report, plan.boundaries, self.zone, self.states)
        self.week_view.set_today(today)
        self.agenda.set_week(report, plan.boundaries, self.zone, self.states)
        self.nav.set_week(report.monday, self.day)
        self.budget.set_minutes(report.minutes_total, report.budget_minutes)
        self.network.set_plan(self.plan)
        self.week_now = self._week_now(plan)
        self.panel.set_state(self.week_now)
        self.commands.this_week.setEnabled(report.monday != week_start(today))

    def _states(self, plan: Plan) -> dict:
        """Each chat's state for this user: the directory's word, decayed, overruled by their own answers."""
        today, seen = self.ctx.today(), self.ctx.observations()
        try:
            directory = self.ctx.full_directory(plan)
        except BadInput:  # a custom chat the directory refuses: no states rather than no window
            return {}
        out = {}
        for pc in plan.chats:
            chat = plan_chat(pc, directory)
            if chat is not None:
                out[chat.id] = chat_state(chat, today, seen)
        return out

    def _community_names(self, plan: Plan) -> list[str]:
        """The plan's communities (directory entries) and community follows, by name."""
        names = []
        for cid in plan.communities:
            entry = self.ctx.directory.community(cid)
            if entry is not None:
                names.append(entry.title or entry.label)
        names += [f.name or f.address for f in plan.follows if f.kind == "community"]
        return list(dict.fromkeys(names))

    def _week_now(self, plan: Plan) -> WeekNow:
        now, zone, today = self.ctx.clock(), self.zone, self.ctx.today()
        state = WeekNow(now, zone, states=self.states, platforms=list(plan.profile.platforms),
                        pause=pause_on(now.astimezone(get_zone(zone)).date(), plan.boundaries.pauses),
                        communities=self._community_names(plan),
                        budget=plan.boundaries.weekly_minutes)
        try:
            chosen = resolve_chats(plan, self.ctx.full_directory(plan))
        except BadInput:
            return state
        state.upcoming = next_sessions(chosen, plan.boundaries, zone, now)
        answered = {(o.chat_id, o.session_start) for o in self.ctx.observations()}
        recent = occurrences_between(chosen, now - ASK_BACK, now)
        ended, _ = split_paused([o for o in recent if o.end <= now], plan.boundaries.pauses, zone)
        state.unanswered = [o for o in reversed(ended) if (o.chat.id, o.start.isoformat()) not in answered]
        state.to_drop = [c.chat for c in chosen if self.states.get(c.chat.id) and self.states[c.chat.id].suggest_drop]
        state.minutes = week_report(chosen, plan.boundaries, zone, today).minutes_total
        return state

    # -- details and changes -------------------------------------------------------------------

    def open_details(self, occurrence) -> None:
        from ..chat_details import ChatDetailsDialog

        if self.plan is None:
            return
        conflicts = self.report.conflicts_for(occurrence) if self.report else []
        chat = occurrence.chat
        self.details = ChatDetailsDialog(occurrence, conflicts, self.plan, self.zone, self, now=self.ctx.clock(),
                                         history=for_chat(self.ctx.observations(), chat.id),
                                         state=self.states.get(chat.id))
        self.details.planEdited.connect(self.apply_change)
        self.details.observed.connect(self.record_observation)
        self.details.open()

    def record_observation(self, obs) -> None:  # a "Did it happen?" answer, kept on the store's thread
        self._answering = self.ctx.record_observation_later(
            obs, on_kept=lambda: self._answer_kept(obs.chat_id), on_failed=self._answer_failed)

    def _answer_kept(self, chat_id: str) -> None:
        self.refresh()
        if self.details is not None:
            self.details.answered(for_chat(self.ctx.observations(), chat_id), self.states.get(chat_id))
        self.statusBar().showMessage(self.tr("Your answer was kept."), 5000)

    def _answer_failed(self, exc: BaseException) -> None:
        reason = str(exc) if isinstance(exc, PlnError) else self.tr("An unexpected problem stopped the save.")
        if self.details is not None:
            self.details.answered([], None, self.tr("Your answer could not be kept: {reason}").format(reason=reason))

    def drop_chat(self, chat) -> None:
        if self.plan is None or not self.confirm(
                self.tr("Drop this chat?"),
                self.tr("Take {hashtag} out of your plan? You can tick it again in My network.").format(
                    hashtag=chat.hashtag)):
            return
        plan = copy.deepcopy(self.plan)
        plan.chats = [pc for pc in plan.chats if pc.id != chat.id]
        self.apply_change(plan)

    def confirm(self, title: str, text: str) -> bool:
        """Ask yes or no (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box.exec() == QMessageBox.StandardButton.Yes

    def edit_pauses(self) -> None:
        from ..pauses_editor import PausesDialog

        if self.plan is None:
            return
        self.dialog = PausesDialog(self.plan.boundaries.pauses, self.ctx.today(), self)
        self.dialog.pausesChosen.connect(self._pauses_chosen)
        self.dialog.open()

    def _pauses_chosen(self, pauses) -> None:
        if self.plan is None or list(pauses) == list(self.plan.boundaries.pauses):
            return
        plan = copy.deepcopy(self.plan)
        plan.boundaries.pauses = list(pauses)
        self.apply_change(plan)

    def share_corrections(self) -> None:
        """Write the user's answers as a directory update a colleague can import. Nothing is sent."""
        from ...services.files import WriteError
        from ...services.share_corrections import write_corrections

        seen = self.ctx.observations()
        if not seen:
            _message(self, self.tr("Nothing to share yet"),
                     self.tr("After a chat's time, open it and answer \"Did it happen?\". Your answers can then be "
                             "shared as a file."))
            return
        path = self.ask_save_path()
        if not path:
            return
        try:
            count = write_corrections(path, self.ctx.full_directory(), seen, self.ctx.today())
        except (WriteError, OSError) as exc:
            _message(self, self.tr("Not saved"), self.tr("The file could not be written: {reason}").format(
                reason=str(exc)), QMessageBox.Icon.Warning)
            return
        _message(self, self.tr("Corrections saved"),
                 self.tr("Saved what you found about {count} chats. A colleague can bring it in with File → "
                         "Import. Nothing was sent anywhere.").format(count=count))

    def ask_save_path(self) -> str:
        """Where to write the corrections file (tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Share corrections"), "pln-corrections.json",
                                              self.tr("Directory update (*.json)"))
        return path

    def show_first_chat(self) -> None:
        from ..first_chat import FirstChatDialog

        self.dialog = FirstChatDialog(self)
        self.dialog.open()

    def apply_change(self, plan: Plan) -> None:
        """Show the change now and save it in the background; a failed save is said plainly
        and the view goes back to the saved plan."""
        self.show_plan(plan)
        if self._saving is not None:
            self._pending = plan  # one save at a time; the latest change wins
            return
        self._start_save(plan)

    def _start_save(self, plan: Plan) -> None:
        snapshot = copy.deepcopy(plan)
        self.statusBar().showMessage(self.tr("Saving…"))
        self._saving = self.ctx.save_plan_later(snapshot, on_saved=self._on_saved, on_failed=self._on_save_failed)
        self._saving_plan = snapshot

    def _on_saved(self, _revision) -> None:
        saved = self._saving_plan
        self._saving = None
        if self.ctx.plan is not None and self.ctx.plan != saved and self._pending is None:
            saved = self.ctx.plan  # merged with a change saved elsewhere meanwhile: show both
            self.show_plan(saved)
        warning = self.ctx.warnings.pop() if self.ctx.warnings else ""
        self.statusBar().showMessage(warning or self.tr("Your plan was saved."), 15000 if warning else 5000)
        self.planChanged.emit(saved)
        self._next_save()

    def _on_save_failed(self, exc: BaseException) -> None:
        self._saving = None
        reason = str(exc) if isinstance(exc, PlnError) else self.tr("An unexpected problem stopped the save.")
        self.statusBar().clearMessage()
        _message(self, self.tr("Not saved"), self.tr("Your change was not saved. {reason}").format(reason=reason),
                 QMessageBox.Icon.Warning)
        self._pending = None
        self.show_plan(self.ctx.plan)

    def _next_save(self) -> None:
        if self._pending is not None:
            plan, self._pending = self._pending, None
            self._start_save(plan)

    def is_saving(self) -> bool:  # a plan change or a "Did it happen?" answer on its way to the store
        return self._saving is not None or self._pending is not None or not getattr(self._answering, "done", True)

    # -- menu commands -------------------------------------------------------------------------

    # The export and import modules are imported when first used: a window that never exports never loads them.
    def export_calendar(self) -> None:
        from ..export_actions import export_calendar

        if self.plan is not None:
            export_calendar(self, self.ctx, self.plan)

    def export_starter_list(self) -> None:
        from ..export_actions import export_starter_list

        if self.plan is not None:
            export_starter_list(self, self.ctx, self.plan)

    def run_import(self) -> None:
        from ..import_dialog import run_import

        if self.plan is not None:
            run_import(self, self.ctx, self.plan)

    def follow_through(self) -> None:
        if self.plan is None:
            return
        from ..follow_dialog import run_follow  # imported when used: start-up never needs it

        run_follow(self, self.ctx, self.plan)

    def show_about(self) -> QMessageBox:
        text = QCoreApplication.translate(
            "MainWindow", "PLN Onboard {version}\n\nHelps you build a personal learning network of other "
            "teachers at a pace that fits your week. Your plan stays on this computer.").format(
            version=__version__)
        return _message(self, self.tr("About PLN Onboard"), text)
