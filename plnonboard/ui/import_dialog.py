"""The main window's File > Import: an ImportPanel in a dialog. Ticked items are merged into a
copy of the plan (follows, calendar chats, accepted directory updates as the plan's own chats),
which the window then shows and saves through its usual path."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from ..core.model import Plan
from .context import AppContext
from .import_panel import ImportPanel
from .safe import plain_label


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, plan: Plan, parent: QWidget | None = None, **panel_options) -> None:
        super().__init__(parent)
        self.plan = plan
        self.merged: Plan | None = None
        self.lines: list[str] = []
        self.setWindowTitle(self.tr("Import feeds, lists and calendars"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Bring in a blog's feed, the list of blogs your feed reader exports (Feedly, Inoreader…), a calendar "
            "of chats (.ics) or a chat directory update. Only web addresses (http and https) are read. Nothing "
            "is added until you tick it and press Add.")))
        panel_options.setdefault("hint", self.tr("Tick what you want, then press Add."))
        self.panel = ImportPanel(ctx, plan, self, **panel_options)
        layout.addWidget(self.panel, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = self.buttons.addButton(self.tr("&Add ticked to my plan"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.panel.resultsChanged.connect(self._update)
        self.panel.busyChanged.connect(self._update)
        self.resize(900, 620)

    def _update(self, *_args) -> None:
        self.add_button.setEnabled(not self.panel.is_busy() and bool(self.panel.chosen()))

    def accept(self) -> None:
        self.merged, self.lines = self.panel.apply_to(self.plan)
        super().accept()

    def reject(self) -> None:
        self.panel.cancel()  # a running fetch stops; its results are dropped
        super().reject()

    def done(self, result: int) -> None:
        self.panel.cancel()
        super().done(result)


def run_import(parent: QWidget | None, ctx: AppContext, plan: Plan) -> Plan | None:
    """Show the dialog; on Add, hand the merged plan to the window (which saves it) and return it."""
    dialog = ImportDialog(ctx, plan, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.merged is None or not dialog.lines:
        return None
    apply_change = getattr(parent, "apply_change", None)
    if callable(apply_change):
        apply_change(dialog.merged)
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("ImportDialog", "Imported"),
                      QCoreApplication.translate("ImportDialog", "Added to your plan: %1").replace(
                          "%1", "; ".join(dialog.lines)),
                      QMessageBox.StandardButton.Ok, parent)
    from PySide6.QtCore import Qt

    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
    return dialog.merged
