"""Turning a plan's follow list into actions on Bluesky and Mastodon, and the limits they run under.

Pure data: which follows, list additions and hashtag follows a run intends, in a stable order, each
with the plan's reason for it. The services layer resolves, previews and performs them; this module
only decides what is asked and how much may be done in one go.

Limits are the published ones (see README "Acting on your list"), each with a margin so the teacher's
own activity the same hour or day does not tip the account over:
- Bluesky: 5,000 points an hour per account, a record created costs 3 and a deletion 1; at most 200
  writes in one com.atproto.repo.applyWrites call; a starter pack holds 150 people including its maker.
- Mastodon: 300 requests per 5 minutes per account; follows and hashtag follows share 400 a day.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from .errors import BadInput
from .model import Plan

T = TypeVar("T")

BLUESKY_WRITES_PER_CALL = 200
BLUESKY_POINTS_PER_HOUR = 5000
BLUESKY_CREATE_POINTS = 3
BLUESKY_DELETE_POINTS = 1
BLUESKY_POINTS_MARGIN = 500  # left for the teacher's own posts and likes in the same hour
STARTER_PACK_PEOPLE = 150  # including the pack's maker
LIST_NAME_MAX = 64  # app.bsky.graph.list name maxLength
PACK_NAME_MAX_GRAPHEMES = 50  # app.bsky.graph.starterpack name maxGraphemes

MASTODON_REQUESTS_PER_5_MIN = 300
MASTODON_FOLLOWS_PER_DAY = 400
MASTODON_FOLLOWS_MARGIN = 50  # left for follows the teacher makes by hand the same day
MASTODON_MIN_INTERVAL = 300 / MASTODON_REQUESTS_PER_5_MIN  # seconds between requests: never over the limit

# Action kinds
FOLLOW = "follow"  # follow an account
LIST_ADD = "list-add"  # add an account to the teacher's own list
PACK_ADD = "pack-add"  # add an account to the teacher's own starter pack
FOLLOW_TAG = "follow-tag"  # Mastodon: follow a hashtag


@dataclass(frozen=True)
class Action:
    platform: str  # bluesky | mastodon
    kind: str  # FOLLOW | LIST_ADD | PACK_ADD | FOLLOW_TAG
    target: str  # a Bluesky handle, a Mastodon address @user@server, or a hashtag without '#'
    reason: str = ""  # why the plan has it (the follow's note or name), shown in the preview
    name: str = ""  # the follow's display name, if the plan has one

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.platform, self.kind, self.target.lower())


@dataclass(frozen=True)
class BlueskyChoice:
    follow: bool = True
    list_name: str = ""  # create (or reuse) the teacher's own curated list of this name
    pack_name: str = ""  # create (or reuse) the teacher's own starter pack of this name


class ChoiceProblem(BadInput):
    """A name the platform would refuse; `field` says which, `limit` the number it breaks."""

    def __init__(self, field: str, limit: int) -> None:
        super().__init__(f"{field} over {limit}")
        self.field = field
        self.limit = limit


def graphemes(text: str) -> int:
    """Grapheme count close enough for a limit check: combining marks, variation selectors and
    zero-width joiners do not start a new grapheme (Bluesky counts user-perceived characters)."""
    import unicodedata

    count, joined = 0, False
    for ch in text:
        if joined or unicodedata.combining(ch) or ch in "\u200d\ufe0e\ufe0f" or 0x1F3FB <= ord(ch) <= 0x1F3FF:
            joined = ch == "\u200d"
            continue
        count += 1
    return count


def check_choice(choice: BlueskyChoice) -> None:
    if len(choice.list_name.strip()) > LIST_NAME_MAX:
        raise ChoiceProblem("list_name", LIST_NAME_MAX)
    if graphemes(choice.pack_name.strip()) > PACK_NAME_MAX_GRAPHEMES:
        raise ChoiceProblem("pack_name", PACK_NAME_MAX_GRAPHEMES)


def _reason(note: str, name: str) -> str:
    return (note or name or "").strip()


def bluesky_actions(plan: Plan, choice: BlueskyChoice) -> list[Action]:
    """Follows, list and pack additions for the plan's Bluesky accounts, in the plan's order, once each."""
    accounts, seen = [], set()
    for f in plan.follows:
        if f.platform == "bluesky" and f.kind != "hashtag" and not f.address.startswith("#"):
            handle = f.address.lstrip("@").lower()
            if handle not in seen:
                seen.add(handle)
                accounts.append((handle, _reason(f.note, f.name), f.name))
    actions: list[Action] = []
    if choice.pack_name.strip():
        actions += [Action("bluesky", PACK_ADD, h, r, n) for h, r, n in accounts[: STARTER_PACK_PEOPLE - 1]]
    if choice.list_name.strip():
        actions += [Action("bluesky", LIST_ADD, h, r, n) for h, r, n in accounts]
    if choice.follow:
        actions += [Action("bluesky", FOLLOW, h, r, n) for h, r, n in accounts]
    return actions


def mastodon_actions(plan: Plan) -> list[Action]:
    """Account follows, then hashtag follows (which Mastodon's import file cannot carry)."""
    follows: list[Action] = []
    tags: list[Action] = []
    seen: set[tuple[str, str, str]] = set()
    for f in plan.follows:
        if f.platform != "mastodon":
            continue
        if f.kind == "hashtag" or f.address.startswith("#"):
            action = Action("mastodon", FOLLOW_TAG, f.address.lstrip("#"), _reason(f.note, f.name), f.name)
            into = tags
        else:
            action = Action("mastodon", FOLLOW, "@" + f.address.lstrip("@"), _reason(f.note, f.name), f.name)
            into = follows
        if action.key not in seen:
            seen.add(action.key)
            into.append(action)
    return follows + tags


def batches(items: list[T], size: int = BLUESKY_WRITES_PER_CALL) -> list[list[T]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def bluesky_creates_allowed(points_spent_last_hour: int) -> int:
    """How many records may be created now without passing the hourly limit (with its margin)."""
    left = BLUESKY_POINTS_PER_HOUR - BLUESKY_POINTS_MARGIN - points_spent_last_hour
    return max(0, left // BLUESKY_CREATE_POINTS)


def mastodon_follows_allowed(follows_last_day: int) -> int:
    """How many follows (accounts and hashtags together) may be made now within the daily limit."""
    return max(0, MASTODON_FOLLOWS_PER_DAY - MASTODON_FOLLOWS_MARGIN - follows_last_day)
