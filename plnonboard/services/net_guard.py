"""What holds each fetch to its rules while requests and urllib3 do the work (see services/net.py).

- `Watchdog`: one per fetch, registered for the fetching thread; it shuts the fetch's sockets down
  when the deadline passes or the user presses Stop, so a blocked connect or read returns at once.
- Guarded connections: urllib3's own connection classes, plus a destination check (services/
  destinations.py) on the addresses a host name resolves to before connecting, and on the peer
  actually connected before a byte is sent (a name that re-resolves between the two, DNS
  rebinding, is caught by the second); each socket is handed to the watchdog.
- `BudgetRetry`: urllib3's Retry, held to the fetch's wall-clock budget and to Stop.
- `GuardedAdapter`: requests' HTTPAdapter that puts these in place.

How the connection check is mounted, and why this way (urllib3 2.8, requests 2.34 read):
- A PoolManager's `connection_pool_kw` only reaches the connection's constructor, whose keywords
  (timeout, source_address, socket_options, proxy ...) never see the address being connected:
  `socket_options` are applied to a socket that has no peer yet.
- `urllib3.util.connection.create_connection` is looked up as a module global: wrapping it would
  change every user of urllib3 in the process, not our pools.
- Resolving the name ourselves and connecting to the checked address (with `server_hostname` /
  `assert_hostname` for TLS) uses documented keywords, but `no_proxy` is matched on the name,
  a name's other addresses are no longer tried, and Stop still has no socket to shut down.
- So a pool's documented `ConnectionCls` attribute is set on each pool requests is about to use,
  in `get_connection_with_tls_context`, the hook requests documents for adapter subclasses and
  through which every request passes, including those through a proxy from the environment
  (swapping the PoolManager's pool classes missed the ProxyManager's pools, so Stop did not reach
  a fetch through a school's proxy).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.exceptions import MaxRetryError, ResponseError
from urllib3.util.retry import Retry

from ..core.errors import CancelToken
from .destinations import Destinations, norm_host

_current = threading.local()  # the watchdog of the fetch running on this thread


def current() -> Watchdog | None:
    return getattr(_current, "watch", None)


class _Refused(OSError):
    """A destination check failed (an OSError so urllib3 discards the connection as broken). Private:
    it never leaves a fetch, which reports the refusal as net_errors.BlockedAddress."""


class Watchdog:
    def __init__(self, deadline_at: float, token: CancelToken | None, destinations: Destinations | None = None,
                 *, max_retries: int = 3, max_retry_wait: float = 30.0) -> None:
        self.deadline_at = deadline_at
        self.token = token
        self.max_retries = max_retries
        self.max_retry_wait = max_retry_wait
        self.fired = ""  # "deadline" or "cancel"
        self.destinations = destinations or Destinations()
        self.refused = ""  # why a destination was refused
        self._socks: list[socket.socket] = []
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="plnonboard-fetch-watchdog", daemon=True)

    def __enter__(self) -> Watchdog:
        _current.watch = self
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        _current.watch = None
        self._stop.set()

    def attach(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            if sock not in self._socks:
                self._socks.append(sock)
            fired = self.fired
        if fired:
            self._shutdown(sock)

    def _run(self) -> None:
        while not self._stop.wait(0.05):
            if self.token is not None and self.token.cancelled:
                self._fire("cancel")
                return
            if time.monotonic() >= self.deadline_at:
                self._fire("deadline")
                return

    def _fire(self, why: str) -> None:
        with self._lock:
            self.fired = why
            socks = list(self._socks)
        for sock in socks:
            self._shutdown(sock)

    @staticmethod
    def _shutdown(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)

    def remaining(self) -> float:
        return self.deadline_at - time.monotonic()

    def wait(self, seconds: float) -> None:
        """Sleep `seconds` in short steps; Stop ends the wait (Cancelled) at once, and the
        deadline ends it too (the next request then meets the fired watchdog)."""
        end = min(time.monotonic() + seconds, self.deadline_at)
        while True:
            if self.token is not None:
                self.token.check()
            left = end - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(left, 0.05))

    def refuse(self, why: str) -> None:
        self.refused = why
        raise _Refused(why)

    def check_name(self, host: str, port: int | None) -> None:
        """Before connecting: every address `host` resolves to must be one this fetch may reach,
        so a metadata or private address is refused before a packet is sent to it."""
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError:
            return  # urllib3 resolves again and reports the failure in its own words
        for info in infos:
            why = self.destinations.peer_problem(host, str(info[4][0]))
            if why:
                self.refuse(why)

    def check_peer(self, host: str, sock: socket.socket) -> None:
        """After connecting, before a byte is sent: the peer actually reached (the name may have
        resolved differently for urllib3 than for check_name a moment before)."""
        try:
            peer = sock.getpeername()[0]
        except (OSError, IndexError, TypeError):
            return
        why = self.destinations.peer_problem(host, str(peer))
        if why:
            self._shutdown(sock)
            self.refuse(why)


def _connecting(conn: HTTPConnection, connect: Any) -> socket.socket:
    watch = current()
    if watch is None:  # not inside fetch (a session used on its own): urllib3 as it is
        sock: socket.socket = connect()
        return sock
    direct = conn.proxy is None  # through a proxy, the proxy resolves names (the URL rules were applied)
    if direct:
        watch.check_name(norm_host(conn.host), conn.port)
    sock = connect()
    watch.attach(sock)
    if direct:
        watch.check_peer(norm_host(conn.host), sock)
    return sock


def _sending(conn: HTTPConnection) -> None:
    watch = current()
    if watch is not None and conn.sock is not None:  # a kept-alive connection, opened for another fetch
        watch.attach(conn.sock)
        if conn.proxy is None:
            watch.check_peer(norm_host(conn.host), conn.sock)


class GuardedHTTPConnection(HTTPConnection):
    def _new_conn(self) -> socket.socket:
        return _connecting(self, super()._new_conn)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _sending(self)
        super().request(*args, **kwargs)


class GuardedHTTPSConnection(HTTPSConnection):
    def _new_conn(self) -> socket.socket:  # the TCP connection: checked before the TLS handshake
        return _connecting(self, super()._new_conn)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _sending(self)
        super().request(*args, **kwargs)


class BudgetRetry(Retry):
    """urllib3's Retry, held to the budget of the fetch running on this thread.

    urllib3 sleeps inside urlopen with a plain time.sleep(Retry-After): a 30-second wait there
    could not be stopped, and could run past the fetch's deadline. So each wait is judged before
    it starts (in `increment`, which sees the answer): one longer than the fetch's max_retry_wait,
    or than what is left of its deadline, ends the retries and urllib3 hands that answer back
    (raise_on_status=False), for fetch to report with the wait the server asked for. The waits
    that are taken go through the watchdog in short steps, so Stop ends them at once.
    A Retry-After that is not a number or a date means the usual backoff (urllib3 would raise)."""

    def wait_for(self, response: Any) -> float:
        if self.respect_retry_after_header and response is not None:
            after = self.get_retry_after(response)
            if after is not None:
                return after
        return self.get_backoff_time()

    def get_retry_after(self, response: Any) -> float | None:
        from .net import retry_after_seconds

        return retry_after_seconds(response.headers.get("Retry-After"))

    def increment(self, method: str | None = None, url: str | None = None, response: Any = None,
                  error: Exception | None = None, _pool: Any = None, _stacktrace: Any = None) -> BudgetRetry:
        new = super().increment(method, url, response, error, _pool, _stacktrace)
        watch = current()
        if watch is not None and response is not None:
            wait = new.wait_for(response)
            if (len(new.history) > watch.max_retries or wait > watch.max_retry_wait
                    or wait >= watch.remaining()):
                raise MaxRetryError(_pool, url, ResponseError(f"not waiting {wait:g} s"))
        if response is not None:
            # The body of an answer we retry is never read: urllib3 would drain it (to reuse the
            # connection) with no size cap, so a busy page of any size would be downloaded up to
            # 3 times. Closed, it leaves the drain nothing to read; the retry opens a new connection.
            response.close()
        return new

    def sleep(self, response: Any = None) -> None:
        watch = current()
        wait = self.wait_for(response)
        if watch is None:
            time.sleep(wait)
        elif wait > 0:
            watch.wait(wait)


def retry_policy(max_retries: int, statuses: tuple[int, ...]) -> BudgetRetry:
    # Only answers are retried: connect=0 and read=False keep a refused connection or a read
    # timeout the error it was (requests' own default, Retry(0, read=False)). Redirects are not
    # followed by urllib3 here (requests asks it not to); fetch follows and counts them itself,
    # because every hop is checked (scheme, destination, token origin).
    return BudgetRetry(total=max_retries, connect=0, read=False, redirect=0, other=0, status=max_retries,
                       status_forcelist=statuses, allowed_methods=frozenset({"GET", "HEAD"}),
                       backoff_factor=0.5, respect_retry_after_header=True, raise_on_status=False)


class GuardedAdapter(HTTPAdapter):
    """requests' adapter whose pools make guarded connections (see the module docstring)."""

    def get_connection_with_tls_context(self, request: Any, verify: Any, proxies: Any = None,
                                        cert: Any = None) -> Any:
        pool = super().get_connection_with_tls_context(request, verify, proxies, cert)
        pool.ConnectionCls = GuardedHTTPSConnection if pool.scheme == "https" else GuardedHTTPConnection
        return pool
