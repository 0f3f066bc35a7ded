"""Words a teacher would say: the strings the window shows (the .ts catalogue lists them all) are
free of the jargon a new user tripped over (issue 12: "Token", "Fetch", "OPML", "Space ticks")."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "plnonboard_es.ts"
# Where feeds are imported a "token" is a private feed's access key. (Mastodon's own settings page
# calls its key an "access token", so the Follow dialog may use that name.)
IMPORT_CONTEXTS = {"ImportPanel", "ImportPage", "ImportDialog"}


def window_strings(contexts: set[str] | None = None) -> list[str]:
    out = []
    for name, body in re.findall(r"<context>\s*<name>([^<]*)</name>(.*?)</context>", TS.read_text(encoding="utf-8"),
                                 re.S):
        if contexts is None or name in contexts:
            out += [html.unescape(s).replace("&", "") for s in re.findall(r"<source>([^<]*)</source>", body)]
    return out


@pytest.mark.parametrize("jargon", [r"\bfetch(ed|ing)?\b", r"\bspace ticks\b"])
def test_no_jargon_on_screen(jargon):
    assert [s for s in window_strings() if re.search(jargon, s, re.I)] == []


def test_import_says_access_key_not_token():
    # "(token)" explaining the access key by the name the feed's site may use is the one allowed mention.
    found = [s for s in window_strings(IMPORT_CONTEXTS) if re.search(r"\btokens?\b", s.replace("(token)", ""), re.I)]
    assert found == []


def test_opml_is_only_named_as_a_file_type():
    """A feed reader's own menu says "Import OPML", so the name may appear in brackets as a file type,
    never as the thing itself ("a list of feeds (OPML)" became "the list of blogs your reader exports")."""
    found = [s for s in window_strings()
             if "OPML" in s.replace("Import (OPML)", "") and not s.endswith("(OPML)")]
    assert found == []
