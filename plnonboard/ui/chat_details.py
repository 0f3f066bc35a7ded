"""Details of one chat session: when (yours and the host's), what, how to join, status, sources,
and the two things you can change from here: drop it, or change its reminder.

Directory text is untrusted: shown as plain text; links open only through open_web_link."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QMessageBox,
                               QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from ..core.boundaries import Conflict
from ..core.handles import hashtag_search_url
from ..core.model import Plan, PlanChat
from ..core.recurrence import Occurrence
from ..core.timefmt import offset_text
from ..core.vocab import PLATFORMS
from ..core.zones import city_name
from . import weektext as wt
from .safe import open_web_link, plain_label
from .texts import chat_status

NO_REMINDER_CHANGE = -1


def frequency_text(occ: Occurrence) -> str:
    slot = occ.slot
    day = wt.day_name(slot.weekday)
    freq = slot.frequency
    if freq.kind == "weekly":
        return wt.translate("WeekText", "Every {day} (host's day)").format(day=day)
    if freq.kind == "every_n_weeks":
        return wt.translate("WeekText", "Every {n} weeks on {day} (host's day)").format(n=freq.interval, day=day)
    ordinal = {1: wt.translate("WeekText", "First"), 2: wt.translate("WeekText", "Second"),
               3: wt.translate("WeekText", "Third"), 4: wt.translate("WeekText", "Fourth"),
               -1: wt.translate("WeekText", "Last")}.get(freq.nth, "")
    return wt.translate("WeekText", "{ordinal} {day} of the month (host's day)").format(ordinal=ordinal, day=day)


def status_text(occ: Occurrence) -> str:
    """The chat's status as of the session's own date (core/status.py decays 'running'), and what
    to do when it is not known to run."""
    chat = occ.chat
    if chat.custom:
        return wt.translate("WeekText", "Added by you")
    status, badge, _tone = chat_status(chat, occ.host_day)
    if status != "running":
        badge += ". " + wt.translate("WeekText", "It may no longer meet every week: search the hashtag before the time "
                                                "to see whether people are posting.")
    return badge


class ChatDetailsDialog(QDialog):
    planEdited = Signal(object)  # a changed copy of the plan

    def __init__(self, occurrence: Occurrence, conflicts: list[Conflict], plan: Plan, zone: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.occ, self.plan, self.zone = occurrence, plan, zone
        chat = occurrence.chat
        self.entry = next((pc for pc in plan.chats if pc.id == chat.id), None)
        self.setWindowTitle(self.tr("{hashtag} details").format(hashtag=chat.hashtag))
        self.setAccessibleName(self.windowTitle())
        outer = QVBoxLayout(self)
        heading = plain_label(wt.block_label(occurrence), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        outer.addWidget(heading)

        # Made before the body so Tab meets it first (then the links and the reminder inside it); it
        # takes the focus so the arrow keys can scroll a long description.
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Details of {hashtag}").format(hashtag=chat.hashtag))
        body = QWidget(self)
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        start = occurrence.start_in(zone)
        form.addRow(self.tr("Your time:"), plain_label(
            self.tr("{when} in {city} ({offset})").format(when=wt.your_time(occurrence, zone),
                                                       city=city_name(zone), offset=offset_text(start)), body))
        host = occurrence.host_start()
        host_line = self.tr("{when} ({zone}, {offset})").format(when=wt.host_time(occurrence),
                                                               zone=occurrence.slot.zone, offset=offset_text(host))
        if occurrence.shifted_by_dst:
            host_line += "\n" + self.tr("The clocks change that night, so it starts at {time} host time.").format(
                time=wt.fmt_time(host))
        form.addRow(self.tr("Host's time:"), plain_label(host_line, body))
        form.addRow(self.tr("How often:"), plain_label(frequency_text(occurrence), body))
        session = "\n".join(t for t in (occurrence.slot.label, occurrence.slot.note) if t)
        if occurrence.slot.minutes_assumed:
            session = "\n".join(t for t in (session, self.tr("The length ({minutes} minutes) is a guess; "
                                                               "the community did not say.").format(
                minutes=occurrence.minutes)) if t)
        if session:
            form.addRow(self.tr("This session:"), plain_label(session, body))
        form.addRow(self.tr("Status:"), plain_label(status_text(occurrence), body))
        if chat.description:
            form.addRow(self.tr("About:"), plain_label(chat.description, body))
        form.addRow(self.tr("How to join:"), self._join_row(body))
        if conflicts:
            text = "\n".join("• " + wt.conflict_text(c, occurrence) for c in conflicts)
            form.addRow(self.tr("Watch out:"), plain_label(text, body))
        sources = [u for u in chat.sources if u] or ([chat.link] if chat.link else [])
        if sources:
            form.addRow(self.tr("Sources:"), self._links(sources, body))
        self.reminder = QSpinBox(body)
        self.reminder.setRange(NO_REMINDER_CHANGE, 24 * 60)
        self.reminder.setSingleStep(5)
        default = plan.boundaries.reminder_minutes
        self.reminder.setSpecialValueText(self.tr("Your usual ({minutes} minutes before)").format(minutes=default))
        self.reminder.setSuffix(self.tr(" minutes before"))
        current = self.entry.reminder_minutes if self.entry is not None else None
        self.reminder.setValue(NO_REMINDER_CHANGE if current is None else current)
        self.reminder.setAccessibleName(self.tr("Reminder for this chat"))
        self.reminder.setAccessibleDescription(self.tr("How many minutes before the chat your calendar reminds "
                                                       "you. The lowest value means your usual reminder."))
        if self.entry is None:
            self.reminder.setEnabled(False)
        reminder_label = QLabel(self.tr("&Reminder:"), body)
        reminder_label.setBuddy(self.reminder)
        form.addRow(reminder_label, self.reminder)

        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close, self)
        self.drop_button = self.buttons.addButton(self.tr("&Drop this chat"),
                                                  QDialogButtonBox.ButtonRole.DestructiveRole)
        self.drop_button.setEnabled(self.entry is not None)
        self.drop_button.setToolTip(self.tr("Take {hashtag} out of your plan").format(hashtag=chat.hashtag))
        self.drop_button.clicked.connect(self._on_drop_clicked)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.resize(560, 520)

    def _join_row(self, parent: QWidget) -> QWidget:
        chat = self.occ.chat
        box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(plain_label(self.tr("At the time, search for {hashtag} and read the newest posts; "
                                             "reply with the hashtag to take part.").format(hashtag=chat.hashtag),
                                     box))
        mine = [p for p in chat.platforms if p in self.plan.profile.platforms] or list(chat.platforms)
        row = QHBoxLayout()
        for platform in mine:
            if platform not in PLATFORMS:
                continue
            url = hashtag_search_url(platform, chat.hashtag)
            button = QPushButton(self.tr("Search on {platform}").format(platform=PLATFORMS[platform]), box)
            button.setToolTip(url)
            button.clicked.connect(lambda _=False, u=url: open_web_link(u))
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        return box

    def _links(self, urls: list[str], parent: QWidget) -> QWidget:
        box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for url in urls[:6]:
            shown = url if len(url) <= 70 else url[:67] + "…"
            button = QPushButton(shown, box)
            button.setFlat(True)
            button.setToolTip(url)
            button.setAccessibleName(self.tr("Open source {url}").format(url=url))
            button.setStyleSheet("text-align: left; color: palette(link); text-decoration: underline")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, u=url: open_web_link(u))
            column.addWidget(button)
        return box

    # -- changes -------------------------------------------------------------------------------

    def confirm_drop(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Drop this chat?"),
                          self.tr("Take {hashtag} out of your plan? You can add it again with Edit plan.").format(
                              hashtag=self.occ.chat.hashtag),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _on_drop_clicked(self) -> None:
        if self.confirm_drop():
            self.drop()

    def drop(self) -> None:
        plan = copy.deepcopy(self.plan)
        plan.chats = [pc for pc in plan.chats if pc.id != self.occ.chat.id]
        self.planEdited.emit(plan)
        self.accept()

    def save(self) -> None:
        value = self.reminder.value()
        wanted = None if value == NO_REMINDER_CHANGE else value
        if self.entry is not None and wanted != self.entry.reminder_minutes:
            plan = copy.deepcopy(self.plan)
            for i, pc in enumerate(plan.chats):
                if pc.id == self.occ.chat.id:
                    plan.chats[i] = PlanChat(pc.id, pc.custom, pc.sessions, wanted, pc.extra)
            self.planEdited.emit(plan)
        self.accept()
