"""The same week as a list, for keyboard and screen-reader users: text only, clashes written out."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from ..core.model import Boundaries
from ..core.schedule import WeekReport
from . import weektext as wt

OCC_ROLE = Qt.ItemDataRole.UserRole + 1


class AgendaView(QTreeWidget):
    occurrenceActivated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(4)
        self.setHeaderLabels([self.tr("Your time"), self.tr("Chat"), self.tr("Host's time"),
                              self.tr("Clashes and boundaries")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setWordWrap(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Agenda for the week"))
        self.setAccessibleDescription(self.tr("One row per chat session. Press Enter on a row to see details."))
        self.itemActivated.connect(self._on_activated)

    def set_week(self, report: WeekReport, boundaries: Boundaries, zone: str, states: dict | None = None) -> None:
        self.clear()
        states = states or {}
        protected = set(boundaries.protected_days)
        by_day: dict[dt.date, list] = {}
        for occ in report.occurrences:
            by_day.setdefault(occ.start_in(zone).date(), []).append(occ)
        skipped: dict[dt.date, list] = {}
        for occ in report.paused:
            skipped.setdefault(occ.start_in(zone).date(), []).append(occ)
        for offset in range(7):
            day = report.monday + dt.timedelta(days=offset)
            occs = by_day.get(day, [])
            notes = [self.tr("protected day")] if day.weekday() in protected else []
            pause = report.paused_days.get(offset)
            if pause is not None:
                notes.insert(0, wt.pause_text(pause))
            if not occs and not notes:
                continue
            words = [wt.fmt_long_day(day)] + notes + ([] if occs else [self.tr("no chats")])
            heading = QTreeWidgetItem([" · ".join(words), "", "", ""])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
            for occ in occs:
                start, end = occ.start_in(zone), occ.end_in(zone)
                host = wt.host_time(occ) if occ.slot.zone != zone else self.tr("same as yours")
                notes = "; ".join(wt.conflict_text(c, occ) for c in report.conflicts_for(occ))
                state = states.get(occ.chat.id)
                idle = state is not None and not state.running
                label = wt.block_label(occ)
                if idle:  # said in words, and greyed and italic, so it never reads like a live chat
                    label = self.tr("{chat} (may not run: {seen})").format(chat=label, seen=wt.last_seen_text(state))
                item = QTreeWidgetItem([f"{wt.fmt_time(start)}–{wt.fmt_time(end)}", label, host, notes])
                item.setData(0, OCC_ROLE, occ)
                spoken = wt.spoken_summary(occ, zone, report.conflicts_for(occ))
                if idle:
                    spoken += ". " + self.tr("May not run: {seen}").format(seen=wt.last_seen_text(state))
                    for column in range(4):
                        font = item.font(column)
                        font.setItalic(True)
                        item.setFont(column, font)
                item.setToolTip(1, spoken)
                # A screen reader reads the whole session, day included (the day is on the heading row).
                for column in range(4):
                    item.setData(column, Qt.ItemDataRole.AccessibleTextRole, spoken)
                self.addTopLevelItem(item)
            for occ in skipped.get(day, []):
                start = occ.start_in(zone)
                row = QTreeWidgetItem([wt.fmt_time(start), self.tr("{chat}: skipped, you paused this week").format(
                    chat=wt.block_label(occ)) if report.fully_paused
                    else self.tr("{chat}: skipped for your pause").format(chat=wt.block_label(occ)), "", ""])
                row.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.addTopLevelItem(row)
        if report.fully_paused:
            pause = report.paused_days[0]
            text = self.tr("You paused your chats this week ({pause}, {dates}). Nothing to join.").format(
                pause=pause.label or self.tr("paused"), dates=wt.pause_range(pause))
            item = QTreeWidgetItem([text, "", "", ""])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.insertTopLevelItem(0, item)
            item.setFirstColumnSpanned(True)
        elif not report.occurrences:
            empty = QTreeWidgetItem([self.tr("No chats this week."), "", "", ""])
            self.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)
        totals = [c for c in report.conflicts if c.kind in ("over_budget", "too_many")]
        for c in totals:
            item = QTreeWidgetItem([self.tr("Whole week: {problem}").format(problem=wt.conflict_text(c)), "", "", ""])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
        for column in range(3):
            self.resizeColumnToContents(column)
        # Spanned rows would widen the first column; size it from the time rows only.
        times = [self.fontMetrics().horizontalAdvance(i.text(0)) for i in self.occurrence_items()]
        self.setColumnWidth(0, max(times + [self.fontMetrics().horizontalAdvance(self.headerItem().text(0))]) + 24)

    def occurrence_items(self) -> list[QTreeWidgetItem]:
        return [self.topLevelItem(i) for i in range(self.topLevelItemCount())
                if self.topLevelItem(i).data(0, OCC_ROLE) is not None]

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        occ = item.data(0, OCC_ROLE)
        if occ is not None:
            self.occurrenceActivated.emit(occ)
