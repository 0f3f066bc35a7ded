"""Validating and normalising what a teacher types as someone to follow.

Mastodon  @user@server.tld      (the leading @ optional when typed; stored with it)
Bluesky   name.bsky.social or a domain handle like eduskyteam.com (no @)
X         @handle, 1-15 letters, digits or _
web       an http(s) address of a blog or site
Any platform also takes a hashtag (#EduSky) to follow.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .errors import DataError

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_DOMAIN = rf"(?:{_LABEL}\.)+[A-Za-z]{{2,63}}"
MASTODON_RE = re.compile(rf"^@?([A-Za-z0-9_](?:[A-Za-z0-9_.-]{{0,28}}[A-Za-z0-9_])?)@({_DOMAIN})$")
BLUESKY_RE = re.compile(rf"^@?({_DOMAIN})$")
X_RE = re.compile(r"^@?([A-Za-z0-9_]{1,15})$")
HASHTAG_RE = re.compile(r"^#[^\s#@,;:!?/\\\"'<>()\[\]{}]{1,100}$")

PLATFORM_EXAMPLES = {
    "mastodon": "@user@server.social",
    "bluesky": "name.bsky.social",
    "x": "@handle",
    "web": "https://example.org/blog",
}


MAX_URL = 2000  # web addresses and feed addresses; feed URLs with queries are often long
MAX_HANDLE = 300


def is_http_url(text: str) -> bool:
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and " " not in text


def normalise(platform: str, address: str) -> str:
    """The canonical stored form, or DataError with a sentence saying what was expected."""
    text = (address or "").strip()
    if not text:
        raise DataError("is empty", field="address")
    if len(text) > (MAX_URL if platform == "web" else MAX_HANDLE):
        raise DataError("is too long", field="address")
    if text.startswith("#") and platform != "web":
        if not HASHTAG_RE.match(text):
            raise DataError(f"{text!r} is not a hashtag like #EduSky", field="address")
        return text
    if platform == "mastodon":
        m = MASTODON_RE.match(text)
        if not m:
            raise DataError(f"{text!r} is not a Mastodon address like @user@server.social", field="address")
        return f"@{m.group(1)}@{m.group(2).lower()}"
    if platform == "bluesky":
        m = BLUESKY_RE.match(text)
        if not m:
            raise DataError(f"{text!r} is not a Bluesky handle like name.bsky.social", field="address")
        return m.group(1).lower()
    if platform == "x":
        m = X_RE.match(text)
        if not m:
            raise DataError(f"{text!r} is not an X handle like @handle (up to 15 letters, digits or _)",
                            field="address")
        return f"@{m.group(1)}"
    if platform == "web":
        if not is_http_url(text):
            raise DataError(f"{text!r} is not a web address starting with http:// or https://", field="address")
        return text
    raise DataError(f"{platform!r} is not web, x, bluesky or mastodon", field="platform")


def profile_url(platform: str, address: str) -> str:
    """Where a person can look at the account or hashtag in a browser (never an API)."""
    if platform == "web":
        return address
    if address.startswith("#"):
        tag = address[1:]
        return {
            "x": f"https://x.com/hashtag/{tag}",
            "bluesky": f"https://bsky.app/hashtag/{tag}",
            "mastodon": f"https://mastodon.social/tags/{tag}",
        }[platform]
    if platform == "mastodon":
        user, server = address.lstrip("@").split("@", 1)
        return f"https://{server}/@{user}"
    if platform == "bluesky":
        return f"https://bsky.app/profile/{address}"
    return f"https://x.com/{address.lstrip('@')}"


def hashtag_search_url(platform: str, hashtag: str) -> str:
    """How to join a chat: search its hashtag on the platform."""
    return profile_url(platform if platform in ("x", "bluesky", "mastodon") else "x", hashtag)
