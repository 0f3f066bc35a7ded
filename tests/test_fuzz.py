"""Fuzzing the parsers and the command line: a result or one clear error, never a traceback.

Inputs that once broke something are kept in tests/fuzz_corpus/ and replayed here, each asserting
the outcome it was kept for (EXPECTED: refused with which error, or read with what left out).
A longer run: HYPOTHESIS_PROFILE=long ./scripts/run-tests.sh tests/test_fuzz.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plnonboard.cli import main
from plnonboard.core.directory import parse_directory
from plnonboard.core.errors import DataError, PlanError
from plnonboard.core.planfile import dump_plan, parse_plan_text
from plnonboard.services.import_feed import BadXML
from plnonboard.services.import_ics import parse_ics
from plnonboard.services.import_opml import parse_opml

settings.register_profile("long", max_examples=20_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
CORPUS = Path(__file__).resolve().parent / "fuzz_corpus"

json_leaf = st.none() | st.booleans() | st.integers(-2**40, 2**40) | st.floats(allow_nan=True) | st.text(max_size=30)
json_any = st.recursive(json_leaf, lambda inner: st.lists(inner, max_size=5)
                        | st.dictionaries(st.text(max_size=15), inner, max_size=5), max_leaves=30)
slot_like = st.fixed_dictionaries({}, optional={
    "weekday": st.sampled_from(["mon", "sun", "Funday", "", 3]) | json_leaf,
    "start": st.sampled_from(["19:00", "24:00", "7pm", "00:00", "23:59"]) | json_leaf,
    "zone": st.sampled_from(["America/New_York", "UTC", "../../etc/passwd", "Mars/Base", ""]) | json_leaf,
    "minutes": st.integers(-5, 5000) | json_leaf,
    "frequency": json_any | st.fixed_dictionaries({"kind": st.sampled_from(["weekly", "monthly", "every_n_weeks"]),
                                                   "nth": st.integers(-3, 6), "interval": st.integers(-1, 60),
                                                   "anchor": st.sampled_from(["2026-01-06", "bad", ""])}),
})
chat_like = st.fixed_dictionaries({}, optional={
    "hashtag": st.sampled_from(["#edchat", "edchat", "#", "#a b", "#ünïcode"]) | json_leaf,
    "id": json_leaf, "slots": st.lists(slot_like, max_size=3) | json_any,
    "sources": st.lists(st.sampled_from(["https://a.org", "javascript:x", "file:///x"]), max_size=2) | json_any,
    "status": st.sampled_from(["active", "dead"]) | json_leaf, "last_seen": json_leaf, "subjects": json_any,
})


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400) | st.text(max_size=400))
def test_plan_bytes(data):
    try:
        plan = parse_plan_text(data)
    except PlanError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert dump_plan(parse_plan_text(dump_plan(plan))) == dump_plan(plan)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.fixed_dictionaries({"format": st.just("plnonboard.plan"), "version": st.just(1),
                              "chats": st.lists(chat_like | json_leaf, max_size=3)}))
def test_plan_with_custom_chats(data):
    try:
        plan = parse_plan_text(json.dumps(data))
    except PlanError:
        return
    assert dump_plan(parse_plan_text(dump_plan(plan))) == dump_plan(plan)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.fixed_dictionaries({"format": st.just("plnonboard.directory"), "version": st.just(1) | json_leaf,
                              "chats": st.lists(chat_like | json_any, max_size=4) | json_any}))
def test_directory_documents(doc):
    try:
        d = parse_directory(doc)
    except DataError as exc:
        assert str(exc)
        return
    assert len(d) + len(d.errors) <= max(1, len(doc["chats"]) if isinstance(doc["chats"], list) else 1)
    for e in d.errors:
        assert isinstance(e, DataError) and str(e)


TOKENS = ["chats", "week", "plan", "new", "show", "import", "export", "--json", "--tz", "UTC", "Mars/Base",
          "--plan", "--week", "2026-03-08", "2026-02-30", "--topic", "math", "--day", "sun", "funday", "--minutes",
          "-1", "999999", "--grade", "middle", "--subject", "-o", "--data-dir", "{tmp}", "{tmp}/plan.json",
          "{tmp}/missing.json", "--role", "leader", "--help", "", "\x00", "é", "--", "-"]


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                    HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=7))
def test_command_line_arguments(tmp_path, capsys, argv):
    if argv[0] in ("", "--", "-", "\x00", "é", "--data-dir") and len(argv) == 1:
        argv = ["chats", *argv]
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    if not any(a in ("chats", "week", "plan", "--help") for a in argv[:1]):
        argv = ["chats", *argv]  # no command at all would open the window
    code = main(argv)
    out, err = capsys.readouterr()
    assert code in (0, 2), (argv, err)
    assert "Traceback" not in err and "internal error" not in err, (argv, err)
    if code == 2:
        assert len(err.strip().splitlines()) == 1, (argv, err)


@dataclass(frozen=True)
class Refused:
    """The whole file is refused with this error class, its message holding `words`."""

    error: type[Exception]
    words: str


@dataclass(frozen=True)
class Read:
    """The file is read: `items` entries survive, and each of `skipped` appears among the reasons
    given for what was left out (and nothing else is left out)."""

    items: int
    skipped: tuple[str, ...] = ()


# What each corpus file was kept for: the behaviour its replay must show (besides "no traceback").
# A new corpus file needs a line here, or test_corpus fails.
EXPECTED = {
    # one bad entry is skipped with its reason, not the whole update (a list where a word belongs)
    "directory-list-zone-and-status.json": Read(1, ("#listzone: slots[0].zone", "#liststatus: status")),
    # a zone that is a path is refused as a zone, never opened as a file
    "directory-zone-path.json": Read(0, ("'../../../etc/passwd' is not an IANA time zone",)),
    "ics-secondly-zone.ics": Read(0, ("every second",)),  # dateutil walked every second since 1970
    "opml-deep-folders.opml": Refused(BadXML, "levels deep"),  # folder paths took memory as the square of the depth
    "plan-deep-nesting.json": Refused(PlanError, "too deeply nested"),  # json's RecursionError was a traceback
    "plan-deep-unknown-field.json": Refused(PlanError, "nested more than"),  # saved, then export/import recursed
    "plan-nan-unknown-field.json": Refused(PlanError, "NaN or Infinity"),  # came back out as invalid JSON
    "plan-truncated.json": Refused(PlanError, "is not valid JSON"),  # a half-written file: one plain sentence
    "plan-version-bool.json": Refused(PlanError, "needs a version number"),  # true == 1 must not pass as version 1
}


def _read(path: Path) -> tuple[int, list[str]]:
    """(entries read, reasons for what was left out), by the door the file's name prefix names."""
    raw = path.read_bytes()
    if path.name.startswith("plan-"):
        plan = parse_plan_text(raw)
        text = dump_plan(plan)
        json.loads(text, parse_constant=_no_constant)  # what we write is strict JSON
        assert dump_plan(parse_plan_text(text)) == text  # and loads back
        return len(plan.chats) + len(plan.follows), []
    if path.name.startswith("directory-"):
        d = parse_directory(json.loads(raw))
        return len(d), [str(e) for e in d.errors]
    if path.name.startswith("ics-"):
        out = parse_ics(raw, where=path.name, today=dt.date(2026, 12, 3))
        return len(out.chats), [why for _, why in out.skipped]
    if path.name.startswith("opml-"):
        lst = parse_opml(raw, where=path.name)
        return len(lst.feeds), [why for _, why in lst.skipped]
    raise AssertionError(f"{path.name}: no reader for this prefix (plan-, directory-, ics-, opml-)")


def test_every_corpus_file_has_an_expectation():
    assert sorted(p.name for p in CORPUS.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*")), ids=lambda p: p.name)
def test_corpus(path):
    expected = EXPECTED.get(path.name)
    assert expected is not None, f"{path.name}: say in EXPECTED what this corpus file was kept for"
    if isinstance(expected, Refused):
        with pytest.raises(expected.error) as caught:
            _read(path)
        assert expected.words in str(caught.value) and "\n" not in str(caught.value), str(caught.value)
        return
    items, skipped = _read(path)
    assert items == expected.items, (items, skipped)
    assert len(skipped) == len(expected.skipped), skipped
    for words, why in zip(expected.skipped, skipped, strict=True):
        assert words in why, (words, why)


def _no_constant(name):
    raise ValueError(f"{name} is not JSON")
