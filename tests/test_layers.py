"""The layering rule (docs/ARCHITECTURE.md), enforced: Qt only in ui/ (and tools/), no I/O in core/, and core
imports nothing above it. Imports are read from the source (absolute and relative alike), and a test
plants violations in a copy of the package to prove each check can fail."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "plnonboard"
IO_MODULES = {"requests", "sqlite3", "keyring", "platformdirs", "feedparser", "icalendar", "PySide6", "urllib3",
              "socket", "http", "listparser", "shutil", "tempfile", "subprocess"}
UPPER_LAYERS = ("services", "ui", "cli", "tools")


def imported_modules(path: Path, pkg: Path = PKG) -> set[str]:
    """Every module `path` imports, as absolute dotted names (relative imports resolved against the
    file's own package, so `from ..services import store` in core/x.py is `plnonboard.services.store`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parts = ("plnonboard",) + path.relative_to(pkg).with_suffix("").parts
    package = parts[:-1] if parts[-1] != "__init__" else parts[:-1]
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                base = node.module or ""
            else:
                anchor = package[: len(package) - (node.level - 1)]
                base = ".".join(anchor + ((node.module,) if node.module else ()))
            out.add(base)
            out |= {f"{base}.{a.name}" for a in node.names if a.name != "*"}
    return {m for m in out if m}


def _top(names: set[str]) -> set[str]:
    return {n.split(".")[0] for n in names}


def qt_outside_ui(pkg: Path) -> list[str]:
    return sorted(str(p.relative_to(pkg)) for p in pkg.rglob("*.py")
                  if "PySide6" in _top(imported_modules(p, pkg)) and p.relative_to(pkg).parts[0] not in ("ui", "tools"))


def core_io(pkg: Path) -> dict[str, list[str]]:
    found = {}
    for p in (pkg / "core").rglob("*.py"):
        bad = sorted(_top(imported_modules(p, pkg)) & IO_MODULES)
        text = p.read_text(encoding="utf-8")
        if "open(" in text.replace("fopen(", ""):
            bad.append("open()")
        if bad:
            found[str(p.relative_to(pkg))] = bad
    return found


def core_imports_upwards(pkg: Path) -> dict[str, list[str]]:
    found = {}
    for p in (pkg / "core").rglob("*.py"):
        up = sorted(m for m in imported_modules(p, pkg)
                    if m.startswith("plnonboard.") and m.split(".")[1] in UPPER_LAYERS)
        if up:
            found[str(p.relative_to(pkg))] = up
    return found


def services_import_ui(pkg: Path) -> dict[str, list[str]]:
    found = {}
    for p in (pkg / "services").rglob("*.py"):
        up = sorted(m for m in imported_modules(p, pkg)
                    if m.startswith("plnonboard.") and m.split(".")[1] in ("ui", "cli", "tools"))
        if up:
            found[str(p.relative_to(pkg))] = up
    return found


def test_qt_only_in_ui_and_tools():
    assert qt_outside_ui(PKG) == []


def test_core_does_no_io():
    assert core_io(PKG) == {}


def test_core_imports_no_layer_above_it():
    assert core_imports_upwards(PKG) == {}


def test_services_do_not_import_the_window_or_the_cli():
    assert services_import_ui(PKG) == {}


def test_the_checks_catch_planted_violations(tmp_path):
    copy = tmp_path / "plnonboard"
    shutil.copytree(PKG, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert (qt_outside_ui(copy), core_io(copy), core_imports_upwards(copy), services_import_ui(copy)) == \
        ([], {}, {}, {})
    model = copy / "core" / "model.py"
    model.write_text(model.read_text(encoding="utf-8") + "\nfrom ..services import store  # planted\n"
                     "from . import sqlite3 as _s  # planted: not I/O, a sibling\n", encoding="utf-8")
    (copy / "core" / "planted_io.py").write_text("import sqlite3\n", encoding="utf-8")
    (copy / "core" / "planted_qt.py").write_text("from PySide6 import QtCore\n", encoding="utf-8")
    (copy / "services" / "planted.py").write_text("from ..ui import launch\n", encoding="utf-8")
    assert core_imports_upwards(copy) == {"core/model.py": ["plnonboard.services", "plnonboard.services.store"]}
    assert core_io(copy) == {"core/planted_io.py": ["sqlite3"], "core/planted_qt.py": ["PySide6"]}
    assert qt_outside_ui(copy) == ["core/planted_qt.py"]
    assert services_import_ui(copy) == {"services/planted.py": ["plnonboard.ui", "plnonboard.ui.launch"]}


def test_cli_commands_do_not_import_qt():
    code = ("import sys; from plnonboard.cli import main; main(['chats', '--json']);"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6','requests','feedparser','icalendar','keyring')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_modules_stay_small():
    big = {str(p.relative_to(PKG)): n for p in PKG.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > 450}
    assert big == {}
