"""The one sanitiser for text that comes from outside (feeds, OPML, .ics, plan files, directory
updates), applied where it enters, so every later writer can trust it.

What goes, and why:
- C0 and C1 control characters and DEL: they are not allowed in XML 1.0 (an OPML export with one
  is not well-formed), the HTML parser reports them, and ESC/BEL sequences drive the terminal
  (set its title, clear the screen). Tab and newline stay only in multi-line text; elsewhere
  they, CR, VT, FF and the Unicode line/paragraph separators become one space, so words do not
  run together.
- Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): they reorder what a
  reader sees ("Trojan Source"), so a title or an address can pretend to be something else.
- Lone surrogates: not text at all; UTF-8 cannot encode them (the save would fail). Each becomes
  U+FFFD, the replacement character, so the reader sees that something was there.
- Noncharacters (U+FDD0-U+FDEF and the last two code points of every plane): XML forbids
  U+FFFE/U+FFFF and HTML reports all of them.
Everything else, accents, emoji and other scripts included, passes unchanged. The function is
idempotent: cleaning clean text changes nothing, so a plan saved clean loads back byte for byte.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

REPLACEMENT = "\ufffd"
ELLIPSIS = "\u2026"

# Line-ish controls that separate words: turned into a space (or kept, in multi-line text).
_BREAKS = "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029"
_DROP = (
    "\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f"  # C0 and C1 controls and DEL, minus the breaks above
    "\u202a-\u202e\u2066-\u2069"  # bidi embeddings, overrides, isolates
    "\ufdd0-\ufdef\ufffe\uffff"  # noncharacters of the BMP
)
_DROP_RE = re.compile(f"[{_DROP}]")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_BREAKS_RE = re.compile(f"[{_BREAKS}]")
_CRLF_RE = re.compile("\r\n?|[\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029]")
_SUPPLEMENTARY_NONCHAR_RE = re.compile(
    "[" + "".join(f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 17)) + "]")


def clean_text(s: str, *, multiline: bool = False, limit: int | None = None) -> str:
    """`s` without control characters, bidi controls, noncharacters or lone surrogates (see the
    module docstring). With `multiline`, newlines (CRLF and CR become LF) and tabs are kept.
    With `limit`, text longer than `limit` characters is cut and ends with an ellipsis."""
    if not isinstance(s, str):
        raise TypeError(f"clean_text needs a str, not {type(s).__name__}")
    if s.isascii() and s.isprintable():  # the common case, at no cost
        text = s
    else:
        text = _SURROGATE_RE.sub(REPLACEMENT, s)
        text = _DROP_RE.sub("", text)
        text = _SUPPLEMENTARY_NONCHAR_RE.sub("", text)
        text = _CRLF_RE.sub("\n", text) if multiline else _BREAKS_RE.sub(" ", text)
    if limit is not None and len(text) > limit:
        text = text[: max(0, limit - 1)] + ELLIPSIS if limit > 0 else ""
    return text


def is_clean(s: str, *, multiline: bool = False) -> bool:
    """True when `clean_text` would leave `s` unchanged (for loaders that refuse rather than fix)."""
    return clean_text(s, multiline=multiline) == s


# JSON-like data from outside (what json.loads gave) is untyped: `Any` in, the same shape out.
JsonContainer = dict[str, Any] | list[Any]


def clean_json(value: Any) -> Any:
    """A copy of JSON-like data (dicts, lists, str, numbers, bools, None) with every string, keys
    included, through `clean_text(multiline=True)`. For unknown fields a plan keeps and writes back:
    they came from outside too. Iterative, so any nesting json.loads accepted is walked without
    recursion."""
    if isinstance(value, str):
        return clean_text(value, multiline=True)
    if not isinstance(value, (dict, list)):
        return value
    root: JsonContainer = {} if isinstance(value, dict) else []
    stack: list[tuple[JsonContainer, JsonContainer]] = [(value, root)]
    while stack:
        source, target = stack.pop()
        items: Iterable[tuple[Any, Any]] = source.items() if isinstance(source, dict) else enumerate(source)
        for key, item in items:
            copy: Any
            if isinstance(item, (dict, list)):
                copy = {} if isinstance(item, dict) else []
                stack.append((item, copy))
            elif isinstance(item, str):
                copy = clean_text(item, multiline=True)
            else:
                copy = item
            if isinstance(target, dict):
                target[clean_text(key, multiline=True) if isinstance(key, str) else key] = copy
            else:
                target.append(copy)
    return root
