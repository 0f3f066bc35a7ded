"""The list behind the chats page: chats and communities in three sections, a table model, a filter.

Live entries come first: chats running now (as of today, see core/status.py), then communities
(read and post on your own time), then older chats nobody has confirmed lately. Each section is
in core's rank order. A row is computed once per visit (ranking, status, fit, this week's sessions
in the user's zone); ticking only changes which ids are checked, so the list stays fast.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from ...core.model import Chat, Plan
from ...core.recommend import propose, rank
from ...core.recurrence import chat_occurrences, next_occurrence
from ...core.zones import day_start_utc
from .. import texts
from ..a11y import status_colour

translate = QCoreApplication.translate  # the bare name pyside6-lupdate also finds

# Sections, in the order the list shows them.
LIVE, COMMUNITIES, OLDER = 0, 1, 2


@dataclass
class ChatRow:
    chat: Chat
    score: int
    reasons: tuple[str, ...]  # each reason in words
    why: str  # the reasons as one line a person reads
    recommended: bool  # core would put it in a new plan (running, fits, on the user's platforms)
    sessions: list[int] | None  # the session the recommendation picked, for chats with several
    fits: bool
    yours: str
    theirs: str
    days: frozenset[int]  # user-zone weekdays of its sessions in the coming week
    haystack: str  # lower-case text the search box looks in
    status: str = "unverified"  # effective status as of today
    badge: str = ""  # the status in words
    tone: str = texts.TONE_CHECK
    section: int = OLDER

    is_section = False

    @property
    def is_community(self) -> bool:
        return self.chat.kind == "community"

    @property
    def running(self) -> bool:
        return self.status == "running" or self.chat.custom


@dataclass
class SectionRow:
    """A heading row that spans the table: what the entries under it are."""

    section: int
    is_section = True

    @property
    def title(self) -> str:
        return section_title(self.section)


def section_title(section: int) -> str:
    return (translate("ChatModel", "Live chats: running now, at a set time"),
            translate("ChatModel", "Communities: read and post on your own time"),
            translate("ChatModel", "Older chats: not confirmed lately, check before you go"))[section]


def coming_week(today: dt.date, zone: str) -> tuple[dt.datetime, dt.datetime]:
    return day_start_utc(today, zone), day_start_utc(today + dt.timedelta(days=7), zone)


def _times(chat: Chat, zone: str, start, end) -> tuple[str, str, frozenset[int]]:
    if chat.kind == "community":
        return translate("ChatModel", "Any time, on your own"), "", frozenset()
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
    return yours, theirs, frozenset(o.start_in(zone).weekday() for o in occs)


def build_rows(entries, plan: Plan, today: dt.date) -> list[ChatRow | SectionRow]:
    """Every chat and community, with section rows, live first (see the module doc)."""
    zone = plan.profile.time_zone
    proposal = propose_for(entries, plan, today)
    picked = {r.chat.id: (slot, r) for r, slot in proposal.chosen}
    picked_communities = {r.chat.id for r in proposal.communities}
    start, end = coming_week(today, zone)
    sections: dict[int, list[ChatRow]] = {LIVE: [], COMMUNITIES: [], OLDER: []}
    for r in rank(entries, plan.profile, today, plan.boundaries):
        chat = r.chat
        yours, theirs, days = _times(chat, zone, start, end)
        recommended = chat.id in picked or chat.id in picked_communities
        ranked = picked[chat.id][1] if chat.id in picked else r  # the chosen one carries its time
        sessions = [picked[chat.id][0]] if chat.id in picked and len(chat.slots) > 1 else None
        hay = " ".join([chat.hashtag, *chat.also_hashtags, chat.title, chat.description, " ".join(chat.topics),
                        chat.audience]).lower()
        status, badge, tone = texts.chat_status(chat, today)
        why = translate("ChatModel", "You added this chat") if chat.custom else texts.reasons_line(ranked.reasons)
        reasons = tuple(t for t in (texts.reason_text(x) for x in ranked.reasons) if t)
        section = COMMUNITIES if chat.kind == "community" else (LIVE if status == "running" or chat.custom else OLDER)
        sections[section].append(ChatRow(chat, r.score, reasons, why, recommended, sessions, r.fits, yours, theirs,
                                          days, hay, status, badge, tone, section))
    rows: list[ChatRow | SectionRow] = []
    for section in (LIVE, COMMUNITIES, OLDER):
        if sections[section]:
            rows.append(SectionRow(section))
            rows.extend(sections[section])
    return rows


def propose_for(entries, plan: Plan, today: dt.date):
    from ...core.directory import Directory

    directory = Directory().with_chats(list(entries))
    return propose(directory, plan.profile, plan.boundaries, plan.profile.time_zone, today)


# -- the status mark ---------------------------------------------------------------------------

_ICONS: dict[tuple[str, str], QIcon] = {}


def tone_icon(tone: str) -> QIcon:
    """A filled dot (running), a half-filled one (check first), a ring (ended): shape and colour
    (a11y.status_colour, 3:1 on the list in light and dark). The words beside it say the same,
    so colour is never the only sign."""
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    key = (tone, base.name())
    if key not in _ICONS:
        size = 14
        pix = QPixmap(size * 2, size * 2)
        pix.setDevicePixelRatio(2.0)
        pix.fill(QColor(0, 0, 0, 0))
        colour = status_colour(tone, base)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(colour, 2))
        if tone in (texts.TONE_LIVE, texts.TONE_OWN):
            p.setBrush(colour)
        else:
            p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(2, 2, size - 4, size - 4)
        if tone == texts.TONE_CHECK:
            p.setBrush(colour)
            p.drawPie(2, 2, size - 4, size - 4, 90 * 16, 180 * 16)
        p.end()
        _ICONS[key] = QIcon(pix)
    return _ICONS[key]


# -- the table ---------------------------------------------------------------------------------

class ChatTableModel(QAbstractTableModel):
    toggled = Signal(str, bool)  # (chat id, ticked) when the user ticks or unticks a row

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ChatRow | SectionRow] = []
        self.checked: set[str] = set()

    def set_rows(self, rows: list[ChatRow | SectionRow], checked: set[str]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.checked = set(checked)
        self.endResetModel()

    def entries(self) -> list[ChatRow]:
        return [r for r in self.rows if not r.is_section]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (translate("ChatModel", "Chat or community, and its status"),
                    translate("ChatModel", "Your time (next 7 days)"),
                    translate("ChatModel", "Host's time"), translate("ChatModel", "Why"))[section]
        return None

    def flags(self, index):
        if self.rows[index.row()].is_section:
            return Qt.ItemFlag.NoItemFlags  # the arrow keys step over headings
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if row.is_section:
            return self._section_data(row, index.column(), role)
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if row.chat.id in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return tone_icon(row.tone)
        if role == Qt.ItemDataRole.FontRole and col == 0 and row.recommended:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.chat.title}\n{row.badge}" if col == 0 else self._display(row, col)
        if role == Qt.ItemDataRole.UserRole:
            return row.chat.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(row, col).replace("\n", "; ")
        return None

    def _section_data(self, row: SectionRow, col: int, role):
        if col != 0:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.title
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:  # not the greyed text of a disabled row
            return QApplication.palette().color(QPalette.ColorRole.WindowText)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QApplication.palette().color(QPalette.ColorRole.Window)
        return None

    def _display(self, row: ChatRow, col: int) -> str:
        if col == 0:
            name = row.chat.hashtag or row.chat.title
            return f"{name}\n{row.badge}"
        if col == 1:
            return row.yours
        if col == 2:
            return row.theirs
        why = row.why
        if not row.fits:
            why = translate("ChatModel", "Outside your limits. %1").replace("%1", why)
        return (translate("ChatModel", "Suggested: %1") if row.recommended else "%1").replace("%1", why)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0 or self.rows[index.row()].is_section:
            return False
        chat_id = self.rows[index.row()].chat.id
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        (self.checked.add if on else self.checked.discard)(chat_id)
        self.dataChanged.emit(index, index, [role])
        self.toggled.emit(chat_id, on)
        return True

    def row_for(self, chat_id: str) -> int:
        for i, row in enumerate(self.rows):
            if not row.is_section and row.chat.id == chat_id:
                return i
        return -1

    def entry(self, chat_id: str) -> ChatRow | None:
        i = self.row_for(chat_id)
        return self.rows[i] if i >= 0 else None


def matches_search(text: str, row: ChatRow) -> bool:
    """Every typed word starts a word of the chat's text ("ELA" finds "ELA teachers", not "Ireland"),
    or appears anywhere in its hashtag, whose words run together (#elemmathchat, #2ndaryELA)."""
    hashtag = row.chat.hashtag.lower()
    for word in text.lower().split():
        if word.lstrip("#") in hashtag:
            continue
        if not re.search(r"(?<!\w)" + re.escape(word), row.haystack):
            return False
    return True


class ChatFilter(QSortFilterProxyModel):
    """Search text, subject, grade band, user-zone weekday, 'running only', 'on my platforms' and
    'fits my boundaries only'. A heading shows while its section has a row to show. 'Running only'
    and 'on my platforms' never hide a ticked entry: what you chose stays in view."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)  # a row unticked under 'running only' stays until the filter changes
        self.text = ""
        self.subject = ""
        self.band = ""
        self.day = -1  # a user-zone weekday, or -1 for any
        self.fits_only = False
        self.running_only = True
        self.platforms: frozenset[str] = frozenset()  # 'on my platforms': the user's, or empty for any

    def set_filter(self, **kw) -> None:
        self.beginFilterChange()
        for key, value in kw.items():
            setattr(self, key, value)
        self.endFilterChange()

    def accepts(self, row: ChatRow, checked: set[str]) -> bool:
        if self.text and not matches_search(self.text, row):
            return False
        if self.subject and self.subject not in row.chat.subjects:
            return False
        if self.band and self.band not in row.chat.grade_bands:
            return False
        if self.day >= 0 and self.day not in row.days:
            return False
        if self.fits_only and not row.fits:
            return False
        ticked = row.chat.id in checked
        if self.running_only and not row.running and not ticked:
            return False
        if self.platforms and not ticked and not row.chat.custom and not (set(row.chat.platforms) & self.platforms):  # noqa: SIM103 - one filter per `if`, like those above
            return False
        return True

    def hidden_by_toggles(self) -> int:
        """Entries that match everything else but 'running only' or 'on my platforms' (for the note)."""
        model = self.sourceModel()
        keep = (self.running_only, self.platforms)
        self.running_only, self.platforms = False, frozenset()
        try:
            loose = sum(1 for r in model.entries() if self.accepts(r, model.checked))
        finally:
            self.running_only, self.platforms = keep
        return loose - sum(1 for r in model.entries() if self.accepts(r, model.checked))

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model = self.sourceModel()
        row = model.rows[source_row]
        if row.is_section:
            return any(self.accepts(r, model.checked) for r in model.rows[source_row + 1:]
                       if not r.is_section and r.section == row.section)
        return self.accepts(row, model.checked)
