"""Page 5: a short follow list: suggestions from subjects and chosen chats, each with a reason,
plus the teacher's own (handles checked per platform by the core). On a first visit only
suggestions on the teacher's own platforms (and blogs, read on the web) are ticked; a subject the
catalogue has nothing for is named plainly, with how to add your own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout)

from ...core.errors import DataError
from ...core.follows import subjects_without_follows, suggest
from ...core.handles import PLATFORM_EXAMPLES, normalise
from ...core.model import Follow
from ...core.plan_entries import make_follow
from .. import texts
from .base import SPACING, DraftPage, PageId, error_label, intro_label, show_error
from .page_import import ImportPage

FIRST_TICKED = 8  # a first list short enough to actually read


class AddLineEdit(QLineEdit):
    """Enter here means 'Add', not the wizard's Next (QLineEdit passes Enter on to the default button)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


def _key(f: Follow) -> tuple[str, str]:
    return (f.platform, f.address.lower())


class FollowsPage(DraftPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your follow list"))
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(intro_label(self.tr("A few people, hashtags and blogs to start with, chosen from your "
                                             "subjects and chats. Untick what you do not want; add your own. "
                                             "You can change this later.")))
        self.list = QTreeWidget()
        self.list.setColumnCount(4)
        self.list.setHeaderLabels([self.tr("Follow"), self.tr("Where"), self.tr("On"), self.tr("Why")])
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Suggested follows"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 230)  # narrow enough that "Why" stays readable at 800 px
        header.resizeSection(1, 190)
        header.resizeSection(2, self.fontMetrics().horizontalAdvance(texts.platform_labels(True)["web"]) + 24)
        list_label = QLabel(self.tr("&Suggestions (press Space to tick):"))
        list_label.setBuddy(self.list)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        self.gaps = intro_label("")  # subjects the catalogue has nothing for yet
        self.gaps.setAccessibleName(self.tr("Subjects without suggestions"))
        self.gaps.hide()
        layout.addWidget(self.gaps)

        own = QGridLayout()
        own.setHorizontalSpacing(SPACING)
        self.platform = QComboBox()
        for key, label in texts.platform_labels(with_web=True).items():
            self.platform.addItem(label, key)
        self.platform.setAccessibleName(self.tr("Platform of your own follow"))
        self.address = AddLineEdit()
        self.address.setAccessibleName(self.tr("Handle or web address to follow"))
        self.note = AddLineEdit()
        self.note.setMaxLength(200)
        self.note.setAccessibleName(self.tr("Note about this follow (optional)"))
        self.note.setPlaceholderText(self.tr("why you follow them (optional)"))
        self.add_button = QPushButton(self.tr("A&dd"))
        self.add_button.setAccessibleName(self.tr("Add your own follow"))
        labels = (QLabel(self.tr("&Platform:")), QLabel(self.tr("&Handle or address:")), QLabel(self.tr("N&ote:")))
        for label, buddy in zip(labels, (self.platform, self.address, self.note), strict=True):
            label.setBuddy(buddy)
        own.addWidget(labels[0], 0, 0)
        own.addWidget(self.platform, 0, 1)
        own.addWidget(labels[1], 0, 2)
        own.addWidget(self.address, 0, 3)
        own.addWidget(labels[2], 1, 0)
        own.addWidget(self.note, 1, 1, 1, 3)
        own.addWidget(self.add_button, 1, 4)
        own.setColumnStretch(3, 1)
        layout.addLayout(own)
        self.error = error_label()
        layout.addWidget(self.error)
        self.count = QLabel()
        layout.addWidget(self.count)

        self.platform.currentIndexChanged.connect(self._placeholder)
        self.add_button.clicked.connect(self.add_own)
        self.address.returnPressed.connect(self.add_own)
        self.note.returnPressed.connect(self.add_own)
        self.list.itemChanged.connect(self._store)
        self._seeded = False
        self._loading = False
        self._placeholder()

    def _placeholder(self, *_args) -> None:
        self.address.setPlaceholderText(PLATFORM_EXAMPLES.get(self.platform.currentData(), ""))

    def initializePage(self) -> None:
        # Your own follow starts on your first platform (not X, first in the list, when you did not choose it).
        mine = [p for p in self.draft.profile.platforms if self.platform.findData(p) >= 0]
        if mine and self.platform.currentData() not in mine:
            self.platform.setCurrentIndex(self.platform.findData(mine[0]))
        self._loading = True
        self.list.clear()
        suggestions = suggest(self.ctx.catalogue, self.draft, self.ctx.full_directory(self.draft))
        seed = not self._seeded and not self.draft.follows
        seen = set()
        for f in self.draft.follows:  # what they already have first, in their order
            match = next((s for s in suggestions if _key(s.follow) == _key(f)), None)
            reason = self._reason(match) if match is not None else ""
            self._add_item(f, reason or f.note or self.tr("added by you"), True)
            seen.add(_key(f))
        ticked = 0
        for s in suggestions:
            if _key(s.follow) in seen:
                continue
            seen.add(_key(s.follow))
            tick = seed and ticked < FIRST_TICKED and s.ticked  # core: only the user's platforms and the web
            ticked += tick
            self._add_item(s.follow, self._reason(s) or s.follow.note, tick)
        self._seeded = True
        self._loading = False
        self._show_gaps()
        self._store()

    def _reason(self, suggestion) -> str:
        words = [texts.reason_text(r) for r in suggestion.reasons]
        text = "; ".join(w for w in words if w)
        return text or (suggestion.entry.reason if suggestion.entry is not None else "")

    def _show_gaps(self) -> None:
        """Name the subjects the catalogue has nothing for, and say how to add your own."""
        profile = self.draft.profile
        missing = subjects_without_follows(self.ctx.catalogue, profile.subjects, profile.platforms)
        if not missing:
            self.gaps.hide()
            return
        labels = texts.subject_labels()
        names = ", ".join(labels.get(s, s) for s in missing)
        self.gaps.setText(self.tr("We have no suggestions for %1 yet. Add people, hashtags or blogs you know "
                                  "below: choose the platform, type the handle or web address, and press Add.")
                          .replace("%1", names))
        self.gaps.show()

    def _add_item(self, follow: Follow, reason: str, ticked: bool) -> QTreeWidgetItem:
        where = texts.platform_labels(with_web=True).get(follow.platform, follow.platform)
        name = follow.name or follow.address
        item = QTreeWidgetItem([name, follow.address, where, reason])
        item.setData(0, Qt.ItemDataRole.UserRole, follow)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        item.setToolTip(3, reason)
        if follow.kind:
            item.setToolTip(0, texts.follow_kind_label(follow.kind))
        self.list.addTopLevelItem(item)
        return item

    def items(self) -> list[QTreeWidgetItem]:
        return [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())]

    def _store(self, *_args) -> None:
        if self._loading:
            return
        self.draft.follows[:] = [it.data(0, Qt.ItemDataRole.UserRole) for it in self.items()
                                 if it.checkState(0) == Qt.CheckState.Checked]
        self.count.setText(self.tr("%n ticked", None, len(self.draft.follows)))
        self.changed()

    def add_own(self) -> None:
        platform = self.platform.currentData()
        try:
            address = normalise(platform, self.address.text())
            # The plan's one door for entries: what is added here is what the saved plan reads back.
            follow = make_follow(platform, address, kind="hashtag" if address.startswith("#")
                                 else ("blog" if platform == "web" else "account"), note=self.note.text().strip())
        except DataError as exc:
            show_error(self.error, self._handle_problem(platform, exc))
            self.address.setFocus()
            return
        for it in self.items():
            if _key(it.data(0, Qt.ItemDataRole.UserRole)) == _key(follow):
                it.setCheckState(0, Qt.CheckState.Checked)
                self.list.setCurrentItem(it)
                show_error(self.error, self.tr("%1 is already in the list; it is ticked now.").replace("%1", address))
                return
        show_error(self.error, "")
        item = self._add_item(follow, follow.note or self.tr("added by you"), True)
        self.list.setCurrentItem(item)
        self.address.clear()
        self.note.clear()
        self._store()

    def _handle_problem(self, platform: str, exc: DataError) -> str:
        example = PLATFORM_EXAMPLES.get(platform, "")
        if exc.detail == "is empty":
            return self.tr("Type a handle or address first, like %1.").replace("%1", example)
        return {
            "mastodon": self.tr("That is not a Mastodon address. It looks like %1."),
            "bluesky": self.tr("That is not a Bluesky handle. It looks like %1 (no @)."),
            "x": self.tr("That is not an X handle. It looks like %1: up to 15 letters, digits or _."),
            "web": self.tr("That is not a web address. It starts with http:// or https://, like %1."),
        }.get(platform, "%1").replace("%1", example)

    def nextId(self) -> int:
        return int(PageId.IMPORT if ImportPage.available() else PageId.SUMMARY)
