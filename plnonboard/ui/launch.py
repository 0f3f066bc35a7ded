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


class AppController(QObject):
    """Decides which window is showing; the windows never create each other directly."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.main_window = None
        self.wizard = None

    def start(self) -> None:
        for notice in self.ctx.notices:
            box = QMessageBox(QMessageBox.Icon.Information, QApplication.translate("App", "PLN Onboard"), notice)
            box.setTextFormat(_plain_text())
            box.exec()
        if self.ctx.plan is None:
            self.open_wizard(first_run=True)
        else:
            self.open_main_window()

    def open_wizard(self, first_run: bool = False, page: int = 0) -> None:
        from .wizard import SetupWizard

        parent = self.main_window if not first_run else None
        self.wizard = SetupWizard(self.ctx, self.ctx.plan, parent, defer_pages=first_run, start_page=page)
        self.wizard.planSaved.connect(self._on_plan_saved)
        if first_run:
            self.wizard.rejected.connect(self._on_first_wizard_closed)
        self.wizard.show()

    def _on_plan_saved(self, plan) -> None:
        if self.main_window is None:
            self.open_main_window()
        else:
            self.main_window.show_plan(plan)

    def _on_first_wizard_closed(self) -> None:
        if self.main_window is None:
            QApplication.quit()

    def open_main_window(self) -> None:
        from .mainwindow import MainWindow

        self.main_window = MainWindow(self.ctx)
        self.main_window.editPlanRequested.connect(lambda page: self.open_wizard(first_run=False, page=page))
        self.main_window.show()


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("plnonboard")
    app.setApplicationDisplayName("PLN Onboard")
    app.setOrganizationName("plnonboard")
    app.setApplicationVersion(__version__)
    # Lets Wayland desktops match the window to its launcher entry and icon.
    app.setDesktopFileName("io.github.plnonboard.PLNOnboard")
    from PySide6.QtGui import QIcon

    from ..services.paths import resources_dir

    icon = resources_dir() / "icons" / "plnonboard.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def launch(args) -> int:
    from ..services import paths
    from ..services.lock import InstanceLock

    app = make_app()
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
    ctx = AppContext.load(getattr(args, "data_dir", None))
    controller = AppController(ctx)
    controller.start()
    app._controller = controller  # keep alive for the app's lifetime
    return app.exec()
