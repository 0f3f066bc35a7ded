"""The import panel shared by the wizard's import page and the main window's Import dialog.

Type or browse a source, Fetch: the work runs on a worker (run_task) with a progress bar per
source and one per byte, and Cancel stops it at once. Each source becomes a row with its one
message; under it the things it offers, each with a tick box, and a feed's recent items as plain
text. Nothing joins the plan until the caller applies what is ticked (`apply_to`)."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QGridLayout, QHBoxLayout, QHeaderView, QInputDialog,
                               QLabel, QLineEdit, QProgressBar, QPushButton, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ..core.model import Plan
from .a11y import warn_colour
from .context import AppContext
from .safe import plain_label
from .tasks import run_task
from .texts import date_text

ROLE = Qt.ItemDataRole.UserRole


translate = QCoreApplication.translate  # called with a literal context so pyside6-lupdate finds it


def reason_label(reason: str) -> str:
    return {
        "timeout": translate("ImportPanel", "Too slow"),
        "too-large": translate("ImportPanel", "Too large"),
        "http": translate("ImportPanel", "Server said no"),
        "tls": translate("ImportPanel", "Secure connection failed"),
        "connection": translate("ImportPanel", "Could not connect"),
        "redirects": translate("ImportPanel", "Redirect loop"),
        "scheme": translate("ImportPanel", "Address not allowed"),
        "bad-address": translate("ImportPanel", "Not an address"),
        "hostile-xml": translate("ImportPanel", "Unsafe file refused"),
        "bad-xml": translate("ImportPanel", "Damaged file"),
        "bad-json": translate("ImportPanel", "Damaged file"),
        "bad-calendar": translate("ImportPanel", "Damaged calendar"),
        "not-a-feed": translate("ImportPanel", "Not a feed"),
        "not-opml": translate("ImportPanel", "Not a feed list"),
        "not-a-calendar": translate("ImportPanel", "Not a calendar"),
        "not-a-directory": translate("ImportPanel", "Not a directory update"),
        "not-importable": translate("ImportPanel", "Cannot import"),
    }.get(reason, translate("ImportPanel", "Failed"))


def kind_label(kind: str) -> str:
    return {
        "follow": translate("ImportPanel", "Follow"),
        "chat": translate("ImportPanel", "Chat idea"),
        "custom-chat": translate("ImportPanel", "Chat from calendar"),
        "directory-new": translate("ImportPanel", "New chat"),
        "directory-changed": translate("ImportPanel", "Changed chat"),
    }.get(kind, kind)


def _without_prefix(message: str, *names: str) -> str:
    """The services' sentences start with the source ("https://x/feed: not found"); the row
    already shows it, so it is not repeated."""
    for name in names:
        if name and message.startswith(name + ": "):
            return message[len(name) + 2:]
    return message


class ImportPanel(QWidget):
    busyChanged = Signal(bool)
    resultsChanged = Signal()

    def __init__(self, ctx: AppContext, plan: Plan | None = None, parent: QWidget | None = None, *,
                 limits=None, workers: int = 6, hint: str = "") -> None:
        super().__init__(parent)
        self.hint = hint or self.tr("Tick what you want, then add it.")
        self.ctx = ctx
        self.plan = plan
        self.limits = limits
        self.workers = workers
        self.task = None
        self._tokens = None
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        form = QGridLayout()
        self.source = QLineEdit()
        self.source.setAccessibleName(self.tr("Feed, list or calendar to import"))
        self.source.setPlaceholderText(self.tr("https://… address, or a file on this computer"))
        source_label = QLabel(self.tr("&Import from:"))
        source_label.setBuddy(self.source)
        self.browse = QPushButton(self.tr("Bro&wse…"))  # Alt+B is the wizard's Back
        self.browse.setAccessibleName(self.tr("Choose a file to import"))
        self.fetch_button = QPushButton(self.tr("&Read it"))
        self.fetch_button.setAccessibleName(self.tr("Read the address or file"))
        self.fetch_button.setDefault(False)
        self.cancel_button = QPushButton(self.tr("Sto&p"))
        self.cancel_button.setAccessibleName(self.tr("Stop reading"))
        self.cancel_button.setEnabled(False)
        self.check_feeds = QCheckBox(self.tr("&Check that each feed of a list still works (slower)"))
        self.check_feeds.setAccessibleName(self.tr("Check each feed of a list"))
        self.token_button = QPushButton(self.tr("Private feed &login…"))
        self.token_button.setAccessibleName(self.tr("Add the access key of a private feed"))
        self.token_button.setToolTip(self.tr("For a feed that needs a login: paste the access key (token) it gave "
                                             "you. It is kept in your computer's password keyring."))
        form.addWidget(source_label, 0, 0)
        form.addWidget(self.source, 0, 1)
        form.addWidget(self.browse, 0, 2)
        form.addWidget(self.fetch_button, 0, 3)
        form.addWidget(self.cancel_button, 0, 4)
        form.addWidget(self.check_feeds, 1, 1, 1, 2)
        form.addWidget(self.token_button, 1, 3, 1, 2)
        form.setColumnStretch(1, 1)
        layout.addLayout(form)

        bars = QHBoxLayout()
        self.sources_bar = QProgressBar()
        self.sources_bar.setAccessibleName(self.tr("Sources done"))
        self.sources_bar.setFormat(self.tr("%v of %m done"))
        self.bytes_bar = QProgressBar()
        self.bytes_bar.setAccessibleName(self.tr("Downloaded"))
        self.bytes_bar.setFormat(self.tr("%v KB"))
        for bar in (self.sources_bar, self.bytes_bar):
            bar.setRange(0, 1)
            bar.setValue(0)
            bar.hide()  # shown when something is being read: an idle "0 of 1" says nothing
            bars.addWidget(bar, 1)
        layout.addLayout(bars)
        self.status = plain_label("")
        self.status.setAccessibleName(self.tr("Import status"))
        layout.addWidget(self.status)

        self.results = QTreeWidget()
        self.results.setColumnCount(2)
        self.results.setHeaderLabels([self.tr("What"), self.tr("Details")])
        self.results.setAccessibleName(self.tr("Import results; tick what to add"))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        header = self.results.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 360)
        header.setStretchLastSection(True)
        results_label = QLabel(self.tr("Res&ults (press Space to tick; only ticked items are added):"))
        results_label.setBuddy(self.results)
        layout.addWidget(results_label)
        layout.addWidget(self.results, 1)
        # The selected row in full: long messages are cut off in the table's columns.
        self.details = plain_label("")
        self.details.setAccessibleName(self.tr("Selected result in full"))
        layout.addWidget(self.details)
        self.notice = plain_label("")
        self.notice.hide()
        layout.addWidget(self.notice)

        self.browse.clicked.connect(self.choose_file)
        self.fetch_button.clicked.connect(self.start)
        self.source.returnPressed.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.token_button.clicked.connect(self.ask_token)
        self.results.itemChanged.connect(lambda *_: self.resultsChanged.emit())
        self.results.currentItemChanged.connect(self._show_details)

    # -- state ----------------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self.task is not None

    def set_plan(self, plan: Plan | None) -> None:
        self.plan = plan

    def tokens(self):
        if self._tokens is None:
            from ..services.secrets import TokenStore

            self._tokens = TokenStore()
        return self._tokens

    def _set_busy(self, busy: bool) -> None:
        self.fetch_button.setEnabled(not busy)
        self.browse.setEnabled(not busy)
        self.token_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.busyChanged.emit(busy)

    # -- actions --------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file to import"), "",
            self.tr("Feeds, lists and calendars (*.xml *.rss *.atom *.opml *.ics *.json);;All files (*)"))
        if path:
            self.source.setText(path)
            self.start()  # a file is on this computer: read it at once, no second button

    def start(self, sources: list[str] | None = None) -> bool:
        if self.task is not None:
            return False
        if not isinstance(sources, list):
            sources = [s for s in self.source.text().split() if s] if "://" in self.source.text() \
                else [self.source.text().strip()]
            sources = [s for s in sources if s]
        if not sources:
            self.status.setText(self.tr("Type a web address or choose a file first."))
            self.source.setFocus()
            return False
        importer = self._importer()
        self.sources_bar.setRange(0, len(sources))
        self.sources_bar.setValue(0)
        self.sources_bar.setFormat(self.tr("%v of %m done"))
        self.bytes_bar.setRange(0, 0)  # busy until sizes are known
        for bar in (self.sources_bar, self.bytes_bar):
            bar.show()
        self.status.setText(self.tr("Reading…"))
        self._set_busy(True)

        def work(progress, token):
            last = [0.0]

            def on_bytes(got: int, total: int) -> None:
                # Throttled here on the worker: a signal per 16 KB chunk would flood the GUI thread.
                now = time.monotonic()
                if now - last[0] >= 0.1 or (total and got >= total):
                    last[0] = now
                    progress(-(-got // 1024), -(-total // 1024), "bytes")  # KB, rounded up

            return importer.run(sources, token=token,
                                on_source=lambda done, total, _label: progress(done, total, "source"),
                                on_bytes=on_bytes)

        self.task = run_task(work, on_success=self._done, on_failure=self._failed,
                             on_progress=self._progress, on_cancel=self._cancelled)
        self.task.finished.connect(self._finished)
        return True

    def _importer(self):
        from ..services.http_cache import HttpCache
        from ..services.importer import Importer

        kwargs = {"limits": self.limits} if self.limits is not None else {}
        return Importer(self.ctx.full_directory(self.plan), plan=self.plan, cache=HttpCache(self.ctx.store),
                        tokens=self.tokens(), workers=self.workers, today=self.ctx.today(),
                        check_feeds=self.check_feeds.isChecked(), zone=self._zone(), **kwargs)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Stopping…"))

    def _progress(self, done: int, total: int, what: str) -> None:
        bar = self.sources_bar if what == "source" else self.bytes_bar
        if what == "bytes":
            bar.setRange(0, max(total, 0))
        else:
            bar.setRange(0, max(total, 1))
        bar.setValue(min(done, bar.maximum()) if bar.maximum() else done)

    def _finished(self) -> None:
        self.task = None
        self._set_busy(False)
        if self.bytes_bar.maximum() == 0:
            self.bytes_bar.setRange(0, 1)

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Stopped. Nothing from this import was added."))

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("The import stopped because of an unexpected problem; nothing was added."))

    def _done(self, result) -> None:
        self.sources_bar.setValue(self.sources_bar.maximum())
        ok = sum(1 for r in result.sources if r.ok)
        failed = len(result.sources) - ok
        self.bytes_bar.setVisible(self.bytes_bar.value() > 0)  # files on this computer download nothing
        # Done is not the same as read: the bar says how many could not be read.
        self.sources_bar.setFormat(self.tr("%1 read, %2 could not be read").replace("%1", str(ok))
                                   .replace("%2", str(failed)) if failed
                                   else self.tr("%1 read").replace("%1", str(ok)))
        self.status.setText(self.tr("%1 of %2 sources read.").replace("%1", str(ok))
                            .replace("%2", str(len(result.sources))) + " " + self.hint)
        notices = list(result.notices)
        self.notice.setText(" ".join(notices))
        self.notice.setVisible(bool(notices))
        self.results.blockSignals(True)
        for res in result.sources:
            self._show_source(res)
        self.results.blockSignals(False)
        self.resultsChanged.emit()

    # -- results --------------------------------------------------------------------------------

    def _show_source(self, res) -> None:
        for i in range(self.results.topLevelItemCount()):
            if self.results.topLevelItem(i).data(0, ROLE) == res.source:
                self.results.takeTopLevelItem(i)
                break
        head = res.title if res.ok and res.title else res.source
        message = _without_prefix(res.message, head, res.source)
        top = QTreeWidgetItem([head, message if res.ok else f"{reason_label(res.reason)}: {message}"])
        top.setData(0, ROLE, res.source)
        if not res.ok:
            top.setForeground(1, QBrush(warn_colour(self.results.palette())))  # dark red was 1.9:1 on dark
        self.results.addTopLevelItem(top)
        for sug in res.suggestions:
            problem = _without_prefix(sug.problem, sug.follow.feed_url if sug.follow else "")
            detail = self.tr("Not working: %1").replace("%1", problem) if problem else sug.detail
            child = QTreeWidgetItem([f"{kind_label(sug.kind)}: {sug.label}", detail])
            if problem:  # the same error style as a source that failed
                child.setForeground(1, QBrush(warn_colour(self.results.palette())))
            child.setData(0, ROLE, sug)
            child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            child.setCheckState(0, Qt.CheckState.Checked if sug.checked else Qt.CheckState.Unchecked)
            top.addChild(child)
        if res.items:
            recent = QTreeWidgetItem([self.tr("Recent items (%1)").replace("%1", str(len(res.items))), ""])
            for item in res.items:
                day = item.day_in(self._zone())
                meta = " · ".join(x for x in (item.author, date_text(day) if day else "") if x)
                recent.addChild(QTreeWidgetItem([item.title, meta]))
            top.addChild(recent)
        for what, why in res.skipped:
            top.addChild(QTreeWidgetItem([self.tr("Skipped: %1").replace("%1", what), why]))
        top.setExpanded(True)
        for i in range(top.childCount()):
            if top.child(i).childCount():
                top.child(i).setExpanded(True)  # a feed's recent items are what the teacher came to see

    def _zone(self) -> str:
        """Post dates are shown on the reader's own calendar: the plan's zone, else the computer's."""
        return (self.plan.profile.time_zone if self.plan else "") or self.ctx.system_zone

    def _show_details(self, item, _previous=None) -> None:
        self.details.setText("" if item is None else " — ".join(t for t in (item.text(0), item.text(1)) if t))

    def suggestion_items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.results.topLevelItemCount()):
            top = self.results.topLevelItem(i)
            out += [top.child(j) for j in range(top.childCount()) if top.child(j).data(0, ROLE) is not None]
        return out

    def chosen(self) -> list:
        picked = []
        for item in self.suggestion_items():
            sug = item.data(0, ROLE)
            sug.checked = item.checkState(0) == Qt.CheckState.Checked
            if sug.checked:
                picked.append(sug)
        return picked

    def apply_to(self, plan: Plan) -> tuple[Plan, list[str]]:
        """A copy of `plan` with what is ticked added, and one line per change."""
        from ..services.importer import apply

        return apply(plan, self.chosen())

    # -- tokens ---------------------------------------------------------------------------------

    def ask_token(self) -> None:
        from urllib.parse import urlsplit

        host = (urlsplit(self.source.text().strip()).hostname or "").lower()
        if not host:
            self.status.setText(self.tr("Type the web address of the private source first."))
            return
        secret, ok = QInputDialog.getText(
            self, self.tr("Private feed login"),
            self.tr("Access key (token) for %1, kept in your computer's password keyring:")
            .replace("%1", host), QLineEdit.EchoMode.Password)
        if ok and secret.strip():
            self.save_token(host, secret.strip())

    def save_token(self, host: str, secret: str):
        tokens = self.tokens()

        def saved(in_keyring: bool) -> None:
            self.status.setText(self.tr("Access key saved in the keyring for %1.").replace("%1", host)
                                if in_keyring
                                else self.tr("No password keyring is available on this computer, so the access "
                                             "key will be used for this session only and not remembered."))

        return run_task(lambda progress, token: tokens.set(host, secret), on_success=saved)
