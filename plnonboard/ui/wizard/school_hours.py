"""School hours: the days you teach and the times, so no chat is suggested while you are in class.

Stored as `Boundaries.school_hours`, windows shaped like quiet hours (core/model.py QuietHours);
the editor shows one window (the days ticked, from, until), which is what nearly every teacher has.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QWidget

from ...core.model import QuietHours
from .. import texts
from ..time_field import TimeField

# What a new plan starts with, in view and changeable: a common school day, Monday to Friday.
DEFAULT_DAYS = (0, 1, 2, 3, 4)
DEFAULT_START = dt.time(8, 0)
DEFAULT_END = dt.time(16, 0)


def default_school_hours() -> list[QuietHours]:
    return [QuietHours(DEFAULT_DAYS, DEFAULT_START, DEFAULT_END)]


def _qtime(t: dt.time) -> QTime:
    return QTime(t.hour, t.minute)


def _pytime(q: QTime) -> dt.time:
    return dt.time(q.hour(), q.minute())


class SchoolHoursEditor(QWidget):
    """A tick per weekday and one from/until pair. No day ticked means no school hours."""

    changed = Signal()  # the user changed a tick or a time (not emitted while loading)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._loading = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        self.days: dict[int, QCheckBox] = {}
        for day in range(7):
            name = texts.weekday_name(day)
            box = QCheckBox(texts.weekday_name(day, short=True))
            box.setAccessibleName(self.tr("I teach on %1").replace("%1", name))
            box.toggled.connect(self._on_change)
            grid.addWidget(box, 0, day)
            self.days[day] = box
        times = QHBoxLayout()
        times.setSpacing(8)
        # The same field as quiet hours: typed whole ("0800", "8am") and shown in the locale's clock
        # (a 24-hour "16:00" here beside "10:00 PM" there read as two apps for a US teacher).
        self.start, self.end = TimeField(), TimeField()
        for edit, label, name in ((self.start, self.tr("From"), self.tr("School hours start at")),
                                  (self.end, self.tr("until"), self.tr("School hours end at"))):
            edit.setAccessibleName(name)
            edit.timeChanged.connect(self._on_change)
            caption = QLabel(label)
            caption.setBuddy(edit)
            times.addWidget(caption)
            times.addWidget(edit)
            times.addSpacing(8)
        self.hint = QLabel()
        times.addWidget(self.hint)
        times.addStretch(1)
        grid.addLayout(times, 1, 0, 1, 7)
        grid.setColumnStretch(7, 1)
        self.start.setTime(_qtime(DEFAULT_START))
        self.end.setTime(_qtime(DEFAULT_END))
        self._refresh()

    def set_rules(self, rules: list[QuietHours]) -> None:
        self._loading = True
        days = {d for r in rules for d in r.days if 0 <= d < 7}
        for day, box in self.days.items():
            box.setChecked(day in days)
        if rules:
            self.start.setTime(_qtime(rules[0].start))
            self.end.setTime(_qtime(rules[0].end))
        self._loading = False
        self._refresh()

    def rules(self) -> list[QuietHours]:
        days = tuple(d for d, box in self.days.items() if box.isChecked())
        if not days:
            return []
        return [QuietHours(days, _pytime(self.start.time()), _pytime(self.end.time()))]

    def problem(self) -> str:
        if any(box.isChecked() for box in self.days.values()) and self.end.time() <= self.start.time():
            return self.tr("School hours end before they start; change one of the times.")
        return ""

    def _refresh(self) -> None:
        on = any(box.isChecked() for box in self.days.values())
        self.start.setEnabled(on)
        self.end.setEnabled(on)
        self.hint.setText("" if on else self.tr("(no day ticked: no school hours)"))

    def _on_change(self, *_args) -> None:
        self._refresh()
        if not self._loading:
            self.changed.emit()
