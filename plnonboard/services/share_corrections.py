"""File → Share corrections: the user's own observations written as a directory update
("plnonboard.directory") that a colleague imports with the ordinary directory import.
Nothing is sent anywhere: this only writes a file the user chose."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from ..core.directory import Directory, directory_to_dict
from ..core.evidence import Observation, correction
from ..core.handles import hashtag_search_url
from ..core.model import Chat
from .files import write_atomic


def corrections(directory: Directory, observations: list[Observation], today: dt.date) -> list[Chat]:
    """One corrected chat per chat the user has evidence about (chats no longer known are left out)."""
    out = []
    for chat_id in sorted({o.chat_id for o in observations}):
        chat = directory.get(chat_id)
        if chat is None:
            continue
        # Where the user looked: the chat's hashtag search on its platforms (public pages, no account).
        looked = tuple(hashtag_search_url(p, chat.hashtag) for p in chat.platforms if p != "x")
        fixed = correction(chat, observations, today, tuple(u for u in looked if u.startswith("https://")))
        if fixed is not None:
            out.append(fixed)
    return out


def corrections_bytes(chats: list[Chat], today: dt.date) -> bytes:
    return (json.dumps(directory_to_dict(chats, updated=today.isoformat()), indent=2, ensure_ascii=False)
            + "\n").encode("utf-8")


def write_corrections(path: str | Path, directory: Directory, observations: list[Observation],
                      today: dt.date) -> int:
    """Write the file; returns how many chats it corrects (0 writes nothing). Raises WriteError."""
    chats = corrections(directory, observations, today)
    if chats:
        write_atomic(path, corrections_bytes(chats, today))
    return len(chats)
