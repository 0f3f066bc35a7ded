"""Which language the window speaks: Qt's own words (wizard buttons, message boxes) and ours.

The choice is, in order: an explicit setting (``--language`` or View > Language), else the
system's languages (QLocale.system(), which follows LANGUAGE, LC_ALL and LANG on Linux). A
missing catalogue falls back to English quietly: a half-installed app still opens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

SETTINGS_KEY = "app/language"
# Native names: someone who cannot read the current language still finds their own.
LANGUAGES = {"en": "English", "es": "Español"}
# A US audience first: English and Spanish dates default to the US conventions when chosen by hand.
REGION = {"en": "en_US", "es": "es_US"}

translate = QCoreApplication.translate


def translations_dir() -> Path:
    from ..services.paths import resources_dir

    return resources_dir() / "translations"


def _code(name: str | None) -> str:
    """'es_MX.UTF-8' / 'es-419' / 'ES' -> 'es'."""
    return (name or "").replace("-", "_").split(".")[0].split("_")[0].strip().lower()


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        code = _code(name)
        if code in LANGUAGES:
            return code
    return "en"


def _locale_for(code: str) -> QLocale:
    system = QLocale.system()
    if _code(system.name()) == code:
        return system  # keeps the user's own region (es_MX, en_GB) for dates and clocks
    return QLocale(REGION.get(code, code))


def install_translators(app: QCoreApplication, language: str | None) -> str:
    """Load Qt's and our catalogues for `language` (None or "" or "system": follow the system),
    make it the default locale for dates and weekday names, and return the language used."""
    for old in getattr(app, "_plnonboard_translators", []):
        app.removeTranslator(old)
    app._plnonboard_translators = []
    wanted = _code(language)
    explicit = wanted not in ("", "system")
    code = wanted if explicit else system_language()
    if code not in LANGUAGES:
        code = "en"
    if code != "en":
        ours = QTranslator(app)
        if not ours.load(f"plnonboard_{code}", str(translations_dir())):
            code = "en"  # no catalogue: English everywhere rather than a mixture
        else:
            qt = QTranslator(app)
            if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt)
                app._plnonboard_translators.append(qt)
            app.installTranslator(ours)
            app._plnonboard_translators.append(ours)
    QLocale.setDefault(_locale_for(code))
    from ..core.timefmt import set_style

    set_style(style_of(QLocale()))  # exports written from the window follow the window's clock
    return code


def style_of(locale: QLocale):
    """The locale's clock (12- or 24-hour) and date order, for the plain-English exports."""
    from ..core.timefmt import Style

    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    date_format = locale.dateFormat(QLocale.FormatType.ShortFormat).lstrip()
    return Style(clock12="a" in time_format.lower(), month_first=date_format[:1] in ("M", "L"))


# -- the saved choice ---------------------------------------------------------------------------

def _settings(data_dir: Path | str) -> QSettings:
    from .settings_file import FILE_NAME  # the window's own settings file, one per data folder

    return QSettings(str(Path(data_dir) / FILE_NAME), QSettings.Format.IniFormat)


def saved_language(data_dir: Path | str | None) -> str | None:
    if data_dir is None:
        return None
    value = _settings(data_dir).value(SETTINGS_KEY, "")
    code = _code(str(value or ""))
    return code if code in LANGUAGES else None


def save_language(data_dir: Path | str, language: str | None) -> None:
    qs = _settings(data_dir)
    code = _code(language)
    if code in LANGUAGES:
        qs.setValue(SETTINGS_KEY, code)
    else:
        qs.remove(SETTINGS_KEY)
    qs.sync()


def language_menu(window, data_dir: Path | str | None):
    """View > Language: System / English / Español. The choice is saved and used from the next
    start (rebuilding every open window in place would risk losing an unsaved edit)."""
    from PySide6.QtGui import QAction, QActionGroup
    from PySide6.QtWidgets import QMenu, QMessageBox

    if data_dir is None:
        from ..services.paths import data_dir as default_data_dir

        data_dir = default_data_dir()
    menu = QMenu(translate("Language", "&Language"), window)
    group = QActionGroup(menu)
    current = saved_language(data_dir) or ""
    choices = [("", translate("Language", "&System language"))]
    choices += [(code, name) for code, name in LANGUAGES.items()]
    for code, label in choices:
        action = QAction(label, menu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)

    def chosen(action) -> None:
        code = action.data() or None
        save_language(data_dir, code)
        name = LANGUAGES.get(code or "", translate("Language", "the system language"))
        box = QMessageBox(QMessageBox.Icon.Information, translate("Language", "Language"),
                          translate("Language", "PLN Onboard will use {language} the next time you open it.")
                          .format(language=name), QMessageBox.StandardButton.Ok, window)
        from PySide6.QtCore import Qt  # not at import: see ui/launch.py _plain_text

        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        menu._box = box  # keep the message alive while it shows

    group.triggered.connect(chosen)
    menu.group = group
    return menu
