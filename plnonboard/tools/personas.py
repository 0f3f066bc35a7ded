"""The sample people (Ana, Tom, Priya; see docs/ARCHITECTURE.md) as plans, for screenshots, tests and demos."""

from __future__ import annotations

import datetime as dt

from ..core.model import Boundaries, Plan, PlanChat, Profile, QuietHours

SCHOOL_NIGHTS = (6, 0, 1, 2, 3)  # Sun-Thu evenings start a school night


def ana() -> Plan:
    """Second-year middle-school maths teacher in Chicago; Bluesky and Mastodon."""
    return Plan(
        profile=Profile(name="Ana", role="classroom-teacher", grade_bands=["middle"], subjects=["math"],
                        time_zone="America/Chicago", platforms=["bluesky", "mastodon"]),
        boundaries=Boundaries(weekly_minutes=120, chats_per_week=3,
                              quiet_hours=[QuietHours(SCHOOL_NIGHTS, dt.time(21, 0), dt.time(6, 30))],
                              protected_days=[5], reminder_minutes=15, accounts="separate",
                              privacy_acknowledged=True),
        chats=[PlanChat("elemmathchat"), PlanChat("eduskychat"), PlanChat("tlskychat")],
    )


def tom() -> Plan:
    """Primary teacher in Manchester, new to all of it; X only; 60 minutes a week."""
    return Plan(
        profile=Profile(name="Tom", role="new-teacher", grade_bands=["primary"], subjects=["general"],
                        time_zone="Europe/London", platforms=["x"]),
        boundaries=Boundaries(weekly_minutes=60, chats_per_week=1,
                              quiet_hours=[QuietHours(tuple(range(7)), dt.time(22, 0), dt.time(6, 30))],
                              reminder_minutes=30, accounts="separate", privacy_acknowledged=True),
        chats=[PlanChat("ukedchat")],
    )


def priya() -> Plan:
    """Teacher educator in Melbourne; #aussieED and US chats; Sunday morning free."""
    return Plan(
        profile=Profile(name="Priya", role="teacher-educator", grade_bands=["primary", "secondary"],
                        subjects=["teacher-ed", "general"], time_zone="Australia/Melbourne",
                        platforms=["x", "bluesky"]),
        boundaries=Boundaries(weekly_minutes=150, chats_per_week=3,
                              quiet_hours=[QuietHours(tuple(range(7)), dt.time(22, 30), dt.time(6, 0))],
                              reminder_minutes=10, accounts="single", privacy_acknowledged=True),
        chats=[PlanChat("aussieed"), PlanChat("ntchat"), PlanChat("satchat")],
    )


PERSONAS = {"ana": ana, "tom": tom, "priya": priya}
