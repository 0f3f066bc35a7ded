"""The app's hashtag patterns live in core/hashtags.py only (issue 15: one hashtag pattern)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from plnonboard.core.errors import DataError
from plnonboard.core.handles import normalise
from plnonboard.core.hashtags import FOLLOWED_HASHTAG, HASHTAG, HASHTAG_IN_TEXT
from plnonboard.core.model import Follow, Plan
from plnonboard.services.export_common import mastodon_hashtags

PACKAGE = Path(__file__).resolve().parents[2] / "plnonboard"


def _regex_literals(path: Path):
    """(line, text) of every string literal given as the pattern of a re.* call."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.args):
            for part in ast.walk(node.args[0]):
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    yield node.lineno, part.value


def test_no_hashtag_regex_outside_core_hashtags():
    """A '#' in a pattern outside a character class ([^&#]) is a hashtag pattern."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for line, text in _regex_literals(path):
            if "#" in re.sub(r"\[(?:\\.|[^\]])*\]", "", text):
                found.append(f"{path.relative_to(PACKAGE).as_posix()}:{line}")
    assert found and all(f.startswith("core/hashtags.py:") for f in found), found


def test_a_chat_hashtag_is_plain_but_a_followed_one_may_be_in_any_script():
    assert HASHTAG.match("#2ndaryELA") and not HASHTAG.match("#éducation") and not HASHTAG.match("#a" + "b" * 60)
    assert FOLLOWED_HASHTAG.match("#éducation") and not FOLLOWED_HASHTAG.match("#two words")
    assert normalise("mastodon", "#éducation") == "#éducation"  # a saved follow like this still loads
    with pytest.raises(DataError):
        normalise("mastodon", "#edu@chat")
    assert HASHTAG_IN_TEXT.findall("see #edchat and #1") == ["edchat"]


def test_the_mastodon_hashtag_list_keeps_the_tags_a_chat_could_have():
    plan = Plan(follows=[Follow(platform="mastodon", address=tag, kind="hashtag")
                         for tag in ("#EduTooters", "#éducation", "#edutooters", "#" + "x" * 61)])
    assert mastodon_hashtags(plan, []) == ["#EduTooters"]
