"""Screenshots of every setup wizard page with realistic answers (Ana, Tom, Priya), for review.

    python -m plnonboard.tools.shots_wizard OUTDIR

Runs offscreen on a temporary data folder; never touches the real store.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = dt.date(2026, 11, 23)  # a fixed Monday so the pictures do not change from day to day
SIZES = ((1280, 800), (800, 600))


def _settle(app) -> None:
    for _ in range(3):
        app.processEvents()


def _wizard(ctx, plan, size):
    from plnonboard.ui.wizard import SetupWizard

    wizard = SetupWizard(ctx, plan)
    wizard.confirm_discard = lambda: True
    wizard.resize(*size)
    wizard.show()
    return wizard


def render_persona(app, name: str, outdir: Path, size, pages=None, suffix: str = "", *,
                   fresh: bool = False) -> list[Path]:
    """`fresh`: the persona's answers without their chosen chats and communities, as on a first run
    (the chats page then ticks what it would propose)."""
    from plnonboard.tools.personas import PERSONAS
    from plnonboard.ui.context import AppContext
    from plnonboard.ui.wizard import PageId

    out: list[Path] = []
    with tempfile.TemporaryDirectory() as data:
        plan = PERSONAS[name]()
        if fresh:
            plan.chats, plan.communities = [], []
        ctx = AppContext.load(data, system_zone=plan.profile.time_zone, today=lambda: TODAY)
        wizard = _wizard(ctx, plan, size)
        wanted = set(pages) if pages else set(PageId)
        for page in PageId:
            if page == PageId.IMPORT:
                continue  # skipped by Next while feed import is not available; drawn below
            while wizard.currentId() != int(page):
                wizard.next()
            _settle(app)
            if page == PageId.CHATS:
                wizard.currentPage().table.setFocus()
            if page in wanted:
                out.append(_save(app, wizard, outdir, name, page, size, suffix))
        if PageId.SUMMARY in wanted:
            from PySide6.QtTest import QSignalSpy

            spy = QSignalSpy(wizard.planSaved)
            wizard.accept()
            for _ in range(200):
                if spy.count():
                    break
                spy.wait(50)
            _settle(app)
            out.append(_save(app, wizard, outdir, name, "summary-saved", size, suffix))
        wizard.close()
        if PageId.IMPORT in wanted:
            wizard = _wizard(ctx, plan, size)
            wizard.setStartId(int(PageId.IMPORT))
            wizard.restart()
            out.append(_save(app, wizard, outdir, name, PageId.IMPORT, size, suffix))
            wizard.close()
        if ctx.store is not None:
            ctx.store.close()
    return out


def _save(app, wizard, outdir: Path, name: str, page, size, suffix: str) -> Path:
    _settle(app)
    label = page if isinstance(page, str) else f"{int(page) + 1}-{page.name.lower()}"
    path = outdir / f"wizard-{name}-{label}-{size[0]}x{size[1]}{suffix}.png"
    wizard.grab().save(str(path))
    return path


def render(outdir: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from plnonboard.ui.a11y import dark_palette  # the dark palette the contrast tests check
    from plnonboard.ui.wizard import PageId

    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["shots"])
    light = app.palette()
    out: list[Path] = []
    for size in SIZES:
        out += render_persona(app, "ana", outdir, size)
    app.setPalette(dark_palette())
    out += render_persona(app, "ana", outdir, SIZES[0], suffix="-dark")
    app.setPalette(light)
    out += render_persona(app, "tom", outdir, SIZES[1], pages=[PageId.CHATS, PageId.SUMMARY])
    out += render_persona(app, "priya", outdir, SIZES[0], pages=[PageId.ABOUT, PageId.BOUNDARIES, PageId.CHATS,
                                                                 PageId.FOLLOWS, PageId.SUMMARY])
    for name in ("ana", "priya"):  # a first run: what gets ticked for them
        out += render_persona(app, name, outdir, SIZES[0], pages=[PageId.CHATS, PageId.FOLLOWS, PageId.SUMMARY],
                              suffix="-fresh", fresh=True)
    out += render_add_chat(app, outdir)
    return out


def render_add_chat(app, outdir: Path) -> list[Path]:
    """The 'Add a chat' dialog with a chat Ana's district runs (not in the directory)."""
    from PySide6.QtCore import QTime

    from plnonboard.ui.wizard.add_chat_dialog import AddChatDialog

    dialog = AddChatDialog("America/Chicago", {"edchat"}, TODAY)
    dialog.hashtag.setText("#cpsmath")
    dialog.title.setText("Chicago middle-school math chat")
    dialog.platform.setCurrentIndex(dialog.platform.findData("bluesky"))
    dialog.weekday.setCurrentIndex(2)
    dialog.start.setTime(QTime(19, 30))
    dialog.minutes.setValue(30)
    dialog.frequency.setCurrentIndex(dialog.frequency.findData("every_n_weeks:2"))
    dialog.anchor.setDate(dialog.anchor.date().addDays(1))  # a Tuesday: the dialog says it must be a Wednesday
    dialog.accept()
    dialog.show()
    _settle(app)
    path = outdir / "wizard-ana-add-chat-dialog.png"
    dialog.grab().save(str(path))
    dialog.close()
    return [path]


def main(argv: list[str] | None = None) -> int:
    from .screenshots import run

    return run(render, argv)


if __name__ == "__main__":
    sys.exit(main())
