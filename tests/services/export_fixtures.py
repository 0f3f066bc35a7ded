"""Plans for the export tests, built from custom chats so they never depend on the shipped directory."""

from __future__ import annotations

import datetime as dt

from plnonboard.core.directory import Directory
from plnonboard.core.follows import Catalogue, parse_entry
from plnonboard.core.model import Boundaries, Follow, Plan, PlanChat, Profile, QuietHours
from tests.conftest import make_chat

TODAY = dt.date(2026, 11, 25)  # a Wednesday; the calendar starts Monday 2026-11-23

# Host zones on four continents; weekly, every 2 weeks, monthly nth/last, and slots in DST gaps
# (02:30 New York and 01:30 London on their spring-forward Sundays) and an overlap (01:30 New York).
CHATS = [
    make_chat("#edchat", "tue", "19:00", "America/New_York", platforms=["x", "bluesky"],
              link="https://example.org/edchat"),
    make_chat("#ukedchat", "thu", "20:00", "Europe/London", minutes=45),
    make_chat("#aussieED", "sun", "20:30", "Australia/Sydney", minutes=30),
    make_chat("#edchatNZ", "thu", "20:30", "Pacific/Auckland",
              frequency={"kind": "every_n_weeks", "interval": 2, "anchor": "2026-12-03"}),
    make_chat("#gapchat", "sun", "02:30", "America/New_York"),
    make_chat("#overlapchat", "sun", "01:30", "America/New_York", minutes=30),
    make_chat("#lastsunchat", "sun", "01:30", "Europe/London", frequency={"kind": "monthly", "nth": -1}),
    make_chat("#tlchat", "mon", "20:00", "America/Chicago", frequency={"kind": "monthly", "nth": 2}),
    make_chat("#indiaedchat", "sat", "21:00", "Asia/Kolkata", platforms=["mastodon"],
              frequency={"kind": "every_n_weeks", "interval": 3, "anchor": "2026-11-14"}),
    make_chat("#brchat", "wed", "21:00", "America/Sao_Paulo", frequency={"kind": "monthly", "nth": 1}),
]


def chat_plan(zone: str = "America/Chicago", reminder: int = 15) -> Plan:
    chats = [PlanChat(c.id, custom=c) for c in CHATS]
    chats[1] = PlanChat(CHATS[1].id, custom=CHATS[1], reminder_minutes=0)  # no alarm for this one
    chats[2] = PlanChat(CHATS[2].id, custom=CHATS[2], reminder_minutes=60)
    return Plan(profile=Profile(time_zone=zone, platforms=["bluesky", "mastodon"]),
                boundaries=Boundaries(reminder_minutes=reminder,
                                      quiet_hours=[QuietHours((6, 0, 1, 2, 3), dt.time(21), dt.time(6, 30))],
                                      protected_days=[5]),
                chats=chats)


CATALOGUE_ENTRIES = [
    {"id": "blog-a", "name": "A maths blog", "kind": "blog", "platform": "web", "url": "https://a.example/",
     "feed_url": "https://a.example/feed/", "subjects": ["math"], "reason": "Clear posts on fractions."},
    {"id": "mag-b", "name": "Teaching & Learning <Weekly>", "kind": "publication", "platform": "web",
     "url": "https://b.example/", "feed_url": "https://b.example/rss.xml", "subjects": ["general"]},
    {"id": "toot-c", "name": "Chloé", "kind": "account", "platform": "mastodon", "handle": "@chloe@mastodon.example",
     "languages": ["en", "fr"], "reason": "Bilingual science teacher."},
]


def catalogue() -> Catalogue:
    cat = Catalogue()
    for raw in CATALOGUE_ENTRIES:
        e = parse_entry(raw)
        cat.entries[e.id] = e
    return cat


FOLLOWS = [
    Follow("web", "https://a.example/", "A maths blog", "blog", "", "https://a.example/feed/", "blog-a"),
    Follow("web", "https://b.example/", "Teaching & Learning <Weekly>", "publication", "Weekly \"news\", digest",
           "https://b.example/rss.xml", "mag-b"),
    Follow("web", "https://c.example/", "=HYPERLINK(\"http://evil.example\")", "blog", "+1 for this; -2 for that",
           "https://c.example/atom.xml"),
    Follow("web", "https://d.example/", "No feed site", "blog"),
    Follow("mastodon", "@chloe@mastodon.example", "Chloé", "account", "", "", "toot-c"),
    Follow("mastodon", "@Chloe@Mastodon.example", "Chloé again", "account"),  # same account, other case
    Follow("mastodon", "@sam@maths.example", "Sam <b>bold</b>", "account", "[click](javascript:alert(1))"),
    Follow("mastodon", "#MTBoS", "Maths teachers", "hashtag"),
    Follow("bluesky", "ana.bsky.social", "Ana", "account", "Says hi"),
    Follow("bluesky", "#EduSky", "EduSky", "hashtag"),
    Follow("bluesky", "teacher.example.org", "A domain handle", "account"),
    Follow("x", "@edu_person", "@edu person", "account", "=1+1"),
]


def full_plan(zone: str = "America/Chicago") -> Plan:
    plan = chat_plan(zone)
    plan.follows = list(FOLLOWS)
    return plan


def directory() -> Directory:
    return Directory()
