"""Controlled vocabularies shared by the directory, the follow catalogue, plans and filters.

Keys are stable identifiers stored in files; labels are English defaults the UI translates.
"""

from __future__ import annotations

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_LABELS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

SUBJECTS = {
    "general": "General education",
    "math": "Mathematics",
    "science": "Science",
    "ela": "English, literacy and reading",
    "social-studies": "Social studies",
    "world-languages": "World languages",
    "ell": "English learners (ESL/ELT)",
    "special-ed": "Special education",
    "early-years": "Early years",
    "edtech": "Educational technology",
    "leadership": "School leadership",
    "libraries": "School libraries",
    "pe": "Physical education",
    "gifted": "Gifted education",
    "equity": "Equity and justice",
    "new-teachers": "New teachers",
    "coaching": "Instructional coaching",
    "family": "Family engagement",
    "curriculum": "Curriculum",
    "further-ed": "Further education",
    "teacher-ed": "Teacher education",
    "digital-citizenship": "Digital citizenship",
}

GRADE_BANDS = {
    "early-years": "Early years (PreK-K)",
    "primary": "Primary / elementary",
    "middle": "Middle school",
    "secondary": "High school / secondary",
    "post-16": "Post-16 and higher",
}

ROLES = {
    "classroom-teacher": "Classroom teacher",
    "new-teacher": "New or pre-service teacher",
    "teacher-educator": "Teacher educator",
    "coach": "Instructional coach",
    "librarian": "School librarian",
    "leader": "School leader",
}

PLATFORMS = {"x": "X (Twitter)", "bluesky": "Bluesky", "mastodon": "Mastodon"}

# What the evidence says about a chat or community (see core/status.py for decay over time).
STATUSES = {
    "running": "Running",
    "irregular": "Irregular",
    "paused": "Paused",
    "ended": "Ended",
    "historical": "Historical",
    "unverified": "Unverified",
}
# Older files said "active" for what is now "running"; read them as such.
LEGACY_STATUSES = {"active": "running"}

# A directory entry is a scheduled chat or a community one takes part in on one's own time.
ENTRY_KINDS = {"chat": "Chat", "community": "Community"}
COMMUNITY_TYPES = {
    "hashtag": "Hashtag",
    "feed": "Custom feed",
    "list": "List",
    "starter_pack": "Starter pack",
    "server": "Server community",
}

ACCOUNT_MODES = {"separate": "Separate school and personal accounts", "single": "One account",
                 "personal": "Only a personal account"}

