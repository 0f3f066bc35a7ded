"""'Add a chat' for one the directory lacks: hashtag, platform, day, time, host zone, length, how often.
The core's parse_chat validates it exactly as it validates the shipped directory."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox,
                               QVBoxLayout)

from ...core.directory import chat_id_for, parse_chat
from ...core.errors import DataError
from ...core.model import Chat
from ...core.vocab import WEEKDAYS
from .. import texts
from ..time_field import TimeField
from .base import SPACING, error_label, intro_label, show_error
from .zone_picker import ZonePicker


class AddChatDialog(QDialog):
    def __init__(self, default_zone: str, taken_ids: set[str], today: dt.date, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a chat"))
        self.taken = taken_ids
        self.chat: Chat | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(intro_label(self.tr("Add a chat the list does not have. Use the time the host "
                                             "announces, in the host's time zone; PLN Onboard converts it.")))
        form = QFormLayout()
        self.hashtag = QLineEdit()
        self.hashtag.setPlaceholderText("#mathchat")
        self.hashtag.setAccessibleName(self.tr("Hashtag"))
        form.addRow(self.tr("&Hashtag:"), self.hashtag)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Name (optional)"))
        form.addRow(self.tr("&Name (optional):"), self.title)
        self.platform = QComboBox()
        for key, label in texts.platform_labels().items():
            self.platform.addItem(label, key)
        self.platform.setAccessibleName(self.tr("Platform"))
        form.addRow(self.tr("&Platform:"), self.platform)
        self.weekday = QComboBox()
        for i in range(7):
            self.weekday.addItem(texts.weekday_name(i), i)
        self.weekday.setAccessibleName(self.tr("Day, in the host's time zone"))
        form.addRow(self.tr("&Day (host's):"), self.weekday)
        self.start = TimeField(QTime(20, 0))  # typed whole: "2000", "8pm", "20:00"
        self.start.setAccessibleName(self.tr("Start time, in the host's time zone"))
        form.addRow(self.tr("&Start (host's time):"), self.start)
        self.zone = ZonePicker()
        self.zone.setZone(default_zone)
        self.zone.setAccessibleName(self.tr("Host's time zone"))
        form.addRow(self.tr("Host's time &zone:"), self.zone)
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 240)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Length in minutes"))
        form.addRow(self.tr("&Length:"), self.minutes)
        self.frequency = QComboBox()
        self.frequency.setAccessibleName(self.tr("How often"))
        self.frequency.addItem(self.tr("Every week"), "weekly")
        self.frequency.addItem(self.tr("Every two weeks"), "every_n_weeks:2")
        for nth, label in ((1, self.tr("First of the month")), (2, self.tr("Second of the month")),
                           (3, self.tr("Third of the month")), (4, self.tr("Fourth of the month")),
                           (-1, self.tr("Last of the month"))):
            self.frequency.addItem(label, f"monthly:{nth}")
        form.addRow(self.tr("How &often:"), self.frequency)
        self.anchor = QDateEdit(QDate(today.year, today.month, today.day))
        self.anchor.setCalendarPopup(True)
        self.anchor.setDisplayFormat("ddd d MMM yyyy")
        self.anchor.setAccessibleName(self.tr("Date of one session (for every two weeks)"))
        form.addRow(self.tr("Date of one sess&ion:"), self.anchor)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add chat"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.frequency.currentIndexChanged.connect(self._frequency_changed)
        self._frequency_changed()

    def _frequency_changed(self, *_args) -> None:
        self.anchor.setEnabled(self._frequency()[0] == "every_n_weeks")

    def _frequency(self) -> tuple[str, int]:
        kind, _, n = str(self.frequency.currentData()).partition(":")
        return kind, int(n or 0)

    def entry(self) -> dict:
        """The chat as a directory entry, exactly what parse_chat reads."""
        tag = self.hashtag.text().strip()
        if tag and not tag.startswith("#"):
            tag = "#" + tag
        kind, n = self._frequency()
        freq: dict = {"kind": kind}
        if kind == "every_n_weeks":
            freq.update(interval=n, anchor=self.anchor.date().toPython().isoformat())
        elif kind == "monthly":
            freq["nth"] = n
        t = self.start.time()
        return {
            "hashtag": tag,
            "title": self.title.text().strip() or tag,
            "platforms": [self.platform.currentData()],
            "slots": [{"weekday": WEEKDAYS[self.weekday.currentData()], "start": f"{t.hour():02d}:{t.minute():02d}",
                       "zone": self.zone.zone(), "minutes": self.minutes.value(), "frequency": freq}],
            "status": "unverified",
        }

    def problem(self) -> str:
        entry = self.entry()
        if not entry["hashtag"]:
            return self.tr("Type the chat's hashtag, like #mathchat.")
        if not self.zone.zone():
            return self.tr("Pick the host's time zone from the list (type a city).")
        if chat_id_for(entry["hashtag"]) in self.taken:
            return self.tr("%1 is already in the list; tick it there instead.").replace("%1", entry["hashtag"])
        freq = entry["slots"][0]["frequency"]
        if freq["kind"] == "every_n_weeks" and self.anchor.date().toPython().weekday() != self.weekday.currentData():
            return self.tr("The date of one session must be a %1.").replace(
                "%1", texts.weekday_name(self.weekday.currentData()))
        try:
            self.chat = parse_chat(entry, custom=True)
        except DataError as exc:
            return self.tr("This chat cannot be added: %1").replace("%1", str(exc))
        return ""

    def accept(self) -> None:
        problem = self.problem()
        show_error(self.error, problem)
        if not problem:
            super().accept()
