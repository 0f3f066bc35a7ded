"""The plan file contract: defaults, validation with clear errors, stable round trips, unknown fields kept."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plnonboard.core.errors import PlanError
from plnonboard.core.planfile import dump_plan, parse_plan_text, plan_from_dict
from plnonboard.tools.personas import PERSONAS


def test_minimal_plan_gets_sensible_defaults():
    plan = plan_from_dict({"format": "plnonboard.plan", "version": 1,
                           "profile": {"time_zone": "Europe/London"},
                           "chats": ["ukedchat", "edchat", "aussieed"]})
    assert plan.profile.time_zone == "Europe/London"
    assert plan.chat_ids() == ["ukedchat", "edchat", "aussieed"]
    assert plan.boundaries.weekly_minutes == 120
    assert plan.boundaries.reminder_minutes == 15
    assert plan.follows == []


@pytest.mark.parametrize("name", sorted(PERSONAS))
def test_round_trip_is_byte_for_byte_stable(name):
    text = dump_plan(PERSONAS[name]())
    again = dump_plan(parse_plan_text(text))
    assert again == text
    assert json.loads(text)["format"] == "plnonboard.plan"


def test_unknown_fields_survive_at_every_level():
    data = {
        "format": "plnonboard.plan", "version": 1, "future_top": {"a": [1, 2]},
        "profile": {"time_zone": "UTC", "pronouns": "she/her"},
        "boundaries": {"weekly_minutes": 90, "snooze": True},
        "chats": [{"id": "edchat", "sessions": [1], "colour": "teal"},
                  {"hashtag": "#mychat", "slots": [{"weekday": "wed", "start": "19:00", "zone": "Europe/Paris"}],
                   "x_custom": 1}],
        "follows": [{"platform": "mastodon", "address": "@a@b.social", "muted": False}],
    }
    out = json.loads(dump_plan(plan_from_dict(data)))
    assert out["future_top"] == {"a": [1, 2]}
    assert out["profile"]["pronouns"] == "she/her"
    assert out["boundaries"]["snooze"] is True
    assert out["chats"][0] == {"id": "edchat", "sessions": [1], "colour": "teal"}
    assert out["chats"][1]["x_custom"] == 1 and out["chats"][1]["hashtag"] == "#mychat"
    assert out["follows"][0]["muted"] is False


BAD = [
    ("[]", "not a plan"),
    ("{", "not valid JSON"),
    ('{"format": "other", "version": 1}', "format"),
    ('{"format": "plnonboard.plan"}', "version"),
    ('{"format": "plnonboard.plan", "version": 7}', "newer"),
    ('{"format": "plnonboard.plan", "version": 1, "profile": {"time_zone": "Mars/Olympus"}}', "profile.time_zone"),
    ('{"format": "plnonboard.plan", "version": 1, "profile": {"role": "wizard"}}', "profile.role"),
    ('{"format": "plnonboard.plan", "version": 1, "boundaries": {"weekly_minutes": -5}}', "weekly_minutes"),
    ('{"format": "plnonboard.plan", "version": 1, "boundaries": {"quiet_hours": [{"start": "25:00", "end": "06:00"}]}}',
     "quiet_hours[0].start"),
    ('{"format": "plnonboard.plan", "version": 1, "boundaries": {"protected_days": ["someday"]}}', "protected_days"),
    ('{"format": "plnonboard.plan", "version": 1, "chats": ["edchat", "edchat"]}', "twice"),
    ('{"format": "plnonboard.plan", "version": 1, "chats": [{"hashtag": "#x", "slots": []}]}', "slots"),
    ('{"format": "plnonboard.plan", "version": 1, "follows": [{"platform": "mastodon", "address": "bob"}]}',
     "Mastodon address"),
    ('{"format": "plnonboard.plan", "version": 1, "follows": [{"platform": "web", "address": "file:///etc/passwd"}]}',
     "http"),
]


@pytest.mark.parametrize("text,needle", BAD, ids=[b[1] for b in BAD])
def test_bad_plans_get_one_clear_error(text, needle):
    with pytest.raises(PlanError) as info:
        parse_plan_text(text)
    assert needle in str(info.value)
    assert "\n" not in str(info.value)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 10_000) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({"format": st.just("plnonboard.plan"), "version": st.just(1)},
                             optional={"profile": json_values, "boundaries": json_values,
                                       "chats": json_values, "follows": json_values, "extra": json_values}))
def test_any_json_is_a_plan_or_one_plan_error(data):
    try:
        plan = plan_from_dict(data)
    except PlanError:
        return
    text = dump_plan(plan)
    assert dump_plan(parse_plan_text(text)) == text


def test_custom_chat_keeps_its_own_reminder_and_sessions():
    data = {"format": "plnonboard.plan", "version": 1,
            "chats": [{"hashtag": "#mydistrict", "reminder_minutes": 45, "sessions": [0],
                       "slots": [{"weekday": "wed", "start": "19:00", "zone": "America/Chicago"}]}]}
    plan = plan_from_dict(data)
    assert plan.chats[0].reminder_minutes == 45 and plan.chats[0].sessions == [0]
    out = json.loads(dump_plan(plan))["chats"][0]
    assert out["reminder_minutes"] == 45 and out["sessions"] == [0] and out["hashtag"] == "#mydistrict"
    assert dump_plan(parse_plan_text(dump_plan(plan))) == dump_plan(plan)


def test_school_hours_and_communities_round_trip():
    data = {"format": "plnonboard.plan", "version": 1, "profile": {"time_zone": "Asia/Tokyo"},
            "boundaries": {"school_hours": [{"days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:30",
                                             "end": "16:00"}]},
            "chats": [], "communities": ["edusky_bluesky", "EduSky_Bluesky", "tlsky_bluesky"]}
    plan = plan_from_dict(data)
    assert plan.communities == ["edusky_bluesky", "tlsky_bluesky"]
    (school,) = plan.boundaries.school_hours
    assert school.days == (0, 1, 2, 3, 4) and school.start.hour == 8 and school.end.hour == 16
    text = dump_plan(plan)
    assert dump_plan(parse_plan_text(text)) == text
    assert json.loads(text)["communities"] == ["edusky_bluesky", "tlsky_bluesky"]
    assert json.loads(text)["boundaries"]["school_hours"][0]["start"] == "08:30"


@pytest.mark.parametrize("field,value,needle", [
    ("communities", "edusky", "must be a list of community ids"),
    ("communities", ["ok", "not ok!"], "communities[1]"),
])
def test_bad_communities_are_one_clear_error(field, value, needle):
    with pytest.raises(PlanError) as err:
        plan_from_dict({"format": "plnonboard.plan", "version": 1, field: value})
    assert needle in str(err.value)


def test_bad_school_hours_are_one_clear_error():
    with pytest.raises(PlanError, match=r"boundaries.school_hours\[0\].start"):
        plan_from_dict({"format": "plnonboard.plan", "version": 1,
                        "boundaries": {"school_hours": [{"start": "8.30", "end": "15:00"}]}})
