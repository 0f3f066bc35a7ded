"""The starter page printed to PDF with Qt (QTextDocument + QPdfWriter), on A4 or US Letter.

It prints the same HTML the "html" export writes (services/export_page.py), so the two never
disagree. Qt text layout needs a QGuiApplication; the CLI has none, so one is made with the
offscreen platform. In the window, call this on the GUI thread (it takes milliseconds) and hand
the bytes to a worker for writing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ..core.directory import Directory
from ..core.errors import BadInput
from ..core.follows import Catalogue
from ..core.model import Plan
from ..services.export_page import PRINT_CSS, TITLE, build_page, to_html
from ..services.files import write_atomic

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
_app = None  # the offscreen application made for command-line use, kept alive


def ensure_gui_app() -> None:
    """A QApplication (a QGuiApplication that also allows widgets later in the same process)."""
    global _app
    if QGuiApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        _app = QApplication(["plnonboard", "-platform", "offscreen"])


def default_paper() -> str:
    """Letter where the locale measures in US units (US, Canada, ...), A4 elsewhere."""
    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if us else "a4"


# Optional ligatures off: with them, "first" is drawn with the single glyph U+FB01, and copying,
# searching or a screen reader (pdftotext too) then gets "ﬁrst", not "first". Required ligatures
# (rlig: Arabic and other scripts that need them) are left alone, and so is kerning.
LIGATURE_FEATURES = ("liga", "clig", "dlig", "hlig")


def without_ligatures(font: QFont) -> QFont:
    """`font` with the optional OpenType ligature features turned off (inherited by every
    font the document's HTML derives from it: headings, bold, links)."""
    font = QFont(font)
    for tag in LIGATURE_FEATURES:
        font.setFeature(QFont.Tag(tag), 0)
    return font


def html_to_pdf(html: str, paper: str = "a4", title: str = TITLE) -> bytes:
    if paper not in PAPERS:
        raise BadInput(f"{paper!r} is not a4 or letter")
    ensure_gui_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("PLN Onboard")
    writer.setPageSize(QPageSize(PAPERS[paper]))
    writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout.Unit.Millimeter)
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(without_ligatures(doc.defaultFont()))
    doc.setHtml(html)
    # A document with its own page size prints edge to edge of the writer's margins; without one
    # print_() adds another 2 cm on every side and the text ends up in a narrow column.
    # Its size is in the layout's pixels (screen DPI), which print_() scales to the writer's DPI.
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInch() if screen else 96.0
    doc.setPageSize(writer.pageLayout().paintRect(QPageLayout.Unit.Inch).size() * dpi)
    doc.print_(writer)
    del writer  # the PDF is finished when the writer goes away
    buffer.close()
    return bytes(data.data())


def starter_pdf(plan: Plan, directory: Directory, catalogue: Catalogue, *, zone: str, today: dt.date,
                paper: str = "a4") -> bytes:
    page = build_page(plan, directory, catalogue, zone=zone, today=today)
    return html_to_pdf(to_html(page, plan, css=PRINT_CSS), paper)


def export_pdf(path: str | Path, plan: Plan, directory: Directory, catalogue: Catalogue, *, zone: str,
               today: dt.date, paper: str = "a4") -> Path:
    return write_atomic(path, starter_pdf(plan, directory, catalogue, zone=zone, today=today, paper=paper))
