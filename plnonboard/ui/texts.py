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


def status_labels() -> dict[str, str]:
    return {
        "running": translate("Vocab", "Active"),  # interim: advice-ui gives every status its own word
        "historical": translate("Vocab", "Historical"),
        "unverified": translate("Vocab", "Unverified"),
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


def status_text(status: str, last_seen: str | int | None) -> str:
    """'Historical · last seen 2019' — so nobody waits for a chat that stopped years ago."""
    label = status_labels().get(status, status.capitalize())
    if last_seen:
        return translate("Vocab", "%1 · last seen %2").replace("%1", label).replace("%2", str(last_seen))
    return label


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


def date_text(value: dt.date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


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

def _in_window(local: dt.datetime, window: str) -> bool:
    try:
        a, b = (dt.time.fromisoformat(x) for x in window.split("-", 1))
    except ValueError:
        return True
    t = local.time()
    return (a <= t < b) if a < b else (t >= a or t < b)


def conflict_text(c: Conflict, zone: str) -> str:
    """One kind sentence for a conflict, in the user's words and locale."""
    d = c.data
    if c.kind == "quiet_hours":
        start = d["start"]
        window = d.get("window", "")
        if _in_window(start, window):
            text = translate("Vocab", "%1 starts %2 your time, inside your quiet hours (%3).")
            text = text.replace("%2", day_clock(start))
        else:
            text = translate("Vocab", "%1 runs until %2 your time, past the start of your quiet hours (%3).")
            end = c.occurrence.end_in(zone) if c.occurrence else start
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
    from ..services.wording import conflict_text as plain_conflict  # interim, until translated here

    return plain_conflict(c)


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
    return translated.replace("(es)", "" if one else "es").replace("(s)", "" if one else "s")


# -- why a chat is suggested -------------------------------------------------------------------

def _labels_in(text: str, english: dict[str, str], translated: dict[str, str]) -> str | None:
    """The vocabulary labels named in `text` (the core writes them lower-case, comma-joined; some
    labels hold commas themselves, so they are found by position, not split)."""
    found = sorted((text.find(label.lower()), key) for key, label in english.items() if label.lower() in text)
    if not found:
        return None
    return ", ".join(translated.get(key, key).lower() for _, key in found)


def reason_text(reason) -> str:
    """One of core.recommend's English reasons in the user's language (an unknown one as it is).
    Typed reasons (core.recommend.Reason) are shown in plain English until this window's own
    translatable wording for them lands."""
    import re

    if not isinstance(reason, str):
        from ..services.wording import reason_text as plain_reason

        return plain_reason(reason)

    from ..core.vocab import GRADE_BANDS, SUBJECTS

    fixed = {
        "open to all subjects": translate("Vocab", "open to all subjects"),
        "made for people in your role": translate("Vocab", "made for people in your role"),
        "welcomes newcomers": translate("Vocab", "welcomes newcomers"),
        "recently active": translate("Vocab", "recently active"),
        "schedule not verified": translate("Vocab", "schedule not verified"),
        "for your role": translate("Vocab", "for your role"),
        "invites new members": translate("Vocab", "invites new members"),
    }
    if reason in fixed:
        return fixed[reason]
    patterns = (
        (r"about (.+)", lambda m: _labels_in(m[1], SUBJECTS, subject_labels()),
         translate("Vocab", "about %1")),
        (r"for (.+)", lambda m: _labels_in(m[1], GRADE_BANDS, grade_band_labels()), translate("Vocab", "for %1")),
        (r"seen running in (\d+)", lambda m: m[1], translate("Vocab", "seen running in %1")),
        (r"schedule last seen in (\d+)", lambda m: m[1], translate("Vocab", "schedule last seen in %1")),
        (r"hosted in your country \((.+)\)", lambda m: m[1], translate("Vocab", "hosted in your country (%1)")),
        (r"mainly for (.+) educators", lambda m: m[1], translate("Vocab", "mainly for %1 educators")),
        (r"on (.+), which you use", lambda m: m[1], translate("Vocab", "on %1, which you use")),
        (r"linked to (#\S+(?:, #\S+)*)", lambda m: m[1], translate("Vocab", "linked to %1")),
        (r"you chose the chat (#\S+)", lambda m: m[1], translate("Vocab", "you chose the chat %1")),
    )
    for pattern, value, sentence in patterns:
        match = re.fullmatch(pattern, reason)
        if match:
            filled = value(match)
            if filled:
                return sentence.replace("%1", filled)
    return reason


def reasons_text(reasons: str) -> str:
    """A '; '-joined list of the core's reasons (follow suggestions), each in the user's language."""
    return "; ".join(reason_text(part) for part in reasons.split("; ")) if reasons else reasons
