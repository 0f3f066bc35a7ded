"""The main window: the user's week as a grid or an agenda, with navigation and the budget."""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout,
                               QWidget)

from ... import __version__
from ...core.errors import CoreError
from ...core.model import Plan
from ...core.schedule import WeekReport, plan_week
from ...core.zones import is_zone
from ..agenda import AgendaView
from ..context import AppContext
from ..tasks import run_task
from ..weekview import WeekView
from .actions import EXPORT_MODULE, IMPORT_MODULE, build_actions, build_menus, build_toolbar
from .budget import BudgetBar
from .settings import WindowSettings
from .week_nav import WeekNav

WEEK = dt.timedelta(days=7)
WEEK_ON_GUI_THREAD = 100  # chats; more are worked out on a worker thread (see refresh)


def _work_out_week(plan: Plan, directory, fallback, day: dt.date, zone: str) -> tuple[WeekReport, str]:
    """(report, problem): runs on any thread, touches no widget."""
    try:
        return plan_week(plan, directory, day, zone), ""
    except CoreError as exc:
        return plan_week(Plan(profile=plan.profile, boundaries=plan.boundaries), fallback, day, zone), str(exc)


def _message(parent: QWidget, title: str, text: str, icon=QMessageBox.Icon.Information) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


class MainWindow(QMainWindow):
    editPlanRequested = Signal()
    planChanged = Signal(object)  # emitted after a change made here was saved

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: Plan | None = None
        self.day: dt.date = ctx.today()
        self.report: WeekReport | None = None
        self.details = None
        self._saving = None
        self._pending: Plan | None = None
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
        self.tabs = QTabWidget(central)
        self.week_view = WeekView(self.tabs)
        self.agenda = AgendaView(self.tabs)
        self.tabs.addTab(self.week_view, self.tr("Week"))
        self.tabs.addTab(self.agenda, self.tr("Agenda"))
        self.tabs.setAccessibleName(self.tr("Views of the week"))
        self.tabs.tabBar().setAccessibleName(self.tr("Week grid or agenda list"))
        column.addWidget(self.tabs, 1)
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
        a.edit_plan.triggered.connect(self.editPlanRequested)
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
        self.tabs.setCurrentIndex(1 if self.settings.last_view() == 1 else 0)
        self._on_tab(self.tabs.currentIndex())

    def closeEvent(self, event) -> None:
        self.settings.save(self.saveGeometry(), self.tabs.currentIndex())
        super().closeEvent(event)

    def _on_tab(self, index: int) -> None:
        self.commands.show_week.setChecked(index == 0)
        self.commands.show_agenda.setChecked(index == 1)

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
        self.week_view.set_week(report, plan.boundaries, self.zone)
        self.week_view.set_today(today)
        self.agenda.set_week(report, plan.boundaries, self.zone)
        self.nav.set_week(report.monday, self.day)
        self.budget.set_minutes(report.minutes_total, report.budget_minutes)
        self.commands.this_week.setEnabled(report.monday != today - dt.timedelta(days=today.weekday()))

    # -- details and changes -------------------------------------------------------------------

    def open_details(self, occurrence) -> None:
        from ..chat_details import ChatDetailsDialog

        if self.plan is None:
            return
        conflicts = self.report.conflicts_for(occurrence) if self.report else []
        self.details = ChatDetailsDialog(occurrence, conflicts, self.plan, self.zone, self)
        self.details.planEdited.connect(self.apply_change)
        self.details.open()

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
        self._saving = run_task(lambda progress, token: self.ctx.save_plan(snapshot),
                                on_success=self._on_saved, on_failure=self._on_save_failed)
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
        reason = str(exc) if isinstance(exc, CoreError) else self.tr("An unexpected problem stopped the save.")
        self.statusBar().clearMessage()
        _message(self, self.tr("Not saved"), self.tr("Your change was not saved. {reason}").format(reason=reason),
                 QMessageBox.Icon.Warning)
        self._pending = None
        self.show_plan(self.ctx.plan)

    def _next_save(self) -> None:
        if self._pending is not None:
            plan, self._pending = self._pending, None
            self._start_save(plan)

    def is_saving(self) -> bool:
        return self._saving is not None or self._pending is not None

    # -- menu commands -------------------------------------------------------------------------

    def export_calendar(self) -> None:
        self._call_optional(EXPORT_MODULE, "export_calendar")

    def export_starter_list(self) -> None:
        self._call_optional(EXPORT_MODULE, "export_starter_list")

    def run_import(self) -> None:
        self._call_optional(IMPORT_MODULE, "run_import")

    def follow_through(self) -> None:
        if self.plan is None:
            return
        from ..follow_dialog import run_follow  # imported when used: start-up never needs it

        run_follow(self, self.ctx, self.plan)

    def _call_optional(self, module_name: str, function: str) -> None:
        import importlib

        if self.plan is None:
            return
        try:
            module = importlib.import_module(module_name)
            func = getattr(module, function)
        except (ImportError, AttributeError):
            _message(self, self.tr("Not available"), self.tr("This is not available in this version."))
            return
        func(self, self.ctx, self.plan)

    def show_about(self) -> QMessageBox:
        text = QCoreApplication.translate(
            "MainWindow", "PLN Onboard {version}\n\nHelps you build a personal learning network of other "
            "teachers at a pace that fits your week. Your plan stays on this computer.").format(
            version=__version__)
        return _message(self, self.tr("About PLN Onboard"), text)
