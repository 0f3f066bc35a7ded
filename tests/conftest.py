"""Shared test set-up: headless Qt, an isolated data dir, and small sample chats."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the developer's real keyring or data folder from a test.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

import keyring
import keyring.backend
import pytest

from plnonboard.core.directory import parse_chat
from tests.loopback import web  # noqa: F401 - the loopback server fixture, for tests in every folder


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


# Tests that keep a token use this keyring (fixture memory_keyring); the real one is never touched.
class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.data = {}

    def get_password(self, service, username):
        return self.data.get((service, username))

    def set_password(self, service, username, password):
        self.data[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.data:
            raise PasswordDeleteError("absent")
        del self.data[(service, username)]


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)
