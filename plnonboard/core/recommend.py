"""Ranking the directory for a teacher, and proposing a plan that fits their boundaries.

Scores are small whole-number weights so the reasons can be read back ("why this chat").
The proposal is greedy in rank order, which keeps it deterministic and explainable: take
the best-ranked chat whose sessions fit the quiet hours, protected days, the chats already
taken, the weekly minutes and the chat cap over the next four weeks; for a chat with several
sessions (#edchat's noon and evening) take the best single session that fits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .boundaries import occurrence_conflicts, overlaps
from .directory import Directory
from .model import Boundaries, Chat, Plan, PlanChat, Profile
from .recurrence import Occurrence, chat_occurrences
from .schedule import week_bounds
from .vocab import GRADE_BANDS, PLATFORMS, ROLES, SUBJECTS

STATUS_WEIGHT = {"active": 3, "historical": 0, "unverified": -2}
COUNTRIES = {"US", "UK", "Ireland", "Australia", "New Zealand", "Canada"}
_US_CITIES = {"New_York", "Chicago", "Denver", "Los_Angeles", "Phoenix", "Anchorage", "Detroit", "Boise", "Juneau",
              "Sitka", "Nome", "Menominee", "Adak", "Metlakatla", "Yakutat", "Honolulu"}


def region_of_zone(zone: str) -> str:
    """The country a zone is in, for the regions the directory uses ('' when none of them)."""
    area, _, city = zone.partition("/")
    if zone in ("Europe/London", "Europe/Belfast"):
        return "UK"
    if zone == "Europe/Dublin":
        return "Ireland"
    if area == "Australia":
        return "Australia"
    if zone in ("Pacific/Auckland", "Pacific/Chatham"):
        return "New Zealand"
    if (area == "America" and (city in _US_CITIES or city.startswith(("Indiana/", "Kentucky/", "North_Dakota/")))
            or zone == "Pacific/Honolulu"):
        return "US"
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


FIT_WEEKS = 4


@dataclass(frozen=True)
class Ranked:
    chat: Chat
    score: int
    reasons: tuple[str, ...]


def score_chat(chat: Chat, profile: Profile) -> Ranked:
    score = 0
    reasons: list[str] = []
    subjects = [s for s in chat.subjects if s in profile.subjects]
    if subjects:
        score += 4 + min(len(subjects) - 1, 2)
        reasons.append("about " + ", ".join(SUBJECTS[s].lower() for s in subjects))
    elif "general" in chat.subjects:
        score += 1
        reasons.append("open to all subjects")
    elif chat.subjects and profile.subjects:
        score -= 8  # a chat about another subject is rarely what a teacher is looking for
    bands = [g for g in chat.grade_bands if g in profile.grade_bands]
    if bands and len(chat.grade_bands) < len(GRADE_BANDS):
        score += 2
        reasons.append("for " + ", ".join(GRADE_BANDS[g].lower() for g in bands))
    elif bands:
        score += 1
    if profile.role in chat.roles and len(chat.roles) < len(ROLES):
        score += 2
        reasons.append("made for people in your role")
    elif profile.role in chat.roles:
        score += 1
    if chat.newcomer_friendly:
        score += 2 + (1 if profile.role == "new-teacher" else 0)
        reasons.append("welcomes newcomers")
    score += STATUS_WEIGHT.get(chat.status, 0)
    if chat.status == "active":
        reasons.append(f"seen running in {chat.last_seen}" if chat.last_seen else "recently active")
    elif chat.status == "historical" and chat.last_seen:
        reasons.append(f"schedule last seen in {chat.last_seen}")
    elif chat.status == "unverified":
        reasons.append("schedule not verified")
    here = region_of_zone(profile.time_zone) if profile.time_zone else ""
    if chat.region and here and chat.region == here:
        score += 3
        reasons.append(f"hosted in your country ({here})")
    elif chat.region and chat.region not in COUNTRIES:  # a state's own chat, e.g. Michigan
        score -= 1 if here == "US" else 3
        reasons.append(f"mainly for {chat.region} educators")
    elif chat.region and here:
        score -= 1
    if profile.platforms:
        shared = [p for p in chat.platforms if p in profile.platforms]
        if shared:
            score += 2
            reasons.append("on " + ", ".join(PLATFORMS[p] for p in shared) + ", which you use")
        else:
            score -= 1
    return Ranked(chat, score, tuple(reasons))


def rank(chats, profile: Profile) -> list[Ranked]:
    """Best first; ties broken by id so the order never depends on the input order."""
    ranked = [score_chat(c, profile) for c in chats]
    ranked.sort(key=lambda r: (-r.score, r.chat.id))
    return ranked


def fit_window(today: dt.date, zone: str) -> tuple[dt.datetime, dt.datetime, dt.date]:
    monday, start, _ = week_bounds(today, zone)
    _, _, end = week_bounds(monday + dt.timedelta(days=7 * (FIT_WEEKS - 1)), zone)
    return start, end, monday


def _week_index(occ: Occurrence, zone: str, monday: dt.date) -> int:
    return (occ.start_in(zone).date() - monday).days // 7


def session_fits(chat: Chat, slot: int, b: Boundaries, zone: str, today: dt.date) -> bool:
    """True when none of the slot's sessions in the next weeks touch quiet hours or protected days."""
    start, end, _ = fit_window(today, zone)
    return all(not occurrence_conflicts(o, b, zone) for o in chat_occurrences(chat, start, end, [slot]))


def chat_fits(chat: Chat, b: Boundaries, zone: str, today: dt.date) -> bool:
    return any(session_fits(chat, i, b, zone, today) for i in range(len(chat.slots)))


@dataclass
class Proposal:
    chosen: list[tuple[Ranked, int]]  # (ranked chat, slot index taken)
    skipped: list[tuple[Ranked, str]]  # (ranked chat, why it was left out)

    def plan_chats(self) -> list[PlanChat]:
        out = []
        for r, slot in self.chosen:
            sessions = None if len(r.chat.slots) == 1 else [slot]
            out.append(PlanChat(r.chat.id, sessions=sessions))
        return out


def propose(directory: Directory, profile: Profile, b: Boundaries, zone: str, today: dt.date,
            limit_considered: int = 60) -> Proposal:
    start, end, monday = fit_window(today, zone)
    taken: list[Occurrence] = []
    minutes = [0] * FIT_WEEKS
    sessions = [0] * FIT_WEEKS
    chosen: list[tuple[Ranked, int]] = []
    skipped: list[tuple[Ranked, str]] = []
    for r in rank(directory, profile)[:limit_considered]:
        if r.score <= 0:
            break
        if len(chosen) >= b.chats_per_week:
            break
        why = "no session fits your quiet hours and protected days"
        for slot in range(len(r.chat.slots)):
            occs = chat_occurrences(r.chat, start, end, [slot])
            if not occs:
                why = "does not meet in the next four weeks"
                continue
            if any(occurrence_conflicts(o, b, zone) for o in occs):
                continue
            if overlaps(taken + occs, zone):  # `taken` is clash-free, so any clash involves `occs`
                why = "clashes with a chat already chosen"
                continue
            add_min = [0] * FIT_WEEKS
            add_n = [0] * FIT_WEEKS
            for o in occs:
                w = _week_index(o, zone, monday)
                if 0 <= w < FIT_WEEKS:
                    add_min[w] += o.minutes
                    add_n[w] += 1
            if any(minutes[w] + add_min[w] > b.weekly_minutes for w in range(FIT_WEEKS)):
                why = "would go over your weekly minutes"
                continue
            if any(sessions[w] + add_n[w] > b.chats_per_week for w in range(FIT_WEEKS)):
                why = "would go over your chats per week"
                continue
            for w in range(FIT_WEEKS):
                minutes[w] += add_min[w]
                sessions[w] += add_n[w]
            taken.extend(occs)
            chosen.append((r, slot))
            break
        else:
            skipped.append((r, why))
    return Proposal(chosen, skipped)


def propose_plan(directory: Directory, profile: Profile, b: Boundaries, today: dt.date) -> Plan:
    proposal = propose(directory, profile, b, profile.time_zone or "UTC", today)
    return Plan(profile=profile, boundaries=b, chats=proposal.plan_chats())
