"""Screenshots of the window in Spanish, for review: every wizard page at 1280x800 (two at
800x600) for Ana teaching maths in Spanish in Chicago, the add-chat dialog, and the main window
with its agenda and a chat's details.

    python -m plnonboard.tools.shots_i18n OUTDIR [LANG]

Builds the catalogues first when a .qm is missing; runs offscreen on temporary data folders.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MAIN_TODAY = dt.date(2026, 3, 10)


def ana_es():
    """Ana as a teacher who teaches maths in Spanish (and to English learners)."""
    from .personas import ana

    plan = copy.deepcopy(ana())
    plan.profile.name = "Ana Lucía"
    plan.profile.subjects = ["math", "ell"]
    return plan


def _ensure_catalogues(language: str) -> None:
    from ..ui.i18n import translations_dir

    if not (translations_dir() / f"plnonboard_{language}.qm").exists():
        import runpy

        build = Path(__file__).resolve().parents[2] / "scripts" / "build_translations.py"
        runpy.run_path(str(build), run_name="build_translations")["build"]()


def render_wizard(app, outdir: Path, language: str) -> list[Path]:
    from ..ui.wizard import PageId
    from . import shots_wizard
    from .personas import PERSONAS

    name = f"ana-{language}"
    PERSONAS[name] = ana_es  # render_persona looks personas up by name
    try:
        out = shots_wizard.render_persona(app, name, outdir, (1280, 800))
        out += shots_wizard.render_persona(app, name, outdir, (800, 600), pages=[PageId.BOUNDARIES, PageId.CHATS])
    finally:
        del PERSONAS[name]
    path = shots_wizard.render_add_chat(app, outdir)[0]
    renamed = path.with_name(f"wizard-{name}-add-chat-dialog.png")
    path.replace(renamed)
    return out + [renamed]


def render_main(app, outdir: Path, language: str) -> list[Path]:
    from ..core.schedule import plan_week
    from ..ui.context import AppContext
    from ..ui.mainwindow import MainWindow
    from .shots_main import sample_plan

    out: list[Path] = []

    def shot(widget, name: str) -> None:
        for _ in range(3):
            app.processEvents()
        path = outdir / f"main-{language}-{name}.png"
        widget.grab().save(str(path))
        out.append(path)

    with tempfile.TemporaryDirectory() as tmp:
        zone = "America/Chicago"
        ctx = AppContext.load(Path(tmp), system_zone=zone, today=lambda: MAIN_TODAY)
        ctx.save_plan(sample_plan(zone, ctx.directory))
        window = MainWindow(ctx)
        window.resize(1280, 800)
        window.show()
        shot(window, "week-1280x800")
        window.tabs.setCurrentIndex(1)
        shot(window, "agenda-1280x800")
        window.resize(800, 600)
        shot(window, "agenda-800x600")
        window.tabs.setCurrentIndex(0)
        shot(window, "week-800x600")
        window.resize(1280, 800)
        report = plan_week(ctx.plan, ctx.full_directory(), MAIN_TODAY, zone)
        if report.occurrences:
            window.open_details(report.occurrences[0])
            window.details.resize(600, 560)
            shot(window.details, "details")
            window.details.reject()
        window.close()
        window.deleteLater()
        ctx.store.close()
    return out


def render(outdir: Path, language: str = "es") -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from ..ui.i18n import install_translators

    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    _ensure_catalogues(language)
    app = QApplication.instance() or QApplication(["shots"])
    used = install_translators(app, language)
    if used != language:
        raise SystemExit(f"shots_i18n: no catalogue for {language!r} (got {used!r})")
    return render_wizard(app, outdir, language) + render_main(app, outdir, language)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    outdir = Path(args[0] if args else "shots")
    for path in render(outdir, args[1] if len(args) > 1 else "es"):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
