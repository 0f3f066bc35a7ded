"""Follow-through on Bluesky and Mastodon against local servers that check every request against the
official definitions (tests/services/fake_social.py): what a run does, that it never duplicates, that
undo removes exactly what it made, and how it behaves under 401, 429, lost connections, Stop and the
published hourly and daily limits."""

from __future__ import annotations

import datetime as dt

import pytest

from plnonboard.core.errors import CancelToken
from plnonboard.core.follow_through import BlueskyChoice, graphemes
from plnonboard.core.model import Follow, Plan
from plnonboard.services.follow_bluesky import BlueskyRun
from plnonboard.services.follow_mastodon import MastodonRun
from plnonboard.services.follow_records import FollowRecords
from plnonboard.services.store import Store

from .fake_social import BlueskyHandler, BlueskyState, MastodonHandler, MastodonState, serve

T0 = dt.datetime(2026, 12, 3, 19, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0
        self.slept: list[float] = []

    def __call__(self) -> dt.datetime:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += dt.timedelta(seconds=seconds)

    def monotonic(self) -> float:
        return (self.now - T0).total_seconds()


@pytest.fixture
def records(tmp_path):
    store = Store(tmp_path / "data")
    yield FollowRecords(store)
    store.close()


def bsky_plan(handles: list[str]) -> Plan:
    return Plan(follows=[Follow("bluesky", h, name=h.split(".")[0], note=f"why {h}") for h in handles])


@pytest.fixture
def pds():
    state = BlueskyState()
    with serve(BlueskyHandler, state) as url:
        yield state, url


def bluesky(records, url, clock, **kw) -> BlueskyRun:
    return BlueskyRun(records, service=url, now=clock, sleep=clock.sleep, **kw)


ME, PASSWORD = "teacher.example.com", "app-pass-1234"


def test_bluesky_follows_resolve_first_and_skip_what_is_already_followed(pds, records):
    state, url = pds
    people = ["ana.bsky.social", "ben.example.org", "cleo.bsky.social"]
    for h in people:
        state.add_person(h)
    state.records("app.bsky.graph.follow")["3kold"] = {"$type": "app.bsky.graph.follow",
                                                       "subject": state.handles["ben.example.org"],
                                                       "createdAt": "2026-01-01T00:00:00.000Z"}
    plan = bsky_plan(people + ["nobody.invalid-handle.example"])
    clock = Clock()
    preview = bluesky(records, url, clock).preview(plan, ME, BlueskyChoice())
    assert [a.status for a in preview.actions] == ["would-do", "already", "would-do", "unresolved"]
    assert len(state.records("app.bsky.graph.follow")) == 1  # a preview writes nothing

    report = bluesky(records, url, clock).run(plan, ME, PASSWORD, BlueskyChoice())
    assert report.status == "finished" and state.errors == []
    assert {a.target: a.status for a in report.actions} == {
        "ana.bsky.social": "done", "ben.example.org": "already", "cleo.bsky.social": "done",
        "nobody.invalid-handle.example": "unresolved"}
    assert report.unresolved == ["nobody.invalid-handle.example"]
    subjects = sorted(v["subject"] for v in state.records("app.bsky.graph.follow").values())
    assert subjects == sorted(state.handles[h] for h in people)
    assert all(a.uri.startswith("at://did:plc:teacher") for a in report.actions if a.status == "done")
    js = report.as_json()
    assert set(js) >= {"run", "actions", "unresolved"} and js["run"] == report.run
    assert set(js["actions"][0]) == {"action", "target", "status", "uri"}

    again = bluesky(records, url, clock).run(plan, ME, PASSWORD, BlueskyChoice())
    assert len(state.records("app.bsky.graph.follow")) == 3  # running the same step twice adds nothing
    assert {a.status for a in again.actions} <= {"already", "unresolved"}

    undo = bluesky(records, url, clock).undo(report.run, ME, PASSWORD)
    assert undo.status == "undone"
    left = [v["subject"] for v in state.records("app.bsky.graph.follow").values()]
    assert left == [state.handles["ben.example.org"]]  # the follow made before the run is untouched


def test_bluesky_starter_pack_and_list_are_valid_records_and_follows_say_via(pds, records):
    state, url = pds
    people = [f"teacher{i}.bsky.social" for i in range(5)]
    for h in people:
        state.add_person(h)
    choice = BlueskyChoice(follow=True, list_name="Math teachers I follow", pack_name="Ana's math PLN ✏️")
    clock = Clock()
    report = bluesky(records, url, clock).run(bsky_plan(people), ME, PASSWORD, choice)
    assert report.status == "finished" and state.errors == []
    lists = state.records("app.bsky.graph.list").values()
    assert sorted(v["purpose"].split("#")[1] for v in lists) == ["curatelist", "referencelist"]
    packs = list(state.records("app.bsky.graph.starterpack").values())
    assert len(packs) == 1 and packs[0]["name"] == "Ana's math PLN ✏️"
    items = list(state.records("app.bsky.graph.listitem").values())
    assert len(items) == 5 + 5 + 1  # the curated list, the pack's list, and the pack's maker
    follows = list(state.records("app.bsky.graph.follow").values())
    pack_uri = next(a.uri for a in report.actions if a.kind == "create-pack")
    assert len(follows) == 5 and all(f["via"]["uri"] == pack_uri for f in follows)

    bluesky(records, url, clock).run(bsky_plan(people), ME, PASSWORD, choice)
    assert (len(state.records("app.bsky.graph.list")), len(state.records("app.bsky.graph.listitem")),
            len(state.records("app.bsky.graph.starterpack"))) == (2, 11, 1)  # nothing duplicated

    bluesky(records, url, clock).undo(report.run, ME, PASSWORD)
    assert all(not state.records(c) for c in ("app.bsky.graph.follow", "app.bsky.graph.list",
                                              "app.bsky.graph.listitem", "app.bsky.graph.starterpack"))


def test_bluesky_names_over_the_lexicon_limits_are_refused_before_anything_is_sent(pds, records):
    from plnonboard.core.follow_through import ChoiceProblem

    _, url = pds
    with pytest.raises(ChoiceProblem) as err:
        bluesky(records, url, Clock()).run(bsky_plan([]), ME, PASSWORD, BlueskyChoice(pack_name="é" * 51))
    assert err.value.field == "pack_name"
    assert graphemes("e\u0301" * 50) == 50  # combining accents do not count twice


def test_bluesky_writes_in_batches_of_at_most_200(pds, records):
    state, url = pds
    people = [f"p{i}.bsky.social" for i in range(450)]
    for h in people:
        state.add_person(h)
    report = bluesky(records, url, Clock()).run(bsky_plan(people), ME, PASSWORD, BlueskyChoice())
    assert report.count("done") == 450 and state.errors == []
    assert max(state.apply_sizes) == 200 and sum(state.apply_sizes) == 450


def test_bluesky_pauses_at_the_hourly_points_budget_and_resumes_where_it_stopped(pds, records):
    state, url = pds
    people = [f"p{i}.bsky.social" for i in range(1600)]
    for h in people:
        state.add_person(h)
    clock = Clock()
    first = bluesky(records, url, clock).run(bsky_plan(people), ME, PASSWORD, BlueskyChoice())
    assert first.status == "paused" and first.problem == "daily-limit"
    assert first.count("done") == 1500  # (5,000 - 500 margin) / 3 points per create
    assert first.resume_after == T0 + dt.timedelta(hours=1)
    assert sum(state.points) <= 5000
    clock.now = first.resume_after
    state.points.clear()  # the server's hour has passed too
    second = bluesky(records, url, clock).run(bsky_plan(people), ME, PASSWORD, BlueskyChoice())
    assert second.run == first.run and second.status == "finished"
    assert second.count("done") == 1600 and len(state.records("app.bsky.graph.follow")) == 1600


def test_bluesky_waits_out_a_short_429_and_honours_retry_after(pds, records):
    state, url = pds
    for h in ("a.bsky.social", "b.bsky.social"):
        state.add_person(h)
    state.faults.rate_limit_at = 4
    state.faults.retry_after = "7"
    clock = Clock()
    report = bluesky(records, url, clock).run(bsky_plan(["a.bsky.social", "b.bsky.social"]), ME, PASSWORD,
                                              BlueskyChoice())
    assert report.status == "finished" and report.count("done") == 2
    assert 7.0 in clock.slept


def test_bluesky_long_429_pauses_with_the_time_to_resume(pds, records):
    state, url = pds
    state.add_person("a.bsky.social")
    state.faults.rate_limit_at = 3
    state.faults.retry_after = "3600"
    report = bluesky(records, url, Clock()).run(bsky_plan(["a.bsky.social"]), ME, PASSWORD, BlueskyChoice())
    assert report.status == "paused" and report.problem == "rate-limited"
    assert report.resume_after == T0 + dt.timedelta(hours=1)


def test_bluesky_401_mid_run_stops_keeps_what_was_done_and_resumes_without_duplicates(pds, records):
    state, url = pds
    people = [f"p{i}.bsky.social" for i in range(300)]
    for h in people:
        state.add_person(h)
    # sign-in, 300 resolves, one listRecords page, one applyWrites of 200, then the token is revoked
    state.faults.unauthorized_after = 1 + 300 + 1 + 1
    clock = Clock()
    first = bluesky(records, url, clock).run(bsky_plan(people), ME, PASSWORD, BlueskyChoice())
    assert first.status == "stopped" and first.problem == "signed-out"
    assert first.count("done") == 200 and first.count("pending") == 100
    state.faults.unauthorized_after = None
    second = bluesky(records, url, clock).run(bsky_plan(people), ME, PASSWORD, BlueskyChoice())
    assert second.run == first.run and second.count("done") == 300
    assert len(state.records("app.bsky.graph.follow")) == 300


def test_bluesky_wrong_app_password_is_a_stop_not_a_crash(pds, records):
    _, url = pds
    report = bluesky(records, url, Clock()).run(bsky_plan([]), ME, "wrong", BlueskyChoice())
    assert report.status == "stopped" and report.problem == "signed-out"


def test_bluesky_lost_connection_and_stop_leave_a_resumable_run(pds, records):
    state, url = pds
    people = [f"p{i}.bsky.social" for i in range(250)]
    for h in people:
        state.add_person(h)
    state.faults.drop_at = 1 + 250 + 1 + 2  # the second applyWrites never answers
    clock = Clock()
    first = bluesky(records, url, clock).run(bsky_plan(people), ME, PASSWORD, BlueskyChoice())
    assert first.status == "stopped" and first.problem == "unreachable" and first.count("done") == 200
    state.faults.drop_at = None
    final = bluesky(records, url, clock).run(bsky_plan(people), ME, PASSWORD, BlueskyChoice())
    assert final.run == first.run and final.count("done") == 250
    assert len(state.records("app.bsky.graph.follow")) == 250


def test_bluesky_stop_takes_effect_between_batches_and_the_run_resumes(pds, records):
    state, url = pds
    people = [f"p{i}.bsky.social" for i in range(450)]
    for h in people:
        state.add_person(h)
    token = CancelToken()
    clock = Clock()
    stopped = bluesky(records, url, clock, cancel=token, progress=lambda n, total: token.cancel()).run(
        bsky_plan(people), ME, PASSWORD, BlueskyChoice())
    assert stopped.status == "stopped" and stopped.problem == "cancelled" and stopped.count("done") == 200
    final = bluesky(records, url, clock).run(bsky_plan(people), ME, PASSWORD, BlueskyChoice())
    assert final.run == stopped.run and final.count("done") == 450
    assert len(state.records("app.bsky.graph.follow")) == 450


# -- Mastodon ---------------------------------------------------------------------------------------

@pytest.fixture
def masto():
    state = MastodonState()
    with serve(MastodonHandler, state) as url:
        yield state, url


def mastodon(records, url, clock, token="mastodon-token-5678", **kw) -> MastodonRun:
    return MastodonRun(records, url, token, now=clock, sleep=clock.sleep, **kw)


def masto_plan(accounts: list[str], tags: list[str] = ()) -> Plan:
    return Plan(follows=[Follow("mastodon", a, note=f"why {a}") for a in accounts]
                + [Follow("mastodon", f"#{t}", kind="hashtag") for t in tags])


def test_mastodon_finds_remote_accounts_with_resolve_follows_tags_and_undoes_only_its_own(masto, records):
    state, url = masto
    local = state.add_local("ben@127.0.0.1")
    remote = state.add_remote("cleo@mathstodon.xyz")
    already = state.add_remote("dan@mastodon.education")
    state.following.add(already)
    state.accounts["dan@mastodon.education"] = already
    state.tags.add("edutooters")
    plan = masto_plan(["@ben@127.0.0.1", "@cleo@mathstodon.xyz", "@dan@mastodon.education",
                       "@ghost@nowhere.example"], ["MTBoS", "EduTooters"])
    clock = Clock()
    preview = mastodon(records, url, clock).preview(plan)
    assert [a.status for a in preview.actions] == ["would-do", "would-do", "already", "unresolved",
                                                   "would-do", "already"]
    assert state.following == {already}

    report = mastodon(records, url, clock).run(plan)
    assert report.status == "finished" and state.errors == []
    assert state.following == {local, remote, already} and state.tags == {"mtbos", "edutooters"}
    assert report.unresolved == ["@ghost@nowhere.example"]
    assert report.account == "@ana@127.0.0.1"
    assert min(clock.slept) >= 0  # paced: never faster than one request a second
    assert sum(clock.slept) >= len([a for a in report.actions]) - 1

    mastodon(records, url, clock).run(plan)
    assert state.follow_calls == 3  # the second run followed nothing again

    mastodon(records, url, clock).undo(report.run)
    assert state.following == {already} and state.tags == {"edutooters"}


def test_a_run_without_records_only_previews_and_an_unknown_run_is_not_undone(masto, records):
    from plnonboard.services.follow_common import Stop

    state, url = masto
    state.add_local("ben@127.0.0.1")
    plan = masto_plan(["@ben@127.0.0.1"])
    clock = Clock()
    assert [a.status for a in mastodon(None, url, clock).preview(plan).actions] == ["would-do"]
    calls = state.follow_calls
    with pytest.raises(TypeError, match="only preview"):
        mastodon(None, url, clock).run(plan)
    assert state.follow_calls == calls and state.following == set()  # refused before anything was sent
    with pytest.raises(Stop) as stop:
        mastodon(records, url, clock).undo(999)
    assert stop.value.problem == "no-such-run"


def test_mastodon_pauses_under_the_daily_follow_limit_and_resumes_the_next_day(masto, records):
    state, url = masto
    accounts = [f"@t{i}@127.0.0.1" for i in range(360)]
    for a in accounts:
        state.add_local(a.lstrip("@"))
    clock = Clock()
    first = mastodon(records, url, clock, min_interval=0).run(masto_plan(accounts))
    assert first.status == "paused" and first.problem == "daily-limit" and first.count("done") == 350
    assert first.resume_after == T0 + dt.timedelta(days=1)
    clock.now = first.resume_after + dt.timedelta(minutes=1)
    second = mastodon(records, url, clock, min_interval=0).run(masto_plan(accounts))
    assert second.run == first.run and second.status == "finished" and len(state.following) == 360


def test_mastodon_429_retry_after_401_and_missing_scope(masto, records):
    state, url = masto
    state.add_local("ben@127.0.0.1")
    state.faults.rate_limit_at = 2
    state.faults.retry_after = "5"
    clock = Clock()
    report = mastodon(records, url, clock).run(masto_plan(["@ben@127.0.0.1"]))
    assert report.status == "finished" and 5.0 in clock.slept

    bad = mastodon(records, url, clock, token="revoked").run(masto_plan(["@ben@127.0.0.1"]))
    assert bad.status == "stopped" and bad.problem == "signed-out"

    state.scopes = {"read:search"}
    state.add_local("cleo@127.0.0.1")
    refused = mastodon(records, url, clock).run(masto_plan(["@cleo@127.0.0.1"]))
    assert refused.status == "stopped" and refused.problem == "refused" and "scopes" in refused.detail
