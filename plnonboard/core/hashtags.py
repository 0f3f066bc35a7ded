"""The one hashtag pattern of the app: what a chat's hashtag may be, and how one is found in text.

Platforms accept letters, digits and underscores, and a tag may start with a digit (#2ndaryELA,
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
