"""Local stand-ins for a Bluesky PDS and a Mastodon server, on 127.0.0.1 only, for the follow-through tests.

They speak the documented endpoints our client uses and check every request: the Bluesky side validates
each XRPC input, parameter and record against the official lexicons (tests/fixtures/lexicons), enforces
200 writes per applyWrites call, 5,000 points an hour (create 3, delete 1), that list items point at a
list in the repo and that a starter pack points at a reference list; the Mastodon side follows its API
documentation (search needs resolve=true to find remote accounts, scopes, 300 requests per 5 minutes,
400 follows a day shared by accounts and hashtags). Faults can be switched on: a 401 or a 429 after N
requests, or a dropped connection.
"""

from __future__ import annotations

import http.server
import json
import threading
from contextlib import contextmanager
from urllib.parse import parse_qs, urlsplit

from .lexicon_check import LexiconError, check_input, check_params, check_record


class Faults:
    def __init__(self) -> None:
        self.unauthorized_after: int | None = None  # answer 401 to every request after this many
        self.rate_limit_at: int | None = None  # answer one 429 to request number N
        self.retry_after = "2"
        self.drop_at: int | None = None  # close the connection without answering request N


class Base(http.server.BaseHTTPRequestHandler):
    server_version = "fake-social"

    def log_message(self, *args):
        pass

    def _send(self, status: int, body=None, headers: dict | None = None) -> None:
        raw = json.dumps(body if body is not None else {}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(raw)

    def _body(self) -> dict:
        size = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(size) if size else b""
        ctype = self.headers.get("Content-Type", "")
        if ctype.startswith("application/json"):
            return json.loads(raw or b"{}")
        return {k: v[-1] for k, v in parse_qs(raw.decode()).items()}

    def _fault(self) -> bool:
        st = self.server.state
        with st.lock:
            st.requests += 1
            n = st.requests
        f = st.faults
        if f.drop_at == n:
            self.close_connection = True
            self.connection.shutdown(2)
            return True
        if f.rate_limit_at == n:
            self._send(429, {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"},
                       {"Retry-After": f.retry_after})
            return True
        if f.unauthorized_after is not None and n > f.unauthorized_after:
            self._send(401, {"error": "ExpiredToken", "message": "Token has been revoked"})
            return True
        return False

    def do_GET(self):
        if not self._fault():
            self.route("GET")

    def do_POST(self):
        if not self._fault():
            self.route("POST")


class BlueskyState:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.requests = 0
        self.faults = Faults()
        self.handles: dict[str, str] = {}  # handle -> did
        self.me = ("teacher.example.com", "did:plc:teacher0000000000000000", "app-pass-1234")
        self.repo: dict[str, dict[str, dict]] = {}  # collection -> rkey -> value
        self.points: list[int] = []
        self.apply_sizes: list[int] = []
        self.errors: list[str] = []  # lexicon or shape problems seen (the tests assert none)
        self.tid = 0
        self.handles[self.me[0]] = self.me[1]

    def add_person(self, handle: str) -> str:
        did = "did:plc:" + (handle.replace(".", "")[:20] + "x" * 24)[:24].lower()
        self.handles[handle.lower()] = did
        return did

    def records(self, collection: str) -> dict[str, dict]:
        return self.repo.setdefault(collection, {})


class BlueskyHandler(Base):
    def route(self, method: str) -> None:
        st: BlueskyState = self.server.state
        parts = urlsplit(self.path)
        nsid = parts.path.removeprefix("/xrpc/")
        params = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        try:
            if method == "GET":
                check_params(nsid, params)
            if nsid == "com.atproto.server.createSession":
                body = self._body()
                check_input(nsid, body)
                if body["identifier"].lower() == st.me[0] and body["password"] == st.me[2]:
                    return self._send(200, {"accessJwt": "jwt-access", "refreshJwt": "jwt-refresh",
                                            "handle": st.me[0], "did": st.me[1]})
                return self._send(401, {"error": "AuthenticationRequired", "message": "Invalid identifier or password"})
            if nsid == "com.atproto.identity.resolveHandle":
                did = st.handles.get(params["handle"].lower())
                if did is None:
                    return self._send(400, {"error": "HandleNotFound", "message": "Unable to resolve handle"})
                return self._send(200, {"did": did})
            if nsid == "com.atproto.repo.listRecords":
                items = sorted(st.records(params["collection"]).items())
                start = int(params.get("cursor") or 0)
                limit = int(params.get("limit") or 50)
                page = items[start:start + limit]
                body = {"records": [{"uri": f"at://{st.me[1]}/{params['collection']}/{k}", "cid": "bafyfake" + k,
                                     "value": v} for k, v in page]}
                if start + limit < len(items):
                    body["cursor"] = str(start + limit)
                return self._send(200, body)
            if nsid == "com.atproto.repo.applyWrites":
                if self.headers.get("Authorization") != "Bearer jwt-access":
                    return self._send(401, {"error": "AuthenticationRequired"})
                return self._apply(st, self._body())
            return self._send(404, {"error": "MethodNotImplemented"})
        except LexiconError as exc:
            st.errors.append(f"{nsid}: {exc}")
            return self._send(400, {"error": "InvalidRequest", "message": str(exc)})

    def _apply(self, st: BlueskyState, body: dict) -> None:
        check_input("com.atproto.repo.applyWrites", body)
        writes = body["writes"]
        st.apply_sizes.append(len(writes))
        if len(writes) > 200:
            return self._send(400, {"error": "InvalidRequest", "message": "Too many writes. Max: 200"})
        if body["repo"] not in (st.me[1], st.me[0]):
            return self._send(400, {"error": "InvalidRequest", "message": "repo is not yours"})
        cost = sum(3 if w["$type"].endswith("#create") else 1 for w in writes)
        if sum(st.points) + cost > 5000:
            return self._send(429, {"error": "RateLimitExceeded"}, {"RateLimit-Reset": "9999999999"})
        results = []
        with st.lock:
            for w in writes:
                if w["$type"].endswith("#create"):
                    check_record(w["collection"], w["value"])
                    self._check_links(st, w["collection"], w["value"])
                    st.tid += 1
                    rkey = f"3k{st.tid:011d}"
                    st.records(w["collection"])[rkey] = w["value"]
                    results.append({"$type": "com.atproto.repo.applyWrites#createResult",
                                    "uri": f"at://{st.me[1]}/{w['collection']}/{rkey}", "cid": "bafyfake" + rkey})
                elif w["$type"].endswith("#delete"):
                    st.records(w["collection"]).pop(w["rkey"], None)
                    results.append({"$type": "com.atproto.repo.applyWrites#deleteResult"})
            st.points.append(cost)
        return self._send(200, {"commit": {"cid": "bafycommit", "rev": "rev"}, "results": results})

    @staticmethod
    def _check_links(st: BlueskyState, collection: str, value: dict) -> None:
        def local(uri: str, want: str) -> dict:
            prefix = f"at://{st.me[1]}/{want}/"
            if not uri.startswith(prefix) or uri[len(prefix):] not in st.records(want):
                raise LexiconError(f"{collection} points at {uri}, not a {want} in this repo")
            return st.records(want)[uri[len(prefix):]]

        if collection == "app.bsky.graph.listitem":
            local(value["list"], "app.bsky.graph.list")
        if (collection == "app.bsky.graph.starterpack"
                and local(value["list"], "app.bsky.graph.list")["purpose"] != "app.bsky.graph.defs#referencelist"):
            raise LexiconError("a starter pack's list must be a reference list")
        if collection == "app.bsky.graph.follow" and "via" in value:
            local(value["via"]["uri"], "app.bsky.graph.starterpack")


class MastodonState:
    def __init__(self, host: str = "127.0.0.1") -> None:
        self.lock = threading.Lock()
        self.requests = 0
        self.faults = Faults()
        self.token = "mastodon-token-5678"
        self.scopes = {"read:search", "write:follows"}
        self.me = {"id": "1", "acct": "ana", "username": "ana"}
        self.accounts: dict[str, str] = {}  # acct (user@domain) -> id, known to this server
        self.remote: dict[str, str] = {}  # acct -> id, found only with resolve=true (WebFinger)
        self.following: set[str] = set()
        self.tags: set[str] = set()
        self.follow_calls = 0
        self.request_times: list[float] = []
        self.errors: list[str] = []

    def add_local(self, acct: str) -> str:
        ident = str(100 + len(self.accounts) + len(self.remote))
        self.accounts[acct.lower()] = ident
        return ident

    def add_remote(self, acct: str) -> str:
        ident = str(100 + len(self.accounts) + len(self.remote))
        self.remote[acct.lower()] = ident
        return ident


class MastodonHandler(Base):
    def route(self, method: str) -> None:
        st: MastodonState = self.server.state
        parts = urlsplit(self.path)
        q = parse_qs(parts.query)
        path = parts.path
        if self.headers.get("Authorization") != f"Bearer {st.token}":
            return self._send(401, {"error": "The access token is invalid"})

        def need(scope: str) -> bool:
            if scope not in st.scopes:
                self._send(403, {"error": f"This action is outside the authorized scopes ({scope})"})
                return False
            return True

        if method == "GET" and path == "/api/v1/accounts/verify_credentials":
            return self._send(200, st.me)
        if method == "GET" and path == "/api/v2/search":
            if not need("read:search"):
                return None
            if q.get("type") != ["accounts"] or "q" not in q:
                st.errors.append(f"search without type=accounts or q: {self.path}")
            wanted = q["q"][0].lstrip("@").lower()
            ident = st.accounts.get(wanted)
            if ident is None and q.get("resolve") == ["true"]:
                ident = st.remote.get(wanted)
                if ident is not None:
                    st.accounts[wanted] = ident
            accts = [{"id": ident, "acct": wanted, "username": wanted.split("@")[0]}] if ident else []
            return self._send(200, {"accounts": accts, "statuses": [], "hashtags": []})
        if method == "GET" and path == "/api/v1/accounts/relationships":
            ids = q.get("id[]", [])
            return self._send(200, [{"id": i, "following": i in st.following, "requested": False} for i in ids])
        if method == "GET" and path.startswith("/api/v1/tags/"):
            name = path.rsplit("/", 1)[1].lower()
            return self._send(200, {"name": name, "url": f"https://x/tags/{name}", "history": [],
                                    "following": name in st.tags})
        if method == "POST" and path.startswith(("/api/v1/accounts/", "/api/v1/tags/")):
            if not need("write:follows"):
                return None
            self._body()
            _, _, _, kind, ident, verb = path.split("/")
            if verb == "follow":
                with st.lock:
                    st.follow_calls += 1
                    if st.follow_calls > 400:
                        return self._send(429, {"error": "Too many requests"},
                                          {"X-RateLimit-Reset": "2099-01-01T00:00:00Z"})
            known = ident in st.accounts.values() if kind == "accounts" else True
            if not known:
                return self._send(404, {"error": "Record not found"})
            target = st.following if kind == "accounts" else st.tags
            (target.add if verb == "follow" else target.discard)(ident.lower() if kind == "tags" else ident)
            if kind == "tags":
                return self._send(200, {"name": ident, "following": verb == "follow"})
            return self._send(200, {"id": ident, "following": verb == "follow", "requested": False})
        return self._send(404, {"error": "Record not found"})


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass


@contextmanager
def serve(handler, state):
    server = Server(("127.0.0.1", 0), handler)
    server.state = state
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
