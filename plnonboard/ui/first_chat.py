"""Help → Your first chat: what a chat is, lurking first, replying with the hashtag on Bluesky
and Mastodon, accounts and student privacy, and how to leave. Plain and short; every sentence
goes through tr() so translators see it whole."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

translate = QCoreApplication.translate  # called with a literal context so pyside6-lupdate files the words


def sections() -> list[tuple[str, list[str]]]:
    """(heading, paragraphs); a paragraph starting with "• " is a list item."""
    return [
        (translate("FirstChat", "What a chat is"), [
            translate("FirstChat",
                      "A chat is an hour, at a set time each week, when teachers post about one topic with the "
                      "same hashtag, such as #edchat. A host posts questions: Q1, Q2… People answer with A1, "
                      "A2… and the hashtag, so everyone searching the hashtag sees them."),
        ]),
        (translate("FirstChat", "Lurk first"), [
            translate("FirstChat",
                      "For your first chat, just read. Search the hashtag a few minutes before the time, choose"
                      " the newest posts, and watch the questions and answers go by. Reading along is a normal "
                      "way to take part."),
            translate("FirstChat",
                      "Do not try to keep up with everything. Like or save the posts you want to come back to."),
        ]),
        (translate("FirstChat", "Replying on Bluesky"), [
            translate("FirstChat",
                      "Search the hashtag, open the newest posts, and reply to the host's question. Start your "
                      "post with the answer number (A1) and put the hashtag in it, or people following the chat"
                      " will not see it. Bluesky accounts are always public."),
        ]),
        (translate("FirstChat", "Replying on Mastodon"), [
            translate("FirstChat",
                      "Search the hashtag or follow it, reply to the question, and add the hashtag. Make the "
                      "post Public: posts for followers only, or quiet public ones, do not show in the "
                      "hashtag's timeline."),
        ]),
        (translate("FirstChat", "Your accounts"), [
            translate("FirstChat",
                      "Do not use a school-issued email address for a personal account. A separate school "
                      "account keeps your teaching life professional; if you use one account for everything, "
                      "post as if your head teacher or principal, your students' families and a future employer"
                      " all read it."),
        ]),
        (translate("FirstChat", "Student privacy"), [
            translate("FirstChat",
                      "• Never post students' names, faces, or work that identifies them."),
            translate("FirstChat",
                      "• Do not name your school or colleagues in a chat."),
            translate("FirstChat",
                      "• Everything you write in a chat is public and stays public."),
        ]),
        (translate("FirstChat", "How to leave"), [
            translate("FirstChat",
                      "You can stop reading at any time: nobody needs a goodbye. To stop for good, take the "
                      "chat out of your plan (its details have Drop this chat) and export your calendar again. "
                      "For a break, add a pause from the Plan menu."),
        ]),
    ]


def help_html() -> str:
    parts = []
    for heading, paragraphs in sections():
        parts.append(f"<h3>{html.escape(heading)}</h3>")
        items = [p for p in paragraphs if p.startswith("• ")]
        for p in paragraphs:
            if not p.startswith("• "):
                parts.append(f"<p>{html.escape(p)}</p>")
        if items:
            parts.append("<ul>" + "".join(f"<li>{html.escape(p[2:])}</li>" for p in items) + "</ul>")
    return "".join(parts)


class FirstChatDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your first chat"))
        self.setAccessibleName(self.windowTitle())
        column = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)  # no links in it; nothing leaves the app from here
        self.text.setHtml(help_html())
        self.text.setAccessibleName(self.tr("Your first chat: help text"))
        column.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.resize(560, 620)
