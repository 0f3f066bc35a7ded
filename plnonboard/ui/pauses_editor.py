"""Pauses (holidays, report-card week): a list to add to and remove from, used on the wizard's
boundaries page and in Plan → Pauses… in the main window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from ..core.model import Pause
from ..core.pauses import MAX_PAUSE_DAYS, MAX_PAUSES, sorted_pauses
from . import texts
from . import weektext as wt

PAUSE_ROLE = Qt.ItemDataRole.UserRole + 1


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def pause_line(pause: Pause) -> str:
    days = (pause.end - pause.start).days + 1
    span = wt.translate("PausesEditor", "{n} days").format(n=days) if days > 1 else \
        wt.translate("PausesEditor", "1 day")
    name = pause.label or wt.translate("PausesEditor", "Pause")
    return f"{name}: {wt.pause_range(pause)} ({span})"


class PausesEditor(QWidget):
    changed = Signal(object)  # list[Pause]

    def __init__(self, today: dt.date, parent: QWidget | None = None, *, mnemonics: bool = True) -> None:
        super().__init__(parent)
        self.today = today
        # On the wizard page the group box around the editor carries the Alt+letter (its page uses the others).
        m = (lambda text: text) if mnemonics else (lambda text: text.replace("&", ""))
        self._pauses: list[Pause] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Your pauses"))
        self.list.setAccessibleDescription(self.tr("Dates with no chats. Select one and press Delete to remove it."))
        self.list.setMinimumHeight(70)
        column.addWidget(self.list)
        form = QFormLayout()
        self.label = QLineEdit(self)
        self.label.setMaxLength(100)
        self.label.setPlaceholderText(self.tr("Winter break"))
        self.label.setAccessibleName(self.tr("Name of the pause"))
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        for edit, name in ((self.start, self.tr("First day of the pause")),
                           (self.end, self.tr("Last day of the pause"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(texts.date_format())  # the order the rest of the window uses
            edit.setAccessibleName(name)
        self.start.setDate(wt.qdate(today))
        self.end.setDate(wt.qdate(today + dt.timedelta(days=6)))
        self.start.dateChanged.connect(self._keep_order)
        label = QLabel(m(self.tr("&Name:")), self)
        label.setBuddy(self.label)
        form.addRow(label, self.label)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        to = QLabel(m(self.tr("&to")), self)
        to.setBuddy(self.end)
        dates.addWidget(to)
        dates.addWidget(self.end)
        dates.addStretch(1)
        from_label = QLabel(m(self.tr("&From:")), self)
        from_label.setBuddy(self.start)
        form.addRow(from_label, dates)
        column.addLayout(form)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(m(self.tr("&Add pause")), self)
        self.remove_button = QPushButton(m(self.tr("&Remove pause")), self)
        self.remove_button.setEnabled(False)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.hide()
        column.addWidget(self.problem)
        self.add_button.clicked.connect(self.add_from_fields)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))

    def _keep_order(self, value: QDate) -> None:
        if self.end.date() < value:
            self.end.setDate(value)

    def pauses(self) -> list[Pause]:
        return list(self._pauses)

    def set_pauses(self, pauses: list[Pause]) -> None:
        self._pauses = sorted_pauses(list(pauses))
        self.list.clear()
        for pause in self._pauses:
            item = QListWidgetItem(pause_line(pause))
            item.setData(PAUSE_ROLE, pause)
            self.list.addItem(item)
        if not self._pauses:
            self.list.addItem(QListWidgetItem(self.tr("No pauses yet.")))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.remove_button.setEnabled(False)

    def add_from_fields(self) -> bool:
        start, end = pydate(self.start.date()), pydate(self.end.date())
        problem = ""
        if end < start:
            problem = self.tr("The last day is before the first day.")
        elif (end - start).days >= MAX_PAUSE_DAYS:
            problem = self.tr("A pause can be at most a year long.")
        elif len(self._pauses) >= MAX_PAUSES:
            problem = self.tr("That is the most pauses a plan can keep; remove an old one first.")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if problem:
            return False
        pause = Pause(start, end, " ".join(self.label.text().split())[:100])
        if pause not in self._pauses:
            self.set_pauses(self._pauses + [pause])
            self.changed.emit(self.pauses())
        self.label.clear()
        return True

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        pause = item.data(PAUSE_ROLE) if item is not None else None
        if pause is None:
            return
        self.set_pauses([p for p in self._pauses if p != pause])
        self.changed.emit(self.pauses())

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Delete and self.list.hasFocus():
            self.remove_selected()
            return
        super().keyPressEvent(event)


class PausesDialog(QDialog):
    """Plan → Pauses…: edit the plan's pauses; Save hands the new list back."""
    pausesChosen = Signal(object)  # list[Pause]

    def __init__(self, pauses: list[Pause], today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pauses"))
        self.setAccessibleName(self.windowTitle())
        column = QVBoxLayout(self)
        intro = QLabel(self.tr("Take a break from chats for a holiday or a busy week. Paused days show in your "
                               "week, and the calendar you export skips their sessions."), self)
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.editor = PausesEditor(today, self)
        self.editor.set_pauses(pauses)
        column.addWidget(self.editor)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        self.resize(480, 380)

    def save(self) -> None:
        # Dates typed but not yet added count too: that is what a person expects from Save.
        if self.editor.label.text().strip() and not self.editor.add_from_fields():
            return
        self.pausesChosen.emit(self.editor.pauses())
        self.accept()
