"""The chat list behind the chats page: rows computed by the core, a table model, a filter.

A row is computed once per visit (ranking, fit, this week's sessions in the user's zone);
ticking only changes which ids are checked, so the list stays fast with the whole directory.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from ...core.model import Chat, Plan
from ...core.recommend import chat_fits, propose, rank
from ...core.recurrence import chat_occurrences, next_occurrence
from ...core.zones import get_zone
from .. import texts

translate = QCoreApplication.translate  # the bare name pyside6-lupdate also finds


@dataclass
class ChatRow:
    chat: Chat
    score: int
    reasons: tuple[str, ...]
    recommended: bool
    sessions: list[int] | None  # the session the recommendation picked, for chats with several
    fits: bool
    yours: str
    theirs: str
    days: frozenset[int]  # user-zone weekdays of its sessions in the coming week
    haystack: str  # lower-case text the search box looks in


def coming_week(today: dt.date, zone: str) -> tuple[dt.datetime, dt.datetime]:
    tz = get_zone(zone)
    start = dt.datetime.combine(today, dt.time(0), tzinfo=tz)
    return start.astimezone(dt.timezone.utc), (start + dt.timedelta(days=7)).astimezone(dt.timezone.utc)


def build_rows(chats, plan: Plan, today: dt.date) -> list[ChatRow]:
    zone = plan.profile.time_zone
    b = plan.boundaries
    proposal = propose_for(chats, plan, today)
    picked = {r.chat.id: slot for r, slot in proposal.chosen}
    start, end = coming_week(today, zone)
    rows = []
    for r in rank(chats, plan.profile, today):
        chat = r.chat
        occs = chat_occurrences(chat, start, end)
        if occs:
            pairs = [texts.session_times(o, zone) for o in occs]
        else:
            nxt = next_occurrence(chat, start)
            pairs = []
            if nxt is not None:
                yours, theirs = texts.session_times(nxt, zone)
                when = texts.short_date(nxt.start_in(zone).date())
                pairs = [(translate("ChatModel", "Next %1: %2").replace("%1", when).replace("%2", yours), theirs)]
        yours = "\n".join(p[0] for p in pairs) or translate("ChatModel", "no upcoming session")
        theirs = "\n".join(dict.fromkeys(p[1] for p in pairs))
        recommended = chat.id in picked
        sessions = [picked[chat.id]] if recommended and len(chat.slots) > 1 else None
        hay = " ".join([chat.hashtag, chat.title, chat.description, " ".join(chat.topics), chat.audience]).lower()
        reasons = tuple(map(texts.reason_text, (x for x in r.reasons if x.kind != "status")))
        rows.append(ChatRow(chat, r.score, reasons, recommended, sessions, chat_fits(chat, b, zone, today),
                            yours, theirs, frozenset(o.start_in(zone).weekday() for o in occs), hay))
    rows.sort(key=lambda row: (not row.recommended,))  # stable: rank order inside each group
    return rows


def propose_for(chats, plan: Plan, today: dt.date):
    from ...core.directory import Directory

    directory = Directory({c.id: c for c in chats})
    return propose(directory, plan.profile, plan.boundaries, plan.profile.time_zone, today)


class ChatTableModel(QAbstractTableModel):

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ChatRow] = []
        self.checked: set[str] = set()
        self.on_toggled = None  # a plain callback, not a Signal: PySide6 6.12 on
        # Python 3.11 drops a reference to True on every Python-side emit() (crashes at exit)

    def set_rows(self, rows: list[ChatRow], checked: set[str]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.checked = set(checked)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (translate("ChatModel", "Chat"), translate("ChatModel", "Your time (next 7 days)"),
                    translate("ChatModel", "Host's time"), translate("ChatModel", "Why"))[section]
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if row.chat.id in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and col == 0 and row.recommended:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.chat.title if col == 0 else self._display(row, col)
        if role == Qt.ItemDataRole.UserRole:
            return row.chat.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(row, col).replace("\n", "; ")
        return None

    def _display(self, row: ChatRow, col: int) -> str:
        if col == 0:
            status = translate("ChatModel", "added by you") if row.chat.custom else texts.status_text(row.chat.status,
                                                                                  row.chat.last_seen)
            return f"{row.chat.hashtag}\n{status}"
        if col == 1:
            return row.yours
        if col == 2:
            return row.theirs
        why = "; ".join(row.reasons)
        if not row.fits:
            why = translate("ChatModel", "Outside your limits. %1").replace("%1", why)
        return (translate("ChatModel", "Recommended: %1") if row.recommended else "%1").replace("%1", why)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        chat_id = self.rows[index.row()].chat.id
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        (self.checked.add if on else self.checked.discard)(chat_id)
        self.dataChanged.emit(index, index, [role])
        if self.on_toggled is not None:
            self.on_toggled(chat_id, on)
        return True

    def row_for(self, chat_id: str) -> int:
        for i, row in enumerate(self.rows):
            if row.chat.id == chat_id:
                return i
        return -1


class ChatFilter(QSortFilterProxyModel):
    """Search text, subject, grade band, user-zone weekday and 'fits my boundaries only'."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text = ""
        self.subject = ""
        self.band = ""
        self.day = -1  # a user-zone weekday, or -1 for any
        self.fits_only = False

    def set_filter(self, **kw) -> None:
        self.beginFilterChange()
        for key, value in kw.items():
            setattr(self, key, value)
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        row: ChatRow = self.sourceModel().rows[source_row]
        if self.text and not all(word in row.haystack for word in self.text.lower().split()):
            return False
        if self.subject and self.subject not in row.chat.subjects:
            return False
        if self.band and self.band not in row.chat.grade_bands:
            return False
        if self.day >= 0 and self.day not in row.days:
            return False
        if self.fits_only and not row.fits:
            return False
        return True
