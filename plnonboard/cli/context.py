"""What every command needs: the data folder, the directory, the store, the user's zone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..core.directory import Directory
from ..core.errors import CoreError, DataError, PlanError
from ..core.model import Plan
from ..core.planfile import MAX_PLAN_BYTES, parse_plan_text
from ..core.zones import get_zone
from ..services import paths
from ..services.import_errors import UnreadableSource
from ..services.resources import load_directory
from ..services.system_zone import system_zone
from .parser import TODAY_ENV


def data_dir(args) -> Path:
    return paths.data_dir(getattr(args, "data_dir", None))


def directory() -> Directory:
    return load_directory()


def zone(name: str | None, fallback: str = "") -> str:
    chosen = name or fallback or system_zone()
    get_zone(chosen)
    return chosen


_today_option: dt.date | None = None  # set by `--today` for one run

# Weeks, exports and "next session" look days to years around a date: near 0001 or 9999 that
# arithmetic leaves what a date can hold (an OverflowError), so dates are kept to this range.
FIRST_DAY, LAST_DAY = dt.date(1970, 1, 1), dt.date(2200, 12, 31)


def _in_range(day: dt.date, text: str) -> dt.date:
    if not FIRST_DAY <= day <= LAST_DAY:
        raise CoreError(f"{text} is not a date this app can plan for (use one between "
                        f"{FIRST_DAY.isoformat()} and {LAST_DAY.isoformat()})")
    return day


def set_today(text: str | None) -> None:
    global _today_option
    _today_option = None
    if text:
        try:
            _today_option = _in_range(dt.date.fromisoformat(text), text)
        except ValueError:
            raise CoreError(f"--today {text!r} is not a date like 2026-12-03") from None


def today() -> dt.date:
    """Today's date, or the one fixed by `--today YYYY-MM-DD` / $PLNONBOARD_TODAY (for tests and for
    seeing what the advice will say on another day)."""
    import os

    if _today_option is not None:
        return _today_option
    text = os.environ.get(TODAY_ENV, "").strip()
    if not text:
        return dt.date.today()
    try:
        return _in_range(dt.date.fromisoformat(text), text)
    except ValueError:
        raise CoreError(f"{TODAY_ENV}={text!r} is not a date like 2026-12-03") from None


def parse_day(text: str | None) -> dt.date:
    if not text:
        return today()
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise CoreError(f"{text!r} is not a date like 2026-03-09") from None
    return _in_range(day, text)


def read_plan_file(path: str) -> Plan:
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_PLAN_BYTES + 1)
    except OSError as exc:
        raise UnreadableSource(f"cannot read plan file {path}: {exc.strerror or exc}") from None
    try:
        return parse_plan_text(raw)
    except PlanError as exc:
        raise PlanError(f"plan file {path}: {exc}") from None


def open_store(args):
    from ..services.store import Store

    return Store(data_dir(args))


def saved_plan(args) -> Plan:
    from ..services.store import DB_NAME

    if not (data_dir(args) / DB_NAME).exists():  # reading must not create an empty store
        raise DataError("no saved plan yet: run `plnonboard` to make one, or `plnonboard plan import FILE`")
    store = open_store(args)
    try:
        plan = store.load_plan()
    finally:
        store.close()
    if plan is None:
        raise DataError("no saved plan yet: run `plnonboard` to make one, or `plnonboard plan import FILE`")
    return plan


def saved_zone(args) -> str:
    """The saved plan's zone, or "" when there is no saved plan (then the computer's zone is used)."""
    from ..services.store import DB_NAME

    if not (data_dir(args) / DB_NAME).exists():
        return ""
    store = open_store(args)
    try:
        plan = store.load_plan()
    finally:
        store.close()
    return plan.profile.time_zone if plan else ""


def plan_from(args) -> Plan:
    """The plan a command shows or exports; credentials written inside feed addresses are left out."""
    from ..core.credentials import strip_plan

    return strip_plan(read_plan_file(args.plan) if getattr(args, "plan", None) else saved_plan(args))[0]
