"""The import panel shows hostile feeds, lists, calendars and directory updates as plain text: no
control character, bidi override or surrogate reaches a widget (tests/hostile.py)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QTreeWidgetItemIterator

from plnonboard.core.directory import Directory
from plnonboard.core.model import Plan
from plnonboard.services import net
from plnonboard.ui.context import AppContext
from plnonboard.ui.import_panel import ImportPanel
from tests import hostile
from tests.hostile import TODAY, forbidden_in


@pytest.fixture
def ctx(tmp_path):
    context = AppContext.load(tmp_path / "data", system_zone="America/Chicago", today=lambda: TODAY)
    context.directory = Directory()
    yield context
    if context.store is not None:
        context.store.close()


def test_the_import_panel_shows_hostile_sources_as_plain_text(qtbot, ctx, tmp_path):
    paths = hostile.write_sources(tmp_path / "sources")
    panel = ImportPanel(ctx, Plan(), limits=net.Limits(deadline=20), workers=2)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    assert panel.start([str(paths[k]) for k in ("feed", "opml", "ics", "directory")])
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=20000)
    texts = []
    it = QTreeWidgetItemIterator(panel.results)
    while it.value():
        texts += [it.value().text(0), it.value().text(1)]
        it += 1
    assert len(texts) > 20 and any("Hostile blog ]0;pwned" in t for t in texts)
    assert {t: forbidden_in(t, allow_newlines=False) for t in texts if forbidden_in(t, allow_newlines=False)} == {}
    shots = os.environ.get("PLNONBOARD_SHOTS")
    if shots:  # PLNONBOARD_SHOTS=/tmp/x to look at it
        panel.grab().save(os.path.join(shots, "hostile-import-panel.png"))
