"""What a follow-through run reports, and the parts both platforms share (pacing waits, budgets)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..core.errors import Cancelled

if TYPE_CHECKING:  # the records bring the store; this module is also read by runs that keep none
    from .follow_records import FollowRecords, RunRecord

MAX_POLITE_WAIT = 90.0  # seconds: a longer Retry-After pauses the run instead of waiting in it
RETRIES_AFTER_429 = 3

# Why a run did not finish (the CLI and the window word these)
SIGNED_OUT = "signed-out"
RATE_LIMITED = "rate-limited"  # the server's own 429 asked for a long wait
DAILY_LIMIT = "daily-limit"  # our budget under the published hourly/daily limit is used up
UNREACHABLE = "unreachable"
CANCELLED = "cancelled"
REFUSED = "refused"  # the server refused a request (its message is in `detail`)


@dataclass
class ActionResult:
    kind: str
    target: str
    status: str
    uri: str = ""
    reason: str = ""
    detail: str = ""

    def as_json(self) -> dict:
        out = {"action": self.kind, "target": self.target, "status": self.status}
        if self.uri:
            out["uri"] = self.uri
        if self.detail:
            out["detail"] = self.detail
        return out


@dataclass
class RunReport:
    platform: str
    account: str
    run: int | None = None  # None for a dry run (nothing recorded)
    status: str = "finished"  # finished | paused | stopped | dry-run | undone
    problem: str = ""  # one of the constants above when status is paused or stopped
    detail: str = ""  # the server's own words, cleaned, when it refused something
    resume_after: dt.datetime | None = None
    actions: list[ActionResult] = field(default_factory=list)

    @property
    def unresolved(self) -> list[str]:
        return sorted({a.target for a in self.actions if a.status == "unresolved"})

    def count(self, status: str) -> int:
        return sum(1 for a in self.actions if a.status == status)

    def as_json(self) -> dict:
        out: dict = {"run": self.run, "platform": self.platform, "account": self.account, "status": self.status,
                     "actions": [a.as_json() for a in self.actions], "unresolved": self.unresolved}
        if self.problem:
            out["problem"] = self.problem
        if self.detail:
            out["detail"] = self.detail
        if self.resume_after:
            out["resume_after"] = self.resume_after.isoformat(timespec="seconds")
        return out


# Not a PlnError on purpose, like core.errors.Cancelled: a control-flow signal that ends a run in a
# recorded state (paused until `resume_after`, or stopped), raised for a daily limit or a cancel as
# much as for a refusal. Every caller catches it by name (the runs, cli/follow.py, ui/follow_dialog.py).
class Stop(Exception):
    """Ends a run early; `problem` says why and `resume_after` when it may continue."""

    def __init__(self, problem: str, detail: str = "", resume_after: dt.datetime | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.detail = detail
        self.resume_after = resume_after


class RecordedRun:
    """What the Bluesky and Mastodon runs share: carrying out recorded work and ending it in a state
    (finished, or paused/stopped with why), then reporting every action as the store has it."""

    records: FollowRecords | None = None  # None: the run can only preview (a dry run records nothing)
    now: Callable[[], dt.datetime]

    @property
    def recorded(self) -> FollowRecords:
        """The records of a run that keeps them (run, resume, undo)."""
        if self.records is None:
            raise TypeError("this run was made without records: it can only preview")
        return self.records

    def _record(self, run_id: int) -> RunRecord:
        """The recorded run `run_id`; Stop("no-such-run") when the store has none by that id."""
        record = self.recorded.run(run_id)
        if record is None:
            raise Stop("no-such-run")
        return record

    def _carry_out(self, run_id: int, report: RunReport, work: Callable[[], None], done: str = "finished") -> RunReport:
        try:
            work()
        except Cancelled:
            self._stop(run_id, report, Stop(CANCELLED))
        except Stop as stop:
            self._stop(run_id, report, stop)
        else:
            self.recorded.set_status(run_id, done, now=self.now())
        return self._report(run_id, report)

    def _stop(self, run_id: int, report: RunReport, stop: Stop) -> None:
        report.status = "paused" if stop.resume_after is not None else "stopped"
        report.problem, report.detail, report.resume_after = stop.problem, stop.detail, stop.resume_after
        self.recorded.set_status(run_id, report.status, stop.problem, now=self.now())

    def _report(self, run_id: int, report: RunReport) -> RunReport:
        record = self._record(run_id)
        report.actions = [ActionResult(a.kind, a.target, a.status, a.ref, a.reason) for a in record.actions]
        return report


def with_retries(call: Callable[[], object], now: Callable[[], dt.datetime], sleep: Callable[[float], None]):
    """Run `call`, waiting out short 429s (Retry-After honoured); a long or repeated one stops the run
    with the time it may resume; sign-out, network loss and Stop end it."""
    from .social_http import ApiError, RateLimited, SignedOut, Unreachable

    for attempt in range(RETRIES_AFTER_429 + 1):
        try:
            return call()
        except RateLimited as exc:
            wait = exc.retry_after if exc.retry_after is not None else 60.0
            if wait > MAX_POLITE_WAIT or attempt == RETRIES_AFTER_429:
                raise Stop(RATE_LIMITED, resume_after=now() + dt.timedelta(seconds=wait)) from None
            sleep(wait)
        except SignedOut:
            raise Stop(SIGNED_OUT) from None
        except Unreachable as exc:
            raise Stop(UNREACHABLE, str(exc)) from None
        except ApiError as exc:
            raise Stop(REFUSED, str(exc)) from None
    raise AssertionError("unreachable")


def parse_stamp(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)
