"""Translations: the Spanish catalogue is complete and consistent, the window follows the chosen
language (ours and Qt's own words, weekday names), a missing catalogue falls back to English,
and the language can be chosen on the command line and in View > Language."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWizard

from plnonboard.core.model import Plan
from plnonboard.core.schedule import plan_week
from plnonboard.ui import i18n
from tests.ui.wizard_support import TODAY, open_wizard, small_ctx

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
SPANISH = TS_DIR / "plnonboard_es.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%[0-9n]|%[vm]")


def _tool(name: str) -> str | None:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else shutil.which(name)


def _messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)\w", text.replace("&&", "")))


# -- the catalogue ------------------------------------------------------------------------------

def test_spanish_catalogue_is_complete_and_consistent():
    problems = []
    count = 0
    for context, message in _messages(SPANISH):
        count += 1
        source = message.findtext("source")
        translation = message.find("translation")
        where = f"{context}: {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {translation.get('type')}")
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if len(forms) != 2 or not all(f.strip() for f in forms):
                problems.append(f"{where}: Spanish needs two plural forms, got {forms!r}")
                continue
        else:
            forms = [translation.text or ""]
            if not forms[0].strip():
                problems.append(f"{where}: empty translation")
                continue
        for form in forms:
            missing = set(PLACEHOLDER.findall(source)) - set(PLACEHOLDER.findall(form))
            extra = {p for p in PLACEHOLDER.findall(form) if p.startswith("{")} - set(PLACEHOLDER.findall(source))
            if missing or extra:
                problems.append(f"{where}: placeholders differ in {form!r} (missing {missing}, unknown {extra})")
            if _mnemonics(source) != _mnemonics(form):
                problems.append(f"{where}: keyboard mnemonic '&' lost or doubled in {form!r}")
    assert count >= 400
    assert not problems, "\n".join(problems)


def test_catalogue_has_every_string_of_the_window(tmp_path):
    """A string added to the window without re-running scripts/update_translations.sh shows up
    here, not as English in the middle of a Spanish window."""
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "plnonboard" / "ui").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-silent", "-target-language", "es", "-ts", str(fresh)], check=True)
    wanted = {(c, m.findtext("source"), m.findtext("comment") or "") for c, m in _messages(fresh)}
    have = {(c, m.findtext("source"), m.findtext("comment") or "") for c, m in _messages(SPANISH)}
    new = sorted(wanted - have)
    assert not new, ("not in plnonboard_es.ts (run scripts/update_translations.sh and translate them): "
                     + "; ".join(f"{c}: {s!r}" for c, s, _ in new[:10]))


# -- the window in a language --------------------------------------------------------------------

@pytest.fixture(scope="session")
def built_catalogues(tmp_path_factory) -> Path:
    lrelease = _tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    out = tmp_path_factory.mktemp("translations")
    for ts in TS_DIR.glob("*.ts"):
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(out / ts.with_suffix(".qm").name)], check=True)
    return out


@pytest.fixture
def language(qapp, built_catalogues, monkeypatch):
    """Switch the app to a language for one test, then back to how it was."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: built_catalogues)
    before = QLocale()
    yield lambda code: i18n.install_translators(qapp, code)
    for old in getattr(qapp, "_plnonboard_translators", []):
        qapp.removeTranslator(old)
    qapp._plnonboard_translators = []
    QLocale.setDefault(before)


def _agenda_first_heading(qtbot, ctx) -> str:
    from plnonboard.ui.agenda import AgendaView

    view = AgendaView()
    qtbot.addWidget(view)
    plan = Plan()
    plan.boundaries.protected_days = [0]  # a heading for Monday even with no chats
    report = plan_week(plan, ctx.directory, TODAY, "America/Chicago")
    view.set_week(report, plan.boundaries, "America/Chicago")
    return view.topLevelItem(0).text(0)


def test_wizard_in_spanish(qtbot, tmp_path, language):
    assert language("es") == "es"
    ctx = small_ctx(tmp_path)
    wizard = open_wizard(qtbot, ctx)
    assert wizard.currentPage().title() == "Te damos la bienvenida a PLN Onboard"
    assert wizard.button(QWizard.WizardButton.NextButton).text().replace("&", "") == "Siguiente >"  # qtbase_es
    assert _agenda_first_heading(qtbot, ctx) == "lunes, 23 de noviembre de 2026 · día protegido · sin chats"
    assert QLocale().dayName(1) == "lunes"


def test_wizard_in_english(qtbot, tmp_path, language):
    assert language("en") == "en"
    ctx = small_ctx(tmp_path)
    wizard = open_wizard(qtbot, ctx)
    assert wizard.currentPage().title() == "Welcome to PLN Onboard"
    assert wizard.button(QWizard.WizardButton.NextButton).text().replace("&", "") == "Next >"
    assert _agenda_first_heading(qtbot, ctx).startswith("Monday")
    assert "protected day" in _agenda_first_heading(qtbot, ctx)


def test_missing_catalogue_falls_back_to_english(qtbot, tmp_path, language, monkeypatch):
    empty = tmp_path / "no-translations"
    empty.mkdir()
    monkeypatch.setattr(i18n, "translations_dir", lambda: empty)
    assert language("es") == "en"
    wizard = open_wizard(qtbot, small_ctx(tmp_path))
    assert wizard.currentPage().title() == "Welcome to PLN Onboard"
    assert QLocale().dayName(1) == "Monday"


def test_unknown_language_is_english(language):
    assert language("tlh") == "en"


@pytest.mark.parametrize("name, code", [("es_MX.UTF-8", "es"), ("es-419", "es"), ("en_GB", "en"), ("", "")])
def test_language_codes_from_locale_names(name, code):
    assert i18n._code(name) == code


def test_switching_back_and_forth_leaves_one_set_of_translators(qapp, language):
    language("es")
    language("es")
    assert len(qapp._plnonboard_translators) == 2  # ours and qtbase, not four
    assert QApplication.translate("WelcomePage", "Welcome to PLN Onboard") == "Te damos la bienvenida a PLN Onboard"
    language("en")
    assert qapp._plnonboard_translators == []
    assert QApplication.translate("WelcomePage", "Welcome to PLN Onboard") == "Welcome to PLN Onboard"


# -- choosing the language ---------------------------------------------------------------------------

def test_cli_accepts_language():
    from plnonboard.cli.parser import build_parser

    assert build_parser().parse_args(["--language", "es"]).language == "es"
    assert build_parser().parse_args(["--language", "ES"]).language == "es"
    assert not hasattr(build_parser().parse_args([]), "language")
    with pytest.raises(SystemExit) as stop:
        build_parser().parse_args(["--language", "xx"])
    assert stop.value.code == 2


def test_saved_language_round_trip(tmp_path):
    assert i18n.saved_language(tmp_path) is None
    i18n.save_language(tmp_path, "es")
    assert i18n.saved_language(tmp_path) == "es"
    i18n.save_language(tmp_path, None)  # back to "follow the system"
    assert i18n.saved_language(tmp_path) is None


def test_view_menu_language_choice_is_saved(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from plnonboard.ui.mainwindow import MainWindow

    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: shown.append(self.text()))
    ctx = small_ctx(tmp_path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    language_menu = next(a.menu() for a in menus["&View"].actions() if a.menu() is not None)
    assert [a.text() for a in language_menu.actions()] == ["&System language", "English", "Español"]
    spanish = language_menu.actions()[2]
    spanish.trigger()
    assert spanish.isChecked()
    assert i18n.saved_language(ctx.data_dir) == "es"
    assert shown and "Español" in shown[0] and "next time" in shown[0]


def test_core_reasons_are_shown_in_the_language(language):
    """Core hands over reasons as data; the window says them in the user's language."""
    import datetime as dt

    from plnonboard.core.recommend import Reason
    from plnonboard.core.zones import get_zone
    from plnonboard.ui import texts

    status = Reason("status", {"status": "running", "recorded": "running", "decayed": False, "last_seen": "2026-01",
                               "frequency": "weekly", "interval": 1, "platforms": ("bluesky",)})
    when = dt.datetime(2026, 12, 9, 19, 0, tzinfo=get_zone("America/Chicago"))
    reasons = (status, Reason("role", {"role": "librarian"}), Reason("your_platforms", {"platforms": ("bluesky",)}),
               Reason("time", {"start": when}))
    language("en")
    assert texts.day_clock(when).startswith("Wed 7:00")
    assert texts.reasons_line(reasons) == ("Runs weekly on Bluesky (seen Jan 2026) · for school librarians · "
                                           + texts.day_clock(when) + " your time")
    subjects = Reason("subjects", {"subjects": ("ela", "math")})
    assert texts.reason_text(subjects) == "about english, literacy and reading, mathematics"
    language("es")
    assert texts.reason_text(subjects) == "sobre inglés, lectura y escritura, matemáticas"
    assert texts.reason_text(Reason("newcomers")) == "recibe bien a quien empieza"
    assert texts.reason_text(Reason("your_platforms", {"platforms": ("bluesky", "mastodon")})) == \
        "en Bluesky, Mastodon, que tú usas"
    assert texts.reasons_line(reasons).startswith(
        f"Se reúne cada semana en Bluesky (visto {texts.seen_date('2026-01')}) · para bibliotecarios escolares")
    assert texts.reason_text(Reason("a_kind_from_the_future")) == ""


def test_every_follow_suggestion_reason_has_words_in_both_languages(qapp, language):
    # core.follows gives typed reasons, never English: each kind it makes is worded by the window.
    from plnonboard.core.follows import suggest
    from plnonboard.core.model import Plan, PlanChat, Profile
    from plnonboard.services.resources import load_directory, load_follows
    from plnonboard.ui import texts

    plan = Plan(profile=Profile(role="librarian", subjects=["libraries", "math"], platforms=["bluesky", "mastodon"],
                                time_zone="America/New_York"), chats=[PlanChat("tlskychat")])
    reasons = [r for s in suggest(load_follows(), plan, load_directory()) for r in s.reasons]
    kinds = {r.kind for r in reasons}
    assert {"chosen_chat", "subjects"} <= kinds, kinds
    for code in ("en", "es"):
        language(code)
        assert all(texts.reason_text(r) for r in reasons), [r for r in reasons if not texts.reason_text(r)]


def test_dates_in_the_window_name_the_month_and_the_whole_year(qapp, language):
    # Qt's short format read '11/25/26' in en_US and '25 11 2026' in the C locale.
    import datetime as dt

    from plnonboard.ui import texts

    day = dt.date(2026, 11, 25)
    language("en")  # en_US: month first, as the exports write it
    assert texts.date_text(day) == "Nov 25, 2026"
    language("es")
    assert texts.date_text(day) == "25 nov 2026"


def test_school_hours_and_pause_dates_follow_the_windows_clock_and_date_order(qapp, language):
    # School hours were a 24-hour '16:00' beside quiet hours' '10:00 PM', and pause dates day-first
    # ('3 Dec 2026') for a US teacher.
    import datetime as dt

    from plnonboard.ui.pauses_editor import PausesEditor
    from plnonboard.ui.wizard.school_hours import SchoolHoursEditor

    language("en")  # en_US
    school = SchoolHoursEditor()
    assert (school.start.text(), school.end.text()) == ("8:00\u202fAM", "4:00\u202fPM") or \
        (school.start.text(), school.end.text()) == ("8:00 AM", "4:00 PM")
    assert PausesEditor(dt.date(2026, 12, 3)).start.displayFormat() == "MMM d, yyyy"
    language("es")
    from PySide6.QtCore import QLocale, QTime

    assert SchoolHoursEditor().start.text() == QLocale().toString(QTime(8, 0), QLocale.FormatType.ShortFormat)
    assert PausesEditor(dt.date(2026, 12, 3)).start.displayFormat() == "d MMM yyyy"
