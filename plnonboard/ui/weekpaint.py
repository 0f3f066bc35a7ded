"""Painting the week grid's chat blocks and its legend (split from weekview to keep both small)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen

from . import weektext as wt
from .a11y import warn_colour

__all__ = ["WeekColours", "blend", "paint_blocks", "paint_legend", "warn_colour", "week_colours"]


def blend(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


@dataclass(frozen=True)
class WeekColours:
    """Every colour the week grid paints, named, so tests can check each pair's contrast."""
    window: QColor  # behind the day headers, the hour gutter and the legend
    base: QColor  # the grid
    text: QColor  # block text, day headers, the focus ring
    accent: QColor  # block outline, today bar
    block_fill: QColor
    warn: QColor  # clash outline and "!" badge (its glyph is `base`)
    quiet: QColor  # quiet-hours band (a supplementary cue: the legend and the agenda say it in words)
    protected: QColor  # protected-day wash, with `protected_hatch` lines
    protected_hatch: QColor
    minor_line: QColor  # half-hour / skipped hour lines (decorative)
    hour_line: QColor
    day_line: QColor
    hour_label: QColor  # times in the gutter
    day_note: QColor  # "Protected day", "Clocks change" under the day name
    legend_text: QColor
    empty_text: QColor  # "No chats this week."
    school: QColor  # school-hours band (a supplementary cue like quiet hours; the legend names it)
    school_hatch: QColor  # its horizontal lines, so it differs from quiet hours without colour
    paused: QColor  # paused-day wash, crossed by `paused_hatch` lines, with "Paused" written on it
    paused_hatch: QColor
    idle_fill: QColor  # a chat not known to be running: a paler fill...
    idle_edge: QColor  # ...and a dashed outline in this colour, with "last seen 2019" written in it


def week_colours(pal: QPalette) -> WeekColours:
    base, text = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)
    accent = pal.color(QPalette.ColorRole.Highlight)
    dark = base.lightnessF() < 0.5
    return WeekColours(
        window=pal.color(QPalette.ColorRole.Window), base=base, text=text, accent=accent,
        block_fill=blend(base, accent, 0.28 if dark else 0.18), warn=warn_colour(base),
        quiet=blend(base, text, 0.09), protected=blend(base, text, 0.04), protected_hatch=blend(base, text, 0.16),
        minor_line=blend(base, text, 0.12), hour_line=blend(base, text, 0.22), day_line=blend(base, text, 0.25),
        hour_label=blend(base, text, 0.75), day_note=blend(base, text, 0.7), legend_text=blend(base, text, 0.8),
        empty_text=blend(base, text, 0.7),  # 0.6 fell to 4.46:1 on dark quiet hours
        school=blend(base, accent, 0.10), school_hatch=blend(base, accent, 0.30),
        paused=blend(base, text, 0.06), paused_hatch=blend(base, text, 0.14),
        idle_fill=blend(base, text, 0.03), idle_edge=blend(base, text, 0.6))


def paint_blocks(view, p: QPainter, pal: QPalette, base: QColor, text: QColor, dark: bool) -> None:
    colours = week_colours(pal)
    accent, warn, fill = colours.accent, colours.warn, colours.block_fill
    current = view.current_occurrence()
    fm = view.fontMetrics()
    bold = QFont(view.font())
    bold.setBold(True)
    for block in view._blocks:
        occ = block.occurrence
        rect = view.block_rect(block)
        clash = bool(view._conflicts(occ))
        state = view.state_of(occ.chat)
        idle = state is not None and not state.running
        # Not known to be running: pale and dashed, never like a live chat (the words say it too).
        edge = QPen(warn if clash else (colours.idle_edge if idle else accent), 2 if clash else 1.5 if idle else 1)
        if idle:
            edge.setStyle(Qt.PenStyle.DashLine)
        p.setPen(edge)
        p.setBrush(colours.idle_fill if idle else fill)
        p.drawRoundedRect(rect, 4, 4)
        if current is not None and occ.key == current.key:
            p.setPen(QPen(text, 2, Qt.PenStyle.DashLine if not view.hasFocus() else Qt.PenStyle.SolidLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 5, 5)
        inner = rect.adjusted(5, 2, -4, -2)
        p.save()
        p.setClipRect(rect)
        if clash:
            badge = QRectF(inner.right() - fm.height() + 2, inner.top() + 1, fm.height() - 2, fm.height() - 2)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(warn)
            p.drawEllipse(badge)
            p.setPen(base)
            p.setFont(bold)
            p.drawText(badge, Qt.AlignmentFlag.AlignCenter, "!")
            inner.setRight(badge.left() - 2)
        p.setPen(text)
        p.setFont(bold)
        title = occ.chat.hashtag + (" " + wt.translate("WeekView", "(cont.)") if block.continued else "")
        lines = [wt.extra_title(occ.chat)] if wt.extra_title(occ.chat) else []
        if not block.continued:
            start, end = occ.start_in(view.zone), occ.end_in(view.zone)
            lines.append(f"{wt.fmt_time(start)}–{wt.fmt_time(end)}")
        if idle:
            lines.insert(0, wt.last_seen_text(state))  # first: it matters more than the title
        p.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                   fm.elidedText(title, Qt.TextElideMode.ElideRight, int(inner.width())))
        used = p.fontMetrics().horizontalAdvance(title + "  ")
        p.setFont(view.font())
        y = inner.top() + fm.height()
        if lines and y + fm.height() > inner.bottom() + 2 and inner.width() - used > 40:
            # Only one line fits: the title goes after the hashtag.
            rest = QRectF(inner.left() + used, inner.top(), inner.width() - used, fm.height())
            p.drawText(rest, Qt.AlignmentFlag.AlignLeft,
                       fm.elidedText(lines[0], Qt.TextElideMode.ElideRight, int(rest.width())))
        for line in lines:
            if y + fm.height() > inner.bottom() + 2:
                break
            p.drawText(QRectF(inner.left(), y, inner.width(), fm.height()), Qt.AlignmentFlag.AlignLeft,
                       fm.elidedText(line, Qt.TextElideMode.ElideRight, int(inner.width())))
            y += fm.height()
        p.restore()

def paint_legend(view, p: QPainter, grid: QRect, text: QColor) -> None:
    colours = week_colours(view.palette())
    fm = view.fontMetrics()
    y = grid.bottom() + 6
    x = grid.left()
    p.setFont(view.font())
    items = []
    if view._bands:
        items.append(("quiet", wt.translate("WeekView", "Quiet hours")))
    if view._school:
        items.append(("school", wt.translate("WeekView", "School hours")))
    if view.boundaries.protected_days:
        items.append(("protected", wt.translate("WeekView", "Protected day")))
    if view.report is not None and view.report.paused_days:
        items.append(("paused", wt.translate("WeekView", "Paused")))
    if any(view.state_of(o.chat) is not None and not view.state_of(o.chat).running for o in view._order):
        items.append(("idle", wt.translate("WeekView", "Not known to be running")))
    if view.report is not None and view.report.by_occurrence:
        items.append(("clash", wt.translate("WeekView", "Clash or boundary crossed")))
    items.append(("zone", wt.translate("WeekView", "Times in {zone}").format(zone=view.zone)))
    for kind, label in items:
        swatch = QRectF(x, y + 2, fm.height() - 4, fm.height() - 4)
        if kind == "quiet":
            p.fillRect(swatch, colours.quiet)
            p.setPen(QPen(colours.hour_label, 1))  # the swatch's edge, so the tiny square is findable
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(swatch)
        elif kind == "protected":
            p.fillRect(swatch, QBrush(blend(colours.base, text, 0.4), Qt.BrushStyle.BDiagPattern))
        elif kind == "school":
            p.fillRect(swatch, colours.school)
            p.fillRect(swatch, QBrush(colours.school_hatch, Qt.BrushStyle.HorPattern))
            p.setPen(QPen(colours.hour_label, 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(swatch)
        elif kind == "paused":
            p.fillRect(swatch, colours.paused)
            p.fillRect(swatch, QBrush(blend(colours.base, text, 0.4), Qt.BrushStyle.DiagCrossPattern))
        elif kind == "idle":
            pen = QPen(colours.idle_edge, 1.5)
            pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(colours.idle_fill)
            p.drawRoundedRect(swatch, 2, 2)
        elif kind == "clash":
            p.setPen(QPen(colours.warn, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(swatch, 2, 2)
        if kind != "zone":
            x += swatch.width() + 5
        p.setPen(colours.legend_text)
        w = fm.horizontalAdvance(label)
        p.drawText(QRectF(x, y, w + 2, fm.height()), Qt.AlignmentFlag.AlignLeft, label)
        x += w + 18


def paint_pause_words(view, p: QPainter, col: QRectF, pause, day: int) -> None:
    """'Paused', the pause's name and the sessions it skips, on a plain card in the column."""
    colours = week_colours(view.palette())
    fm = view.fontMetrics()
    skipped = [o.chat.hashtag for o in view.report.paused if (o.start_in(view.zone).date()
                                                                - view.report.monday).days == day]
    lines = [wt.translate("WeekView", "Paused")] + ([pause.label] if pause.label else [])
    lines += [wt.translate("WeekView", "{hashtag} skipped").format(hashtag=tag) for tag in skipped]
    height = fm.height() * len(lines) + 8
    card = QRectF(col.left() + 4, col.top() + col.height() * 0.3, col.width() - 8, height)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colours.base)
    p.drawRoundedRect(card, 4, 4)
    p.setPen(colours.text)
    y = card.top() + 4
    for i, line in enumerate(lines):
        font = QFont(view.font())
        font.setBold(i == 0)
        p.setFont(font)
        p.drawText(QRectF(card.left() + 2, y, card.width() - 4, fm.height()), Qt.AlignmentFlag.AlignCenter,
                   p.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, int(card.width() - 4)))
        y += fm.height()
    p.setFont(view.font())


def paint_paused_week(view, p: QPainter, grid: QRect) -> None:
    """A whole paused week: one card across the grid saying so and naming what it skips."""
    colours = week_colours(view.palette())
    fm = view.fontMetrics()
    pause = view.report.paused_days[0]
    lines = [wt.pause_text(pause), wt.pause_range(pause)]
    if view.report.paused:
        lines.append(wt.translate("WeekView", "Skipped: {chats}").format(chats=", ".join(
            f"{o.chat.hashtag} ({wt.day_name(o.start_in(view.zone).weekday())[:3]})" for o in view.report.paused)))
    width = min(grid.width() - 40, max(fm.horizontalAdvance(t) for t in lines) + 40)
    height = fm.height() * len(lines) + 20
    card = QRectF(grid.center().x() - width / 2, grid.top() + grid.height() * 0.3, width, height)
    p.setPen(QPen(colours.hour_label, 1))
    p.setBrush(colours.base)
    p.drawRoundedRect(card, 6, 6)
    p.setPen(colours.text)
    y = card.top() + 10
    for i, line in enumerate(lines):
        font = QFont(view.font())
        font.setBold(i == 0)
        p.setFont(font)
        p.drawText(QRectF(card.left() + 10, y, card.width() - 20, fm.height()), Qt.AlignmentFlag.AlignCenter,
                   p.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, int(card.width() - 20)))
        y += fm.height()
    p.setFont(view.font())
