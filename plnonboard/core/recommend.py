"""Ranking the directory for a teacher, and proposing a plan that keeps its promises.

Order: chats that are running (as of today, see core/status.py) and fit the teacher's
boundaries come first; then the fit to their subjects, grades, role and country; then the fit
to their platforms. Only running chats on one of the teacher's platforms are ever put in a plan
automatically, and never a session that touches quiet hours, school hours or protected days;
anything else can still be added by hand, with its status beside it.

Reasons and skips are data (`Reason`: a kind and its values), never sentences: the wording
modules (services/wording.py, ui/texts.py) say them. The proposal is greedy in rank order, which
keeps it deterministic and explainable.

Reason kinds and their `data`:
  status          status, recorded, decayed, last_seen ("2026-01" or ""), frequency
                  ("weekly" | "every_n_weeks" | "monthly" | "" for communities), interval, platforms
  community       community_type, platforms
  subjects        subjects (vocabulary keys)        all_subjects  (none)
  grade_bands     grade_bands                       role          role
  newcomers       (none)                            home_region   region
  regional        region (a state's or other country's own chat)
  your_platforms  platforms (the entry's platforms the teacher uses)
  other_platforms platforms (the entry is only on platforms the teacher did not choose)
  time            start (aware datetime in the teacher's zone: the next session in the coming weeks)
Skip kinds (Proposal.skipped): not_running (status), not_your_platforms (platforms),
  poor_fit; or, slots being tried in order and the first that fits taken, what stopped the last
  slot with sessions in the coming weeks: boundaries (conflicts: that slot's first Conflict),
  clash, over_minutes, over_count; no_session when no slot has a session then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypedDict

from .boundaries import Conflict, occurrence_conflicts, overlaps
from .directory import Directory
from .model import Boundaries, Chat, PlanChat, Profile
from .recurrence import Occurrence, chat_occurrences
from .schedule import week_bounds
from .status import effective_status
from .vocab import GRADE_BANDS, ROLES

COUNTRIES = {"US", "UK", "Ireland", "Australia", "New Zealand", "Canada", "Germany"}
_US_CITIES = {"New_York", "Chicago", "Denver", "Los_Angeles", "Phoenix", "Anchorage", "Detroit", "Boise", "Juneau",
              "Sitka", "Nome", "Menominee", "Adak", "Metlakatla", "Yakutat", "Honolulu"}
_CANADA = {"Toronto", "Vancouver", "Edmonton", "Winnipeg", "Regina", "Halifax", "St_Johns", "Moncton", "Whitehorse",
           "Yellowknife", "Iqaluit", "Swift_Current", "Glace_Bay", "Goose_Bay"}
FIT_WEEKS = 4
# Communities: how many a new plan suggests, and which statuses may be suggested at all
# (a hashtag you read on your own time costs nothing if it has gone quiet, unlike a chat you wait up for).
COMMUNITY_LIMIT = 3
COMMUNITY_STATUSES = ("running", "unverified")


def region_of_zone(zone: str) -> str:
    """The country a zone is in, for the regions the directory uses ('' when none of them)."""
    area, _, city = zone.partition("/")
    if zone in ("Europe/London", "Europe/Belfast"):
        return "UK"
    if zone == "Europe/Dublin":
        return "Ireland"
    if zone in ("Europe/Berlin", "Europe/Busingen"):
        return "Germany"
    if area == "Australia":
        return "Australia"
    if zone in ("Pacific/Auckland", "Pacific/Chatham"):
        return "New Zealand"
    if (area == "America" and (city in _US_CITIES or city.startswith(("Indiana/", "Kentucky/", "North_Dakota/")))
            or zone == "Pacific/Honolulu"):
        return "US"
    if area == "America" and city in _CANADA:
        return "Canada"
    return ""

def school_leader(zone: str) -> str:
    """Who leads a school where the user lives, for advice wording: 'principal' (US, Canada),
    'head_teacher' (UK, Ireland, Australia, New Zealand) or '' (unknown: say it without a title)."""
    region = region_of_zone(zone) if zone else ""
    if region == "US" or zone.startswith(("America/Toronto", "America/Vancouver", "America/Edmonton",
                                          "America/Winnipeg", "America/Halifax", "America/St_Johns",
                                          "America/Regina")):
        return "principal"
    if region in ("UK", "Ireland", "Australia", "New Zealand"):
        return "head_teacher"
    return ""


class ReasonData(TypedDict, total=False):
    """The values of a Reason, by kind (the wording modules turn them into words)."""

    status: str  # status, not_running
    recorded: str
    decayed: bool
    last_seen: str
    frequency: str
    interval: int
    platforms: tuple[str, ...]  # status, community, your_platforms, other_platforms, not_your_platforms
    community_type: str
    subjects: tuple[str, ...]
    grade_bands: tuple[str, ...]
    role: str
    region: str  # home_region, regional
    conflicts: tuple[Conflict, ...]  # boundaries
    budget: int  # over_minutes
    cap: int  # over_count
    start: dt.datetime  # time: the session's start in the teacher's zone
    hashtag: str  # chosen_chat (a follow suggestion: the hashtag of a chat the teacher chose)
    hashtags: tuple[str, ...]  # linked (a follow suggestion linked to chats the teacher chose)


@dataclass(frozen=True)
class Reason:
    kind: str
    data: ReasonData = field(default_factory=ReasonData, hash=False)


@dataclass(frozen=True)
class Ranked:
    chat: Chat
    score: int  # subject, grade, role and country fit
    reasons: tuple[Reason, ...]
    status: str = "unverified"  # effective status as of the day ranked
    platform_score: int = 0  # 2 on the teacher's platforms, 0 when they named none, -1 otherwise
    fits: bool = True  # some session fits the boundaries (True when no boundaries were given)

    @property
    def running(self) -> bool:
        return self.status == "running"

    @property
    def on_your_platforms(self) -> bool:
        return self.platform_score > 0

    def reason(self, kind: str) -> Reason | None:
        return next((r for r in self.reasons if r.kind == kind), None)


def _status_reason(chat: Chat, today: dt.date) -> Reason:
    eff = effective_status(chat, today)
    freq = chat.slots[0].frequency if chat.slots else None
    return Reason("status", {
        "status": eff.status, "recorded": eff.recorded, "decayed": eff.decayed,
        "last_seen": chat.last_seen if eff.last_seen else "",  # stored normalised (directory.parse_chat)
        "frequency": freq.kind if freq else "", "interval": freq.interval if freq else 0,
        "platforms": tuple(chat.platforms),
    })


def fit_score(chat: Chat, profile: Profile, here: str | None = None) -> tuple[int, list[Reason]]:
    """Subject, grade band, role, newcomer and country fit, with its reasons. `here` is the
    teacher's country (region_of_zone), worked out once by the caller when ranking many."""
    score = 0
    reasons: list[Reason] = []
    subjects = [s for s in chat.subjects if s in profile.subjects]
    if subjects:
        score += 4 + min(len(subjects) - 1, 2)
        reasons.append(Reason("subjects", {"subjects": tuple(subjects)}))
    elif "general" in chat.subjects:
        score += 1
        reasons.append(Reason("all_subjects"))
    elif chat.subjects and profile.subjects:
        score -= 8  # a chat about another subject is rarely what a teacher is looking for
    bands = [g for g in chat.grade_bands if g in profile.grade_bands]
    if bands and len(chat.grade_bands) < len(GRADE_BANDS):
        score += 2
        reasons.append(Reason("grade_bands", {"grade_bands": tuple(bands)}))
    elif bands:
        score += 1
    if profile.role in chat.roles and len(chat.roles) < len(ROLES):
        score += 2
        reasons.append(Reason("role", {"role": profile.role}))
    elif profile.role in chat.roles:
        score += 1
    if chat.newcomer_friendly:
        score += 2 + (1 if profile.role == "new-teacher" else 0)
        reasons.append(Reason("newcomers"))
    if here is None:
        here = region_of_zone(profile.time_zone) if profile.time_zone else ""
    if chat.region and here and chat.region == here:
        score += 3
        reasons.append(Reason("home_region", {"region": here}))
    elif chat.region and chat.region not in COUNTRIES:  # a state's own chat, e.g. Michigan
        score -= 1 if here == "US" else 3
        reasons.append(Reason("regional", {"region": chat.region}))
    elif chat.region:
        score -= 3 if chat.kind == "community" else 1  # e.g. a German-language community for a teacher in Chicago
        if chat.kind == "community":
            reasons.append(Reason("regional", {"region": chat.region}))
    return score, reasons


def platform_fit(chat: Chat, profile: Profile) -> tuple[int, Reason | None]:
    if not profile.platforms:
        return 0, None
    shared = tuple(p for p in chat.platforms if p in profile.platforms)
    if shared:
        return 2, Reason("your_platforms", {"platforms": shared})
    return -1, Reason("other_platforms", {"platforms": tuple(chat.platforms)})


def may_pick_platform(chat: Chat, profile: Profile) -> bool:
    """Whether a chat may be ticked for this teacher by platform: on one they chose; with none
    chosen, anything but X only (nobody is sent to X who did not ask for it)."""
    if profile.platforms:
        return any(p in profile.platforms for p in chat.platforms)
    return any(p != "x" for p in chat.platforms)


def score_chat(chat: Chat, profile: Profile, today: dt.date, *, fits: bool = True,
               here: str | None = None) -> Ranked:
    status = _status_reason(chat, today)
    score, reasons = fit_score(chat, profile, here)
    pscore, preason = platform_fit(chat, profile)
    head = [status]
    if chat.kind == "community":
        head.append(Reason("community", {"community_type": chat.community_type, "platforms": tuple(chat.platforms)}))
    return Ranked(chat, score, tuple(head + reasons + ([preason] if preason else [])), status.data["status"],
                  pscore, fits)


def _order(r: Ranked) -> tuple[int, int, int, str]:
    """Running and fitting the boundaries, then running; after them everything else by subject,
    grade and role fit, then by platform."""
    tier = (0 if r.fits else 1) if r.running else 2
    return (tier, -r.score, -r.platform_score, r.chat.id)


def rank(chats: Iterable[Chat], profile: Profile, today: dt.date, boundaries: Boundaries | None = None) -> list[Ranked]:
    """Best first (see the module doc); ties broken by id so the order never depends on the input
    order. With `boundaries`, running chats none of whose sessions fit them go after those that do."""
    zone = profile.time_zone or "UTC"
    here = region_of_zone(profile.time_zone) if profile.time_zone else ""
    out: list[Ranked] = []
    for c in chats:
        fits = True
        if boundaries is not None and c.kind == "chat":
            fits = chat_fits(c, boundaries, zone, today)
        out.append(score_chat(c, profile, today, fits=fits, here=here))
    out.sort(key=_order)
    return out


# -- filters the chats page and the CLI offer --------------------------------------------------

def running_only(ranked: list[Ranked]) -> list[Ranked]:
    """'Running only' (on by default in the window)."""
    return [r for r in ranked if r.running]


def on_my_platforms(ranked: list[Ranked], profile: Profile) -> list[Ranked]:
    """'On my platforms': entries on a platform the teacher chose (all of them when none chosen)."""
    if not profile.platforms:
        return list(ranked)
    return [r for r in ranked if any(p in profile.platforms for p in r.chat.platforms)]


# -- fitting the boundaries --------------------------------------------------------------------

def fit_window(today: dt.date, zone: str) -> tuple[dt.datetime, dt.datetime, dt.date]:
    monday, start, _ = week_bounds(today, zone)
    _, _, end = week_bounds(monday + dt.timedelta(days=7 * (FIT_WEEKS - 1)), zone)
    return start, end, monday


def _week_index(occ: Occurrence, zone: str, monday: dt.date) -> int:
    return (occ.start_in(zone).date() - monday).days // 7


def session_conflicts(chat: Chat, slot: int, b: Boundaries, zone: str, today: dt.date) -> list[Conflict]:
    """The boundary conflicts of a slot's sessions over the next weeks (quiet hours, school hours,
    protected days)."""
    start, end, _ = fit_window(today, zone)
    out: list[Conflict] = []
    for o in chat_occurrences(chat, start, end, [slot]):
        out.extend(occurrence_conflicts(o, b, zone))
    return out


def session_fits(chat: Chat, slot: int, b: Boundaries, zone: str, today: dt.date) -> bool:
    """True when none of the slot's sessions in the next weeks touch quiet hours, school hours or
    protected days."""
    return not session_conflicts(chat, slot, b, zone, today)


def chat_fits(chat: Chat, b: Boundaries, zone: str, today: dt.date) -> bool:
    return any(session_fits(chat, i, b, zone, today) for i in range(len(chat.slots)))


def next_session(chat: Chat, slot: int, zone: str, today: dt.date) -> dt.datetime | None:
    start, end, _ = fit_window(today, zone)
    occs = chat_occurrences(chat, start, end, [slot])
    return occs[0].start_in(zone) if occs else None


@dataclass
class Proposal:
    chosen: list[tuple[Ranked, int]]  # (ranked chat, slot index taken)
    skipped: list[tuple[Ranked, Reason]]  # (ranked chat, why it was left out)
    communities: list[Ranked] = field(default_factory=list)

    def plan_chats(self) -> list[PlanChat]:
        out = []
        for r, slot in self.chosen:
            sessions = None if len(r.chat.slots) == 1 else [slot]
            out.append(PlanChat(r.chat.id, sessions=sessions))
        return out

    def community_ids(self) -> list[str]:
        return [r.chat.id for r in self.communities]


def propose(directory: Directory, profile: Profile, b: Boundaries, zone: str, today: dt.date,
            limit_considered: int = 60) -> Proposal:
    start, end, monday = fit_window(today, zone)
    taken: list[Occurrence] = []
    minutes = [0] * FIT_WEEKS
    sessions = [0] * FIT_WEEKS
    chosen: list[tuple[Ranked, int]] = []
    skipped: list[tuple[Ranked, Reason]] = []
    for r in rank(directory, profile, today)[:limit_considered]:
        if len(chosen) >= b.chats_per_week:
            break
        if not r.running:
            skipped.append((r, Reason("not_running", {"status": r.status})))
            continue
        if not may_pick_platform(r.chat, profile):
            skipped.append((r, Reason("not_your_platforms", {"platforms": tuple(r.chat.platforms)})))
            continue
        if r.score <= 0:
            skipped.append((r, Reason("poor_fit")))
            continue
        why = Reason("no_session")
        for slot in range(len(r.chat.slots)):
            occs = chat_occurrences(r.chat, start, end, [slot])
            if not occs:
                continue
            conflicts = [c for o in occs for c in occurrence_conflicts(o, b, zone)]
            if conflicts:
                why = Reason("boundaries", {"conflicts": (conflicts[0],)})
                continue
            if overlaps(taken + occs, zone):  # `taken` is clash-free, so any clash involves `occs`
                why = Reason("clash")
                continue
            add_min = [0] * FIT_WEEKS
            add_n = [0] * FIT_WEEKS
            for o in occs:
                w = _week_index(o, zone, monday)
                if 0 <= w < FIT_WEEKS:
                    add_min[w] += o.minutes
                    add_n[w] += 1
            if any(minutes[w] + add_min[w] > b.weekly_minutes for w in range(FIT_WEEKS)):
                why = Reason("over_minutes", {"budget": b.weekly_minutes})
                continue
            if any(sessions[w] + add_n[w] > b.chats_per_week for w in range(FIT_WEEKS)):
                why = Reason("over_count", {"cap": b.chats_per_week})
                continue
            for w in range(FIT_WEEKS):
                minutes[w] += add_min[w]
                sessions[w] += add_n[w]
            taken.extend(occs)
            when = occs[0].start_in(zone)
            r = Ranked(r.chat, r.score, r.reasons + (Reason("time", {"start": when}),), r.status,
                       r.platform_score, r.fits)
            chosen.append((r, slot))
            break
        else:
            skipped.append((r, why))
    return Proposal(chosen, skipped, propose_communities(directory, profile, today))


def rank_communities(directory: Directory, profile: Profile, today: dt.date) -> list[Ranked]:
    return rank(directory.communities.values(), profile, today)


def propose_communities(directory: Directory, profile: Profile, today: dt.date,
                        limit: int = COMMUNITY_LIMIT) -> list[Ranked]:
    """Communities to start with: on the teacher's platforms, not paused or ended, the running
    ones first, then by fit; one that is only for another subject, country or state is left out
    (a teacher in Auckland is not sent to a German-language staff room)."""
    here = region_of_zone(profile.time_zone) if profile.time_zone else ""
    out: list[Ranked] = []
    for r in rank_communities(directory, profile, today):
        if len(out) >= limit:
            break
        if r.status not in COMMUNITY_STATUSES or not may_pick_platform(r.chat, profile) or r.score < 0:
            continue
        if r.chat.region and r.chat.region != here:
            continue
        out.append(r)
    return out

