"""A time of day that is easy by keyboard: type it as you would say it ("0700", "7am", "19:30").

QTimeEdit splits the time into hour and minute sections: Tab stops inside the minutes and typing
"0700" into the hours gives 21:07. This field takes the whole text, shows the locale's own clock
(7:00 AM or 07:00) when you leave it, and Up/Down move by 15 minutes (Page Up/Down by an hour).
Its API is QTimeEdit's part that the app uses: time(), setTime(), timeChanged.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLineEdit

from ..core.clock_input import parse_clock
from .a11y import warn_colour


class TimeField(QLineEdit):
    timeChanged = Signal(QTime)

    def __init__(self, value: QTime | None = None, parent=None) -> None:
        super().__init__(parent)
        self._time = QTime(0, 0)
        self._normal = self.palette()
        self.setToolTip(self.tr("Type a time, e.g. 07:00, 0700, 7am or 7:30 pm. Up and Down change it "
                                "by 15 minutes."))
        self.setMaxLength(16)
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(self._show)
        self.setTime(value if value is not None else QTime(0, 0))
        width = self.fontMetrics().horizontalAdvance(self._display(QTime(22, 30)) + "MM")
        self.setMinimumWidth(max(width, self.fontMetrics().horizontalAdvance("00:00 MM")) + 16)

    # -- the QTimeEdit API the app uses ------------------------------------------------------

    def time(self) -> QTime:
        return QTime(self._time)

    def setTime(self, value: QTime) -> None:
        value = QTime(value.hour(), value.minute())
        changed = value != self._time
        self._time = value
        self._show()
        if changed:
            self.timeChanged.emit(QTime(value))

    # -- typing ------------------------------------------------------------------------------

    @staticmethod
    def _display(value: QTime) -> str:
        return QLocale().toString(value, QLocale.FormatType.ShortFormat)

    def _edited(self, text: str) -> None:
        parsed = parse_clock(text)
        self._mark(parsed is not None or not text.strip())
        if parsed is not None:
            value = QTime(parsed.hour, parsed.minute)
            if value != self._time:
                self._time = value
                self.timeChanged.emit(QTime(value))

    def _show(self) -> None:
        """Leaving the field: show the time in effect (a half-typed or wrong text goes back to it)."""
        self.setText(self._display(self._time))
        self._mark(True)

    def _mark(self, ok: bool) -> None:
        if ok:
            self.setPalette(self._normal)
            self.setAccessibleDescription("")
            return
        pal = QPalette(self._normal)
        pal.setColor(QPalette.ColorRole.Text, warn_colour(pal))
        self.setPalette(pal)
        self.setAccessibleDescription(self.tr("Not a time yet; leaving the field keeps %1.")
                                      .replace("%1", self._display(self._time)))

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                              Qt.FocusReason.ShortcutFocusReason):
            self.selectAll()  # typing replaces the whole time

    def keyPressEvent(self, event) -> None:
        steps = {Qt.Key.Key_Up: 15, Qt.Key.Key_Down: -15, Qt.Key.Key_PageUp: 60, Qt.Key.Key_PageDown: -60}
        if event.key() in steps:
            self.setTime(self._time.addSecs(steps[event.key()] * 60))
            self.selectAll()
            return
        super().keyPressEvent(event)
