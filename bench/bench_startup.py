"""Start-up of the real command: process start to the first wizard page painted, `plnonboard` (first run,
empty data folder) vs a bare PySide6 QWizard, in the same run.

Run by hand (offscreen, so no display is needed):
    .venv/bin/python bench/bench_startup.py [runs]
Prints the median time and peak memory (max RSS) of each, the ratios, and which of our modules and which
heavy libraries the first-run path had imported when the first page was painted.
Targets (issue 15): the real command within 1.3x the bare window's time and 1.5x its peak memory.

Both probes start the same way: a fresh interpreter that creates the QApplication and watches for the
first paint of any wizard page. The app probe then calls plnonboard's own entry point (`__main__.main`,
what the `plnonboard` command runs) with `--data-dir` set to a new empty folder, so argument parsing,
the instance lock, the store, translations and the wizard are all inside the measurement.
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
from PySide6.QtWidgets import QApplication, QWizardPage

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWizardPage):
            ms = (time.time() - t0) * 1000
            use = resource.getrusage(resource.RUSAGE_SELF)
            kib, cpu = use.ru_maxrss, (use.ru_utime + use.ru_stime) * 1000
            ours = sorted(m for m in sys.modules if m.startswith("plnonboard"))
            heavy = [m for m in ("requests", "feedparser", "icalendar", "keyring", "urllib3", "listparser")
                     if m in sys.modules]
            print(f"{ms:.1f} {kib} {cpu:.1f}", flush=True)
            print("modules:" + ",".join(ours), file=sys.stderr)
            print("heavy:" + ",".join(heavy), file=sys.stderr, flush=True)
            os._exit(0)
        return False

app = QApplication(sys.argv[:1])
probe = FirstPaint()
app.installEventFilter(probe)
"""

BARE = PROBE + r"""
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizard
w = QWizard()
page = QWizardPage(); page.setTitle("Welcome")
lay = QVBoxLayout(page); lay.addWidget(QLabel("A bare PySide6 wizard page."))
w.addPage(page)
w.show()
sys.exit(app.exec())
"""

APP = PROBE + r"""
sys.argv = ["plnonboard", "--data-dir", os.environ["BENCH_DATA"]]
from plnonboard.__main__ import main
sys.exit(main())
"""


def run(code: str, data: str) -> tuple[float, int, float, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BENCH_DATA=data, BENCH_T0=repr(time.time()),
               TZ="America/Chicago")
    # An installed app runs from byte-compiled modules; let the warm-up run write them.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    if proc.returncode != 0 or not proc.stdout.strip():
        raise SystemExit(f"probe failed: {proc.stderr.strip()[-500:]}")
    ms, kib, cpu = proc.stdout.split()
    return float(ms), int(kib), float(cpu), proc.stderr


def _line(err: str, key: str) -> str:
    return next((line.split(":", 1)[1] for line in err.splitlines() if line.startswith(key + ":")), "")


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    bare: dict[str, list[float]] = {"t": [], "m": [], "c": []}
    app: dict[str, list[float]] = {"t": [], "m": [], "c": []}
    err = ""
    with tempfile.TemporaryDirectory() as root:
        def fresh(i: int) -> str:  # first run: a new, empty data folder every time
            return os.path.join(root, f"data{i}")

        run(BARE, fresh(-1)), run(APP, fresh(-2))  # warm the file cache once for both
        for i in range(runs):
            for code, into, folder in ((BARE, bare, fresh(2 * i)), (APP, app, fresh(2 * i + 1))):
                t, m, c, out = run(code, folder)
                into["t"].append(t)
                into["m"].append(m / 1024)
                into["c"].append(c)
                err = out if code is APP else err
    med = {name: {k: statistics.median(v) for k, v in d.items()} for name, d in (("bare", bare), ("app", app))}
    b, a = med["bare"], med["app"]
    load = os.getloadavg()[0]
    print(f"runs: {runs} each, alternating, offscreen, first wizard page painted; load average {load:.2f}")
    print(f"bare QWizard            {b['t']:7.1f} ms   cpu {b['c']:6.1f} ms   peak {b['m']:6.1f} MiB")
    print(f"plnonboard (real main)  {a['t']:7.1f} ms   cpu {a['c']:6.1f} ms   peak {a['m']:6.1f} MiB")
    print(f"ratio                   {a['t'] / b['t']:7.2f}x (target <= 1.3)   cpu {a['c'] / b['c']:4.2f}x   "
          f"memory {a['m'] / b['m']:4.2f}x (target <= 1.5)")
    print("(wall time swings with the machine's load; cpu time, user + system, is the steadier figure)")
    print(f"heavy libraries imported before the first page: {_line(err, 'heavy') or 'none'}")
    print(f"our modules imported before the first page: {len(_line(err, 'modules').split(','))}")


if __name__ == "__main__":
    main()
