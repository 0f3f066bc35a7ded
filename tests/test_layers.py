"""The layering rule from DESIGN.md, enforced: Qt only in ui/ (and tools/), no I/O in core/."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "plnonboard"
IO_MODULES = {"requests", "sqlite3", "keyring", "platformdirs", "feedparser", "icalendar", "PySide6", "urllib3",
              "socket", "http", "listparser", "shutil", "tempfile", "subprocess"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module.split(".")[0])
    return out


def test_qt_only_in_ui_and_tools():
    offenders = [str(p.relative_to(PKG)) for p in PKG.rglob("*.py")
                 if "PySide6" in imported_modules(p) and p.relative_to(PKG).parts[0] not in ("ui", "tools")]
    assert offenders == []


def test_core_does_no_io():
    offenders = {str(p.relative_to(PKG)): sorted(imported_modules(p) & IO_MODULES)
                 for p in (PKG / "core").rglob("*.py") if imported_modules(p) & IO_MODULES}
    assert offenders == {}
    for p in (PKG / "core").rglob("*.py"):
        text = p.read_text(encoding="utf-8")
        assert "open(" not in text.replace("fopen(", ""), f"{p.name} opens files"


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
