"""Three-way merge of plans, for a save that finds the plan was changed elsewhere meanwhile (the
window while a command imported feeds, two windows, two commands).

`base` is the plan both sides started from, `ours` the change being saved, `theirs` the plan saved
meanwhile. Lists (chats by id, follows by platform and address) merge entry by entry: what one
side added is added, what one side removed is removed, an entry changed on our side takes our
version. Profile, boundaries and unknown top-level fields are taken from our side when we changed
them, else from theirs. Nothing either side added is lost.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Hashable
from typing import TypeVar

from .model import Follow, Plan, PlanChat

T = TypeVar("T")


def follow_key(f: Follow) -> tuple[str, str]:
    return f.platform, f.address.lower()


def chat_key(c: PlanChat) -> str:
    return c.id


def _merge_list(base: list[T], ours: list[T], theirs: list[T], key: Callable[[T], Hashable]) -> list[T]:
    base_by = {key(x): x for x in base}
    ours_by = {key(x): x for x in ours}
    out: list[T] = []
    seen: set[Hashable] = set()
    for x in theirs:
        k = key(x)
        if k in seen:
            continue
        seen.add(k)
        if k in base_by and k not in ours_by:
            continue  # we removed it
        if k in ours_by and ours_by[k] != base_by.get(k):
            out.append(ours_by[k])  # we changed it (or both added it): ours
        else:
            out.append(x)
    for x in ours:
        k = key(x)
        if k not in seen and k not in base_by:
            seen.add(k)
            out.append(x)  # we added it
    return out


def merge_plans(base: Plan | None, ours: Plan, theirs: Plan | None) -> Plan:
    if theirs is None:
        return copy.deepcopy(ours)
    base = base or Plan()
    out = copy.deepcopy(theirs)
    if ours.profile != base.profile:
        out.profile = copy.deepcopy(ours.profile)
    if ours.boundaries != base.boundaries:
        out.boundaries = copy.deepcopy(ours.boundaries)
    if ours.extra != base.extra:
        out.extra = copy.deepcopy(ours.extra)
    out.chats = copy.deepcopy(_merge_list(base.chats, ours.chats, theirs.chats, chat_key))
    out.follows = copy.deepcopy(_merge_list(base.follows, ours.follows, theirs.follows, follow_key))
    return out
