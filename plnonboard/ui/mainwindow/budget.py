"""The week's chat minutes against the budget, as a bar with the numbers written out.

Over budget shows without reading: a warning icon appears and the bar turns the warm warning
colour; the words say "over" too, so colour is never the only sign."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QStyle, QWidget

from ..a11y import warn_colour


class BudgetBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.icon.setAccessibleName(self.tr("Over budget"))
        self.icon.hide()
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(260)
        self.bar.setMinimumWidth(120)
        self.bar.setAccessibleName(self.tr("Weekly time budget"))
        row.addWidget(self.icon)
        row.addWidget(self.label)
        row.addWidget(self.bar)
        self.minutes = 0
        self.budget = 0
        self._repainting = False

    def set_minutes(self, minutes: int, budget: int) -> None:
        self.minutes, self.budget = minutes, budget
        self.bar.setRange(0, max(budget, minutes, 1))
        self.bar.setValue(minutes)
        if self.over:
            text = self.tr("{minutes} of {budget} minutes this week: {over} over your budget").format(
                minutes=minutes, budget=budget, over=minutes - budget)
        else:
            text = self.tr("{minutes} of {budget} minutes this week").format(minutes=minutes, budget=budget)
        self.label.setText(text)
        font = self.label.font()
        font.setBold(self.over)
        self.label.setFont(font)
        self.icon.setVisible(self.over)
        pal = self.palette()
        if self.over:
            pal.setColor(QPalette.ColorRole.Highlight, warn_colour(pal))
            pal.setColor(QPalette.ColorRole.WindowText, warn_colour(pal.color(QPalette.ColorRole.Window)))
        self.bar.setPalette(pal)
        self.label.setPalette(pal)
        self.bar.setAccessibleDescription(text)
        self.bar.setToolTip(text)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._repainting:
            # The warning colour depends on light or dark: pick it again when the theme changes.
            self._repainting = True
            try:
                self.set_minutes(self.minutes, self.budget)
            finally:
                self._repainting = False

    @property
    def over(self) -> bool:
        return self.budget > 0 and self.minutes > self.budget
