"""The app's hashtag patterns, all here: what a chat's hashtag may be, how one is found in text,
and what a hashtag someone follows may be.

Chat hashtags are letters, digits and underscores, and may start with a digit (#2ndaryELA,
#8thGradeELA)."""

from __future__ import annotations

import re

MAX_LENGTH = 60
_CHARS = rf"[A-Za-z0-9_]{{1,{MAX_LENGTH}}}"

# A whole hashtag someone names on purpose, e.g. a directory entry's "#edchat". All-digit tags
# stay accepted here so a plan saved with one still loads.
HASHTAG = re.compile(rf"^#{_CHARS}$")

# A hashtag inside running text; group 1 is the tag without "#". It needs a letter ("#1" in a
# sentence is a number), and is not inside a word, an HTML entity (&#39;), a URL fragment (/#top)
# or a double "##".
HASHTAG_IN_TEXT = re.compile(rf"(?<![\w&#/])#((?=[A-Za-z0-9_]*[A-Za-z]){_CHARS})\b")

# A hashtag the user follows (a follow's address). Looser than a chat's: Mastodon and Bluesky tags
# may hold letters of any script (#éducation), and plans saved with such a follow must still load.
# It only keeps out what would make the address ambiguous: spaces, a second "#", "@", punctuation
# that ends a tag in a post, slashes, quotes and brackets.
FOLLOWED_HASHTAG = re.compile(r"^#[^\s#@,;:!?/\\\"'<>()\[\]{}]{1,100}$")
