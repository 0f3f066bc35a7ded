"""Core speed: a year of weeks for a 20-chat plan, and ranking a 5,000-chat directory.

Run by hand:  .venv/bin/python bench/bench_core.py
Targets (issue 2): 52 weeks of a 20-chat plan with conflicts < 50 ms; ranking 5,000 chats < 50 ms.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time

from plnonboard.core.directory import Directory, parse_chat
from plnonboard.core.model import Boundaries, Pause, Profile, QuietHours
from plnonboard.core.recommend import rank
from plnonboard.core.schedule import Chosen, week_report
from plnonboard.core.vocab import GRADE_BANDS, ROLES, SUBJECTS, WEEKDAYS

ZONES = ["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "Europe/Dublin",
         "Australia/Sydney", "Pacific/Auckland", "Asia/Kolkata"]


def synthetic_directory(n: int, seed: int = 1) -> Directory:
    rnd = random.Random(seed)
    chats = {}
    for i in range(n):
        kind = rnd.choice(["weekly"] * 6 + ["monthly", "every_n_weeks"])
        weekday = rnd.randrange(7)
        freq = {"kind": "weekly"}
        if kind == "monthly":
            freq = {"kind": "monthly", "nth": rnd.choice([1, 2, 3, 4, -1])}
        elif kind == "every_n_weeks":
            anchor = dt.date(2026, 1, 5) + dt.timedelta(days=weekday)
            freq = {"kind": "every_n_weeks", "interval": 2, "anchor": anchor.isoformat()}
        chat = parse_chat({
            "hashtag": f"#synth{i}", "title": f"Synthetic {i}", "sources": ["https://example.org/"],
            "slots": [{"weekday": WEEKDAYS[weekday], "start": f"{rnd.randrange(24):02d}:{rnd.choice([0, 30]):02d}",
                       "zone": rnd.choice(ZONES), "minutes": rnd.choice([30, 60, 90]), "frequency": freq}],
            "subjects": rnd.sample(list(SUBJECTS), 2), "grade_bands": rnd.sample(list(GRADE_BANDS), 2),
            "roles": rnd.sample(list(ROLES), 3), "status": rnd.choice(["active", "historical", "unverified"]),
            "last_seen": rnd.randrange(2010, 2026), "platforms": ["x"], "newcomer_friendly": rnd.random() < .1,
        })
        chats[chat.id] = chat
    return Directory(chats)


def timed(fn, repeat: int = 15) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> None:
    directory = synthetic_directory(5000)
    chosen = [Chosen(c) for c in list(directory)[:20]]
    b = Boundaries(weekly_minutes=120, chats_per_week=3, protected_days=[5],
                   quiet_hours=[QuietHours((6, 0, 1, 2, 3), dt.time(21), dt.time(6, 30))])
    zone = "America/Chicago"
    start = dt.date(2026, 1, 5)

    def year():
        conflicts = 0
        for w in range(52):
            conflicts += len(week_report(chosen, b, zone, start + dt.timedelta(weeks=w)).conflicts)
        return conflicts

    paused = Boundaries(weekly_minutes=120, chats_per_week=3, protected_days=[5], quiet_hours=b.quiet_hours,
                        pauses=[Pause(start + dt.timedelta(weeks=w), start + dt.timedelta(weeks=w, days=9), "break")
                                for w in (6, 14, 22, 30, 38, 46)])

    def paused_year():
        return sum(len(week_report(chosen, paused, zone, start + dt.timedelta(weeks=w)).occurrences)
                   for w in range(52))

    plain, with_pauses = statistics.median(timed(year)), statistics.median(timed(paused_year))
    print(f"52 weeks with 6 pauses        median {with_pauses:7.2f} ms   ratio to no pauses {with_pauses / plain:.2f}")

    profile = Profile(subjects=["math", "science"], grade_bands=["middle"], time_zone=zone, platforms=["x"])
    print(f"52 weeks, 20-chat plan: {year()} conflicts in the year")
    for label, fn in (("52 weeks of a 20-chat plan", year),
                      ("rank 5,000 chats", lambda: rank(directory, profile, start))):
        runs = timed(fn)
        print(f"{label:28s} median {statistics.median(runs):7.2f} ms   best {min(runs):7.2f} ms   "
              f"worst {max(runs):7.2f} ms   (target < 50 ms)")


if __name__ == "__main__":
    main()
