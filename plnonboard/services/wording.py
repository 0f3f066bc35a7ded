"""Plain English for the CLI and the exports: the one place that turns core's typed reasons,
conflicts and statuses into sentences. (The window has its own translatable wording in ui/texts.py.)

"Runs weekly on Bluesky (seen Jan 2026) · for school librarians · Wed 7 PM your time"
"""

from __future__ import annotations

import datetime as dt

from ..core.boundaries import Conflict
from ..core.model import Chat
from ..core.recommend import Ranked, Reason
from ..core.status import EffectiveStatus, LastSeen, effective_status, parse_last_seen
from ..core.vocab import COMMUNITY_TYPES, GRADE_BANDS, PLATFORMS, STATUSES, SUBJECTS, WEEKDAY_LABELS, WEEKDAY_NAMES

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
ROLE_AUDIENCE = {
    "classroom-teacher": "classroom teachers",
    "new-teacher": "new teachers",
    "teacher-educator": "teacher educators",
    "coach": "instructional coaches",
    "librarian": "school librarians",
    "leader": "school leaders",
}


def _join(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def seen_text(seen: LastSeen | str | None) -> str:
    """'Jan 2026', '2019', '4 Dec 2024' (what the evidence's precision allows)."""
    if isinstance(seen, str):
        seen = parse_last_seen(seen)
    if seen is None:
        return ""
    if seen.day:
        return f"{seen.day} {MONTHS[seen.month - 1]} {seen.year}"
    if seen.month:
        return f"{MONTHS[seen.month - 1]} {seen.year}"
    return str(seen.year)


def clock(value: dt.datetime) -> str:
    """'7 PM', '7:30 PM' (the CLI's and the exports' short English clock)."""
    hour = value.hour % 12 or 12
    suffix = "AM" if value.hour < 12 else "PM"
    return f"{hour} {suffix}" if value.minute == 0 else f"{hour}:{value.minute:02d} {suffix}"


def day_clock(value: dt.datetime) -> str:
    return f"{WEEKDAY_LABELS[value.weekday()]} {clock(value)}"


def platforms_text(platforms) -> str:
    return _join([PLATFORMS.get(p, p) for p in platforms])


def frequency_word(kind: str, interval: int = 1) -> str:
    return {"weekly": "weekly", "monthly": "monthly"}.get(kind, f"every {interval} weeks" if interval else "")


def status_text(status: EffectiveStatus | None = None, *, chat: Chat | None = None,
                today: dt.date | None = None) -> str:
    """'running, seen Jan 2026' / 'last confirmed Dec 2024 — check before you go' / 'paused, last seen 2022'."""
    if status is None:
        if chat is None or today is None:
            raise TypeError("status_text needs a status, or a chat and a day")
        status = effective_status(chat, today)
    seen = seen_text(status.last_seen)
    if status.decayed:
        return f"last confirmed {seen} — check before you go" if seen else "not confirmed — check before you go"
    label = STATUSES.get(status.status, status.status).lower()
    if status.status == "running":
        return f"running, seen {seen}" if seen else "running"
    return f"{label}, last seen {seen}" if seen else label


def reason_text(reason: Reason) -> str:
    d = reason.data
    k = reason.kind
    if k == "status":
        seen = seen_text(d.get("last_seen", ""))
        if d.get("decayed"):
            return f"last confirmed {seen} — check before you go" if seen else "not confirmed — check before you go"
        where = f" on {platforms_text(d.get('platforms', ()))}" if d.get("platforms") else ""
        if d["status"] == "running":
            freq = frequency_word(d.get("frequency", ""), d.get("interval", 1))
            verb = f"Runs {freq}" if freq else "Active"  # a community has no frequency: it is simply active
            return f"{verb}{where}" + (f" (seen {seen})" if seen else "")
        label = STATUSES.get(d["status"], d["status"])
        return f"{label}{where}" + (f" (last seen {seen})" if seen else "")
    if k == "community":
        kind = COMMUNITY_TYPES.get(d.get("community_type", ""), "Community").lower()
        return f"a {kind} to read on your own time"
    if k == "subjects":
        return "about " + _join([SUBJECTS[s].lower() for s in d["subjects"]])
    if k == "all_subjects":
        return "open to all subjects"
    if k == "grade_bands":
        return "for " + _join([GRADE_BANDS[g].lower() for g in d["grade_bands"]])
    if k == "role":
        return "for " + ROLE_AUDIENCE.get(d["role"], "people in your role")
    if k == "newcomers":
        return "welcomes newcomers"
    if k == "home_region":
        return f"hosted in your country ({d['region']})"
    if k == "regional":
        return f"mainly for educators in {d['region']}"
    if k == "your_platforms":
        return f"on {platforms_text(d['platforms'])}, which you use"
    if k == "other_platforms":
        return f"only on {platforms_text(d['platforms'])}, which you did not choose"
    if k == "time":
        return f"{day_clock(d['start'])} your time"
    if k == "not_running":
        return f"not put in your plan: {STATUSES.get(d['status'], d['status']).lower()}"
    if k == "not_your_platforms":
        return f"not put in your plan: only on {platforms_text(d['platforms'])}"
    if k == "poor_fit":
        return "not put in your plan: not about what you teach"
    if k == "boundaries":
        return "no session fits: " + conflict_text(d["conflicts"][0])
    if k == "no_session":
        return "does not meet in the next four weeks"
    if k == "clash":
        return "clashes with a chat already chosen"
    if k == "over_minutes":
        return f"would go over your {d['budget']} minutes a week"
    if k == "over_count":
        return f"would go over your {d['cap']} chats a week"
    return k.replace("_", " ")


def reasons_text(reasons, sep: str = " · ") -> str:
    """A ranked entry's reasons in reading order: status first, the time last. The platform is said
    once: when the status already names it ("Runs weekly on Bluesky"), "on Bluesky, which you use"
    is left out."""
    reasons = list(reasons)
    kinds = {r.kind for r in reasons}
    said = "status" in kinds or "community" in kinds
    return sep.join(reason_text(r) for r in reasons if not (said and r.kind == "your_platforms"))


def ranked_text(r: Ranked) -> str:
    return reasons_text(r.reasons)


def conflict_text(c: Conflict) -> str:
    """One plain English sentence for a conflict (times are already in the user's zone)."""
    d = c.data
    if c.kind in ("quiet_hours", "school_hours"):
        what = "quiet hours" if c.kind == "quiet_hours" else "school hours"
        if d.get("starts_inside", True):
            return f"{d['hashtag']} starts {_day_hhmm(d['start'])} your time, inside your {what} ({d['window']})"
        return (f"{d['hashtag']} runs until {d['end']:%H:%M} your time, past the start of your {what} "
                f"({d['window']})")
    if c.kind == "protected_day":
        return (f"{d['hashtag']} falls on {WEEKDAY_NAMES[d['day']]} your time ({_day_hhmm(d['start'])}), "
                "one of your protected days")
    if c.kind == "overlap":
        a_end = d.get("a_end")
        b_start, b_end = d.get("b_start"), d.get("b_end")
        more = f" (and {d['others'] - 1} other chats at that time)" if d.get("others", 0) > 1 else ""
        if a_end is not None and b_start is not None and b_end is not None:
            return (f"{d['a']} ({_day_hhmm(d['start'])}-{a_end:%H:%M}) and {d['b']} "
                    f"({_day_hhmm(b_start)}-{b_end:%H:%M}) overlap{more}; you can only be in one")
        return f"{d['a']} and {d['b']} overlap{more}; you can only be in one"
    if c.kind == "over_budget":
        return f"This week has {d['total']} minutes of chats; your budget is {d['budget']}"
    if c.kind == "too_many":
        return f"This week has {d['count']} chat sessions; you chose at most {d['cap']}"
    return c.kind.replace("_", " ")


def _day_hhmm(value: dt.datetime) -> str:
    return f"{WEEKDAY_LABELS[value.weekday()]} {value:%H:%M}"


def join_text(chat: Chat) -> str:
    """'Open https://bsky.app/hashtag/EduSky. Pin it as a feed.' — how to take part in a community."""
    return " ".join(s if s.endswith((".", "!", "?")) else s + "." for s in chat.join_steps)


def no_follows_text(subjects) -> str:
    """'No follow suggestions yet for science and physical education: ...' (the catalogue has none)."""
    names = _join([SUBJECTS.get(s, s).lower() for s in subjects])
    return (f"No follow suggestions yet for {names}: add accounts, blogs and hashtags you know on the app's "
            "Follows page, or in the plan file's \"follows\" list.")
