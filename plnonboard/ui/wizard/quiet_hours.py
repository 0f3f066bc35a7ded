"""Quiet hours per weekday: a row per day with from/until times; a window may run past midnight."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QPushButton, QWidget

from ...core.boundaries import DEFAULT_QUIET_END as DEFAULT_END
from ...core.boundaries import DEFAULT_QUIET_START as DEFAULT_START
from ...core.model import QuietHours
from .. import texts
from ..time_field import TimeField


def _qtime(t: dt.time) -> QTime:
    return QTime(t.hour, t.minute)


def _pytime(q: QTime) -> dt.time:
    return dt.time(q.hour(), q.minute())


class QuietHoursEditor(QWidget):
    """Seven rows. `rules()` groups days with the same window into one QuietHours each."""

    changed = Signal()  # the user changed a tick or a time (not emitted while loading)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._loading = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.rows: list[tuple[QCheckBox, TimeField, TimeField, QLabel]] = []
        grid.addWidget(QLabel(self.tr("Evening starting on")), 0, 0)
        grid.addWidget(QLabel(self.tr("Quiet from")), 0, 1)
        grid.addWidget(QLabel(self.tr("until")), 0, 2)
        for day in range(7):
            name = texts.weekday_name(day)
            box = QCheckBox(name)
            box.setAccessibleName(self.tr("Quiet hours on %1").replace("%1", name))
            start, end = TimeField(), TimeField()  # typed whole: "0700", "7am", "21:30"
            for edit, what in ((start, self.tr("Quiet hours on %1 start at")),
                               (end, self.tr("Quiet hours on %1 end at"))):
                edit.setAccessibleName(what.replace("%1", name))
                edit.timeChanged.connect(self._on_change)
            start.setTime(_qtime(DEFAULT_START))
            end.setTime(_qtime(DEFAULT_END))
            note = QLabel()
            box.toggled.connect(self._on_change)
            grid.addWidget(box, day + 1, 0)
            grid.addWidget(start, day + 1, 1)
            grid.addWidget(end, day + 1, 2)
            grid.addWidget(note, day + 1, 3)
            self.rows.append((box, start, end, note))
        self.copy_button = QPushButton(self.tr("&Copy the first ticked day to all ticked days"))
        self.copy_button.clicked.connect(self.copy_first)
        grid.addWidget(self.copy_button, 8, 0, 1, 4, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(3, 1)
        self._refresh()

    def set_rules(self, rules: list[QuietHours]) -> None:
        self._loading = True
        for box, _start, _end, _note in self.rows:
            box.setChecked(False)
        for rule in rules:
            for day in rule.days:
                if 0 <= day < 7:
                    box, start, end, _note = self.rows[day]
                    box.setChecked(True)
                    start.setTime(_qtime(rule.start))
                    end.setTime(_qtime(rule.end))
        self._loading = False
        self._refresh()

    def rules(self) -> list[QuietHours]:
        groups: dict[tuple[dt.time, dt.time], list[int]] = {}
        for day, (box, start, end, _note) in enumerate(self.rows):
            if box.isChecked():
                groups.setdefault((_pytime(start.time()), _pytime(end.time())), []).append(day)
        return [QuietHours(tuple(days), a, b) for (a, b), days in groups.items()]

    def problem(self) -> str:
        for day, (box, start, end, _note) in enumerate(self.rows):
            if box.isChecked() and start.time() == end.time():
                return self.tr("Quiet hours on %1 start and end at the same time; "
                               "change one of them.").replace("%1", texts.weekday_name(day))
        return ""

    def copy_first(self) -> None:
        ticked = [r for r in self.rows if r[0].isChecked()]
        if not ticked:
            return
        first = ticked[0]
        self._loading = True
        for _box, start, end, _note in ticked[1:]:
            start.setTime(first[1].time())
            end.setTime(first[2].time())
        self._loading = False
        self._on_change()

    def _refresh(self) -> None:
        for box, start, end, note in self.rows:
            on = box.isChecked()
            start.setEnabled(on)
            end.setEnabled(on)
            crosses = on and end.time() < start.time()
            note.setText(self.tr("(ends the next morning)") if crosses else "")

    def _on_change(self, *_args) -> None:
        self._refresh()
        if not self._loading:
            self.changed.emit()
