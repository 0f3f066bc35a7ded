"""Plan → Follow on Bluesky or Mastodon, in the real dialog against the local stand-in servers: the
preview lists every step (public list and pack additions unticked until the teacher ticks them),
only ticked steps are done, progress ends in a plain summary, and "Undo this run" removes them."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from plnonboard.core.model import Follow, Plan
from plnonboard.ui.follow_dialog import FollowDialog
from tests.services.fake_social import BlueskyHandler, BlueskyState, MastodonHandler, MastodonState, serve
from tests.ui.wizard_support import small_ctx

SHOTS = os.environ.get("PLNONBOARD_SHOTS")  # set to a folder to keep screenshots of each step


def _shot(widget, name: str) -> None:
    if SHOTS:
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()  # let the layout catch up with the new text first
        os.makedirs(SHOTS, exist_ok=True)
        widget.grab().save(os.path.join(SHOTS, f"follow-{name}.png"))


def _rows(dialog) -> dict[str, tuple[str, bool, bool]]:
    out = {}
    for i in range(dialog.table.rowCount()):
        item = dialog.table.item(i, 0)
        key = f"{item.text()} {dialog.table.item(i, 1).text()}"
        out[key] = (dialog.table.item(i, 3).text(), item.checkState() == Qt.CheckState.Checked,
                    bool(item.flags() & Qt.ItemFlag.ItemIsUserCheckable))
    return out


def test_bluesky_preview_tick_run_and_undo_in_the_window(qtbot, tmp_path, memory_keyring):
    state = BlueskyState()
    for h in ("ana.bsky.social", "ben.bsky.social"):
        state.add_person(h)
    plan = Plan(follows=[Follow("bluesky", "ana.bsky.social", note="Middle-school math, posts lesson ideas"),
                         Follow("bluesky", "ben.bsky.social", note="Runs #TLSkyChat"),
                         Follow("bluesky", "gone.bsky.social", note="Typo in the plan")])
    ctx = small_ctx(tmp_path)
    with serve(BlueskyHandler, state) as url:
        dialog = FollowDialog(ctx, plan)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.handle.setText("teacher.example.com")
        dialog.app_password.setText("app-pass-1234")
        dialog.service.setText(url)
        dialog.make_pack.setChecked(True)
        _shot(dialog, "1-sign-in")
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=20000)
        rows = _rows(dialog)
        assert rows["Follow ana.bsky.social"] == ("to do", True, True)
        assert rows["Add to your starter pack ana.bsky.social"] == ("to do", False, True)  # public: unticked
        assert rows["Follow gone.bsky.social"] == ("not found", False, False)
        dialog.table.item(1, 0).setCheckState(Qt.CheckState.Checked)  # tick Ben into the pack
        _shot(dialog, "2-preview")
        assert not state.records("app.bsky.graph.follow")  # nothing happened before the button

        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
        _shot(dialog, "3-done")
        assert dialog.report.status == "finished"
        assert len(state.records("app.bsky.graph.follow")) == 2 and state.errors == []
        members = {v["subject"] for v in state.records("app.bsky.graph.listitem").values()}
        assert members == {state.handles["ben.bsky.social"], state.me[1]}  # Ana was not ticked into the pack
        assert "Not found" in dialog.result_text.text() and "gone.bsky.social" in dialog.result_text.text()
        assert memory_keyring.data[("plnonboard", "bluesky-app-password:teacher.example.com")] == "app-pass-1234"

        first = dialog.report
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.report is not first, timeout=20000)
        _shot(dialog, "4-undone")
        assert dialog.report.status == "undone" and "Undone" in dialog.result_text.text()
        assert not state.records("app.bsky.graph.follow") and not state.records("app.bsky.graph.starterpack")


def test_mastodon_bad_token_reads_as_one_sentence(qtbot, tmp_path, memory_keyring):
    state = MastodonState()
    ctx = small_ctx(tmp_path)
    with serve(MastodonHandler, state) as url:
        dialog = FollowDialog(ctx, Plan(follows=[Follow("mastodon", "#MTBoS", kind="hashtag")]))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.mastodon_radio.setChecked(True)
        dialog.server.setText("http://mastodon.example")
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        assert "https://" in dialog.message.text()  # refused before anything is sent
        dialog.server.setText(url)
        dialog.token.setText("not-the-token")
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "refused the sign-in" in dialog.message.text(), timeout=20000)
        _shot(dialog, "5-mastodon-refused")
        dialog.token.setText(state.token)
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=20000)
        assert _rows(dialog)["Follow hashtag MTBoS"] == ("to do", True, True)

        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
        assert state.tags == {"mtbos"}
        dialog.close()

        later = FollowDialog(ctx, Plan())  # another day: the run can still be undone from the window
        qtbot.addWidget(later)
        later.show()
        later.mastodon_radio.setChecked(True)
        assert later.runs_box.isVisibleTo(later) and later.runs.count() == 1
        assert "Mastodon" in later.runs.itemText(0) and "1 made" in later.runs.itemText(0)
        _shot(later, "6-earlier-runs")
        qtbot.mouseClick(later.undo_earlier, Qt.MouseButton.LeftButton)  # the token comes from the keyring
        qtbot.waitUntil(lambda: later.report is not None, timeout=20000)
        assert later.report.status == "undone" and state.tags == set()
