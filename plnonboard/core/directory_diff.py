"""What a directory update would change: new chats, changed chats (field by field), unchanged.

Pure: compares two parsed directories. Only fields a teacher acts on are named in `fields`
(times, status, title...); bookkeeping such as evidence counts as a change but is named last."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from .directory import Directory, slot_to_dict
from .model import Chat

# The order fields are reported in: what changes a teacher's week first.
FIELD_ORDER = ("slots", "status", "title", "hashtag", "link", "last_seen", "platforms", "description",
               "subjects", "grade_bands", "roles", "topics", "audience", "region", "newcomer_friendly",
               "sources", "verified", "confidence", "evidence", "changes")
FIELD_LABELS = {"slots": "times", "last_seen": "last seen", "grade_bands": "grade bands",
                "newcomer_friendly": "newcomer friendly"}


@dataclass(frozen=True)
class ChatChange:
    old: Chat
    new: Chat
    fields: tuple[str, ...]

    def describe(self) -> str:
        return ", ".join(FIELD_LABELS.get(f, f) for f in self.fields)


@dataclass
class DirectoryDiff:
    new: list[Chat] = field(default_factory=list)
    changed: list[ChatChange] = field(default_factory=list)
    unchanged: list[Chat] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.new and not self.changed


def _value(chat: Chat, name: str) -> object:
    value = getattr(chat, name)
    if name == "slots":
        return [slot_to_dict(s) for s in value]
    return value


def changed_fields(old: Chat, new: Chat) -> tuple[str, ...]:
    known = {f.name for f in fields(Chat)} - {"id", "custom"}
    names = [n for n in FIELD_ORDER if n in known] + sorted(known - set(FIELD_ORDER))
    return tuple(n for n in names if _value(old, n) != _value(new, n))


def diff_directories(current: Directory, update: Directory) -> DirectoryDiff:
    out = DirectoryDiff()
    for chat in sorted(update, key=lambda c: c.id):
        old = current.get(chat.id)
        if old is None:
            out.new.append(chat)
            continue
        names = changed_fields(old, chat)
        if names:
            out.changed.append(ChatChange(old, chat, names))
        else:
            out.unchanged.append(chat)
    return out
