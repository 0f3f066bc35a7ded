#!/usr/bin/env python3
"""Build resources/follows/follows.json from the entry files in resources/follows/entries/.

    python3 scripts/build_follows.py            write follows.json
    python3 scripts/build_follows.py --check    exit 1 if follows.json is not what the entries build

One TOML file per account, hashtag, blog, server, list or directory, named after its id (see
resources/follows/README.md). Rules kept here, so the catalogue stays honest:
- never a guessed handle, feed or URL: a feed nobody found is left out (null);
- profile and hashtag pages follow the platform's rule for the handle (a Mastodon hashtag names the
  server its source names: https://<server>/tags/<tag>);
- every entry has sources (or says the facts came from third-party lists), a confidence and evidence;
- controlled vocabularies, and linked chats that are in the directory.
Each problem names the file and field; nothing is written while there is one. Same input, same bytes.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from plnonboard.core.errors import DataError  # noqa: E402 - once sys.path names this checkout
from plnonboard.core.follows import KINDS, parse_entry  # noqa: E402 - once sys.path names this checkout
from plnonboard.core.vocab import GRADE_BANDS, ROLES, SUBJECTS  # noqa: E402 - once sys.path names this checkout

ENTRIES = REPO / "resources" / "follows" / "entries"
OUTPUT = REPO / "resources" / "follows" / "follows.json"
DIRECTORY = REPO / "resources" / "directory" / "chats.json"

KEYS = ("id", "name", "kind", "platform", "handle", "url", "feed_url", "feed_status", "subjects", "grade_bands",
        "roles", "chats", "topics", "reason", "invites_follows", "languages", "confidence", "evidence", "sources",
        "status_note", "regions")
OPTIONAL = {"handle": None, "feed_url": None, "chats": [], "languages": [], "status_note": ""}
FEED_STATUSES = ("verified", "unverified", "none")
CONFIDENCES = ("high", "medium", "low")
LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
DOMAIN_RE = re.compile(rf"^(?:{LABEL}\.)+[a-z][a-z0-9-]*[a-z0-9]$")
MASTODON_RE = re.compile(rf"^@([A-Za-z0-9_]+)@((?:{LABEL}\.)+[a-z][a-z0-9-]*[a-z0-9])$")
X_RE = re.compile(r"^@[A-Za-z0-9_]{1,15}$")
HASHTAG_RE = re.compile(r"^#[A-Za-z0-9_]+$")
LANG_RE = re.compile(r"^[a-z]{2}$")


def derived_url(platform: str, kind: str, handle: str) -> str | None:
    """The profile or hashtag page for a handle, built by the platform's rule."""
    if kind == "hashtag":
        return {"bluesky": f"https://bsky.app/hashtag/{handle[1:]}", "x": f"https://x.com/hashtag/{handle[1:]}"}.get(
            platform)
    if platform == "bluesky":
        return f"https://bsky.app/profile/{handle}"
    if platform == "x":
        return f"https://x.com/{handle[1:]}"
    m = MASTODON_RE.match(handle) if platform == "mastodon" else None
    return f"https://{m.group(2)}/@{m.group(1)}" if m else None


def problems_of(e: dict, chat_ids: set[str]) -> list[str]:
    """What parse_entry does not check: the rules above."""
    out = []
    handle, platform, kind = e.get("handle"), e.get("platform"), e.get("kind")
    if kind == "hashtag":
        if not (isinstance(handle, str) and HASHTAG_RE.match(handle)):
            out.append(f"handle: {handle!r} is not a hashtag like '#EduSky'")
        elif platform == "mastodon":
            if not re.fullmatch(rf"https://(?:{LABEL}\.)+[a-z]+/tags/{re.escape(handle[1:])}", e.get("url", "")):
                out.append("url: must be a server's tag page, https://<server>/tags/<tag>")
        elif e.get("url") != derived_url(platform, kind, handle):
            out.append("url: must be the page derived from the handle")
    elif kind == "account":
        checks = {"mastodon": MASTODON_RE, "bluesky": DOMAIN_RE, "x": X_RE}
        if platform not in checks or not (isinstance(handle, str) and checks[platform].match(handle)):
            out.append(f"handle: {handle!r} is not a {platform} handle")
        elif e.get("url") != derived_url(platform, kind, handle):
            out.append("url: must be the page derived from the handle")
    elif handle is not None:
        out.append(f"handle: must be left out for kind {kind!r}")
    if e.get("feed_status") not in FEED_STATUSES:
        out.append(f"feed_status: must be one of {', '.join(FEED_STATUSES)}")
    elif (e["feed_status"] == "none") != (e.get("feed_url") is None):
        out.append("feed_status: must be 'none' exactly when there is no feed_url")
    for key, allowed in (("subjects", SUBJECTS), ("grade_bands", GRADE_BANDS), ("roles", ROLES)):
        values = e.get(key) or []
        if not values or len(set(values)) != len(values) or any(v not in allowed for v in values):
            out.append(f"{key}: must be a non-empty list of distinct words from the vocabulary")
    out += [f"chats: {c!r} is not a chat in the directory" for c in e.get("chats", []) if c not in chat_ids]
    if not e.get("topics"):
        out.append("topics: must not be empty")
    reason = e.get("reason", "")
    if not reason.endswith(".") or len(reason) > 240:
        out.append("reason: must be one plain sentence ending in '.' (240 characters at most)")
    if not isinstance(e.get("invites_follows"), bool):
        out.append("invites_follows: must be true or false")
    out += [f"languages: {lang!r} is not an ISO 639-1 code" for lang in e.get("languages", [])
            if not LANG_RE.match(lang)]
    if e.get("confidence") not in CONFIDENCES:
        out.append(f"confidence: must be one of {', '.join(CONFIDENCES)}")
    if not e.get("evidence"):
        out.append("evidence: must say what was read")
    if not e.get("sources") and "third-party" not in e.get("evidence", ""):
        out.append("sources: none, and the evidence does not say where the facts came from")
    unknown = set(e) - set(KEYS)
    if unknown:
        out.append(f"{sorted(unknown)[0]}: not a field of a catalogue entry")
    return out


def read_entries(folder: Path = ENTRIES, directory: Path = DIRECTORY) -> tuple[list[dict], list[str]]:
    chat_ids = {c["id"] for c in json.loads(directory.read_text(encoding="utf-8"))["chats"]}
    entries, problems = [], []
    for path in sorted(folder.glob("*.toml")):
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
            parse_entry(raw)  # the app's own parser: id, kind, platform, handle, URLs
        except (tomllib.TOMLDecodeError, DataError) as exc:
            problems.append(f"{path.name}: {exc}")
            continue
        if raw["id"] != path.stem:
            problems.append(f"{path.name}: the file must be named {raw['id']}.toml (its id)")
            continue
        if raw["kind"] not in KINDS:
            problems.append(f"{path.name}: kind: {raw['kind']!r} is not one of {', '.join(KINDS)}")
        problems += [f"{path.name}: {p}" for p in problems_of(raw, chat_ids)]
        entry = {k: raw.get(k, OPTIONAL.get(k)) for k in KEYS if k in raw or k in OPTIONAL}
        entries.append(entry)
    entries.sort(key=lambda e: e["id"])
    return entries, problems


def build_text(folder: Path = ENTRIES) -> str:
    entries, problems = read_entries(folder)
    if problems:
        raise DataError("; ".join(problems))
    data = {"format": "plnonboard.follows", "version": 1, "updated": UPDATED, "follows": entries}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


UPDATED = "2026-12-03"  # when a person last checked the catalogue's sources; change it when you do


def main(argv: list[str]) -> int:
    try:
        text = build_text()
    except DataError as exc:
        print(f"build_follows: {exc}", file=sys.stderr)
        return 1
    if "--check" in argv:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
            print("build_follows: follows.json is out of date; run python3 scripts/build_follows.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"build_follows: wrote {len(json.loads(text)['follows'])} entries to {OUTPUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
