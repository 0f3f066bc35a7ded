"""The chats a plan names: the directory's entries plus the plan's own (user-added) chats.

A plan entry carries its whole chat when the user added it (`PlanChat.custom`), else only a
directory id. Every place that turns a plan entry into a chat asks here, so the rule (the
user's own copy wins; an id the directory lost is None, never an error here) is written once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # names for the annotations only: nothing is imported when this module loads
    from .directory import Directory  # (directory imports status, which uses this module)
    from .model import Chat, Plan, PlanChat


def plan_chat(pc: PlanChat, directory: Directory) -> Chat | None:
    """The chat a plan entry names: the user's own when they added it, else the directory's
    (None when the directory does not know the id)."""
    return pc.custom if pc.custom is not None else directory.get(pc.id)


def own_chats(plan: Plan | None) -> list[Chat]:
    """The chats the user added to this plan themselves."""
    return [pc.custom for pc in plan.chats if pc.custom is not None] if plan is not None else []


def plan_directory(directory: Directory, plan: Plan | None) -> Directory:
    """A copy of the directory with the plan's own chats layered on top (they win on the same id)."""
    return directory.with_chats(own_chats(plan))
