"""The colours the app picks itself, by the palette's lightness, and the dark reference palette.

The week view, the import results and the chats page choose their warning and status colours here
so each stays readable on light and dark backgrounds; tests/ui/test_contrast.py checks every pair
against WCAG 2.x in Fusion's light palette and in `dark_palette` (which the screenshots use too)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def warn_colour(pal_or_base: QPalette | QColor) -> QColor:
    """The one warm colour (clashes, failed imports): a deep red on light backgrounds, a soft
    coral on dark ones, so it stays above 4.5:1 as text and 3:1 as an outline in both."""
    base = pal_or_base.color(QPalette.ColorRole.Base) if isinstance(pal_or_base, QPalette) else pal_or_base
    return QColor("#ffb4ab") if base.lightnessF() < 0.5 else QColor("#b3261e")


def dark_palette() -> QPalette:
    """A typical system dark theme (values close to KDE Breeze Dark / GNOME Adwaita dark)."""
    pal = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#2b2b2b", roles.WindowText: "#e6e6e6", roles.Base: "#1e1e1e",
        roles.AlternateBase: "#262626", roles.ToolTipBase: "#3a3a3a", roles.ToolTipText: "#e6e6e6",
        roles.PlaceholderText: "#9a9a9a", roles.Text: "#e6e6e6", roles.Button: "#353535",
        roles.ButtonText: "#e6e6e6", roles.BrightText: "#ffffff", roles.Light: "#454545",
        roles.Midlight: "#3a3a3a", roles.Mid: "#2f2f2f", roles.Dark: "#1a1a1a", roles.Shadow: "#000000",
        roles.Highlight: "#3d7bd9", roles.HighlightedText: "#ffffff", roles.Link: "#8ab4f8",
        roles.LinkVisited: "#c58af9",
    }
    for role, value in colours.items():
        pal.setColor(role, QColor(value))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a"))
    return pal


# The status marks of the chats page: running, check before you go, ended, added by you.
# Marks (non-text, 3:1) on the list's background; the words beside them say the same.
STATUS_COLOURS = {
    "live": ("#1a7f37", "#6fdd8b"),
    "check": ("#9a6700", "#e3b341"),
    "gone": ("#6e7781", "#9ea7b3"),
    "own": ("#0969da", "#79c0ff"),
}


def status_colour(tone: str, pal_or_base: QPalette | QColor) -> QColor:
    base = pal_or_base.color(QPalette.ColorRole.Base) if isinstance(pal_or_base, QPalette) else pal_or_base
    light, dark = STATUS_COLOURS.get(tone, STATUS_COLOURS["check"])
    return QColor(dark if base.lightnessF() < 0.5 else light)
