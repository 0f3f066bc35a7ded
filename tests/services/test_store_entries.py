"""Issue 14 item 1: whatever builds a plan entry (an import, the wizard, a plan file), the plan that
is saved loads back. One validator guards every entry; the store refuses what the loader would."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plnonboard.cli import main
from plnonboard.core.directory import Directory
from plnonboard.core.errors import PlanError
from plnonboard.core.model import Follow
from plnonboard.core.plan_entries import make_follow
from plnonboard.core.planfile import dump_plan, parse_plan_text
from plnonboard.services.importer import Importer, apply
from plnonboard.services.store import Store
from plnonboard.tools.personas import ana

LONG = "https://example.org/" + "a" * 320 + "/feed.xml"


def _feed(link: str) -> bytes:
    link_el = f"<link>{link}</link>" if link else ""
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title>{link_el}'
            f"<item><title>Post</title></item></channel></rss>").encode()


def _opml(url: str) -> bytes:
    return (f'<?xml version="1.0"?><opml version="2.0"><head><title>L</title></head><body>'
            f'<outline type="rss" text="Feed" xmlUrl="{url}"/></body></opml>').encode()


@pytest.mark.parametrize("body, url", [
    (_feed("https://example.org/my blog"), "https://example.org/feed.xml"),  # a space in <link>
    (_feed(""), LONG),  # no <link>, fetched from an address over 300 characters
    (_opml(LONG), ""),  # an OPML xmlUrl over 300 characters
], ids=["link-with-space", "long-feed-url", "long-opml-url"])
def test_an_import_never_makes_the_saved_plan_unreadable(tmp_path, body, url):
    store = Store(tmp_path)
    store.save_plan(ana())
    importer = Importer(Directory(), plan=store.load_plan())
    from plnonboard.services.importer import SourceResult

    res = SourceResult("src")
    importer._parse(res, body, where="src", content_type="", url=url)
    merged, lines = apply(store.load_plan(), res.suggestions)
    with contextlib.suppress(PlanError):  # refusing is allowed; writing what cannot be read back is not
        store.save_plan(merged)
    again = store.load_plan()
    assert again is not None
    if lines:  # what the import said it added is really there, in a form the loader accepts
        assert len(again.follows) == len(ana().follows) + 1
        added = again.follows[-1]
        assert added.feed_url and " " not in added.address


def test_the_store_refuses_an_entry_the_loader_would_reject(tmp_path):
    store = Store(tmp_path)
    store.save_plan(ana())
    bad = ana()
    bad.follows.append(Follow("web", "https://example.org/a b", feed_url="https://example.org/f"))
    with pytest.raises(PlanError, match=r"follows\[\d+\]"):
        store.save_plan(bad)
    assert store.load_plan().profile.name == "Ana"  # the last good plan is untouched


def test_cli_import_of_a_broken_feed_keeps_every_command_working(tmp_path, capsys):
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(dump_plan(ana()))
    assert main(["plan", "import", str(plan_file)]) == 0
    feed = tmp_path / "feed.xml"
    feed.write_bytes(_feed("https://example.org/my blog"))
    main(["import", str(feed)])
    opml = tmp_path / "list.opml"
    opml.write_bytes(_opml(LONG))
    main(["import", str(opml)])
    capsys.readouterr()
    assert main(["plan", "show"]) == 0, capsys.readouterr().err
    assert main(["week", "--week", "2026-11-23"]) == 0


# -- property: anything saved loads ----------------------------------------------------------------

_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_urlish = st.one_of(st.just(""), _text, st.builds(lambda a, b: f"https://{a}.org/{b}", st.from_regex(
    r"[a-z]{1,10}", fullmatch=True), _text), st.just(LONG))


@pytest.fixture(scope="module")
def quick_store(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("prop"))
    store.call(lambda db: db.execute("PRAGMA synchronous=OFF"))  # the property is about content, not durability
    yield store
    store.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(platform=st.sampled_from(["web", "x", "bluesky", "mastodon", "myspace", ""]), address=_urlish,
       name=_text, feed=_urlish, note=_text, kind=_text)
def test_anything_saved_loads(quick_store, platform, address, name, feed, note, kind):
    plan = ana()
    plan.follows.append(Follow(platform, address, name=name, kind=kind, note=note, feed_url=feed))
    try:
        quick_store.save_plan(plan)
    except PlanError:
        # Refused at the store: then the door refuses it too, so no import ever offers it.
        with pytest.raises(PlanError):
            make_follow(platform, address, name=name, kind=kind, note=note, feed_url=feed)
        return
    loaded = quick_store.load_plan()
    assert dump_plan(loaded) == dump_plan(parse_plan_text(dump_plan(loaded)))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(platform=st.sampled_from(["web", "x", "bluesky", "mastodon"]), address=_urlish, feed=_urlish,
       name=st.text(max_size=30), note=st.text(max_size=30))
def test_what_the_door_lets_in_the_store_saves(quick_store, platform, address, feed, name, note):
    try:
        follow = make_follow(platform, address, name=name, note=note, feed_url=feed)
    except PlanError:
        return
    plan = ana()
    plan.follows.append(follow)
    quick_store.save_plan(plan)  # never refused: an entry the door accepts always saves and loads
    from plnonboard.core.credentials import strip_plan

    assert quick_store.load_plan().follows[-1] == strip_plan(plan)[0].follows[-1]  # (credentials go to the keyring)


def test_an_imported_entry_with_a_lone_surrogate_is_left_out_not_the_whole_import():
    from plnonboard.services.importer import Suggestion

    good = Follow("web", "https://example.org/good", name="Good", feed_url="https://example.org/good.xml")
    bad = Follow("web", "https://example.org/bad", name="Bad \udc80", feed_url="https://example.org/bad.xml")
    merged, lines = apply(ana(), [Suggestion("follow", "Good", follow=good), Suggestion("follow", "Bad", follow=bad)])
    assert [f.address for f in merged.follows][-1:] == ["https://example.org/good"] and len(lines) == 1
