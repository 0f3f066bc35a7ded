"""Showing untrusted text safely and opening links only when they are web links."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A QLabel that never interprets its text as HTML (feed, directory and user text)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def is_web_url(url: str) -> bool:
    q = QUrl(url, QUrl.ParsingMode.StrictMode)
    return q.isValid() and q.scheme() in ("http", "https") and bool(q.host())


def open_web_link(url: str) -> bool:
    """Open an http(s) link in the browser; anything else (file:, javascript:, ...) is refused."""
    if not is_web_url(url):
        return False
    return QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode))
