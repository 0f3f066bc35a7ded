"""The directory as data: one TOML file per entry, validated, and chats.json built from them."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path

import pytest

from plnonboard.core.directory import parse_chat
from plnonboard.core.status import parse_last_seen
from plnonboard.core.vocab import COMMUNITY_TYPES, STATUSES

ROOT = Path(__file__).resolve().parents[2]
ENTRIES = sorted((ROOT / "resources" / "directory" / "entries").glob("*.toml"))


def _builder():
    spec = importlib.util.spec_from_file_location("build_directory", ROOT / "scripts" / "build_directory.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_there_are_entries():
    assert len(ENTRIES) >= 54


@pytest.mark.parametrize("path", ENTRIES, ids=lambda p: p.stem)
def test_every_entry_follows_the_schema(path):
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    chat = parse_chat(raw)  # the app's own parser: vocabularies, times, zones, URLs
    assert path.stem == chat.id
    assert chat.status in STATUSES
    assert chat.sources and all(s.startswith(("http://", "https://")) for s in chat.sources)
    assert chat.evidence and chat.confidence, "say what was read, and how sure it is"
    assert chat.verified, "the date someone last checked the sources"
    if chat.status in ("running", "irregular", "paused", "ended"):
        assert parse_last_seen(chat.last_seen), "a status needs the date of its evidence"
    if chat.kind == "community":
        assert chat.community_type in COMMUNITY_TYPES and chat.link and chat.join_steps
        assert raw.get("platforms"), "a community says where it lives"
    else:
        assert chat.slots


def test_built_file_is_current():
    text = _builder().build_text()
    current = (ROOT / "resources" / "directory" / "chats.json").read_text(encoding="utf-8")
    assert current == text, "run python3 scripts/build_directory.py after editing an entry"


def test_a_broken_entry_is_named_and_nothing_is_built(tmp_path):
    good = ENTRIES[0]
    (tmp_path / good.name).write_text(good.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "broken.toml").write_text('hashtag = "#broken"\nstatus = "alive"\nsources = []\n', encoding="utf-8")
    (tmp_path / "misnamed.toml").write_text(good.read_text(encoding="utf-8"), encoding="utf-8")
    builder = _builder()
    chats, problems = builder.read_entries(tmp_path)
    assert [c.id for c in chats] == [good.stem]
    assert any(p.startswith("broken.toml: #broken") for p in problems)
    assert any(p.startswith("misnamed.toml: the file must be named") for p in problems)
    with pytest.raises(Exception, match="broken.toml"):
        builder.build_text(tmp_path)
