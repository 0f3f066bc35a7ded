"""Acting on the plan's Bluesky accounts: follow them, put them on the teacher's own list, or make the
teacher's own starter pack, through the documented XRPC endpoints of the teacher's PDS.

Sign-in is with an app password (Settings → Privacy and security → App passwords), never the account
password; the session token lives in memory only. Handles are resolved to DIDs first and the ones that
do not resolve are listed, never guessed. Writes go in com.atproto.repo.applyWrites batches of at most
200, within the account's hourly points; every record made is kept in the store so a run can resume
where it stopped and "undo" deletes exactly what that run made.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Collection

from ..core.errors import CancelToken
from ..core.follow_through import (BLUESKY_CREATE_POINTS, FOLLOW, LIST_ADD, PACK_ADD, Action,
                                   BlueskyChoice, batches, bluesky_actions, bluesky_creates_allowed,
                                   check_choice)
from ..core.model import Plan
from . import follow_records as rec
from .follow_common import DAILY_LIMIT, ActionResult, RecordedRun, RunReport, Stop, parse_stamp, with_retries
from .social_http import ApiError, Caller

DEFAULT_SERVICE = "https://bsky.social"
FOLLOW_NSID = "app.bsky.graph.follow"
LIST_NSID = "app.bsky.graph.list"
ITEM_NSID = "app.bsky.graph.listitem"
PACK_NSID = "app.bsky.graph.starterpack"
CURATE = "app.bsky.graph.defs#curatelist"
REFERENCE = "app.bsky.graph.defs#referencelist"
MAX_FOLLOW_PAGES = 100  # listRecords pages of 100: enough for 10,000 existing follows
HOUR = dt.timedelta(hours=1)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _stamp(now: dt.datetime) -> str:
    return now.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _rkey(uri: str) -> tuple[str, str]:
    """(collection, rkey) of an at://did/collection/rkey URI."""
    parts = uri.split("/")
    return parts[-2], parts[-1]


class BlueskyRun(RecordedRun):
    def __init__(self, records: rec.FollowRecords | None, *, service: str = DEFAULT_SERVICE, session=None,
                 now: Callable[[], dt.datetime] = _utc_now, sleep: Callable[[float], None] = time.sleep,
                 cancel: CancelToken | None = None, progress: Callable[[int, int], None] | None = None) -> None:
        self.records = records
        self.api = Caller(service, session=session, sleep=sleep, cancel=cancel)
        self.now = now
        self.sleep = sleep
        self.progress = progress or (lambda done, total: None)
        self.did = ""
        self.handle = ""

    # -- XRPC calls ---------------------------------------------------------------------------

    def _call(self, method: str, nsid: str, **kw):
        return with_retries(lambda: self.api.call(method, f"/xrpc/{nsid}", **kw), self.now, self.sleep)

    def sign_in(self, handle: str, app_password: str) -> None:
        data = self._call("POST", "com.atproto.server.createSession",
                          body={"identifier": handle, "password": app_password}, auth=False)
        self.api.token = str(data.get("accessJwt", ""))
        self.did = str(data.get("did", ""))
        self.handle = str(data.get("handle", handle)).lower()

    def resolve(self, handle: str) -> str | None:
        def call():
            try:
                return self.api.call("GET", "/xrpc/com.atproto.identity.resolveHandle",
                                     params={"handle": handle}, auth=False)
            except ApiError as exc:
                if exc.status == 400:  # HandleNotFound (or a handle the server calls invalid)
                    return {}
                raise

        data = with_retries(call, self.now, self.sleep)
        did = data.get("did") if isinstance(data, dict) else None
        return did if isinstance(did, str) and did.startswith("did:") else None

    def existing_follows(self) -> set[str]:
        """DIDs the account already follows (its own repo's follow records)."""
        found: set[str] = set()
        cursor = None
        for _ in range(MAX_FOLLOW_PAGES):
            params = {"repo": self.did, "collection": FOLLOW_NSID, "limit": 100}
            if cursor:
                params["cursor"] = cursor
            data = self._call("GET", "com.atproto.repo.listRecords", params=params, auth=False)
            for item in data.get("records", []):
                subject = (item.get("value") or {}).get("subject")
                if isinstance(subject, str):
                    found.add(subject)
            cursor = data.get("cursor")
            if not cursor or not data.get("records"):
                break
        return found

    def _apply(self, writes: list[dict]) -> list[dict]:
        data = self._call("POST", "com.atproto.repo.applyWrites", body={"repo": self.did, "writes": writes})
        results = data.get("results", []) if isinstance(data, dict) else []
        return results if len(results) == len(writes) else [{} for _ in writes]

    def _create(self, collection: str, value: dict) -> dict:
        return {"$type": "com.atproto.repo.applyWrites#create", "collection": collection,
                "value": {"$type": collection, **value}}

    # -- the run --------------------------------------------------------------------------------

    def preview(self, plan: Plan, handle: str, choice: BlueskyChoice) -> RunReport:
        """What a run would do, reading only public data (no sign-in needed)."""
        check_choice(choice)
        self.handle = handle.lower()
        self.did = self.resolve(handle) or ""
        report = RunReport("bluesky", self.handle, status="dry-run")
        existing = self.existing_follows() if self.did else set()
        done: dict[tuple[str, str], tuple[str, str]] = {}
        if self.records is not None:
            done = self.records.done("bluesky", self.handle)
        for action in bluesky_actions(plan, choice):
            did = self.resolve(action.target)
            if did is None:
                status = "unresolved"
            elif (action.kind == FOLLOW and did in existing) or (action.kind, action.target.lower()) in done:
                status = "already"
            else:
                status = "would-do"
            report.actions.append(ActionResult(action.kind, action.target, status, reason=action.reason))
        return report

    def run(self, plan: Plan, handle: str, app_password: str, choice: BlueskyChoice,
            skip: Collection[tuple[str, str]] = frozenset()) -> RunReport:
        """Sign in and do the chosen step; `skip` holds (kind, target) pairs the teacher unticked."""
        records = self.recorded  # before anything is sent: a run without records can only preview
        check_choice(choice)
        try:
            self.sign_in(handle, app_password)
        except Stop as stop:  # nothing was started: no run is recorded
            return RunReport("bluesky", handle.lower(), None, rec.STOPPED, stop.problem, stop.detail,
                             stop.resume_after)
        options = {"follow": choice.follow, "list": choice.list_name.strip(), "pack": choice.pack_name.strip()}
        actions = [a for a in bluesky_actions(plan, choice) if (a.kind, a.target) not in skip]
        run_id = records.open_run("bluesky", self.handle, options)
        if run_id is None:
            run_id = records.new_run("bluesky", self.handle, self.api.base, options, actions, self.now())
        report = RunReport("bluesky", self.handle, run_id)
        return self._carry_out(run_id, report, lambda: self._work(run_id, choice, report))

    def _budget(self) -> int:
        since = self.now() - HOUR
        spent = self.recorded.spent_since("bluesky", self.handle, since)
        allowed = bluesky_creates_allowed(len(spent) * BLUESKY_CREATE_POINTS)
        self._oldest = parse_stamp(spent[0]) if spent else self.now()
        return allowed

    def _work(self, run_id: int, choice: BlueskyChoice, report: RunReport) -> None:
        record = self._record(run_id)
        pending = [a for a in record.actions if a.status == rec.PENDING and a.kind in (FOLLOW, LIST_ADD, PACK_ADD)]
        total = len(pending)
        done_before = self.recorded.done("bluesky", self.handle)
        dids: dict[str, str | None] = {}
        marks = []
        for a in pending:  # resolve every handle first: unknown ones are listed, never guessed
            if a.target not in dids:
                dids[a.target] = self.resolve(a.target)
            if dids[a.target] is None:
                marks.append((a.seq, rec.UNRESOLVED, "", ""))
        self.recorded.mark(run_id, marks, self.now())
        pending = [a for a in pending if dids[a.target] is not None]
        existing = self.existing_follows() if any(a.kind == FOLLOW for a in pending) else set()
        budget = self._budget()
        via = None
        # The pack first (its list, the maker, its members, then the pack record), so follows can say `via`.
        if choice.pack_name.strip():
            members = [a for a in pending if a.kind == PACK_ADD]
            pack_list, budget = self._container(run_id, rec.CREATE_PACK_LIST, choice.pack_name.strip(),
                                                REFERENCE, done_before, budget)
            budget = self._members(run_id, members, pack_list[0], dids, done_before, budget, include_self=True)
            via, budget = self._pack(run_id, choice.pack_name.strip(), pack_list[0], done_before, budget)
        if choice.list_name.strip():
            members = [a for a in pending if a.kind == LIST_ADD]
            own_list, budget = self._container(run_id, rec.CREATE_LIST, choice.list_name.strip(), CURATE,
                                               done_before, budget)
            budget = self._members(run_id, members, own_list[0], dids, done_before, budget)
        follows = [a for a in pending if a.kind == FOLLOW]
        already = {a.seq for a in follows if dids[a.target] in existing or (FOLLOW, a.target.lower()) in done_before}
        self.recorded.mark(run_id, [(seq, rec.ALREADY, "", "") for seq in sorted(already)], self.now())
        todo = [a for a in follows if a.seq not in already]
        value_via = {"via": {"uri": via[0], "cid": via[1]}} if via else {}
        self._write(run_id, [(a.seq, self._create(FOLLOW_NSID, {"subject": dids[a.target],
                                                                 "createdAt": _stamp(self.now()), **value_via}))
                             for a in todo], budget, total)

    def _write(self, run_id: int, items: list[tuple[int, dict]], budget: int, total: int = 0) -> int:
        """Create records in batches within the hourly budget; returns the budget left."""
        fits = items[:max(budget, 0)]
        for batch in batches(fits):
            results = self._apply([w for _, w in batch])
            self.recorded.mark(run_id, [(seq, rec.DONE, r.get("uri", ""), r.get("cid", ""))
                                       for (seq, _), r in zip(batch, results, strict=True)], self.now())
            self.progress(len(batch), total)
        if len(items) > len(fits):  # the rest waits for the hour to free enough points
            raise Stop(DAILY_LIMIT, resume_after=self._oldest + HOUR)
        return budget - len(fits)

    def _container(self, run_id: int, kind: str, name: str, purpose: str, done_before, budget: int):
        """The list (curated, or the pack's reference list) of this name: reused if an earlier run made it."""
        if (kind, name.lower()) in done_before:
            return done_before[(kind, name.lower())], budget
        if budget <= 0:
            raise Stop(DAILY_LIMIT, resume_after=self._oldest + HOUR)
        value = {"name": name[:64], "purpose": purpose, "createdAt": _stamp(self.now()),
                 "description": "Made with PLN Onboard from my starter list."}
        result = self._apply([self._create(LIST_NSID, value)])[0]
        self.recorded.add_action(run_id, kind, name, rec.DONE, result.get("uri", ""), result.get("cid", ""),
                                self.now())
        return (result.get("uri", ""), result.get("cid", "")), budget - 1

    def _members(self, run_id: int, members: list, list_uri: str, dids, done_before, budget: int,
                 include_self: bool = False) -> int:
        marks, items = [], []
        kind = members[0].kind if members else PACK_ADD
        if include_self and (kind, self.handle) not in done_before:
            seq = self.recorded.add_action(run_id, PACK_ADD, self.handle, rec.PENDING)
            items.append((seq, self._create(ITEM_NSID, {"subject": self.did, "list": list_uri,
                                                        "createdAt": _stamp(self.now())})))
        for a in members:  # a pack's members were capped at STARTER_PACK_PEOPLE - 1 when planned
            if (a.kind, a.target.lower()) in done_before:
                marks.append((a.seq, rec.ALREADY, "", ""))
            else:
                items.append((a.seq, self._create(ITEM_NSID, {"subject": dids[a.target], "list": list_uri,
                                                              "createdAt": _stamp(self.now())})))
        self.recorded.mark(run_id, marks, self.now())
        return self._write(run_id, items, budget)

    def _pack(self, run_id: int, name: str, list_uri: str, done_before, budget: int):
        key = (rec.CREATE_PACK, name.lower())
        if key in done_before:
            return done_before[key], budget
        if budget <= 0:
            raise Stop(DAILY_LIMIT, resume_after=self._oldest + HOUR)
        result = self._apply([self._create(PACK_NSID, {"name": name, "list": list_uri,
                                                       "createdAt": _stamp(self.now())})])[0]
        self.recorded.add_action(run_id, rec.CREATE_PACK, name, rec.DONE, result.get("uri", ""),
                                result.get("cid", ""), self.now())
        return (result.get("uri", ""), result.get("cid", "")), budget - 1

    # -- undo -----------------------------------------------------------------------------------

    def undo(self, run_id: int, handle: str, app_password: str) -> RunReport:
        """Delete exactly the records this run made: follows, then members, then packs and lists."""
        record = self.recorded.run(run_id)
        if record is None or record.platform != "bluesky":
            raise Stop("no-such-run")
        self.sign_in(handle, app_password)
        order = {FOLLOW: 0, LIST_ADD: 1, PACK_ADD: 1, rec.CREATE_PACK: 2, rec.CREATE_PACK_LIST: 3,
                 rec.CREATE_LIST: 3}
        made = sorted((a for a in record.actions if a.status == rec.DONE and a.ref),
                      key=lambda a: (order.get(a.kind, 9), a.seq))
        report = RunReport("bluesky", record.account, run_id, status=rec.UNDONE_RUN)

        def work() -> None:
            for batch in batches(made):
                writes = [{"$type": "com.atproto.repo.applyWrites#delete", "collection": _rkey(a.ref)[0],
                           "rkey": _rkey(a.ref)[1]} for a in batch]
                self._apply(writes)
                self.recorded.mark(run_id, [(a.seq, rec.UNDONE, a.ref, a.cid) for a in batch], self.now())
                self.progress(len(batch), len(made))

        return self._carry_out(run_id, report, work, done=rec.UNDONE_RUN)


def app_password_key(handle: str) -> str:
    """The keyring entry for a Bluesky app password (service 'plnonboard')."""
    return f"bluesky-app-password:{handle.lower().lstrip('@')}"


__all__ = ["BlueskyRun", "Action", "app_password_key", "DEFAULT_SERVICE"]
