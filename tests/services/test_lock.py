"""Two copies of the app: the second is told, and a killed first copy leaves no stale lock."""

from __future__ import annotations

import multiprocessing
import os
import signal

from plnonboard.services.lock import InstanceLock


def _hold(folder, ready, stop):
    lock = InstanceLock(folder)
    assert lock.acquire()
    ready.set()
    stop.wait(30)


def test_second_copy_is_refused_and_a_killed_copy_frees_the_lock(tmp_path):
    ctx = multiprocessing.get_context("fork")
    ready, stop = ctx.Event(), ctx.Event()
    child = ctx.Process(target=_hold, args=(tmp_path, ready, stop), daemon=True)
    child.start()
    assert ready.wait(10)
    assert InstanceLock(tmp_path).acquire() is False
    os.kill(child.pid, signal.SIGKILL)
    child.join(5)
    mine = InstanceLock(tmp_path)
    assert mine.acquire() is True
    mine.release()
    assert InstanceLock(tmp_path).acquire() is True
