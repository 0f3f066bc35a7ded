"""Colour contrast (WCAG 2.x AA) of everything the app paints or styles itself, in a light palette
(Fusion's standard one) and a typical dark system palette: 4.5:1 for text, 3:1 for outlines, focus
indicators and the clash marker. Checked on the named colours the painting code uses, then on the
pixels of a rendered week grid."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtGui import QColor, QPalette

from plnonboard.ui.a11y import dark_palette, warn_colour
from plnonboard.ui.weekpaint import week_colours
from plnonboard.ui.weekview import WeekView
from tests.ui.contrast import NON_TEXT_MIN, TEXT_MIN, contrast_ratio, light_palette
from tests.ui.test_weekview import BOUNDS, CLASH, EDCHAT, UKEDCHAT, report_for

R = QPalette.ColorRole
PALETTES = {"light": light_palette, "dark": dark_palette}


def test_contrast_formula_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic near miss
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    half_black = QColor(0, 0, 0, 128)  # a translucent colour counts as it shows on its background
    assert contrast_ratio(half_black, "#ffffff") == pytest.approx(contrast_ratio("#7f7f7f", "#ffffff"), abs=0.05)


def text_pairs(pal: QPalette) -> dict[str, tuple[QColor, QColor]]:
    c = week_colours(pal)
    return {
        "chat block text on its fill": (c.text, c.block_fill),
        "day header on window": (c.text, c.window),
        "day note (protected, clocks change) on window": (c.day_note, c.window),
        "hour label on window": (c.hour_label, c.window),
        "legend text on window": (c.legend_text, c.window),
        "text over quiet-hours shading": (c.text, c.quiet),
        "'No chats this week' on the grid": (c.empty_text, c.base),
        "'No chats this week' over quiet hours": (c.empty_text, c.quiet),
        "clash badge '!' on the badge": (c.base, c.warn),
        "text of a chat that may not run, on its pale fill": (c.text, c.idle_fill),
        "text over school-hours shading": (c.text, c.school),
        "'Paused' card text on its card": (c.text, c.base),
        "day note over a paused day's wash": (c.day_note, c.window),
        "over-budget words (warning colour) on window": (warn_colour(pal.color(R.Window)), pal.color(R.Window)),
        "failed import row on the list": (warn_colour(pal), pal.color(R.Base)),
        "failed import row on an alternate row": (warn_colour(pal), pal.color(R.AlternateBase)),
        "source links (palette(link)) on a dialog": (pal.color(R.Link), pal.color(R.Window)),
        "budget, labels and messages on window": (pal.color(R.WindowText), pal.color(R.Window)),
        "field text on field": (pal.color(R.Text), pal.color(R.Base)),
    }


def non_text_pairs(pal: QPalette) -> dict[str, tuple[QColor, QColor]]:
    c = week_colours(pal)
    return {
        "chat block outline on the grid": (c.accent, c.base),
        "chat block outline over quiet hours": (c.accent, c.quiet),
        "clash outline on the grid": (c.warn, c.base),
        "clash outline over quiet hours": (c.warn, c.quiet),
        "clash outline against its own fill": (c.warn, c.block_fill),
        "dashed outline of a chat that may not run, on the grid": (c.idle_edge, c.base),
        "dashed outline of a chat that may not run, over quiet hours": (c.idle_edge, c.quiet),
        "dashed outline of a chat that may not run, over school hours": (c.idle_edge, c.school),
        "chat block outline over school hours": (c.accent, c.school),
        "over-budget bar fill on its groove": (warn_colour(pal), pal.color(R.Base)),
        "focus ring round a block on the grid": (c.text, c.base),
        "focus ring over quiet hours": (c.text, c.quiet),
        "focus ring over a protected day": (c.text, c.protected),
        "today bar on window": (c.accent, c.window),
        "quiet-hours legend swatch edge": (c.hour_label, c.window),
        "clash legend swatch on window": (c.warn, c.window),
        "widget focus frame (highlight) on fields": (pal.color(R.Highlight), pal.color(R.Base)),
        "widget focus frame (highlight) on window": (pal.color(R.Highlight), pal.color(R.Window)),
        "budget bar fill on its groove": (pal.color(R.Highlight), pal.color(R.Base)),
    }


def lowest(pairs: dict) -> tuple[str, float]:
    name = min(pairs, key=lambda k: contrast_ratio(*pairs[k]))
    return name, contrast_ratio(*pairs[name])


@pytest.mark.parametrize("scheme", PALETTES)
def test_text_meets_4_5_to_1(scheme):
    pairs = text_pairs(PALETTES[scheme]())
    failing = {k: round(contrast_ratio(*v), 2) for k, v in pairs.items() if contrast_ratio(*v) < TEXT_MIN}
    assert not failing, f"{scheme}: {failing}"


@pytest.mark.parametrize("scheme", PALETTES)
def test_outlines_markers_and_focus_meet_3_to_1(scheme):
    pairs = non_text_pairs(PALETTES[scheme]())
    failing = {k: round(contrast_ratio(*v), 2) for k, v in pairs.items() if contrast_ratio(*v) < NON_TEXT_MIN}
    assert not failing, f"{scheme}: {failing}"


@pytest.mark.parametrize("scheme", PALETTES)
def test_clash_is_told_apart_from_an_ordinary_block_without_colour_alone(scheme):
    c = week_colours(PALETTES[scheme]())
    # Colour is backed by the "!" badge and a thicker outline; the two outlines still differ clearly.
    assert contrast_ratio(c.warn, c.accent) >= 1.2 or abs(c.warn.hueF() - c.accent.hueF()) > 0.3


def test_no_hard_coded_colours_outside_the_named_ones():
    """Colours live in a11y.py (and the palette); a stray literal would dodge these tests."""
    ui = Path(__file__).resolve().parents[2] / "plnonboard" / "ui"
    for path in ui.rglob("*.py"):
        if path.name == "a11y.py":
            continue
        source = path.read_text(encoding="utf-8")
        literals = re.findall(r"QColor\(\s*[\"'#]|Qt\.GlobalColor\.\w+|#[0-9a-fA-F]{6}\b(?=[\"';\s])", source)
        assert not literals, f"{path.name}: {literals}"
        for sheet in re.findall(r"setStyleSheet\((.*)\)", source):
            assert not re.search(r"#[0-9a-fA-F]{3,8}|rgb|\bcolor:(?!\s*palette\()", sheet), f"{path.name}: {sheet}"


# -- the rendered grid ------------------------------------------------------------------------------

@pytest.fixture(params=list(PALETTES))
def painted(request, qtbot):
    pal = PALETTES[request.param]()
    view = WeekView()
    qtbot.addWidget(view)
    view.setPalette(pal)
    view.resize(1000, 640)
    view.set_week(report_for([EDCHAT, UKEDCHAT, CLASH], dt.date(2026, 3, 9)), BOUNDS, "Europe/London")
    view.show()
    qtbot.waitExposed(view)
    return view, pal


def near(image, x: int, y: int, want: QColor, radius: int = 3) -> QColor:
    """The pixel around (x, y) closest to `want` (antialiased edges sit between two pixels)."""
    best, best_d = None, 10 ** 9
    for dx in range(-radius, radius + 1):
        px = image.pixelColor(x + dx, y)
        d = abs(px.red() - want.red()) + abs(px.green() - want.green()) + abs(px.blue() - want.blue())
        if d < best_d:
            best, best_d = px, d
    return best


def test_rendered_week_grid_uses_the_checked_colours(painted):
    view, pal = painted
    colours = week_colours(pal)
    view.setFocus()
    view.set_current(0)
    image = view.grab().toImage()
    blocks = {b.occurrence.chat.hashtag: b for b in view.blocks()}
    plain = view.block_rect(blocks["#edchat"])
    clash = view.block_rect(blocks["#clash"])
    y = round(plain.center().y())

    fill = image.pixelColor(round(plain.right()) - 6, y)
    assert fill == colours.block_fill
    brightest_text = max((image.pixelColor(x, yy) for x in range(round(plain.left()) + 4, round(plain.left()) + 60)
                          for yy in range(round(plain.top()) + 2, round(plain.top()) + 16)),
                         key=lambda px: contrast_ratio(px, fill))
    assert contrast_ratio(brightest_text, fill) >= TEXT_MIN

    edge = near(image, round(clash.left()), round(clash.center().y()), colours.warn)
    base_px = image.pixelColor(round(view._col_x(3)) + 4, round(view._y(9 * 60 + 30)))  # Thursday 09:30: empty grid
    assert base_px == colours.base
    assert contrast_ratio(edge, base_px) >= NON_TEXT_MIN
    ring = near(image, round(plain.left()) - 3, y, colours.text)  # the focused block's ring
    assert contrast_ratio(ring, base_px) >= NON_TEXT_MIN


def test_failed_import_row_is_readable_in_dark(qtbot, isolated_data_dir):
    from plnonboard.ui.import_panel import ImportPanel
    from tests.ui.wizard_support import small_ctx

    panel = ImportPanel(small_ctx(isolated_data_dir))
    qtbot.addWidget(panel)
    for make in PALETTES.values():
        pal = make()
        panel.setPalette(pal)
        panel.results.clear()
        panel._show_source(SimpleNamespace(source="https://example.org/feed", ok=False, title="", reason="timeout",
                                           message="took too long", suggestions=[], items=[], skipped=[]))
        colour = panel.results.topLevelItem(0).foreground(1).color()
        assert contrast_ratio(colour, pal.color(R.Base)) >= TEXT_MIN


def test_quiet_and_protected_shading_are_backed_by_words(painted):
    """The quiet-hours and protected-day washes are deliberately faint (under 3:1): they are a
    supplementary cue. What they mean is said in words: the legend and the day notes."""
    view, _pal = painted
    assert any("Protected day" in n for notes in view._notes.values() for n in notes)
    assert "Protected day" in view.accessibleDescription()
    late = next(o for o in view.occurrences() if o.chat.hashtag == "#edchat")  # 23:00 in London
    view.set_current(view.occurrences().index(late))
    assert "quiet hours" in view.accessibleDescription()


def test_the_screenshots_and_tests_use_the_one_dark_palette_checked_here():
    """Issue 15: the screenshot tools each built their own dark palette, so the pictures showed
    colours no contrast test had checked. Any other function building a dark palette fails here."""
    import ast

    root = Path(__file__).resolve().parents[2]
    found = []
    for folder in ("plnonboard", "tests", "bench", "scripts"):
        for path in sorted((root / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.FunctionDef) and not node.name.startswith("test_")
                        and re.search(r"dark.*palette|palette.*dark", node.name, re.I)):
                    found.append(f"{path.relative_to(root).as_posix()}:{node.name}")
    assert found == ["plnonboard/ui/a11y.py:dark_palette"]
