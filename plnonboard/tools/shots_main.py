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

from PySide6.QtCore import QEventLoop
from PySide6.QtGui import QPalette

from ..core.model import Boundaries, Plan, PlanChat, Profile, QuietHours
from ..core.schedule import plan_week
from ..ui.a11y import dark_palette  # the dark palette the contrast tests check

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
    render_lived(app, outdir, shot)
    return out


# "The week, lived" (issue 12): a New York teacher on Wednesday 2 December 2026 at 4 PM, with
# #TLSkyChat tonight, a chat last seen in 2019, one they saw running, a winter pause and too many minutes.
LIVED_NOW = dt.datetime(2026, 12, 2, 16, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
LIVED_CHATS = ("tlskychat", "eduskychat", "ukfechat", "ellchat")


def lived_plan(directory) -> Plan:
    from ..core.model import Follow, Pause

    follows = [Follow("web", "https://exploremtbos.wordpress.com", name="Explore the MathTwitterBlogosphere",
                      kind="community", source="explore-mtbos"),
               Follow("bluesky", "#TLSky", name="#TLSky", kind="hashtag", source="tlsky")]
    return Plan(
        profile=Profile(name="Ana", time_zone="America/New_York", platforms=["bluesky", "x"]),
        boundaries=Boundaries(weekly_minutes=120, chats_per_week=3,
                              quiet_hours=[QuietHours((6, 0, 1, 2, 3), dt.time(22, 0), dt.time(6, 30))],
                              school_hours=[QuietHours((0, 1, 2, 3, 4), dt.time(8, 0), dt.time(15, 30))],
                              protected_days=[5], privacy_acknowledged=True,
                              pauses=[Pause(dt.date(2026, 12, 21), dt.date(2027, 1, 3), "Winter break")]),
        chats=[PlanChat(cid) for cid in LIVED_CHATS if directory.get(cid) is not None],
        communities=[cid for cid in ("tlsky_bluesky", "edusky_bluesky") if directory.community(cid) is not None],
        follows=follows)


def render_lived(app, outdir: Path, shot) -> None:
    from ..core.evidence import Observation
    from ..ui.context import AppContext
    from ..ui.mainwindow import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        ctx = AppContext.load(Path(tmp) / "lived", system_zone="America/New_York",
                              today=lambda: LIVED_NOW.date(), now=lambda: LIVED_NOW)
        ctx.save_plan(lived_plan(ctx.directory))
        ctx.record_observation(Observation("tlskychat", dt.date(2026, 11, 25), "attended",
                                           "2026-11-26T01:00:00+00:00"))
        window = MainWindow(ctx)
        window.resize(1280, 800)
        window.show()
        shot(window, "lived-tonight-over-budget-1280")
        app.setPalette(dark_palette())
        shot(window, "lived-tonight-dark-1280")
        app.setPalette(QPalette())
        window.tabs.setCurrentIndex(1)
        shot(window, "lived-agenda-1280")
        window.tabs.setCurrentIndex(2)
        shot(window, "lived-my-network-1280")
        window.tabs.setCurrentIndex(0)
        window.go_to(dt.date(2026, 12, 22))
        shot(window, "lived-paused-week-1280")
        window.tabs.setCurrentIndex(1)
        shot(window, "lived-paused-agenda-1280")
        window.tabs.setCurrentIndex(0)
        window.go_to(LIVED_NOW.date())
        asked = next(o for o in window.week_now.unanswered if o.chat.id == "ellchat") \
            if any(o.chat.id == "ellchat" for o in window.week_now.unanswered) else window.week_now.unanswered[0]
        window.open_details(asked)
        window.details.resize(620, 640)
        shot(window.details, "lived-did-it-happen")
        window.details.answer("nobody")
        while window.is_saving():  # the answer is kept on the store's thread; it comes back as an event
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        shot(window.details, "lived-did-it-happen-answered")
        window.details.reject()
        window.resize(800, 600)
        shot(window, "lived-800")
        window.tabs.setCurrentIndex(window.tabs.count() - 1)
        shot(window, "lived-800-this-week-tab")
        window.resize(1280, 800)
        window.tabs.setCurrentIndex(0)
        window.show_first_chat()
        window.dialog.resize(560, 640)
        shot(window.dialog, "lived-first-chat-help")
        window.dialog.reject()
        window.edit_pauses()
        shot(window.dialog, "lived-pauses-dialog")
        window.dialog.reject()
        window.close()
        window.deleteLater()
        ctx.store.close()


def main(argv: list[str] | None = None) -> int:
    from .screenshots import run

    return run(render, argv)


if __name__ == "__main__":
    sys.exit(main())
