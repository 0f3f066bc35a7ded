"""Errors raised by the core.

    CoreError (ValueError)
     ├── DataError        a directory, follow catalogue or plan field is wrong; names entry and field
     ├── PlanError        a plan file cannot be read as a plan
     └── UnknownZone      a time zone name is not an IANA zone known to zoneinfo

The core cannot translate (no Qt here), so every error carries plain English in str()
for the CLI, plus structured fields (`entry`, `field`) the UI can render in its own words.
"""

from __future__ import annotations


class CoreError(ValueError):
    """Base for every error the core raises on bad input."""


class DataError(CoreError):
    def __init__(self, message: str, *, entry: str = "", field: str = "") -> None:
        self.entry = entry
        self.field = field
        where = ""
        if entry and field:
            where = f"{entry}: {field}: "
        elif entry or field:
            where = f"{entry or field}: "
        super().__init__(where + message)
        self.detail = message


class PlanError(DataError):
    pass


class UnknownZone(CoreError):
    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"unknown time zone {name!r} (use an IANA name such as America/Chicago)")


class Cancelled(Exception):
    """The user cancelled a long operation; callers stop quietly (not an error to show)."""


class CancelToken:
    """Checked between chunks of long work; set from any thread."""

    def __init__(self) -> None:
        import threading

        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()
