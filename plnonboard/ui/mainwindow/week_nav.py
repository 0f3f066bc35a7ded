"""The week navigation bar: previous / this week / next, and a date to jump to."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QToolButton, QWidget

from ..i18n import style_of
from ..weektext import fmt_long_day, qdate


class WeekNav(QWidget):
    dateRequested = Signal(object)  # a datetime.date inside the wanted week

    def __init__(self, previous: QAction, this_week: QAction, following: QAction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for action in (previous, this_week, following):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAccessibleName(action.text().replace("&", ""))
            row.addWidget(button)
        self.title = QLabel(self)
        self.title.setAccessibleName(self.tr("Week shown"))
        # One line: the date is short enough at the default size; a narrow window elides it instead.
        self.title.setWordWrap(False)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        row.addSpacing(12)
        row.addWidget(self.title)
        row.addStretch(1)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("MMM d, yyyy" if style_of(QLocale()).month_first else "d MMM yyyy")
        # The grid's weeks run Monday to Sunday (README: How times work), so does the pop-up calendar.
        self.date_edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.date_edit.setAccessibleName(self.tr("Go to date"))
        self.date_edit.setAccessibleDescription(self.tr("Shows the week that contains this date."))
        label = QLabel(self.tr("&Go to date:"), self)
        label.setBuddy(self.date_edit)
        row.addWidget(label)
        row.addWidget(self.date_edit)
        self.date_edit.dateChanged.connect(self._on_date)

    def set_week(self, monday: dt.date, day: dt.date) -> None:
        self.title.setText(self.tr("Week of {day}").format(day=fmt_long_day(monday)))
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(qdate(day))
        self.date_edit.blockSignals(False)

    def _on_date(self, value: QDate) -> None:
        if value.isValid():
            self.dateRequested.emit(dt.date(value.year(), value.month(), value.day()))
