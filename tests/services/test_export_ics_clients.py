"""The calendar in every client: independent readers list the exported file's sessions and each
one must equal, in UTC, the sessions the app's own week view shows (core `plan_week`) for every
week of the export (105 weeks), and find nothing in the two weeks either side. Viewers and hosts
are in zones with half-hour and 45-minute offsets, half-hour DST (Lord Howe), southern-hemisphere
DST, Morocco's Ramadan changes and no DST.

Each client reads each export in one call (one node process per export for ical.js). ical.js,
vobject and dateutil resolve TZIDs with the file's own VTIMEZONEs; `ical` and
recurring-ical-events are read twice, once as is (they look a known TZID up in their own tz data)
and once with the TZIDs renamed, so that they must use ours; khal resolves known TZIDs with pytz.

Documented exceptions: sessions whose *host* wall time does not exist (DST gap) or happens twice
(fall-back overlap). RFC 5545 §3.3.5 reads a gap time with the offset before the gap (02:30 in a
02:00->03:00 gap is 03:30) and an overlap time as the first of the two; the app does the same.
- ical.js keeps libical's rule (`Timezone#utcOffset`: a wall time at or after a change's onset
  takes the new offset, and in an overlap `want_daylight = false` picks standard time): a gap
  time gets the offset after the gap (01:30 of the new time, an hour early), an overlap time the
  standard-time (second) reading.
- dateutil's tz objects, which vobject and icalendar's VTIMEZONE reading (recurring-ical-events
  with the file's zones) use, give a gap time the offset after the gap; dateutil calls such
  times "imaginary" (`tz.datetime_exists`, `tz.resolve_imaginary`) and leaves them unmoved.
- khal 0.10 (pytz, `localize(is_dst=False)`) takes the second, standard-time reading of an
  overlap time.
Every other session must match exactly, and an exception must land on that client's own reading,
nowhere else.
"""

from __future__ import annotations

import datetime as dt
import os
import zoneinfo

import pytest

from plnonboard.core.model import Plan, PlanChat, Profile
from plnonboard.core.schedule import plan_week
from plnonboard.services.export_ics import event_uid, export_calendar
from tests.conftest import make_chat
from tests.services import calendar_clients as clients
from tests.services.export_fixtures import TODAY, directory

UTC = dt.UTC
WEEKS = 105  # two years of whole weeks: the export's length
ZONES = ["America/St_Johns", "Australia/Lord_Howe", "Pacific/Chatham", "Africa/Casablanca", "Asia/Kolkata",
         "America/Sao_Paulo", "America/Chicago", "Europe/London", "Australia/Melbourne"]

# One or more chats hosted in each zone; Sunday and Monday slots near midnight put host days on the
# other side of a viewer's week edge, and some slots sit in DST gaps and overlaps on purpose.
CHATS = [
    make_chat("#nlchat", "tue", "20:00", "America/St_Johns"),
    make_chat("#lhichat", "sun", "19:00", "Australia/Lord_Howe"),
    make_chat("#lhigap", "sun", "02:15", "Australia/Lord_Howe", minutes=30, frequency={"kind": "monthly", "nth": 1}),
    make_chat("#lhilate", "sun", "23:30", "Australia/Lord_Howe", minutes=30),
    make_chat("#chathamchat", "mon", "07:00", "Pacific/Chatham"),
    make_chat("#machat", "fri", "21:00", "Africa/Casablanca"),
    make_chat("#magap", "sun", "02:30", "Africa/Casablanca", minutes=30),
    make_chat("#indiaedchat", "sat", "21:00", "Asia/Kolkata",
              frequency={"kind": "every_n_weeks", "interval": 3, "anchor": "2026-11-14"}),
    make_chat("#indiamon", "mon", "04:00", "Asia/Kolkata"),
    make_chat("#brchat", "wed", "21:00", "America/Sao_Paulo", frequency={"kind": "monthly", "nth": 1}),
    make_chat("#tlchat", "mon", "20:00", "America/Chicago", frequency={"kind": "monthly", "nth": 2}),
    make_chat("#chigap", "sun", "02:30", "America/Chicago"),
    make_chat("#chilate", "sun", "22:00", "America/Chicago",
              frequency={"kind": "every_n_weeks", "interval": 2, "anchor": "2026-11-29"}),
    make_chat("#ukedchat", "thu", "20:00", "Europe/London", minutes=45),
    make_chat("#ukgapover", "sun", "01:30", "Europe/London", frequency={"kind": "monthly", "nth": -1}),
    make_chat("#aussieed", "sun", "20:30", "Australia/Melbourne", minutes=30),
    make_chat("#ausover", "sun", "02:30", "Australia/Melbourne", frequency={"kind": "monthly", "nth": 1}),
]
UIDS = {f"{c.hashtag} chat": event_uid(c, 0) for c in CHATS}

# Which sessions a client may place by its own documented rule: {"gap", "overlap"} -> instant.
EXCEPTIONS = {
    "ical.js": {"gap", "overlap"},
    "vobject": {"gap"},
    "dateutil": {"gap"},
    "ical": set(),
    "ical (file zones)": {"gap"},
    "recurring-ical-events": set(),
    "recurring-ical-events (file zones)": {"gap"},
    "khal": {"overlap"},
}


def plan(viewer: str) -> Plan:
    return Plan(profile=Profile(time_zone=viewer), chats=[PlanChat(c.id, custom=c) for c in CHATS])


def kind(occ) -> tuple[str, int] | None:
    """("gap"|"overlap", the other reading's UTC seconds) when the host wall time is not unique."""
    local = dt.datetime.combine(occ.host_day, occ.slot.start)
    tz = zoneinfo.ZoneInfo(occ.slot.zone)
    first, second = local.replace(tzinfo=tz, fold=0), local.replace(tzinfo=tz, fold=1)
    if first.utcoffset() == second.utcoffset():
        return None
    # zoneinfo: in a gap fold=0 uses the offset before it (the RFC reading), fold=1 the one after;
    # in an overlap fold=0 is the first (the RFC reading), fold=1 the second.
    gap = first.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != local
    return ("gap" if gap else "overlap"), int(second.timestamp())


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    """Per viewer zone: the exported file, the window and the app's week-by-week sessions."""
    out = {}
    for viewer in ZONES:
        folder = tmp_path_factory.mktemp(viewer.replace("/", "-"))
        path = folder / "chats.ics"
        p = plan(viewer)
        result = export_calendar(path, p, directory(), today=TODAY)
        weeks = (result.last - result.first).days // 7
        assert result.first + dt.timedelta(weeks=weeks) == result.last and weeks >= WEEKS
        # Read two weeks either side of the export too: a client must find nothing there.
        tz = zoneinfo.ZoneInfo(viewer)
        lo = dt.datetime.combine(result.first - dt.timedelta(weeks=2), dt.time(0), tzinfo=tz).astimezone(UTC)
        hi = dt.datetime.combine(result.last + dt.timedelta(weeks=2), dt.time(0), tzinfo=tz).astimezone(UTC)
        expected, special = set(), {}
        for week in range(weeks):
            for occ in plan_week(p, directory(), result.first + dt.timedelta(weeks=week), viewer).occurrences:
                key = (event_uid(occ.chat, occ.slot_index), int(occ.start.timestamp()))
                expected.add(key)
                if (k := kind(occ)) is not None:
                    special[key] = k
        out[viewer] = (folder, path, lo, hi, expected, special)
    return out


def read(client: str, folder, path, lo, hi) -> set:
    data = path.read_bytes()
    if client == "ical.js":
        return clients.icaljs(path, lo, hi)
    if client == "vobject":
        return clients.vobject_sessions(data, lo, hi)
    if client == "dateutil":
        return clients.dateutil_sessions(data, lo, hi)
    if client.startswith("ical"):
        return clients.ical_sessions(clients.rename_tzids(data) if "file" in client else data, lo, hi)
    if client.startswith("recurring"):
        return clients.recurring_sessions(clients.rename_tzids(data) if "file" in client else data, lo, hi)
    assert client == "khal"
    work = folder / "khal"
    if work.exists():
        import shutil
        shutil.rmtree(work)
    work.mkdir()
    return clients.khal_sessions(path, work, lo, hi, UIDS.__getitem__)


def available(client: str) -> bool:
    if client == "ical.js":
        return clients.NODE is not None and clients.ICALJS.exists()
    if client == "khal":
        return clients.KHAL is not None
    return True


@pytest.mark.parametrize("viewer", ZONES)
@pytest.mark.parametrize("client", list(EXCEPTIONS))
def test_client_lists_the_same_sessions_as_the_week_view(exports, client, viewer):
    if not available(client):
        # CI installs every client (scripts/setup.sh test); only a developer machine may skip.
        assert not os.environ.get("CI"), f"{client} is missing on CI"
        pytest.skip(f"{client} is not installed (./scripts/setup.sh test)")
    folder, path, lo, hi, expected, special = exports[viewer]
    got = read(client, folder, path, lo, hi)
    allowed = EXCEPTIONS[client]
    # A documented exception must land exactly on the client's own reading, nowhere else.
    wanted = set()
    for key in expected:
        k = special.get(key)
        if k is not None and k[0] in allowed and key not in got:
            wanted.add((key[0], k[1]))
        else:
            wanted.add(key)
    missing, extra = sorted(wanted - got), sorted(got - wanted)
    assert not missing and not extra, (client, viewer, [(u, dt.datetime.fromtimestamp(t, UTC)) for u, t in
                                                         missing[:5]], [(u, dt.datetime.fromtimestamp(t, UTC))
                                                                        for u, t in extra[:5]])
    assert len(expected) > 60 * 10  # every chat, every week: a real comparison


def test_every_host_zone_and_both_kinds_of_unusual_time_are_in_the_matrix(exports):
    """The matrix is only worth its cost if it exercises gaps and overlaps in several zones."""
    kinds = {(k[0], key[0]) for *_, special in exports.values() for key, k in special.items()}
    assert {k for k, _ in kinds} == {"gap", "overlap"}
    assert {uid for k, uid in kinds if k == "gap"} >= {"lhigap-0@plnonboard", "chigap-0@plnonboard",
                                                       "ukgapover-0@plnonboard", "magap-0@plnonboard"}
    assert {c.slots[0].zone for c in CHATS} == set(ZONES)
