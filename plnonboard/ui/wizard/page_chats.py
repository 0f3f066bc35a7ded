"""Page 4: choose chats and communities. Live entries first (chats running now, then communities
you take part in on your own time, then older chats), each with its status in words; times in the
user's zone; a live summary of minutes and clashes as boxes are ticked. On a first visit the
entries core would put in a new plan are ticked: only running chats, and communities, on the
user's platforms (core/recommend.py)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox, QDialog, QFrame, QGridLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QScrollArea, QSplitter, QStyle,
                               QStyledItemDelegate, QStyleOptionViewItem, QTableView, QVBoxLayout)

from ...core.model import PlanChat
from .. import texts
from .add_chat_dialog import AddChatDialog
from .base import SPACING, DraftPage, intro_label, week_of
from .chat_details import ChatDetails
from .chat_model import ChatFilter, ChatTableModel, build_rows


class NameDelegate(QStyledItemDelegate):
    """The first column: the name on one line, the status on the next, each cut with '…' on its own,
    so a long title never pushes the status out of sight (the full title is in the tooltip)."""

    def paint(self, painter, option, index) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if "\n" not in text:  # a section heading
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget).adjusted(2, 0, -2, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        name, status = text.split("\n", 1)
        painter.save()
        painter.setPen(opt.palette.color(role))
        y = rect.top() + (rect.height() - 2 * QFontMetrics(opt.font).lineSpacing()) // 2
        for line, font in ((name, opt.font), (status, option.font)):
            metrics = QFontMetrics(font)
            painter.setFont(font)
            shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect.left(), y + metrics.ascent(), shown)
            y += metrics.lineSpacing()
        painter.restore()


class ChatTable(QTableView):
    """Space ticks the current row whichever column has focus (keyboard users land anywhere)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentIndex().isValid() and self.model().flags(
                self.currentIndex().siblingAtColumn(0)) & Qt.ItemFlag.ItemIsUserCheckable:
            index = self.currentIndex().siblingAtColumn(0)
            state = self.model().data(index, Qt.ItemDataRole.CheckStateRole)
            new = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked
            self.model().setData(index, new, Qt.ItemDataRole.CheckStateRole)
            return
        super().keyPressEvent(event)


class ChatsPage(DraftPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose chats and communities"))
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(intro_label(self.tr("Few live chats are left: most teachers now meet in communities, "
                                             "a hashtag or feed you read and answer on your own time. A "
                                             "community is as good a start as a chat. Tick what you would like "
                                             "to try; times are in your time zone. You can change this later.")))
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
        self.running_only = QCheckBox(self.tr("&Running only"))
        self.running_only.setChecked(True)
        self.running_only.setAccessibleName(self.tr("Show only chats and communities seen running lately"))
        self.my_platforms = QCheckBox(self.tr("On &my platforms"))
        self.my_platforms.setAccessibleName(self.tr("Show only chats and communities on the platforms you use"))
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
        self.day.addItem(self.tr("Any day"), -1)  # the proxy's "any day"
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
        filters.addWidget(self.search, 0, 1, 1, 5)
        filters.addWidget(self.add_button, 0, 6)
        for col, w in enumerate((subject_label, self.subject, band_label, self.band, day_label, self.day)):
            filters.addWidget(w, 1, col)
        toggles = QHBoxLayout()  # a row of their own: they decide what the list holds, so they stay in view
        toggles.setSpacing(SPACING * 2)
        for box in (self.running_only, self.my_platforms, self.fits_only):
            toggles.addWidget(box)
        toggles.addStretch(1)
        filters.addLayout(toggles, 2, 0, 1, 7)
        filters.setColumnStretch(1, 2)
        filters.setColumnStretch(3, 2)
        filters.setColumnStretch(5, 1)
        layout.addLayout(filters)
        self.note = intro_label("")  # how many the toggles hide, and how to see them
        self.note.setAccessibleName(self.tr("What the list shows"))
        layout.addWidget(self.note)

        self.model = ChatTableModel(self)
        self.proxy = ChatFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = ChatTable()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Chats and communities"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        # Names and titles can be long (a starter pack's): the first column keeps a set width and
        # elides, so 'Why' stays readable at 800 px; the times fit their contents.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self._name_width = self.fontMetrics().horizontalAdvance("M") * 24
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.name_delegate = NameDelegate(self.table)
        self.table.setItemDelegateForColumn(0, self.name_delegate)
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

        self.search.textChanged.connect(lambda t: self.proxy.set_filter(text=t))
        self.fits_only.toggled.connect(lambda on: self.proxy.set_filter(fits_only=on))
        self.running_only.toggled.connect(lambda on: self.proxy.set_filter(running_only=on))
        self.my_platforms.toggled.connect(lambda _on: self.proxy.set_filter(platforms=self._platform_filter()))
        for signal in (self.proxy.layoutChanged, self.proxy.modelReset, self.proxy.rowsInserted,
                       self.proxy.rowsRemoved):
            signal.connect(self._after_filter)
        self.subject.currentIndexChanged.connect(lambda _i: self.proxy.set_filter(subject=self.subject.currentData()))
        self.band.currentIndexChanged.connect(lambda _i: self.proxy.set_filter(band=self.band.currentData()))
        self.day.currentIndexChanged.connect(lambda _i: self.proxy.set_filter(day=self.day.currentData()))
        self.model.toggled.connect(self._toggled)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.add_button.clicked.connect(self.add_chat)
        self._custom: dict = {}  # chats added on this visit, kept while unticked so re-ticking works
        self._seeded = False  # the first visit ticks what core proposes, when nothing is chosen yet

    def resizeEvent(self, event) -> None:
        """The name column grows with the window, so a status like 'Last confirmed Nov 2024 — check
        before you go' is read whole when there is room."""
        super().resizeEvent(event)
        self.table.horizontalHeader().resizeSection(0, max(self._name_width, int(event.size().width() * 0.3)))

    # -- filling ----------------------------------------------------------------------------

    def initializePage(self) -> None:
        """Recomputed on every visit: the zone, profile or boundaries may have changed."""
        for pc in self.draft.chats:
            if pc.custom is not None:
                self._custom[pc.id] = pc.custom
        entries = self.ctx.full_directory(self.draft).with_chats(list(self._custom.values())).entries()
        rows = build_rows(entries, self.draft, self.ctx.today())
        if not self._seeded and not self.draft.chats and not self.draft.communities:
            self._seed(rows)
        self._seeded = True
        checked = set(self.draft.chat_ids()) | set(self.draft.communities)
        self.model.set_rows(rows, checked)
        chose = bool(self.draft.profile.platforms)
        self.my_platforms.setEnabled(chose)
        self.my_platforms.setToolTip("" if chose else self.tr("Tick your platforms on the “About you” page first."))
        self.proxy.set_filter(platforms=self._platform_filter())
        first = self._first_entry()
        if first.isValid():
            self.table.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._update_bar()

    def _seed(self, rows) -> None:
        """Tick what core would put in a new plan: running chats that fit, and a few communities,
        all on the user's platforms. Nothing else is ever ticked for them."""
        for row in rows:
            if row.is_section or not row.recommended:
                continue
            if row.is_community:
                self.draft.communities.append(row.chat.id)
            else:
                self.draft.chats.append(PlanChat(row.chat.id, sessions=row.sessions))
        if self.draft.chats or self.draft.communities:
            self.changed()

    def _platform_filter(self) -> frozenset:
        if not self.my_platforms.isChecked():
            return frozenset()
        return frozenset(self.draft.profile.platforms)

    def _first_entry(self):
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if self.proxy.flags(index) & Qt.ItemFlag.ItemIsSelectable:
                return index
        return self.proxy.index(-1, 0)

    def shown_ids(self) -> list[str]:
        """The ids the list shows now, in order (headings left out)."""
        out = []
        for r in range(self.proxy.rowCount()):
            value = self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole)
            if value:
                out.append(value)
        return out

    def _after_filter(self, *_args) -> None:
        """Headings span the whole row; the note says what the toggles hide and how to see it."""
        self.table.clearSpans()
        for r in range(self.proxy.rowCount()):
            if not (self.proxy.flags(self.proxy.index(r, 0)) & Qt.ItemFlag.ItemIsEnabled):
                self.table.setSpan(r, 0, 1, self.proxy.columnCount())
        current = self.table.currentIndex()
        if not current.isValid() or not (self.proxy.flags(current) & Qt.ItemFlag.ItemIsSelectable):
            first = self._first_entry()  # the keyboard lands on an entry, never on a heading
            if first.isValid():
                self.table.selectionModel().setCurrentIndex(
                    first, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        hidden = self.proxy.hidden_by_toggles()
        shown = self.shown_ids()
        if not shown and not hidden:
            text = self.tr("Nothing matches your search and filters.")
        elif hidden and self.running_only.isChecked() and self.my_platforms.isChecked():
            text = self.tr("%n more are not known to run now or are on platforms you do not use: untick Running "
                           "only or On my platforms to see them, each with its status.", None, hidden)
        elif hidden and self.running_only.isChecked():
            text = self.tr("%n more are not known to run now: untick Running only to see them, each with its "
                           "status.", None, hidden)
        elif hidden:
            text = self.tr("%n more are on platforms you do not use: untick On my platforms to see them.", None,
                           hidden)
        else:
            text = ""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _show_current(self, current, _previous=None) -> None:
        row = None
        if current.isValid():
            row = self.model.rows[self.proxy.mapToSource(current).row()]
            if row.is_section:
                row = None
        self.details.show_row(row, self.draft.profile.time_zone, self.ctx.today())

    # -- ticking ----------------------------------------------------------------------------

    def _toggled(self, chat_id: str, on: bool) -> None:
        chats = self.draft.chats
        row = self.model.entry(chat_id)
        if row is not None and row.is_community:
            communities = self.draft.communities
            if on and chat_id not in communities:
                communities.append(chat_id)
            elif not on:
                communities[:] = [c for c in communities if c != chat_id]
        elif on and chat_id not in self.draft.chat_ids():
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
        m = len(self.draft.communities)
        parts = [texts.plural(self.tr("%n chat(s)", None, n), n),
                 texts.plural(self.tr("%n community(ies)", None, m), m),
                 self.tr("%1 of %2 min this week").replace("%1", str(report.minutes_total))
                 .replace("%2", str(report.budget_minutes)),
                 texts.plural(self.tr("%n clash(es)", None, len(clashes)), len(clashes))]
        if report.over_budget:
            parts[2] += " " + self.tr("(over your budget)")
        self.bar.setText(" · ".join(parts))
        lines = [texts.conflict_text(c, zone) for c in report.conflicts if c.kind != "over_budget"]
        shown = lines[:3]
        if len(lines) > 3:
            shown.append(self.tr("…and %n more; the summary lists them all.", None, len(lines) - 3))
        self.clashes.setText("\n".join(shown))

    # -- adding -----------------------------------------------------------------------------

    def add_chat(self) -> None:
        taken = {row.chat.id for row in self.model.entries()}
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
