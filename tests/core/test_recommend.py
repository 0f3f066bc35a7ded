"""Ranking and proposals: deterministic, explained as data, only running chats, within the boundaries."""

from __future__ import annotations

import datetime as dt
import random

from plnonboard.core.boundaries import default_quiet_hours
from plnonboard.core.directory import Directory
from plnonboard.core.model import Boundaries, Profile, QuietHours
from plnonboard.core.recommend import Reason, on_my_platforms, propose, rank, region_of_zone, running_only
from plnonboard.core.schedule import Chosen, week_report
from plnonboard.core.status import effective_status
from plnonboard.services.resources import load_directory
from plnonboard.services.wording import conflict_text
from tests.conftest import make_chat

TODAY = dt.date(2026, 12, 3)


def test_ranking_is_deterministic_and_explained_as_data():
    d = load_directory()
    chats = list(d)
    profile = Profile(role="classroom-teacher", subjects=["math"], grade_bands=["middle"],
                      time_zone="America/Chicago", platforms=["bluesky"])
    first = rank(chats, profile, TODAY)
    random.Random(4).shuffle(chats)
    assert [r.chat.id for r in rank(chats, profile, TODAY)] == [r.chat.id for r in first]
    assert all(isinstance(x, Reason) for r in first for x in r.reasons)
    assert all(r.reasons[0].kind == "status" for r in first)
    running = [i for i, r in enumerate(first) if r.running]
    assert running == list(range(len(running))), "running chats come first"
    ela = next(r for r in first if r.chat.id == "2ndaryela")
    assert ela.score < 0  # another subject ranks below everything on-topic


def test_running_first_then_fit_then_platform():
    live = make_chat("#live", "wed", "20:00", "America/New_York", status="running", last_seen="2026-10",
                     subjects=["science"], platforms=["x"])
    fits = make_chat("#fits", "wed", "20:00", "America/New_York", status="historical", last_seen="2019",
                     subjects=["math"], platforms=["bluesky"])
    mine = make_chat("#mine", "wed", "20:00", "America/New_York", status="running", last_seen="2026-10",
                     subjects=["math"], platforms=["bluesky"])
    other = make_chat("#other", "wed", "20:00", "America/New_York", status="running", last_seen="2026-10",
                      subjects=["math"], platforms=["x"])
    profile = Profile(subjects=["math"], time_zone="America/Chicago", platforms=["bluesky"])
    order = [r.chat.id for r in rank([fits, live, other, mine], profile, TODAY)]
    assert order == ["mine", "other", "live", "fits"]
    assert [r.chat.id for r in running_only(rank([fits, live, mine], profile, TODAY))] == ["mine", "live"]
    assert [r.chat.id for r in on_my_platforms(rank([fits, live, mine], profile, TODAY), profile)] == ["mine", "fits"]


def test_only_running_chats_on_your_platforms_are_proposed():
    stale = make_chat("#stale", "wed", "18:00", "America/Chicago", status="running", last_seen="2024-12",
                      subjects=["math"], platforms=["bluesky"])
    on_x = make_chat("#onx", "thu", "18:00", "America/Chicago", status="running", last_seen="2026-10",
                     subjects=["math"], platforms=["x"])
    good = make_chat("#good", "tue", "18:00", "America/Chicago", status="running", last_seen="2026-10",
                     subjects=["math"], platforms=["bluesky"])
    d = Directory().with_chats([stale, on_x, good])
    profile = Profile(subjects=["math"], time_zone="America/Chicago", platforms=["bluesky"])
    proposal = propose(d, profile, Boundaries(), "America/Chicago", TODAY)
    assert [r.chat.id for r, _ in proposal.chosen] == ["good"]
    why = {r.chat.id: reason.kind for r, reason in proposal.skipped}
    assert why == {"stale": "not_running", "onx": "not_your_platforms"}
    # Nobody who did not choose a platform is sent to X.
    nobody = Profile(subjects=["math"], time_zone="America/Chicago")
    assert "onx" not in [r.chat.id for r, _ in propose(d, nobody, Boundaries(), "America/Chicago", TODAY).chosen]


def test_school_hours_and_quiet_hours_keep_sessions_out():
    noon = make_chat("#noon", "tue", "12:00", "Asia/Tokyo", status="running", last_seen="2026-11",
                     subjects=["math"], platforms=["bluesky"])
    late = make_chat("#late", "wed", "23:00", "Asia/Tokyo", status="running", last_seen="2026-11",
                     subjects=["math"], platforms=["bluesky"])
    d = Directory().with_chats([noon, late])
    profile = Profile(subjects=["math"], time_zone="Asia/Tokyo", platforms=["bluesky"])
    b = Boundaries(quiet_hours=default_quiet_hours(),
                   school_hours=[QuietHours((0, 1, 2, 3, 4), dt.time(8, 30), dt.time(16, 0))])
    proposal = propose(d, profile, b, "Asia/Tokyo", TODAY)
    assert proposal.chosen == []
    kinds = {r.chat.id: reason.data["conflicts"][0].kind for r, reason in proposal.skipped}
    assert kinds == {"noon": "school_hours", "late": "quiet_hours"}
    assert "inside your school hours (08:30-16:00)" in conflict_text(
        next(reason for r, reason in proposal.skipped if r.chat.id == "noon").data["conflicts"][0])


def test_regions():
    assert region_of_zone("Australia/Melbourne") == "Australia"
    assert region_of_zone("America/Chicago") == "US"
    assert region_of_zone("Europe/London") == "UK"
    assert region_of_zone("Europe/Berlin") == "Germany"
    assert region_of_zone("Asia/Kolkata") == ""


def test_proposal_respects_every_boundary_for_four_weeks():
    d = load_directory()
    for zone, bands, subjects in [("America/Chicago", ["middle"], ["math"]), ("Europe/London", ["primary"], []),
                                  ("Australia/Melbourne", [], ["teacher-ed", "general"])]:
        b = Boundaries(weekly_minutes=120, chats_per_week=2,
                       quiet_hours=[QuietHours(tuple(range(7)), dt.time(21, 0), dt.time(6, 30))],
                       protected_days=[5])
        profile = Profile(grade_bands=bands, subjects=subjects, time_zone=zone, platforms=["bluesky", "x"])
        proposal = propose(d, profile, b, zone, TODAY)
        assert all(effective_status(r.chat, TODAY).running for r, _ in proposal.chosen)
        chosen = [Chosen(r.chat, [slot]) for r, slot in proposal.chosen]
        for week in range(4):
            report = week_report(chosen, b, zone, TODAY + dt.timedelta(days=7 * week))
            assert report.conflicts == [], (zone, [conflict_text(c) for c in report.conflicts])


def test_empty_directory_proposes_nothing():
    assert propose(Directory(), Profile(time_zone="UTC"), Boundaries(), "UTC", TODAY).chosen == []


def test_running_chats_that_fit_the_boundaries_come_before_those_that_do_not():
    late = make_chat("#late", "wed", "23:30", "America/Chicago", status="running", last_seen="2026-10",
                     subjects=["math"], platforms=["bluesky"], newcomer_friendly=True)
    early = make_chat("#early", "wed", "19:00", "America/Chicago", status="running", last_seen="2026-10",
                      subjects=["science"], platforms=["bluesky"])
    profile = Profile(subjects=["math"], time_zone="America/Chicago", platforms=["bluesky"])
    b = Boundaries(quiet_hours=default_quiet_hours())
    assert [r.chat.id for r in rank([late, early], profile, TODAY)] == ["late", "early"]
    ranked = rank([late, early], profile, TODAY, b)
    assert [(r.chat.id, r.fits) for r in ranked] == [("early", True), ("late", False)]


def test_communities_are_proposed_on_the_teachers_platforms_and_country_only():
    d = load_directory()
    berlin = propose(d, Profile(subjects=["general"], time_zone="Europe/Berlin", platforms=["mastodon"]),
                     Boundaries(), "Europe/Berlin", TODAY)
    assert "fedilz_mastodon" in berlin.community_ids()
    auckland = propose(d, Profile(subjects=["general"], time_zone="Pacific/Auckland", platforms=["mastodon"]),
                       Boundaries(), "Pacific/Auckland", TODAY)
    assert auckland.community_ids() == ["edutoot_mastodon"]
    melbourne = propose(d, Profile(subjects=["general"], time_zone="Australia/Melbourne", platforms=["bluesky"]),
                        Boundaries(), "Australia/Melbourne", TODAY)
    assert {"australian_educators_pack", "eduskyau_feed"} <= set(melbourne.community_ids())
    for proposal in (berlin, auckland, melbourne):
        assert all(d.community(c).status not in ("paused", "ended") for c in proposal.community_ids())
