"""One running copy of the app per data folder.

An OS file lock (released by the OS when the process dies, even by SIGKILL), so a crashed copy
never leaves a stale lock behind. The store itself is safe under concurrent writers (SQLite
transactions); the lock is there so two windows do not silently overwrite each other's plan.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

LOCK_NAME = "plnonboard.lock"


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_NAME
        self._fh: io.BufferedRandom | None = None

    def acquire(self) -> bool:
        """True when this process now holds the lock; False when another copy holds it.
        A folder where no lock file can be made is not a reason to refuse to start."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # the data folder is private
            fh = open(os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600), "a+b")  # noqa: SIM115 - held until release()
        except OSError:
            return True
        try:
            if sys.platform == "win32":  # the form type checkers understand (os.name == "nt" they do not)
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()  # closing the descriptor drops the lock
            self._fh = None
