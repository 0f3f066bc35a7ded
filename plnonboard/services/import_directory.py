"""A directory update in the app's own format ("plnonboard.directory"), compared with the
directory the user has now. Nothing is merged here: the caller shows the diff and merges only
what the user accepts (as custom chats in the plan, see `accept_chat`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace

from ..core.directory import Directory, parse_directory
from ..core.directory_diff import DirectoryDiff, diff_directories
from ..core.errors import DataError
from ..core.model import Chat, Plan, PlanChat
from .import_errors import BadJSON, NotADirectory
from .import_feed import plain


@dataclass
class DirectoryImport:
    diff: DirectoryDiff
    updated: str = ""
    problems: list[str] = field(default_factory=list)  # broken entries, skipped


def parse_directory_update(body: bytes, *, where: str, current: Directory) -> DirectoryImport:
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise BadJSON(f"{where}: is not UTF-8 text.") from None
    except (ValueError, RecursionError) as exc:
        raise BadJSON(f"{where}: is not valid JSON ({getattr(exc, 'msg', 'syntax error')}).") from None
    try:
        update = parse_directory(data)
    except DataError as exc:
        raise NotADirectory(f"{where}: {plain(str(exc), 300)}.") from None
    # Entries are cleaned by the core's parser; what this file adds around them is cleaned here.
    return DirectoryImport(diff=diff_directories(current, update), updated=plain(update.updated, 40),
                           problems=[plain(str(e), 300) for e in update.errors])


def accept_chat(plan: Plan, chat: Chat) -> str:
    """Put an accepted directory chat into `plan` as a custom chat (so it persists with the plan
    and wins over the shipped entry of the same id). Returns "added" or "updated"."""
    custom = replace(chat, custom=True)
    for i, pc in enumerate(plan.chats):
        if pc.id == chat.id:
            plan.chats[i] = PlanChat(chat.id, custom=custom, reminder_minutes=pc.reminder_minutes,
                                     extra=dict(pc.extra))
            return "updated"
    plan.chats.append(PlanChat(chat.id, custom=custom))
    return "added"
