"""Atomic file writes: a temp file in the same folder, flushed and synced, then renamed over
the target. A failure or a kill at any point leaves the old file (or none), never half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..core.errors import CoreError


class WriteError(CoreError):
    pass


def write_atomic(path: str | os.PathLike, data: bytes | str, *, private: bool = False) -> Path:
    target = Path(path).expanduser()
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise WriteError(f"cannot write {target}: the folder {folder} does not exist")
    fd, tmp = None, None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fd = None
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        if not private:
            os.chmod(tmp, 0o644 & ~_umask())
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise WriteError(f"cannot write {target}: {exc.strerror or exc}") from None
    finally:
        if fd is not None:
            os.close(fd)
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return target


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
