"""Details of one chat session: when (yours and the host's), what, how to join, status, sources,
and the two things you can change from here: drop it, or change its reminder.

Directory text is untrusted: shown as plain text; links open only through open_web_link."""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QMessageBox, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from ..core.boundaries import Conflict
from ..core.evidence import ChatState, Observation
from ..core.handles import hashtag_search_url
from ..core.model import Plan, PlanChat
from ..core.recurrence import Occurrence
from ..core.timefmt import offset_text
from ..core.vocab import PLATFORMS
from ..core.zones import city_name
from . import weektext as wt
from .safe import open_or_offer_copy, plain_label
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


def outcome_text(outcome: str) -> str:
    return {"attended": wt.translate("WeekText", "it ran, you were there"),
            "lurked": wt.translate("WeekText", "it ran, you read along"),
            "nobody": wt.translate("WeekText", "nobody was there")}.get(outcome, outcome)


def history_text(history: list[Observation]) -> str:
    """'Tue 1 Dec: it ran, you were there' per answer, newest first."""
    if not history:
        return wt.translate("WeekText", "No answers yet.")
    return "\n".join(f"{wt.fmt_day(o.day)}: {outcome_text(o.outcome)}" for o in history[:8])


class ChatDetailsDialog(QDialog):
    planEdited = Signal(object)  # a changed copy of the plan
    observed = Signal(object)  # an Observation: the user's answer to "Did it happen?"

    def __init__(self, occurrence: Occurrence, conflicts: list[Conflict], plan: Plan, zone: str,
                 parent: QWidget | None = None, *, now: dt.datetime | None = None,
                 history: list[Observation] | None = None, state: ChatState | None = None) -> None:
        super().__init__(parent)
        self.occ, self.plan, self.zone = occurrence, plan, zone
        self.now, self.history, self.state = now, list(history or []), state
        self.answer_buttons: dict[str, QPushButton] = {}
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
        self.ask_box = self._ask_box() if now is not None and occurrence.end <= now else None
        if self.ask_box is not None:
            outer.addWidget(self.ask_box)

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
        if state is not None:
            seen = wt.last_seen_text(state)
            line = (self.tr("Running for you: {seen}").format(seen=seen) if state.running
                    else self.tr("May not run: {seen}").format(seen=seen))
            self.state_label = plain_label(line, body)
            form.addRow(self.tr("For you:"), self.state_label)
        self.history_label = plain_label(history_text(self.history), body)
        self.history_label.setAccessibleName(self.tr("Your answers about this chat"))
        form.addRow(self.tr("Your answers:"), self.history_label)
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

    def _ask_box(self) -> QGroupBox:
        """ "Did it happen?" for a session whose time has passed: the user's own evidence."""
        box = QGroupBox(self.tr("Did it happen? ({day})").format(
            day=wt.fmt_day(self.occ.start_in(self.zone).date())), self)
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        for outcome, text in (("attended", self.tr("It ran, I was &there")),
                              ("lurked", self.tr("It ran, I &lurked")),
                              ("nobody", self.tr("&Nobody was there"))):
            button = QPushButton(text, box)
            button.setAccessibleName(text.replace("&", ""))
            button.setCheckable(True)
            button.setAutoDefault(False)  # Enter must not answer for the user; a checked button shows the answer
            button.clicked.connect(lambda _=False, o=outcome: self.answer(o))
            row.addWidget(button)
            self.answer_buttons[outcome] = button
        column.addLayout(row)
        self.answer_note = plain_label(self.tr("Your answer stays on this computer. It tells PLN Onboard whether "
                                               "this chat still runs."), box)
        column.addWidget(self.answer_note)
        mine = self.session_answer()
        if mine is not None:
            self.answer_buttons[mine.outcome].setChecked(True)
        return box

    def session_answer(self) -> Observation | None:
        key = self.occ.start.isoformat()
        return next((o for o in self.history if o.chat_id == self.occ.chat.id and o.session_start == key), None)

    def answer(self, outcome: str) -> None:
        obs = Observation(self.occ.chat.id, self.occ.start_in(self.zone).date(), outcome, self.occ.start.isoformat())
        for name, button in self.answer_buttons.items():
            button.setChecked(name == outcome)
        self.observed.emit(obs)

    def answered(self, history: list[Observation], state: ChatState | None, error: str = "") -> None:
        """The window kept (or could not keep) the answer: show the history and what it means."""
        if error:
            self.answer_note.setText(error)
            return
        self.history, self.state = list(history), state
        self.history_label.setText(history_text(self.history))
        if state is not None and state.suggest_drop:
            self.answer_note.setText(self.tr("Nobody was there the last {count} times. It may have stopped: "
                                             "you could drop it from your plan.").format(count=state.nobody_streak))
            self.drop_button.setFocus()
        elif state is not None and state.running:
            self.answer_note.setText(self.tr("Thanks. {hashtag} counts as running for you.").format(
                hashtag=self.occ.chat.hashtag))
        else:
            self.answer_note.setText(self.tr("Thanks. Your answer is kept with its date."))
        if hasattr(self, "state_label") and state is not None:
            seen = wt.last_seen_text(state)
            self.state_label.setText(self.tr("Running for you: {seen}").format(seen=seen) if state.running
                                     else self.tr("May not run: {seen}").format(seen=seen))

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
            button.clicked.connect(lambda _=False, u=url: open_or_offer_copy(u, self))
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
            button.clicked.connect(lambda _=False, u=url: open_or_offer_copy(u, self))
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
