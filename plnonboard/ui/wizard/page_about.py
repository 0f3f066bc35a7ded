"""Page 2: role, grade bands, subjects, platforms and time zone (the draft's profile)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListView,
                               QListWidget, QListWidgetItem, QVBoxLayout, QWidget)

from ...core.zones import get_zone
from .. import texts
from .base import SPACING, DraftPage, error_label, intro_label, scrolled, show_error
from .zone_picker import ZonePicker


def check_grid(labels: dict[str, str], accessible_prefix: str, per_row: int = 3
               ) -> tuple[QWidget, dict[str, QCheckBox]]:
    """Tick boxes in rows of `per_row`; each has an accessible name that says what it is."""
    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(SPACING * 2)
    checks = {}
    for i, (key, label) in enumerate(labels.items()):
        check = QCheckBox(label)
        check.setAccessibleName(f"{accessible_prefix}: {label}")
        grid.addWidget(check, i // per_row, i % per_row)
        checks[key] = check
    grid.setColumnStretch(per_row, 1)
    return box, checks


class AboutPage(DraftPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("About you"))
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setSpacing(SPACING)
        outer.addWidget(intro_label(self.tr("This helps suggest chats and people that fit you. "
                                            "You can change it later.")))
        form = QFormLayout()
        form.setVerticalSpacing(SPACING)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.name = QLineEdit()
        self.name.setMaxLength(80)
        self.name.setAccessibleName(self.tr("Your first name (optional)"))
        form.addRow(self.tr("Your &first name (optional):"), self.name)

        self.role = QComboBox()
        for key, label in texts.role_labels().items():
            self.role.addItem(label, key)
        self.role.setAccessibleName(self.tr("Role"))
        form.addRow(self.tr("&Role:"), self.role)

        bands_box, self.bands = check_grid(texts.grade_band_labels(), self.tr("Grade band"))
        bands_label = QLabel(self.tr("&Grade bands:"))
        bands_label.setBuddy(next(iter(self.bands.values())))
        form.addRow(bands_label, bands_box)

        self.subjects = QListWidget()
        self.subjects.setAccessibleName(self.tr("Subjects"))
        self.subjects.setFlow(QListView.Flow.LeftToRight)
        self.subjects.setWrapping(True)
        self.subjects.setResizeMode(QListView.ResizeMode.Adjust)
        labels = texts.subject_labels()
        fm = self.subjects.fontMetrics()
        cell_w = max(fm.horizontalAdvance(t) for t in labels.values()) + 64  # text + tick box, never elided
        row_h = fm.lineSpacing() + 8
        self.subjects.setGridSize(QSize(cell_w, row_h))
        self.subjects.setMinimumHeight(row_h * 8 + 8)
        self.subjects.setMaximumHeight(row_h * 11 + 8)
        for key, label in labels.items():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setSizeHint(QSize(cell_w, row_h))
            self.subjects.addItem(item)
        form.addRow(self.tr("&Subjects (press Space to tick):"), self.subjects)

        platforms_box, self.platforms = check_grid(texts.platform_labels(), self.tr("Platform"))
        platforms_label = QLabel(self.tr("&Platforms you use:"))
        platforms_label.setBuddy(next(iter(self.platforms.values())))
        form.addRow(platforms_label, platforms_box)

        self.zone = ZonePicker()
        self.zone.setAccessibleName(self.tr("Your time zone"))
        zone_row = QWidget()
        zl = QHBoxLayout(zone_row)
        zl.setContentsMargins(0, 0, 0, 0)
        zl.addWidget(self.zone, 2)
        self.zone_now = QLabel()
        zl.addWidget(self.zone_now, 1)
        zone_label = QLabel(self.tr("Your &time zone:"))
        zone_label.setBuddy(self.zone)
        form.addRow(zone_label, zone_row)
        outer.addLayout(form)
        self.error = error_label()
        outer.addWidget(self.error)
        outer.addStretch(1)

        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scrolled(body))

        self.name.textChanged.connect(self._store)
        self.role.currentIndexChanged.connect(self._store)
        for check in (*self.bands.values(), *self.platforms.values()):
            check.toggled.connect(self._store)
        self.subjects.itemChanged.connect(self._store)
        self.zone.on_zone_changed(self._store)
        self._loading = False

    def initializePage(self) -> None:
        p = self.draft.profile
        self._loading = True
        self.name.setText(p.name)
        index = self.role.findData(p.role)
        self.role.setCurrentIndex(max(index, 0))
        for key, check in self.bands.items():
            check.setChecked(key in p.grade_bands)
        for i in range(self.subjects.count()):
            item = self.subjects.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in p.subjects
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        for key, check in self.platforms.items():
            check.setChecked(key in p.platforms)
        self.zone.setZone(p.time_zone or self.ctx.system_zone)
        self._loading = False
        self._show_zone_time()
        show_error(self.error, "")

    def _store(self, *_args) -> None:
        if self._loading:
            return
        p = self.draft.profile
        p.name = self.name.text().strip()
        p.role = self.role.currentData()
        p.grade_bands = [k for k, c in self.bands.items() if c.isChecked()]
        p.subjects = [self.subjects.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.subjects.count())
                      if self.subjects.item(i).checkState() == Qt.CheckState.Checked]
        p.platforms = [k for k, c in self.platforms.items() if c.isChecked()]
        zone = self.zone.zone()
        if zone:
            p.time_zone = zone
        self._show_zone_time()
        self.changed()

    def _show_zone_time(self) -> None:
        zone = self.zone.zone()
        if not zone:
            self.zone_now.setText(self.tr("Not a time zone yet"))
            return
        now = dt.datetime.now(dt.UTC).astimezone(get_zone(zone))
        self.zone_now.setText(self.tr("It is %1 there now").replace("%1", texts.clock(now)))

    def validatePage(self) -> bool:
        if not self.zone.zone():
            show_error(self.error, self.tr("“%1” is not a time zone PLN Onboard knows. Type a city near you, "
                                           "such as Chicago, and pick it from the list.")
                       .replace("%1", self.zone.currentText()))
            self.zone.setFocus()
            return False
        show_error(self.error, "")
        self._store()
        return True
