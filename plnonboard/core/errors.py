"""The errors PLN Onboard raises on purpose: one root, four families.

    PlnError (Exception)            str() is one plain English sentence (the CLI prints it);
     │                              structured fields let the window word it in its own language
     ├── BadInput (ValueError)      what the user or a file gave us is wrong; `CoreError` is its older name
     │    ├── DataError             a directory, follow catalogue or plan field is wrong; names entry and field
     │    │    ├── PlanError        a plan file cannot be read as a plan
     │    │    └── BadUrl           (core/urls.py) not a web address we accept
     │    ├── UnknownZone           a time zone name is not an IANA zone known to zoneinfo
     │    └── ...                   ChoiceProblem, NothingToExport, ZoneDataError
     ├── StoreProblem               what we keep on this computer cannot be read or written: the store
     │                              (services/store_errors.py), its backups, a file we write (WriteError)
     ├── NetworkProblem             a server could not be reached or refused us (services/net_errors.py
     │                              FetchError, services/social_http.py ApiError and Unreachable)
     └── ImportProblem              a source cannot be imported: unreadable, damaged, or not the kind of
                                    file it looks like (services/import_errors.py); `reason` is a key

    Cancelled (Exception)           not an error: the user stopped long work (see below)

Only BadInput is a ValueError: a wrong value *is* a ValueError, so code that hands a bad value
to the core may still say `except ValueError`. A disk, database or network failure is not a
wrong value: callers that mean "anything we report" catch PlnError, and the rest name a family.
"""

from __future__ import annotations


class PlnError(Exception):
    """Root of every error PLN Onboard raises for a person to read (one plain sentence in str())."""


class BadInput(PlnError, ValueError):
    """What the user or a file gave us is wrong; nothing was changed."""


# The name every module used before the families existed; it means exactly BadInput (one class,
# so `except CoreError` and `except BadInput` can never disagree). New code writes BadInput.
CoreError = BadInput


class StoreProblem(PlnError):
    """What we keep on this computer (the store, its backups, a file we write) cannot be read or written."""


class NetworkProblem(PlnError):
    """A server could not be reached, was too slow, or refused what we asked."""


class ImportProblem(PlnError):
    """A source cannot be imported; `reason` is a short key (tests, JSON output, the window's headline)."""

    reason = "not-importable"


class DataError(BadInput):
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


class UnknownZone(BadInput):
    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"unknown time zone {name!r} (use an IANA name such as America/Chicago)")


# Not a PlnError on purpose: cancelling is a control-flow signal, not something gone wrong. The
# importer, the tasks and the follow runs let it pass through their `except PlnError` (and their
# per-source "one failure is one message" nets) so a Stop pressed anywhere ends the whole job quietly.
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
