"""The "My network" tab: the plan's chats, communities and follows in one list, each with its
platform, why it is there and its link (the whole domain shown), ticked while it is in the plan.

Unticking takes it out of the plan (saved at once, like every change in the main window); the row
stays, so ticking it again puts it back. Add chat… and Add follow… pick from the shipped directory
and starter catalogue, or take an address typed by the user."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from ...core.errors import BadInput
from ...core.handles import hashtag_search_url, is_http_url, normalise, profile_url
from ...core.model import Follow, Plan, PlanChat
from ...core.plan_chats import plan_chat
from ...core.vocab import PLATFORMS
from .. import weektext as wt
from ..context import AppContext

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = 4  # name, platform, why, link
WEB = {"web": "Web"}


def shown_link(url: str) -> str:
    """The address without its scheme, so the domain is the first thing read ("bsky.app/hashtag/x")."""
    for scheme in ("https://", "http://"):
        if url.startswith(scheme):
            return url[len(scheme):]
    return url


def follow_link(follow: Follow) -> str:
    try:
        url = profile_url(follow.platform, follow.address)
    except (KeyError, ValueError):
        return ""
    return url if is_http_url(url) else ""


class NetworkTab(QWidget):
    planEdited = Signal(object)  # a changed copy of the plan

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: Plan | None = None
        self._gone_chats: dict[str, PlanChat] = {}  # unticked this session: ticking puts them back
        self._gone_follows: list[Follow] = []
        self._gone_communities: list[str] = []
        column = QVBoxLayout(self)
        intro = QLabel(self.tr("Everything in your plan. Untick to take something out; tick it again to put it "
                               "back. Changes are saved at once."), self)
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels([self.tr("In your plan"), self.tr("Platform"), self.tr("Why"), self.tr("Link")])
        self.tree.setAccessibleName(self.tr("Your network"))
        self.tree.setAccessibleDescription(self.tr("Chats, communities and follows. Press Space to tick or "
                                                   "untick the selected row."))
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.itemActivated.connect(self._open_link)
        column.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.add_chat_button = QPushButton(self.tr("Add &chat…"), self)
        self.add_follow_button = QPushButton(self.tr("Add f&ollow…"), self)
        self.add_chat_button.clicked.connect(self.add_chat)
        self.add_follow_button.clicked.connect(self.add_follow)
        row.addWidget(self.add_chat_button)
        row.addWidget(self.add_follow_button)
        row.addStretch(1)
        column.addLayout(row)
        self.dialog: QDialog | None = None

    # -- showing ---------------------------------------------------------------------------

    def set_plan(self, plan: Plan | None) -> None:
        self.plan = plan
        self.tree.blockSignals(True)
        self.tree.clear()
        if plan is None:
            self.tree.blockSignals(False)
            return
        directory = self.ctx.full_directory(plan)
        in_plan = {pc.id for pc in plan.chats}
        chats = self._group(self.tr("Chats"))
        entries = list(plan.chats) + [pc for cid, pc in self._gone_chats.items() if cid not in in_plan]
        for pc in entries:
            chat = plan_chat(pc, directory)
            if chat is None:
                continue
            platforms = ", ".join({**PLATFORMS, **WEB}.get(p, p) for p in chat.platforms)
            why = chat.description or ", ".join(chat.topics)
            link = chat.link if is_http_url(chat.link) else hashtag_search_url(chat.platforms[0] if chat.platforms
                                                                                  else "x", chat.hashtag)
            self._row(chats, wt.block_label_of(chat), platforms, why, link, ("chat", pc), pc.id in in_plan)
        communities = self._group(self.tr("Communities"))
        chosen = list(plan.communities)
        for cid in chosen + [c for c in self._gone_communities if c not in chosen]:
            entry = self.ctx.directory.community(cid)
            if entry is None:
                continue
            platforms = ", ".join({**PLATFORMS, **WEB}.get(p, p) for p in entry.platforms)
            link = entry.link if is_http_url(entry.link) else ""
            self._row(communities, entry.title or entry.label, platforms, entry.description, link,
                      ("community", cid), cid in chosen)
        follows = self._group(self.tr("Follows"))
        seen = [(f.platform, f.address) for f in plan.follows]
        extra = [f for f in self._gone_follows if (f.platform, f.address) not in seen]
        for f in list(plan.follows) + extra:
            parent = communities if f.kind == "community" else follows
            entry = self.ctx.catalogue.entries.get(f.source) if f.source else None
            why = f.note or (entry.reason if entry else "")
            link = follow_link(f)
            self._row(parent, f.name or f.address, {**PLATFORMS, **WEB}.get(f.platform, f.platform), why, link,
                      ("follow", f), (f.platform, f.address) in seen)
        for group in (chats, communities, follows):
            group.setExpanded(True)
            ticked = sum(1 for i in range(group.childCount()) if group.child(i).checkState(0) == Qt.CheckState.Checked)
            group.setText(0, f"{group.text(0)} ({ticked})")
            if group.childCount() == 0:
                empty = QTreeWidgetItem([self.tr("None yet"), "", "", ""])
                empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.addChild(empty)
        for column in range(COLUMNS):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(2, min(self.tree.columnWidth(2), 300))  # the link's domain stays in view
        self.tree.blockSignals(False)

    def _group(self, title: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem([title, "", "", ""])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(group)
        group.setFirstColumnSpanned(True)
        return group

    def _row(self, parent, name, platform, why, link, data, checked: bool) -> QTreeWidgetItem:
        item = QTreeWidgetItem([name, platform, why, shown_link(link)])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(0, ITEM_ROLE, data)
        item.setToolTip(2, why)
        item.setToolTip(3, link)
        item.setData(3, ITEM_ROLE, link)
        state = self.tr("in your plan") if checked else self.tr("not in your plan")
        spoken = ", ".join(t for t in (name, platform, state, why, link) if t)
        for column in range(COLUMNS):
            item.setData(column, Qt.ItemDataRole.AccessibleTextRole, spoken)
        parent.addChild(item)
        return item

    def rows(self) -> list[QTreeWidgetItem]:
        out = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            out.extend(group.child(i) for i in range(group.childCount()) if group.child(i).data(0, ITEM_ROLE))
        return out

    def _open_link(self, item: QTreeWidgetItem, _column: int) -> None:
        from ..safe import open_web_link

        link = item.data(3, ITEM_ROLE)
        if link:
            open_web_link(link)

    # -- changing --------------------------------------------------------------------------

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        data = item.data(0, ITEM_ROLE)
        if column != 0 or not data or self.plan is None:
            return
        included = item.checkState(0) == Qt.CheckState.Checked
        # After the signal returns: the change rebuilds this tree, which must not delete the item
        # whose signal is still being delivered.
        QTimer.singleShot(0, lambda: self.set_included(data, included))

    def set_included(self, data: tuple, included: bool) -> None:
        if self.plan is None:
            return
        kind, value = data
        plan = copy.deepcopy(self.plan)
        if kind == "community":
            if included and value not in plan.communities:
                plan.communities.append(value)
                self._gone_communities = [c for c in self._gone_communities if c != value]
            elif not included:
                self._gone_communities.append(value)
                plan.communities = [c for c in plan.communities if c != value]
        elif kind == "chat":
            if included and value.id not in plan.chat_ids():
                plan.chats.append(self._gone_chats.pop(value.id, value))
            elif not included:
                self._gone_chats[value.id] = next((pc for pc in plan.chats if pc.id == value.id), value)
                plan.chats = [pc for pc in plan.chats if pc.id != value.id]
        else:
            key = (value.platform, value.address)
            if included and key not in [(f.platform, f.address) for f in plan.follows]:
                plan.follows.append(value)
                self._gone_follows = [f for f in self._gone_follows if (f.platform, f.address) != key]
            elif not included:
                self._gone_follows.append(value)
                plan.follows = [f for f in plan.follows if (f.platform, f.address) != key]
        self.planEdited.emit(plan)

    def add_chat(self) -> None:
        if self.plan is None:
            return
        have = set(self.plan.chat_ids()) | set(self.plan.communities)
        choices = []
        for c in sorted(self.ctx.directory.entries(), key=lambda c: c.label.lower()):
            if c.id in have:
                continue
            if c.kind == "community":
                choices.append((self.tr("{name} (community)").format(name=c.title or c.label), c.id))
            else:
                choices.append((wt.block_label_of(c), c.id))
        self.dialog = PickDialog(self.tr("Add a chat or community"),
                                 self.tr("Chats and communities from the directory that are not in your plan yet:"),
                                 choices, typed=False, parent=self)
        self.dialog.picked.connect(self._chat_picked)
        self.dialog.open()

    def _chat_picked(self, chat_id: str, _platform: str) -> None:
        plan = copy.deepcopy(self.plan)
        if self.ctx.directory.community(chat_id) is not None:
            if chat_id not in plan.communities:
                plan.communities.append(chat_id)
                self.planEdited.emit(plan)
            return
        if chat_id not in plan.chat_ids():
            plan.chats.append(self._gone_chats.pop(chat_id, PlanChat(chat_id)))
            self.planEdited.emit(plan)

    def add_follow(self) -> None:
        if self.plan is None:
            return
        have = {(f.platform, f.address) for f in self.plan.follows}
        choices = []
        for entry in sorted(self.ctx.catalogue.entries.values(), key=lambda e: e.name.lower()):
            f = entry.to_follow()
            if (f.platform, f.address) not in have:
                platform = PLATFORMS.get(f.platform, f.platform) if f.platform != "web" else "Web"
                choices.append((f"{entry.name} ({platform})", entry.id))
        self.dialog = PickDialog(self.tr("Add a follow"), self.tr("From the starter list, or type an address:"),
                                 choices, typed=True, parent=self)
        self.dialog.picked.connect(self._follow_picked)
        self.dialog.open()

    def _follow_picked(self, value: str, platform: str) -> None:
        plan = copy.deepcopy(self.plan)
        if platform:  # typed by the user
            follow = Follow(platform=platform, address=value)
        else:
            entry = self.ctx.catalogue.entries.get(value)
            if entry is None:
                return
            follow = entry.to_follow()
        if (follow.platform, follow.address) not in {(f.platform, f.address) for f in plan.follows}:
            plan.follows.append(follow)
            self.planEdited.emit(plan)


class PickDialog(QDialog):
    """A filterable list to pick one item from, optionally with a typed address instead."""
    picked = Signal(str, str)  # (choice data or typed address, platform when typed else "")

    def __init__(self, title: str, intro: str, choices: list[tuple[str, str]], *, typed: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        column = QVBoxLayout(self)
        text = QLabel(intro, self)
        text.setWordWrap(True)
        column.addWidget(text)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to narrow the list"))
        self.filter.setAccessibleName(self.tr("Search the list"))
        self.filter.setClearButtonEnabled(True)
        column.addWidget(self.filter)
        self.list = QListWidget(self)
        self.list.setAccessibleName(title)
        for label, data in choices:
            item = QListWidgetItem(label)
            item.setData(ITEM_ROLE, data)
            self.list.addItem(item)
        column.addWidget(self.list, 1)
        self.address = self.platform = None
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.hide()
        if typed:
            form = QFormLayout()
            self.address = QLineEdit(self)
            self.address.setAccessibleName(self.tr("Address to follow"))
            self.address.setPlaceholderText(self.tr("@name@server.social, name.bsky.social or https://…"))
            self.platform = QComboBox(self)
            self.platform.setAccessibleName(self.tr("Platform of the address"))
            for key, name in list(PLATFORMS.items()) + [("web", self.tr("Blog or website"))]:
                self.platform.addItem(name, key)
            label = QLabel(self.tr("Or &type an address:"), self)
            label.setBuddy(self.address)
            form.addRow(label, self.address)
            where = QLabel(self.tr("O&n:"), self)
            where.setBuddy(self.platform)
            form.addRow(where, self.platform)
            column.addLayout(form)
        column.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
        buttons.accepted.connect(self.choose)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.filter.textChanged.connect(self._narrow)
        self.list.itemActivated.connect(lambda _item: self.choose())
        self.resize(460, 480)

    def _narrow(self, text: str) -> None:
        words = text.lower().split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(not all(w in item.text().lower() for w in words))

    def choose(self) -> None:
        if self.address is not None and self.address.text().strip():
            platform = self.platform.currentData()
            try:
                address = normalise(platform, self.address.text().strip())
            except BadInput as exc:
                self.problem.setText(self.tr("That address does not look right: {reason}").format(reason=str(exc)))
                self.problem.show()
                return
            self.picked.emit(address, platform)
            self.accept()
            return
        item = self.list.currentItem()
        if item is None or item.isHidden():
            self.problem.setText(self.tr("Choose one from the list first."))
            self.problem.show()
            return
        self.picked.emit(item.data(ITEM_ROLE), "")
        self.accept()
