"""One shape for background work: a plain callable runs on a worker thread, touches no widget,
reports progress through a callback, checks a CancelToken; its result or error comes back on
the GUI thread through signals. The window never waits on it.

Store work is the exception to "a worker thread": it runs on the store's own thread (the one owner of
the SQLite connection, services/store_worker.py) and `run_store_task` brings its result back the same way.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from ..core.errors import Cancelled, CancelToken

# Work functions are called as fn(progress, token) where progress(done, total, text) may be
# called from the worker thread; it is forwarded to the GUI thread by a queued signal.
Work = Callable[[Callable[[int, int, str], None], CancelToken], Any]

_running: set[Task] = set()  # keeps Task objects alive until they finish


class Task(QObject):
    """Lives on the GUI thread. The worker emits the private signals; because this object is
    the receiver, Qt queues them to the GUI thread, where the public signals fire."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()

    _progress = Signal(int, int, str)
    _success = Signal(object)
    _failure = Signal(object)
    _cancel = Signal()
    _end = Signal()

    def __init__(self, work: Work | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.token = CancelToken()
        self.done = False
        # Always queued: even when the work ends before run_task returns (or on this thread), the
        # callbacks run later from the event loop, never inside the caller's own statement.
        queued = Qt.ConnectionType.QueuedConnection
        self._progress.connect(self._on_progress, queued)
        self._success.connect(self._on_success, queued)
        self._failure.connect(self._on_failure, queued)
        self._cancel.connect(self._on_cancel, queued)
        self._end.connect(self._on_end, queued)

    def cancel(self) -> None:
        self.token.cancel()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progressed.emit(done, total, text)

    @Slot(object)
    def _on_success(self, result: object) -> None:
        self.succeeded.emit(result)

    @Slot(object)
    def _on_failure(self, exc: object) -> None:
        self.failed.emit(exc)

    @Slot()
    def _on_cancel(self) -> None:
        self.cancelled.emit()

    @Slot()
    def _on_end(self) -> None:
        self.done = True
        self.finished.emit()
        _running.discard(self)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:  # worker thread: emit only, never touch widgets
        task = self.task
        assert task.work is not None  # run_task always gives one
        try:
            result = task.work(lambda d, t, s="": task._progress.emit(int(d), int(t), str(s)), task.token)
        except Cancelled:
            task._cancel.emit()
        except Exception as exc:  # delivered to the GUI as a value; the UI words it
            exc.__traceback_text__ = traceback.format_exc()  # kept for a debug log, never shown raw
            task._failure.emit(exc)
        else:
            if task.token.cancelled:
                task._cancel.emit()
            else:
                task._success.emit(result)
        task._end.emit()


def run_task(work: Work, *, on_success: Callable[[Any], None] | None = None,
             on_failure: Callable[[BaseException], None] | None = None,
             on_progress: Callable[[int, int, str], None] | None = None,
             on_cancel: Callable[[], None] | None = None,
             pool: QThreadPool | None = None) -> Task:
    task = Task(work)
    if on_success:
        task.succeeded.connect(on_success)
    if on_failure:
        task.failed.connect(on_failure)
    if on_progress:
        task.progressed.connect(on_progress)
    if on_cancel:
        task.cancelled.connect(on_cancel)
    _running.add(task)
    (pool or QThreadPool.globalInstance()).start(_Runnable(task))
    return task


def run_store_task(submit: Callable[[], Future], *, on_success: Callable[[Any], None] | None = None,
                   on_failure: Callable[[BaseException], None] | None = None) -> Task:
    """Like run_task for work on the store's thread: `submit()` queues it there (Store.submit) and
    returns its Future; the result or error comes back on the GUI thread through the Task's signals.
    A submit that fails at once (the store is closed) is reported the same way."""
    task = Task(None)
    if on_success:
        task.succeeded.connect(on_success)
    if on_failure:
        task.failed.connect(on_failure)
    _running.add(task)

    def finished(future: Future) -> None:  # on the store's thread (or here, if already done)
        exc = future.exception()
        if exc is None:
            task._success.emit(future.result())
        else:
            task._failure.emit(exc)
        task._end.emit()

    try:
        future = submit()
    except Exception as exc:
        future = Future()
        future.set_exception(exc)
    future.add_done_callback(finished)
    return task
