"""The plain data the whole app passes around: chats, slots, profile, boundaries, follows, plan.

Times of a slot are kept in the *host's* zone exactly as the community announces them;
converting is the schedule's job, done per date, never stored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

FrequencyKind = Literal["weekly", "every_n_weeks", "monthly"]


@dataclass(frozen=True)
class Frequency:
    kind: FrequencyKind = "weekly"
    interval: int = 1  # every_n_weeks: sessions every `interval` weeks counted from `anchor`
    anchor: dt.date | None = None  # every_n_weeks: a date (host zone) with a session
    nth: int = 0  # monthly: 1..4, or -1 for the last such weekday of the month

    def every_n_weeks_anchor(self) -> dt.date:
        """The anchor an every_n_weeks frequency counts from. parse_frequency refuses one without
        it, so a missing anchor here is a Frequency built by hand: say so rather than guess a phase."""
        if self.anchor is None:
            raise ValueError("an every_n_weeks frequency needs an anchor date")
        return self.anchor

    def describe(self, weekday_name: str) -> str:
        if self.kind == "weekly":
            return f"every {weekday_name}"
        if self.kind == "every_n_weeks":
            return f"every {self.interval} weeks on {weekday_name}"
        ordinal = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", -1: "last"}[self.nth]
        return f"{ordinal} {weekday_name} of the month"


@dataclass(frozen=True)
class Slot:
    weekday: int  # 0 = Monday, in the host's zone
    start: dt.time  # host's local wall time
    zone: str  # IANA name of the host's zone
    minutes: int = 60
    frequency: Frequency = Frequency()
    minutes_assumed: bool = False
    label: str = ""
    note: str = ""


@dataclass(frozen=True)
class Chat:
    id: str
    hashtag: str
    title: str
    slots: tuple[Slot, ...]
    description: str = ""
    topics: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    grade_bands: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    audience: str = ""
    region: str = ""
    platforms: tuple[str, ...] = ("x",)
    link: str = ""
    status: str = "unverified"  # vocab.STATUSES; as recorded; core.status gives it as of a date
    last_seen: str = ""  # ISO date of known precision: "2019", "2026-01" or "2024-12-04"; "" = unknown
    verified: str = ""
    confidence: str = ""
    evidence: str = ""
    sources: tuple[str, ...] = ()
    newcomer_friendly: bool = False
    changes: str = ""
    custom: bool = False  # added by the user, not from the shipped directory
    kind: str = "chat"  # vocab.ENTRY_KINDS: a scheduled chat, or a community (no slots)
    community_type: str = ""  # communities: vocab.COMMUNITY_TYPES
    join_steps: tuple[str, ...] = ()  # communities: one or two plain steps to take part
    also_hashtags: tuple[str, ...] = ()  # further hashtags the entry uses beside `hashtag`

    @property
    def label(self) -> str:
        """What to call the entry in a list: its hashtag, or its title when it has none (a pack, a list)."""
        return self.hashtag or self.title

    @property
    def hashtags(self) -> tuple[str, ...]:
        return ((self.hashtag,) if self.hashtag else ()) + self.also_hashtags


@dataclass
class QuietHours:
    """A nightly (or daily) window. `days` are the days the window *starts* on;
    a window whose end is not after its start runs past midnight into the next day."""

    days: tuple[int, ...]
    start: dt.time
    end: dt.time

    @property
    def crosses_midnight(self) -> bool:
        return self.end <= self.start


@dataclass(frozen=True)
class Pause:
    """Dates with no chats (a holiday, report-card week), inclusive on both ends, read on the
    user's own calendar: a session is paused when it *starts* on one of these dates their time."""

    start: dt.date
    end: dt.date
    label: str = ""

    def covers(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass
class Profile:
    name: str = ""
    role: str = "classroom-teacher"
    grade_bands: list[str] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    time_zone: str = "UTC"
    platforms: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Boundaries:
    weekly_minutes: int = 120
    chats_per_week: int = 3
    quiet_hours: list[QuietHours] = field(default_factory=list)
    protected_days: list[int] = field(default_factory=list)
    school_hours: list[QuietHours] = field(default_factory=list)  # teaching windows, shaped like quiet hours
    reminder_minutes: int = 15
    accounts: str = "separate"
    privacy_acknowledged: bool = False
    pauses: list[Pause] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class PlanChat:
    """A chat in a plan: a directory id, or a whole custom chat.
    `sessions` picks some of the chat's slots (e.g. only #edchat's evening one); None = all."""

    id: str
    custom: Chat | None = None
    sessions: list[int] | None = None
    reminder_minutes: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def is_plain_reference(self) -> bool:
        return self.custom is None and self.sessions is None and self.reminder_minutes is None and not self.extra


@dataclass
class Follow:
    platform: str  # web | x | bluesky | mastodon
    address: str  # handle, hashtag or URL
    name: str = ""
    kind: str = "account"
    note: str = ""
    feed_url: str = ""
    source: str = ""  # catalogue id when it came from the shipped catalogue
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Plan:
    profile: Profile = field(default_factory=Profile)
    boundaries: Boundaries = field(default_factory=Boundaries)
    chats: list[PlanChat] = field(default_factory=list)
    follows: list[Follow] = field(default_factory=list)
    communities: list[str] = field(default_factory=list)  # directory ids of chosen communities
    extra: dict[str, Any] = field(default_factory=dict)

    def chat_ids(self) -> list[str]:
        return [c.id for c in self.chats]
