"""The week grid: seven day columns in the user's zone, hours down the side, chats as blocks.

Geometry comes from the pure `core.layout`; this widget only paints it and handles input.
Colours come from the palette (so light and dark follow the system) with one accent, the
palette's highlight; clashes get a warm red outline and a "!" so colour is never the only sign.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..core.layout import Block, clock_changes, layout_week, quiet_bands, visible_hours
from ..core.model import Boundaries
from ..core.schedule import WeekReport
from ..core.zones import city_name
from . import weektext as wt
from .weekpaint import paint_blocks, paint_legend, paint_pause_words, paint_paused_week, week_colours

GUTTER_PAD = 10
MIN_BLOCK_PX = 16


class WeekView(QWidget):
    occurrenceActivated = Signal(object)  # the Occurrence
    currentChanged = Signal(object)  # the Occurrence or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: WeekReport | None = None
        self.boundaries = Boundaries()
        self.zone = "UTC"
        self.today: dt.date | None = None
        self._blocks: list[Block] = []
        self._order: list = []  # unique occurrences, in time order (keyboard order)
        self._current = -1
        self._pressed = -1
        self._bands = []
        self._school = []  # school-hours bands, shaded like quiet hours
        self._hours = (7, 24)
        self._notes: dict[int, list[str]] = {}
        self.states: dict = {}  # chat id -> core.evidence.ChatState (running or not, last seen)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Week calendar"))
        self._update_description()

    # -- data --------------------------------------------------------------------------------

    def set_week(self, report: WeekReport, boundaries: Boundaries, zone: str, states: dict | None = None) -> None:
        previous = self.current_occurrence()
        self.report, self.boundaries, self.zone = report, boundaries, zone
        self.states = dict(states or {})
        self._blocks = layout_week(report.occurrences, zone, report.monday)
        self._order = list(report.occurrences)
        self._bands = quiet_bands(boundaries.quiet_hours)
        self._school = quiet_bands(boundaries.school_hours)
        self._hours = visible_hours(self._blocks)
        self._notes = self._day_notes()
        keys = [o.key for o in self._order]
        self._current = keys.index(previous.key) if previous is not None and previous.key in keys else -1
        if self._current < 0 and self._order and self.hasFocus():
            self._current = 0
        self._update_description()
        self.updateGeometry()
        self.update()

    def set_today(self, day: dt.date | None) -> None:
        self.today = day
        self.update()

    def state_of(self, chat):
        """The chat's state for this user (None: not known, drawn as running)."""
        return self.states.get(chat.id)

    def blocks(self) -> list[Block]:
        return list(self._blocks)

    def occurrences(self) -> list:
        return list(self._order)

    def current_occurrence(self):
        return self._order[self._current] if 0 <= self._current < len(self._order) else None

    def set_current(self, index: int) -> None:
        index = max(-1, min(index, len(self._order) - 1))
        if index != self._current:
            self._current = index
            self._update_description()
            self.currentChanged.emit(self.current_occurrence())
            self.update()

    def _day_notes(self) -> dict[int, list[str]]:
        notes: dict[int, list[str]] = {d: [] for d in range(7)}
        for d in self.boundaries.protected_days:
            if 0 <= d < 7:
                notes[d].append(self.tr("Protected day"))
        for d, pause in self.report.paused_days.items():
            notes[d].insert(0, wt.pause_text(pause))
        zones = [self.zone] + sorted({o.slot.zone for o in self._order})
        changed: dict[int, list[str]] = {}
        for change in clock_changes(zones, self.zone, self.report.monday):
            where = self.tr("yours") if change.zone == self.zone else city_name(change.zone)
            if where not in changed.setdefault(change.day, []):
                changed[change.day].append(where)
        for day, places in changed.items():
            notes[day].append(self.tr("Clocks change: {where}").format(where=", ".join(places)))
        return notes

    def summary(self, occ) -> str:
        """What a screen reader or tooltip says about a session, with "last seen" when not running."""
        text = wt.spoken_summary(occ, self.zone, self._conflicts(occ))
        state = self.state_of(occ.chat)
        if state is not None and not state.running:
            text += ". " + self.tr("May not run: {seen}").format(seen=wt.last_seen_text(state))
        return text

    def _conflicts(self, occ) -> list:
        return self.report.conflicts_for(occ) if self.report is not None else []

    def _update_description(self) -> None:
        if self.report is None:
            self.setAccessibleDescription(self.tr("No week shown yet."))
            return
        text = self.tr("Week of {day}: {count} chat sessions, {minutes} of {budget} minutes. "
                       "Arrow keys move between chats, Enter opens one.").format(
            day=wt.fmt_long_day(self.report.monday), count=len(self._order),
            minutes=self.report.minutes_total, budget=self.report.budget_minutes)
        if self.report.paused:
            text += " " + self.tr("Skipped for a pause: {chats}.").format(
                chats=", ".join(f"{o.chat.hashtag} ({wt.fmt_day(o.start_in(self.zone).date())})"
                                for o in self.report.paused))
        for day, notes in sorted(self._notes.items()):
            if notes:
                text += " " + f"{wt.day_name(day)}: {'; '.join(notes)}."
        occ = self.current_occurrence()
        if occ is not None:
            text += " " + self.tr("Selected: {summary}").format(summary=self.summary(occ))
        self.setAccessibleDescription(text)
        self.setToolTip("")

    # -- geometry ----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(900, 620)

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(self._gutter() + 7 * fm.horizontalAdvance("Wed 30 Sep"), 360)

    def _gutter(self) -> int:
        return self.fontMetrics().horizontalAdvance(wt.fmt_time(dt.time(23, 0))) + 2 * GUTTER_PAD

    def _header(self) -> int:
        return self.fontMetrics().height() * 2 + 12

    def _footer(self) -> int:
        return self.fontMetrics().height() + 10

    def _grid_rect(self) -> QRect:
        g, h = self._gutter(), self._header()
        return QRect(g, h, max(10, self.width() - g - 1), max(10, self.height() - h - self._footer()))

    def _col_x(self, day: int) -> float:
        r = self._grid_rect()
        return r.left() + r.width() * day / 7

    def _y(self, minute: int) -> float:
        r = self._grid_rect()
        first, last = self._hours
        span = (last - first) * 60
        return r.top() + r.height() * (min(max(minute, first * 60), last * 60) - first * 60) / span

    def block_rect(self, block: Block) -> QRectF:
        x0, x1 = self._col_x(block.day), self._col_x(block.day + 1)
        width = (x1 - x0 - 4) / block.lanes
        left = x0 + 2 + width * block.lane
        top, bottom = self._y(block.top), self._y(block.bottom)
        least = max(MIN_BLOCK_PX, self.fontMetrics().height() + 6)
        if bottom - top < least:
            bottom = min(top + least, self._grid_rect().bottom())
            top = min(top, bottom - least)
        return QRectF(left + 1, top + 1, width - 2, bottom - top - 2)

    def _block_at(self, pos: QPoint) -> int:
        for block in reversed(self._blocks):
            if self.block_rect(block).contains(pos):
                return self._index_of(block)
        return -1

    def _index_of(self, block: Block) -> int:
        key = block.occurrence.key
        return next(i for i, o in enumerate(self._order) if o.key == key)

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        base, text = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)
        dark = base.lightnessF() < 0.5
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Window))
        grid = self._grid_rect()
        p.fillRect(grid, base)
        self._paint_days(p, grid, base, text)
        self._paint_quiet(p, base, text)
        self._paint_hours(p, grid, base, text)
        paint_blocks(self, p, pal, base, text, dark)
        paint_legend(self, p, grid, text)
        if self.report is not None and self.report.fully_paused:
            paint_paused_week(self, p, grid)
        if self.report is not None and not self._order and not self.report.paused_days:
            p.setPen(week_colours(pal).empty_text)
            p.drawText(grid, Qt.AlignmentFlag.AlignCenter, self.tr("No chats this week."))
        if self.hasFocus() and self.current_occurrence() is None:
            # Nothing to select (an empty week): the grid itself shows that it has the focus.
            p.setPen(QPen(week_colours(pal).text, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(grid).adjusted(1, 1, -1, -1))
        p.end()

    def _paint_days(self, p: QPainter, grid: QRect, base: QColor, text: QColor) -> None:
        colours = week_colours(self.palette())
        fm = self.fontMetrics()
        monday = self.report.monday if self.report else None
        for day in range(7):
            x0, x1 = self._col_x(day), self._col_x(day + 1)
            col = QRectF(x0, grid.top(), x1 - x0, grid.height())
            if day in self.boundaries.protected_days:
                p.fillRect(col, colours.protected)
                p.fillRect(col, QBrush(colours.protected_hatch, Qt.BrushStyle.BDiagPattern))
            pause = self.report.paused_days.get(day) if self.report else None
            if pause is not None:
                p.fillRect(col, colours.paused)
                p.fillRect(col, QBrush(colours.paused_hatch, Qt.BrushStyle.DiagCrossPattern))
                if not self.report.fully_paused:
                    paint_pause_words(self, p, col, pause, day)
            head = QRectF(x0 + 4, 4, x1 - x0 - 8, fm.height())
            is_today = monday is not None and self.today == monday + dt.timedelta(days=day)
            font = QFont(self.font())
            font.setBold(is_today)
            p.setFont(font)
            p.setPen(text)
            label = wt.fmt_day(monday + dt.timedelta(days=day)) if monday else wt.day_name(day)[:3]
            if is_today:
                longer = self.tr("{day} (today)").format(day=label)
                if p.fontMetrics().horizontalAdvance(longer) <= head.width():
                    label = longer
            p.drawText(head, Qt.AlignmentFlag.AlignCenter,
                       p.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, int(head.width())))
            p.setFont(self.font())
            note = " · ".join(self._notes.get(day, []))
            if note:
                small = QFont(self.font())
                small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
                p.setFont(small)
                p.setPen(colours.day_note)
                line = head.translated(0, fm.height() + 2)
                p.drawText(line, Qt.AlignmentFlag.AlignCenter,
                           p.fontMetrics().elidedText(note, Qt.TextElideMode.ElideRight, int(line.width())))
                p.setFont(self.font())
            if is_today:
                p.fillRect(QRectF(x0 + 8, grid.top() - 3, x1 - x0 - 16, 3),
                           self.palette().color(QPalette.ColorRole.Highlight))
        p.setPen(QPen(colours.day_line, 1))
        for day in range(8):
            x = round(self._col_x(day))
            p.drawLine(x, grid.top(), x, grid.bottom())

    def _paint_quiet(self, p: QPainter, base: QColor, text: QColor) -> None:
        colours = week_colours(self.palette())
        for band in self._school:
            x0, x1 = self._col_x(band.day), self._col_x(band.day + 1)
            top, bottom = self._y(band.top), self._y(band.bottom)
            if bottom > top:
                rect = QRectF(x0 + 1, top, x1 - x0 - 1, bottom - top)
                p.fillRect(rect, colours.school)
                p.fillRect(rect, QBrush(colours.school_hatch, Qt.BrushStyle.HorPattern))
        shade = colours.quiet
        for band in self._bands:
            x0, x1 = self._col_x(band.day), self._col_x(band.day + 1)
            top, bottom = self._y(band.top), self._y(band.bottom)
            if bottom > top:
                p.fillRect(QRectF(x0 + 1, top, x1 - x0 - 1, bottom - top), shade)

    def _paint_hours(self, p: QPainter, grid: QRect, base: QColor, text: QColor) -> None:
        first, last = self._hours
        colours = week_colours(self.palette())
        fm = self.fontMetrics()
        step = 1 if grid.height() / max(1, last - first) >= fm.height() * 1.3 else 2
        for hour in range(first, last + 1):
            y = round(self._y(hour * 60))
            p.setPen(QPen(colours.minor_line if hour % step else colours.hour_line, 1))
            p.drawLine(grid.left(), y, grid.right(), y)
            if hour % step == 0 and hour < 24 or hour == last:
                p.setPen(colours.hour_label)
                label = wt.fmt_time(dt.time(hour % 24, 0))
                rect = QRect(0, y - fm.height() // 2, self._gutter() - GUTTER_PAD // 2, fm.height())
                p.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)

    # -- input -------------------------------------------------------------------------------

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index = self._block_at(event.pos())
            note = self._header_note_at(event.pos())
            if note:
                QToolTip.showText(event.globalPos(), note, self)
            elif index >= 0:
                occ = self._order[index]
                QToolTip.showText(event.globalPos(), self.summary(occ), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _header_note_at(self, pos: QPoint) -> str:
        if pos.y() >= self._header() or pos.x() < self._gutter():
            return ""
        day = int((pos.x() - self._grid_rect().left()) * 7 / max(1, self._grid_rect().width()))
        return " · ".join(self._notes.get(day, [])) if 0 <= day < 7 else ""

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self._block_at(event.position().toPoint())
            if self._pressed >= 0:
                self.setFocus(Qt.FocusReason.MouseFocusReason)
                self.set_current(self._pressed)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if (event.button() == Qt.MouseButton.LeftButton and self._pressed >= 0
                and self._block_at(event.position().toPoint()) == self._pressed):
            self.occurrenceActivated.emit(self._order[self._pressed])
        self._pressed = -1
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if not self._order:
            return super().keyPressEvent(event)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            occ = self.current_occurrence()
            if occ is None:
                self.set_current(0)
            else:
                self.occurrenceActivated.emit(occ)
            return
        moves = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        if key in moves:
            self.set_current(max(0, min(len(self._order) - 1, self._current + moves[key]))
                             if self._current >= 0 else 0)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.set_current(self._sideways(-1 if key == Qt.Key.Key_Left else 1))
            return
        if key == Qt.Key.Key_Home:
            self.set_current(0)
            return
        if key == Qt.Key.Key_End:
            self.set_current(len(self._order) - 1)
            return
        super().keyPressEvent(event)

    def _sideways(self, step: int) -> int:
        """The nearest chat (by time of day) in the next day column that has one."""
        if self._current < 0:
            return 0
        first = {}
        for block in self._blocks:
            first.setdefault(self._index_of(block), block)
        here = first[self._current]
        day = here.day + step
        while 0 <= day < 7:
            candidates = [(abs(b.top - here.top), i) for i, b in first.items() if b.day == day]
            if candidates:
                return min(candidates)[1]
            day += step
        return self._current

    def focusNextPrevChild(self, forward: bool) -> bool:
        # Tab walks through the chats first, then leaves the grid.
        if self.hasFocus() and self._order:
            target = self._current + (1 if forward else -1)
            if 0 <= target < len(self._order) and self._current >= 0:
                self.set_current(target)
                return True
        return super().focusNextPrevChild(forward)

    def focusInEvent(self, event) -> None:
        if self._order:
            if event.reason() == Qt.FocusReason.TabFocusReason:
                self.set_current(0)
            elif event.reason() == Qt.FocusReason.BacktabFocusReason:
                self.set_current(len(self._order) - 1)
            elif self._current < 0:
                self.set_current(0)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)
