"""Shared test set-up: headless Qt, an isolated data dir, and small sample chats."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the developer's real keyring or data folder from a test.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

import pytest  # noqa: E402

from plnonboard.core.directory import parse_chat  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("PLNONBOARD_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    yield data
    from plnonboard.core.timefmt import Style, set_style

    set_style(Style())  # the CLI and the window set the wording style for their run; tests start afresh


def make_chat(hashtag: str, weekday: str, start: str, zone: str, minutes: int = 60, **extra):
    slot = {"weekday": weekday, "start": start, "zone": zone, "minutes": minutes}
    if "frequency" in extra:
        slot["frequency"] = extra.pop("frequency")
    data = {"hashtag": hashtag, "title": hashtag[1:], "slots": [slot],
            "sources": ["https://example.org/source"], "status": "historical", "last_seen": 2016}
    data.update(extra)
    return parse_chat(data)
