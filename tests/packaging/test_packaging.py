"""Packaging: the Linux metadata validates, the version has one source, and the built app starts.

The PyInstaller build runs once per test session (a few tens of seconds on two cores) into build/,
then the built binary runs its --self-test headless from outside the checkout.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from plnonboard import __version__

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.plnonboard.PLNOnboard"
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICON = ROOT / "resources" / "icons" / "plnonboard.svg"
FLATPAK = ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml"
BUILT_APP = ROOT / "build" / "pyinstaller" / "plnonboard" / "plnonboard"
SELF_TEST_CHECKS = ("version", "resources", "time zones", "week", "libraries", "keyring", "qt", "icon", "wizard")


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def require(ok: bool, why: str) -> None:
    """A missing build tool fails in CI (the check must run there) and skips on a developer machine."""
    if ok:
        return
    if in_ci():
        pytest.fail(why)
    pytest.skip(why)


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    require(path is not None, f"{name} is not installed (Debian package {package}; scripts/setup.sh test installs it)")
    return path


def headless_env(**extra: str) -> dict[str, str]:
    """No display, no checkout on the path, no resources override: the app must manage on its own."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH", "PLNONBOARD_RESOURCES")}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", **extra)
    return env


def assert_self_test_passed(proc: subprocess.CompletedProcess) -> list[str]:
    lines = proc.stdout.strip().splitlines()
    assert proc.returncode == 0, f"self-test failed (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    assert [line.split(":", 1)[0][5:] for line in lines[:-1]] == list(SELF_TEST_CHECKS)
    assert all(line.startswith("ok   ") for line in lines[:-1])
    assert lines[-1] == "self-test passed"
    assert "Traceback" not in proc.stderr
    return lines


# -- one version ----------------------------------------------------------------------------------

def test_metainfo_newest_release_is_the_package_version():
    releases = ET.parse(METAINFO).getroot().find("releases")
    versions = [r.get("version") for r in releases.findall("release")]
    assert versions and versions[0] == __version__


def test_version_flag_prints_the_package_version():
    proc = subprocess.run([sys.executable, "-m", "plnonboard", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"plnonboard {__version__}"


def test_pyproject_reads_the_version_from_the_package():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in text
    assert 'version = { attr = "plnonboard.__version__" }' in text
    assert not re.search(r'^version\s*=\s*"', text, re.MULTILINE)


# -- Linux metadata ---------------------------------------------------------------------------------

def test_desktop_file_validates():
    proc = subprocess.run([tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "error" not in (proc.stdout + proc.stderr).lower()


def test_metainfo_validates():
    proc = subprocess.run([tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_linux_files_agree_on_the_app_id():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.find("content_rating").get("type") == "oars-1.1"
    desktop = dict(line.split("=", 1) for line in DESKTOP.read_text(encoding="utf-8").splitlines() if "=" in line)
    assert desktop["Icon"] == APP_ID
    assert desktop["Exec"].split()[0] == "plnonboard"
    flatpak = FLATPAK.read_text(encoding="utf-8")
    assert re.search(rf"^id: {re.escape(APP_ID)}$", flatpak, re.MULTILINE)


def test_flatpak_manifest_matches_runtime_and_base_and_installs_what_exists():
    text = FLATPAK.read_text(encoding="utf-8")
    runtime = re.search(r"^runtime-version: '([\d.]+)'$", text, re.MULTILINE).group(1)
    base = re.search(r"^base-version: '([\d.]+)'$", text, re.MULTILINE).group(1)
    assert runtime == base  # the PySide base app is built against that runtime's Qt
    assert "runtime: org.kde.Platform" in text and "base: io.qt.PySide.BaseApp" in text
    for arg in ("--share=network", "--socket=wayland", "--socket=fallback-x11", "--device=dri",
                "--talk-name=org.freedesktop.secrets"):
        assert f"- {arg}" in text
    for rel in re.findall(r"install -Dm\d+ (\S+)", text):
        assert (ROOT / rel.replace("${FLATPAK_ID}", APP_ID)).is_file(), rel


def test_icon_is_a_square_svg():
    root = ET.parse(ICON).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 128 128"
    assert root.get("width") == root.get("height")


# -- the self-test ----------------------------------------------------------------------------------

def test_self_test_passes_from_the_checkout(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "plnonboard", "--self-test"], capture_output=True, text=True,
                          env=headless_env(), cwd=tmp_path, timeout=120)
    assert_self_test_passed(proc)


def test_self_test_fails_with_one_line_when_resources_are_missing(tmp_path):
    env = headless_env(PLNONBOARD_RESOURCES=str(tmp_path / "nowhere"))
    proc = subprocess.run([sys.executable, "-m", "plnonboard", "--self-test"], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120)
    assert proc.returncode == 1
    assert proc.stdout.strip().splitlines()[-1].startswith("FAIL resources: ")
    assert "Traceback" not in proc.stdout + proc.stderr


def test_flatpak_layout_finds_resources_beside_the_package(tmp_path):
    """The Flatpak copies plnonboard/ and resources/ side by side under /app/share/plnonboard."""
    share = tmp_path / "share" / "plnonboard"
    shutil.copytree(ROOT / "plnonboard", share / "plnonboard", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "resources", share / "resources")
    code = ("import plnonboard, sys; from plnonboard.services.paths import resources_dir;"
            "print(plnonboard.__file__); print(resources_dir())")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path,
                          env={**headless_env(), "PYTHONPATH": str(share)}, check=True)
    package_file, resources = proc.stdout.strip().splitlines()
    assert Path(package_file).is_relative_to(share)
    assert Path(resources) == share / "resources"


def test_blank_image_counts_as_blank():
    from PySide6.QtGui import QColor, QImage

    from plnonboard.tools.selftest import distinct_colours

    image = QImage(200, 100, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    assert distinct_colours(image) == 1


# -- the PyInstaller app ----------------------------------------------------------------------------

@pytest.fixture(scope="session")
def built_app() -> Path:
    """Build the one-folder app once per session with packaging/build.sh."""
    python = ROOT / ".venv" / "bin" / "python"
    python = python if python.exists() else Path(sys.executable)
    has_pyinstaller = subprocess.run([str(python), "-c", "import PyInstaller"], capture_output=True).returncode == 0
    require(has_pyinstaller, "PyInstaller is not installed (pip install -e '.[test]' or scripts/setup.sh test)")
    proc = subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PLNONBOARD_PYTHON": str(python)}, timeout=1800)
    summary = [line for line in proc.stdout.splitlines() if line.startswith("build: ")]
    assert proc.returncode == 0, f"PyInstaller build failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    print("\n".join(summary))  # build time and size, shown with -s
    assert BUILT_APP.is_file()
    return BUILT_APP


def test_built_app_passes_its_self_test_headless(built_app, tmp_path):
    proc = subprocess.run([str(built_app), "--self-test"], capture_output=True, text=True,
                          env=headless_env(), cwd=tmp_path, timeout=300)
    lines = assert_self_test_passed(proc)
    print("\n".join(lines))
    assert "(frozen app)" in lines[0]
    bundled = built_app.parent.resolve()
    resources_line = lines[1]
    assert str(bundled) in resources_line, resources_line  # resources came from inside the bundle
    assert "SecretService" in lines[5]  # keyring backends found through the bundled metadata


def test_built_app_prints_the_version(built_app, tmp_path):
    proc = subprocess.run([str(built_app), "--version"], capture_output=True, text=True,
                          env=headless_env(), cwd=tmp_path, timeout=120)
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"plnonboard {__version__}"


def test_built_app_leaves_out_qml_and_webengine(built_app):
    names = {p.name for p in built_app.parent.rglob("*")}
    unwanted = sorted(n for n in names if re.match(r"(lib)?Qt6(Qml|Quick|WebEngine|Pdf)", n) or n == "qml")
    assert unwanted == []
