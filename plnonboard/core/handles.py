"""Validating and normalising what a teacher types as someone to follow.

Mastodon  @user@server.tld      (the leading @ optional when typed; stored with it)
Bluesky   name.bsky.social or a domain handle like eduskyteam.com (no @)
X         @handle, 1-15 letters, digits or _
web       an http(s) address of a blog or site
Any platform also takes a hashtag (#EduSky) to follow.
"""

from __future__ import annotations

import re

from .errors import DataError
from .hashtags import FOLLOWED_HASHTAG
from .urls import BadUrl, check_url, is_web_url

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_DOMAIN = rf"(?:{_LABEL}\.)+[A-Za-z]{{2,63}}"
MASTODON_RE = re.compile(rf"^@?([A-Za-z0-9_](?:[A-Za-z0-9_.-]{{0,28}}[A-Za-z0-9_])?)@({_DOMAIN})$")
# AT Protocol handle syntax, exactly as @atproto/syntax (packages/syntax/src/handle.ts) writes it:
# ASCII labels of 1-63 letters, digits and inner hyphens, at least two of them, the last (the TLD)
# starting with a letter; at most 253 characters. Punycode (xn--) labels are ordinary labels.
_AT_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
BLUESKY_RE = re.compile(rf"@?((?:{_AT_LABEL}\.)+[A-Za-z](?:[A-Za-z0-9-]{{0,61}}[A-Za-z0-9])?)")
BLUESKY_MAX = 253
# Registration-time refusals of @atproto/syntax (DISALLOWED_TLDS): never a real account's handle.
BLUESKY_DISALLOWED_TLDS = (".local", ".arpa", ".invalid", ".localhost", ".internal", ".example", ".alt",
                           ".onion")
X_RE = re.compile(r"^@?([A-Za-z0-9_]{1,15})$")

PLATFORM_EXAMPLES = {
    "mastodon": "@user@server.social",
    "bluesky": "name.bsky.social",
    "x": "@handle",
    "web": "https://example.org/blog",
}


def bluesky_handle(text: str) -> str:
    """The handle in its canonical (lower-case, no @) form, or "" when it is not one a Bluesky
    account can have: the AT Protocol syntax and not under a disallowed TLD."""
    m = BLUESKY_RE.fullmatch(text) if isinstance(text, str) else None
    if not m or len(m.group(1)) > BLUESKY_MAX:
        return ""
    handle = m.group(1).lower()
    return "" if handle.endswith(BLUESKY_DISALLOWED_TLDS) else handle


MAX_HANDLE = 300


def is_http_url(text: str) -> bool:
    """Kept for older callers: the one URL check (core/urls.py), as a yes/no."""
    return is_web_url(text)


def normalise(platform: str, address: str) -> str:
    """The canonical stored form, or DataError with a sentence saying what was expected."""
    text = (address or "").strip()
    if not text:
        raise DataError("is empty", field="address")
    if platform == "web":  # the one URL check, with the same length limit as every address
        try:
            return check_url(text)
        except BadUrl as exc:
            raise DataError(f"{text[:200]!r} {exc.detail}", field="address") from None
    if len(text) > MAX_HANDLE:
        raise DataError("is too long", field="address")
    if text.startswith("#") and platform != "web":
        if not FOLLOWED_HASHTAG.match(text):
            raise DataError(f"{text!r} is not a hashtag like #EduSky", field="address")
        return text
    if platform == "mastodon":
        m = MASTODON_RE.match(text)
        if not m:
            raise DataError(f"{text!r} is not a Mastodon address like @user@server.social", field="address")
        return f"@{m.group(1)}@{m.group(2).lower()}"
    if platform == "bluesky":
        handle = bluesky_handle(text)
        if not handle:
            raise DataError(f"{text!r} is not a Bluesky handle like name.bsky.social", field="address")
        return handle
    if platform == "x":
        m = X_RE.match(text)
        if not m:
            raise DataError(f"{text!r} is not an X handle like @handle (up to 15 letters, digits or _)",
                            field="address")
        return f"@{m.group(1)}"
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
