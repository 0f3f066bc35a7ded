"""Plan → Follow on Bluesky or Mastodon: sign in, preview every action, do the ticked ones with progress
and Stop, and undo a run. Nothing is sent to an account until the teacher presses the button under the
preview; network work runs off the GUI thread (ui/tasks.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLineEdit, QProgressBar, QPushButton,
                               QRadioButton, QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ..core.errors import BadInput
from ..core.follow_through import LIST_ADD, PACK_ADD, BlueskyChoice, ChoiceProblem
from ..core.model import Plan
from .context import AppContext
from .follow_words import action_words, problem_words, run_line, status_words
from .safe import plain_label
from .tasks import run_task


class FollowDialog(QDialog):
    """Three steps on one stack: account, preview, progress/result."""

    def __init__(self, ctx: AppContext, plan: Plan, parent: QWidget | None = None, *, session=None) -> None:
        super().__init__(parent)
        self.ctx, self.plan, self.session = ctx, plan, session  # session: tests pass a requests stand-in
        self.task = None
        self.preview_report = None
        self.report = None
        self.setWindowTitle(self.tr("Follow on Bluesky or Mastodon"))
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self.stack.addWidget(self._account_page())
        self.stack.addWidget(self._preview_page())
        self.stack.addWidget(self._progress_page())
        self.message = plain_label("", self)
        self.message.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._platform_changed()
        self.resize(820, 600)

    # -- step 1: where and who ------------------------------------------------------------------

    def _account_page(self) -> QWidget:
        page = QWidget(self)
        v = QVBoxLayout(page)
        v.addWidget(plain_label(self.tr(
            "PLN Onboard can follow the people and hashtags in your plan for you, and undo it later. "
            "First you see every step; nothing happens on your account until you press the button under it."),
            page))
        row = QHBoxLayout()
        self.bluesky_radio = QRadioButton(self.tr("&Bluesky"), page)
        self.mastodon_radio = QRadioButton(self.tr("&Mastodon"), page)
        self.bluesky_radio.setChecked(True)
        group = QButtonGroup(page)
        for radio in (self.bluesky_radio, self.mastodon_radio):
            group.addButton(radio)
            row.addWidget(radio)
            radio.toggled.connect(self._platform_changed)
        row.addStretch(1)
        v.addLayout(row)

        self.bluesky_box = QGroupBox(self.tr("Your Bluesky account"), page)
        form = QFormLayout(self.bluesky_box)
        self.handle = QLineEdit(self.bluesky_box)
        self.handle.setPlaceholderText("name.bsky.social")
        self.handle.setAccessibleName(self.tr("Your Bluesky handle"))
        self.app_password = QLineEdit(self.bluesky_box)
        self.app_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.app_password.setAccessibleName(self.tr("App password"))
        self.service = QLineEdit("https://bsky.social", self.bluesky_box)
        self.service.setAccessibleName(self.tr("Your account's server"))
        form.addRow(self.tr("&Handle:"), self.handle)
        form.addRow(self.tr("&App password:"), self.app_password)
        form.addRow(plain_label(self.tr(
            "Use an app password, never your account password: in Bluesky, Settings → Privacy and security → "
            "App passwords → Add. It is kept in your computer's password keyring, nowhere else."), self.bluesky_box))
        form.addRow(self.tr("Ser&ver:"), self.service)
        self.do_follow = QCheckBox(self.tr("&Follow them"), self.bluesky_box)
        self.do_follow.setChecked(True)
        self.make_list = QCheckBox(self.tr("Also put them on my own &list"), self.bluesky_box)
        self.list_name = QLineEdit(self.tr("My PLN"), self.bluesky_box)
        self.list_name.setAccessibleName(self.tr("List name"))
        self.list_name.setMaxLength(64)
        self.make_pack = QCheckBox(self.tr("Also make my own &starter pack"), self.bluesky_box)
        self.pack_name = QLineEdit(self.tr("My starter PLN"), self.bluesky_box)
        self.pack_name.setAccessibleName(self.tr("Starter pack name"))
        form.addRow(self.do_follow)
        form.addRow(self.make_list)
        form.addRow(self.tr("L&ist name:"), self.list_name)
        form.addRow(self.make_pack)
        form.addRow(self.tr("Pack nam&e:"), self.pack_name)
        self.make_list.toggled.connect(self.list_name.setEnabled)
        self.make_pack.toggled.connect(self.pack_name.setEnabled)
        self.list_name.setEnabled(False)
        self.pack_name.setEnabled(False)
        form.addRow(plain_label(self.tr("Lists and starter packs on Bluesky are public: anyone can see who is on "
                                        "them. You tick each person in the next step."), self.bluesky_box))
        v.addWidget(self.bluesky_box)

        self.mastodon_box = QGroupBox(self.tr("Your Mastodon account"), page)
        form = QFormLayout(self.mastodon_box)
        self.server = QLineEdit(self.mastodon_box)
        self.server.setPlaceholderText("https://mastodon.social")
        self.server.setAccessibleName(self.tr("Your Mastodon server"))
        self.token = QLineEdit(self.mastodon_box)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setAccessibleName(self.tr("Access token"))
        form.addRow(self.tr("Se&rver:"), self.server)
        form.addRow(self.tr("Access &token:"), self.token)
        form.addRow(plain_label(self.tr(
            "Make one in Mastodon: Preferences → Development → New application, with only the scopes "
            "read:search and write:follows, then copy “Your access token”. It is kept in your computer's "
            "password keyring, nowhere else."), self.mastodon_box))
        v.addWidget(self.mastodon_box)
        self.runs_box = QGroupBox(self.tr("Earlier runs"), page)
        row = QHBoxLayout(self.runs_box)
        self.runs = QComboBox(self.runs_box)
        self.runs.setAccessibleName(self.tr("Earlier runs"))
        self.undo_earlier = QPushButton(self.tr("U&ndo the chosen run"), self.runs_box)
        self.undo_earlier.clicked.connect(lambda: self.start_undo(self.runs.currentData()))
        row.addWidget(self.runs, 1)
        row.addWidget(self.undo_earlier)
        v.addWidget(self.runs_box)
        self._fill_runs()
        v.addStretch(1)
        self.preview_button = QPushButton(self.tr("&Preview what will happen"), page)
        self.preview_button.clicked.connect(self.start_preview)
        v.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _fill_runs(self) -> None:
        """Runs that made something and were not undone, newest first (the store is local and small)."""
        from ..services.follow_records import FollowRecords

        runs = FollowRecords(self.ctx.store).runs() if self.ctx.store is not None else []
        self.runs.clear()
        for run in runs:
            if run.status != "undone" and any(a.status == "done" for a in run.actions):
                self.runs.addItem(run_line(run), run.id)
        self.runs_box.setVisible(self.runs.count() > 0)

    def _platform_changed(self) -> None:
        bluesky = self.bluesky_radio.isChecked()
        self.bluesky_box.setVisible(bluesky)
        self.mastodon_box.setVisible(not bluesky)

    # -- step 2: preview ------------------------------------------------------------------------

    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        v = QVBoxLayout(page)
        self.preview_intro = plain_label("", page)
        v.addWidget(self.preview_intro)
        self.table = QTableWidget(0, 4, page)
        self.table.setHorizontalHeaderLabels([self.tr("Do"), self.tr("Who or what"), self.tr("Why it is in your plan"),
                                              self.tr("Now")])
        self.table.setAccessibleName(self.tr("Every step, with a tick to include it"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        v.addWidget(self.table, 1)
        row = QHBoxLayout()
        back = QPushButton(self.tr("&Back"), page)
        back.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        self.go_button = QPushButton(self.tr("&Do the ticked steps"), page)
        self.go_button.clicked.connect(self.start_run)
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.go_button)
        v.addLayout(row)
        return page

    def _choice(self) -> BlueskyChoice:
        return BlueskyChoice(follow=self.do_follow.isChecked(),
                             list_name=self.list_name.text() if self.make_list.isChecked() else "",
                             pack_name=self.pack_name.text() if self.make_pack.isChecked() else "")

    def _secret(self, field: QLineEdit, key: str) -> str:
        from ..services.secrets import TokenStore

        return field.text().strip() or (TokenStore().get(key) or "")

    def start_preview(self) -> None:
        from ..services.follow_bluesky import BlueskyRun
        from ..services.follow_mastodon import MastodonRun, token_key
        from ..services.social_http import check_server

        try:
            if self.bluesky_radio.isChecked():
                if not self.handle.text().strip():
                    raise BadInput(self.tr("Type your Bluesky handle first."))
                service, handle, choice = check_server(self.service.text()), self.handle.text().strip(), self._choice()

                def work(progress, token):
                    return BlueskyRun(None, service=service, session=self.session, cancel=token).preview(
                        self.plan, handle, choice)
            else:
                server = check_server(self.server.text())
                secret = self._secret(self.token, token_key(server))
                if not secret:
                    raise BadInput(self.tr("Paste your access token first."))

                def work(progress, token):
                    return MastodonRun(None, server, secret, session=self.session, cancel=token).preview(self.plan)
        except ChoiceProblem as exc:
            self._say(self.tr("That name is longer than Bluesky allows (%1 characters).").replace("%1", str(exc.limit)))
            return
        except BadInput as exc:  # a bad address or a missing handle or token: one plain sentence
            self._say(str(exc))
            return
        self._busy(True, self.tr("Looking up every account…"))
        self.task = run_task(work, on_success=self._show_preview, on_failure=self._failed,
                             on_cancel=lambda: self._busy(False, ""))

    def _show_preview(self, report) -> None:
        self._busy(False, "")
        self.preview_report = report
        platform = "Bluesky" if report.platform == "bluesky" else "Mastodon"
        todo = report.count("would-do")
        self.preview_intro.setText(self.tr(
            "%1 steps on %2 for %3. Untick anything you do not want. Already done and not found are shown "
            "so you know; they are left alone.").replace("%1", str(todo)).replace("%2", platform).replace(
            "%3", report.account or "-"))
        if any(a.kind in (LIST_ADD, PACK_ADD) for a in report.actions):
            self.preview_intro.setText(self.preview_intro.text() + " " + self.tr(
                "Your list and starter pack are public: tick only people who would expect to be on them."))
        words, states = action_words(), status_words()
        self.table.setRowCount(len(report.actions))
        for i, a in enumerate(report.actions):
            tick = QTableWidgetItem(words.get(a.kind, a.kind))
            can = a.status == "would-do"
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            tick.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable if can else flags)
            # Public lists and packs: nobody is added unless the teacher ticks them.
            public = a.kind in (LIST_ADD, PACK_ADD)
            tick.setCheckState(Qt.CheckState.Checked if can and not public else Qt.CheckState.Unchecked)
            tick.setData(Qt.ItemDataRole.UserRole, (a.kind, a.target))
            self.table.setItem(i, 0, tick)
            for col, text in ((1, a.target), (2, a.reason), (3, states.get(a.status, a.status))):
                self.table.setItem(i, col, QTableWidgetItem(text))
        self.go_button.setEnabled(todo > 0)
        self.stack.setCurrentIndex(1)

    def skipped(self) -> set[tuple[str, str]]:
        out = set()
        for i in range(self.table.rowCount()):
            item = self.table.item(i, 0)
            if item.checkState() != Qt.CheckState.Checked:
                out.add(tuple(item.data(Qt.ItemDataRole.UserRole)))
        return out

    # -- step 3: run, progress, result, undo ----------------------------------------------------

    def _progress_page(self) -> QWidget:
        page = QWidget(self)
        v = QVBoxLayout(page)
        self.result_text = plain_label("", page)
        v.addWidget(self.result_text)
        self.progress = QProgressBar(page)
        self.progress.setAccessibleName(self.tr("Progress"))
        v.addWidget(self.progress)
        row = QHBoxLayout()
        self.stop_button = QPushButton(self.tr("&Stop"), page)
        self.stop_button.clicked.connect(self.stop)
        self.undo_button = QPushButton(self.tr("&Undo this run"), page)
        self.undo_button.clicked.connect(lambda: self.start_undo())
        row.addWidget(self.stop_button)
        row.addStretch(1)
        row.addWidget(self.undo_button)
        v.addLayout(row)
        v.addStretch(1)
        return page

    def start_run(self) -> None:
        from ..services.follow_bluesky import BlueskyRun, app_password_key
        from ..services.follow_mastodon import MastodonRun, token_key
        from ..services.follow_records import FollowRecords
        from ..services.social_http import check_server

        if self.ctx.store is None:
            self._say(self.tr("Your data folder cannot be written, so a run could not be recorded or undone."))
            return
        records = FollowRecords(self.ctx.store)
        skip = self.skipped()
        total = sum(self.table.item(i, 0).checkState() == Qt.CheckState.Checked for i in range(self.table.rowCount()))
        if self.bluesky_radio.isChecked():
            handle, service, choice = self.handle.text().strip(), check_server(self.service.text()), self._choice()
            key = app_password_key(handle)
            secret = self._secret(self.app_password, key)
            if not secret:
                self._say(self.tr("Type your app password first."))
                return

            def work(progress, token):
                run = BlueskyRun(records, service=service, session=self.session, cancel=token,
                                 progress=lambda n, t: progress(n, max(total, 1), ""))
                return run.run(self.plan, handle, secret, choice, skip)
        else:
            server = check_server(self.server.text())
            key = token_key(server)
            secret = self._secret(self.token, key)

            def work(progress, token):
                run = MastodonRun(records, server, secret, session=self.session, cancel=token,
                                  progress=lambda n, t: progress(n, max(total, 1), ""))
                return run.run(self.plan, skip)
        self._secret_key = (key, secret)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self._done_so_far = 0
        self.stack.setCurrentIndex(2)
        self.undo_button.setEnabled(False)
        self._busy(True, self.tr("Working… You can stop at any time; what is done stays recorded."))
        self.task = run_task(work, on_success=self._finished, on_failure=self._failed,
                             on_progress=self._progressed, on_cancel=lambda: self._busy(False, ""))

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self._done_so_far += done
        self.progress.setValue(min(self._done_so_far, self.progress.maximum()))

    def _finished(self, report) -> None:
        from ..services.secrets import TokenStore

        self._busy(False, "")
        self.report = report
        if report.problem != "signed-out" and getattr(self, "_secret_key", None):
            TokenStore().set(*self._secret_key)  # signed in: remember it in the keyring only
        self._secret_key = None
        def n(kind: str, status: str = "done") -> int:
            return sum(a.kind == kind and a.status == status for a in report.actions)

        lines = []
        if report.status == "undone":
            lines.append(self.tr("Undone: %1 removed. Follows you had before are untouched.").replace(
                "%1", str(report.count("undone"))))
        else:
            parts = [(self.tr("Followed: %1"), n("follow")), (self.tr("Hashtags followed: %1"), n("follow-tag")),
                     (self.tr("Added to your list: %1"), n("list-add")),
                     (self.tr("Added to your starter pack (you included): %1"), n("pack-add")),
                     (self.tr("Already done before: %1"), sum(n(k, "already") for k in
                                                              ("follow", "follow-tag", "list-add", "pack-add")))]
            lines.append(" · ".join(text.replace("%1", str(count)) for text, count in parts if count) or
                         self.tr("Nothing needed doing."))
            names = {a.kind: a.target for a in report.actions if a.kind in ("create-list", "create-pack")}
            if "create-pack" in names:
                lines.append(self.tr("Made your starter pack “%1”.").replace("%1", names["create-pack"]))
            if "create-list" in names:
                lines.append(self.tr("Made your list “%1”.").replace("%1", names["create-list"]))
        earlier = self.preview_report.unresolved if self.preview_report is not None else []
        unresolved = sorted(set(report.unresolved) | set(earlier))
        if unresolved:
            lines.append(self.tr("Not found (check the spelling in your plan): %1").replace(
                "%1", ", ".join(unresolved)))
        if report.problem:
            lines.append(problem_words().get(report.problem, report.problem) + (
                f" ({report.detail})" if report.detail else ""))
        if report.resume_after:
            lines.append(self.tr("Press the button again after %1 to continue where it stopped.").replace(
                "%1", report.resume_after.astimezone().strftime("%a %H:%M")))
        if report.run is not None and report.status != "undone":
            lines.append(self.tr("This was run %1. “Undo this run” removes exactly what it made.").replace(
                "%1", str(report.run)))
        self.result_text.setText("\n".join(lines))
        self.progress.setValue(self.progress.maximum())
        self.undo_button.setEnabled(report.run is not None and report.count("done") > 0)
        self.stack.setCurrentIndex(2)
        self._fill_runs()

    def start_undo(self, run_id: int | None = None) -> None:
        from ..services.follow_bluesky import BlueskyRun
        from ..services.follow_mastodon import MastodonRun
        from ..services.follow_records import FollowRecords

        if run_id is None and self.report is not None:
            run_id = self.report.run
        if run_id is None or self.ctx.store is None:
            return
        records = FollowRecords(self.ctx.store)
        record = records.run(run_id)
        if record is None:
            return
        if record.platform == "bluesky":
            from ..services.follow_bluesky import app_password_key

            secret = self._secret(self.app_password, app_password_key(record.account))

            def work(progress, token):
                return BlueskyRun(records, service=record.service, session=self.session, cancel=token).undo(
                    run_id, record.account, secret)
        else:
            from ..services.follow_mastodon import token_key

            secret = self._secret(self.token, token_key(record.service))

            def work(progress, token):
                return MastodonRun(records, record.service, secret, session=self.session, cancel=token).undo(run_id)
        self.undo_button.setEnabled(False)
        self.stack.setCurrentIndex(2)
        self._busy(True, self.tr("Undoing…"))
        self.task = run_task(work, on_success=self._finished, on_failure=self._failed,
                             on_cancel=lambda: self._busy(False, ""))

    def stop(self) -> None:
        if self.task is not None and not self.task.done:
            self.task.cancel()

    # -- shared ---------------------------------------------------------------------------------

    def _failed(self, exc: BaseException) -> None:
        from ..services.follow_common import Stop

        self._busy(False, "")
        if isinstance(exc, Stop):
            self._say(problem_words().get(exc.problem, exc.problem) + (f" ({exc.detail})" if exc.detail else ""))
        else:
            self._say(self.tr("Something went wrong: %1").replace("%1", str(exc) or type(exc).__name__))

    def _busy(self, busy: bool, text: str) -> None:
        self.preview_button.setEnabled(not busy)
        self.go_button.setEnabled(not busy and self.preview_report is not None)
        self.stop_button.setEnabled(busy)
        self._say(text)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def done(self, result: int) -> None:
        self.stop()
        super().done(result)


def run_follow(parent: QWidget | None, ctx: AppContext, plan: Plan) -> None:
    dialog = FollowDialog(ctx, plan, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
