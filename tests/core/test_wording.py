"""The CLI's and exports' plain English for core's typed reasons, conflicts and statuses."""

from __future__ import annotations

import datetime as dt

from plnonboard.core.boundaries import default_quiet_hours
from plnonboard.core.directory import Directory
from plnonboard.core.model import Boundaries, Profile
from plnonboard.core.recommend import Reason, propose, rank
from plnonboard.core.status import effective_status
from plnonboard.services.resources import load_directory
from plnonboard.services.wording import clock, no_follows_text, ranked_text, reason_text, seen_text, status_text
from tests.conftest import make_chat

TODAY = dt.date(2026, 12, 3)


def test_reasons_read_like_a_person():
    chat = make_chat("#TLSkyChat", "wed", "20:00", "America/New_York", status="running", last_seen="2026-01",
                     subjects=["libraries"], roles=["librarian"], platforms=["bluesky"])
    profile = Profile(role="librarian", time_zone="America/Chicago", platforms=["bluesky"])
    proposal = propose(Directory().with_chats([chat]), profile, Boundaries(quiet_hours=default_quiet_hours()),
                       "America/Chicago", TODAY)
    (chosen, _slot), = proposal.chosen
    assert ranked_text(chosen) == ("Runs weekly on Bluesky (seen Jan 2026) · for school librarians · "
                                   "Wed 7 PM your time")


def test_statuses_say_how_old_the_evidence_is():
    d = load_directory()
    eduskychat = effective_status(d.get("eduskychat"), TODAY)
    assert status_text(eduskychat) == "last confirmed Dec 2024 — check before you go"
    assert status_text(effective_status(d.get("tlskychat"), TODAY)) == "running, seen 27 Jan 2026"
    assert status_text(effective_status(d.get("eltchat"), TODAY)) == "paused, last seen 15 Sep 2022"
    assert status_text(chat=d.get("2ndaryela"), today=TODAY) == "historical, last seen 2019"
    assert seen_text("2019") == "2019" and seen_text("") == ""


def test_every_reason_kind_has_words():
    for r in rank(load_directory(), Profile(subjects=["math"], grade_bands=["middle"], time_zone="Europe/London",
                                            platforms=["x"]), TODAY):
        for reason in r.reasons:
            assert reason_text(reason) != reason.kind.replace("_", " "), reason
    assert reason_text(Reason("regional", {"region": "Michigan"})) == "mainly for educators in Michigan"
    assert (reason_text(Reason("other_platforms", {"platforms": ("x",)}))
            == "only on X (Twitter), which you did not choose")


def test_small_words():
    assert clock(dt.datetime(2026, 1, 1, 19, 0)) == "7 PM" and clock(dt.datetime(2026, 1, 1, 0, 30)) == "12:30 AM"
    assert no_follows_text(["science", "pe"]).startswith(
        "No follow suggestions yet for science and physical education:")
