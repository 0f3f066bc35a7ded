"""Ranking and proposals: deterministic, explained, within the boundaries."""

from __future__ import annotations

import datetime as dt
import random

from plnonboard.core.directory import Directory
from plnonboard.core.model import Boundaries, Profile, QuietHours
from plnonboard.core.recommend import propose, rank, region_of_zone
from plnonboard.core.schedule import Chosen, week_report
from plnonboard.services.resources import load_directory

TODAY = dt.date(2026, 11, 23)


def test_ranking_is_deterministic_and_explained():
    d = load_directory()
    chats = list(d)
    profile = Profile(role="classroom-teacher", subjects=["math"], grade_bands=["middle"],
                      time_zone="America/Chicago", platforms=["bluesky"])
    first = rank(chats, profile)
    random.Random(4).shuffle(chats)
    assert [r.chat.id for r in rank(chats, profile)] == [r.chat.id for r in first]
    top_ids = [r.chat.id for r in first[:5]]
    assert "eduskychat" in top_ids and "elemmathchat" in top_ids
    assert all(r.reasons for r in first[:10])
    ela = next(r for r in first if r.chat.id == "2ndaryela")
    assert ela.score < 0  # another subject ranks below everything on-topic


def test_regions():
    assert region_of_zone("Australia/Melbourne") == "Australia"
    assert region_of_zone("America/Chicago") == "US"
    assert region_of_zone("Europe/London") == "UK"
    assert region_of_zone("Asia/Kolkata") == ""


def test_proposal_respects_every_boundary_for_four_weeks():
    d = load_directory()
    for zone, bands, subjects in [("America/Chicago", ["middle"], ["math"]), ("Europe/London", ["primary"], []),
                                  ("Australia/Melbourne", [], ["teacher-ed", "general"])]:
        b = Boundaries(weekly_minutes=120, chats_per_week=2,
                       quiet_hours=[QuietHours(tuple(range(7)), dt.time(21, 0), dt.time(6, 30))],
                       protected_days=[5])
        profile = Profile(grade_bands=bands, subjects=subjects, time_zone=zone)
        proposal = propose(d, profile, b, zone, TODAY)
        assert proposal.chosen, zone
        chosen = [Chosen(r.chat, [slot]) for r, slot in proposal.chosen]
        for week in range(4):
            report = week_report(chosen, b, zone, TODAY + dt.timedelta(days=7 * week))
            assert report.conflicts == [], (zone, [c.message for c in report.conflicts])


def test_priya_gets_aussieed_first():
    d = load_directory()
    profile = Profile(role="teacher-educator", subjects=["teacher-ed", "general"], time_zone="Australia/Melbourne",
                      platforms=["x"])
    proposal = propose(d, profile, Boundaries(weekly_minutes=150), "Australia/Melbourne", TODAY)
    assert proposal.chosen[0][0].chat.id == "aussieed"


def test_empty_directory_proposes_nothing():
    assert propose(Directory(), Profile(time_zone="UTC"), Boundaries(), "UTC", TODAY).chosen == []
