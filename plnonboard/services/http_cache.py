"""Remembered HTTP validators (ETag / Last-Modified) so an unchanged feed is not downloaded twice.

Backed by the store's `http_validators` table when there is a store; otherwise (no store, or a
dry run) it remembers for this process only. Safe to use from fetch worker threads.
Only validators and a title are kept, never a body or a token."""

from __future__ import annotations

import threading


class HttpCache:
    def __init__(self, store=None, *, read_only: bool = False) -> None:
        self.store = store
        self.read_only = read_only
        self._memory: dict[str, tuple[str, str, str]] = {}
        self._lock = threading.Lock()

    def validators(self, url: str) -> tuple[str, str] | None:
        entry = self.get(url)
        if entry is None or not (entry[0] or entry[1]):
            return None
        return entry[0], entry[1]

    def get(self, url: str) -> tuple[str, str, str] | None:
        with self._lock:
            if url in self._memory:
                return self._memory[url]
        if self.store is not None:
            return self.store.get_http_validators(url)
        return None

    def title(self, url: str) -> str:
        entry = self.get(url)
        return entry[2] if entry else ""

    def remember(self, url: str, etag: str, last_modified: str, title: str = "") -> None:
        if not (etag or last_modified):
            return
        with self._lock:
            self._memory[url] = (etag, last_modified, title)
        if self.store is not None and not self.read_only:
            self.store.set_http_validators(url, etag, last_modified, title)


class NoCache(HttpCache):
    """Always downloads in full (`plnonboard import --refresh`)."""

    def get(self, url: str):
        return None

    def remember(self, url: str, etag: str, last_modified: str, title: str = "") -> None:
        pass
