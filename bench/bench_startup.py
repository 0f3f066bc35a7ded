"""Start-up: process start to the first wizard page painted, PLN Onboard vs a bare PySide6 QWizard.

Run by hand (offscreen, so no display is needed):
    .venv/bin/python bench/bench_startup.py [runs]
Prints the median time and peak memory (max RSS) of each and the ratios.
Targets (issue 8): start within 1.5x of the bare window, peak memory within 2x.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

PROBE = r"""
import os, sys, time, resource
t0 = float(os.environ["BENCH_T0"])
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            ms = (time.time() - t0) * 1000
            kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(f"{ms:.1f} {kib}", flush=True)
            QApplication.instance().exit(0)
        return False

def watch(page):
    f = FirstPaint(page)
    page.installEventFilter(f)
    page._probe = f
"""

BARE = PROBE + r"""
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizard, QWizardPage
app = QApplication(sys.argv[:1])
w = QWizard()
page = QWizardPage(); page.setTitle("Welcome")
lay = QVBoxLayout(page); lay.addWidget(QLabel("A bare PySide6 wizard page."))
w.addPage(page)
watch(page)
w.show()
sys.exit(app.exec())
"""

APP = PROBE + r"""
from plnonboard.ui.launch import AppController, make_app
from plnonboard.ui.context import AppContext
app = make_app()
ctx = AppContext.load(os.environ["BENCH_DATA"], system_zone="America/Chicago")
controller = AppController(ctx)
controller.start()
watch(controller.wizard.currentPage())
heavy = [m for m in ("requests", "feedparser", "icalendar", "keyring") if m in sys.modules]
print("heavy-modules:" + ",".join(heavy), file=sys.stderr)
sys.exit(app.exec())
"""


def run(code: str, data: str) -> tuple[float, int, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BENCH_DATA=data, BENCH_T0=repr(time.time()))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    if proc.returncode != 0 or not proc.stdout.strip():
        raise SystemExit(f"probe failed: {proc.stderr.strip()[-500:]}")
    ms, kib = proc.stdout.split()
    return float(ms), int(kib), proc.stderr


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    bare_t, bare_m, app_t, app_m = [], [], [], []
    heavy = ""
    with tempfile.TemporaryDirectory() as data:
        run(BARE, data), run(APP, data)  # warm the file cache once for both
        for _ in range(runs):
            t, m, _ = run(BARE, data)
            bare_t.append(t)
            bare_m.append(m)
            t, m, err = run(APP, data)
            app_t.append(t)
            app_m.append(m)
            heavy = next((line for line in err.splitlines() if line.startswith("heavy-modules:")), heavy)
    bt, at = statistics.median(bare_t), statistics.median(app_t)
    bm, am = statistics.median(bare_m) / 1024, statistics.median(app_m) / 1024
    print(f"runs: {runs} each, offscreen, first page painted")
    print(f"bare QWizard   {bt:7.1f} ms   peak {bm:6.1f} MiB")
    print(f"PLN Onboard    {at:7.1f} ms   peak {am:6.1f} MiB")
    print(f"ratio          {at / bt:7.2f}x (target <= 1.5)   memory {am / bm:4.2f}x (target <= 2)")
    print(f"heavy modules imported before the first page: {heavy.split(':', 1)[1] or 'none'}")


if __name__ == "__main__":
    main()
