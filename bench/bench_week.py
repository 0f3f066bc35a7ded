"""A crowded week: 2,000 chats in one week against 20, in the same run (issue 14 item 6).

Run by hand:  .venv/bin/python bench/bench_week.py
Two shapes: chats spread over the week (random days, hours, zones), and the worst case, every chat
at the same hour (each one clashes with every other). The work measured is what the window and
`week` do: the week report (occurrences, boundary checks, overlaps) plus the grid layout.
Target: the 2,000-chat week well under a second; the ratio shows the growth is near-linear
(2,000 / 20 = 100x the chats; the square would be 10,000x).
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_core import synthetic_directory

from plnonboard.core.directory import parse_chat
from plnonboard.core.layout import layout_week
from plnonboard.core.model import Boundaries, QuietHours
from plnonboard.core.schedule import Chosen, week_report

ZONE = "America/Chicago"
DAY = dt.date(2026, 3, 11)  # the week the US changes its clocks: the DST paths are exercised too
BOUNDARIES = Boundaries(weekly_minutes=120, chats_per_week=3, protected_days=[5],
                        quiet_hours=[QuietHours((6, 0, 1, 2, 3), dt.time(21), dt.time(6, 30))])


def spread(n: int) -> list[Chosen]:
    return [Chosen(c) for c in synthetic_directory(n)]


def same_hour(n: int) -> list[Chosen]:
    return [Chosen(parse_chat({"hashtag": f"#same{i}", "slots": [
        {"weekday": "tue", "start": "19:00", "zone": "America/New_York", "minutes": 60}]}, custom=True))
        for i in range(n)]


def week(chosen: list[Chosen]) -> int:
    report = week_report(chosen, BOUNDARIES, ZONE, DAY)
    layout_week(report.occurrences, ZONE, report.monday)
    return len(report.conflicts)


def seconds(chosen: list[Chosen], repeat: int) -> float:
    """The best of `repeat` runs: on a shared machine the best run is the one least disturbed."""
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        week(chosen)
        runs.append(time.perf_counter() - t)
    return min(runs)


def main() -> None:
    for label, make in (("spread over the week", spread), ("all at one hour", same_hour)):
        small, large = make(20), make(2000)
        base = seconds(small, 21)
        big = seconds(large, 5)
        print(f"{label:22s} 20 chats {base * 1000:7.2f} ms ({week(small)} conflicts)   "
              f"2,000 chats {big * 1000:8.1f} ms ({week(large)} conflicts)   "
              f"ratio {big / base:6.0f}x for 100x the chats   (target: 2,000 well under 1 s)")


if __name__ == "__main__":
    main()
