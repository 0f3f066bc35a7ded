"""Small pieces of the main window kept apart so its module stays readable: the week worked out on
any thread, and a plain-text message box."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.errors import BadInput
from ...core.model import Plan
from ...core.schedule import WeekReport, plan_week

WEEK_ON_GUI_THREAD = 100  # chats; more are worked out on a worker thread (see refresh)


def _work_out_week(plan: Plan, directory, fallback, day: dt.date, zone: str) -> tuple[WeekReport, str]:
    """(report, problem): runs on any thread, touches no widget."""
    try:
        return plan_week(plan, directory, day, zone), ""
    except BadInput as exc:
        return plan_week(Plan(profile=plan.profile, boundaries=plan.boundaries), fallback, day, zone), str(exc)


def _message(parent: QWidget, title: str, text: str, icon=QMessageBox.Icon.Information) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box
