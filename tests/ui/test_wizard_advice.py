"""The wizard's advice is true today (issue 11): live entries first, status in words, 'Running only'
and 'On my platforms', only running chats ticked for you, communities beside chats and kept in the
plan, school hours on the boundaries page, follows ticked only on your platforms."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from plnonboard.core.directory import Directory, parse_chat
from plnonboard.core.follows import parse_catalogue
from plnonboard.core.model import Boundaries, Plan, PlanChat, Profile, QuietHours
from plnonboard.services.store import Store
from plnonboard.ui.a11y import dark_palette, status_colour
from plnonboard.ui.context import AppContext
from plnonboard.ui.wizard import PageId
from plnonboard.ui.wizard.chat_model import COMMUNITIES, LIVE, OLDER
from tests.conftest import make_chat
from tests.ui.contrast import NON_TEXT_MIN, contrast_ratio, light_palette
from tests.ui.wizard_support import TODAY, go_to, open_wizard

Finish = QWizard.WizardButton.FinishButton


def community(cid: str, title: str, platforms, status="running", last_seen="2026-03", **extra):
    data = {"kind": "community", "id": cid, "title": title, "hashtag": extra.pop("hashtag", ""),
            "community_type": extra.pop("community_type", "hashtag"), "platforms": list(platforms),
            "link": extra.pop("link", f"https://bsky.app/hashtag/{cid}"), "status": status, "last_seen": last_seen,
            "join_steps": ["Search for the hashtag and read the newest posts.", "Post with the hashtag."],
            "subjects": ["math"], "sources": ["https://example.org/evidence"]}
    data.update(extra)
    return parse_chat(data)


def advice_directory() -> Directory:
    """Today is 2026-11-23. #livemath runs (seen 2026-02); #oldmath matches Ana better on paper but
    was last seen in 2019; #edskylate was 'running' in Dec 2024, so it has decayed; #xmath runs
    but only on X; two communities, one on Mastodon, one on Bluesky; one ended community."""
    chats = [
        make_chat("#livemath", "wed", "19:00", "America/New_York", 60, subjects=["math"], status="running",
                  last_seen="2026-02", platforms=["bluesky"]),
        make_chat("#oldmath", "thu", "19:00", "America/New_York", 60, subjects=["math"], grade_bands=["middle"],
                  newcomer_friendly=True, status="historical", last_seen="2019", platforms=["bluesky"]),
        make_chat("#edskylate", "mon", "18:00", "America/Los_Angeles", 30, subjects=["general"],
                  status="running", last_seen="2024-12", platforms=["bluesky"]),
        make_chat("#xmath", "tue", "19:00", "America/New_York", 60, subjects=["math"], status="running",
                  last_seen="2026-05", platforms=["x"]),
    ]
    comms = [
        community("mtbos_bluesky", "#MTBoS on Bluesky", ["bluesky"], hashtag="#MTBoS"),
        community("mtbos_mathstodon", "#MTBoS on mathstodon.xyz", ["mastodon"], hashtag="#iTeachMath",
                  community_type="server", link="https://mathstodon.xyz/tags/iTeachMath"),
        community("gmd", "Global Math Department", ["bluesky"], status="ended", last_seen="2023-05",
                  community_type="list", link="https://globalmathdepartment.org/"),
    ]
    return Directory().with_chats(chats + comms)


CATALOGUE = {"format": "plnonboard.follows", "follows": [
    {"id": "math-bsky", "name": "A math teacher", "kind": "account", "platform": "bluesky",
     "handle": "mathteacher.bsky.social", "subjects": ["math"], "reason": "posts lessons"},
    {"id": "math-blog", "name": "A math blog", "kind": "blog", "platform": "web", "url": "https://example.org/blog",
     "subjects": ["math"]},
    {"id": "math-masto", "name": "A Mastodon math account", "kind": "account", "platform": "mastodon",
     "handle": "@math@mathstodon.xyz", "subjects": ["math"]},
]}


def ctx_for(data_dir, directory=None, catalogue=None) -> AppContext:
    cat = parse_catalogue(catalogue or CATALOGUE)
    return AppContext(data_dir, directory or advice_directory(), cat, Store(data_dir), "America/Chicago",
                      lambda: TODAY)


def ana_profile(platforms=("bluesky",)) -> Profile:
    return Profile(name="Ana", role="classroom-teacher", grade_bands=["middle"], subjects=["math"],
                   time_zone="America/Chicago", platforms=list(platforms))


def fresh(platforms=("bluesky",)) -> Plan:
    return Plan(profile=ana_profile(platforms), boundaries=Boundaries(weekly_minutes=180, chats_per_week=3,
                                                                         privacy_acknowledged=True))


def chats_page(qtbot, data_dir, plan, **kw):
    wizard = open_wizard(qtbot, ctx_for(data_dir, **kw), plan)
    go_to(wizard, PageId.CHATS)
    return wizard, wizard.currentPage()


# -- the chats page -------------------------------------------------------------------------------

def test_live_entries_first_in_sections_with_status_in_words(qtbot, isolated_data_dir):
    wizard, page = chats_page(qtbot, isolated_data_dir, fresh())
    sections = [row.section for row in page.model.rows if row.is_section]
    assert sections == [LIVE, COMMUNITIES, OLDER]
    order = [row.chat.id for row in page.model.entries()]
    live = [r.chat.id for r in page.model.entries() if r.section == LIVE]
    assert set(live) == {"livemath", "xmath"} and order[:2] == live  # running chats before everything
    assert order.index("mtbos_bluesky") < order.index("oldmath")  # communities before older chats

    def badge(cid):
        return page.model.entry(cid).badge

    assert badge("livemath") == "Running · seen Feb 2026"
    assert badge("edskylate") == "Last confirmed Dec 2024 — check before you go"  # decayed: not 'running'
    assert badge("oldmath") == "Not seen since 2019 — check before you go"
    assert badge("gmd") == "Ended May 2023"
    first_cell = page.model.index(page.model.row_for("livemath"), 0).data()
    assert first_cell == "#livemath\nRunning · seen Feb 2026"
    why = page.model.index(page.model.row_for("livemath"), 3).data()
    assert why.startswith("Suggested: Runs weekly on Bluesky (seen Feb 2026) · about mathematics")
    assert "your time" in why  # the chosen session's time, in the user's zone


def test_running_only_is_on_and_hides_what_is_not_known_to_run(qtbot, isolated_data_dir):
    wizard, page = chats_page(qtbot, isolated_data_dir, fresh())
    assert page.running_only.isChecked()
    assert page.shown_ids() == ["livemath", "xmath", "mtbos_bluesky", "mtbos_mathstodon"]
    assert "3 more" in page.note.text() and "Running only" in page.note.text()
    page.running_only.setChecked(False)
    assert set(page.shown_ids()) == {r.chat.id for r in page.model.entries()}
    # A ticked entry stays in view whatever the toggles say.
    page.set_checked("oldmath", True)
    page.running_only.setChecked(True)
    assert "oldmath" in page.shown_ids() and "edskylate" not in page.shown_ids()


def test_on_my_platforms_filter(qtbot, isolated_data_dir):
    wizard, page = chats_page(qtbot, isolated_data_dir, fresh())
    assert not page.my_platforms.isChecked()
    page.my_platforms.setChecked(True)
    assert page.shown_ids() == ["livemath", "mtbos_bluesky"]  # no X-only chat, no Mastodon server
    assert "On my platforms" in page.note.text()
    wizard.back()
    wizard.back()
    wizard.currentPage().platforms["bluesky"].setChecked(False)  # no platform chosen: nothing to narrow to
    go_to(wizard, PageId.CHATS)
    assert not page.my_platforms.isEnabled() and "About you" in page.my_platforms.toolTip()
    assert "xmath" in page.shown_ids()


def test_headings_are_not_rows_you_can_tick_or_land_on(qtbot, isolated_data_dir):
    wizard, page = chats_page(qtbot, isolated_data_dir, fresh())
    heading = page.proxy.index(0, 0)
    assert heading.data() == "Live chats: running now, at a set time"
    assert not page.proxy.flags(heading) & Qt.ItemFlag.ItemIsSelectable
    assert page.table.columnSpan(0, 0) == 4
    assert page.table.currentIndex().data(Qt.ItemDataRole.UserRole) == "livemath"
    assert not page.proxy.setData(heading, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


def test_first_visit_ticks_only_running_chats_on_your_platforms_and_communities(qtbot, isolated_data_dir):
    wizard, page = chats_page(qtbot, isolated_data_dir, fresh())
    # #oldmath fits Ana best on paper (grade band, newcomers) but was last seen in 2019; #xmath runs,
    # but on X, which she did not choose; #edskylate's evidence is older than 18 months.
    assert wizard.draft.chat_ids() == ["livemath"]
    assert wizard.draft.communities == ["mtbos_bluesky"]
    assert page.model.checked == {"livemath", "mtbos_bluesky"}
    assert page.bar.text().startswith("1 chat · 1 community ·")


def test_a_plan_with_choices_is_not_ticked_again(qtbot, isolated_data_dir):
    plan = fresh()
    plan.chats = [PlanChat("oldmath")]
    wizard, page = chats_page(qtbot, isolated_data_dir, plan)
    assert wizard.draft.chat_ids() == ["oldmath"] and wizard.draft.communities == []


def test_communities_are_kept_in_the_saved_plan(qtbot, isolated_data_dir):
    wizard, page = chats_page(qtbot, isolated_data_dir, fresh(("bluesky", "mastodon")))
    page.running_only.setChecked(False)
    assert page.set_checked("mtbos_mathstodon", True)
    assert page.set_checked("gmd", True)  # ended, but anyone may add it by hand
    assert page.set_checked("mtbos_bluesky", False)
    assert wizard.draft.communities == ["mtbos_mathstodon", "gmd"]
    assert "mtbos_mathstodon" not in wizard.draft.chat_ids()
    go_to(wizard, PageId.SUMMARY)
    summary = wizard.currentPage()
    assert "#iTeachMath on Mastodon" in summary.chosen.text()
    assert "#livemath (Running · seen Feb 2026)" in summary.chosen.text()
    with qtbot.waitSignal(wizard.planSaved, timeout=5000):
        wizard.accept()
    stored = wizard.ctx.store.load_plan()
    assert stored.communities == ["mtbos_mathstodon", "gmd"]


def test_community_details_say_how_to_join_with_the_whole_address(qtbot, isolated_data_dir):
    wizard, page = chats_page(qtbot, isolated_data_dir, fresh())
    index = page.proxy.mapFromSource(page.model.index(page.model.row_for("mtbos_mathstodon"), 0))
    page.table.setCurrentIndex(index)
    details = page.details
    assert "1. Search for the hashtag" in details.join.text() and "2. Post with the hashtag." in details.join.text()
    assert "https://mathstodon.xyz/tags/iTeachMath" in details.join.text()
    first_link = details.links_row.itemAt(0).widget()
    assert first_link.text() == "Open mathstodon.xyz/tags/iTeachMath"
    assert "No set time" in details.sessions.text()


def test_status_marks_are_visible_in_light_and_dark():
    for pal in (light_palette(), dark_palette()):
        base = pal.color(pal.ColorRole.Base)
        for tone in ("live", "check", "gone", "own"):
            assert contrast_ratio(status_colour(tone, pal), base) >= NON_TEXT_MIN, tone


# -- the boundaries page --------------------------------------------------------------------------

def test_a_new_plan_shows_quiet_and_school_hours_it_can_change(qtbot, isolated_data_dir):
    wizard = open_wizard(qtbot, ctx_for(isolated_data_dir))
    go_to(wizard, PageId.ABOUT)
    wizard.next()
    page = wizard.currentPage()
    quiet = wizard.draft.boundaries.quiet_hours
    assert [(q.days, q.start, q.end) for q in quiet] == [(tuple(range(7)), dt.time(22), dt.time(7))]
    assert all(box.isChecked() for box, *_ in page.quiet.rows)
    assert page.quiet.rows[0][1].time().toString("HH:mm") == "22:00"
    school = page.school
    assert [d for d, box in school.days.items() if box.isChecked()] == [0, 1, 2, 3, 4]
    assert school.start.time().toString("HH:mm") == "08:00" and school.end.time().toString("HH:mm") == "16:00"


def test_school_hours_are_saved_and_checked(qtbot, isolated_data_dir):
    plan = fresh()
    wizard = open_wizard(qtbot, ctx_for(isolated_data_dir), plan)
    go_to(wizard, PageId.BOUNDARIES)
    page = wizard.currentPage()
    assert wizard.draft.boundaries.school_hours == []
    assert not page.school.start.isEnabled()  # no teaching day ticked: no times to set
    for day in (0, 2, 4):
        page.school.days[day].setChecked(True)
    page.school.start.setTime(page.school.start.time().fromString("08:30", "HH:mm"))
    page.school.end.setTime(page.school.end.time().fromString("15:15", "HH:mm"))
    assert wizard.draft.boundaries.school_hours == [QuietHours((0, 2, 4), dt.time(8, 30), dt.time(15, 15))]
    page.school.end.setTime(page.school.end.time().fromString("08:00", "HH:mm"))
    wizard.next()
    assert wizard.currentId() == PageId.BOUNDARIES and "School hours end before" in page.error.text()
    page.school.end.setTime(page.school.end.time().fromString("15:15", "HH:mm"))
    go_to(wizard, PageId.SUMMARY)
    with qtbot.waitSignal(wizard.planSaved, timeout=5000):
        wizard.accept()
    stored = wizard.ctx.store.load_plan()
    assert stored.boundaries.school_hours == [QuietHours((0, 2, 4), dt.time(8, 30), dt.time(15, 15))]


def test_a_chat_in_school_hours_is_not_ticked_and_says_why(qtbot, isolated_data_dir):
    chats = [make_chat("#noonmath", "wed", "12:00", "America/Chicago", 30, subjects=["math"], status="running",
                       last_seen="2026-06", platforms=["bluesky"])]
    plan = fresh()
    plan.boundaries.school_hours = [QuietHours((0, 1, 2, 3, 4), dt.time(8), dt.time(16))]
    wizard, page = chats_page(qtbot, isolated_data_dir, plan, directory=Directory().with_chats(chats))
    assert wizard.draft.chat_ids() == []
    assert "Outside your limits" in page.model.index(page.model.row_for("noonmath"), 3).data()
    page.set_checked("noonmath", True)
    assert "inside your school hours (08:00-16:00)" in page.clashes.text()


# -- the follow page ------------------------------------------------------------------------------

def test_follows_are_ticked_only_on_your_platforms(qtbot, isolated_data_dir):
    plan = fresh()
    plan.chats = [PlanChat("xmath")]  # chosen by hand: its hashtag is suggested, on X
    wizard = open_wizard(qtbot, ctx_for(isolated_data_dir), plan)
    go_to(wizard, PageId.FOLLOWS)
    page = wizard.currentPage()
    ticked = {(f.platform, f.address) for f in wizard.draft.follows}
    listed = {(it.data(0, Qt.ItemDataRole.UserRole).platform, it.data(0, Qt.ItemDataRole.UserRole).address)
              for it in page.items()}
    assert ("x", "#xmath") in listed and ("x", "#xmath") not in ticked
    assert ("bluesky", "mathteacher.bsky.social") in ticked and ("web", "https://example.org/blog") in ticked
    why = {it.text(0): it.text(3) for it in page.items()}
    assert why["A math teacher"] == "about mathematics"
    assert why["xmath"] == "you chose the chat #xmath"
    assert not page.gaps.isVisibleTo(page)


def test_a_subject_with_no_suggestions_is_named_with_how_to_add_your_own(qtbot, isolated_data_dir):
    plan = fresh()
    plan.profile.subjects = ["math", "pe"]
    wizard = open_wizard(qtbot, ctx_for(isolated_data_dir), plan)
    go_to(wizard, PageId.FOLLOWS)
    page = wizard.currentPage()
    assert page.gaps.isVisibleTo(page)
    assert "no suggestions for Physical education yet" in page.gaps.text()
    assert "Add" in page.gaps.text() and "Mathematics" not in page.gaps.text()


@pytest.mark.parametrize("iso, shown, full", [("2019", "2019", "2019"), ("2026-01", "Jan 2026", "Jan 2026"),
                                               ("2024-12-04", "Dec 2024", "4 Dec 2024"), ("junk", "junk", "junk")])
def test_seen_dates_never_claim_more_than_the_evidence(iso, shown, full):
    from plnonboard.ui import texts

    assert texts.seen_date(iso) == shown
    assert texts.seen_date(iso, days=True) == full


def test_space_ticks_a_community_from_the_keyboard(qtbot, isolated_data_dir):
    wizard, page = chats_page(qtbot, isolated_data_dir, fresh(("bluesky", "mastodon")))
    wizard.draft.communities.clear()
    page.initializePage()
    assert "mtbos_mathstodon" not in page.model.checked
    index = page.proxy.mapFromSource(page.model.index(page.model.row_for("mtbos_mathstodon"), 3))
    page.table.setFocus()
    page.table.setCurrentIndex(index)
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert "mtbos_mathstodon" in wizard.draft.communities
    assert page.model.index(page.model.row_for("mtbos_mathstodon"), 0).data(Qt.ItemDataRole.CheckStateRole) \
        == Qt.CheckState.Checked
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    assert page.table.currentIndex().data(Qt.ItemDataRole.UserRole) == "mtbos_bluesky"
    qtbot.keyClick(page.table, Qt.Key.Key_Up)  # over the "Communities" heading, not onto it
    assert page.table.currentIndex().data(Qt.ItemDataRole.UserRole) == "xmath"
