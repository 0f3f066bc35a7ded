"""Where the app keeps its files. Resolved lazily (never at import) so tests can redirect.

Order: an explicit --data-dir, then $PLNONBOARD_DATA_DIR, then the platformdirs user data dir.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .. import APP_NAME

ENV_DATA_DIR = "PLNONBOARD_DATA_DIR"
ENV_RESOURCES = "PLNONBOARD_RESOURCES"
STORE_FILE = "plnonboard.sqlite3"  # the store inside the data folder (services/store.py)


def data_dir(override: str | os.PathLike | None = None) -> Path:
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    import platformdirs  # imported here: start-up does not pay for it until a path is needed

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resources_dir() -> Path:
    """The shipped resources/ folder: beside the package in a checkout, inside a frozen app."""
    env = os.environ.get(ENV_RESOURCES)
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    here = Path(__file__).resolve().parent.parent
    for candidate in (here.parent / "resources", here / "resources"):
        if candidate.is_dir():
            return candidate
    return here.parent / "resources"
