"""What the windows share: data folder, store, directory, follow catalogue, zone and clock.
Passed in explicitly (no globals), so tests build one with a temp folder and a fixed date.

Threads: the plan the window shows (`plan`, `revision`, `base_plan`, `restore_offer`) is assigned on
the GUI thread only, and assigning it anywhere else raises. Saves run on the store's own thread
(`save_plan_later`: the merge-and-retry loop is one job there) and their result is taken on the GUI
thread when it comes back (ui/tasks.run_store_task)."""

from __future__ import annotations

import copy
import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ..core.errors import PlnError
from ..services import paths
from ..services.store_errors import StoreError

if TYPE_CHECKING:
    from concurrent.futures import Future

    # Read lazily below: on a first run the store, the plan file's rules and the directory are
    # imported after the first wizard page is painted (start-up is measured in bench/bench_startup.py).
    from ..core.directory import Directory
    from ..core.evidence import Observation
    from ..core.follows import Catalogue
    from ..core.model import Plan
    from ..services.store import Revision, Store
    from .tasks import Task

# What the window shows of the saved plan: only the GUI thread may change these.
GUI_ONLY = frozenset({"plan", "revision", "base_plan", "restore_offer"})


class Saved(NamedTuple):
    """A save made on the store's thread, to be taken by the window on its own thread."""

    plan: Plan  # as saved (merged with a change saved elsewhere, credentials gone to the keyring)
    revision: int
    base_plan: Plan | None  # the plan at the revision the save was finally made against
    warning: str  # e.g. the save committed but its backup failed


def _gui_thread() -> bool:
    """True on the thread that runs the Qt application (or when there is none: scripts, CLI)."""
    from PySide6.QtCore import QCoreApplication, QThread

    app = QCoreApplication.instance()
    if app is None:
        return threading.current_thread() is threading.main_thread()
    return QThread.currentThread() is app.thread()


def _save_merging(store: Store, plan: Plan, base_plan: Plan | None, revision: int | None) -> Saved:
    """On the store's thread: save `plan` against `revision`; if a command or another window saved
    meanwhile, their change and ours are merged (core.merge) and saved on top of theirs."""
    from ..core.credentials import strip_plan
    from ..core.merge import merge_plans
    from ..services.store import PlanConflict

    for _ in range(5):
        try:
            saved = store.save_plan(plan, base=revision, origin="window")
        except PlanConflict:
            theirs, latest = store.load_latest()
            plan = merge_plans(base_plan, plan, theirs)
            base_plan, revision = theirs, latest
            continue
        # As saved: credentials in feed addresses went to the keyring.
        return Saved(strip_plan(plan)[0], saved, base_plan, store.warning)
    raise StoreError(translate("AppContext", "Your plan kept changing elsewhere while saving; "
                                             "please try again."))


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

    def __setattr__(self, name: str, value: Any) -> None:
        # A worker assigning the shown plan would race the window reading it: fail loudly instead.
        if name in GUI_ONLY and not _gui_thread():
            raise RuntimeError(f"AppContext.{name} is assigned on the GUI thread only "
                               f"(not on {threading.current_thread().name})")
        super().__setattr__(name, value)

    def clock(self) -> dt.datetime:
        """The current instant, aware. With a fixed `today` and no `now`, noon of that day in the
        computer's zone, so "now" and "today" never disagree in a test."""
        if self.now is not None:
            return self.now()
        # `==`, not `is`: each lookup of a classmethod makes a new bound method, so `is` never held and
        # the real window's "now" was noon of today (UTC here): "in 7 days" for a chat 6 days 11 h away.
        if self.today == dt.date.today:
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
        """Keep an answer and wait (raises StoreError with a plain sentence): for tools and tests."""
        from ..services import observations as answers

        store = self._answer_store()
        answers.record_observation(store, obs)  # waits on the store's thread
        self._kept(obs)

    def record_observation_later(self, obs: Observation, *, on_kept: Callable[[], None],
                                 on_failed: Callable[[BaseException], None]) -> Task:
        """Keep an answer on the store's thread (the window never waits on a write another program may
        be holding up); on the GUI thread, when it is kept, `on_kept()` (or `on_failed(error)`)."""
        from ..services import observations as answers
        from .tasks import run_store_task

        def submit() -> Future[None]:
            store = self._answer_store()
            return store.submit(answers.record_observation, store, obs)

        def kept(_none: None) -> None:
            self._kept(obs)
            on_kept()

        return run_store_task(submit, on_success=kept, on_failure=on_failed)

    def _answer_store(self) -> Store:
        if self.store is None:
            raise StoreError(translate("AppContext", "The store is not available, so your answer could not be "
                                                     "kept."))
        return self.store

    def _kept(self, obs: Observation) -> None:
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
        from ..core.plan_chats import plan_directory

        return plan_directory(self.directory, plan or self.plan)

    def _saving(self, plan: Plan) -> Callable[[], Saved]:
        """The save as one job for the store's thread, with copies of what it starts from."""
        if self.store_pending:  # only when the first page was never painted (the launcher opens it then)
            self.open_store()
        if self.store is None:
            raise StoreError(translate("AppContext", "The store is not available, so the plan could not be "
                                                     "saved. Export it to a file instead."))
        store, base_plan, revision = self.store, copy.deepcopy(self.base_plan), self.revision
        plan = copy.deepcopy(plan)
        return lambda: _save_merging(store, plan, base_plan, revision)

    def _take(self, saved: Saved) -> int:
        """On the GUI thread: the saved plan becomes the window's."""
        self.plan, self.base_plan, self.revision = saved.plan, copy.deepcopy(saved.plan), saved.revision
        if saved.warning:
            self.warnings.append(saved.warning)
        return saved.revision

    def save_plan(self, plan: Plan) -> int:
        """Save and wait (raises StoreError with a plain sentence): for tools and tests. The window
        uses save_plan_later, so it never waits on a save."""
        job = self._saving(plan)  # raises when there is no store
        assert self.store is not None
        return self._take(self.store.submit(job).result())

    def save_plan_later(self, plan: Plan, *, on_saved: Callable[[int], None],
                        on_failed: Callable[[BaseException], None]) -> Task:
        """Save on the store's thread; on the GUI thread, when it is done, the plan becomes this
        window's and `on_saved(revision)` is called (or `on_failed(error)`, with nothing changed)."""
        from .tasks import run_store_task

        def submit() -> Future[Saved]:
            job = self._saving(plan)  # raises when there is no store
            assert self.store is not None
            return self.store.submit(job)

        return run_store_task(submit, on_success=lambda saved: on_saved(self._take(saved)), on_failure=on_failed)

    def close(self) -> None:
        """Close the store (waits only for work already queued on its thread)."""
        if self.store is not None:
            self.store.close()

    def newer_saved_plan_later(self, on_newer: Callable[[Plan], None]) -> Task | None:
        """If a command or another window saved since this one loaded or saved, take that plan as this
        window's and call `on_newer(plan)`. The store's thread reads; the GUI thread never waits on it."""
        if self.store is None:
            return None
        from .tasks import run_store_task

        store, known = self.store, self.revision

        def read() -> tuple[Plan | None, int | None] | None:  # on the store's thread
            return None if store.latest_revision() == known else store.load_latest()

        def take(found: tuple[Plan | None, int | None] | None) -> None:  # on the GUI thread
            if found is None or found[0] is None or self.revision != known:
                return  # nothing newer, or this window saved meanwhile (its save merged with theirs)
            plan, self.revision = found
            self.plan, self.base_plan = plan, copy.deepcopy(plan)
            on_newer(plan)

        # A read that fails (a store problem) changes nothing; the next time the window is focused asks again.
        return run_store_task(lambda: store.submit(read), on_success=take, on_failure=lambda _exc: None)

    def restore(self, revision: int) -> Plan:
        """Make `revision` the saved plan again (the unreadable one stays in the history)."""
        if self.store is None:
            raise StoreError(translate("AppContext", "The store is not available."))
        self.store.restore(revision)
        plan, self.revision = self.store.load_latest()
        self.plan, self.base_plan, self.restore_offer = plan, copy.deepcopy(plan), None
        return plan
