"""One rule for turning a plan's chat entries into chats: the user's own copy wins, an id the
directory lost is None (core/plan_chats.py, used by the week, exports, follows and the window)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from plnonboard.core.directory import Directory
from plnonboard.core.model import Plan, PlanChat
from plnonboard.core.plan_chats import own_chats, plan_chat, plan_directory
from plnonboard.core.schedule import resolve_chats
from plnonboard.core.status import calendar_chats
from tests.conftest import make_chat

SHIPPED = make_chat("#edchat", "tue", "19:00", "America/New_York")
OWN = dataclasses.replace(make_chat("#edchat", "wed", "20:00", "Europe/London"), custom=True)
ADDED = dataclasses.replace(make_chat("#mychat", "thu", "18:00", "Europe/Paris"), custom=True)
DIRECTORY = Directory({SHIPPED.id: SHIPPED})
TODAY = dt.date(2026, 12, 3)


def test_a_plain_id_is_the_directory_entry_and_a_lost_one_is_none():
    assert plan_chat(PlanChat("edchat"), DIRECTORY) is SHIPPED
    assert plan_chat(PlanChat("gone"), DIRECTORY) is None


def test_the_users_own_copy_wins_over_the_directory():
    assert plan_chat(PlanChat("edchat", custom=OWN), DIRECTORY) is OWN


def test_the_plan_directory_adds_the_plans_own_chats_without_changing_the_shipped_one():
    plan = Plan(chats=[PlanChat("edchat", custom=OWN), PlanChat("mychat", custom=ADDED), PlanChat("gone")])
    assert own_chats(plan) == [OWN, ADDED] and own_chats(None) == []
    full = plan_directory(DIRECTORY, plan)
    assert full.get("edchat") is OWN and full.get("mychat") is ADDED and full.get("gone") is None
    assert DIRECTORY.get("edchat") is SHIPPED and DIRECTORY.get("mychat") is None
    assert plan_directory(DIRECTORY, None).chats == DIRECTORY.chats


def test_the_week_and_the_calendar_export_resolve_the_same_way():
    plan = Plan(chats=[PlanChat("edchat", custom=OWN), PlanChat("mychat", custom=ADDED)])
    assert [c.chat for c in resolve_chats(plan, DIRECTORY)] == [OWN, ADDED]
    keep, left = calendar_chats(plan, DIRECTORY, TODAY)
    assert [pc.id for pc in keep] == ["edchat", "mychat"] and left == []  # own chats: theirs to judge
