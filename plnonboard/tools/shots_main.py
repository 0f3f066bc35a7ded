"""Screenshots of the main window for review: one plan with chats hosted in four zones, seen
from Chicago, London and Melbourne, weeks either side of the US clock change, the details
dialog, a small screen and a dark palette.

    python -m plnonboard.tools.shots_main OUTDIR
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QColor, QPalette

from ..core.model import Boundaries, Plan, PlanChat, Profile, QuietHours
from ..core.schedule import plan_week

TODAY = dt.date(2026, 3, 10)
WANTED = ("edchat", "ukedchat", "aussieed", "elemmathchat")
VIEWERS = (("chicago", "America/Chicago"), ("london", "Europe/London"), ("melbourne", "Australia/Melbourne"))


def sample_plan(zone: str, directory) -> Plan:
    chats = [PlanChat(cid) for cid in WANTED if directory.get(cid) is not None]
    if len(chats) < len(WANTED):  # the shipped directory is missing some: fall back to our own
        from ..core.directory import parse_chat

        def custom(tag, day, start, zone_name, title):
            chat = parse_chat({"hashtag": tag, "title": title, "custom": True, "status": "unverified",
                               "slots": [{"weekday": day, "start": start, "zone": zone_name, "minutes": 60}]})
            return PlanChat(chat.id, custom=chat)

        chats = [custom("#edchat", "tue", "19:00", "America/New_York", "Education chat"),
                 custom("#ukedchat", "thu", "20:00", "Europe/London", "UK education chat"),
                 custom("#aussieED", "sun", "20:30", "Australia/Sydney", "Australian educators"),
                 custom("#ElemMathChat", "thu", "20:00", "America/Chicago", "Elementary maths")]
    return Plan(
        profile=Profile(name="Sam", time_zone=zone, platforms=["x", "bluesky"]),
        boundaries=Boundaries(weekly_minutes=180, chats_per_week=4,
                              quiet_hours=[QuietHours((6, 0, 1, 2, 3), dt.time(21, 30), dt.time(6, 30))],
                              protected_days=[5], reminder_minutes=15, privacy_acknowledged=True),
        chats=chats,
    )


def dark_palette() -> QPalette:
    pal = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#1f2124"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                         (QPalette.ColorRole.Base, "#17181a"), (QPalette.ColorRole.Text, "#e6e6e6"),
                         (QPalette.ColorRole.Button, "#2a2d31"), (QPalette.ColorRole.ButtonText, "#e6e6e6"),
                         (QPalette.ColorRole.Highlight, "#4f9fc4"), (QPalette.ColorRole.HighlightedText, "#0b0c0d"),
                         (QPalette.ColorRole.AlternateBase, "#222428"), (QPalette.ColorRole.Mid, "#3a3d42")):
        pal.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7378"))
    return pal


def render(outdir: Path) -> list[Path]:
    from ..ui.context import AppContext
    from ..ui.launch import make_app
    from ..ui.mainwindow import MainWindow

    app = make_app()
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    out: list[Path] = []

    def shot(widget, name: str) -> None:
        app.processEvents()
        path = outdir / f"{name}.png"
        widget.grab().save(str(path))
        out.append(path)

    with tempfile.TemporaryDirectory() as tmp:
        for name, zone in VIEWERS:
            ctx = AppContext.load(Path(tmp) / name, system_zone=zone, today=lambda: TODAY)
            ctx.save_plan(sample_plan(zone, ctx.directory))
            window = MainWindow(ctx)
            window.resize(1280, 800)
            window.show()
            shot(window, f"main-{name}-1280")
            if name == "london":
                window.go_to(dt.date(2026, 3, 2))  # US clocks change on Sunday 8 March
                shot(window, "main-london-before-us-dst-1280")
                window.go_to(TODAY)
            if name == "chicago":
                window.resize(800, 600)
                shot(window, "main-chicago-800")
                window.tabs.setCurrentIndex(1)
                shot(window, "main-chicago-agenda-800")
                window.tabs.setCurrentIndex(0)
                window.resize(1280, 800)
                report = plan_week(ctx.plan, ctx.full_directory(), TODAY, zone)
                first = next(o for o in report.occurrences if o.chat.id == "edchat")
                window.open_details(first)
                window.details.resize(600, 560)
                shot(window.details, "details-edchat-chicago")
                window.details.reject()
                app.setPalette(dark_palette())
                shot(window, "main-chicago-dark-1280")
                app.setPalette(QPalette())
            window.close()
            window.deleteLater()
            ctx.store.close()
    return out


def main(argv: list[str] | None = None) -> int:
    from .screenshots import run

    return run(render, argv)


if __name__ == "__main__":
    sys.exit(main())
