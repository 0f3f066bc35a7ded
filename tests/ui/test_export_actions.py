"""The export commands in the window: file chooser, work off the GUI thread, one plain message;
and the PDF printed by Qt on A4 and Letter."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from plnonboard.core.directory import Directory
from plnonboard.ui import export_actions
from plnonboard.ui.context import AppContext
from plnonboard.ui.pdf_export import html_to_pdf, starter_pdf
from tests.services.export_fixtures import CHATS, TODAY, catalogue, full_plan


@pytest.fixture
def ctx(tmp_path):
    return AppContext(tmp_path, Directory(), catalogue(), None, "Europe/London", today=lambda: TODAY)


@pytest.fixture
def parent(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    return w


def choose(monkeypatch, path, choice):
    monkeypatch.setattr(export_actions, "choose_format", lambda *a, **k: choice)
    monkeypatch.setattr(export_actions, "_choose_file", lambda *a, **k: (str(path), choice))


def message(qtbot, parent, task) -> QMessageBox:
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    qtbot.waitUntil(lambda: bool(parent.findChildren(QMessageBox)), timeout=5000)
    return parent.findChildren(QMessageBox)[-1]


def test_calendar_export_writes_the_file_and_names_it(qtbot, monkeypatch, parent, ctx, tmp_path):
    target = tmp_path / "my chats"  # no extension typed: .ics is added
    choose(monkeypatch, target, "ics")
    task = export_actions.export_calendar(parent, ctx, full_plan())
    box = message(qtbot, parent, task)
    written = tmp_path / "my chats.ics"
    assert written.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert str(written) in box.text() and "10 recurring chats" in box.text()
    assert "Google Calendar ignores reminders" in box.text()
    assert box.icon() == QMessageBox.Icon.Information


def test_cancelled_dialog_does_nothing(monkeypatch, parent, ctx):
    monkeypatch.setattr(export_actions, "_choose_file", lambda *a, **k: None)
    monkeypatch.setattr(export_actions, "choose_format", lambda *a, **k: "html")
    assert export_actions.export_calendar(parent, ctx, full_plan()) is None
    assert export_actions.export_starter_list(parent, ctx, full_plan()) is None
    monkeypatch.setattr(export_actions, "choose_format", lambda *a, **k: None)
    assert export_actions.export_starter_list(parent, ctx, full_plan()) is None


@pytest.mark.parametrize("choice, start", [("mastodon-csv", b"Account address,"), ("opml", b"<?xml"),
                                           ("html", b"<!DOCTYPE html>"), ("json", b"{"),
                                           ("pdf-a4", b"%PDF-"), ("pdf-letter", b"%PDF-")])
def test_starter_list_in_each_format(qtbot, monkeypatch, parent, ctx, tmp_path, choice, start):
    target = tmp_path / f"out.{export_actions._extension(choice)}"
    choose(monkeypatch, target, choice)
    box = message(qtbot, parent, export_actions.export_starter_list(parent, ctx, full_plan()))
    assert target.read_bytes().startswith(start)
    assert str(target) in box.text()
    assert box.text().startswith("Saved your ")  # reads as a sentence, not "Saved Mastodon follow import (CSV)"
    if choice == "mastodon-csv":
        assert box.text().startswith(f"Saved your Mastodon follow list to {target}.")
        assert "Following list" in box.text()


def test_mastodon_csv_without_mastodon_accounts_is_a_clear_message_and_no_file(qtbot, monkeypatch, parent, ctx,
                                                                               tmp_path):
    plan = full_plan()
    plan.follows = [f for f in plan.follows if f.platform != "mastodon"]
    target = tmp_path / "following_accounts.csv"
    choose(monkeypatch, target, "mastodon-csv")
    box = message(qtbot, parent, export_actions.export_starter_list(parent, ctx, plan))
    assert box.icon() == QMessageBox.Icon.Information and box.windowTitle() == "Nothing to export"
    assert box.text().startswith("Your plan has no Mastodon accounts to follow yet")
    assert not target.exists()


def test_the_format_is_a_visible_choice_with_a_line_on_each(qtbot, monkeypatch, parent, ctx, tmp_path):
    """Not hidden in the file dialog's "Files of type": a list of formats, each saying what it is for."""
    from PySide6.QtWidgets import QLabel, QRadioButton

    dialog = export_actions.FormatDialog(parent)
    qtbot.addWidget(dialog)
    radios = dialog.findChildren(QRadioButton)
    assert len(radios) == len(export_actions.format_labels()) and dialog.choice() == "html"
    for radio in radios:
        line = dialog.descriptions[radio.property("choice")]
        assert isinstance(line, QLabel) and line.text() and radio.accessibleDescription() == line.text()
    dialog.radios["opml"].setChecked(True)
    assert dialog.choice() == "opml"

    seen = {}
    monkeypatch.setattr(export_actions, "choose_format", lambda *a, **k: "bluesky")
    monkeypatch.setattr(export_actions, "_choose_file",
                        lambda _p, _t, choices, default, name: seen.update(choices=choices, name=name))
    assert export_actions.export_starter_list(parent, ctx, full_plan()) is None  # the save dialog was cancelled
    assert list(seen["choices"]) == ["bluesky"] and seen["name"] == "bluesky-handles.txt"


def test_a_failed_write_is_one_sentence_and_leaves_no_file(qtbot, monkeypatch, parent, ctx, tmp_path):
    target = tmp_path / "gone" / "chats.ics"
    choose(monkeypatch, target, "ics")
    box = message(qtbot, parent, export_actions.export_calendar(parent, ctx, full_plan()))
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text().startswith("The file was not saved: cannot write") and "Traceback" not in box.text()
    assert box.text().count(". ") == 0
    assert not target.parent.exists()


def test_the_file_dialog_suggests_each_formats_own_name(qtbot, monkeypatch, parent):
    seen = {}

    def fake_exec(dialog):
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        mastodon = next(f for f in dialog.nameFilters() if f.startswith("Mastodon"))
        dialog.selectNameFilter(mastodon)
        dialog.filterSelected.emit(mastodon)
        seen["filters"] = dialog.nameFilters()
        return 1

    monkeypatch.setattr(QFileDialog, "exec", fake_exec)
    path, choice = export_actions._choose_file(parent, "t", export_actions.format_labels(), "html",
                                               "my-starter-pln.html")
    assert choice == "mastodon-csv"
    assert Path(path).name == "following_accounts.csv"  # Mastodon guesses the import type from this name
    assert len(seen["filters"]) == len(export_actions.format_labels())
    assert any(f.endswith("(*.pdf)") and "A4" in f for f in seen["filters"])


# ---------------------------------------------------------------- the PDF itself

def pdf_text(data: bytes, tmp_path) -> str:
    if shutil.which("pdftotext"):
        path = tmp_path / "x.pdf"
        path.write_bytes(data)
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    streams = re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S)
    return " ".join("BT" for s in streams if b"BT" in zlib.decompress(s))


@pytest.mark.parametrize("paper, size", [("a4", (595, 842)), ("letter", (612, 792))])
def test_pdf_has_the_page_text_on_the_right_paper(qapp, tmp_path, paper, size):
    data = starter_pdf(full_plan(), Directory(), catalogue(), zone="America/Chicago", today=TODAY, paper=paper)
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert (round(float(box.group(1))), round(float(box.group(2)))) == size
    text = pdf_text(data, tmp_path)
    assert "BT" in text or "My starter PLN" in text
    if shutil.which("pdftotext"):
        flat = " ".join(text.split())
        for chat in CHATS:
            assert chat.hashtag in flat
        assert "Tue 18:00 your time" in flat


@pytest.mark.skipif(shutil.which("pdftotext") is None and not os.environ.get("CI"),
                    reason="pdftotext (poppler-utils) is not installed")
def test_pdf_text_extracts_without_ligature_code_points(qapp, tmp_path):
    """Copy, search and screen readers get "first", not "\ufb01rst" (U+FB01 LATIN SMALL LIGATURE FI)."""
    plan = full_plan()
    plan.follows[3].note = "The first official affliction: efficient fluffy waffles."
    data = starter_pdf(plan, Directory(), catalogue(), zone="America/Chicago", today=TODAY)
    text = pdf_text(data, tmp_path)
    assert [hex(ord(c)) for c in text if 0xFB00 <= ord(c) <= 0xFB06] == []
    assert "The first official affliction: efficient fluffy waffles." in " ".join(text.split())


def test_pdf_rejects_an_unknown_paper(qapp):
    with pytest.raises(ValueError):
        html_to_pdf("<p>x</p>", "a3")


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_three_chats_and_a_dozen_follows_print_on_one_sheet(qapp, tmp_path, paper):
    """It took three pages (the third held five lines); the print layout is compact."""
    plan = full_plan()
    plan.chats = plan.chats[:3]
    data = starter_pdf(plan, Directory(), catalogue(), zone="America/Chicago", today=TODAY, paper=paper)
    pages = re.findall(rb"/Type\s*/Page[^s]", data)
    assert len(pages) == 1
    if shutil.which("pdfinfo"):
        path = tmp_path / "p.pdf"
        path.write_bytes(data)
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        assert re.search(r"^Pages:\s+1$", info, re.M)
    if shutil.which("pdftotext"):
        text = " ".join(pdf_text(data, tmp_path).split())
        assert text.index("My boundaries") < text.index("Who to follow")  # the long list last


def test_one_recurring_chat_is_said_in_the_singular(qtbot, monkeypatch, parent, ctx, tmp_path):
    from tests.services.export_fixtures import chat_plan

    plan = chat_plan()
    plan.chats = plan.chats[:1]
    choose(monkeypatch, tmp_path / "one.ics", "ics")
    box = message(qtbot, parent, export_actions.export_calendar(parent, ctx, plan))
    assert "(1 recurring chat)." in box.text()
