"""Translated words for what the core hands over as keys and structured data.

The core speaks plain English for the CLI; the window renders vocabulary keys and Conflicts
(`kind` + `data`) here, through Qt's translation, in the user's locale. Other windows reuse it.
Labels are written out literally so `pyside6-lupdate` can find every one.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from ..core.boundaries import Conflict
from ..core.recurrence import Occurrence
from ..core.zones import city_name

translate = QCoreApplication.translate  # the bare name pyside6-lupdate also finds


def role_labels() -> dict[str, str]:
    return {
        "classroom-teacher": translate("Vocab", "Classroom teacher"),
        "new-teacher": translate("Vocab", "New or pre-service teacher"),
        "teacher-educator": translate("Vocab", "Teacher educator"),
        "coach": translate("Vocab", "Instructional coach"),
        "librarian": translate("Vocab", "School librarian"),
        "leader": translate("Vocab", "School leader"),
    }


def subject_labels() -> dict[str, str]:
    return {
        "general": translate("Vocab", "General education"),
        "math": translate("Vocab", "Mathematics"),
        "science": translate("Vocab", "Science"),
        "ela": translate("Vocab", "English, literacy and reading"),
        "social-studies": translate("Vocab", "Social studies"),
        "world-languages": translate("Vocab", "World languages"),
        "ell": translate("Vocab", "English learners (ESL/ELT)"),
        "special-ed": translate("Vocab", "Special education"),
        "early-years": translate("Vocab", "Early years"),
        "edtech": translate("Vocab", "Educational technology"),
        "leadership": translate("Vocab", "School leadership"),
        "libraries": translate("Vocab", "School libraries"),
        "pe": translate("Vocab", "Physical education"),
        "gifted": translate("Vocab", "Gifted education"),
        "equity": translate("Vocab", "Equity and justice"),
        "new-teachers": translate("Vocab", "New teachers"),
        "coaching": translate("Vocab", "Instructional coaching"),
        "family": translate("Vocab", "Family engagement"),
        "curriculum": translate("Vocab", "Curriculum"),
        "further-ed": translate("Vocab", "Further education"),
        "teacher-ed": translate("Vocab", "Teacher education"),
        "digital-citizenship": translate("Vocab", "Digital citizenship"),
    }


def grade_band_labels() -> dict[str, str]:
    return {
        "early-years": translate("Vocab", "Early years (PreK-K)"),
        "primary": translate("Vocab", "Primary / elementary"),
        "middle": translate("Vocab", "Middle school"),
        "secondary": translate("Vocab", "High school / secondary"),
        "post-16": translate("Vocab", "Post-16 and higher"),
    }


def platform_labels(with_web: bool = False) -> dict[str, str]:
    out = {
        "x": translate("Vocab", "X (Twitter)"),
        "bluesky": translate("Vocab", "Bluesky"),
        "mastodon": translate("Vocab", "Mastodon"),
    }
    if with_web:
        out["web"] = translate("Vocab", "Web (blog or site)")
    return out


def community_type_labels() -> dict[str, str]:
    return {
        "hashtag": translate("Vocab", "Hashtag community"),
        "feed": translate("Vocab", "Custom feed"),
        "list": translate("Vocab", "List"),
        "starter_pack": translate("Vocab", "Starter pack"),
        "server": translate("Vocab", "Server community"),
    }


def role_group_labels() -> dict[str, str]:
    """The people in a role, for 'for school librarians'."""
    return {
        "classroom-teacher": translate("Vocab", "classroom teachers"),
        "new-teacher": translate("Vocab", "new and pre-service teachers"),
        "teacher-educator": translate("Vocab", "teacher educators"),
        "coach": translate("Vocab", "instructional coaches"),
        "librarian": translate("Vocab", "school librarians"),
        "leader": translate("Vocab", "school leaders"),
    }


def follow_kind_label(kind: str) -> str:
    return {
        "blog": translate("Vocab", "blog"),
        "publication": translate("Vocab", "publication"),
        "podcast": translate("Vocab", "podcast"),
        "community": translate("Vocab", "community"),
        "hashtag": translate("Vocab", "hashtag"),
        "account": translate("Vocab", "account"),
        "server": translate("Vocab", "server"),
        "directory": translate("Vocab", "directory"),
        "course": translate("Vocab", "course"),
        "list": translate("Vocab", "list"),
    }.get(kind, kind)


def seen_date(iso: str, *, days: bool = False) -> str:
    """'2019', 'Jan 2026' ('4 Dec 2024' with days=True): never more precise than the evidence;
    lists stop at the month, which is what matters at a glance (month names in the user's language)."""
    parts = (iso or "").split("-")
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        return iso or ""
    if len(numbers) == 1:
        return str(numbers[0])
    date = QDate(numbers[0], numbers[1], numbers[2] if len(numbers) > 2 else 1)
    if not date.isValid():
        return iso
    return QLocale().toString(date, "d MMM yyyy" if len(numbers) > 2 and days else "MMM yyyy")


# What a status means for someone deciding whether to wait up for it: live, check first, or gone.
TONE_LIVE, TONE_CHECK, TONE_GONE, TONE_OWN = "live", "check", "gone", "own"


def status_tone(status: str, custom: bool = False) -> str:
    if custom:
        return TONE_OWN
    if status == "running":
        return TONE_LIVE
    if status in ("ended", "historical"):
        return TONE_GONE
    return TONE_CHECK


def status_badge(status: str, last_seen: str = "", *, decayed: bool = False, custom: bool = False) -> str:
    """A status a person reads at a glance: 'Running · seen Jan 2026', 'Last confirmed Dec 2024 —
    check before you go', 'Ended 2024'. `status` is the effective one (core/status.py)."""
    if custom:
        return translate("Vocab", "Added by you")
    seen = seen_date(last_seen) if last_seen else ""
    if decayed or (status == "unverified" and seen):
        if seen:
            return translate("Vocab", "Last confirmed %1 — check before you go").replace("%1", seen)
        return translate("Vocab", "Not confirmed lately — check before you go")
    if status == "running":
        return translate("Vocab", "Running · seen %1").replace("%1", seen) if seen else translate("Vocab", "Running")
    if status == "irregular":
        return (translate("Vocab", "Now and then, no fixed schedule · seen %1").replace("%1", seen) if seen
                else translate("Vocab", "Now and then, no fixed schedule"))
    if status == "paused":
        return (translate("Vocab", "Paused · last seen %1").replace("%1", seen) if seen
                else translate("Vocab", "Paused"))
    if status == "ended":
        return translate("Vocab", "Ended %1").replace("%1", seen) if seen else translate("Vocab", "Ended")
    if status == "historical":
        return (translate("Vocab", "Not seen since %1 — check before you go").replace("%1", seen) if seen
                else translate("Vocab", "Historical — check before you go"))
    return translate("Vocab", "Unverified — check before you go")


def chat_status(chat, today: dt.date):
    """(effective status, badge, tone) of a directory entry as of `today`."""
    from ..core.status import effective_status

    eff = effective_status(chat, today)
    seen = eff.last_seen.iso() if eff.last_seen else ""
    badge = status_badge(eff.status, seen, decayed=eff.decayed, custom=chat.custom)
    return eff.status, badge, status_tone(eff.status, chat.custom)


# -- times -------------------------------------------------------------------------------------

def weekday_name(index: int, short: bool = False) -> str:
    fmt = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(index + 1, fmt)


def clock(value: dt.datetime | dt.time) -> str:
    t = value.time() if isinstance(value, dt.datetime) else value
    return QLocale().toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)


def day_clock(value: dt.datetime) -> str:
    """'Tue 7:00 PM' in the user's locale (the datetime is already in the zone to show)."""
    return f"{weekday_name(value.weekday(), short=True)} {clock(value)}"


def date_format() -> str:
    """Qt's format for a whole date: 'MMM d, yyyy' where the locale puts the month first, else
    'd MMM yyyy' (the window sets the order from its locale at start, ui.i18n)."""
    from ..core.timefmt import style

    return "MMM d, yyyy" if style().month_first else "d MMM yyyy"


def date_text(value: dt.date) -> str:
    """'Nov 25, 2026' or '25 Nov 2026': Qt's short format gives '11/25/26' (two-digit years) in
    en_US and '25 11 2026' in the C locale."""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def short_date(value: dt.date) -> str:
    """'15 Dec' (month name in the user's language)."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM")


def session_times(occ: Occurrence, zone: str) -> tuple[str, str]:
    """('Tue 7:00 PM–8:00 PM', '8:00 PM in New York') for a session: the user's time, the host's."""
    mine = occ.start_in(zone)
    host = occ.host_start()
    yours = f"{day_clock(mine)}–{clock(occ.end_in(zone))}"
    where = city_name(occ.slot.zone)
    if mine.utcoffset() == host.utcoffset():
        theirs = translate("Vocab", "same as the host (%1)").replace("%1", where)
    elif host.date() == mine.date():
        theirs = translate("Vocab", "%1 in %2").replace("%1", clock(host)).replace("%2", where)
    else:
        theirs = translate("Vocab", "%1 in %2").replace("%1", day_clock(host)).replace("%2", where)
    return yours, theirs


def both_times(occ: Occurrence, zone: str) -> str:
    """'Tue 4:00 PM your time · 7:00 PM in New York' — times always say whose they are."""
    yours, theirs = session_times(occ, zone)
    return translate("Vocab", "%1 your time · %2").replace("%1", yours).replace("%2", theirs)


def minutes_text(minutes: int) -> str:
    return translate("Vocab", "%n min", None, minutes)


# -- conflicts ---------------------------------------------------------------------------------

def conflict_text(c: Conflict, zone: str) -> str:
    """One kind sentence for a conflict, in the user's words and locale."""
    d = c.data
    if c.kind in ("quiet_hours", "school_hours"):
        start = d["start"]
        window = d.get("window", "")
        school = c.kind == "school_hours"
        if d.get("starts_inside", True):
            text = (translate("Vocab", "%1 starts %2 your time, inside your school hours (%3).") if school
                    else translate("Vocab", "%1 starts %2 your time, inside your quiet hours (%3)."))
            text = text.replace("%2", day_clock(start))
        else:
            text = (translate("Vocab", "%1 runs until %2 your time, into your school hours (%3).") if school
                    else translate("Vocab", "%1 runs until %2 your time, past the start of your quiet hours (%3)."))
            end = d.get("end") or (c.occurrence.end_in(zone) if c.occurrence else start)
            text = text.replace("%2", clock(end))
        return text.replace("%1", d["hashtag"]).replace("%3", window)
    if c.kind == "protected_day":
        return (translate("Vocab", "%1 falls on %2 your time (%3), one of your protected days.")
                .replace("%1", d["hashtag"]).replace("%2", weekday_name(d["day"]))
                .replace("%3", day_clock(d["start"])))
    if c.kind == "overlap":
        return (translate("Vocab", "%1 and %2 overlap on %3; you can only be in one.")
                .replace("%1", d["a"]).replace("%2", d["b"]).replace("%3", day_clock(d["start"])))
    if c.kind == "over_budget":
        return (translate("Vocab", "This week has %1 of chats; your budget is %2.")
                .replace("%1", minutes_text(d["total"])).replace("%2", minutes_text(d["budget"])))
    if c.kind == "too_many":
        return (translate("Vocab", "This week has %1 chat sessions; you chose at most %2.")
                .replace("%1", str(d["count"])).replace("%2", str(d["cap"])))
    return c.kind


def is_clash(c: Conflict) -> bool:
    """Clashes belong to a session; budget and count are totals, shown beside the minutes."""
    return c.kind in ("quiet_hours", "school_hours", "protected_day", "overlap")


def frequency_text(freq, weekday: int) -> str:
    """'every Tuesday', 'every 2 weeks on Tuesday', '1st Tuesday of the month' — host's weekday."""
    day = weekday_name(weekday)
    if freq.kind == "weekly":
        return translate("Vocab", "every %1").replace("%1", day)
    if freq.kind == "every_n_weeks":
        return translate("Vocab", "every %1 weeks on %2").replace("%1", str(freq.interval)).replace("%2", day)
    ordinal = {
        1: translate("Vocab", "1st"),
        2: translate("Vocab", "2nd"),
        3: translate("Vocab", "3rd"),
        4: translate("Vocab", "4th"),
        -1: translate("Vocab", "last"),
    }.get(freq.nth, "")
    return translate("Vocab", "%1 %2 of the month").replace("%1", ordinal).replace("%2", day)


def plural(translated: str, n: int) -> str:
    """Wrap `self.tr("%n chat(s)", None, n)`: with no translation loaded, Qt leaves the '(s)' and
    '(es)' markers; give English its real forms. A loaded translation has no markers to touch."""
    one = n == 1
    return (translated.replace("y(ies)", "y" if one else "ies").replace("(es)", "" if one else "es")
            .replace("(s)", "" if one else "s"))


# -- why an entry is suggested -----------------------------------------------------------------
# core.recommend hands over reasons as data (`kind` + `data`); these are their words in the window.
# The CLI and exports have their own plain-English wording (services/wording.py).

def _listed(keys, labels: dict[str, str], lower: bool = True) -> str:
    return ", ".join((labels.get(k, k).lower() if lower else labels.get(k, k)) for k in keys)


def platforms_text(keys) -> str:
    return _listed(keys, platform_labels(True), lower=False)


def _runs_text(d: dict, *, with_status: bool = True) -> str:
    """'Runs weekly on Bluesky (seen Jan 2026)' for a running chat. For one not known to run, its
    status badge, or (with_status=False, beside a badge already shown) 'Was weekly on X'."""
    status, seen = d.get("status", ""), d.get("last_seen", "")
    running = status == "running" and not d.get("decayed")
    if not running and with_status:
        return status_badge(status, seen, decayed=bool(d.get("decayed")))
    freq = d.get("frequency", "")
    if freq == "every_n_weeks":
        text = (translate("Vocab", "Runs every %2 weeks on %1") if running
                else translate("Vocab", "Was every %2 weeks on %1")).replace("%2", str(d.get("interval", 2)))
    elif freq == "monthly":
        text = translate("Vocab", "Runs monthly on %1") if running else translate("Vocab", "Was monthly on %1")
    else:
        text = translate("Vocab", "Runs weekly on %1") if running else translate("Vocab", "Was weekly on %1")
    text = text.replace("%1", platforms_text(d.get("platforms", ())))
    if seen and running:
        text = translate("Vocab", "%1 (seen %2)").replace("%1", text).replace("%2", seen_date(seen))
    return text


def _community_text(d: dict, status: dict | None) -> str:
    """'Hashtag community on Bluesky (seen 2025)'."""
    kind = community_type_labels().get(d.get("community_type", ""), translate("Vocab", "Community"))
    text = translate("Vocab", "%1 on %2").replace("%1", kind).replace("%2", platforms_text(d.get("platforms", ())))
    if status is None:
        return text
    if status.get("status") == "running" and not status.get("decayed"):
        seen = status.get("last_seen", "")
        return translate("Vocab", "%1 (seen %2)").replace("%1", text).replace("%2", seen_date(seen)) if seen else text
    return text  # a status that is not 'running' is said by the badge beside it


def reason_text(reason) -> str:
    """One typed reason (core.recommend.Reason: `kind`, `data`) in the user's language."""
    kind, d = reason.kind, reason.data or {}
    if kind == "status":
        return _runs_text(d)
    if kind == "community":
        return _community_text(d, None)
    if kind == "subjects":
        return translate("Vocab", "about %1").replace("%1", _listed(d.get("subjects", ()), subject_labels()))
    if kind == "all_subjects":
        return translate("Vocab", "open to all subjects")
    if kind == "grade_bands":
        return translate("Vocab", "for %1").replace("%1", _listed(d.get("grade_bands", ()), grade_band_labels()))
    if kind == "role":
        group = role_group_labels().get(d.get("role", ""))
        return (translate("Vocab", "for %1").replace("%1", group) if group
                else translate("Vocab", "made for people in your role"))
    if kind == "newcomers":
        return translate("Vocab", "welcomes newcomers")
    if kind == "home_region":
        return translate("Vocab", "hosted in your country (%1)").replace("%1", str(d.get("region", "")))
    if kind == "regional":
        return translate("Vocab", "mainly for educators in %1").replace("%1", str(d.get("region", "")))
    if kind == "your_platforms":
        return translate("Vocab", "on %1, which you use").replace("%1", platforms_text(d.get("platforms", ())))
    if kind == "other_platforms":
        return (translate("Vocab", "only on %1, which you did not choose")
                .replace("%1", platforms_text(d.get("platforms", ()))))
    if kind == "time":
        return translate("Vocab", "%1 your time").replace("%1", day_clock(d["start"]))
    # Follow suggestions (core.follows.suggest)
    if kind == "chosen_chat":
        return translate("Vocab", "you chose the chat %1").replace("%1", str(d.get("hashtag", "")))
    if kind == "linked":
        return translate("Vocab", "linked to %1").replace("%1", ", ".join(d.get("hashtags", ())))
    if kind == "invites":
        return translate("Vocab", "invites new members")
    if kind == "for_role":
        return translate("Vocab", "for your role")
    return ""  # a kind this window does not know yet says nothing rather than something wrong


def reasons_line(reasons) -> str:
    """Reasons as a person says them, most telling first: 'Runs weekly on Bluesky (seen Jan 2026)
    · for school librarians · Wed 7:00 PM your time'. The first part already names the platforms,
    so 'on Bluesky, which you use' is not said twice; a status that is not 'running' is left to
    the badge beside it ('Was weekly on X · about mathematics')."""
    by_kind = {r.kind: r for r in reasons}
    parts = []
    status = by_kind.get("status")
    community = by_kind.get("community")
    if community is not None:
        parts.append(_community_text(community.data or {}, status.data if status else None))
    elif status is not None:
        parts.append(_runs_text(status.data or {}, with_status=False))
    for r in reasons:
        if r.kind in ("status", "community") or (r.kind == "your_platforms" and (status or community)):
            continue
        text = reason_text(r)
        if text:
            parts.append(text)
    return " · ".join(p for p in parts if p)
