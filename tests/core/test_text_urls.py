"""The one sanitiser (core/text.py) and the one URL check (core/urls.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plnonboard.core.text import clean_text
from plnonboard.core.urls import MAX_URL_LENGTH, BadUrl, check_url, is_web_url

# ---------------------------------------------------------------- clean_text

@pytest.mark.parametrize("raw, single, multi", [
    ("plain words", "plain words", "plain words"),
    ("Café ☕ 日本語 #EduSky", "Café ☕ 日本語 #EduSky", "Café ☕ 日本語 #EduSky"),
    ("\x1b]0;owned\x07Title", "]0;ownedTitle", "]0;ownedTitle"),
    ("\x1b[2J\x1b[HClear", "[2J[HClear", "[2J[HClear"),
    ("a\nb\tc\r\nd\re", "a b c  d e", "a\nb\tc\nd\ne"),
    ("nul\x00 del\x7f c1\x9b", "nul del c1", "nul del c1"),
    ("abc\u202edcba\u2066x\u2069", "abcdcbax", "abcdcbax"),
    ("lone \ud800 surrogate", "lone \ufffd surrogate", "lone \ufffd surrogate"),
    ("non\ufffechar\U0001ffff\ufdd0", "nonchar", "nonchar"),
    ("line\u2028sep", "line sep", "line\nsep"),
])
def test_clean_text_removes_or_replaces(raw, single, multi):
    assert clean_text(raw) == single
    assert clean_text(raw, multiline=True) == multi


def test_clean_text_limit_cuts_with_an_ellipsis():
    assert clean_text("abcdef", limit=4) == "abc…"
    assert clean_text("abcd", limit=4) == "abcd"
    assert len(clean_text("x" * 10_000, limit=300)) == 300


def _allowed(ch: str, multiline: bool) -> bool:
    o = ord(ch)
    if ch in "\n\t":
        return multiline
    if o < 0x20 or 0x7F <= o <= 0x9F or 0x202A <= o <= 0x202E or 0x2066 <= o <= 0x2069:
        return False
    if 0xD800 <= o <= 0xDFFF or 0xFDD0 <= o <= 0xFDEF or (o & 0xFFFE) == 0xFFFE or o in (0x2028, 0x2029):  # noqa: SIM103 - one rule per `if`, like those above
        return False
    return True


@given(st.text(alphabet=st.characters(codec=None, blacklist_categories=())), st.booleans())
def test_clean_text_output_is_clean_and_idempotent(raw, multiline):
    out = clean_text(raw, multiline=multiline)
    assert all(_allowed(ch, multiline) for ch in out)
    assert clean_text(out, multiline=multiline) == out
    out.encode("utf-8")  # always encodable: no lone surrogate survives


# ---------------------------------------------------------------- check_url

@pytest.mark.parametrize("bad, reason", [
    ("http:///etc/passwd", "host"),
    ("https:/example.org", "host"),
    ("https://", "host"),
    ("https://example.org/a b", "blank"),
    ("https://example.org/a\nb", "blank"),  # urlsplit would delete the \n silently
    ("https://exa\tmple.org/", "blank"),
    ("https://example.org/\u3000", "blank"),
    ("https://example.org/\x1b[2J", "control"),
    ("https://example.org/\u202etxt.exe", "control"),
    ("https://example.org/\ud800", "control"),
    ("https://example.org/\u200b", "control"),
    ("javascript:alert(1)", "scheme"),
    ("data:text/html,hi", "scheme"),
    ("ftp://example.org/", "scheme"),
    ("file:///etc/passwd", "scheme"),
    ("example.org/feed", "scheme"),
    ("", "empty"),
    ("https://-bad.example/", "host"),
    ("https://a..b/", "host"),
    ("http://999.1.1.1/", "host"),
    ("https://example.org:99999/", "syntax"),
    ("https://example.org:0/", "port"),
    ("https://[::zz]/", "syntax"),
    ("https://example.org/" + "a" * MAX_URL_LENGTH, "too-long"),
])
def test_check_url_refuses(bad, reason):
    with pytest.raises(BadUrl) as info:
        check_url(bad)
    assert info.value.reason == reason
    assert not is_web_url(bad)


@pytest.mark.parametrize("good, kept", [
    ("https://example.org/feed.xml", "https://example.org/feed.xml"),
    ("HTTP://Example.org/X", "http://Example.org/X"),
    ("  https://example.org/\n", "https://example.org/"),
    ("https://example.org:8443/a?b=c#d", "https://example.org:8443/a?b=c#d"),
    ("http://127.0.0.1:8000/x", "http://127.0.0.1:8000/x"),
    ("http://[::1]:8000/x", "http://[::1]:8000/x"),
    ("https://bücher.example/ü", "https://bücher.example/ü"),
    ("https://xn--bcher-kva.example/", "https://xn--bcher-kva.example/"),
    ("https://example.org/a|b{c}%zz%41", "https://example.org/a%7Cb%7Bc%7D%25zz%41"),
    ("https://example.org/<x>\"", "https://example.org/%3Cx%3E%22"),
])
def test_check_url_keeps(good, kept):
    assert check_url(good) == kept
    assert check_url(kept) == kept  # what is kept passes again unchanged
    assert is_web_url(kept)


@given(st.text(max_size=80))
def test_check_url_result_is_stable(raw):
    for text in (raw, "https://example.org/" + raw):
        try:
            out = check_url(text)
        except BadUrl:
            continue
        assert check_url(out) == out
        assert not any(c.isspace() or not c.isprintable() for c in out)


# ---------------------------------------------------------------- clean_json (a plan's unknown fields)

def test_clean_json_cleans_keys_and_values_at_any_depth_without_recursion():
    from plnonboard.core.text import clean_json

    deep = "\x1b]0;x\x07\ud800"
    for _ in range(5000):
        deep = [deep]
    out = clean_json({"a\x9b": {"b": [1, 2.5, True, None, "\u202eok\n\tline"]}, "deep": deep})
    assert out["a"] == {"b": [1, 2.5, True, None, "ok\n\tline"]}
    inner = out["deep"]
    for _ in range(5000):
        inner = inner[0]
    assert inner == "]0;x\ufffd"


def test_a_plans_unknown_fields_are_cleaned_and_order_kept():
    import json

    from plnonboard.core.planfile import dump_plan, parse_plan_text

    text = json.dumps({"format": "plnonboard.plan", "version": 1, "zz": {"\x1bk": "v\x9b"}, "aa": ["\ud800"]})
    plan = parse_plan_text(text)
    assert plan.extra == {"zz": {"k": "v"}, "aa": ["\ufffd"]} and list(plan.extra) == ["zz", "aa"]
    assert dump_plan(parse_plan_text(dump_plan(plan))) == dump_plan(plan)
