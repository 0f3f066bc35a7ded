"""The details pane of the chats page: everything about one chat or community, as plain text; links
are buttons. A community says how to join it in its own one or two steps, with its link's whole
address in view (so nobody follows a link without seeing where it goes)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...core.model import Chat
from ...core.recurrence import next_occurrence
from ...core.zones import day_start_utc
from .. import texts
from ..safe import open_or_offer_copy, plain_label
from .chat_model import ChatRow

MAX_LINKS = 4
MAX_SHOWN_URL = 70


def shown_url(url: str) -> str:
    """The address without its scheme; a long path is cut, never the domain."""
    rest = url.split("://", 1)[-1]
    host, _, path = rest.partition("/")
    if len(rest) <= MAX_SHOWN_URL or not path:
        return rest
    room = max(MAX_SHOWN_URL - len(host) - 2, 8)
    return f"{host}/{path[:room]}…"


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
        self.join = plain_label()  # a community's steps; directory text: plain
        self.join.setAccessibleName(self.tr("How to join"))
        # What you need to take part comes first (when, or how to join, and the links); the
        # facts and the evidence behind the status after.
        for w in (self.heading, self.status, self.description, self.sessions, self.join):
            layout.addWidget(w)
        self.links_row = QHBoxLayout()
        layout.addLayout(self.links_row)
        layout.addWidget(self.facts)
        layout.addStretch(1)
        self.show_row(None, "UTC", dt.date.today())

    def show_row(self, row: ChatRow | None, zone: str, today: dt.date) -> None:
        while self.links_row.count():
            item = self.links_row.takeAt(0)
            if item.widget():
                item.widget().hide()  # gone at once, not only when the event loop deletes it
                item.widget().deleteLater()
        if row is None:
            self.heading.setText(self.tr("Pick a chat or community in the list to read about it here."))
            for w in (self.status, self.description, self.facts, self.sessions, self.join):
                w.setText("")
            return
        chat = row.chat
        name = chat.hashtag or chat.title
        self.heading.setText(f"{name} — {chat.title}" if chat.title != name else name)
        self.status.setText(self._status(row))
        self.description.setText(chat.description or self.tr("No description."))
        facts = []
        if chat.audience:
            facts.append(self.tr("For: %1").replace("%1", chat.audience))
        facts.append(self.tr("On: %1").replace("%1", ", ".join(texts.platform_labels().get(p, p)
                                                                  for p in chat.platforms)))
        if chat.last_seen and not chat.custom:
            facts.append(self.tr("Last seen: %1").replace("%1", texts.seen_date(chat.last_seen, days=True)))
        if chat.evidence and not chat.custom:
            facts.append(self.tr("Evidence: %1").replace("%1", chat.evidence))
        if chat.also_hashtags:
            facts.append(self.tr("Also uses: %1").replace("%1", ", ".join(chat.also_hashtags)))
        if row.why and not chat.custom:
            facts.append(self.tr("Why it is suggested: %1").replace("%1", row.why))
        self.facts.setText("\n".join(facts))
        if row.is_community:
            self.sessions.setText(self.tr("No set time: read and post whenever suits you."))
            self.join.setText(self._join(chat))
        else:
            self.sessions.setText("\n".join(self._sessions(chat, zone, today)))
            self.join.setText("")
        self.join.setVisible(bool(self.join.text()))  # no empty gap above a chat's links
        links = list(dict.fromkeys(([chat.link] if chat.link else []) + list(chat.sources)))[:MAX_LINKS]
        for i, url in enumerate(links):
            if i == 0 and chat.link and row.is_community:
                text = self.tr("Open %1").replace("%1", shown_url(url))
            elif i == 0 and chat.link:
                text = self.tr("Chat page")
            else:
                text = self.tr("Source %1").replace("%1", str(i + 1))
            button = QPushButton(text)
            button.setToolTip(url)
            button.setAccessibleName(self.tr("Open %1 in the browser").replace("%1", url))
            button.clicked.connect(lambda _=False, u=url: open_or_offer_copy(u, self))
            self.links_row.addWidget(button)
            button.show()  # now, not on the next turn of the event loop
        self.links_row.addStretch(1)

    def _status(self, row: ChatRow) -> str:
        chat = row.chat
        if chat.custom:
            return self.tr("Added by you")
        if row.tone == texts.TONE_LIVE:
            return row.badge
        if row.is_community:
            return row.badge + "\n" + self.tr("Look at the newest posts first: a quiet community is still "
                                               "free to read, and you can add it anyway.")
        return row.badge + "\n" + self.tr("It may not run any more: look at its hashtag before you plan "
                                           "around it. You can still tick it.")

    def _join(self, chat: Chat) -> str:
        lines = [self.tr("How to join:")]
        lines += [f"{i}. {step}" for i, step in enumerate(chat.join_steps, 1)]
        if chat.link:
            lines.append(self.tr("Link: %1").replace("%1", chat.link))
        return "\n".join(lines)

    def _sessions(self, chat: Chat, zone: str, today: dt.date) -> list[str]:
        start = day_start_utc(today, zone)
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
