"""One small JSON-over-HTTPS caller for the Bluesky (XRPC) and Mastodon APIs.

Why not services.net.fetch: that is for downloading feeds (GET, redirects followed, caches). API calls
carry a bearer token, so they never follow a redirect (a redirect could carry the token elsewhere),
send no cookies, read at most MAX_BODY bytes, and are paced so the account stays under the server's
published request rate. Errors come back as typed exceptions the callers turn into run states.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from urllib.parse import urlsplit

from ..core.errors import CancelToken, CoreError, NetworkProblem
from ..core.text import clean_text
from ..core.urls import BadUrl, check_url

MAX_BODY = 2 * 1024 * 1024
TIMEOUT = (10, 30)  # connect, read (seconds)
USER_AGENT = "PLN-Onboard (follow-through; https://github.com/plnonboard)"


class ApiError(NetworkProblem):
    """The server answered with an error. `status` is the HTTP status, `error` the API's error name."""

    def __init__(self, message: str, status: int = 0, error: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.error = error


class SignedOut(ApiError):
    """401: the app password or token was refused (or revoked mid-run)."""


class RateLimited(ApiError):
    def __init__(self, message: str, retry_after: float | None) -> None:
        super().__init__(message, 429, "RateLimitExceeded")
        self.retry_after = retry_after


class Unreachable(NetworkProblem):
    """The server could not be reached (network down, DNS, timeout)."""


def check_server(url: str) -> str:
    """'https://host[:port]' from what the teacher typed (a bare host gets https://); http:// only for
    this computer's loopback, where a local test or self-hosted server runs."""
    text = (url or "").strip().rstrip("/")
    if not text:
        raise CoreError("The server address is empty.")
    if "://" not in text:
        text = "https://" + text
    try:
        text = check_url(text)  # the one URL check: blanks, controls, scheme, host, length
    except BadUrl as exc:
        raise CoreError(f"{text[:200]!r} is not a server address ({exc.detail}).") from None
    parts = urlsplit(text)
    if parts.scheme not in ("https", "http") or not parts.hostname or parts.username or parts.password:
        raise CoreError(f"{text!r} is not a server address like https://mastodon.social.")
    if parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise CoreError("The server address must start with https:// so your password or token is not sent "
                        "unencrypted.")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise CoreError(f"{text!r} should be just the server, like https://{parts.hostname}.")
    return f"{parts.scheme}://{parts.netloc}"


class Caller:
    """Calls one server. `min_interval` seconds are kept between requests; `sleep` and `clock` are
    injectable so tests run without waiting."""

    def __init__(self, base: str, *, min_interval: float = 0.0, session=None,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic,
                 cancel: CancelToken | None = None) -> None:
        self.base = base.rstrip("/")
        self.min_interval = min_interval
        self.sleep = sleep
        self.clock = clock
        self.cancel = cancel
        self.token = ""  # bearer token, memory only
        self._last = -1e9
        if session is None:
            import requests

            session = requests.Session()
            session.trust_env = False  # no netrc credentials, no proxy settings slipped in
        self.session = session

    def __repr__(self) -> str:  # never print the token
        return f"Caller({self.base!r})"

    def _pace(self) -> None:
        if self.cancel is not None:
            self.cancel.check()
        wait = self._last + self.min_interval - self.clock()
        if wait > 0:
            self.sleep(wait)
        self._last = self.clock()

    def call(self, method: str, path: str, *, params=None, body: dict | None = None, form=None,
             auth: bool = True) -> dict | list:
        import requests

        self._pace()
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        if auth and self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            resp = self.session.request(method, self.base + path, params=params, json=body, data=form,
                                        headers=headers, timeout=TIMEOUT, allow_redirects=False, stream=True)
            raw = b""
            for chunk in resp.iter_content(65536):
                raw += chunk
                if len(raw) > MAX_BODY:
                    resp.close()
                    raise ApiError(f"{self.base} sent an answer over {MAX_BODY // 1024 // 1024} MB.", resp.status_code)
        except requests.RequestException as exc:
            raise Unreachable(f"Could not reach {urlsplit(self.base).hostname}: {type(exc).__name__}.") from None
        status = resp.status_code
        try:
            data = json.loads(raw) if raw else {}
        except ValueError:
            data = {}
        if 300 <= status < 400:
            raise ApiError(f"{self.base} answered with a redirect, which is not followed with your sign-in.", status)
        if status == 401:
            raise SignedOut("The server refused the sign-in (a wrong or revoked app password or token).", 401,
                            _error_name(data))
        if status == 429:
            raise RateLimited("The server asked to slow down.", _retry_after(resp.headers, time.time()))
        if status >= 400:
            raise ApiError(_error_message(data) or f"The server answered HTTP {status}.", status, _error_name(data))
        return data


def _error_name(data) -> str:
    return clean_text(str(data.get("error", "")), limit=100) if isinstance(data, dict) else ""


def _error_message(data) -> str:
    if not isinstance(data, dict):
        return ""
    text = data.get("message") or data.get("error_description") or data.get("error") or ""
    return clean_text(str(text)[:300])  # a server's words reach the terminal and the window


def _retry_after(headers, now: float) -> float | None:
    """Seconds to wait: Retry-After (Mastodon, and HTTP generally), else the reset time Bluesky's PDS
    and Mastodon send as RateLimit-Reset / X-RateLimit-Reset (epoch seconds or an ISO date)."""
    from .net import retry_after_seconds

    seconds = retry_after_seconds(headers.get("Retry-After"), now)
    if seconds is not None:
        return seconds
    for name in ("RateLimit-Reset", "X-RateLimit-Reset"):
        value = (headers.get(name) or "").strip()
        if not value:
            continue
        if value.isdigit():
            number = float(value)
            return max(0.0, number - now) if number > 1e9 else number
        import datetime as dt

        try:
            when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            return max(0.0, when.timestamp() - now)
        except ValueError:
            continue
    return None
