"""The import panel and dialog driven like a user: fetch an OPML of 20 feeds from the loopback
server while the window keeps answering, cancel a second import midway, tick and add."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog

from plnonboard.core.directory import Directory
from plnonboard.core.model import Plan, PlanChat
from plnonboard.services import net
from plnonboard.ui.context import AppContext
from plnonboard.ui.import_dialog import ImportDialog
from plnonboard.ui.import_panel import ImportPanel
from tests.conftest import make_chat
from tests.loopback import opml

TODAY = dt.date(2026, 3, 10)
LIMITS = net.Limits(connect_timeout=1, read_timeout=2, deadline=20, max_bytes=1_000_000)


@pytest.fixture
def ctx(tmp_path):
    context = AppContext.load(tmp_path / "data", system_zone="America/Chicago", today=lambda: TODAY)
    context.directory = Directory().with_chats([make_chat("#edchat", "tue", "19:00", "America/New_York"),
                                                make_chat("#ukedchat", "thu", "20:00", "Europe/London")])
    yield context
    if context.store is not None:
        context.store.close()


def test_opml_of_20_feeds_window_responsive_then_cancel_second(qtbot, ctx, web):
    urls = [web.url(f"/feed/{i}") for i in range(20)]
    web.routes["/twenty.opml"] = lambda h: h.send(200, opml(urls), "text/x-opml")
    panel = ImportPanel(ctx, Plan(), limits=LIMITS, workers=4)
    qtbot.addWidget(panel)
    panel.show()
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    panel.check_feeds.setChecked(True)
    panel.source.setText(web.url("/twenty.opml"))
    qtbot.mouseClick(panel.fetch_button, Qt.MouseButton.LeftButton)
    assert panel.is_busy() and panel.cancel_button.isEnabled() and not panel.fetch_button.isEnabled()
    ticks_at_start = len(ticks)
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=15000)
    timer.stop()
    assert len(ticks) - ticks_at_start >= 5  # the event loop kept running during the fetch (4 x 5 x 0.15 s)
    assert panel.sources_bar.maximum() == 21 and panel.sources_bar.value() == 21  # the list + 20 checks
    follows = [i for i in panel.suggestion_items() if i.data(0, Qt.ItemDataRole.UserRole).kind == "follow"]
    assert len(follows) == 20 and all(i.checkState(0) == Qt.CheckState.Checked for i in follows)
    assert all(i.text(1).startswith("alive") for i in follows)

    # A second import that drips: Stop ends it promptly and keeps the first results.
    panel.source.setText(web.url("/drip"))
    qtbot.mouseClick(panel.fetch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: web.hits.get("/drip", 0) == 1, timeout=3000)
    qtbot.wait(200)
    assert panel.is_busy()
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=1500)
    assert "Stopped" in panel.status.text() and panel.fetch_button.isEnabled()
    assert len(panel.suggestion_items()) == 20


def test_failures_are_rows_with_messages_and_feed_items_plain(qtbot, ctx, web):
    web.routes["/tricky"] = lambda h: h.send(200, b"""<?xml version="1.0"?><rss version="2.0"><channel>
<title>&lt;b&gt;Bold&lt;/b&gt; blog</title><item><title>&lt;img src=x&gt; #edchat tonight</title>
<author>a@b.c (Ann)</author></item></channel></rss>""", "application/rss+xml")
    panel = ImportPanel(ctx, Plan(), limits=net.Limits(deadline=2, read_timeout=1, connect_timeout=1,
                                                       max_bytes=1_000_000))
    qtbot.addWidget(panel)
    assert panel.start([web.url("/tricky"), web.url("/laughs"), web.url("/nowhere"), "ftp://x.example/f"])
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=8000)
    tops = [panel.results.topLevelItem(i) for i in range(panel.results.topLevelItemCount())]
    assert [t.text(0) for t in tops][0] == "Bold blog"
    details = [t.text(1) for t in tops]
    assert details[1].startswith("Unsafe file refused:") and "HTTP 404" in details[2]
    assert details[3].startswith("Address not allowed:")
    recent = [tops[0].child(i) for i in range(tops[0].childCount()) if tops[0].child(i).text(0).startswith("Recent")]
    assert recent[0].child(0).text(0) == "#edchat tonight" and recent[0].child(0).text(1) == "a@b.c (Ann)"
    idea = [i for i in panel.suggestion_items() if i.data(0, Qt.ItemDataRole.UserRole).kind == "chat"]
    assert idea and idea[0].checkState(0) == Qt.CheckState.Unchecked
    assert "1 of 4 sources read" in panel.status.text()


def test_dialog_adds_only_what_is_ticked(qtbot, ctx, web):
    plan = Plan(chats=[PlanChat("edchat")])
    dialog = ImportDialog(ctx, plan, limits=LIMITS)
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isEnabled()
    dialog.panel.start([web.url("/rss"), web.url("/ics")])
    qtbot.waitUntil(lambda: not dialog.panel.is_busy(), timeout=8000)
    assert dialog.add_button.isEnabled()
    items = {i.data(0, Qt.ItemDataRole.UserRole).label: i for i in dialog.panel.suggestion_items()}
    items["#districtchat"].setCheckState(0, Qt.CheckState.Unchecked)
    items["#ukedchat"].setCheckState(0, Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    merged = dialog.merged
    assert merged.chat_ids() == ["edchat", "ukedchat"]
    assert [f.feed_url for f in merged.follows] == [web.url("/rss")]
    assert plan.follows == []  # the plan given in is untouched


def test_every_input_has_an_accessible_name_and_source_a_mnemonic(qtbot, ctx):
    panel = ImportPanel(ctx, Plan())
    qtbot.addWidget(panel)
    for w in (panel.source, panel.browse, panel.fetch_button, panel.cancel_button, panel.check_feeds,
              panel.token_button, panel.results):
        assert w.accessibleName()
    panel.start([])
    assert panel.status.text() == "Type a web address or choose a file first." and not panel.is_busy()


def test_token_without_keyring_is_kept_for_the_session(qtbot, ctx):
    panel = ImportPanel(ctx, Plan())
    qtbot.addWidget(panel)
    task = panel.save_token("private.example", "t0ken")
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert "this session only" in panel.status.text()
    assert panel.tokens().get("private.example") == "t0ken"


def test_wizard_import_page_adds_ticked_items_to_the_draft(qtbot, tmp_path, web):
    from plnonboard.core.model import Profile
    from plnonboard.ui.wizard import PageId
    from tests.ui.wizard_support import go_to, open_wizard, small_ctx

    ctx = small_ctx(tmp_path / "w")
    plan = Plan(profile=Profile(name="Ana", time_zone="America/Chicago"))
    plan.boundaries.privacy_acknowledged = True
    wizard = open_wizard(qtbot, ctx, plan)
    go_to(wizard, PageId.IMPORT)
    page = wizard.currentPage()
    page.panel.limits = LIMITS
    page.panel.start([web.url("/rss"), web.url("/ics")])
    qtbot.waitUntil(lambda: not page.panel.is_busy(), timeout=8000)
    wizard.next()
    assert wizard.currentId() == PageId.SUMMARY
    assert web.url("/rss") in [f.feed_url for f in wizard.draft.follows]
    assert "districtchat" in wizard.draft.chat_ids()
    wizard.back()
    wizard.next()  # going through again adds nothing twice
    assert wizard.draft.chat_ids().count("districtchat") == 1
    assert [f.feed_url for f in wizard.draft.follows].count(web.url("/rss")) == 1


def test_run_import_hands_the_merged_plan_to_the_window(qtbot, ctx, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from plnonboard.ui import import_dialog
    from tests.loopback import ICS

    path = tmp_path / "chats.ics"
    path.write_bytes(ICS)

    class Window(QWidget):
        changes = []

        def apply_change(self, plan):
            self.changes.append(plan)

    def fake_exec(dialog):
        dialog.panel.start([str(path)])
        qtbot.waitUntil(lambda: not dialog.panel.is_busy(), timeout=5000)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(import_dialog.ImportDialog, "exec", fake_exec)
    window = Window()
    qtbot.addWidget(window)
    merged = import_dialog.run_import(window, ctx, Plan())
    assert merged is not None and merged.chat_ids() == ["districtchat"]
    assert Window.changes == [merged]
    monkeypatch.setattr(import_dialog.ImportDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert import_dialog.run_import(window, ctx, Plan()) is None and len(Window.changes) == 1


def test_space_ticks_a_result_by_keyboard(qtbot, ctx, tmp_path):
    from tests.loopback import ICS

    path = tmp_path / "c.ics"
    path.write_bytes(ICS)
    panel = ImportPanel(ctx, Plan())
    qtbot.addWidget(panel)
    panel.show()
    panel.start([str(path)])
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=5000)
    item = panel.suggestion_items()[0]
    assert item.checkState(0) == Qt.CheckState.Checked
    panel.results.setFocus()
    panel.results.setCurrentItem(item)
    qtbot.keyClick(panel.results, Qt.Key.Key_Space)
    assert item.checkState(0) == Qt.CheckState.Unchecked and panel.chosen() == []
    assert "#districtchat" in panel.details.text()  # the selected row in full, as plain text


def test_bars_say_nothing_before_a_run_and_failures_are_not_called_fetched(qtbot, ctx, web):
    panel = ImportPanel(ctx, Plan(), limits=net.Limits(deadline=2, read_timeout=1, connect_timeout=1,
                                                       max_bytes=1_000_000))
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.sources_bar.isVisible() and not panel.bytes_bar.isVisible()  # no "0 of 1 fetched"
    assert panel.start([web.url("/laughs"), web.url("/nowhere")])
    assert panel.sources_bar.isVisible()
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=8000)
    assert panel.sources_bar.text() == "0 read, 2 could not be read"
    assert "fetched" not in panel.sources_bar.text()


def test_a_dead_feed_inside_a_list_is_shown_as_a_failure(qtbot, ctx, web):
    from plnonboard.ui.a11y import warn_colour
    from tests.loopback import opml

    web.routes["/two.opml"] = lambda h: h.send(200, opml([web.url("/rss"), web.url("/nowhere")]), "text/x-opml")
    panel = ImportPanel(ctx, Plan(), limits=LIMITS)
    qtbot.addWidget(panel)
    panel.check_feeds.setChecked(True)
    panel.start([web.url("/two.opml")])
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=8000)
    items = {i.data(0, Qt.ItemDataRole.UserRole).follow.feed_url: i for i in panel.suggestion_items()}
    dead, alive = items[web.url("/nowhere")], items[web.url("/rss")]
    warn = warn_colour(panel.results.palette())
    assert dead.foreground(1).color() == warn and dead.text(1).startswith("Not working: ")
    assert alive.foreground(1).color() != warn


def test_choosing_a_file_reads_it_at_once_and_a_feed_file_is_offered_as_a_follow(qtbot, ctx, tmp_path,
                                                                                  monkeypatch):
    path = tmp_path / "feed.xml"
    path.write_bytes(b"""<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>A maths blog</title><link>https://maths.example/</link>
<atom:link rel="self" href="https://maths.example/feed/" type="application/rss+xml"/>
<item><title>Fractions</title></item></channel></rss>""")
    monkeypatch.setattr("plnonboard.ui.import_panel.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(path), ""))
    panel = ImportPanel(ctx, Plan())
    qtbot.addWidget(panel)
    panel.choose_file()
    assert panel.is_busy() or panel.results.topLevelItemCount()  # no extra button press needed
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=5000)
    follows = [i.data(0, Qt.ItemDataRole.UserRole) for i in panel.suggestion_items()]
    assert [(s.follow.address, s.follow.feed_url) for s in follows] == [("https://maths.example/",
                                                                         "https://maths.example/feed/")]


def test_a_local_file_shows_no_download_bar(qtbot, ctx, tmp_path):
    from tests.loopback import ICS

    path = tmp_path / "c.ics"
    path.write_bytes(ICS)
    panel = ImportPanel(ctx, Plan())
    qtbot.addWidget(panel)
    panel.show()
    panel.start([str(path)])
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=5000)
    assert panel.sources_bar.isVisible() and panel.sources_bar.text() == "1 read"
    assert not panel.bytes_bar.isVisible()  # not a "0 KB" bar for a file read from disk
