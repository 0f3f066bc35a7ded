"""The details pane of the chats page: everything about one chat, as plain text; links are buttons."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...core.model import Chat
from ...core.recurrence import next_occurrence
from ...core.zones import get_zone
from .. import texts
from ..safe import open_or_offer_copy, plain_label
from .chat_model import ChatRow

MAX_LINKS = 4


class ChatDetails(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Chat details"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.heading = plain_label()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.status = plain_label()
        self.description = plain_label()
        self.facts = plain_label()
        self.sessions = plain_label()
        for w in (self.heading, self.status, self.description, self.facts, self.sessions):
            layout.addWidget(w)
        self.links_row = QHBoxLayout()
        layout.addLayout(self.links_row)
        layout.addStretch(1)
        self.show_row(None, "UTC", dt.date.today())

    def show_row(self, row: ChatRow | None, zone: str, today: dt.date) -> None:
        while self.links_row.count():
            item = self.links_row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if row is None:
            self.heading.setText(self.tr("Pick a chat in the list to read about it here."))
            for w in (self.status, self.description, self.facts, self.sessions):
                w.setText("")
            return
        chat = row.chat
        self.heading.setText(f"{chat.hashtag} — {chat.title}" if chat.title != chat.hashtag else chat.hashtag)
        self.status.setText(self._status(chat))
        self.description.setText(chat.description or self.tr("No description."))
        facts = []
        if chat.audience:
            facts.append(self.tr("For: %1").replace("%1", chat.audience))
        facts.append(self.tr("On: %1").replace("%1", ", ".join(texts.platform_labels().get(p, p)
                                                                  for p in chat.platforms)))
        if row.reasons:
            facts.append(self.tr("Why it is suggested: %1").replace("%1", "; ".join(row.reasons)))
        self.facts.setText("\n".join(facts))
        self.sessions.setText("\n".join(self._sessions(chat, zone, today)))
        links = list(dict.fromkeys(([chat.link] if chat.link else []) + list(chat.sources)))[:MAX_LINKS]
        for i, url in enumerate(links):
            button = QPushButton(self.tr("Source %1").replace("%1", str(i + 1)) if i or not chat.link
                                 else self.tr("Chat page"))
            button.setToolTip(url)
            button.setAccessibleName(self.tr("Open %1 in the browser").replace("%1", url))
            button.clicked.connect(lambda _=False, u=url: open_or_offer_copy(u, self))
            self.links_row.addWidget(button)
        self.links_row.addStretch(1)

    def _status(self, chat: Chat) -> str:
        text = texts.status_text(chat.status, chat.last_seen)
        if chat.custom:
            return self.tr("Added by you")
        if chat.status == "historical":
            return text + " — " + self.tr("it may not run any more; look at its hashtag before you plan "
                                          "around it.")
        if chat.status == "unverified":
            return text + " — " + self.tr("nobody has confirmed this schedule; check the hashtag first.")
        return text

    def _sessions(self, chat: Chat, zone: str, today: dt.date) -> list[str]:
        start = dt.datetime.combine(today, dt.time(0), tzinfo=get_zone(zone))
        out = []
        for i, slot in enumerate(chat.slots):
            occ = next_occurrence(chat, start, i)
            how = texts.frequency_text(slot.frequency, slot.weekday)
            if occ is None:
                out.append(self.tr("No upcoming session (%1)").replace("%1", how))
                continue
            line = self.tr("Next: %1, %2 (%3)").replace("%1", texts.date_text(occ.start_in(zone).date()))
            out.append(line.replace("%2", texts.both_times(occ, zone)).replace("%3", how))
        return out
