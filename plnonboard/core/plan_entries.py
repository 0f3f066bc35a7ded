"""The one door for plan entries: every follow and chat, whatever made it (an import, the wizard, a
plan file), passes the plan loader's own rules before it joins a plan, so a plan that is saved always
loads back (issue 14)."""

from __future__ import annotations

import json
from typing import Any

from .errors import PlanError
from .model import Follow, Plan, PlanChat
from .planfile import dump_plan, follow_to_dict, parse_follow, parse_plan_chat, parse_plan_text, plan_chat_to_json


def check_follow(follow: Follow, i: int = 0) -> Follow:
    """The follow as the loader would read it back (normalised), or PlanError naming the field."""
    return parse_follow(_writable(follow_to_dict(follow), f"follows[{i}]"), i)


def check_plan_chat(chat: PlanChat, i: int = 0) -> PlanChat:
    return parse_plan_chat(_writable(plan_chat_to_json(chat), f"chats[{i}]"), i)


def _writable(obj: Any, where: str) -> Any:
    """`obj` if it can be written as UTF-8 JSON (no lone surrogates, no runaway nesting)."""
    try:
        json.dumps(obj, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise PlanError("contains text that is not valid Unicode (a lone surrogate)", field=where) from None
    except (ValueError, RecursionError) as exc:
        raise PlanError(f"cannot be written as a plan ({type(exc).__name__})", field=where) from None
    return obj


def make_follow(platform: str, address: str, *, name: str = "", kind: str = "account", note: str = "",
                feed_url: str = "", source: str = "") -> Follow:
    return check_follow(Follow(platform=platform, address=address, name=name, kind=kind, note=note,
                               feed_url=feed_url, source=source))


def web_follow(feed_url: str, *, site: str = "", name: str = "", note: str = "", kind: str = "blog") -> Follow:
    """A blog found through its feed: its site when the feed names one the loader accepts, else the feed."""
    if site and site != feed_url:
        try:
            return make_follow("web", site, name=name, kind=kind, note=note, feed_url=feed_url)
        except PlanError:
            pass  # a site link the loader would refuse (a space, too long): the feed is the address
    return make_follow("web", feed_url, name=name, kind=kind, note=note, feed_url=feed_url)


def checked_plan_text(plan: Plan) -> str:
    """The text to save for `plan`, or PlanError if the loader would not read it back."""
    try:
        text = dump_plan(plan)
    except (ValueError, RecursionError) as exc:
        raise PlanError(f"cannot be written as a plan ({type(exc).__name__})") from None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise PlanError("contains text that is not valid Unicode (a lone surrogate)") from None
    parse_plan_text(text)
    return text
