"""Words a teacher would say: every string the window shows (the .ts catalogue lists them all) is
free of the jargon a new user tripped over (issue 12: "Token", "Fetch", "OPML", "Space ticks")."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "plnonboard_es.ts"


def window_strings() -> list[str]:
    return [html.unescape(s) for s in re.findall(r"<source>([^<]*)</source>", TS.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("jargon", [r"\btokens?\b", r"\bfetch(ed|ing)?\b", r"\bspace ticks\b"])
def test_no_jargon_on_screen(jargon):
    # "(token)" explaining the access key by the name the feed's site uses is the one allowed mention.
    found = [s for s in window_strings()
             if re.search(jargon, re.sub(r"\(token\)", "", s.replace("&", "")), re.I)]
    assert found == []


def test_opml_is_only_named_as_a_file_type():
    """A feed reader's own menu says "Import OPML", so the name may appear in brackets as a file type,
    never as the thing itself ("a list of feeds (OPML)" became "the list of blogs your reader exports")."""
    found = [s for s in window_strings()
             if "OPML" in s.replace("Import (OPML)", "") and not s.endswith("(OPML)")]
    assert found == []
