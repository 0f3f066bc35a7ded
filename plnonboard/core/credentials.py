"""The credential part of a feed address (`https://user:pass@host/feed`, `?token=…`, `?key=…`): what
must live in the OS keyring, never in a plan, the store, a backup or an export (issue 14).

`split_url` returns the address without it and the part itself as one opaque string (to keep in
the keyring, keyed by the clean address); `attach` puts it back only to fetch. Pure functions."""

from __future__ import annotations

import copy
import json
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .model import Plan

# Query parameters that carry a credential (compared in lower case).
SECRET_PARAMS = frozenset({
    "token", "private_token", "access_token", "auth_token", "key", "api_key", "apikey", "auth", "password",
    "passwd", "secret", "client_secret",
})


def split_url(url: str) -> tuple[str, str]:
    """(address without credentials, the credentials as an opaque string or "")."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url, ""
    if parts.scheme not in ("http", "https"):
        return url, ""
    userinfo = ""
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, netloc = netloc.rsplit("@", 1)
    params = parse_qsl(parts.query, keep_blank_values=True)
    secret = [(k, v) for k, v in params if k.lower() in SECRET_PARAMS]
    if not userinfo and not secret:
        return url, ""
    kept = [(k, v) for k, v in params if k.lower() not in SECRET_PARAMS]
    query = urlencode(kept) if secret else parts.query
    clean = urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    return clean, json.dumps({"userinfo": userinfo, "params": secret}, separators=(",", ":"))


def attach(url: str, secret: str) -> str:
    """`url` with the credentials `split_url` took from it put back (for fetching only)."""
    if not secret:
        return url
    try:
        data = json.loads(secret)
        parts = urlsplit(url)
    except ValueError:
        return url
    netloc = f"{data['userinfo']}@{parts.netloc}" if data.get("userinfo") else parts.netloc
    params = parse_qsl(parts.query, keep_blank_values=True) + [tuple(p) for p in data.get("params", [])]
    return urlunsplit((parts.scheme, netloc, parts.path, urlencode(params), parts.fragment))


def has_credentials(url: str) -> bool:
    return bool(split_url(url)[1])


def redact(text: str, url: str) -> str:
    """`text` (a message naming `url`) with the address shown without its credentials."""
    clean, secret = split_url(url)
    return text.replace(url, clean) if secret else text


def strip_plan(plan: Plan) -> tuple[Plan, dict[str, str]]:
    """A copy of `plan` whose follow addresses carry no credentials, and {clean address: credentials}."""
    found: dict[str, str] = {}
    out = plan
    for i, f in enumerate(plan.follows):
        address, a_secret = split_url(f.address) if f.platform == "web" else (f.address, "")
        feed, f_secret = split_url(f.feed_url) if f.feed_url else ("", "")
        if not (a_secret or f_secret):
            continue
        if out is plan:
            out = copy.deepcopy(plan)
        out.follows[i].address, out.follows[i].feed_url = address, feed
        if a_secret:
            found[address] = a_secret
        if f_secret:
            found[feed] = f_secret
    return out, found


_IN_TEXT = re.compile(r"([?&;](?:" + "|".join(sorted(SECRET_PARAMS, key=len, reverse=True)) + r")=)[^&#\s\"']*",
                      re.IGNORECASE)
_USERINFO_IN_TEXT = re.compile(r"(https?://)[^/@\s\"']+@", re.IGNORECASE)


def redact_text(text: str) -> str:
    """Any credential written inside an address in `text` replaced by ***."""
    return _USERINFO_IN_TEXT.sub(r"\1***@", _IN_TEXT.sub(r"\1***", text))
