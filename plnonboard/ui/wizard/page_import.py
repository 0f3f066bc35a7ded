"""Page 6 (optional): bring in a blog feed, an OPML list of feeds, a chat calendar or a directory
update. The ImportPanel does the fetching off the GUI thread; what is ticked joins the draft when
the teacher presses Next, and can be reviewed on the follow page and the summary."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from .base import SPACING, DraftPage, PageId, intro_label


class ImportPage(DraftPage):
    @staticmethod
    def available() -> bool:
        return True

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Import (optional)"))
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(SPACING)
        self._layout.addWidget(intro_label(self.tr(
            "Already read blogs, or does your district share a calendar of chats? Bring them in here: a "
            "blog's feed address, the list of blogs your feed reader exports (Feedly, Inoreader…), a calendar "
            "file (.ics) or a chat directory update. Nothing is added until you tick it. You can skip this "
            "page.")))
        self.panel = None
        self.added: list[str] = []

    def initializePage(self) -> None:
        if self.panel is None:  # built on first visit: the wizard's context exists only then
            from ..import_panel import ImportPanel

            self.panel = ImportPanel(self.ctx, self.draft, self, hint=self.tr(
                "What you tick joins your plan when you press Next."))
            self._layout.addWidget(self.panel, 1)
        self.panel.set_plan(self.draft)

    def validatePage(self) -> bool:
        if self.panel is None:
            return True
        self.panel.cancel()
        merged, lines = self.panel.apply_to(self.draft)
        if lines:
            self.draft.follows[:] = merged.follows
            self.draft.chats[:] = merged.chats
            self.added += lines
            self.changed()
        return True

    def nextId(self) -> int:
        return int(PageId.SUMMARY)
