"""Bluesky handles follow the AT Protocol handle syntax exactly, checked against the official
interop vectors of @atproto/syntax (copied into tests/data/atproto/, see the README there for
origin and licence)."""

from __future__ import annotations

from pathlib import Path

import pytest

from plnonboard.core.errors import DataError
from plnonboard.core.handles import BLUESKY_DISALLOWED_TLDS, bluesky_handle, normalise

VECTORS = Path(__file__).resolve().parent.parent / "data" / "atproto"


def vectors(name: str) -> list[str]:
    """Non-comment lines, exactly as written (some invalid ones have a leading or trailing space)."""
    lines = (VECTORS / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


VALID = vectors("handle_syntax_valid.txt")
INVALID = vectors("handle_syntax_invalid.txt")


def disallowed(handle: str) -> bool:
    return handle.lower().endswith(BLUESKY_DISALLOWED_TLDS)


def test_the_vector_files_are_the_real_ones():
    assert len(VALID) > 60 and len(INVALID) > 40
    assert "xn--ls8h.test" in VALID and "john.0" in INVALID and " john.test" in INVALID


@pytest.mark.parametrize("handle", [h for h in VALID if not disallowed(h)])
def test_every_valid_vector_is_accepted(handle):
    assert bluesky_handle(handle) == handle.lower()
    assert normalise("bluesky", handle) == handle.lower()
    assert normalise("bluesky", "@" + handle) == handle.lower()  # typed with an @, kept without


@pytest.mark.parametrize("handle", [h for h in VALID if disallowed(h)])
def test_syntax_valid_handles_under_disallowed_tlds_are_refused(handle):
    # laptop.local, SRI-NIC.ARPA, *.onion: valid syntax, but @atproto/syntax's DISALLOWED_TLDS.
    assert bluesky_handle(handle) == ""


@pytest.mark.parametrize("handle", INVALID)
def test_every_invalid_vector_is_refused(handle):
    assert bluesky_handle(handle) == ""
    if handle.strip() == handle:  # normalise trims what a paste brings along, so test the trimmed ones
        with pytest.raises(DataError):
            normalise("bluesky", handle)


@pytest.mark.parametrize("handle, ok", [
    ("a" * 63 + ".test", True), ("a" * 64 + ".test", False),
    (".".join(["a" * 49] * 5) + ".test", False),  # 5*49 + 4 + 5 = 254: over 253
    (".".join(["a" * 49] * 5)[1:] + ".test", True),  # 253
    ("name.bsky.social", True), ("Name.Bsky.Social", True), ("eduskyteam.com", True),
    ("thing.a01", True), ("john.t--t", True), ("xn--bcher-kva.tld", True),
    ("john.0", False), ("thing.0aa", False), ("127.0.0.1", False), ("bücher.test", False),
    ("john.test\n", False), ("john.test.", False), ("a.localhost", False), ("a.internal", False),
    ("a.example", False), ("a.invalid", False), ("a.alt", False), ("x.local", False),
])
def test_edges(handle, ok):
    assert bool(bluesky_handle(handle)) is ok
