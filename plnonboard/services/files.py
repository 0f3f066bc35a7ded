"""Atomic file writes: a temp file in the same folder, flushed and synced, then renamed over
the target. A failure or a kill at any point leaves the old file (or none), never half a file.

An existing file keeps its mode (a 0600 file the user made private stays private); a new one gets
0644 under the umask, or 0600 with private=True. Only a regular file (or nothing) is replaced: a
FIFO, a device or a folder at the target is refused, because renaming over it would swap it for a
file (as root, even /dev/null)."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from ..core.errors import StoreProblem


class WriteError(StoreProblem):
    """A file we write (an export, a share file) could not be written; one plain sentence."""


def write_atomic(path: str | os.PathLike, data: bytes | str, *, private: bool = False) -> Path:
    target = Path(path).expanduser()
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise WriteError(f"cannot write {target}: the folder {folder} does not exist")
    mode = _mode_for(target, private)
    fd, tmp = None, None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fd = None
            fh.write(payload)
            fh.flush()
            os.fchmod(fh.fileno(), mode)
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise WriteError(f"cannot write {target}: {exc.strerror or exc}") from None
    finally:
        if fd is not None:
            os.close(fd)
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return target


def _mode_for(target: Path, private: bool) -> int:
    try:
        st = os.stat(target)  # through a symbolic link: what it points at is what the user chose
    except FileNotFoundError:
        return 0o600 if private else 0o644 & ~_umask()
    except OSError as exc:
        raise WriteError(f"cannot write {target}: {exc.strerror or exc}") from None
    if not stat.S_ISREG(st.st_mode):
        what = "a folder" if stat.S_ISDIR(st.st_mode) else "a pipe or a device"
        raise WriteError(f"cannot write {target}: it is not a regular file ({what}); choose a file name")
    return stat.S_IMODE(st.st_mode) & (0o600 if private else 0o777)  # never set-id bits


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
