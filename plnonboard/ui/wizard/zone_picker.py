"""A searchable IANA time-zone picker: type any part of a name ('chicago', 'new york')."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter

from ...core.timefmt import offset_text
from ...core.zones import all_zones, get_zone, is_zone


def zone_display(zone: str) -> str:
    """'America/New York' — underscores read badly, and people search with spaces."""
    return zone.replace("_", " ")


class _ZoneModel(QStandardItemModel):
    """Tooltips (the zone's current UTC offset) are computed when shown: loading ~500 zones up
    front cost a tenth of a second at start-up."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole:
            name = super().data(index, Qt.ItemDataRole.UserRole)
            if name:
                now = dt.datetime.now(dt.UTC)
                return f"{name} ({offset_text(now.astimezone(get_zone(name)))})"
        return super().data(index, role)


class ZonePicker(QComboBox):
    """Editable combo over every zone; `zone()` is the IANA name or '' while the text is not a zone."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        model = _ZoneModel(self)
        for name in all_zones():
            item = QStandardItem(zone_display(name))
            item.setData(name, Qt.ItemDataRole.UserRole)
            model.appendRow(item)
        self.setModel(model)
        completer = QCompleter(self)
        completer.setModel(model)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type a city, e.g. Chicago"))

    def on_zone_changed(self, callback) -> None:
        """Call `callback()` when the picked or typed zone may have changed (Qt's own signals only)."""
        self.currentIndexChanged.connect(lambda _i: callback())
        self.lineEdit().textEdited.connect(lambda _t: callback())

    def zone(self) -> str:
        text = self.currentText().strip()
        name = text.replace(" ", "_")
        for candidate in (text, name):
            if candidate and candidate in all_zones():
                return candidate
        if is_zone(name) and "/" in name:
            return name
        return ""

    def setZone(self, zone: str) -> None:
        index = self.findData(zone, Qt.ItemDataRole.UserRole)
        if index < 0 and is_zone(zone):  # a valid alias not in the short list: keep it, never lose it
            self.addItem(zone_display(zone), zone)
            index = self.count() - 1
        if index >= 0:
            self.setCurrentIndex(index)
            self.setEditText(zone_display(zone))
