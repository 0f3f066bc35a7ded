#!/usr/bin/env python3
"""Build the shipped chat directory, resources/directory/chats.json.

Input: the research CSV (default ../shared/data/chats-facts.csv next to the repo root,
or argv[1]) with columns
    hashtag,weekdays,start_local,tz,duration_min,frequency,topics,audience,source_url,confidence
plus the per-chat curation table below (CURATION), which holds the decisions a person made:
title, description, controlled-vocabulary tags, status, last year seen, how each slot
recurs, notes and the drift a teacher should know about.

Rules the table follows:
* Nothing is invented. Every time, weekday, zone, date and URL comes from the CSV, the
  research notes (market-and-formats.md, section 4) or a stored public page cited in
  the chat's `sources` (extra_sources below).
* Rows with the same hashtag become one chat with several slots.
* Slot times stay in the host's zone exactly as announced; nothing is converted.
* A CSV row whose weekday or frequency is not plain "weekly" must have its frequency
  decided explicitly in the table (the script refuses to guess).
* Chats the sources cannot place in a calendar are listed in LEFT_OUT with the reason.

The script is deterministic (same input, same bytes), uses only the standard library,
and validates its own output; on any problem it names the chat and the field and exits 1.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CSV = REPO.parent / "shared" / "data" / "chats-facts.csv"
OUT = REPO / "resources" / "directory" / "chats.json"

FORMAT = "plnonboard.directory"
VERSION = 1
UPDATED = "2026-11-23"
RESEARCH_VERIFIED = "2026-11-01"  # when the research CSV was checked
CHECKED_TODAY = "2026-11-23"  # when the extra stored pages below were read

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SUBJECTS = {
    "general", "math", "science", "ela", "social-studies", "world-languages", "ell",
    "special-ed", "early-years", "edtech", "leadership", "libraries", "pe", "gifted",
    "equity", "new-teachers", "coaching", "family", "curriculum", "further-ed",
    "teacher-ed", "digital-citizenship",
}
GRADE_BANDS = ("early-years", "primary", "middle", "secondary", "post-16")
ROLES = ("classroom-teacher", "new-teacher", "teacher-educator", "coach", "librarian", "leader")
PLATFORMS = {"x", "bluesky", "mastodon"}
STATUSES = {"active", "historical", "unverified"}
CONFIDENCE_ORDER = {"low": 0, "medium": 1, "high": 2}

ALL_BANDS = list(GRADE_BANDS)
K12 = ["early-years", "primary", "middle", "secondary"]
ALL_ROLES = list(ROLES)

WEEKLY = {"kind": "weekly"}


def monthly(nth: int) -> dict:
    return {"kind": "monthly", "nth": nth}


# Chats in the CSV that cannot go into a calendar, and why.
LEFT_OUT = {
    "wvpechat": (
        "Only the launch session is dated (Wed 16 Nov 2016, 8 pm EST) and the chat is called "
        "'monthly'; the weekday and week of later sessions are not stated, so no recurrence "
        "rule can be written without guessing."
    ),
}

# ---------------------------------------------------------------------------------------
# The curation table. Keys are chat ids (hashtag lower-cased without '#').
# "slots" lists one entry per output slot; "row" picks the CSV row (of that hashtag, in
# file order) the weekday/start/zone/minutes come from (default: the slot's position).
# "override" replaces the CSV's weekday/start/zone/minutes with a later schedule read in
# "override_source" (which must be one of the chat's sources).
# ---------------------------------------------------------------------------------------
CURATION: dict[str, dict] = {
    "edchat": {
        "title": "Edchat",
        "description": (
            "A long-running general chat for all educators, held twice on Tuesdays; "
            "the week's topic is chosen by a poll and ranges over general education, policy and technology."
        ),
        "topics": ["general education", "policy", "edtech"],
        "subjects": ["general", "edtech"],
        "grade_bands": ALL_BANDS,
        "roles": ALL_ROLES,
        "region": "US",
        "link": "http://teacherrebootcamp.com/2009/08/18/edchat-join-the-conversation/comment-page-1/",
        "status": "historical",
        "last_seen": 2013,
        "slots": [
            {"label": "noon session",
             "note": "An undated copy of the #edchat wiki lists only the 7 pm session; this one may have ended."},
            {"label": "evening session"},
        ],
        "changes": (
            "The noon session may have ended: an undated #edchat wiki copy lists only the "
            "7 pm New York session."
        ),
    },
    "edtechchat": {
        "title": "Edtech chat",
        "description": (
            "A weekly Monday-evening chat about using technology in teaching, for teachers, "
            "tech coaches and school leaders."
        ),
        "subjects": ["edtech"],
        "grade_bands": ALL_BANDS,
        "roles": ["classroom-teacher", "coach", "leader"],
        "region": "US",
        "link": "https://www.edsurge.com/news/2014-05-20-edtechchat-turns-one",
        "status": "historical",
        "last_seen": 2015,
    },
    "cpchat": {
        "title": "Connected Principals chat",
        "description": (
            "A chat for principals and other school leaders about school leadership; "
            "'cp' stands for connected principals."
        ),
        "subjects": ["leadership"],
        "grade_bands": ALL_BANDS,
        "roles": ["leader"],
        "region": "US",
        "link": "https://www.pbisrewards.com/blog/twitter-chats-educators/",
        "status": "historical",
        "last_seen": 2013,
        "slots": [
            {"frequency": WEEKLY,
             "note": "Read for the NASSP October 2013 series and in an undated list of chats; "
                     "whether it ran all year is not stated."},
        ],
        "changes": (
            "In October 2015 a NASSP/NAESP #cpchat series ran on Mondays at 9 pm ET instead "
            "(Education Week, 2015); the Wednesday time shown is from 2013."
        ),
    },
    "satchat": {
        "title": "Satchat",
        "description": (
            "A Saturday-morning chat about school leadership and education for "
            "administrators and teachers."
        ),
        "subjects": ["leadership", "general"],
        "grade_bands": ALL_BANDS,
        "roles": ["leader", "classroom-teacher"],
        "region": "US",
        "link": "http://www.edutopia.org/blog/pennsge-satchat-an-open-conversation-joe-mazza",
        "status": "historical",
        "last_seen": 2014,
    },
    "satchatwc": {
        "title": "Satchat West Coast",
        "description": (
            "The West Coast edition of #satchat: a Saturday-morning school leadership chat "
            "for administrators and teachers, held on Pacific time."
        ),
        "subjects": ["leadership"],
        "grade_bands": ALL_BANDS,
        "roles": ["leader", "classroom-teacher"],
        "region": "US",
        "link": "https://bcurrie.wordpress.com/2013/12/28/satchat-retrospect-2013/",
        "status": "historical",
        "last_seen": 2015,
    },
    "miched": {
        "title": "MichEd",
        "description": (
            "A weekly chat for Michigan educators, students and parents about education in "
            "the state; in summer the hour runs as unmoderated 'campfire' chats."
        ),
        "subjects": ["general"],
        "grade_bands": ALL_BANDS,
        "roles": ALL_ROLES,
        "region": "Michigan",
        "link": "http://miched.net/",
        "status": "historical",
        "last_seen": 2019,
        "slots": [
            {"frequency": WEEKLY,
             "note": "In summer the same hour runs as unmoderated 'campfire' chats."},
        ],
        "extra_sources": [
            "http://miched.net/",
            "https://archive.participate.com/transcripts/7f823b9c-146a-47a7-8331-ee1a58ae650a.html",
            "https://blogs.egusd.net/digitalcitizenship/2019/02/05/digcit-tweet-chat/",
        ],
        "evidence_extra": (
            f"checked {CHECKED_TODAY}: miched.net says 'Every Wednesday evening at 8 pm EST ... an hour "
            "long chat'; a transcript of Wed 7 Nov 2018 starts at 8:00 PM EST; the 2019 district page "
            "(egusd.net) gives 5:00 pm PST on Wed 6 Feb 2019, the same hour"
        ),
        "verified": CHECKED_TODAY,
    },
    "aplitchat": {
        "title": "AP Lit chat",
        "description": "A Sunday-night chat for high school teachers of AP English Literature.",
        "subjects": ["ela"],
        "grade_bands": ["secondary"],
        "roles": ["classroom-teacher"],
        "region": "US",
        "link": "http://intoy2014.blogspot.com/2014/10/why-educators-must-tweet.html",
        "status": "historical",
        "last_seen": 2014,
    },
    "leadupchat": {
        "title": "LeadUp chat",
        "description": "A Saturday-morning chat about leadership for teachers and school administrators.",
        "subjects": ["leadership"],
        "grade_bands": ALL_BANDS,
        "roles": ["classroom-teacher", "leader"],
        "region": "US",
        "link": "http://ateachersruminations.blogspot.com/2016/03/twitter-chats.html",
        "status": "historical",
        "last_seen": 2016,
    },
    "tlchat": {
        "title": "Teacher librarian chat",
        "description": (
            "A monthly evening chat for school librarians about librarianship, started in 2012 "
            "alongside the TL Virtual Café webinars."
        ),
        "subjects": ["libraries"],
        "grade_bands": ALL_BANDS,
        "roles": ["librarian"],
        "region": "US",
        "link": "https://blogs.slj.com/neverendingsearch/2012/08/26/tlchat-live-get-ready-for-more-cafe/",
        "status": "historical",
        "last_seen": 2016,
        "slots": [
            {"frequency": monthly(2),
             "note": "2012 rule: if the first Monday of the month is a holiday, the chat moves to the third Monday."},
        ],
        "extra_sources": ["https://tlvirtualcafe.wikispaces.com/TL%20News%20Night"],
        "evidence_extra": (
            f"checked {CHECKED_TODAY}: the TL Virtual Café notice 'Changes Ahead for #TLChat' pauses the "
            "offerings for November-December and says they return on the first Monday of each month at "
            "8 PM Eastern from 2 January 2017, in a form still being worked out"
        ),
        "verified": CHECKED_TODAY,
        "changes": (
            "A late-2016 notice paused the TL Virtual Café offerings and said they would return on the "
            "first Monday of each month at 8 pm ET from 2 January 2017, in a form not yet settled. "
            "The 2nd-Monday rule shown is the 2012-2016 one."
        ),
    },
    "tlskychat": {
        "title": "TL Sky Chat",
        "description": "A weekly hour-long chat on Bluesky for school librarians, launched in December 2024.",
        "subjects": ["libraries"],
        "grade_bands": ALL_BANDS,
        "roles": ["librarian"],
        "region": "US",
        "platforms": ["bluesky"],
        "link": "https://www.librarygirl.net/post/mark-your-calendars-tlskychat-is-here",
        "status": "active",
        "last_seen": 2024,
    },
    "ntchat": {
        "title": "New Teacher Chat",
        "description": (
            "A chat for new and pre-service teachers, with mentors and experienced teachers "
            "answering; classroom management is the topic asked for most, and lesson planning comes up often."
        ),
        "subjects": ["new-teachers"],
        "grade_bands": ALL_BANDS,
        "roles": ["new-teacher", "classroom-teacher", "leader"],
        "region": "US",
        "link": "https://edweek.org/teaching-learning/looking-for-more-support-new-teachers-turn-to-online-communities/2016/10",
        "status": "historical",
        "last_seen": 2016,
        "newcomer_friendly": True,
        "slots": [
            {"frequency": WEEKLY,
             "note": "By 2016 the chat ran every other Wednesday; which Wednesdays is not known, "
                     "so every Wednesday is shown."},
        ],
        "evidence_extra": (
            f"checked {CHECKED_TODAY}: the 2016 Education Week article says 'Every other Wednesday night' "
            "and 'a biweekly Twitter chat'; it does not restate the time"
        ),
        "changes": (
            "2012: every Wednesday at 8 pm ET. 2016: every other Wednesday night. No dated session was "
            "found to tell which Wednesdays, so the weekly rule is shown; expect a chat only every second week."
        ),
    },
    "engchat": {
        "title": "Engchat",
        "description": "A Monday-evening chat for English teachers from kindergarten to college (K-16).",
        "subjects": ["ela"],
        "grade_bands": ALL_BANDS,
        "roles": ["classroom-teacher"],
        "region": "US",
        "link": "https://teach.nwp.org/engchat-community-conversation-and-collaboration-for-english-teachers/",
        "status": "historical",
        "last_seen": 2011,
    },
    "eltchat": {
        "title": "ELTchat",
        "description": (
            "A chat for English language teachers worldwide, running since 2010; members suggest "
            "and vote on topics, and volunteers write up summaries of each chat."
        ),
        "subjects": ["ell"],
        "grade_bands": ALL_BANDS,
        "roles": ["classroom-teacher"],
        "region": "",
        "link": "http://eltchat.org/wordpress/",
        "status": "historical",
        "last_seen": 2015,
        "slots": [
            {"frequency": WEEKLY, "label": "midday session",
             "note": "2015 sources: one session a Wednesday, alternating between 12:00 and 21:00; "
                     "which weeks is not known, so both times are shown every Wednesday."},
            {"frequency": WEEKLY, "label": "evening session",
             "note": "2015 sources: one session a Wednesday, alternating between 12:00 and 21:00; "
                     "which weeks is not known, so both times are shown every Wednesday."},
        ],
        "extra_sources": ["https://berlingo18.wordpress.com/2015/03/03/discovering-eltchat/"],
        "evidence_extra": (
            f"checked {CHECKED_TODAY}: a March 2015 post says 'every Wednesday at 12pm or 9pm on rotation'; "
            "no dated session with its time was found to fix the rotation"
        ),
        "verified": CHECKED_TODAY,
        "changes": (
            "2010-2011 sources: both sessions every Wednesday. 2015 sources: one session a Wednesday, "
            "alternating between 12:00 and 21:00 London time. No dated session was found to tell which "
            "week is which, so both are shown weekly."
        ),
    },
    "sschat": {
        "title": "Social studies chat",
        "description": (
            "A weekly Monday-evening chat for social studies teachers about teaching social studies, "
            "running since July 2010."
        ),
        "subjects": ["social-studies"],
        "grade_bands": ALL_BANDS,
        "roles": ["classroom-teacher"],
        "region": "US",
        "link": "https://sschat.org/about-us/",
        "status": "historical",
        "last_seen": 2018,
        "extra_sources": [
            "https://archive.participate.com/transcripts/35308686-df27-4231-aa14-ec4eb7d81404.html",
        ],
        "evidence_extra": (
            f"checked {CHECKED_TODAY}: transcripts of Mon 14 Nov 2016 (7:00 PM EST) and Mon 1 Oct 2018 "
            "(7:00 PM EDT); the about page gives no year"
        ),
        "verified": CHECKED_TODAY,
    },
    "kinderchat": {
        "title": "Kinderchat",
        "description": "A Monday-night chat for kindergarten and early childhood educators.",
        "subjects": ["early-years"],
        "grade_bands": ["early-years"],
        "roles": ["classroom-teacher"],
        "region": "US",
        "link": "http://kinderchat-kinderchat.blogspot.com/2011_01_01_archive.html",
        "status": "historical",
        "last_seen": 2018,
        "slots": [
            {"note": "The chat's description also says '8:30PM London time', which does not match "
                     "9 pm Eastern; its meaning is unclear."},
        ],
    },
    "mathchat": {
        "title": "Mathchat",
        "description": (
            "A weekly chat about teaching and learning mathematics, open to math educators, "
            "students and parents."
        ),
        "subjects": ["math"],
        "grade_bands": ALL_BANDS,
        "roles": ["classroom-teacher"],
        "region": "",
        "link": "https://colintgraham.com/2011/05/04/whats-it-all-about-mathchat/",
        "status": "historical",
        "last_seen": 2011,
        "slots": [
            {"frequency": WEEKLY,
             "note": "Announced as 00:00 GMT Friday, which is Thursday evening in the Americas; "
                     "kept in UTC all year."},
        ],
        "changes": "The founder mentioned a second weekly session on another day; its day and time were not captured.",
    },
    "elemmathchat": {
        "title": "Elementary math chat",
        "description": (
            "A Thursday-evening chat for elementary teachers and math coaches about elementary "
            "mathematics, including number talks."
        ),
        "subjects": ["math"],
        "grade_bands": ["primary"],
        "roles": ["classroom-teacher", "coach"],
        "region": "US",
        "link": "https://therouttymathteacher.blogspot.com/2015/09/looking-for-unique-mathematical.html",
        "status": "historical",
        "last_seen": 2015,
    },
    "ellchat": {
        "title": "ELL chat",
        "description": "A weekly chat for ESL, ELL and bilingual teachers of English learners from PreK to grade 12.",
        "subjects": ["ell"],
        "grade_bands": K12,
        "roles": ["classroom-teacher"],
        "region": "US",
        "link": "http://blog.tesol.org/why-pre-k-12-educators-of-els-should-participate-in-ellchat/",
        "status": "historical",
        "last_seen": 2019,
        "slots": [
            {"frequency": WEEKLY, "note": "Summer break from mid-July to early August."},
        ],
    },
    "educolor": {
        "title": "EduColor",
        "description": (
            "A monthly chat on race, equity and justice in education, for educators of color and allies."
        ),
        "subjects": ["equity"],
        "grade_bands": ALL_BANDS,
        "roles": ALL_ROLES,
        "region": "US",
        "link": "http://www.educolor.org/get-activated/",
        "status": "historical",
        "last_seen": 2018,
        "slots": [
            {"frequency": monthly(-1),
             "note": "Last Thursday of the month; the organisers say they move it for holidays and special events."},
        ],
        "extra_sources": [
            "http://www.educolor.org/get-activated/",
            "https://archive.participate.com/transcripts/67075738-7682-4766-b0b5-2e0e0633b280.html",
            "https://archive.participate.com/transcripts/448968f7-323f-4628-807c-fb71f9410dba.html",
        ],
        "evidence_extra": (
            f"checked {CHECKED_TODAY}: educolor.org (undated) says 'every last Thursday of the month' "
            "from '7:30pm ET to 8:30pm ET'; transcripts of 26 Jan, 29 Jun and 28 Sep 2017 and 22 Feb and "
            "29 Mar 2018 all fall on the last Thursday"
        ),
        "verified": CHECKED_TODAY,
        "changes": "The organisers' page says they might expand to a twice-monthly schedule; no source shows that happened.",
    },
    "educoach": {
        "title": "Educoach",
        "description": (
            "A weekly chat for instructional coaches, administrators and teachers, including book studies."
        ),
        "subjects": ["coaching"],
        "grade_bands": ALL_BANDS,
        "roles": ["coach", "leader", "classroom-teacher"],
        "region": "US",
        "link": "https://www.kathyperret.org/2017/01/22/educoach-book-study-the-innovators-mindset/",
        "status": "historical",
        "last_seen": 2017,
    },
    "immooc": {
        "title": "IMMOOC",
        "description": (
            "The Twitter chat of a periodic open online course built around the book "
            "The Innovator's Mindset; it meets weekly only while a course round of about six weeks runs."
        ),
        "subjects": ["general", "leadership"],
        "grade_bands": ALL_BANDS,
        "roles": ["classroom-teacher", "leader"],
        "region": "",
        "link": "https://immooc.org/page/2",
        "status": "historical",
        "last_seen": 2017,
        "slots": [
            {"frequency": WEEKLY,
             "note": "Only while a course round (about six weeks) runs; a session of the 2017 third round "
                     "was on Thursday 19 October at 9 pm ET. Dates of other rounds are not known."},
        ],
    },
    "aussieed": {
        "title": "AussieED",
        "description": (
            "A Sunday-night chat for teachers and school leaders in Australia and beyond, led by a host "
            "who poses a series of questions."
        ),
        "subjects": ["general"],
        "grade_bands": ALL_BANDS,
        "roles": ["classroom-teacher", "leader"],
        "region": "Australia",
        "link": "http://www.theindependentvariable.net/blog/feature-friday-aussieed",
        "status": "historical",
        "last_seen": 2020,
        "slots": [
            {"note": "Announced as 8.30pm (AEST); shown as Sydney local time, which a 2016 transcript at "
                     "6:30 AM EDT matches."},
        ],
        "changes": (
            "A 2020 post says the hashtag is now used around the clock, 'no longer just pigeon-holed to "
            "the original 8.30pm time slot'."
        ),
    },
    "ukedchat": {
        "title": "UKEdChat",
        "description": "A weekly Thursday-evening chat for educators in the UK on general education topics.",
        "subjects": ["general"],
        "grade_bands": ALL_BANDS,
        "roles": ALL_ROLES,
        "region": "UK",
        "link": "https://dailydenouement.wordpress.com/2010/08/05/ukedchat/",
        "status": "historical",
        "last_seen": 2013,
    },
    "ukfechat": {
        "title": "UKFEchat",
        "description": (
            "A Thursday-night chat in term time for educators in UK further education and skills (post-16)."
        ),
        "subjects": ["further-ed"],
        "grade_bands": ["post-16"],
        "roles": ["classroom-teacher", "leader"],
        "region": "UK",
        "link": "https://altc.alt.ac.uk/blog/2023/08/ukfechat-embracing-the-pivot/",
        "status": "active",
        "last_seen": 2023,
        "slots": [
            {"frequency": WEEKLY, "note": "Term time only."},
        ],
    },
    "teacheredchat": {
        "title": "Teacher Ed chat",
        "description": (
            "A chat about preparing teachers for the classroom, for teacher educators, preservice "
            "teachers and others who support them."
        ),
        "subjects": ["teacher-ed"],
        "grade_bands": ALL_BANDS,
        "roles": ["teacher-educator", "new-teacher"],
        "region": "US",
        "link": "https://archive.participate.com/transcripts/d78244a8-c5b4-4d7d-8879-317a6421886c.html",
        "status": "unverified",
        "last_seen": 2016,
        "slots": [
            {"frequency": WEEKLY,
             "note": "How often it meets is not stated; one transcript shows Mon 29 Feb 2016 at 9 pm ET. "
                     "Another transcript calls it a '30 minute chat'."},
        ],
        "extra_sources": [
            "https://archive.participate.com/transcripts/fd44f085-288a-4f6f-9de7-e713dfcc0ab6.html",
        ],
        "verified": CHECKED_TODAY,
        "changes": "Other transcripts mention a 30-minute chat and a session at 8 pm CST; the schedule may have changed.",
    },
    "teachersated": {
        "title": "Teachers at ED",
        "description": (
            "A monthly chat on federal education policy hosted by the US Department of Education's "
            "Teaching Ambassador Fellows."
        ),
        "subjects": ["general"],
        "grade_bands": ALL_BANDS,
        "roles": ["classroom-teacher"],
        "region": "US",
        "link": "https://archive.participate.com/transcripts/b06b1231-7a7d-482b-be3a-fbb70e4a6b0c.html",
        "status": "historical",
        "last_seen": 2016,
        "slots": [
            {"frequency": monthly(3), "note": "The Teaching Ambassador Fellows program may have ended."},
        ],
    },
    "spedchat": {
        "title": "Spedchat",
        "description": (
            "A weekly chat about special education and students with disabilities, for special educators and parents."
        ),
        "subjects": ["special-ed"],
        "grade_bands": ALL_BANDS,
        "roles": ["classroom-teacher"],
        "region": "US",
        "link": "https://archive.participate.com/transcripts/1d0c1638-5d24-4041-99bc-2c1100117d23.html",
        "status": "historical",
        "last_seen": 2016,
        "changes": "2010-2011 sources give Tuesdays at 8:30 pm ET; the 2016 time of 9-10 pm ET is shown.",
    },
    "urbanedchat": {
        "title": "UrbanEd chat",
        "description": (
            "A chat about urban education, open to all educators, moderated by two elementary teachers from Detroit."
        ),
        "subjects": ["general"],
        "grade_bands": ALL_BANDS,
        "roles": ["classroom-teacher"],
        "region": "US",
        "link": "https://archive.participate.com/transcripts/05ef7f71-6c12-49fe-a16d-7de59b70a242.html",
        "status": "unverified",
        "last_seen": 2016,
        "slots": [
            {"frequency": WEEKLY,
             "note": "How often it meets is not stated; transcripts show Thursdays 21 July and 18 August 2016 at 8 pm ET."},
        ],
        "extra_sources": [
            "https://archive.participate.com/transcripts/e2ee463c-f347-44b7-aa7a-e118310f8e0d.html",
        ],
        "evidence_extra": f"checked {CHECKED_TODAY}: a second transcript, Thu 21 Jul 2016 8:00 PM EDT",
        "verified": CHECKED_TODAY,
    },
    "gtchat": {
        "title": "Global gifted chat",
        "description": (
            "A weekly hour for parents, educators, advocates and experts to share resources and "
            "experience about gifted and talented education; run with TAGT since 2012."
        ),
        "subjects": ["gifted", "family"],
        "grade_bands": ALL_BANDS,
        "roles": ["classroom-teacher"],
        "region": "",
        "link": "https://archive.participate.com/transcripts/a7f2acfb-a93f-4830-81c6-27ea82db18f6.html",
        "status": "historical",
        "last_seen": 2018,
        "slots": [
            {"override": {"weekday": "thu", "start": "20:00", "zone": "America/New_York", "minutes": 60},
             "override_source": "https://archive.participate.com/transcripts/a7f2acfb-a93f-4830-81c6-27ea82db18f6.html"},
        ],
        "extra_sources": [
            "https://archive.participate.com/transcripts/a7f2acfb-a93f-4830-81c6-27ea82db18f6.html",
            "https://archive.participate.com/transcripts/f9653254-c18b-4e64-8fa4-bfc81c0565f6.html",
        ],
        "evidence_extra": (
            f"checked {CHECKED_TODAY}: transcripts of Thu 8 Mar 2018 and Thu 18 Oct 2018 describe "
            "'a weekly chat on Twitter that takes place on Thursdays at 8 p.m. ET/7 p.m. CT and 5 p.m. PT' "
            "and 'For one hour'; this later schedule is shown instead of the CSV's Friday 7 pm"
        ),
        "verified": CHECKED_TODAY,
        "changes": (
            "2010: Fridays at noon and 7 pm ET. 2012: Fridays at 7 pm EDT. 2018: Thursdays at 8 pm ET "
            "(shown)."
        ),
    },
    "scichat": {
        "title": "Scichat",
        "description": "A Tuesday-evening chat for science teachers about science education.",
        "subjects": ["science"],
        "grade_bands": ALL_BANDS,
        "roles": ["classroom-teacher"],
        "region": "US",
        "link": "http://ncesse.org/pages-that-used-to-be-in-navigation/events/scichat/",
        "status": "historical",
        "last_seen": 2012,
        "changes": "The time shown is from the chat's 2012 relaunch.",
    },
    "scistuchat": {
        "title": "SciStuChat",
        "description": (
            "A monthly chat in the school year where high school students talk with scientists, "
            "with their science teachers taking part."
        ),
        "subjects": ["science"],
        "grade_bands": ["secondary"],
        "roles": ["classroom-teacher"],
        "region": "US",
        "link": "https://2footgiraffe.wordpress.com/2015/08/20/so-comes-the-start-of-scistuchat-for-2015-2016-school-year/",
        "status": "historical",
        "last_seen": 2015,
        "slots": [
            {"frequency": monthly(2), "note": "September to May only."},
        ],
    },
    "edchatnz": {
        "title": "EdchatNZ",
        "description": (
            "A fortnightly Thursday-night chat for New Zealand educators from all sectors about teaching and learning."
        ),
        "subjects": ["general"],
        "grade_bands": ALL_BANDS,
        "roles": ALL_ROLES,
        "region": "New Zealand",
        "link": "http://samanthamortimer70.blogspot.com/2014/08/edchatnz-conference.html",
        "status": "historical",
        "last_seen": 2014,
        "slots": [
            {"frequency": WEEKLY,
             "note": "Every second Thursday, alternating with #SciChatNZ. Which Thursdays is not known for "
                     "certain (a 2014 post says 31 July 2014 was a week without #edchatNZ), so every "
                     "Thursday is shown."},
        ],
        "extra_sources": [
            "http://chhayanarayan.edublogs.org/2014/08/09/tweeter/",
            "http://chched.blogspot.com/2014/07/",
        ],
        "evidence_extra": (
            f"checked {CHECKED_TODAY}: a 2014 post says 'every 2nd Thursday night from 8.30-9.30pm NZ time'; "
            "no dated #edchatNZ session was found"
        ),
        "verified": CHECKED_TODAY,
        "changes": (
            "Fortnightly (2014). No dated session was found to anchor the fortnightly pattern, so it is "
            "shown weekly; expect a chat only every second Thursday."
        ),
    },
    "scichatnz": {
        "title": "SciChatNZ",
        "description": (
            "A fortnightly chat for New Zealand science educators, held on the Thursdays between "
            "#edchatNZ chats; it began on 31 July 2014."
        ),
        "subjects": ["science"],
        "grade_bands": ["primary", "secondary", "post-16"],
        "roles": ["classroom-teacher"],
        "region": "New Zealand",
        "link": "https://nzscienceteacher.co.nz/index.php/teacher-education-in-science/first-ever-scichatnz-takes-place/",
        "status": "historical",
        "last_seen": 2014,
        "slots": [
            {"frequency": {"kind": "every_n_weeks", "interval": 2, "anchor": "2014-07-31"},
             "note": "Counted every two weeks from the first chat on Thursday 31 July 2014; later dates "
                     "are not confirmed by a source."},
        ],
        "extra_sources": ["http://chched.blogspot.com/2014/07/"],
        "evidence_extra": (
            f"checked {CHECKED_TODAY}: 'Our inaugural chat is happening at 8:30pm NZ time on Thursday 31 July. "
            "This is a week when #edchatNZ is not on' (29 July 2014)"
        ),
        "verified": CHECKED_TODAY,
        "changes": "#EngChatNZ (English teachers) ran at the same time in 2014.",
    },
    "txeduchat": {
        "title": "TxEduChat",
        "description": "A Sunday-evening general education chat founded in Texas and open to educators anywhere.",
        "subjects": ["general"],
        "grade_bands": ALL_BANDS,
        "roles": ALL_ROLES,
        "region": "",
        "link": "https://lesliefarooq.wordpress.com/2016/03/17/hosting-txeduchat-this-sunday/",
        "status": "historical",
        "last_seen": 2016,
        "changes": (
            "A 2018 transcript shows a #txeduchat session on a Tuesday at 9 pm EST; whether the Sunday "
            "chat moved is not known."
        ),
    },
    "ptchat": {
        "title": "Parent-Teacher chat",
        "description": (
            "A weekly chat in the school year where parents, teachers and principals talk about family "
            "engagement and working together."
        ),
        "subjects": ["family"],
        "grade_bands": ALL_BANDS,
        "roles": ["classroom-teacher", "leader"],
        "region": "US",
        "link": "https://engagingparentsinschool.edublogs.org/2012/03/18/this-week%E2%80%99s-parent-teacher-chat-on-twitter/",
        "status": "historical",
        "last_seen": 2013,
        "slots": [
            {"frequency": WEEKLY, "note": "School year only."},
        ],
    },
    "tlap": {
        "title": "Teach Like a PIRATE chat",
        "description": (
            "A Monday-night chat about engagement and creativity in teaching, built on the book Teach Like a PIRATE."
        ),
        "subjects": ["general"],
        "grade_bands": ALL_BANDS,
        "roles": ["classroom-teacher"],
        "region": "US",
        "link": "https://archive.participate.com/transcripts/8f8c810c-4632-471a-a925-c569c96dd340.html",
        "status": "historical",
        "last_seen": 2016,
        "changes": "One 2014 blog post says Tuesdays; another 2014 post and a 2016 transcript say Monday nights (shown).",
    },
    "2ndaryela": {
        "title": "Secondary ELA chat",
        "description": (
            "A fast 30-minute weekly chat for middle and high school English language arts teachers, "
            "with a new question about every five minutes."
        ),
        "subjects": ["ela"],
        "grade_bands": ["middle", "secondary"],
        "roles": ["classroom-teacher"],
        "region": "US",
        "link": "https://www.theliterarymaven.com/2018/10/",
        "status": "historical",
        "last_seen": 2019,
    },
    "elachat": {
        "title": "ELAchat",
        "description": (
            "A weekly chat for ELA teachers and literacy leaders about literacy and reading research, "
            "launched in November 2019."
        ),
        "subjects": ["ela"],
        "grade_bands": ALL_BANDS,
        "roles": ["classroom-teacher", "coach", "leader"],
        "region": "US",
        "link": "https://eduvaites.org/2019/11/06/literacy-twitter-meet-elachat/",
        "status": "historical",
        "last_seen": 2019,
    },
    "eduskychat": {
        "title": "EduSkyChat",
        "description": "A 30-minute weekly chat on Bluesky for educators from PreK to college.",
        "subjects": ["general"],
        "grade_bands": ALL_BANDS,
        "roles": ALL_ROLES,
        "region": "US",
        "platforms": ["bluesky"],
        "link": "https://alicekeeler.com/2024/11/20/how-to-educhat-its-a-party/",
        "status": "active",
        "last_seen": 2024,
    },
    "iaedchat": {
        "title": "IAedchat",
        "description": (
            "A Sunday-night chat run by Iowa educators on education and leadership topics, "
            "with six to eight questions each time."
        ),
        "subjects": ["general", "leadership"],
        "grade_bands": ALL_BANDS,
        "roles": ALL_ROLES,
        "region": "Iowa",
        "link": "https://gpaeanews.wordpress.com/2014/01/09/iaedchat-celebrates-a-year-of-learning-connections-and-collaboration/",
        "status": "historical",
        "last_seen": 2014,
        "slots": [
            {"row": 0, "frequency": monthly(1), "label": "1st Sunday"},
            {"row": 0, "frequency": monthly(2), "label": "2nd Sunday"},
            {"row": 0, "frequency": monthly(3), "label": "3rd Sunday"},
        ],
        "evidence_extra": (
            f"checked {CHECKED_TODAY}: the Participate archive (undated) says 'on Twitter the first, second, "
            "and third Sundays each month at 8:00pm CST' with '#IAedchat LIVE' on Google Hangout on the "
            "fourth Sunday; that later rule is shown"
        ),
        "verified": CHECKED_TODAY,
        "changes": (
            "2014: every Sunday. Later (undated Participate page): 1st-3rd Sundays on Twitter, plus a video "
            "'#IAedchat LIVE' on Google Hangout on the 4th Sunday, which is not shown here."
        ),
    },
    "oklaed": {
        "title": "OklaEd",
        "description": "A Sunday-night chat for Oklahoma educators about education in the state and advocacy.",
        "subjects": ["general"],
        "grade_bands": ALL_BANDS,
        "roles": ALL_ROLES,
        "region": "Oklahoma",
        "link": "http://www.pressreader.com/usa/the-oklahoman/20181120/281543701966283",
        "status": "historical",
        "last_seen": 2018,
    },
    "suptchat": {
        "title": "Superintendents chat",
        "description": "A monthly chat for superintendents and other district leaders.",
        "subjects": ["leadership"],
        "grade_bands": ALL_BANDS,
        "roles": ["leader"],
        "region": "US",
        "link": "https://mikelubelfeld.edublogs.org/2021/10/06/twitter-chat-archive-on-mental-health-wellness-suptchat/",
        "status": "historical",
        "last_seen": 2021,
        "slots": [
            {"frequency": monthly(1), "note": "Announced as 7 pm Central / 8 pm Eastern / 5 pm Pacific."},
        ],
    },
    "edchatie": {
        "title": "EdchatIE",
        "description": (
            "A Monday-night chat for educators in Ireland at all levels; participants suggest topics and vote on them."
        ),
        "subjects": ["general"],
        "grade_bands": ALL_BANDS,
        "roles": ALL_ROLES,
        "region": "Ireland",
        "link": "https://www.seomraranga.com/2011/05/edchatie/",
        "status": "historical",
        "last_seen": 2014,
    },
    "caedchat": {
        "title": "CAedchat",
        "description": "A Sunday-evening chat for California educators.",
        "subjects": ["general"],
        "grade_bands": ALL_BANDS,
        "roles": ALL_ROLES,
        "region": "California",
        "link": "https://archive.participate.com/transcripts/d088134f-606e-41e8-ac48-2b3b54b03a66.html",
        "status": "historical",
        "last_seen": 2018,
    },
    "sltchat": {
        "title": "SLTchat",
        "description": (
            "A 30-minute Sunday-evening chat in term time for senior and aspiring school leaders in the UK."
        ),
        "subjects": ["leadership"],
        "grade_bands": ALL_BANDS,
        "roles": ["leader"],
        "region": "UK",
        "link": "http://teachertoolkit.me/2013/09/15/the-impact-across-of-sltchat-across-the-uk-by-educationgovuk/",
        "status": "historical",
        "last_seen": 2015,
        "slots": [
            {"frequency": WEEKLY, "note": "Term time only."},
        ],
    },
    "mathstlp": {
        "title": "Maths lesson planning",
        "description": (
            "A Sunday-evening chat where UK maths teachers plan lessons together and crowd-source resources."
        ),
        "subjects": ["math"],
        "grade_bands": ALL_BANDS,
        "roles": ["classroom-teacher"],
        "region": "UK",
        "link": "https://www.resourceaholic.com/2015/04/cpd.html",
        "status": "historical",
        "last_seen": 2015,
    },
    "nt2t": {
        "title": "New to Twitter chat",
        "description": (
            "A Saturday-morning chat for teachers who are new to Twitter, about using it for professional learning."
        ),
        "subjects": ["general", "edtech"],
        "grade_bands": ALL_BANDS,
        "roles": ALL_ROLES,
        "region": "US",
        "link": "https://iteach-and-ilearn.blogspot.com/2015/03/this-is-how-twitter-works.html",
        "status": "historical",
        "last_seen": 2015,
        "newcomer_friendly": True,
    },
    "whatisschool": {
        "title": "What is school?",
        "description": (
            "A Thursday-evening chat for educators around the world about what school is and what it should be."
        ),
        "subjects": ["general"],
        "grade_bands": ALL_BANDS,
        "roles": ALL_ROLES,
        "region": "",
        "link": "http://mrkempnz.com/2018/06/whatisschool-archive-7-6-18-preparing-for-summer-learning.html",
        "status": "historical",
        "last_seen": 2018,
    },
    "sunchat": {
        "title": "Sunchat",
        "description": "A Sunday-morning general education chat for educators around the world.",
        "subjects": ["general"],
        "grade_bands": ALL_BANDS,
        "roles": ALL_ROLES,
        "region": "",
        "link": "https://archive.participate.com/transcripts/a9b884e3-5899-4ee9-991a-024a6e9cbe87.html",
        "status": "unverified",
        "last_seen": 2018,
        "slots": [
            {"note": "Known from a single transcript (Sun 14 Oct 2018, 9:00 AM EDT) whose description calls it weekly."},
        ],
    },
    "digcit": {
        "title": "Digital citizenship chat",
        "description": (
            "A twice-monthly chat on digital citizenship that connects educators, administrators and students; "
            "it began in 2011 in a university digital citizenship course."
        ),
        "subjects": ["digital-citizenship"],
        "grade_bands": ALL_BANDS,
        "roles": ["classroom-teacher", "leader"],
        "region": "US",
        "link": "https://edtechsandyk.blogspot.com/2013/12/excited-to-join-digital-citizenship.html",
        "status": "unverified",
        "last_seen": 2014,
        "slots": [
            {"row": 0, "frequency": monthly(2), "label": "2nd Wednesday",
             "note": "Sources disagree on the time: 7-8 pm EST (2014 post) or 8 pm Eastern / 7 pm Central (2013 post)."},
            {"row": 0, "frequency": monthly(4), "label": "4th Wednesday",
             "note": "Sources disagree on the time: 7-8 pm EST (2014 post) or 8 pm Eastern / 7 pm Central (2013 post)."},
        ],
        "extra_sources": ["https://sites.google.com/a/gonevr2l.com/digcitchat/history"],
        "verified": CHECKED_TODAY,
        "changes": "The start time conflicts between sources: 7 pm ET (2014) or 8 pm ET (2013). 7 pm ET is shown.",
    },
    "langchat": {
        "title": "Langchat",
        "description": (
            "A chat for world language teachers, held on Thursday evenings with a Saturday-morning follow-up session."
        ),
        "subjects": ["world-languages"],
        "grade_bands": ALL_BANDS,
        "roles": ["classroom-teacher"],
        "region": "US",
        "link": "https://leesensei.edublogs.org/2014/09/10/what-langchat-means-to-me-and-to-you/",
        "status": "historical",
        "last_seen": 2016,
        "slots": [
            {"label": "Thursday chat"},
            {"label": "Saturday session"},
        ],
        "extra_sources": [
            "https://calicospanish.com/2016/01/",
            "https://mmefarab.wordpress.com/2017/10/13/if/",
        ],
        "evidence_extra": (
            f"checked {CHECKED_TODAY}: a January 2016 summary thanks 'moderators for the Thursday chat' and "
            "'Saturday sequel moderators' (times not restated)"
        ),
        "verified": CHECKED_TODAY,
        "changes": (
            "A moderator's post of 13 October 2017 refers to a change to #langchat that many participants "
            "were unhappy about; what changed is not stated in what was read."
        ),
    },
    "nctechat": {
        "title": "NCTE chat",
        "description": "A chat for English teachers run by the National Council of Teachers of English (NCTE).",
        "subjects": ["ela"],
        "grade_bands": ALL_BANDS,
        "roles": ["classroom-teacher"],
        "region": "US",
        "link": "http://blogs.ncte.org/index.php/category/nctechat-2/page/2/",
        "status": "unverified",
        "last_seen": 2016,
        "slots": [
            {"frequency": monthly(3),
             "note": "The monthly 3rd-Sunday rule is inferred from two dated chats (19 June and 21 August 2016); "
                     "no source states it."},
        ],
    },
    "bookcamppd": {
        "title": "BookCampPD",
        "description": "A chat for teachers about books and literacy.",
        "subjects": ["ela"],
        "grade_bands": ALL_BANDS,
        "roles": ["classroom-teacher"],
        "region": "US",
        "link": "https://archive.participate.com/transcripts/a9b884e3-5899-4ee9-991a-024a6e9cbe87.html",
        "status": "unverified",
        "last_seen": 2018,
        "slots": [
            {"frequency": WEEKLY,
             "note": "Known only from one tweet, 'Join #BookCampPD tonight at 7:30 EST', posted during the #sunchat "
                     "of Sunday 14 October 2018; whether and how often it recurs is not known."},
        ],
    },
    "currichat": {
        "title": "Curriculum chat",
        "description": "A Wednesday-evening chat about curriculum for teachers and curriculum leaders.",
        "subjects": ["curriculum"],
        "grade_bands": ALL_BANDS,
        "roles": ["classroom-teacher", "leader"],
        "region": "US",
        "link": "http://fortheloveofedu.blogspot.com/2015/07/njed.html",
        "status": "unverified",
        "last_seen": 2015,
        "slots": [
            {"frequency": WEEKLY,
             "note": "Time zone not stated (Eastern assumed: the 2015 source is by a New Jersey author); "
                     "how often it meets is not stated."},
        ],
    },
}


class BuildError(Exception):
    pass


def die(errors: list[str]) -> None:
    for e in errors:
        print(f"build_directory: {e}", file=sys.stderr)
    sys.exit(1)


def chat_id(hashtag: str) -> str:
    return hashtag.strip().lstrip("#").lower()


def read_rows(path: Path) -> dict[str, list[dict]]:
    if not path.is_file():
        die([f"CSV not found: {path}"])
    groups: dict[str, list[dict]] = {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        expected = ["hashtag", "weekdays", "start_local", "tz", "duration_min", "frequency",
                    "topics", "audience", "source_url", "confidence"]
        if reader.fieldnames != expected:
            die([f"CSV columns are {reader.fieldnames}, expected {expected}"])
        for n, row in enumerate(reader, start=2):
            row = {k: (v or "").strip() for k, v in row.items()}
            row["_line"] = n
            groups.setdefault(chat_id(row["hashtag"]), []).append(row)
    return groups


def split_confidence(text: str) -> tuple[str, str]:
    m = re.match(r"^(high|medium|low)\b\s*(.*)$", text, re.S)
    if not m:
        raise BuildError(f"confidence does not start with high/medium/low: {text!r}")
    rest = m.group(2).strip()
    if rest.startswith("- "):
        rest = rest[2:].strip()
    return m.group(1), rest


def row_weekday(row: dict) -> str:
    m = re.match(r"^(mon|tue|wed|thu|fri|sat|sun)\b", row["weekdays"].lower())
    if not m:
        raise BuildError(f"line {row['_line']}: cannot read a weekday from {row['weekdays']!r}")
    return m.group(1)


def plain_weekly(row: dict) -> bool:
    return "(" not in row["weekdays"] and row["frequency"].lower() == "weekly"


def dedupe(items) -> list:
    seen, out = set(), []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def build_chat(cid: str, rows: list[dict], cur: dict) -> dict:
    hashtag = rows[0]["hashtag"]
    for r in rows:
        if r["hashtag"] != hashtag:
            raise BuildError(f"rows spell the hashtag differently: {hashtag!r} vs {r['hashtag']!r}")

    slot_specs = cur.get("slots") or [{} for _ in rows]
    if "slots" not in cur and len(rows) != 1 and len(slot_specs) != len(rows):
        raise BuildError("several rows but no slots table")
    used_rows: set[int] = set()
    slots, labels_for_rows = [], {}
    for i, spec in enumerate(slot_specs):
        ri = spec.get("row", i)
        if not 0 <= ri < len(rows):
            raise BuildError(f"slots[{i}].row {ri} does not exist ({len(rows)} CSV rows)")
        used_rows.add(ri)
        row = rows[ri]
        if not plain_weekly(row) and "frequency" not in spec:
            raise BuildError(
                f"slots[{i}]: CSV line {row['_line']} says weekdays={row['weekdays']!r} "
                f"frequency={row['frequency']!r}; the curation table must decide the frequency"
            )
        weekday, start, zone = row_weekday(row), row["start_local"], row["tz"]
        if row["duration_min"]:
            minutes, assumed = int(row["duration_min"]), False
        else:
            minutes, assumed = 60, True
        if "override" in spec:
            ov = spec["override"]
            weekday, start, zone = ov["weekday"], ov["start"], ov["zone"]
            if "minutes" in ov:
                minutes, assumed = ov["minutes"], False
        slots.append({
            "weekday": weekday,
            "start": start,
            "zone": zone,
            "minutes": minutes,
            "minutes_assumed": assumed,
            "frequency": dict(spec.get("frequency", WEEKLY)),
            "label": spec.get("label", ""),
            "note": spec.get("note", ""),
        })
        labels_for_rows.setdefault(ri, spec.get("label", ""))
    if used_rows != set(range(len(rows))):
        raise BuildError(f"CSV rows {sorted(set(range(len(rows))) - used_rows)} are not used by any slot")

    levels, texts = [], []
    for ri, row in enumerate(rows):
        level, text = split_confidence(row["confidence"])
        levels.append(level)
        if text and not text.lower().startswith("see "):
            label = labels_for_rows.get(ri, "")
            texts.append(f"{label}: {text}" if len(rows) > 1 and label else text)
    confidence = min(levels, key=CONFIDENCE_ORDER.__getitem__)
    evidence = "; ".join(dedupe(texts))
    if cur.get("evidence_extra"):
        evidence = f"{evidence}; {cur['evidence_extra']}" if evidence else cur["evidence_extra"]

    sources = []
    for row in rows:
        sources += [s.strip() for s in row["source_url"].split(" ; ") if s.strip()]
    sources = dedupe(sources + list(cur.get("extra_sources", [])))

    for i, spec in enumerate(slot_specs):
        if "override" in spec and spec.get("override_source") not in sources:
            raise BuildError(f"slots[{i}].override_source must be one of the chat's sources")

    if "topics" in cur:
        topics = list(cur["topics"])
    else:
        topics = dedupe(t.strip() for row in rows for t in row["topics"].split(";") if t.strip())
    audience = "; ".join(dedupe(row["audience"] for row in rows if row["audience"]))

    return {
        "id": cid,
        "hashtag": hashtag,
        "title": cur["title"],
        "description": cur["description"],
        "slots": slots,
        "topics": topics,
        "subjects": list(cur["subjects"]),
        "grade_bands": [b for b in GRADE_BANDS if b in cur["grade_bands"]],
        "roles": [r for r in ROLES if r in cur["roles"]],
        "audience": audience,
        "region": cur.get("region", ""),
        "platforms": list(cur.get("platforms", ["x"])),
        "link": cur["link"],
        "status": cur["status"],
        "last_seen": cur["last_seen"],
        "verified": cur.get("verified", RESEARCH_VERIFIED),
        "confidence": confidence,
        "evidence": evidence,
        "sources": sources,
        "newcomer_friendly": bool(cur.get("newcomer_friendly", False)),
        "changes": cur.get("changes", ""),
    }


HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def validate(chat: dict) -> list[str]:
    errs: list[str] = []

    def bad(field: str, msg: str) -> None:
        errs.append(f"chat {chat.get('id')!r}, field {field}: {msg}")

    cid = chat["id"]
    if not re.fullmatch(r"[a-z0-9_]+", cid):
        bad("id", "must be lower-case letters and digits")
    if chat_id(chat["hashtag"]) != cid or not chat["hashtag"].startswith("#"):
        bad("hashtag", f"{chat['hashtag']!r} does not match id")
    for f in ("title", "description", "audience", "link", "evidence"):
        v = chat[f]
        if not isinstance(v, str) or not v.strip() or v != v.strip():
            bad(f, "must be a non-empty trimmed string")
    for f in ("region", "changes"):
        if not isinstance(chat[f], str) or chat[f] != chat[f].strip():
            bad(f, "must be a trimmed string")

    if not chat["slots"]:
        bad("slots", "needs at least one slot")
    update_day = dt.date.fromisoformat(UPDATED)
    for i, s in enumerate(chat["slots"]):
        p = f"slots[{i}]"
        if s["weekday"] not in WEEKDAYS:
            bad(f"{p}.weekday", f"{s['weekday']!r} is not one of {WEEKDAYS}")
        if not isinstance(s["start"], str) or not HHMM.match(s["start"]):
            bad(f"{p}.start", f"{s['start']!r} is not HH:MM")
        try:
            ZoneInfo(s["zone"])
        except (ZoneInfoNotFoundError, ValueError, TypeError):
            bad(f"{p}.zone", f"{s['zone']!r} does not load with zoneinfo")
        if not isinstance(s["minutes"], int) or isinstance(s["minutes"], bool) or not 1 <= s["minutes"] <= 600:
            bad(f"{p}.minutes", f"{s['minutes']!r} is not a whole number of minutes")
        if not isinstance(s["minutes_assumed"], bool):
            bad(f"{p}.minutes_assumed", "must be true or false")
        if s["minutes_assumed"] and s["minutes"] != 60:
            bad(f"{p}.minutes", "an assumed length must be 60")
        fq = s["frequency"]
        kind = fq.get("kind")
        if kind == "weekly":
            if set(fq) != {"kind"}:
                bad(f"{p}.frequency", f"weekly takes no other keys: {fq}")
        elif kind == "every_n_weeks":
            if set(fq) != {"kind", "interval", "anchor"}:
                bad(f"{p}.frequency", f"every_n_weeks needs exactly interval and anchor: {fq}")
            elif not isinstance(fq["interval"], int) or fq["interval"] < 2:
                bad(f"{p}.frequency.interval", "must be an integer >= 2")
            else:
                try:
                    anchor = dt.date.fromisoformat(fq["anchor"])
                except (TypeError, ValueError):
                    bad(f"{p}.frequency.anchor", f"{fq['anchor']!r} is not a real date")
                else:
                    if not ISO_DATE.match(fq["anchor"]):
                        bad(f"{p}.frequency.anchor", "must be YYYY-MM-DD")
                    if s["weekday"] in WEEKDAYS and anchor.weekday() != WEEKDAYS.index(s["weekday"]):
                        bad(f"{p}.frequency.anchor", f"{fq['anchor']} is not a {s['weekday']}")
                    if anchor > update_day:
                        bad(f"{p}.frequency.anchor", "is in the future")
        elif kind == "monthly":
            if set(fq) != {"kind", "nth"}:
                bad(f"{p}.frequency", f"monthly needs exactly nth: {fq}")
            elif fq["nth"] not in (1, 2, 3, 4, -1):
                bad(f"{p}.frequency.nth", f"{fq['nth']!r} is not 1..4 or -1")
        else:
            bad(f"{p}.frequency.kind", f"{kind!r} is not weekly, every_n_weeks or monthly")
        for f in ("label", "note"):
            if not isinstance(s[f], str) or s[f] != s[f].strip():
                bad(f"{p}.{f}", "must be a trimmed string")
    if len(chat["slots"]) > 1 and not all(s["label"] for s in chat["slots"]):
        bad("slots", "a chat with several slots needs a label on each")

    if not chat["topics"] or not all(isinstance(t, str) and t for t in chat["topics"]):
        bad("topics", "needs at least one topic")
    for field, vocab in (("subjects", SUBJECTS), ("grade_bands", set(GRADE_BANDS)),
                         ("roles", set(ROLES)), ("platforms", PLATFORMS)):
        vals = chat[field]
        if not vals:
            bad(field, "needs at least one value")
        unknown = [v for v in vals if v not in vocab]
        if unknown:
            bad(field, f"unknown values {unknown}")
        if len(set(vals)) != len(vals):
            bad(field, "has duplicates")

    if not chat["sources"]:
        bad("sources", "needs at least one source")
    for src in chat["sources"]:
        if not re.match(r"^https?://\S+$", src):
            bad("sources", f"{src!r} is not an http(s) URL")
    if chat["link"] not in chat["sources"]:
        bad("link", "must be one of the chat's sources")

    status, conf, year = chat["status"], chat["confidence"], chat["last_seen"]
    if status not in STATUSES:
        bad("status", f"{status!r} is not one of {sorted(STATUSES)}")
    if conf not in CONFIDENCE_ORDER:
        bad("confidence", f"{conf!r} is not high, medium or low")
    if not isinstance(year, int) or isinstance(year, bool) or not 2006 <= year <= update_day.year:
        bad("last_seen", f"{year!r} is not a plausible year")
    else:
        if status == "active" and year < 2023:
            bad("status", "active needs a source dated 2023 or later")
        if status == "historical" and (year >= 2023 or conf == "low"):
            bad("status", "historical means seen before 2023 with medium or high confidence")
        if conf == "low" and status != "unverified":
            bad("status", "low-confidence chats must be unverified")
    if not ISO_DATE.match(chat["verified"]):
        bad("verified", f"{chat['verified']!r} is not YYYY-MM-DD")
    if not isinstance(chat["newcomer_friendly"], bool):
        bad("newcomer_friendly", "must be true or false")
    return errs


def main(argv: list[str]) -> int:
    csv_path = Path(argv[1]).resolve() if len(argv) > 1 else DEFAULT_CSV
    groups = read_rows(csv_path)

    errors: list[str] = []
    for cid in sorted(set(CURATION) - set(groups)):
        errors.append(f"chat {cid!r}: in the curation table but not in the CSV (chats are never invented)")
    for cid in sorted(set(LEFT_OUT) & set(CURATION)):
        errors.append(f"chat {cid!r}: both curated and left out")
    for cid in sorted(set(groups) - set(CURATION) - set(LEFT_OUT)):
        errors.append(f"chat {cid!r}: in the CSV but neither curated nor listed in LEFT_OUT")

    chats = []
    for cid in sorted(set(groups) & set(CURATION)):
        try:
            chat = build_chat(cid, groups[cid], CURATION[cid])
        except (BuildError, KeyError, ValueError) as exc:
            errors.append(f"chat {cid!r}: {type(exc).__name__}: {exc}")
            continue
        errors += validate(chat)
        chats.append(chat)
    if errors:
        die(errors)

    doc = {"format": FORMAT, "version": VERSION, "updated": UPDATED, "chats": chats}
    text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    # Read back what we are about to write, the way the app will.
    again = json.loads(text)
    if [c["id"] for c in again["chats"]] != sorted(c["id"] for c in again["chats"]):
        die(["chats are not sorted by id"])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(text.encode("utf-8"))
    counts: dict[str, int] = {}
    for c in chats:
        counts[c["status"]] = counts.get(c["status"], 0) + 1
    summary = ", ".join(f"{k} {counts[k]}" for k in sorted(counts))
    print(f"wrote {OUT.relative_to(REPO)}: {len(chats)} chats ({summary}); left out {len(LEFT_OUT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
