"""What every wizard page shares: the draft plan and the app context, reached through the wizard.

Pages read and write only their own slice of `draft`; they never look at sibling pages.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWizardPage

if TYPE_CHECKING:
    from ...core.model import Plan
    from ..context import AppContext

SPACING = 12  # generous, calm spacing used by every page


class PageId(IntEnum):
    WELCOME = 0
    ABOUT = 1
    BOUNDARIES = 2
    CHATS = 3
    FOLLOWS = 4
    IMPORT = 5
    SUMMARY = 6


class DraftPage(QWizardPage):
    """A page bound to the wizard's draft. Subclasses write their slice as widgets change
    (so Back never loses an answer) and refill widgets from the draft in initializePage()."""

    @property
    def draft(self) -> Plan:
        return self.wizard().draft

    @property
    def ctx(self) -> AppContext:
        return self.wizard().ctx

    def cleanupPage(self) -> None:
        """Going Back keeps what was typed (QWizard's default would reset registered fields)."""

    def page_shown(self) -> None:
        """Called each time the page becomes current, Back included (initializePage is Next only)."""

    def changed(self) -> None:
        """Tell the wizard the draft moved (dirty tracking, Save button text)."""
        wiz = self.wizard()
        if wiz is not None:
            wiz.draft_changed()


def plain_text():
    """Qt.TextFormat.PlainText, looked up late: importing PySide6's Qt namespace builds ~100
    enums (15 ms), so the Welcome page is painted without it (bench/bench_startup.py)."""
    from PySide6.QtCore import Qt

    return Qt.TextFormat.PlainText


def intro_label(text: str, *, plain_now: bool = True) -> QLabel:
    """Our own sentence at the top of a page (translated text, not untrusted).
    The Welcome page passes plain_now=False and makes its labels plain right after it is painted."""
    label = QLabel(text)
    label.setWordWrap(True)
    if plain_now:
        label.setTextFormat(plain_text())
    return label


def error_label() -> QLabel:
    """A plain, kind message line for validation problems; hidden until needed."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(plain_text())
    label.setObjectName("validationMessage")
    label.setAccessibleName(QCoreApplication.translate("Wizard", "Problem"))
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def scrolled(inner):
    """Wrap a tall page body so it stays usable at 800x600."""
    from PySide6.QtWidgets import QFrame, QScrollArea

    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    from PySide6.QtCore import Qt

    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a tab stop of its own; its fields are
    area.setWidget(inner)
    return area


def week_of(ctx: AppContext, plan: Plan, day=None):
    """The draft's week (core schedule) in the draft's zone. Chats the directory no longer has are
    left out of the week here but kept in the draft, so an old plan never loses an answer."""
    from ...core.plan_chats import plan_chat
    from ...core.schedule import Chosen, week_report

    directory = ctx.full_directory(plan)
    chosen = []
    for pc in plan.chats:
        chat = plan_chat(pc, directory)
        if chat is not None:
            chosen.append(Chosen(chat, pc.sessions, pc.reminder_minutes))
    return week_report(chosen, plan.boundaries, plan.profile.time_zone, day or ctx.today())
