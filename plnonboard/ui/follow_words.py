"""The words of the follow-through dialog (ui/follow_dialog.py), translatable, in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def action_words() -> dict[str, str]:
    return {"follow": translate("FollowDialog", "Follow"), "list-add": translate("FollowDialog", "Add to your list"),
            "pack-add": translate("FollowDialog", "Add to your starter pack"),
            "follow-tag": translate("FollowDialog", "Follow hashtag"),
            "create-list": translate("FollowDialog", "Make list"),
            "create-pack": translate("FollowDialog", "Make starter pack"),
            "create-pack-list": translate("FollowDialog", "Make the starter pack's list")}


def status_words() -> dict[str, str]:
    return {"would-do": translate("FollowDialog", "to do"), "already": translate("FollowDialog", "already done"),
            "unresolved": translate("FollowDialog", "not found"), "done": translate("FollowDialog", "done"),
            "pending": translate("FollowDialog", "not yet"), "skipped": translate("FollowDialog", "left out"),
            "undone": translate("FollowDialog", "undone"), "failed": translate("FollowDialog", "refused")}


def problem_words() -> dict[str, str]:
    return {"signed-out": translate("FollowDialog", "The server refused the sign-in. Check the app password or token, "
                                             "or make a new one."),
            "rate-limited": translate("FollowDialog", "The server asked to slow down."),
            "daily-limit": translate("FollowDialog", "Paused to stay under the platform's limit."),
            "unreachable": translate("FollowDialog", "The server could not be reached. Check your connection."),
            "cancelled": translate("FollowDialog", "Stopped. Nothing more was sent."),
            "refused": translate("FollowDialog", "The server refused a request.")}


def run_line(run) -> str:
    """One earlier run, for the list to undo from: 'Run 3 · Bluesky · 12 made · 2026-12-03'."""
    made = sum(a.status == "done" for a in run.actions)
    platform = "Bluesky" if run.platform == "bluesky" else "Mastodon"
    state = {"undone": translate("FollowDialog", "undone"), "paused": translate("FollowDialog", "paused"),
             "stopped": translate("FollowDialog", "stopped")}.get(run.status, "")
    text = translate("FollowDialog", "Run %1 · %2 %3 · %4 made · %5").replace("%1", str(run.id)).replace(
        "%2", platform).replace("%3", run.account).replace("%4", str(made)).replace("%5", run.started_at[:10])
    return f"{text} · {state}" if state else text
