"""Three-way plan merge: a change saved elsewhere meanwhile is kept alongside ours."""

from __future__ import annotations

import copy

from plnonboard.core.merge import merge_plans
from plnonboard.core.model import Follow, PlanChat
from plnonboard.tools.personas import ana


def test_additions_on_both_sides_are_all_kept_and_our_removal_wins():
    base = ana()
    ours = copy.deepcopy(base)
    ours.chats = ours.chats[1:]  # we dropped the first chat
    ours.follows.append(Follow("web", "https://example.org/ours"))
    ours.boundaries.weekly_minutes = 45
    theirs = copy.deepcopy(base)
    theirs.follows.append(Follow("web", "https://example.org/theirs"))
    theirs.chats.append(PlanChat("ukedchat"))
    theirs.profile.name = "Ana R"
    merged = merge_plans(base, ours, theirs)
    addresses = [f.address for f in merged.follows]
    assert "https://example.org/ours" in addresses and "https://example.org/theirs" in addresses
    assert base.chats[0].id not in merged.chat_ids() and "ukedchat" in merged.chat_ids()
    assert merged.boundaries.weekly_minutes == 45  # we changed it
    assert merged.profile.name == "Ana R"  # only they changed it


def test_no_base_keeps_both_sides_entries():
    ours = ana()
    theirs = ana()
    theirs.follows = [Follow("web", "https://example.org/cli")]
    merged = merge_plans(None, ours, theirs)
    assert {f.address for f in merged.follows} >= {"https://example.org/cli"} | {f.address for f in ours.follows}
