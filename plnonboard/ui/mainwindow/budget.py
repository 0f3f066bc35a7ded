"""The week's chat minutes against the budget, as a bar with the numbers written out."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget


class BudgetBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(260)
        self.bar.setMinimumWidth(120)
        self.bar.setAccessibleName(self.tr("Weekly time budget"))
        row.addWidget(self.label)
        row.addWidget(self.bar)
        self.minutes = 0
        self.budget = 0

    def set_minutes(self, minutes: int, budget: int) -> None:
        self.minutes, self.budget = minutes, budget
        self.bar.setRange(0, max(budget, minutes, 1))
        self.bar.setValue(minutes)
        if budget > 0 and minutes > budget:
            text = self.tr("{minutes} of {budget} minutes this week: {over} over your budget").format(
                minutes=minutes, budget=budget, over=minutes - budget)
        else:
            text = self.tr("{minutes} of {budget} minutes this week").format(minutes=minutes, budget=budget)
        self.label.setText(text)
        font = self.label.font()
        font.setBold(self.over)  # not colour alone: the words say "over" too
        self.label.setFont(font)
        self.bar.setAccessibleDescription(text)
        self.bar.setToolTip(text)

    @property
    def over(self) -> bool:
        return self.budget > 0 and self.minutes > self.budget
