"""The two export commands of the menu and the wizard's last page: pick a file, write it off the GUI
thread, then one plain message naming the file (or one sentence saying what went wrong)."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox,
                               QRadioButton, QVBoxLayout, QWidget)

from ..core.errors import BadInput, PlnError
from ..services.exports import FORMATS, default_filename
from .tasks import Task, run_task

CALENDAR_FILE = "pln-chats.ics"


translate = QCoreApplication.translate  # called with a literal context so pyside6-lupdate finds it


def format_labels() -> dict[str, str]:
    """(format, paper) choices in the order the dialog lists them; written out for lupdate."""
    return {
        "html": translate("Export", "Starter page to share (web page)"),
        "pdf-a4": translate("Export", "Starter page to print (PDF, A4)"),
        "pdf-letter": translate("Export", "Starter page to print (PDF, US Letter)"),
        "markdown": translate("Export", "Starter page (Markdown)"),
        "mastodon-csv": translate("Export", "Mastodon follow import (CSV)"),
        "opml": translate("Export", "Blogs for a feed reader (OPML)"),
        "bluesky": translate("Export", "Bluesky handles (text)"),
        "follows-csv": translate("Export", "Follow list for a spreadsheet (CSV)"),
        "json": translate("Export", "Everything, machine-readable (JSON)"),
    }


def format_descriptions() -> dict[str, str]:
    """One line on what each format is for, shown under its name in the format choice."""
    return {
        "html": translate("Export", "Your chats with their times, who to follow and why, and your boundaries. "
                                    "Open it in a browser or send it to a colleague."),
        "pdf-a4": translate("Export", "The same page, ready to print on A4 paper."),
        "pdf-letter": translate("Export", "The same page, ready to print on US Letter paper."),
        "markdown": translate("Export", "The same page as text, to paste into a wiki or a shared document."),
        "mastodon-csv": translate("Export", "Your Mastodon accounts, in the file Mastodon's own import reads."),
        "opml": translate("Export", "Your blogs that have feeds, for Feedly, Inoreader, NetNewsWire or "
                                    "Thunderbird."),
        "bluesky": translate("Export", "Your Bluesky accounts, one per line (Bluesky has no follow import)."),
        "follows-csv": translate("Export", "Everything you follow, for Excel, LibreOffice or Google Sheets."),
        "json": translate("Export", "Your whole plan with each chat's next times, for scripts."),
    }


def saved_names() -> dict[str, str]:
    """What was saved, as it reads in "Saved … to FILE."."""
    return {
        "html": translate("Export", "your starter page"),
        "pdf-a4": translate("Export", "your starter page to print"),
        "pdf-letter": translate("Export", "your starter page to print"),
        "markdown": translate("Export", "your starter page as Markdown"),
        "mastodon-csv": translate("Export", "your Mastodon follow list"),
        "opml": translate("Export", "your blogs for a feed reader"),
        "bluesky": translate("Export", "your Bluesky handles"),
        "follows-csv": translate("Export", "your follow list for a spreadsheet"),
        "json": translate("Export", "your whole plan as JSON"),
    }


class FormatDialog(QDialog):
    """The starter list's formats as a visible choice, each with one line on what it is for
    (a file dialog's "Files of type" hides the choice at the bottom)."""

    def __init__(self, parent: QWidget | None = None, default: str = "html") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export starter list"))
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        # Wide enough that each line stays one or two lines (wrapped labels in a narrow dialog get cut off).
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        intro = QLabel(self.tr("What do you want to save?"))
        layout.addWidget(intro)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        self.descriptions: dict[str, QLabel] = {}
        lines = format_descriptions()
        for key, label in format_labels().items():
            radio = QRadioButton(label)
            radio.setProperty("choice", key)
            radio.setAccessibleDescription(lines[key])
            line = QLabel(lines[key])
            line.setTextFormat(Qt.TextFormat.PlainText)
            line.setWordWrap(True)
            line.setIndent(24)
            line.setBuddy(radio)
            self.group.addButton(radio)
            self.radios[key], self.descriptions[key] = radio, line
            layout.addSpacing(4)
            layout.addWidget(radio)
            layout.addWidget(line)
        self.radios.get(default, self.radios["html"]).setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.next_button = buttons.addButton(self.tr("&Choose where to save…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.next_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> str:
        checked = self.group.checkedButton()
        return checked.property("choice") if checked is not None else "html"


def choose_format(parent: QWidget | None) -> str | None:
    """The starter list format the user picks, or None when cancelled. Tests replace this."""
    dialog = FormatDialog(parent)
    ok = dialog.exec()
    choice = dialog.choice()
    dialog.deleteLater()
    return choice if ok else None


def how_to_use(choice: str) -> str:
    return {
        "mastodon-csv": translate("Export", "In Mastodon, open Preferences, then Import and export, then "
                                            "Import; choose \"Following list\" and this file."),
        "opml": translate("Export", "In your feed reader, choose Import (OPML) and pick this file."),
        "bluesky": translate("Export", "Bluesky cannot import a list: follow each handle from the file, or "
                                       "add them to a starter pack."),
        "html": translate("Export", "Open it in a browser, or send it to a colleague."),
        "pdf-a4": translate("Export", "Print it or send it to a colleague."),
        "pdf-letter": translate("Export", "Print it or send it to a colleague."),
    }.get(choice, "")


def _format(choice: str) -> str:
    return "pdf" if choice.startswith("pdf") else choice


def _extension(choice: str) -> str:
    return "ics" if choice == "ics" else FORMATS[_format(choice)].extension


DEFAULT_STEMS = {Path(default_filename(f)).stem for f in FORMATS} | {Path(CALENDAR_FILE).stem}


def _start_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def _choose_file(parent: QWidget | None, title: str, choices: dict[str, str], default: str,
                 default_name: str) -> tuple[str, str] | None:
    """A save dialog with one filter per choice. Returns (path, choice) or None when cancelled."""
    filters = {f"{label} (*.{_extension(key)})": key for key, label in choices.items()}
    dialog = QFileDialog(parent, title, str(_start_folder() / default_name))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilters(list(filters))
    start_filter = next(f for f, k in filters.items() if k == default)
    dialog.selectNameFilter(start_filter)
    dialog.setDefaultSuffix(_extension(default))

    def on_filter(name: str) -> None:  # keep the suggested name's extension in step with the format
        key = filters.get(name)
        if key is None:
            return
        dialog.setDefaultSuffix(_extension(key))
        files = dialog.selectedFiles()
        stem = Path(files[0]).stem if files else ""
        if not stem or stem in DEFAULT_STEMS:  # still our suggestion: suggest this format's own name
            stem = Path(default_filename(_format(key))).stem
        dialog.selectFile(f"{stem}.{_extension(key)}")

    dialog.filterSelected.connect(on_filter)
    if not dialog.exec():
        return None
    files = dialog.selectedFiles()
    if not files:
        return None
    return files[0], filters.get(dialog.selectedNameFilter(), default)


def _with_suffix(path: str, extension: str) -> str:
    return path if Path(path).suffix else f"{path}.{extension}"


def _tell(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A window-modal message that does not block the event loop (file and feed text as plain text)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def _failed(parent: QWidget | None, exc: BaseException) -> None:
    if getattr(exc, "reason", "") == "no-mastodon-accounts":  # services.export_starter.NothingToExport
        _tell(parent, QMessageBox.Icon.Information, translate("Export", "Nothing to export"),
              translate("Export", "Your plan has no Mastodon accounts to follow yet, so there is nothing for "
                                  "Mastodon to import (hashtags and servers cannot be imported). No file was "
                                  "written."))
        return
    reason = str(exc) if isinstance(exc, (PlnError, OSError)) else translate(
        "Export", "an unexpected error ({name})").format(
        name=type(exc).__name__)
    _tell(parent, QMessageBox.Icon.Warning, translate("Export", "Export failed"),
          translate("Export", "The file was not saved: {reason}.").format(reason=reason.rstrip(".")))


def export_calendar(parent: QWidget | None, ctx, plan) -> Task | None:
    chosen = _choose_file(parent, translate("Export", "Export chat calendar"),
                          {"ics": translate("Export", "Calendar file (iCalendar)")}, "ics",
                          CALENDAR_FILE)
    if chosen is None:
        return None
    path = _with_suffix(chosen[0], "ics")
    plan = copy.deepcopy(plan)  # the worker reads its own copy while the window stays editable
    directory, today = ctx.full_directory(plan), ctx.today()

    def work(progress, token):
        from ..services.export_ics import export_calendar as write

        return write(path, plan, directory, today=today)

    def done(result) -> None:
        from .texts import plural

        n = result.events
        saved = translate("Export", "Saved your chat calendar to {path} (%n recurring chat(s)).", None, n)
        text = plural(saved, n).format(path=path)
        text += "\n\n" + translate("Export", "Import this file in your calendar app. Each chat keeps its host's "
                                             "time zone, so it stays right when the clocks change. Google Calendar "
                                             "ignores reminders in a file: set them there if you want them.")
        _tell(parent, QMessageBox.Icon.Information, translate("Export", "Calendar exported"), text)

    return run_task(work, on_success=done, on_failure=lambda exc: _failed(parent, exc))


def export_starter_list(parent: QWidget | None, ctx, plan) -> Task | None:
    choice = choose_format(parent)
    if choice is None:
        return None
    chosen = _choose_file(parent, translate("Export", "Export starter list"), {choice: format_labels()[choice]},
                          choice, default_filename(_format(choice)))
    if chosen is None:
        return None
    path = chosen[0]
    path = _with_suffix(path, _extension(choice))
    plan = copy.deepcopy(plan)
    directory, catalogue, today = ctx.full_directory(plan), ctx.catalogue, ctx.today()
    zone = plan.profile.time_zone or ctx.system_zone

    if choice.startswith("pdf"):
        # Qt text layout belongs on the GUI thread; printing this page takes milliseconds.
        from .pdf_export import starter_pdf

        try:
            data = starter_pdf(plan, directory, catalogue, zone=zone, today=today, paper=choice[4:])
        except BadInput as exc:  # nothing to export, or an entry the page cannot hold
            _failed(parent, exc)
            return None

        def work(progress, token):
            from ..services.files import write_atomic

            return write_atomic(path, data)
    else:
        def work(progress, token):
            from ..services.exports import export_starter_list as write

            return write(choice, path, plan, directory, catalogue, zone=zone, today=today)

    def done(_result) -> None:
        text = translate("Export", "Saved {what} to {path}.").format(what=saved_names()[choice], path=path)
        hint = how_to_use(choice)
        _tell(parent, QMessageBox.Icon.Information, translate("Export", "Starter list exported"),
              text + ("\n\n" + hint if hint else ""))

    return run_task(work, on_success=done, on_failure=lambda exc: _failed(parent, exc))
