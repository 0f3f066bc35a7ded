"""Window geometry and the last view, nothing else (the plan lives in the store).

Kept in an INI file in the data folder so each data folder (and each test) has its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ..settings_file import FILE_NAME


class WindowSettings:
    def __init__(self, data_dir: Path) -> None:
        self.qs = QSettings(str(Path(data_dir) / FILE_NAME), QSettings.Format.IniFormat)

    def geometry(self) -> QByteArray | None:
        value = self.qs.value("main/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def last_view(self) -> int:
        try:
            return int(self.qs.value("main/view", 0))
        except (TypeError, ValueError):
            return 0

    def save(self, geometry: QByteArray, view: int) -> None:
        self.qs.setValue("main/geometry", geometry)
        self.qs.setValue("main/view", int(view))
        self.qs.sync()
