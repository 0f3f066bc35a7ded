"""The starter follow catalogue and handle validation."""

from __future__ import annotations

import pytest

from plnonboard.core.errors import DataError
from plnonboard.core.follows import subjects_without_follows, suggest, top_follows
from plnonboard.core.handles import normalise, profile_url
from plnonboard.core.model import Plan, PlanChat, Profile
from plnonboard.core.planfile import parse_follow
from plnonboard.services.resources import load_directory, load_follows


@pytest.mark.parametrize("platform,text,expected", [
    ("mastodon", "@mguhlin@mastodon.education", "@mguhlin@mastodon.education"),
    ("mastodon", "mguhlin@Mastodon.Education", "@mguhlin@mastodon.education"),
    ("bluesky", "@tonyvincent.bsky.social", "tonyvincent.bsky.social"),
    ("bluesky", "eduskyteam.com", "eduskyteam.com"),
    ("x", "cybraryman1", "@cybraryman1"),
    ("web", "https://www.cultofpedagogy.com", "https://www.cultofpedagogy.com"),
    ("bluesky", "#EduSky", "#EduSky"),
])
def test_valid_handles(platform, text, expected):
    assert normalise(platform, text) == expected


@pytest.mark.parametrize("platform,text", [
    ("mastodon", "@mguhlin"), ("mastodon", "@a@b"), ("bluesky", "tony vincent"), ("x", "@this_handle_is_too_long"),
    ("x", "@bad-dash"), ("web", "javascript:alert(1)"), ("web", "file:///etc/passwd"), ("web", "ftp://x.org/a"),
    ("bluesky", ""), ("myspace", "@tom"),
])
def test_invalid_handles_say_what_was_expected(platform, text):
    with pytest.raises(DataError):
        normalise(platform, text)


def test_profile_urls_are_web_links():
    assert profile_url("mastodon", "@mguhlin@mastodon.education") == "https://mastodon.education/@mguhlin"
    assert profile_url("bluesky", "tonyvincent.bsky.social") == "https://bsky.app/profile/tonyvincent.bsky.social"
    assert profile_url("x", "@cybraryman1") == "https://x.com/cybraryman1"


def test_catalogue_loads_and_every_entry_makes_a_valid_plan_follow():
    catalogue = load_follows()
    assert catalogue.errors == [] and len(catalogue) >= 30
    for entry in catalogue:
        f = entry.to_follow()
        parse_follow({"platform": f.platform, "address": f.address}, 0)
        assert entry.feed_url is None or entry.feed_url.startswith(("http://", "https://"))


def test_suggestions_follow_the_chats_and_platforms():
    plan = Plan(profile=Profile(subjects=["libraries"], platforms=["bluesky"], time_zone="America/New_York"),
                chats=[PlanChat("tlskychat")])
    out = suggest(load_follows(), plan, load_directory())
    assert out[0].follow.address == "#TLSkyChat" and out[0].follow.platform == "bluesky"
    ticked = [s for s in out if s.ticked]
    assert all(s.follow.platform in ("bluesky", "web") for s in ticked)
    # Others are offered after them, never ticked (issue 11).
    assert out[:len(ticked)] == ticked
    assert all((s.entry.platform if s.entry else s.follow.platform) in ("x", "mastodon") for s in out[len(ticked):])
    assert all(s.reasons or (s.entry is not None and s.entry.reason) for s in out)


def test_a_new_plan_never_follows_on_a_platform_the_teacher_did_not_choose():
    for platforms in ([], ["bluesky"], ["mastodon"]):
        plan = Plan(profile=Profile(subjects=["math", "general"], platforms=platforms, time_zone="America/New_York"))
        follows = top_follows(load_follows(), plan, load_directory())
        assert follows, platforms
        assert all(f.platform == "web" or f.platform in (platforms or ["bluesky", "mastodon"]) for f in follows)


def test_subjects_with_nothing_yet_are_named():
    catalogue = load_follows()
    assert subjects_without_follows(catalogue, ["math", "libraries", "general"], ["bluesky"]) == []
    missing = subjects_without_follows(catalogue, ["pe", "math"], ["mastodon"])
    assert missing == ["pe"]


def test_a_german_staff_room_is_suggested_in_berlin_not_in_chicago():
    def addresses(zone):
        plan = Plan(profile=Profile(subjects=["general"], platforms=["mastodon"], time_zone=zone))
        return [s.follow.address for s in suggest(load_follows(), plan, load_directory())]

    assert "#FediLZ" in addresses("Europe/Berlin") and "#FediLZ" not in addresses("America/Chicago")


def test_ended_and_closed_places_say_so():
    catalogue = load_follows()
    assert catalogue.entries["explore-mtbos"].status_note.startswith("ended")
    assert "https://globalmathdepartment.org/2023/05/" in catalogue.entries["explore-mtbos"].sources
    assert "closed" in catalogue.entries["openedtech-social"].status_note


def test_regional_and_ended_entries_are_not_offered_elsewhere():
    def addresses(zone, subjects=("general",)):
        plan = Plan(profile=Profile(subjects=list(subjects), platforms=["bluesky"], time_zone=zone))
        return {s.follow.address: s for s in suggest(load_follows(), plan, load_directory())}

    assert "brookssensei.bsky.social" in addresses("Australia/Melbourne")
    assert "brookssensei.bsky.social" not in addresses("America/New_York")
    assert "https://exploremtbos.wordpress.com" not in addresses("America/New_York", ["math"])
    # A Mastodon server is a web page, but it is only ticked for someone on Mastodon.
    assert addresses("America/New_York", ["math"])["https://mathstodon.xyz"].ticked is False
