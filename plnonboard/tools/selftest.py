"""`plnonboard --self-test`: prove an installed or frozen build has everything it needs, headless.

Each check prints one line; the first failure prints one line with the reason and exits 1. Nothing
here touches the user's data folder or keyring: the wizard is built on a throw-away folder and the
keyring is only asked which backends it can see, never for a secret.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import sys
import tempfile
from pathlib import Path

from .. import __version__

SAMPLE_DAY = dt.date(2026, 11, 23)  # a fixed Monday: the output is the same on every run


class CheckFailed(Exception):
    """A check's plain reason for failing."""


def check_version(state: dict) -> str:
    frozen = "frozen app" if getattr(sys, "frozen", False) else "Python " + sys.version.split()[0]
    return f"plnonboard {__version__} ({frozen})"


def check_resources(state: dict) -> str:
    from ..services.paths import resources_dir
    from ..services.resources import load_directory, load_follows

    directory = load_directory()
    if not directory.chats:
        raise CheckFailed(f"the chat directory in {resources_dir()} has no chats")
    if directory.errors:
        raise CheckFailed(f"the shipped chat directory has {len(directory.errors)} broken entries "
                          f"(first: {directory.errors[0]})")
    catalogue = load_follows()
    state["directory"] = directory
    return f"{len(directory.chats)} chats, {len(catalogue.entries)} starter follows from {resources_dir()}"


def check_time_zones(state: dict) -> str:
    from importlib import resources
    from zoneinfo import ZoneInfo

    # Windows has no system zone files, so the bundled tzdata package must carry them.
    bundled = resources.files("tzdata").joinpath("zoneinfo", "America", "Chicago")
    if not bundled.is_file():
        raise CheckFailed("the tzdata package has no zone files")
    offset = dt.datetime(2026, 7, 1, 12, tzinfo=ZoneInfo("Australia/Melbourne")).utcoffset()
    if offset != dt.timedelta(hours=10):
        raise CheckFailed(f"Australia/Melbourne has the wrong offset in July ({offset})")
    import tzdata

    return f"zoneinfo works; tzdata {tzdata.IANA_VERSION} bundled"


def check_week(state: dict) -> str:
    from ..core.schedule import plan_week
    from .personas import ana

    report = plan_week(ana(), state["directory"], SAMPLE_DAY, "America/Chicago")
    if not report.occurrences:
        raise CheckFailed("Ana's sample plan has no chat sessions in the sample week")
    first = report.occurrences[0]
    return (f"Ana's week of {report.monday}: {len(report.occurrences)} sessions, "
            f"{report.minutes_total}/{report.budget_minutes} min, {len(report.conflicts)} conflicts; "
            f"first {first.chat.hashtag} {first.start_in('America/Chicago'):%a %H:%M} Chicago")


def check_libraries(state: dict) -> str:
    # The app imports these lazily, so a frozen build only has them if they were listed as hidden imports.
    versions = []
    for name in ("icalendar", "feedparser", "requests", "platformdirs"):
        module = importlib.import_module(name)
        versions.append(f"{name} {getattr(module, '__version__', '?')}")
    import certifi

    if not Path(certifi.where()).is_file():
        raise CheckFailed(f"the CA certificate bundle is missing ({certifi.where()}), so feeds over https would fail")
    return ", ".join(versions) + "; CA bundle present"


def check_keyring(state: dict) -> str:
    from importlib.metadata import entry_points, version

    from keyring.backend import get_all_keyring

    # Backends are found through entry points; a frozen app without keyring's metadata sees none.

    names = sorted(ep.name for ep in entry_points(group="keyring.backends"))
    if not names:
        raise CheckFailed("keyring's backend entry points are missing (keyring metadata not bundled)")
    native = {"linux": "SecretService", "win32": "Windows", "darwin": "macOS"}.get(sys.platform)
    if native and native not in names:
        raise CheckFailed(f"keyring backend {native} is not listed among {names}")
    if native:
        importlib.import_module(f"keyring.backends.{native}")
    # What each native backend needs at run time; the backend module imports these inside try blocks,
    # so a build that lost them would only show up as "no keyring" on the teacher's computer.
    for needed in {"linux": ("secretstorage", "jeepney"), "win32": ("win32ctypes.pywin32",)}.get(sys.platform, ()):
        importlib.import_module(needed)
    usable = sorted(type(k).__module__.rsplit(".", 1)[-1] + "." + type(k).__name__ for k in get_all_keyring())
    return (f"{version('keyring')}: backends {', '.join(names)}; "
            f"usable here: {', '.join(usable) or 'none (no keyring service)'}")


def _choose_platform() -> None:
    """Offscreen when there is no screen to show on (CI, SSH); the native platform otherwise."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def check_qt(state: dict) -> str:
    _choose_platform()
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "plnonboard"])
    state["app"] = app
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    found = sorted(p.name for p in plugins.glob("*qxcb*")) + sorted(p.name for p in plugins.glob("*qwindows*")) + \
        sorted(p.name for p in plugins.glob("*qcocoa*"))
    if not found:
        raise CheckFailed(f"no desktop platform plugin (xcb, windows or cocoa) in {plugins}")
    families = QFontDatabase.families()
    if not families:
        raise CheckFailed("Qt finds no fonts, so text would not show (install a font, e.g. fonts-dejavu-core)")
    return f"PySide6 {pyside_version} on '{app.platformName()}'; {len(families)} font families; plugin {found[0]}"


def check_icon(state: dict) -> str:
    from PySide6.QtGui import QImage

    from ..services.paths import resources_dir

    path = resources_dir() / "icons" / "plnonboard.svg"
    image = QImage(str(path))  # needs Qt's SVG image plugin, which a trimmed build could lose
    if image.isNull():
        raise CheckFailed(f"the app icon {path} is missing or Qt cannot read SVG")
    return f"app icon renders ({image.width()}x{image.height()})"


def render_first_page(data_dir: Path):
    """The setup wizard's first page as a QImage, built on a fresh data folder."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ..ui.context import AppContext
    from ..ui.wizard import SetupWizard

    ctx = AppContext.load(data_dir, system_zone="UTC")
    wizard = SetupWizard(ctx, None)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)  # never flashes on a real desktop
    wizard.resize(1100, 720)
    wizard.show()
    QApplication.processEvents()
    try:
        return wizard.grab().toImage(), wizard.currentPage().title()
    finally:
        wizard.hide()
        wizard.deleteLater()
        QApplication.processEvents()


def distinct_colours(image, step: int = 4) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
            if len(seen) > 64:
                return len(seen)
    return len(seen)


def check_wizard(state: dict) -> str:
    with tempfile.TemporaryDirectory(prefix="plnonboard-selftest-") as tmp:
        image, title = render_first_page(Path(tmp))
    if image.isNull() or image.width() < 100:
        raise CheckFailed("the wizard's first page did not render")
    colours = distinct_colours(image)
    if colours < 8:  # text and buttons give dozens of shades; a blank or single-colour page gives 1-3
        raise CheckFailed(f"the wizard's first page rendered blank ({colours} colours)")
    return f"first page '{title}' rendered {image.width()}x{image.height()}, {colours}+ colours"


CHECKS = (
    ("version", check_version),
    ("resources", check_resources),
    ("time zones", check_time_zones),
    ("week", check_week),
    ("libraries", check_libraries),
    ("keyring", check_keyring),
    ("qt", check_qt),
    ("icon", check_icon),
    ("wizard", check_wizard),
)


def run() -> int:
    state: dict = {}
    for name, check in CHECKS:
        try:
            detail = check(state)
        except CheckFailed as exc:
            print(f"FAIL {name}: {exc}", flush=True)
            return 1
        except Exception as exc:  # any surprise is still one line, never a traceback
            reason = " ".join(str(exc).split()) or "no message"
            print(f"FAIL {name}: {type(exc).__name__}: {reason}", flush=True)
            return 1
        print(f"ok   {name}: {detail}", flush=True)
    print("self-test passed", flush=True)
    return 0
