"""Acting on the plan's Mastodon entries: follow its accounts and its hashtags from the teacher's own
account, through Mastodon's documented REST API.

The token needs only `read:search` and `write:follows` (a personal token from Preferences → Development,
kept in the OS keyring). Accounts are found with GET /api/v2/search?resolve=true (the lookup endpoint
skips WebFinger, so it misses accounts the home server has not seen), checked with
/api/v1/accounts/relationships so an existing follow is left as it is (and never undone), then followed
with POST /api/v1/accounts/:id/follow. Hashtags use /api/v1/tags/:name and .../follow. Requests are
spaced to stay under 300 per 5 minutes, and follows (accounts and hashtags share one family) under
400 a day with a margin; a run that reaches the daily budget pauses and resumes the next day.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Collection
from urllib.parse import quote, urlsplit

from ..core.errors import CancelToken
from ..core.follow_through import FOLLOW_TAG, MASTODON_MIN_INTERVAL, mastodon_actions, mastodon_follows_allowed
from ..core.model import Plan
from . import follow_records as rec
from .follow_common import DAILY_LIMIT, ActionResult, RecordedRun, RunReport, Stop, parse_stamp, with_retries
from .social_http import ApiError, Caller

DAY = dt.timedelta(days=1)
SCOPES = ("read:search", "write:follows")


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def token_key(server: str) -> str:
    """The keyring entry for a Mastodon access token (service 'plnonboard')."""
    return f"mastodon-token:{urlsplit(server).netloc.lower()}"


class MastodonRun(RecordedRun):
    def __init__(self, records: rec.FollowRecords | None, server: str, token: str, *, session=None,
                 now: Callable[[], dt.datetime] = _utc_now, sleep: Callable[[float], None] = time.sleep,
                 cancel: CancelToken | None = None, progress: Callable[[int, int], None] | None = None,
                 min_interval: float = MASTODON_MIN_INTERVAL) -> None:
        self.records = records
        self.api = Caller(server, session=session, sleep=sleep, cancel=cancel, min_interval=min_interval)
        self.api.token = token
        self.host = urlsplit(server).hostname or ""
        self.now = now
        self.sleep = sleep
        self.progress = progress or (lambda done, total: None)
        self.account = ""

    def _call(self, method: str, path: str, **kw):
        return with_retries(lambda: self.api.call(method, path, **kw), self.now, self.sleep)

    def sign_in(self) -> None:
        me = self._call("GET", "/api/v1/accounts/verify_credentials")
        self.account = f"@{me.get('acct', '')}@{self.host}".lower()

    def find(self, address: str) -> str | None:
        """The home server's id for @user@server, resolving it over WebFinger if needed."""
        wanted = address.lstrip("@").lower()
        user, _, server = wanted.partition("@")
        data = self._call("GET", "/api/v2/search",
                          params={"q": "@" + wanted, "type": "accounts", "resolve": "true", "limit": 5})
        for account in data.get("accounts", []) if isinstance(data, dict) else []:
            acct = str(account.get("acct", "")).lower()
            if acct == wanted or (server == self.host and acct == user):
                return str(account.get("id", "")) or None
        return None

    def following(self, account_id: str) -> bool:
        data = self._call("GET", "/api/v1/accounts/relationships", params={"id[]": account_id})
        rel = data[0] if isinstance(data, list) and data else {}
        return bool(rel.get("following") or rel.get("requested"))

    def tag_followed(self, name: str) -> bool:
        def call():
            try:
                return self.api.call("GET", f"/api/v1/tags/{quote(name, safe='')}")
            except ApiError as exc:
                if exc.status == 404:  # a tag nobody used there yet: following it creates it
                    return {}
                raise

        data = with_retries(call, self.now, self.sleep)
        return bool(isinstance(data, dict) and data.get("following"))

    # -- the run --------------------------------------------------------------------------------

    def preview(self, plan: Plan) -> RunReport:
        self.sign_in()
        report = RunReport("mastodon", self.account, status="dry-run")
        for action in mastodon_actions(plan):
            if action.kind == FOLLOW_TAG:
                status = "already" if self.tag_followed(action.target) else "would-do"
            else:
                found = self.find(action.target)
                status = "unresolved" if found is None else ("already" if self.following(found) else "would-do")
            report.actions.append(ActionResult(action.kind, action.target, status, reason=action.reason))
        return report

    def run(self, plan: Plan, skip: Collection[tuple[str, str]] = frozenset()) -> RunReport:
        records = self.recorded  # before anything is sent: a run without records can only preview
        try:
            self.sign_in()
        except Stop as stop:  # nothing was started: no run is recorded
            return RunReport("mastodon", self.host, None, rec.STOPPED, stop.problem, stop.detail, stop.resume_after)
        actions = [a for a in mastodon_actions(plan) if (a.kind, a.target) not in skip]
        run_id = records.open_run("mastodon", self.account, {})
        if run_id is None:
            run_id = records.new_run("mastodon", self.account, self.api.base, {}, actions, self.now())
        report = RunReport("mastodon", self.account, run_id)
        return self._carry_out(run_id, report, lambda: self._work(run_id))

    def _work(self, run_id: int) -> None:
        record = self._record(run_id)
        pending = [a for a in record.actions if a.status == rec.PENDING]
        spent = self.recorded.spent_since("mastodon", self.account, self.now() - DAY)
        budget = mastodon_follows_allowed(len(spent))
        oldest = parse_stamp(spent[0]) if spent else self.now()
        for i, a in enumerate(pending):
            if a.kind == FOLLOW_TAG:
                if self.tag_followed(a.target):
                    self.recorded.mark(run_id, [(a.seq, rec.ALREADY, "", "")], self.now())
                    continue
                if budget <= 0:
                    raise Stop(DAILY_LIMIT, resume_after=oldest + DAY)
                self._call("POST", f"/api/v1/tags/{quote(a.target, safe='')}/follow")
                self.recorded.mark(run_id, [(a.seq, rec.DONE, a.target, "")], self.now())
            else:
                found = self.find(a.target)
                if found is None:
                    self.recorded.mark(run_id, [(a.seq, rec.UNRESOLVED, "", "")], self.now())
                    continue
                if self.following(found):
                    self.recorded.mark(run_id, [(a.seq, rec.ALREADY, found, "")], self.now())
                    continue
                if budget <= 0:
                    raise Stop(DAILY_LIMIT, resume_after=oldest + DAY)
                self._call("POST", f"/api/v1/accounts/{quote(found, safe='')}/follow")
                self.recorded.mark(run_id, [(a.seq, rec.DONE, found, "")], self.now())
            budget -= 1
            self.progress(i + 1, len(pending))

    def undo(self, run_id: int) -> RunReport:
        """Unfollow exactly the accounts and hashtags this run followed (not ones followed before it)."""
        record = self.recorded.run(run_id)
        if record is None or record.platform != "mastodon":
            raise Stop("no-such-run")
        self.sign_in()
        report = RunReport("mastodon", record.account, run_id, status=rec.UNDONE_RUN)
        made = [a for a in record.actions if a.status == rec.DONE and a.ref]

        def work() -> None:
            for i, a in enumerate(made):
                if a.kind == FOLLOW_TAG:
                    self._call("POST", f"/api/v1/tags/{quote(a.ref, safe='')}/unfollow")
                else:
                    self._call("POST", f"/api/v1/accounts/{quote(a.ref, safe='')}/unfollow")
                self.recorded.mark(run_id, [(a.seq, rec.UNDONE, a.ref, "")], self.now())
                self.progress(i + 1, len(made))

        return self._carry_out(run_id, report, work, done=rec.UNDONE_RUN)
