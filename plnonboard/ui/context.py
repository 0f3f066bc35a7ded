"""What the windows share: data folder, store, directory, follow catalogue, zone and clock.
Passed in explicitly (no globals), so tests build one with a temp folder and a fixed date."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import PlnError
from ..services import paths
from ..services.store_errors import StoreError

if TYPE_CHECKING:
    # Read lazily below: on a first run the store, the plan file's rules and the directory are
    # imported after the first wizard page is painted (start-up is measured in bench/bench_startup.py).
    from ..core.directory import Directory
    from ..core.evidence import Observation
    from ..core.follows import Catalogue
    from ..core.model import Plan
    from ..services.store import Revision, Store


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate, imported when first needed; the bare name lets pyside6-lupdate find it."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def qt_system_zone() -> str:
    """The computer's IANA zone as Qt sees it (works on Windows and macOS too)."""
    from PySide6.QtCore import QTimeZone

    from ..core.zones import is_zone
    from ..services.system_zone import system_zone

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if is_zone(name) else system_zone()


@dataclass
class AppContext:
    """`directory` and `catalogue` may be given, or left None to be read from the shipped resources
    the first time they are asked for: the first wizard page is painted before that (fast start)."""

    data_dir: Path
    _directory: Directory | None
    _catalogue: Catalogue | None
    store: Store | None
    _system_zone: str | None  # None: the computer's, asked the first time it is needed
    today: Callable[[], dt.date] = dt.date.today
    notices: list[str] = field(default_factory=list)  # plain sentences to show once at start
    plan: Plan | None = None  # the saved plan, as last loaded or saved
    revision: int | None = None  # the store revision `plan` is (saves are made against it)
    base_plan: Plan | None = None  # the plan as it was at `revision`, for merging a save made meanwhile
    restore_offer: tuple[Revision, Plan] | None = None  # newest readable revision when the newest is not
    warnings: list[str] = field(default_factory=list)  # e.g. a save committed but its backup failed
    now: Callable[[], dt.datetime] | None = None  # the current instant (aware); tests fix it
    _observations: list[Observation] | None = None
    store_pending: bool = False  # a first run's new store, opened once the first page is painted

    def clock(self) -> dt.datetime:
        """The current instant, aware. With a fixed `today` and no `now`, noon of that day in the
        computer's zone, so "now" and "today" never disagree in a test."""
        if self.now is not None:
            return self.now()
        if self.today is dt.date.today:
            return dt.datetime.now(dt.UTC)
        from ..core.zones import get_zone

        return dt.datetime.combine(self.today(), dt.time(12), tzinfo=get_zone(self.system_zone))

    def observations(self) -> list[Observation]:
        """The user's "Did it happen?" answers (read once, then kept in step with record_observation)."""
        if self._observations is None:
            from ..services import observations as answers

            self._observations = answers.observations(self.store) if self.store is not None else []
        return list(self._observations)

    def record_observation(self, obs: Observation) -> None:
        """Keep an answer (raises StoreError with a plain sentence). Small: fine on the GUI thread."""
        if self.store is None:
            raise StoreError(translate("AppContext", "The store is not available, so your answer could not be "
                                                     "kept."))
        from ..services import observations as answers

        answers.record_observation(self.store, obs)
        kept = [o for o in self.observations()
                if (o.chat_id, o.session_start) != (obs.chat_id, obs.session_start)]
        self._observations = kept + [obs]

    def forget_observation(self, obs: Observation) -> None:
        if self.store is None:
            return
        from ..services import observations as answers

        answers.forget_observation(self.store, obs.chat_id, obs.session_start)
        self._observations = [o for o in self.observations()
                              if (o.chat_id, o.session_start) != (obs.chat_id, obs.session_start)]

    @classmethod
    def load(cls, data_dir: str | Path | None = None, *, system_zone: str | None = None,
             today: Callable[[], dt.date] | None = None,
             now: Callable[[], dt.datetime] | None = None, defer_new_store: bool = False) -> AppContext:
        """Open the data folder. With `defer_new_store`, a folder that has no store yet (a first run:
        there is no plan to read) is opened later by `open_store`, after the first page is painted."""
        folder = paths.data_dir(data_dir)
        ctx = cls(folder, None, None, None, system_zone, today or dt.date.today, now=now)
        if defer_new_store and not (folder / paths.STORE_FILE).exists():
            ctx.store_pending = True
        else:
            ctx.open_store()
        return ctx

    def open_store(self) -> None:
        """Open the store and read the saved plan; a problem becomes a notice (`notices`), never a crash."""
        from ..services.store import Store, UnreadablePlan

        self.store_pending = False
        store, plan, revision, offer = None, None, None, None
        try:
            store = Store(self.data_dir)
            if store.notice:
                self.notices.append(store.notice)
            try:
                plan, revision = store.load_latest()
            except UnreadablePlan as exc:
                # Not a first run: offer the newest revision that still reads (the launcher asks).
                offer = store.newest_readable()
                revision = exc.revision
                if offer is None:
                    self.notices.append(translate("AppContext", "Your saved plan could not be read, and no "
                                                                "earlier version of it could either. You can "
                                                                "make a new one."))
        except StoreError as exc:
            self.notices.append(translate("AppContext", "{reason} Your changes will not be saved until this is "
                                                        "fixed; you can still export your plan to a file.").format(
                reason=exc))
        self.store, self.plan, self.revision, self.restore_offer = store, plan, revision, offer
        self.base_plan = copy.deepcopy(plan)

    @property
    def system_zone(self) -> str:
        """The computer's IANA zone (or the one given): asked when first needed, after the first paint."""
        if self._system_zone is None:
            self._system_zone = qt_system_zone()
        return self._system_zone

    @property
    def directory(self) -> Directory:
        if self._directory is None:
            self._read_resources()
        return self._directory

    @directory.setter
    def directory(self, value: Directory) -> None:
        self._directory = value

    @property
    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            self._read_resources()
        return self._catalogue

    @catalogue.setter
    def catalogue(self, value: Catalogue) -> None:
        self._catalogue = value

    def _read_resources(self) -> None:
        """The shipped directory and follow catalogue; a problem is a notice (`notices`), never a crash."""
        from ..core.directory import Directory
        from ..core.follows import Catalogue
        from ..services.resources import load_directory, load_follows

        if self._directory is None:
            try:
                self._directory = load_directory()
            except PlnError as exc:  # a broken file (BadInput) or an unreadable one (StoreProblem)
                self._directory = Directory()
                self.notices.append(translate("AppContext", "The chat directory could not be loaded ({reason}). "
                                                            "You can still add your own chats.").format(reason=exc))
            if self._directory.errors:
                self.notices.append(translate("AppContext", "{count} directory entries were skipped because they "
                                                            "are broken (first: {first}).").format(
                    count=len(self._directory.errors), first=self._directory.errors[0]))
        if self._catalogue is None:
            try:
                self._catalogue = load_follows()
            except PlnError as exc:
                self._catalogue = Catalogue()
                self.notices.append(translate("AppContext", "The starter follow list could not be loaded "
                                                            "({reason}).").format(reason=exc))

    def full_directory(self, plan: Plan | None = None) -> Directory:
        """The shipped directory plus the plan's own custom chats."""
        plan = plan or self.plan
        custom = [pc.custom for pc in plan.chats if pc.custom is not None] if plan else []
        return self.directory.with_chats(custom)

    def save_plan(self, plan: Plan) -> int:
        """Save to the store (raises StoreError with a plain sentence). Call off the GUI thread."""
        if self.store_pending:  # only when the first page was never painted (the launcher opens it then)
            self.open_store()
        if self.store is None:
            raise StoreError(translate("AppContext", "The store is not available, so the plan could not be "
                                                     "saved. Export it to a file instead."))
        from ..core.credentials import strip_plan
        from ..core.merge import merge_plans
        from ..services.store import PlanConflict

        # Saved against the revision this window started from; if a command or another window saved
        # meanwhile, their change and ours are merged (core.merge) and saved on top of theirs.
        for _ in range(5):
            try:
                revision = self.store.save_plan(plan, base=self.revision, origin="window")
            except PlanConflict:
                theirs, latest = self.store.load_latest()
                plan = merge_plans(self.base_plan, plan, theirs)
                self.base_plan, self.revision = theirs, latest
                continue
            plan = strip_plan(plan)[0]  # as saved: credentials in feed addresses went to the keyring
            self.plan, self.base_plan, self.revision = plan, copy.deepcopy(plan), revision
            if self.store.warning:
                self.warnings.append(self.store.warning)
            return revision
        raise StoreError(translate("AppContext", "Your plan kept changing elsewhere while saving; "
                                                 "please try again."))

    def newer_saved_plan(self) -> Plan | None:
        """If a command or another window saved since this one loaded or saved, take that plan as
        this window's and return it (None when nothing changed or it cannot be read)."""
        if self.store is None:
            return None
        try:
            if self.store.latest_revision() == self.revision:
                return None
            plan, revision = self.store.load_latest()
        except StoreError:
            return None
        if plan is None:
            return None
        self.plan, self.base_plan, self.revision = plan, copy.deepcopy(plan), revision
        return plan

    def restore(self, revision: int) -> Plan:
        """Make `revision` the saved plan again (the unreadable one stays in the history)."""
        if self.store is None:
            raise StoreError(translate("AppContext", "The store is not available."))
        self.store.restore(revision)
        plan, self.revision = self.store.load_latest()
        self.plan, self.base_plan, self.restore_offer = plan, copy.deepcopy(plan), None
        return plan
