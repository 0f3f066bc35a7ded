"""Page 4: choose chats from the directory, recommended first, times in the user's zone,
with a live summary of minutes and clashes as boxes are ticked."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QFrame, QGridLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QScrollArea, QSplitter, QTableView, QVBoxLayout)

from ...core.model import PlanChat
from .. import texts
from .add_chat_dialog import AddChatDialog
from .base import SPACING, DraftPage, intro_label, week_of
from .chat_details import ChatDetails
from .chat_model import ChatFilter, ChatTableModel, build_rows


class ChatTable(QTableView):
    """Space ticks the current row whichever column has focus (keyboard users land anywhere)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentIndex().isValid():
            index = self.currentIndex().siblingAtColumn(0)
            state = self.model().data(index, Qt.ItemDataRole.CheckStateRole)
            new = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked
            self.model().setData(index, new, Qt.ItemDataRole.CheckStateRole)
            return
        super().keyPressEvent(event)


class ChatsPage(DraftPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose chats"))
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(intro_label(self.tr("Tick the chats you would like to try. Recommended ones come "
                                             "first. Times are in your time zone. You can change this later.")))
        filters = QGridLayout()
        filters.setHorizontalSpacing(SPACING)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("hashtag, topic or words"))
        self.search.setAccessibleName(self.tr("Search chats"))
        search_label = QLabel(self.tr("S&earch:"))
        search_label.setBuddy(self.search)
        self.fits_only = QCheckBox(self.tr("&Fits my boundaries only"))
        self.fits_only.setAccessibleName(self.tr("Show only chats that fit my boundaries"))
        self.add_button = QPushButton(self.tr("&Add a chat…"))
        self.add_button.setAccessibleName(self.tr("Add a chat that is not in the list"))
        self.subject = QComboBox()
        self.subject.addItem(self.tr("Any subject"), "")
        for key, label in texts.subject_labels().items():
            self.subject.addItem(label, key)
        self.subject.setAccessibleName(self.tr("Subject"))
        self.band = QComboBox()
        self.band.addItem(self.tr("Any grade band"), "")
        for key, label in texts.grade_band_labels().items():
            self.band.addItem(label, key)
        self.band.setAccessibleName(self.tr("Grade band"))
        self.day = QComboBox()
        self.day.addItem(self.tr("Any day"), -1)  # not None: PySide6 6.12 leaks a ref to None there
        for i in range(7):
            self.day.addItem(texts.weekday_name(i), i)
        self.day.setAccessibleName(self.tr("Day, in your time zone"))
        for combo in (self.subject, self.band, self.day):  # long labels must not widen the window past 800 px
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        subject_label, band_label, day_label = (QLabel(self.tr("S&ubject:")), QLabel(self.tr("&Grade:")),
                                                QLabel(self.tr("Da&y:")))
        subject_label.setBuddy(self.subject)
        band_label.setBuddy(self.band)
        day_label.setBuddy(self.day)
        filters.addWidget(search_label, 0, 0)
        filters.addWidget(self.search, 0, 1, 1, 3)
        filters.addWidget(self.fits_only, 0, 4, 1, 2)
        filters.addWidget(self.add_button, 0, 6)
        for col, w in enumerate((subject_label, self.subject, band_label, self.band, day_label, self.day)):
            filters.addWidget(w, 1, col)
        filters.setColumnStretch(1, 2)
        filters.setColumnStretch(3, 2)
        filters.setColumnStretch(5, 1)
        layout.addLayout(filters)

        self.model = ChatTableModel(self)
        self.proxy = ChatFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = ChatTable()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Chats"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # two lines each: calm and fast
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 10)
        self.details = ChatDetails()
        details_area = QScrollArea()
        details_area.setAccessibleName(self.tr("Chat details"))  # a Tab stop: arrows scroll long details
        details_area.setWidgetResizable(True)
        details_area.setWidget(self.details)
        details_area.setFrameShape(QFrame.Shape.StyledPanel)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(details_area)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)

        self.bar = QLabel()
        self.bar.setObjectName("summaryBar")
        self.bar.setAccessibleName(self.tr("Summary of your chosen chats"))
        self.bar.setTextFormat(Qt.TextFormat.PlainText)
        font = self.bar.font()
        font.setBold(True)
        self.bar.setFont(font)
        self.clashes = intro_label("")
        layout.addWidget(self.bar)
        layout.addWidget(self.clashes)

        self.search.textChanged.connect(lambda t: self._filter(text=t))
        self.fits_only.toggled.connect(lambda on: self._filter(fits_only=on))
        self.subject.currentIndexChanged.connect(lambda _i: self._filter(subject=self.subject.currentData()))
        self.band.currentIndexChanged.connect(lambda _i: self._filter(band=self.band.currentData()))
        self.day.currentIndexChanged.connect(lambda _i: self._filter(day=self.day.currentData()))
        self.model.on_toggled = self._toggled
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.add_button.clicked.connect(self.add_chat)
        self._custom: dict = {}  # chats added on this visit, kept while unticked so re-ticking works

    # -- filling ----------------------------------------------------------------------------

    def initializePage(self) -> None:
        """Recomputed on every visit: the zone, profile or boundaries may have changed."""
        for pc in self.draft.chats:
            if pc.custom is not None:
                self._custom[pc.id] = pc.custom
        chats = list(self.ctx.full_directory(self.draft).with_chats(list(self._custom.values())))
        rows = build_rows(chats, self.draft, self.ctx.today())
        self.model.set_rows(rows, set(self.draft.chat_ids()))
        if self.proxy.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._update_bar()

    def _filter(self, **kw) -> None:
        """Filter, then keep the details pane on a chat that is still listed (the first one when
        the one shown was filtered out; none when nothing matches)."""
        self.proxy.set_filter(**kw)
        current = self.table.currentIndex()
        if current.isValid():
            self._show_current(current)
        elif self.proxy.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self._show_current(current)

    def _show_current(self, current, _previous=None) -> None:
        row = None
        if current.isValid():
            row = self.model.rows[self.proxy.mapToSource(current).row()]
        self.details.show_row(row, self.draft.profile.time_zone, self.ctx.today())

    # -- ticking ----------------------------------------------------------------------------

    def _toggled(self, chat_id: str, on: bool) -> None:
        chats = self.draft.chats
        if on and chat_id not in self.draft.chat_ids():
            row = self.model.rows[self.model.row_for(chat_id)]
            custom = row.chat if row.chat.custom else None
            chats.append(PlanChat(chat_id, custom=custom, sessions=row.sessions))
        elif not on:
            chats[:] = [pc for pc in chats if pc.id != chat_id]
        self.changed()
        self._update_bar()

    def set_checked(self, chat_id: str, on: bool) -> bool:
        """Tick or untick a chat by id (what a click on its box does)."""
        row = self.model.row_for(chat_id)
        if row < 0:
            return False
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return self.model.setData(self.model.index(row, 0), state, Qt.ItemDataRole.CheckStateRole)

    def _update_bar(self) -> None:
        zone = self.draft.profile.time_zone
        report = week_of(self.ctx, self.draft)
        clashes = [c for c in report.conflicts if texts.is_clash(c)]
        n = len(self.draft.chats)
        parts = [texts.plural(self.tr("%n chat(s)", None, n), n),
                 self.tr("%1 of %2 min this week").replace("%1", str(report.minutes_total))
                 .replace("%2", str(report.budget_minutes)),
                 texts.plural(self.tr("%n clash(es)", None, len(clashes)), len(clashes))]
        if report.over_budget:
            parts[1] += " " + self.tr("(over your budget)")
        self.bar.setText(" · ".join(parts))
        lines = [texts.conflict_text(c, zone) for c in report.conflicts if c.kind != "over_budget"]
        shown = lines[:3]
        if len(lines) > 3:
            shown.append(self.tr("…and %n more; the summary lists them all.", None, len(lines) - 3))
        self.clashes.setText("\n".join(shown))

    # -- adding -----------------------------------------------------------------------------

    def add_chat(self) -> None:
        taken = {row.chat.id for row in self.model.rows}
        dialog = AddChatDialog(self.draft.profile.time_zone, taken, self.ctx.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chat is None:
            return
        self.add_custom_chat(dialog.chat)

    def add_custom_chat(self, chat) -> None:
        self._custom[chat.id] = chat
        self.draft.chats.append(PlanChat(chat.id, custom=chat))
        self.changed()
        self.initializePage()
        self.search.clear()
        row = self.model.row_for(chat.id)
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
