"""Contrast arithmetic (WCAG 2.x) and the two reference palettes the colour tests run against.

The week view and the import results pick their own colours from the palette; these helpers let
tests (and those widgets) check that every pair the app paints stays readable in light and dark."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

TEXT_MIN = 4.5  # WCAG 1.4.3 (AA), normal-size text
NON_TEXT_MIN = 3.0  # WCAG 1.4.11: outlines, focus indicators, markers


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor | str) -> float:
    c = QColor(colour)
    return 0.2126 * _channel(c.redF()) + 0.7152 * _channel(c.greenF()) + 0.0722 * _channel(c.blueF())


def composite(fg: QColor | str, bg: QColor | str) -> QColor:
    """A translucent colour (a placeholder's text, say) as it shows over an opaque background."""
    f, b = QColor(fg), QColor(bg)
    a = f.alphaF()
    return QColor.fromRgbF(f.redF() * a + b.redF() * (1 - a), f.greenF() * a + b.greenF() * (1 - a),
                           f.blueF() * a + b.blueF() * (1 - a))


def contrast_ratio(fg: QColor | str, bg: QColor | str) -> float:
    """WCAG 2.x contrast of `fg` drawn on `bg` (1 to 21); a translucent `fg` is composited first."""
    la, lb = relative_luminance(composite(fg, bg)), relative_luminance(bg)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def is_dark(pal: QPalette) -> bool:
    return pal.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def warn_colour(pal_or_base: QPalette | QColor) -> QColor:
    """The one warm colour (clashes, failed imports): a deep red on light backgrounds, a soft
    coral on dark ones, so it stays above 4.5:1 as text and 3:1 as an outline in both."""
    base = pal_or_base.color(QPalette.ColorRole.Base) if isinstance(pal_or_base, QPalette) else pal_or_base
    return QColor("#ffb4ab") if base.lightnessF() < 0.5 else QColor("#b3261e")


def light_palette() -> QPalette:
    """Fusion's standard (light) palette: what most Linux desktops and the offscreen tests give."""
    from PySide6.QtWidgets import QStyleFactory

    return QStyleFactory.create("Fusion").standardPalette()


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
