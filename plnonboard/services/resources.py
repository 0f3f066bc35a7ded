"""Loading the shipped data (chat directory, starter follows) from resources/."""

from __future__ import annotations

import json
from pathlib import Path

from ..core.directory import Directory, parse_directory
from ..core.errors import DataError, StoreProblem
from .paths import resources_dir

MAX_DIRECTORY_BYTES = 20_000_000


class UnreadableResource(StoreProblem):
    """A shipped file cannot be read from disk (a broken install): not a wrong value, so not a DataError."""


def read_json(path: Path, what: str, limit: int = MAX_DIRECTORY_BYTES):
    try:
        with open(path, "rb") as fh:
            raw = fh.read(limit + 1)
    except OSError as exc:
        raise UnreadableResource(f"cannot read {what} {path}: {exc.strerror or exc}") from None
    if len(raw) > limit:
        raise DataError(f"{what} {path} is larger than {limit // 1_000_000} MB")
    try:
        return json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise DataError(f"{what} {path} is not valid JSON ({getattr(exc, 'msg', exc)})") from None


def directory_path() -> Path:
    return resources_dir() / "directory" / "chats.json"


def follows_path() -> Path:
    return resources_dir() / "follows" / "follows.json"


def load_directory(path: Path | None = None) -> Directory:
    return parse_directory(read_json(path or directory_path(), "chat directory"))


def load_follows(path: Path | None = None):
    from ..core.follows import parse_catalogue

    return parse_catalogue(read_json(path or follows_path(), "follow catalogue"))
