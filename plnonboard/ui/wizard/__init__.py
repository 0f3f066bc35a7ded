"""The guided setup wizard: seven pages over one draft Plan, saved in the background at the end.

The saved plan is never touched until Save; Cancel or closing asks before discarding changes;
running the wizard again starts from the saved plan.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWizard

from ...services.store_errors import StoreError
from ..context import AppContext
from .base import PageId, plain_text
from .page_welcome import WelcomePage

if TYPE_CHECKING:
    from ...core.model import Plan

# The later pages are imported and built when needed: with `defer_pages` the Welcome page is
# painted first and the rest are built right after (start-up is measured in bench/bench_startup.py).
LATER_PAGES = (PageId.ABOUT, PageId.BOUNDARIES, PageId.CHATS, PageId.FOLLOWS, PageId.IMPORT, PageId.SUMMARY)


def _later_page_classes() -> tuple:
    """The page classes after Welcome, in LATER_PAGES order."""
    from .page_about import AboutPage
    from .page_boundaries import BoundariesPage
    from .page_chats import ChatsPage
    from .page_follows import FollowsPage
    from .page_import import ImportPage
    from .page_summary import SummaryPage

    return AboutPage, BoundariesPage, ChatsPage, FollowsPage, ImportPage, SummaryPage


__all__ = ["SetupWizard", "PageId"]


class _AfterFirstPaint(QObject):
    """Runs a callback once, on the event loop turn after the watched widget first paints."""

    def __init__(self, widget, callback) -> None:
        super().__init__(widget)
        self.callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.callback is not None:
            callback, self.callback = self.callback, None
            obj.removeEventFilter(self)
            QTimer.singleShot(0, callback)
        return False


def starting_draft(ctx: AppContext, plan: Plan | None) -> Plan:
    """A copy of the saved plan, or a fresh one in the computer's zone with sensible limits in
    view on the boundaries page: quiet hours 22:00-07:00 every night, school hours Mon-Fri."""
    if plan is not None:
        draft = copy.deepcopy(plan)
        if not draft.profile.time_zone:
            draft.profile.time_zone = ctx.system_zone
        return draft
    from ...core.boundaries import default_quiet_hours
    from ...core.model import Boundaries, Plan, Profile
    from .school_hours import default_school_hours

    return Plan(profile=Profile(time_zone=ctx.system_zone),
                boundaries=Boundaries(quiet_hours=default_quiet_hours(), school_hours=default_school_hours()))


class SetupWizard(QWizard):
    planSaved = Signal(object)

    def __init__(self, ctx: AppContext, plan: Plan | None = None, parent=None, *,
                 defer_pages: bool = False, start_page: int = 0) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._start_plan = plan if plan is not None else ctx.plan
        self._draft: Plan | None = None  # made on first use: the Welcome page paints without it
        self._baseline: Plan | None = None
        self.saved_plan: Plan | None = None
        self._saving = None
        self.setWindowTitle(self.tr("Setup"))  # the desktop adds " — PLN Onboard" (the display name)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        self.pages_ready = False
        welcome = WelcomePage(self)
        self.setPage(int(PageId.WELCOME), welcome)
        if defer_pages:
            self._after_paint = _AfterFirstPaint(welcome, self.ensure_pages)
        else:
            self.ensure_pages()
        self.setStartId(int(PageId.WELCOME))
        # Plan → Edit one page: walk forward to it when shown, so Back still reaches the earlier pages.
        self._jump = int(start_page) if start_page in {int(p) for p in LATER_PAGES} else 0
        self.currentIdChanged.connect(self._page_changed)
        self.resize(1100, 720)
        self._update_buttons()

    def ensure_pages(self) -> None:
        """Build every page after Welcome (once)."""
        if self.pages_ready:
            return
        self.pages_ready = True
        QWizard.page(self, int(PageId.WELCOME)).make_plain()
        for page_id, cls in zip(LATER_PAGES, _later_page_classes(), strict=True):
            self.setPage(int(page_id), cls(self))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._jump:
            page, self._jump = self._jump, 0
            self.jump_to(page)

    def jump_to(self, page_id: int) -> None:
        """Next until `page_id`; a page that does not validate stops the walk there, showing why."""
        self.ensure_pages()
        for _ in range(len(LATER_PAGES) + 1):
            if self.currentId() == page_id:
                return
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                return

    def page(self, page_id: int):
        self.ensure_pages()
        return super().page(page_id)

    def next(self) -> None:
        self.ensure_pages()
        super().next()

    # -- state ------------------------------------------------------------------------------

    @property
    def draft(self) -> Plan:
        """The plan being edited: a copy of the saved one, or a fresh one (see starting_draft)."""
        if self._draft is None:
            self._draft = starting_draft(self.ctx, self._start_plan)
            self._baseline = copy.deepcopy(self._draft)
        return self._draft

    def is_dirty(self) -> bool:
        return self._draft is not None and self._draft != self._baseline

    def is_saved(self) -> bool:
        return self.saved_plan is not None and not self.is_dirty()

    def draft_changed(self) -> None:
        self._update_buttons()

    def _page_changed(self, page_id: int) -> None:
        page = QWizard.page(self, page_id)  # not self.page(): that would build deferred pages early
        if page is not None and hasattr(page, "page_shown"):
            page.page_shown()
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        text = self.tr("&Close") if self.is_saved() else self.tr("&Save plan")
        self.setButtonText(QWizard.WizardButton.FinishButton, text)

    # -- save -------------------------------------------------------------------------------

    def accept(self) -> None:
        if self.is_saved():
            super().accept()
            return
        if self._saving is not None:
            return
        plan = copy.deepcopy(self.draft)  # the store's thread gets its own copy; the window may keep changing
        self._set_busy(True)
        # Saved on the store's thread; ctx.plan is taken on this (the GUI) thread before _saved runs.
        self._saving = self.ctx.save_plan_later(plan, on_saved=lambda _revision: self._saved(self.ctx.plan),
                                                on_failed=self._save_failed)

    def _set_busy(self, busy: bool) -> None:
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not busy)
        self.button(QWizard.WizardButton.FinishButton).setText(
            self.tr("Saving…") if busy else self.buttonText(QWizard.WizardButton.FinishButton))
        if not busy:
            self._update_buttons()

    def _saved(self, plan: Plan) -> None:
        self._saving = None
        self.saved_plan = plan
        self._baseline = copy.deepcopy(plan)
        self._set_busy(False)
        # Saved: the wizard's work is done. Back and Cancel go, so nothing behind "Close" can
        # change or discard the saved plan; the page offers the exports.
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        summary = self.page(int(PageId.SUMMARY))
        summary.show_saved()
        self.planSaved.emit(plan)

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = None
        self._set_busy(False)
        if isinstance(exc, StoreError):
            text = str(exc)
        else:
            text = self.tr("Your plan could not be saved because of an unexpected problem. Nothing was "
                           "changed; please try again.")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved"), text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(plain_text())
        box.open()

    # -- leaving ----------------------------------------------------------------------------

    def confirm_discard(self) -> bool:
        """Ask before throwing answers away. Tests replace this method."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard your answers?"),
                          self.tr("You have changes that are not saved. Close without saving them?"),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(plain_text())
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter keeps the answers
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self._saving is not None:
            return  # a save is finishing; closing now could hide its result
        if self.is_dirty() and not self.confirm_discard():
            return
        super().reject()
