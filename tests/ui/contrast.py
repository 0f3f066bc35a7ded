"""Contrast arithmetic (WCAG 2.x) and the light reference palette, for the colour tests.

Only tests measure contrast; the app picks its colours in plnonboard/ui/a11y.py, whose
`dark_palette` is the dark reference (the screenshots use it too)."""

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


def light_palette() -> QPalette:
    """Fusion's standard (light) palette: what most Linux desktops and the offscreen tests give."""
    from PySide6.QtWidgets import QStyleFactory

    return QStyleFactory.create("Fusion").standardPalette()
