"""`plnonboard follow …` end to end against the local Bluesky and Mastodon stand-ins: the JSON contract,
dry runs that change nothing, undo by run number, and the app password / token reaching no file,
output or the data folder (only the keyring)."""

from __future__ import annotations

import io
import json

from plnonboard.cli import main
from plnonboard.core.model import Follow, Plan
from plnonboard.core.planfile import dump_plan
from tests.services.fake_social import BlueskyHandler, BlueskyState, MastodonHandler, MastodonState, serve

PASSWORD = "app-pass-1234"
TOKEN = "mastodon-token-5678"


def _plan_file(tmp_path, follows) -> str:
    path = tmp_path / "plan.json"
    path.write_text(dump_plan(Plan(follows=follows)), encoding="utf-8")
    return str(path)


def _run(argv, capsys, monkeypatch, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _everything_written(tmp_path) -> bytes:
    return b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())


def test_follow_bluesky_json_dry_run_undo_and_the_password_stays_in_the_keyring(
        tmp_path, capsys, monkeypatch, memory_keyring):
    state = BlueskyState()
    for h in ("ana.bsky.social", "ben.bsky.social"):
        state.add_person(h)
    plan = _plan_file(tmp_path, [Follow("bluesky", "ana.bsky.social", note="math"),
                                 Follow("bluesky", "ben.bsky.social"), Follow("bluesky", "gone.bsky.social")])
    data = str(tmp_path / "data")
    with serve(BlueskyHandler, state) as url:
        base = ["follow", "bluesky", "--handle", "teacher.example.com", "--service", url, "--plan", plan,
                "--data-dir", data, "--json"]
        code, out, _ = _run(base + ["--dry-run"], capsys, monkeypatch)
        assert code == 0 and json.loads(out)["run"] is None
        assert not state.records("app.bsky.graph.follow")

        code, out, err = _run(base + ["--pack", "My math PLN", "--password-stdin"], capsys, monkeypatch,
                              PASSWORD + "\n")
        assert code == 0, err
        result = json.loads(out)
        assert set(result) >= {"run", "actions", "unresolved"}
        assert result["unresolved"] == ["gone.bsky.social"]
        assert all({"action", "target", "status"} <= set(a) for a in result["actions"])
        assert all(a["uri"].startswith("at://") for a in result["actions"] if a["status"] == "done")
        assert len(state.records("app.bsky.graph.follow")) == 2 and state.errors == []
        assert memory_keyring.data[("plnonboard", "bluesky-app-password:teacher.example.com")] == PASSWORD

        code, out, _ = _run(["follow", "runs", "--data-dir", data], capsys, monkeypatch)
        assert f"run {result['run']}" in out

        # the saved app password is used without being typed again
        code, out, err = _run(["follow", "undo", str(result["run"]), "--data-dir", data], capsys, monkeypatch)
        assert code == 0, err
        assert all(not state.records(c) for c in ("app.bsky.graph.follow", "app.bsky.graph.starterpack"))
    assert PASSWORD.encode() not in _everything_written(tmp_path)
    assert PASSWORD not in out + err


def test_follow_mastodon_text_output_and_a_refused_token_is_one_line_exit_2(
        tmp_path, capsys, monkeypatch, memory_keyring):
    state = MastodonState()
    state.add_remote("cleo@mathstodon.xyz")
    plan = _plan_file(tmp_path, [Follow("mastodon", "@cleo@mathstodon.xyz"),
                                 Follow("mastodon", "#MTBoS", kind="hashtag")])
    data = str(tmp_path / "data")
    with serve(MastodonHandler, state) as url:
        base = ["follow", "mastodon", "--server", url, "--plan", plan, "--data-dir", data, "--token-stdin"]
        code, out, err = _run(base, capsys, monkeypatch, TOKEN + "\n")
        assert code == 0, err
        assert "follow: @cleo@mathstodon.xyz" in out and "follow hashtag: MTBoS" in out
        assert "To undo this run: plnonboard follow undo 1" in out
        assert state.tags == {"mtbos"} and len(state.following) == 1

        code, out, err = _run(base, capsys, monkeypatch, "wrong-token\n")
        assert code == 2 and "refused the sign-in" in err
    assert TOKEN.encode() not in _everything_written(tmp_path)
    assert ("plnonboard", f"mastodon-token:{url.split('//')[1]}") in memory_keyring.data


def test_follow_refuses_plain_http_to_another_host_and_needs_a_secret(tmp_path, capsys, monkeypatch,
                                                                       memory_keyring):
    plan = _plan_file(tmp_path, [])
    code, _, err = _run(["follow", "mastodon", "--server", "http://mastodon.example", "--plan", plan,
                         "--data-dir", str(tmp_path)], capsys, monkeypatch)
    assert code == 2 and "https://" in err and err.count("\n") == 1
    code, _, err = _run(["follow", "bluesky", "--handle", "a.bsky.social", "--plan", plan,
                         "--data-dir", str(tmp_path)], capsys, monkeypatch)
    assert code == 2 and "--password-stdin" in err
