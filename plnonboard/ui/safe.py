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


def open_or_offer_copy(url: str, parent: QWidget | None) -> bool:
    """Open a web link; when no browser opens (none set up, a locked-down school laptop), say so
    and offer to copy the link instead of doing nothing."""
    if not is_web_url(url):
        return False
    if open_web_link(url):
        return True
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    translate = QCoreApplication.translate  # with a literal context, so pyside6-lupdate finds it
    box = QMessageBox(QMessageBox.Icon.Information, translate("Links", "No browser opened"),
                      translate("Links", "No web browser opened on this computer. You can copy the link and paste it "
                                  "into a browser yourself:") + "\n\n" + url,
                      QMessageBox.StandardButton.Close, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    copy = box.addButton(translate("Links", "&Copy link"), QMessageBox.ButtonRole.ActionRole)
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(url))
    box.setDefaultButton(copy)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # window-modal, without blocking the event loop
    return False
