"""The follow catalogue as data: one TOML file per entry, validated, and follows.json built from them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _builder():
    spec = importlib.util.spec_from_file_location("build_follows", ROOT / "scripts" / "build_follows.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_entry_follows_the_rules():
    entries, problems = _builder().read_entries()
    assert problems == [] and len(entries) >= 50


def test_built_file_is_current():
    text = _builder().build_text()
    assert (ROOT / "resources" / "follows" / "follows.json").read_text(encoding="utf-8") == text, (
        "run python3 scripts/build_follows.py after editing an entry")


@pytest.mark.parametrize("text,needle", [
    ('id = "x"\nname = "X"\nkind = "account"\nplatform = "bluesky"\nhandle = "x.bsky.social"\n'
     'url = "https://bsky.app/profile/someone-else.bsky.social"\n', "url: must be the page derived from the handle"),
    ('id = "y"\nname = "Y"\nkind = "hashtag"\nplatform = "mastodon"\nhandle = "#Y"\nurl = "https://a.example/y"\n',
     "url: must be a server's tag page"),
    ('id = "z"\nname = "Z"\nkind = "blog"\nplatform = "web"\nurl = "https://z.example"\nfeed_status = "verified"\n',
     "feed_status: must be 'none' exactly when there is no feed_url"),
])
def test_a_broken_entry_is_named(tmp_path, text, needle):
    name = text.split('"')[1]
    (tmp_path / f"{name}.toml").write_text(text, encoding="utf-8")
    entries, problems = _builder().read_entries(tmp_path)
    assert any(p.startswith(f"{name}.toml: ") and needle in p for p in problems), problems
