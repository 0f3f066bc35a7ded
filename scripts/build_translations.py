"""Build the window's translations: resources/translations/*.ts -> .qm files beside them.

Run by scripts/setup.sh and packaging/build.sh, so the .qm files are always made from the
committed .ts sources and never committed themselves. Uses pyside6-lrelease from the same
Python environment (the venv's bin/ folder, or PATH).

    python scripts/build_translations.py [--check]

--check also fails when a .ts still has unfinished entries.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    return shutil.which("pyside6-lrelease")


def build(check: bool = False) -> int:
    tool = lrelease()
    if tool is None:
        print("build_translations: pyside6-lrelease not found (install PySide6 in this environment)",
              file=sys.stderr)
        return 1
    sources = sorted(TRANSLATIONS.glob("*.ts"))
    if not sources:
        print(f"build_translations: no .ts files in {TRANSLATIONS}", file=sys.stderr)
        return 1
    for ts in sources:
        if check and 'type="unfinished"' in ts.read_text(encoding="utf-8"):
            print(f"build_translations: {ts.name} has unfinished translations", file=sys.stderr)
            return 1
        qm = ts.with_suffix(".qm")
        result = subprocess.run([tool, "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
                                capture_output=True, text=True)
        if result.returncode != 0 or not qm.exists():
            print(f"build_translations: {ts.name}: {(result.stderr or result.stdout).strip()}", file=sys.stderr)
            return 1
        print(f"build_translations: {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(build("--check" in sys.argv[1:]))
