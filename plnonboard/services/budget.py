"""The wall-clock budget of one import source: fetching *and* parsing share one deadline, and
the user's Cancel. Parsers call `check()` between units of work (an event, an outline, a feed
entry); each unit is itself bounded (input size caps, zone-rule limits, nesting depth), so a
checkpoint is never more than a bounded step away and neither the deadline nor Cancel can be
outrun by a hostile file."""

from __future__ import annotations

import time
from dataclasses import dataclass

from ..core.errors import CancelToken
from .net_errors import Timeout


@dataclass(frozen=True)
class Budget:
    deadline_at: float  # time.monotonic() value
    limit: float = 60.0  # the whole budget in seconds, for the message
    where: str = ""
    token: CancelToken | None = None

    @classmethod
    def seconds(cls, seconds: float, *, where: str = "", limit: float | None = None,
                token: CancelToken | None = None) -> Budget:
        return cls(time.monotonic() + seconds, seconds if limit is None else limit, where, token)

    @classmethod
    def unlimited(cls) -> Budget:
        return cls(float("inf"))

    def remaining(self) -> float:
        return self.deadline_at - time.monotonic()

    def check(self) -> None:
        """Raise Cancelled when the user cancelled, Timeout when the deadline has passed."""
        if self.token is not None:
            self.token.check()
        if time.monotonic() >= self.deadline_at:
            raise Timeout(self.where, f"{self.where}: took longer than {self.limit:g} seconds in total "
                                      "(downloading and reading it), so it was stopped.")
