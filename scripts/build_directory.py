#!/usr/bin/env python3
"""Build resources/directory/chats.json from the entry files in resources/directory/entries/.

    python3 scripts/build_directory.py            write chats.json
    python3 scripts/build_directory.py --check    exit 1 if chats.json is not what the entries build

One TOML file per chat or community, named after its id (see resources/directory/README.md for
the fields and how to add or correct an entry with its sources). Each file is validated by the
same parser the app uses; a broken entry is named with its field and nothing is written.
The output is deterministic: sorted chats then communities, `updated` = the newest `verified`.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from plnonboard.core.directory import directory_to_dict, parse_chat  # noqa: E402 - once sys.path names this checkout
from plnonboard.core.errors import DataError  # noqa: E402 - once sys.path names this checkout

ENTRIES = REPO / "resources" / "directory" / "entries"
OUTPUT = REPO / "resources" / "directory" / "chats.json"


def read_entries(folder: Path = ENTRIES) -> tuple[list, list[str]]:
    """(parsed entries, problems): every problem names the file."""
    chats, problems = [], []
    for path in sorted(folder.glob("*.toml")):
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
            chat = parse_chat(raw)
        except (tomllib.TOMLDecodeError, DataError) as exc:
            problems.append(f"{path.name}: {exc}")
            continue
        if path.stem != chat.id:
            problems.append(f"{path.name}: the file must be named {chat.id}.toml (its id)")
            continue
        chats.append(chat)
    return chats, problems


def build_text(folder: Path = ENTRIES) -> str:
    chats, problems = read_entries(folder)
    if problems:
        raise DataError("; ".join(problems))
    updated = max((c.verified for c in chats), default="")
    data = directory_to_dict(chats, updated)
    data["chats"] = [{"id": e["id"], "kind": e.pop("kind", "chat"), **e} for e in data["chats"]]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    try:
        text = build_text()
    except DataError as exc:
        print(f"build_directory: {exc}", file=sys.stderr)
        return 1
    if "--check" in argv:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print("build_directory: chats.json is out of date; run python3 scripts/build_directory.py",
                  file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    count = len(json.loads(text)["chats"])
    print(f"build_directory: wrote {count} entries to {OUTPUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
