"""The error hierarchy (core/errors.py): every error the package defines is a PlnError in exactly
one family, I/O failures are not ValueErrors, the importers name the format they expected, and
the command line turns a store or a network problem into one line and exit 2."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
import socket

import pytest

import plnonboard
from plnonboard.cli import main
from plnonboard.core.directory import Directory
from plnonboard.core.errors import BadInput, Cancelled, ImportProblem, NetworkProblem, PlnError, StoreProblem
from plnonboard.core.model import Plan
from plnonboard.core.planfile import dump_plan
from plnonboard.services import import_errors as ie
from plnonboard.services.files import WriteError, write_atomic
from plnonboard.services.import_directory import parse_directory_update
from plnonboard.services.import_feed import parse_feed
from plnonboard.services.import_ics import parse_ics
from plnonboard.services.import_opml import parse_opml
from plnonboard.services.importer import Importer

FAMILIES = (BadInput, StoreProblem, NetworkProblem, ImportProblem)
# Control-flow signals, not errors: each is caught by name where it is raised or one call up.
SIGNALS = {
    "plnonboard.core.errors.Cancelled",  # the user pressed Stop or Ctrl-C
    "plnonboard.services.follow_common.Stop",  # a follow run ends in a recorded state (paused/stopped)
    "plnonboard.tools.selftest.CheckFailed",  # one self-test check's reason, caught by the self-test
}
TODAY = dt.date(2026, 3, 1)


def _exception_classes() -> list[type[BaseException]]:
    """Every exception class defined in the package (module-private `_Name`s never leave their module)."""
    found: dict[str, type[BaseException]] = {}
    for info in pkgutil.walk_packages(plnonboard.__path__, "plnonboard."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if (inspect.isclass(obj) and issubclass(obj, BaseException) and obj.__module__ == info.name
                    and not name.startswith("_")):
                found[f"{obj.__module__}.{obj.__qualname__}"] = obj
    return list(found.values())


def _without_one_family(classes) -> list[str]:
    problems = []
    for cls in classes:
        name = f"{cls.__module__}.{cls.__qualname__}"
        if name in SIGNALS:
            if issubclass(cls, PlnError):
                problems.append(f"{name}: a control-flow signal, not an error")
            continue
        if cls is PlnError or cls in FAMILIES:
            continue
        families = [f.__name__ for f in FAMILIES if issubclass(cls, f)]
        if not issubclass(cls, PlnError) or len(families) != 1:
            problems.append(f"{name}: families {families}")
    return problems


def test_every_error_in_the_package_is_a_pln_error_in_exactly_one_family():
    classes = _exception_classes()
    names = {f"{c.__module__}.{c.__qualname__}" for c in classes}
    assert {"plnonboard.services.net_errors.FetchError", "plnonboard.services.store_errors.StoreError"} <= names
    problems = _without_one_family(classes)
    assert not problems, "every error needs exactly one family (core/errors.py):\n" + "\n".join(problems)


def test_a_new_error_without_a_family_would_be_found(monkeypatch):
    """The walk above can fail: a class planted in a package module, or one in two families, is reported."""
    import plnonboard.services.files as files

    class Planted(Exception):
        pass

    class TwoFamilies(StoreProblem, NetworkProblem):
        pass

    for cls in (Planted, TwoFamilies):
        cls.__module__ = files.__name__
        monkeypatch.setattr(files, cls.__name__, cls, raising=False)
    problems = _without_one_family(_exception_classes())
    assert [p.split(":")[0].rsplit(".", 1)[-1] for p in problems] == ["Planted", "TwoFamilies"]


def test_only_bad_input_is_a_value_error():
    assert issubclass(BadInput, ValueError)
    for family in (StoreProblem, NetworkProblem, ImportProblem):
        assert not issubclass(family, ValueError), family
    assert not issubclass(Cancelled, PlnError)


def test_a_failed_write_is_a_store_problem_not_a_value_error(tmp_path):
    with pytest.raises(WriteError) as caught:
        write_atomic(tmp_path / "no-such-folder" / "plan.json", "{}")
    assert isinstance(caught.value, StoreProblem) and not isinstance(caught.value, ValueError)


def test_an_unreadable_source_file_is_an_import_problem_not_a_value_error(tmp_path):
    res = Importer(Directory(), today=TODAY).run([str(tmp_path / "missing.opml")]).sources[0]
    assert not res.ok and res.reason == "not-importable" and "cannot be read" in res.message
    assert not issubclass(ie.UnreadableSource, ValueError)


# -- the importers name the format they expected ------------------------------------------------

@pytest.mark.parametrize(("body", "kind", "words"), [
    (b'{"format": ', ie.BadJSON, "is not valid JSON"),
    (b'\xff{"format": 1}', ie.BadJSON, "is not UTF-8 text"),
    (b'{"format": "something else"}', ie.NotADirectory, "not a chat directory"),
])
def test_json_input_is_never_called_xml(body, kind, words):
    with pytest.raises(ImportProblem) as caught:
        parse_directory_update(body, where="update.json", current=Directory())
    assert type(caught.value) is kind and words in str(caught.value)
    assert "XML" not in str(caught.value) and "feed" not in str(caught.value)


@pytest.mark.parametrize(("body", "kind", "words"), [
    (b'<?xml version="1.0"?><opml version="2.0"><body><outline', ie.BadXML, "damaged or cut off"),
    (b"<notopml><a/></notopml>", ie.NotOPML, "is not a list of feeds"),
])
def test_opml_input(body, kind, words):
    with pytest.raises(ImportProblem) as caught:
        parse_opml(body, where="list.opml")
    assert type(caught.value) is kind and words in str(caught.value)


@pytest.mark.parametrize(("body", "kind", "words"), [
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", ie.BadCalendar, "is not a readable iCalendar file"),
    (b"garbage\x00\x01", ie.BadCalendar, "is not a readable iCalendar file"),
    (b"BEGIN:VEVENT\r\nEND:VEVENT\r\n", ie.NotACalendar, "is not an iCalendar (.ics) file"),
])
def test_calendar_input_is_never_called_xml_or_a_feed(body, kind, words):
    with pytest.raises(ImportProblem) as caught:
        parse_ics(body, where="chats.ics", today=TODAY)
    assert type(caught.value) is kind and words in str(caught.value)
    assert "XML" not in str(caught.value) and "feed" not in str(caught.value)


def test_garbage_as_a_feed_is_damaged_xml():
    with pytest.raises(ie.BadXML):
        parse_feed(b"\x00\x01garbage", url="", where="feed.xml")


@pytest.mark.parametrize(("name", "body", "reason", "words"), [
    ("update.json", b'{"format": ', "bad-json", "is not valid JSON"),
    ("update2.json", b'{"format": "x"}', "not-a-directory", "not a chat directory"),
    ("chats.ics", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", "bad-calendar", "is not a readable iCalendar file"),
    ("list.opml", b'<?xml version="1.0"?><opml><body><outline', "bad-xml", "damaged or cut off"),
    ("page.html", b"<!doctype html><html><body>hi</body></html>", "not-a-feed", "is a web page"),
    ("garbage.bin", b"\x00\x01garbage", "bad-xml", "not well-formed XML"),
])
def test_the_importer_reports_each_format_by_its_own_reason(tmp_path, name, body, reason, words):
    path = tmp_path / name
    path.write_bytes(body)
    res = Importer(Directory(), today=TODAY).run([str(path)]).sources[0]
    assert not res.ok and res.reason == reason and words in res.message


def test_the_window_has_a_headline_for_every_import_reason():
    from plnonboard.ui.import_panel import reason_label

    fallback = reason_label("no-such-reason")
    reasons = {cls.reason for cls in vars(ie).values() if inspect.isclass(cls) and issubclass(cls, ImportProblem)}
    assert {r for r in reasons if reason_label(r) == fallback} == set()


# -- the command line: one line, exit 2 ---------------------------------------------------------

def _one_error_line(capsys, argv) -> str:
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert err.startswith("plnonboard: error: ") and err.count("\n") == 1 and "Traceback" not in err
    return err


def test_cli_store_problem_is_one_line_exit_2(tmp_path, capsys, isolated_data_dir):
    plan = tmp_path / "plan.json"
    plan.write_text(dump_plan(Plan()), encoding="utf-8")
    not_a_folder = tmp_path / "data-is-a-file"
    not_a_folder.write_text("x")
    err = _one_error_line(capsys, ["plan", "import", str(plan), "--data-dir", str(not_a_folder)])
    assert "Cannot create the data folder" in err


def test_cli_network_problem_is_one_line_exit_2(tmp_path, capsys, monkeypatch, isolated_data_dir):
    import io

    with socket.socket() as s:  # a loopback port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    plan = tmp_path / "plan.json"
    plan.write_text(dump_plan(Plan()), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO("token\n"))
    err = _one_error_line(capsys, ["follow", "mastodon", "--server", f"http://127.0.0.1:{port}", "--plan",
                                   str(plan), "--data-dir", str(tmp_path / "data"), "--token-stdin", "--dry-run"])
    assert "127.0.0.1" in err


def test_cli_prints_any_pln_error_from_a_command_as_one_line(capsys, monkeypatch, isolated_data_dir):
    """The top-level handler catches the root, so a network problem a command lets through is one line too."""
    from plnonboard.cli import plan as plan_cli
    from plnonboard.services.net_errors import ConnectionFailed

    def offline(args):
        raise ConnectionFailed("https://feeds.example/x", "https://feeds.example/x: could not connect.")

    monkeypatch.setattr(plan_cli, "cmd_history", offline)  # the parser is built per run, from the module
    err = _one_error_line(capsys, ["plan", "history"])
    assert "could not connect" in err


@pytest.mark.parametrize(("problem", "family"), [("unreachable", NetworkProblem), ("signed-out", NetworkProblem),
                                                 ("no-such-run", BadInput)])
def test_a_follow_run_that_cannot_start_is_worded_in_its_family(problem, family):
    from plnonboard.cli.follow import _plain_stops
    from plnonboard.services.follow_common import Stop

    @_plain_stops
    def command(args):
        raise Stop(problem, "detail")

    with pytest.raises(family):
        command(None)


def test_the_readme_lists_every_import_reason():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    reasons = {cls.reason for cls in vars(ie).values() if inspect.isclass(cls) and issubclass(cls, ImportProblem)}
    assert {r for r in reasons if f"`{r}`" not in readme} == set()
