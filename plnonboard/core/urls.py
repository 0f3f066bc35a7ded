"""The one check for a web address from anywhere (typed, imported, loaded, fetched, exported).

check_url(s) returns the address as the app keeps it, or raises BadUrl with a `reason` key:
- it is looked at *before* any splitting: urllib's urlsplit silently deletes tabs and newlines,
  so "https://a.example/x\\n![img](https://b.example)" would otherwise pass and later break out of
  a Markdown link, an OPML attribute or an iCalendar line;
- no whitespace, control, format (bidi, zero-width), surrogate or noncharacter code point anywhere;
- http or https only, with a host that is a DNS name, an IPv4 address or a bracketed IPv6
  address ("http:///etc/passwd" has none), and a port, if any, from 1 to 65535;
- at most MAX_URL_LENGTH characters: the same limit the plan loader applies to every address.
Characters a URL may not hold literally ( " < > \\ ^ ` { | } and a % not starting an escape) are
percent-encoded, as browsers do, so the result is also a valid URL for the HTML checker. The
result of check_url passes check_url unchanged (saved addresses load back as they were).
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from urllib.parse import urlsplit

from .errors import DataError

MAX_URL_LENGTH = 2000
SCHEMES = ("http", "https")
# Leading/trailing blanks a paste brings along are trimmed; anything else blank is refused.
_TRIM = " \t\r\n\f\v"
_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_LABEL_RE = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$")
_BAD_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"}
_ESCAPE_RE = re.compile(r"%(?![0-9A-Fa-f]{2})|[\"<>\\^`{|}]")


class BadUrl(DataError):
    """Not a web address the app accepts. `reason`: empty, too-long, blank, control, scheme,
    host, port or syntax; `url` is what was given (for the sentence; never shown raw)."""

    def __init__(self, reason: str, message: str, url: str = "", *, field: str = "") -> None:
        self.reason = reason
        self.url = url
        super().__init__(message, field=field)


_ASCII_BAD_RE = re.compile(r"[\x00-\x20\x7f]")


def _bad_character(text: str) -> str:
    """'blank' or 'control' for the first character a web address may not hold, else ''."""
    if text.isascii():  # the common case, without a Python loop
        m = _ASCII_BAD_RE.search(text)
        return "" if not m else "blank" if m.group(0).isspace() else "control"
    for ch in text:
        if ch.isascii():
            if ch.isprintable() and ch != " ":
                continue
            return "blank" if ch.isspace() else "control"
        category = unicodedata.category(ch)
        if category in _BAD_CATEGORIES or (ord(ch) & 0xFFFE) == 0xFFFE or 0xFDD0 <= ord(ch) <= 0xFDEF:
            return "blank" if category.startswith("Z") or ch.isspace() else "control"
    return ""


def _ipv6_ok(host: str) -> bool:
    try:
        ipaddress.IPv6Address(host)
    except ValueError:
        return False
    return True


def _host_ok(host: str) -> bool:
    """A DNS name (internationalised names checked through IDNA) or a dotted IPv4 address."""
    name = host[:-1] if host.endswith(".") else host
    if not name or len(name) > 253:
        return False
    if not name.isascii():
        try:
            name = name.encode("idna").decode("ascii")
        except UnicodeError:
            return False
        if len(name) > 253:
            return False
    labels = name.split(".")
    if not all(_LABEL_RE.match(label) for label in labels):
        return False
    if labels[-1].isdigit():  # URL parsers read a numeric last label as IPv4: it must be one
        try:
            ipaddress.IPv4Address(name)
        except ValueError:
            return False
    return True


def check_url(s: str, *, field: str = "") -> str:
    """The web address to keep, or BadUrl saying why not (see the module docstring)."""
    if not isinstance(s, str):
        raise BadUrl("empty", "is not a web address", field=field)
    text = s.strip(_TRIM)
    if not text:
        raise BadUrl("empty", "is empty; a web address starts with http:// or https://", field=field)
    if len(text) > MAX_URL_LENGTH:
        raise BadUrl("too-long", f"is longer than {MAX_URL_LENGTH} characters", text, field=field)
    bad = _bad_character(text)
    if bad == "blank":
        raise BadUrl("blank", "has a space or line break inside; a web address has none", text, field=field)
    if bad:
        raise BadUrl("control", "has invisible control characters inside, so it was refused", text, field=field)
    m = _SCHEME_RE.match(text)
    scheme = m.group(1).lower() if m else ""
    if scheme not in SCHEMES:
        raise BadUrl("scheme", "is not a web address starting with http:// or https://"
                     + (f" ({scheme}: is not allowed)" if scheme else ""), text, field=field)
    if not text[len(scheme) + 1:].startswith("//"):
        raise BadUrl("host", "has no site name after http(s)://", text, field=field)
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - read for its check: raises on a port that is not a number from 0 to 65535
    except ValueError:
        raise BadUrl("syntax", "is not a valid web address (its site name or port cannot be read)", text,
                     field=field) from None
    host = parts.hostname or ""
    bracketed = parts.netloc.rpartition("@")[2].startswith("[")
    if not (_ipv6_ok(host) if bracketed else _host_ok(host)):
        raise BadUrl("host", "has no valid site name after http(s)://", text, field=field)
    if parts.port == 0:
        raise BadUrl("port", "has port 0, which no server listens on", text, field=field)
    # Scheme lower-cased (as every URL parser does); the rest is kept as given, bar escapes.
    rest = text[len(scheme):]
    rest = _ESCAPE_RE.sub(lambda m: "%25" if m.group(0) == "%" else f"%{ord(m.group(0)):02X}", rest)
    out = scheme + rest
    if len(out) > MAX_URL_LENGTH:
        raise BadUrl("too-long", f"is longer than {MAX_URL_LENGTH} characters", text, field=field)
    return out


def is_web_url(s: object) -> bool:
    """True when `check_url` accepts `s` *as it is* (for writers filtering what they link)."""
    if not isinstance(s, str):
        return False
    try:
        return check_url(s) == s
    except BadUrl:
        return False
