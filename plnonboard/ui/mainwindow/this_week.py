"""The "This week" panel: the next chat in words and how to join it, sessions waiting for a
"Did it happen?" answer, chats to think about dropping, the communities to read, and the budget left.

It is about *now* (an input: AppContext.clock), whatever week the grid shows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStyle, QVBoxLayout, QWidget

from ...core.evidence import ChatState
from ...core.handles import hashtag_search_url
from ...core.model import Pause
from ...core.recurrence import Occurrence
from ...core.vocab import PLATFORMS
from .. import weektext as wt
from ..a11y import warn_colour
from ..safe import open_web_link, plain_label


@dataclass
class WeekNow:
    """What the panel shows, worked out by the window from the plan, the store and the clock."""
    now: dt.datetime
    zone: str
    upcoming: list[Occurrence] = field(default_factory=list)
    unanswered: list[Occurrence] = field(default_factory=list)  # ended, no answer yet (newest first)
    to_drop: list = field(default_factory=list)  # chats with two "nobody was there" in a row
    states: dict[str, ChatState] = field(default_factory=dict)
    pause: Pause | None = None  # the pause today is in
    communities: list[str] = field(default_factory=list)  # names
    platforms: list[str] = field(default_factory=list)
    minutes: int = 0
    budget: int = 0


class ThisWeekPanel(QFrame):
    askRequested = Signal(object)  # an Occurrence to answer "Did it happen?" for
    detailsRequested = Signal(object)  # an Occurrence
    dropRequested = Signal(object)  # a Chat

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("This week"))
        # No hard minimum: on a small screen the window makes this a tab rather than squeeze the grid.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(10, 8, 10, 8)
        self.column.setSpacing(4)
        self.state: WeekNow | None = None
        self.next_label: QLabel | None = None
        self.join_button: QPushButton | None = None
        self.ask_buttons: list[QPushButton] = []
        self.drop_buttons: list[QPushButton] = []
        self.budget_label: QLabel | None = None
        self._over = False

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._over and self.budget_label is not None:
            # The over-budget colour depends on light or dark: pick it again when the theme changes.
            self._warn(self.budget_label)

    def sizeHint(self) -> QSize:
        return QSize(300, super().sizeHint().height())

    # -- filling ---------------------------------------------------------------------------

    def _clear(self) -> None:
        while self.column.count():
            item = self.column.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.ask_buttons, self.drop_buttons = [], []
        self.join_button = None

    def _heading(self, text: str, big: bool = False) -> QLabel:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        if big:
            font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        label.setWordWrap(True)
        if not big:
            self.column.addSpacing(6)
        self.column.addWidget(label)
        return label

    def _text(self, text: str) -> QLabel:
        label = plain_label(text, self)
        self.column.addWidget(label)
        return label

    def set_state(self, state: WeekNow) -> None:
        self.state = state
        self._clear()
        self._heading(self.tr("This week"), big=True)
        self._next_chat(state)
        self._asks(state)
        self._drops(state)
        self._communities(state)
        self._budget(state)
        self.column.addStretch(1)

    def _next_chat(self, state: WeekNow) -> None:
        self._heading(self.tr("Next chat"))
        if state.pause is not None:
            self._text(self.tr("You are on a pause until {day}{label}: no chats till then.").format(
                day=wt.fmt_day(state.pause.end),
                label=f" ({state.pause.label})" if state.pause.label else ""))
        if not state.upcoming:
            self.next_label = self._text(self.tr("No chat in the next two weeks."))
            return
        occ = state.upcoming[0]
        when = wt.when_words(occ, state.now, state.zone)
        self.next_label = self._text(f"{wt.block_label(occ)}\n{when[:1].upper()}{when[1:]}")
        font = self.next_label.font()
        font.setBold(True)
        self.next_label.setFont(font)
        chat_state = state.states.get(occ.chat.id)
        if chat_state is not None and not chat_state.running:
            self._text(self.tr("It may not run ({seen}): look at the hashtag first.").format(
                seen=wt.last_seen_text(chat_state)))
        mine = [p for p in occ.chat.platforms if p in state.platforms] or list(occ.chat.platforms) or ["x"]
        platform = mine[0]
        self._text(self.tr("How to join: search {hashtag} on {platform} and read the newest posts; "
                           "reply with {hashtag} to take part.").format(
            hashtag=occ.chat.hashtag, platform=PLATFORMS.get(platform, platform)))
        url = hashtag_search_url(platform, occ.chat.hashtag)
        self.join_button = QPushButton(self.tr("Open the &search"), self)
        self.join_button.setToolTip(url)
        self.join_button.setAccessibleName(self.tr("Open the {hashtag} search on {platform}").format(
            hashtag=occ.chat.hashtag, platform=PLATFORMS.get(platform, platform)))
        self.join_button.clicked.connect(lambda _=False, u=url: open_web_link(u))
        self.column.addWidget(self.join_button)
        details = QPushButton(self.tr("Chat &details…"), self)
        details.setAccessibleName(self.tr("Details of {hashtag}").format(hashtag=occ.chat.hashtag))
        details.clicked.connect(lambda _=False, o=occ: self.detailsRequested.emit(o))
        self.column.addWidget(details)
        if len(state.upcoming) > 1:
            later = "\n".join(f"{o.chat.hashtag}: {wt.when_words(o, state.now, state.zone)}"
                              for o in state.upcoming[1:3])
            self._text(self.tr("Then:") + "\n" + later)

    def _asks(self, state: WeekNow) -> None:
        if not state.unanswered:
            return
        self._heading(self.tr("Did it happen?"))
        for occ in state.unanswered[:3]:
            start = occ.start_in(state.zone)
            button = QPushButton(self.tr("{hashtag}, {day}: did it run?").format(
                hashtag=occ.chat.hashtag, day=wt.fmt_day(start.date())), self)
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda _=False, o=occ: self.askRequested.emit(o))
            self.column.addWidget(button)
            self.ask_buttons.append(button)

    def _drops(self, state: WeekNow) -> None:
        for chat in state.to_drop:
            self._heading(self.tr("Time to drop it?"))
            self._text(self.tr("Nobody was at {hashtag} the last {count} times you looked.").format(
                hashtag=chat.hashtag, count=state.states[chat.id].nobody_streak))
            button = QPushButton(self.tr("Drop {hashtag}…").format(hashtag=chat.hashtag), self)
            button.setAccessibleName(button.text().replace("…", ""))
            button.clicked.connect(lambda _=False, c=chat: self.dropRequested.emit(c))
            self.column.addWidget(button)
            self.drop_buttons.append(button)

    def _communities(self, state: WeekNow) -> None:
        self._heading(self.tr("Communities to read"))
        if not state.communities:
            self._text(self.tr("None yet. Add one in My network."))
            return
        self._text("\n".join(f"• {name}" for name in state.communities[:5]))

    def _budget(self, state: WeekNow) -> None:
        self._heading(self.tr("Your time"))
        left = state.budget - state.minutes
        if left >= 0:
            text = self.tr("{left} of your {budget} minutes left this week.").format(left=left, budget=state.budget)
        else:
            text = self.tr("{over} minutes over your {budget}-minute budget this week.").format(
                over=-left, budget=state.budget)
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.budget_label = plain_label(text, row)
        if left < 0:  # seen without reading: a warning icon and the warning colour, and the words say "over"
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            icon = QLabel(row)
            icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
            icon.setAccessibleName(self.tr("Over budget"))
            line.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            font = self.budget_label.font()
            font.setBold(True)
            self.budget_label.setFont(font)
            self._warn(self.budget_label)
        self._over = left < 0
        line.addWidget(self.budget_label, 1)
        self.column.addWidget(row)

    def _warn(self, label: QLabel) -> None:
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.WindowText, warn_colour(pal.color(QPalette.ColorRole.Window)))
        label.setPalette(pal)

    def text(self) -> str:
        """Everything the panel says, for tests and screen-reader descriptions."""
        out = []
        for i in range(self.column.count()):
            w = self.column.itemAt(i).widget()
            for x in ([w] + (w.findChildren(QLabel) if w is not None else [])):
                if isinstance(x, (QLabel, QPushButton)) and x.text():
                    out.append(x.text())
        return "\n".join(out)
