"""One thread that owns the store's SQLite connection; every read and write is a callable run there.

Like Anki's single database executor: callables run one at a time, in the order they were given, on a
thread that does nothing else, so the connection (opened with check_same_thread=True) is only ever used
by the thread that made it and a stray use from any other thread fails loudly. Callers on other threads
either wait for the result (`call`: the CLI and background workers) or get a Future (`submit`: the window,
which is told on its own thread when it is done, see ui/tasks.run_store_task). A callable already running
on the store thread that calls `call` again runs inline (Store.restore reads, then saves).

Plain Python threads, no Qt: services/ never import Qt.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from .store_errors import StoreError

T = TypeVar("T")

_Job = tuple[Future, Callable[..., Any], tuple[Any, ...]]


class StoreClosed(StoreError):
    """The store was closed (the app or command is ending); nothing more is read or written."""

    def __init__(self) -> None:
        super().__init__("Your saved plan is closed because PLN Onboard is ending; this change was not saved.")


class StoreWorker:
    def __init__(self, name: str = "plnonboard-store") -> None:
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._closing = False
        self._guard = threading.Lock()  # makes "closed?" and "queue the job" one step
        self._pid = os.getpid()  # a forked child has a copy of this object but not the thread
        # A daemon thread, so a store someone forgot to close can never keep the process alive;
        # Store registers an exit hook that closes it properly first (backup, connection closed).
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    def on_thread(self) -> bool:
        return threading.current_thread() is self._thread

    def _forked(self) -> bool:
        return os.getpid() != self._pid

    def submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        """Queue `fn(*args)` for the store thread; the Future holds its result or exception."""
        future: Future[T] = Future()
        with self._guard:
            if self._closing or self._forked():
                raise StoreClosed()
            self._jobs.put((future, fn, args))
        return future

    def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run `fn(*args)` on the store thread and wait for it (inline when already there)."""
        if self.on_thread():
            return fn(*args)
        return self.submit(fn, *args).result()

    def stop(self, last: Callable[[], object] | None = None) -> None:
        """Run `last` (closing the connection) after everything already queued, then end the thread
        and wait for it. Later submits raise StoreClosed. Safe to call twice. On the store thread itself
        (a store dropped by its last job) `last` runs at once and the thread ends after this job."""
        if self._forked():
            self._closing = True  # the thread and the connection are the parent's: leave them alone
            return
        done: Future[object] = Future()
        with self._guard:
            already, self._closing = self._closing, True
            if not already and not self.on_thread():
                self._jobs.put((done, last or (lambda: None), ()))
            if not already:
                self._jobs.put(None)
        if self.on_thread():
            if not already and last is not None:
                last()
            return
        self._thread.join()
        if not already:
            done.result()  # an error while closing is the caller's to see

    def _loop(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            future, fn, args = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(*args))
            except BaseException as exc:  # handed to whoever waits; the thread keeps serving
                future.set_exception(exc)
            del future, fn, args, job  # hold nothing (a plan, the store itself) between jobs
