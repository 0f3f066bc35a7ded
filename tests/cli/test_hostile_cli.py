"""Issue 14 item 8: escape and bell characters in feed, OPML and .ics titles were printed raw by
`plnonboard import` and `plan show` (setting the terminal's title, clearing the screen)."""

from __future__ import annotations

from plnonboard.cli import main
from plnonboard.services.store import Store
from plnonboard.tools.personas import ana
from tests import hostile
from tests.hostile import forbidden_in


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_and_plan_show_never_print_escapes(capsys, web, isolated_data_dir, tmp_path):
    store = Store(isolated_data_dir)
    store.save_plan(ana())
    store.close()
    web.routes["/hostile.rss"] = lambda h: h.send(200, hostile.rss_raw_controls(), "application/rss+xml")
    paths = hostile.write_sources(tmp_path / "sources")
    code, out, err = run(capsys, "import", "--all", web.url("/hostile.rss"),
                         *(str(paths[k]) for k in ("opml", "ics")))
    assert code == 0, err
    assert "Hostile blog ]0;pwned[2J[H" in out and "Added " in out  # the words arrive, the escapes do not
    assert forbidden_in(out, allow_newlines=True) == [] and forbidden_in(err) == []
    code, out, err = run(capsys, "plan", "show")
    assert code == 0, err
    assert web.url("/hostile.rss") in out  # the feed's own <link> held escapes, so its address is used
    assert forbidden_in(out) == [] and forbidden_in(err) == []


def test_a_hostile_plan_file_imports_and_shows_clean(capsys, isolated_data_dir, tmp_path):
    path = hostile.write_sources(tmp_path / "sources")["plan"]
    code, out, err = run(capsys, "plan", "import", str(path))
    assert code == 0, err
    for argv in (("plan", "show"), ("plan", "show", "--json"), ("plan", "show", str(path))):
        code, out, err = run(capsys, *argv)
        assert code == 0, err
        assert forbidden_in(out) == [] and forbidden_in(err) == []


def test_an_escape_in_a_plan_address_is_one_clean_error_line(capsys, tmp_path):
    data = hostile.plan_dict()
    data["follows"][0]["address"] = "https://site.example/" + hostile.ESC_TITLE + hostile.ESC_CLEAR
    path = tmp_path / "plan.json"
    import json

    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(capsys, "plan", "show", str(path))
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and "follows[0].address" in err
    assert forbidden_in(err) == []


def test_a_file_name_with_escapes_is_reported_clean(capsys, isolated_data_dir, tmp_path):
    store = Store(isolated_data_dir)
    store.save_plan(ana())
    store.close()
    missing = str(tmp_path / f"feed{hostile.ESC_TITLE}{hostile.ESC_CLEAR}.rss")
    present = tmp_path / f"list{hostile.ESC_TITLE}.opml"
    present.write_bytes(b"not xml at all \x1b[2J")
    code, out, err = run(capsys, "import", missing, str(present))
    assert code == 2  # nothing could be read: each failure is one line on stderr
    assert "no such file" in err or "cannot be read" in err
    assert forbidden_in(out) == [] and forbidden_in(err) == []
