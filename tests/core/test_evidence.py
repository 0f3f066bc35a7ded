"""The user's own evidence: what "it ran" and "nobody was there" do to a chat's state."""

from __future__ import annotations

import datetime as dt

from plnonboard.core.evidence import Observation, chat_state, correction
from tests.conftest import make_chat

TODAY = dt.date(2026, 12, 3)
OLD = make_chat("#oldchat", "tue", "19:00", "America/New_York")  # historical, last seen 2016
LIVE = make_chat("#livechat", "wed", "20:00", "Europe/London", status="running", last_seen="2026-10")


def obs(chat, day, outcome):
    return Observation(chat.id, dt.date.fromisoformat(day), outcome, day + "T19:00:00+00:00")


def test_directory_word_decides_until_the_user_says_otherwise():
    assert not chat_state(OLD, TODAY).running and chat_state(OLD, TODAY).last_seen == "2016"
    assert chat_state(LIVE, TODAY).running
    # Decay: "active" with evidence older than 18 months is not running.
    stale = make_chat("#stale", "wed", "20:00", "Europe/London", status="running", last_seen="2024-12")
    assert not chat_state(stale, TODAY).running
    # A chat the user added is theirs: drawn as running until they say nobody came.
    mine = make_chat("#mine", "wed", "20:00", "Europe/London", custom=True, status="unverified")
    assert chat_state(mine, TODAY).running and chat_state(mine, TODAY).source == "custom"
    assert not chat_state(mine, TODAY, [obs(mine, "2026-12-02", "nobody")]).running


def test_a_chat_seen_running_becomes_running_for_this_user():
    state = chat_state(OLD, TODAY, [obs(OLD, "2026-12-01", "lurked")])
    assert state.running and state.source == "you" and state.last_seen == "2026-12-01"


def test_two_nobody_was_there_in_a_row_suggest_dropping_it():
    one = [obs(LIVE, "2026-11-25", "nobody")]
    assert not chat_state(LIVE, TODAY, one).suggest_drop
    two = one + [obs(LIVE, "2026-12-02", "nobody")]
    state = chat_state(LIVE, TODAY, two)
    assert state.suggest_drop and not state.running and state.nobody_streak == 2
    # Seen running again since: no suggestion.
    again = two + [obs(LIVE, "2026-12-03", "attended")]
    assert not chat_state(LIVE, TODAY, again).suggest_drop and chat_state(LIVE, TODAY, again).running
    # Answers about the future (a wrong clock) do not count yet.
    assert chat_state(LIVE, dt.date(2026, 11, 30), two).nobody_streak == 1


def test_a_correction_carries_status_last_seen_and_the_observations():
    fixed = correction(OLD, [obs(OLD, "2026-11-24", "nobody"), obs(OLD, "2026-12-01", "attended")], TODAY,
                       ("https://bsky.app/hashtag/oldchat",))
    assert fixed.status == "running" and fixed.last_seen == "2026-12-01" and fixed.verified == "2026-12-01"
    assert "seen running on 2026-12-01" in fixed.evidence and "nobody there on 2026-11-24" in fixed.evidence
    assert fixed.sources[-1] == "https://bsky.app/hashtag/oldchat" and fixed.sources[0] == OLD.sources[0]
    gone = correction(LIVE, [obs(LIVE, "2026-11-25", "nobody"), obs(LIVE, "2026-12-02", "nobody")], TODAY)
    assert gone.status == "unverified" and gone.last_seen == "2026-10"
    # Nobody at a chat already recorded as historical: it stays historical.
    assert correction(OLD, [obs(OLD, "2026-11-25", "nobody"), obs(OLD, "2026-12-02", "nobody")],
                      TODAY).status == "historical"
    assert correction(LIVE, [], TODAY) is None
