"""Words and local formats for a week of chats, shared by the grid, the agenda and the details.

Times are formatted with the user's locale (QLocale); the core's English strings are the CLI's.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from ..core.boundaries import Conflict
from ..core.recurrence import Occurrence
from ..core.zones import city_name

translate = QCoreApplication.translate  # called with a literal context so pyside6-lupdate finds it


def fmt_time(value: dt.datetime | dt.time) -> str:
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def fmt_day(day: dt.date) -> str:
    """'Tue 3 Mar'"""
    return QLocale().toString(qdate(day), translate("WeekText", "ddd d MMM", "date format: Tue 3 Mar"))


def fmt_long_day(day: dt.date) -> str:
    """'Tuesday 3 March 2026'"""
    return QLocale().toString(qdate(day), translate("WeekText", "dddd d MMMM yyyy",
                                                    "date format: Tuesday 3 March 2026"))


def day_name(weekday: int) -> str:
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def your_time(occ: Occurrence, zone: str) -> str:
    """'Tue 3 Mar, 23:00–00:00'"""
    start, end = occ.start_in(zone), occ.end_in(zone)
    return f"{fmt_day(start.date())}, {fmt_time(start)}–{fmt_time(end)}"


def host_time(occ: Occurrence) -> str:
    """'Tue 3 Mar, 19:00 in New York'"""
    host = occ.host_start()
    return translate("WeekText", "{day}, {time} in {city}").format(day=fmt_day(host.date()), time=fmt_time(host),
                                               city=city_name(occ.slot.zone))


def conflict_text(conflict: Conflict, occ: Occurrence | None = None) -> str:
    """One plain sentence for a conflict, from the point of view of `occ` when given."""
    data = conflict.data
    if conflict.kind == "quiet_hours":
        return translate("WeekText", "Inside your quiet hours ({window})").format(window=data.get("window", ""))
    if conflict.kind == "school_hours":
        return translate("WeekText", "During your school hours ({window})").format(window=data.get("window", ""))
    if conflict.kind == "protected_day":
        return translate("WeekText", "On {day}, one of your protected days").format(
            day=day_name(int(data.get("day", 0))))
    if conflict.kind == "overlap":
        other = conflict.other if occ is not None and conflict.occurrence is not None \
            and occ.key == conflict.occurrence.key else conflict.occurrence
        tag = other.chat.hashtag if other is not None else data.get("b", "")
        return translate("WeekText", "Clashes with {hashtag}; you can only be in one").format(hashtag=tag)
    if conflict.kind == "over_budget":
        return translate("WeekText", "This week has {total} minutes of chats; your budget is {budget} minutes").format(
            total=data.get("total", 0), budget=data.get("budget", 0))
    if conflict.kind == "too_many":
        return translate("WeekText", "This week has {count} chat sessions; you chose at most {cap}").format(
            count=data.get("count", 0), cap=data.get("cap", 0))
    from ..services.wording import conflict_text as plain_conflict  # interim, until translated here

    return plain_conflict(conflict)


def extra_title(chat) -> str:
    """The chat's title, or "" when it only repeats the hashtag ("Edchat" for #edchat)."""
    squash = "".join(ch for ch in chat.title.lower() if ch.isalnum())
    return "" if squash == chat.hashtag.lstrip("#").lower() else chat.title


def block_label(occ: Occurrence) -> str:
    title = extra_title(occ.chat)
    return f"{occ.chat.hashtag} · {title}" if title else occ.chat.hashtag


def spoken_summary(occ: Occurrence, zone: str, conflicts: list[Conflict]) -> str:
    """What a screen reader or tooltip says about one session."""
    parts = [block_label(occ), your_time(occ, zone) + " " + translate("WeekText", "your time")]
    if occ.slot.zone != zone:
        parts.append(host_time(occ))
    parts.extend(conflict_text(c, occ) for c in conflicts)
    return ". ".join(parts)


def last_seen_text(state) -> str:
    """'last seen 2019', 'you saw it running on Tue 1 Dec', or 'not known to be running'."""
    if state.source == "you" and state.running:
        day = dt.date.fromisoformat(state.last_seen)
        return translate("WeekText", "you saw it running on {day}").format(day=fmt_day(day))
    if state.source == "you" and state.nobody_streak:
        return translate("WeekText", "nobody was there the last {count} times").format(count=state.nobody_streak) \
            if state.nobody_streak > 1 else translate("WeekText", "nobody was there last time")
    if state.source == "custom":
        return translate("WeekText", "added by you")
    if state.last_seen:
        return translate("WeekText", "last seen {when}").format(when=seen_when(state.last_seen))
    return translate("WeekText", "not known to be running")


def seen_when(iso: str) -> str:
    """'2019', 'Dec 2024' or 'Tue 1 Dec' for a last-seen date of known precision."""
    from ..core.status import parse_last_seen

    seen = parse_last_seen(iso)
    if seen is None or seen.precision == "year":
        return iso
    if seen.precision == "month":
        return QLocale().toString(QDate(seen.year, seen.month, 1), "MMM yyyy")
    return QLocale().toString(qdate(seen.earliest), translate("WeekText", "d MMM yyyy", "date format: 1 Dec 2024"))


def pause_text(pause) -> str:
    """'Paused: Winter break' or 'Paused'."""
    if pause.label:
        return translate("WeekText", "Paused: {label}").format(label=pause.label)
    return translate("WeekText", "Paused")


def pause_range(pause) -> str:
    """'Mon 21 Dec – Sun 3 Jan'"""
    if pause.start == pause.end:
        return fmt_day(pause.start)
    return f"{fmt_day(pause.start)} – {fmt_day(pause.end)}"


def _span(minutes: int) -> str:
    if minutes < 60:
        return translate("WeekText", "{n} min").format(n=max(1, minutes))
    hours = round(minutes / 60)
    if hours < 48:
        return translate("WeekText", "{n} h").format(n=hours)
    return translate("WeekText", "{n} days").format(n=round(minutes / 1440))


def when_words(occ: Occurrence, now: dt.datetime, zone: str) -> str:
    """The next session's time in words: 'tonight at 7:00 PM, in 3 h', 'now, until 8:00 PM',
    'tomorrow at 1:00 AM, in 14 h', 'Thursday at 7:00 PM, in 2 days', 'Thu 17 Dec at 7:00 PM'."""
    from ..core.zones import get_zone

    local_now = now.astimezone(get_zone(zone))
    start, end = occ.start_in(zone), occ.end_in(zone)
    if start <= now < end:
        return translate("WeekText", "now, until {time}").format(time=fmt_time(end))
    minutes = int((occ.start - now).total_seconds() // 60)
    days = (start.date() - local_now.date()).days
    time = fmt_time(start)
    if days == 0:
        first = (translate("WeekText", "tonight at {time}") if start.hour >= 17
                 else translate("WeekText", "today at {time}")).format(time=time)
    elif days == 1:
        first = translate("WeekText", "tomorrow at {time}").format(time=time)
    elif days < 7:
        first = translate("WeekText", "{day} at {time}").format(day=day_name(start.weekday()), time=time)
    else:
        return translate("WeekText", "{day} at {time}").format(day=fmt_day(start.date()), time=time)
    return translate("WeekText", "{when}, in {span}").format(when=first, span=_span(minutes))


def block_label_of(chat) -> str:
    """'#edchat · Education chat' for a chat (no session needed)."""
    title = extra_title(chat)
    return f"{chat.hashtag} · {title}" if title else chat.hashtag
