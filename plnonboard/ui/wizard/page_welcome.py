"""Page 1: what a personal learning network is, that lurking is normal, and that nothing leaves."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from .base import SPACING, DraftPage, PageId, intro_label, plain_text


class WelcomePage(DraftPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to PLN Onboard"))
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING * 2)
        paragraphs = [
            self.tr("A personal learning network is the teachers you learn from online: a few hashtag "
                    "chats, some people and blogs worth reading, on the platforms you already use."),
            self.tr("Most people start by lurking: reading a chat without posting. That is normal and "
                    "welcome. When you are ready, you reply to one question. There is no rush."),
            self.tr("In a few minutes this guide helps you pick chats that fit your week, set limits so "
                    "they do not eat your evenings, and make a short list of people to follow."),
            self.tr("Everything stays on this computer. Nothing is sent anywhere unless you export it "
                    "yourself. You can change every answer later."),
        ]
        self._labels = [intro_label(text, plain_now=False) for text in paragraphs]
        for label in self._labels:
            layout.addWidget(label)
        layout.addStretch(1)

    def make_plain(self) -> None:
        """Called by the wizard once the page is painted (see base.plain_text for why not before)."""
        for label in self._labels:
            label.setTextFormat(plain_text())

    def nextId(self) -> int:
        # Fixed, so the Next button is right even before the later pages are built.
        return int(PageId.ABOUT)
