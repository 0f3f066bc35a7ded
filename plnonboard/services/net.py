"""The one way the app fetches anything from the web.

Rules every fetch follows: http/https only; one Session with an honest User-Agent; connect and
read timeouts *and* a wall-clock deadline (requests' timeouts are per socket operation, so a
server dripping a byte a second would otherwise hold us for ever); at most 5 redirects, each
re-checked; the decoded body is capped while streaming (a gzip bomb stops at the cap); up to 3
retries on 429/502/503/504 honouring Retry-After (urllib3's Retry, held to the deadline and to
Stop); conditional GET from remembered validators.

A watchdog thread per fetch shuts the socket down when the deadline passes or the user cancels,
so a blocked read returns at once instead of after its timeout. requests is imported lazily.

Destinations (link-local, metadata, private) are checked as services/destinations.py says, on
the URL before connecting and on the addresses actually connected (services/net_guard.py).

Tokens travel to the origin (scheme, host and port) that asked for them, never to another port.
"""

from __future__ import annotations

import email.utils
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from .. import __version__
from ..core.errors import Cancelled, CancelToken
from .destinations import Destinations
from .net_errors import (BadAddress, BlockedAddress, ConnectionFailed, FetchError, HTTPStatus,  # noqa: F401 - re-exported: callers catch net.FetchError and its kinds
                         Timeout, TLSFailure, TooLarge, TooManyRedirects, UnsupportedScheme, deadline_error,
                         status_error, too_large, translate)

USER_AGENT = f"plnonboard/{__version__} (+https://github.com/plnonboard)"
MAX_BYTES = 10_000_000
MAX_REDIRECTS = 5
MAX_RETRIES = 3
RETRY_STATUSES = (429, 502, 503, 504)
CHUNK = 16 * 1024

if TYPE_CHECKING:
    import requests

Progress = Callable[[int, int], None]  # (bytes received, bytes expected or 0)


@dataclass
class FetchResult:
    url: str  # as asked
    final_url: str  # after redirects
    status: int
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""
    not_modified: bool = False

    @property
    def etag(self) -> str:
        return self.headers.get("etag", "")

    @property
    def last_modified(self) -> str:
        return self.headers.get("last-modified", "")


@dataclass(frozen=True)
class Limits:
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    deadline: float = 60.0  # whole fetch, redirects and retries included
    max_bytes: int = MAX_BYTES
    max_redirects: int = MAX_REDIRECTS
    max_retries: int = MAX_RETRIES  # fewer than the session's MAX_RETRIES may be asked, not more
    max_retry_wait: float = 30.0  # a Retry-After longer than this is reported, not waited for


def check_url(url: str) -> str:
    """The URL as the one URL check (core/urls.py) keeps it, or UnsupportedScheme / BadAddress
    with a sentence saying why (every fetch and every redirect target goes through here)."""
    from ..core.text import clean_text
    from ..core.urls import BadUrl
    from ..core.urls import check_url as core_check

    try:
        return core_check(url)
    except BadUrl as exc:
        shown = clean_text(str(url or "").strip(), limit=200)  # never echo escapes to a terminal
        if exc.reason == "scheme":
            scheme = shown.split(":", 1)[0] if ":" in shown else "no scheme"
            raise UnsupportedScheme(shown, f"{shown}: only http:// and https:// addresses can be fetched "
                                           f"({scheme}: is not allowed; for a file on this computer give its "
                                           "path).") from None
        raise BadAddress(shown, f"{shown!r} is not a web address ({exc.detail}).") from None


def make_session(pool_size: int = 8) -> requests.Session:
    """A Session whose connections are guarded and whose answers are retried as net_guard says."""
    import requests

    from .net_guard import GuardedAdapter, retry_policy

    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    session.headers["Accept"] = ("application/rss+xml, application/atom+xml, application/xml;q=0.9, "
                                 "text/calendar;q=0.9, text/xml;q=0.8, application/json;q=0.8, */*;q=0.5")
    session.max_redirects = MAX_REDIRECTS
    # trust_env stays on: school networks often need the proxy from the environment.
    for prefix in ("http://", "https://"):
        session.mount(prefix, GuardedAdapter(pool_connections=pool_size, pool_maxsize=pool_size,
                                             max_retries=retry_policy(MAX_RETRIES, RETRY_STATUSES)))
    return session


_shared = None
_shared_lock = threading.Lock()


def shared_session():
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = make_session()
        return _shared


# -- fetching ---------------------------------------------------------------------------------

def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def origin(url: str) -> tuple[str, str, int]:
    """(scheme, host, port): a token belongs to one origin, not to every port of a host."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    return scheme, (parts.hostname or "").lower(), port or (443 if scheme == "https" else 80)


def may_send_token(url: str) -> bool:
    """Tokens travel only over https (plain http only to this computer itself)."""
    parts = urlsplit(url)
    return parts.scheme == "https" or parts.hostname in ("127.0.0.1", "localhost", "::1")


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


def fetch(url: str, *, session=None, limits: Limits = Limits(), token: CancelToken | None = None,
          progress: Progress | None = None, validators: tuple[str, str] | None = None,
          auth_token: Callable[[str], str | None] | None = None, typed=None) -> FetchResult:
    """GET `url` under the rules above. `validators` = (etag, last_modified) remembered from a
    previous fetch; a 304 answer comes back as `not_modified=True` with an empty body.
    `auth_token(host)` may return a bearer token for that host; it is asked only when the server
    answers 401/403, and the token is sent back to that origin only (never logged, never stored).
    `typed`: the hosts the user typed, whose private addresses may be reached (default: `url`'s
    own host, i.e. the caller passes an address the user typed; see Destinations)."""
    url = check_url(url)
    destinations = Destinations([_host(url)] if typed is None else typed)
    why = destinations.problem(url)
    if why:
        raise BlockedAddress(url, f"{url}: is not allowed ({why}).")
    session = session or shared_session()
    from .net_guard import Watchdog

    watch = Watchdog(time.monotonic() + limits.deadline, token, destinations,
                     max_retries=limits.max_retries, max_retry_wait=limits.max_retry_wait)
    with watch:
        try:
            return _fetch(url, session, limits, watch, token, progress, validators, auth_token)
        except Cancelled:
            raise
        except FetchError:
            if watch.fired == "cancel":
                raise Cancelled() from None
            raise
        except Exception as exc:
            if watch.fired == "cancel" or (token is not None and token.cancelled):
                raise Cancelled() from None
            if watch.refused:
                raise BlockedAddress(url, f"{url}: is not allowed ({watch.refused}).") from None
            if watch.fired == "deadline":
                raise deadline_error(url, limits) from None
            raise translate(url, exc, limits) from None


def _fetch(url, session, limits, watch, token, progress, validators, auth_token) -> FetchResult:
    current = url
    redirects = 0
    secret_for: tuple[tuple, str] | None = None  # (origin, token): asked for only after a 401/403
    while True:
        if token is not None:
            token.check()
        if watch.remaining() <= 0:
            raise deadline_error(url, limits)
        headers = {}
        if validators:
            etag, modified = validators
            if etag:
                headers["If-None-Match"] = etag
            if modified:
                headers["If-Modified-Since"] = modified
        if secret_for is not None and secret_for[0] == origin(current) and may_send_token(current):
            headers["Authorization"] = f"Bearer {secret_for[1]}"
        read = max(0.1, min(limits.read_timeout, watch.remaining()))
        resp = session.get(current, headers=headers, stream=True, allow_redirects=False,
                           timeout=(min(limits.connect_timeout, read), read))
        try:
            if resp.is_redirect:
                redirects += 1
                if redirects > limits.max_redirects:
                    raise TooManyRedirects(url, f"{url}: redirected more than {limits.max_redirects} times "
                                                "(probably a redirect loop).")
                target = urljoin(current, resp.headers.get("location", ""))
                try:
                    current = check_url(target)
                except FetchError as exc:
                    raise type(exc)(url, f"{url}: redirected to an address that is not allowed "
                                         f"({exc.sentence})") from None
                why = watch.destinations.problem(current)
                if why:
                    raise BlockedAddress(url, f"{url}: redirected to an address that is not allowed ({why}).")
                continue
            if resp.status_code in RETRY_STATUSES:
                # Retries were made (or judged not worth waiting for) by net_guard.BudgetRetry
                # inside urllib3; what is left is an answer to report.
                wait = retry_after_seconds(resp.headers.get("retry-after"))
                if wait is not None and (wait > limits.max_retry_wait or wait >= watch.remaining()):
                    raise HTTPStatus(url, f"{url}: the server is busy (HTTP {resp.status_code}) and asked us to "
                                          f"wait {wait:.0f} seconds; try again later.", resp.status_code)
            if (resp.status_code in (401, 403) and auth_token is not None and secret_for is None
                    and may_send_token(current)):
                # The keyring is only consulted when a server asks: public feeds never touch it
                # (an unlock prompt for a public blog would be absurd).
                secret = auth_token(_host(current))
                if secret:
                    secret_for = (origin(current), secret)
                    continue
            if resp.status_code == 304 and validators:
                return FetchResult(url, current, 304, _lower(resp.headers), b"", not_modified=True)
            if resp.status_code >= 400:
                raise status_error(url, resp.status_code, "Authorization" in headers)
            body = _read_body(url, resp, limits, watch, token, progress)
            return FetchResult(url, current, resp.status_code, _lower(resp.headers), body)
        finally:
            resp.close()


def _lower(headers) -> dict[str, str]:
    return {k.lower(): v for k, v in headers.items()}


def _read_body(url, resp, limits, watch, token, progress) -> bytes:
    declared = resp.headers.get("content-length", "")
    expected = int(declared) if declared.isdigit() else 0
    encoded = resp.headers.get("content-encoding", "").lower() not in ("", "identity")
    if expected > limits.max_bytes and not encoded:
        raise too_large(url, limits)
    chunks: list[bytes] = []
    received = 0
    # iter_content decodes gzip/deflate/br; urllib3 >= 2.7 bounds each decoded chunk, so counting
    # decoded bytes here is what stops a decompression bomb at the cap.
    for chunk in resp.iter_content(CHUNK):
        if token is not None:
            token.check()
        if watch.fired == "deadline" or watch.remaining() <= 0:
            raise deadline_error(url, limits)
        received += len(chunk)
        if received > limits.max_bytes:
            raise too_large(url, limits)
        chunks.append(chunk)
        if progress is not None:
            progress(received, 0 if encoded else expected)
    if watch.fired == "deadline":
        raise deadline_error(url, limits)
    if watch.fired == "cancel":
        raise Cancelled()
    return b"".join(chunks)
