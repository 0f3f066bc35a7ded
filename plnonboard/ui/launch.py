"""Starting the window: the wizard on first run, the weekly calendar afterwards."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__
from .context import AppContext


def _plain_text():
    # Touching PySide6's Qt namespace builds ~100 enums (15 ms); the first page is painted
    # without it, so it is imported only where a message actually needs it.
    from PySide6.QtCore import Qt

    return Qt.TextFormat.PlainText


def _local_time(saved_at: str) -> str:
    import datetime as dt

    from PySide6.QtCore import QDateTime, QLocale

    try:
        when = dt.datetime.fromisoformat(saved_at).astimezone()
    except ValueError:
        return saved_at
    stamp = QDateTime.fromSecsSinceEpoch(int(when.timestamp()))
    return QLocale().toString(stamp, "d MMMM yyyy, HH:mm")


class AppController(QObject):
    """Decides which window is showing; the windows never create each other directly."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.main_window = None
        self.wizard = None

    def start(self) -> None:
        if self.ctx.plan is not None or self.ctx.restore_offer is not None:
            self.ctx.directory  # noqa: B018 - read now: the main window needs it at once; its problems become notices below
        self._show_notices()
        if self.ctx.plan is None and self.ctx.restore_offer is not None:
            self.offer_restore(self.restore_box())
        if self.ctx.plan is None:
            self.open_wizard(first_run=True)
            # The new store, the directory, the follow catalogue and the window icon come after the
            # first page is painted (fast start).
            from .wizard import _AfterFirstPaint

            self._after_paint = _AfterFirstPaint(self.wizard.currentPage(), self._after_first_paint)
        else:
            set_app_icon(QApplication.instance())
            self._watch_app_state()
            self.open_main_window()

    def _watch_app_state(self) -> None:
        # PySide6 makes Qt's Python enums on first use; until Qt.ApplicationState exists, the signal's
        # argument cannot be converted and every activation prints a TypeError to the terminal. On a
        # first run this is connected after the first paint (no window to refresh before that anyway).
        from PySide6.QtCore import Qt

        Qt.ApplicationState  # noqa: B018 - makes the enum the signal's argument converts to
        QApplication.instance().applicationStateChanged.connect(self._on_app_state)

    def _show_notices(self) -> None:
        shown = getattr(self, "_notices_shown", 0)
        for notice in self.ctx.notices[shown:]:
            box = QMessageBox(QMessageBox.Icon.Information, QApplication.translate("App", "PLN Onboard"), notice)
            box.setTextFormat(_plain_text())
            box.exec()
        self._notices_shown = len(self.ctx.notices)

    def _after_first_paint(self) -> None:
        set_app_icon(QApplication.instance())
        if self.ctx.store_pending:
            self.ctx.open_store()  # a first run's new store: nothing in it to decide the first window
        self._watch_app_state()
        self.ctx.directory, self.ctx.catalogue  # noqa: B018 - read now, off the first paint
        self._show_notices()

    # -- a way back from an unreadable plan, and plans saved elsewhere (issue 14) --------------

    def restore_box(self) -> QMessageBox:
        """"Your saved plan could not be read. Restore the version from <date>?" (built, not shown)."""
        revision, plan = self.ctx.restore_offer
        when = _local_time(revision.saved_at)
        box = QMessageBox(QMessageBox.Icon.Warning, QApplication.translate("App", "PLN Onboard"),
                          QApplication.translate("App", "Your saved plan could not be read. Restore the version "
                                                        "from {when}?").format(when=when))
        box.setTextFormat(_plain_text())
        box.setInformativeText(QApplication.translate(
            "App", "Chats in that version: {chats}; follows: {follows}. The unreadable plan stays in the "
                   "history (plnonboard plan history). Choose Start over to make a new plan instead.").format(
            chats=len(plan.chats), follows=len(plan.follows)))
        box.restore = box.addButton(QApplication.translate("App", "&Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QApplication.translate("App", "&Start over"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(box.restore)
        return box

    def offer_restore(self, box: QMessageBox) -> None:
        box.exec()
        if box.clickedButton() is not box.restore:
            return
        from ..core.errors import PlnError

        try:
            self.ctx.restore(self.ctx.restore_offer[0].id)
        except PlnError as exc:  # the store could not restore it (StoreProblem), or that revision is unreadable
            failed = QMessageBox(QMessageBox.Icon.Warning, QApplication.translate("App", "PLN Onboard"), str(exc))
            failed.setTextFormat(_plain_text())
            failed.exec()

    def _on_app_state(self, state) -> None:
        """Back to this window: take a plan saved meanwhile by a command or another window. Not while
        the wizard is open or a save is on its way: those saves merge with it instead."""
        from PySide6.QtCore import Qt

        if state != Qt.ApplicationState.ApplicationActive or self.main_window is None:
            return
        if (self.wizard is not None and self.wizard.isVisible()) or self.main_window.is_saving():
            return
        self._checking = self.ctx.newer_saved_plan_later(self._show_newer)

    def _show_newer(self, plan) -> None:
        if self.main_window is None:
            return
        self.main_window.show_plan(plan)
        self.main_window.statusBar().showMessage(
            QApplication.translate("App", "Your plan was changed elsewhere; this is the newest version."), 8000)

    def open_wizard(self, first_run: bool = False, page: int = 0) -> None:
        from .wizard import SetupWizard

        parent = self.main_window if not first_run else None
        self.wizard = SetupWizard(self.ctx, self.ctx.plan, parent, defer_pages=first_run, start_page=page)
        self.wizard.planSaved.connect(self._on_plan_saved)
        self.wizard.finished.connect(self._on_wizard_finished)
        self.wizard.show()

    def _on_plan_saved(self, plan) -> None:
        # On the first run the week opens when the wizard closes, so it never sits behind the
        # wizard's "Saved" page (which offers the exports).
        if self.main_window is not None:
            self.main_window.show_plan(plan)

    def _on_wizard_finished(self, _result: int) -> None:
        wizard = self.wizard
        if self.main_window is None:
            if wizard is not None and wizard.saved_plan is not None:
                self.open_main_window()
            else:
                QApplication.quit()  # the first wizard closed without a plan: nothing to show
            return
        self.main_window.raise_()
        self.main_window.activateWindow()

    def open_main_window(self) -> None:
        from .mainwindow import MainWindow

        self.main_window = MainWindow(self.ctx)
        self.main_window.editPlanRequested.connect(lambda page: self.open_wizard(first_run=False, page=page))
        self.main_window.show()


def make_app(argv: list[str] | None = None, *, icon: bool = True) -> QApplication:
    """The application object, named for the desktop. `icon=False` leaves the window icon to
    `set_app_icon`: reading the SVG loads Qt's SVG plugin (about 5 ms), so a first run sets it after
    the first paint."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("plnonboard")
    app.setApplicationDisplayName("PLN Onboard")
    app.setOrganizationName("plnonboard")
    app.setApplicationVersion(__version__)
    # Lets Wayland desktops match the window to its launcher entry and icon.
    app.setDesktopFileName("io.github.plnonboard.PLNOnboard")
    if icon:
        set_app_icon(app)
    return app


def set_app_icon(app: QApplication) -> None:
    from PySide6.QtGui import QIcon

    from ..services.paths import resources_dir

    path = resources_dir() / "icons" / "plnonboard.svg"
    if path.exists():
        app.setWindowIcon(QIcon(str(path)))


def launch(args, today=None) -> int:
    """Open the window: `today` fixes the date it plans for (None: the real date, day by day)."""
    from ..services import paths
    from ..services.lock import InstanceLock

    app = make_app(icon=False)  # set once the first window is painted (see _after_first_paint)
    from .i18n import install_translators, saved_language

    data = paths.data_dir(getattr(args, "data_dir", None))
    install_translators(app, getattr(args, "language", None) or saved_language(data))
    lock = InstanceLock(data)
    if not lock.acquire():
        box = QMessageBox(QMessageBox.Icon.Information, QApplication.translate("App", "PLN Onboard"),
                          QApplication.translate("App", "PLN Onboard is already open on this computer. "
                                                        "Switch to that window; this one will close."))
        box.setTextFormat(_plain_text())
        box.exec()
        return 0
    app._instance_lock = lock  # held until the process ends
    ctx = AppContext.load(getattr(args, "data_dir", None), today=today, defer_new_store=True)
    controller = AppController(ctx)
    controller.start()
    app._controller = controller  # keep alive for the app's lifetime
    try:
        return app.exec()
    finally:
        ctx.close()  # after saves already on their way: back up, close the connection, end its thread
