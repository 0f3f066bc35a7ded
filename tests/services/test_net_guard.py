"""Retries (urllib3's Retry held to the fetch's budget and to Stop) and the connect-time destination
checks, against loopback servers. Host names are resolved by a stand-in for socket.getaddrinfo and
every connection attempt is recorded; nothing but 127.0.0.1 is ever connected to."""

from __future__ import annotations

import socket
import threading

import pytest

from plnonboard.core.errors import Cancelled, CancelToken
from plnonboard.services import net
from plnonboard.services.net import Limits

FAST = Limits(connect_timeout=1, read_timeout=1, deadline=2, max_bytes=1_000_000, max_retry_wait=5)


def _port(web) -> int:
    return int(web.url("/").split(":")[2].rstrip("/"))


def _in_thread(fn):
    """Runs fn in a thread; returns (thread, outcome) where outcome[0] is what it returned or raised."""
    outcome: list = []

    def run():
        try:
            outcome.append(fn())
        except BaseException as exc:  # the test inspects whatever ended the fetch
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


# -- retries ---------------------------------------------------------------------------------------

def _fails_then_ok(times: int, status: int, headers: dict | None = None):
    def route(h):
        if h.hits[h.path] <= times:
            return h.send(status, b"busy", "text/plain", headers or {})
        h.send(200, b"<rss version='2.0'><channel><title>ok</title></channel></rss>", "application/rss+xml")
    return route


def test_a_502_without_retry_after_is_retried(web):
    web.routes["/flaky"] = _fails_then_ok(1, 502)
    assert net.fetch(web.url("/flaky"), limits=FAST).status == 200
    assert web.hits["/flaky"] == 2


def test_the_body_of_a_retried_answer_is_not_downloaded(web):
    sent = []

    def busy_and_big(h):
        if h.hits[h.path] > 1:
            return h.send(200, b"<rss version='2.0'><channel><title>ok</title></channel></rss>")
        h.send_response(503)
        h.send_header("Retry-After", "0")
        h.send_header("Content-Length", str(50 * 2**20))
        h.end_headers()
        chunk = b"x" * 65536
        for _ in range(50 * 16):  # 50 MB, unless the client hangs up
            h.wfile.write(chunk)
            sent.append(len(chunk))

    web.routes["/busy-big"] = busy_and_big
    assert net.fetch(web.url("/busy-big"), limits=Limits(deadline=20, max_bytes=1_000_000)).status == 200
    assert web.hits["/busy-big"] == 2 and sum(sent) < 25 * 2**20  # what the socket buffers took, not 50 MB


def test_a_500_is_not_retried(web):
    with pytest.raises(net.HTTPStatus, match="HTTP 500"):
        net.fetch(web.url("/e500"), limits=FAST)
    assert web.hits["/e500"] == 1


def test_an_unreadable_retry_after_means_the_usual_backoff(web):
    # urllib3's own Retry raises InvalidHeader here: the fetch would end in an error.
    web.routes["/soon"] = _fails_then_ok(1, 503, {"Retry-After": "soon"})
    assert net.fetch(web.url("/soon"), limits=FAST).status == 200
    assert web.hits["/soon"] == 2


def test_a_retry_after_beyond_the_deadline_is_reported_without_waiting(web):
    # 3 s is within max_retry_wait (5) but not within what is left of a 2 s deadline.
    web.routes["/later"] = lambda h: h.send(503, b"busy", "text/plain", {"Retry-After": "3"})
    with pytest.raises(net.HTTPStatus, match="asked us to wait 3 seconds"):
        net.fetch(web.url("/later"), limits=FAST)
    assert web.hits["/later"] == 1


def test_a_long_retry_after_is_asked_once(web):
    with pytest.raises(net.HTTPStatus, match="asked us to wait 3600 seconds") as info:
        net.fetch(web.url("/e429"), limits=FAST)
    assert info.value.status == 429 and web.hits["/e429"] == 1


def test_a_fetch_may_ask_for_fewer_retries(web):
    web.routes["/always-busy"] = lambda h: h.send(503, b"busy", "text/plain", {"Retry-After": "0"})
    with pytest.raises(net.HTTPStatus, match="HTTP 503"):
        net.fetch(web.url("/always-busy"), limits=Limits(max_retries=1, deadline=5))
    assert web.hits["/always-busy"] == 2


def test_a_retry_keeps_the_validators_and_the_token(web):
    def route(h):
        if h.headers.get("Authorization") != "Bearer s3cret":
            return h.send(401, b"no", "text/plain")
        if h.hits[h.path] == 2:  # the first try with the token
            return h.send(503, b"busy", "text/plain", {"Retry-After": "0"})
        if h.headers.get("If-None-Match") == '"v1"':
            return h.send(304, b"", headers={"ETag": '"v1"'})
        h.send(200, b"<rss/>", "application/rss+xml", {"ETag": '"v1"'})

    web.routes["/guarded"] = route
    r = net.fetch(web.url("/guarded"), limits=FAST, validators=('"v1"', ""), auth_token=lambda host: "s3cret")
    assert r.not_modified and web.hits["/guarded"] == 3
    assert web.seen_headers[-1]["Authorization"] == "Bearer s3cret"


def test_stop_during_a_long_retry_after_ends_the_fetch(web):
    """The wait is 20 s (allowed: max_retry_wait 30, deadline 60); Stop must end it, not a sleep in urllib3."""
    answered = threading.Event()

    def busy(h):
        h.send(503, b"busy", "text/plain", {"Retry-After": "20"})
        answered.set()

    web.routes["/busy20"] = busy
    token = CancelToken()
    limits = Limits(deadline=60, max_retry_wait=30)
    thread, outcome = _in_thread(lambda: net.fetch(web.url("/busy20"), limits=limits, token=token))
    assert answered.wait(10)
    token.cancel()
    thread.join(10)  # bounded; a wait that ignores Stop would still be sleeping
    assert not thread.is_alive()
    assert isinstance(outcome[0], Cancelled) and web.hits["/busy20"] == 1


# -- destinations checked when connecting ------------------------------------------------------------

@pytest.fixture
def dns(monkeypatch):
    """names: host -> list of addresses handed out one per lookup (the last one repeats).
    connects: every address a socket tried to connect to; only 127.0.0.1 is let through."""
    names: dict[str, list[str]] = {}
    connects: list[str] = []
    real_getaddrinfo = socket.getaddrinfo
    real_connect = socket.socket.connect

    def getaddrinfo(host, port, *args, **kwargs):
        if host in names:
            answers = names[host]
            address = answers.pop(0) if len(answers) > 1 else answers[0]
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]
        return real_getaddrinfo(host, port, *args, **kwargs)

    def connect(self, address):
        connects.append(address[0])
        if address[0] != "127.0.0.1":
            raise ConnectionRefusedError(f"test: no connection to {address[0]}")
        return real_connect(self, address)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)

    class Dns:
        pass

    Dns.names, Dns.connects = names, connects
    return Dns


@pytest.mark.parametrize(("address", "typed"), [("169.254.169.254", None), ("10.1.2.3", ["example.org"])])
def test_a_name_resolving_to_a_refused_address_is_refused_before_connecting(web, dns, address, typed):
    dns.names["rebind.test"] = [address]
    with pytest.raises(net.BlockedAddress, match=address.replace(".", "\\.")):
        net.fetch(f"http://rebind.test:{_port(web)}/rss", limits=FAST, typed=typed, session=net.make_session())
    assert address not in dns.connects  # not one packet sent to it


def test_a_name_that_rebinds_between_check_and_connect_is_refused_before_sending(web, dns):
    """DNS rebinding: the lookup before connecting says public, the one urllib3 connects with says
    loopback; the peer actually connected is checked before the request is sent."""
    dns.names["rebind.test"] = ["93.184.216.34", "127.0.0.1"]
    with pytest.raises(net.BlockedAddress, match="127.0.0.1, a private address"):
        net.fetch(f"http://rebind.test:{_port(web)}/rss", limits=FAST, typed=["example.org"],
                  session=net.make_session())
    assert dns.connects == ["127.0.0.1"] and "/rss" not in web.hits  # connected, nothing sent


def test_a_kept_alive_connection_is_checked_for_the_fetch_that_reuses_it(web):
    session = net.make_session()
    url = f"http://localhost:{_port(web)}/rss"
    assert net.fetch(url, limits=FAST, session=session).status == 200  # typed: its private address is fine
    with pytest.raises(net.BlockedAddress, match="private"):
        net.fetch(url, limits=FAST, session=session, typed=["example.org"])  # reached through a redirect, say
    assert web.hits["/rss"] == 1


def test_stop_reaches_a_fetch_through_a_proxy_from_the_environment(web, monkeypatch):
    """A school's proxy: the loopback server stands in for it and stays silent until released."""
    hanging, release = threading.Event(), threading.Event()

    def hang(h):
        hanging.set()
        release.wait(15)  # bounded: the handler stops by itself

    web.routes["http://feeds.test/hang"] = hang
    for name in ("http_proxy", "HTTP_PROXY"):
        monkeypatch.setenv(name, f"http://127.0.0.1:{_port(web)}")
    for name in ("no_proxy", "NO_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    token = CancelToken()
    limits = Limits(deadline=30, read_timeout=12)
    thread, outcome = _in_thread(lambda: net.fetch("http://feeds.test/hang", limits=limits, token=token,
                                                   session=net.make_session()))
    try:
        assert hanging.wait(10)
        token.cancel()
        thread.join(5)  # bounded, well short of the read timeout: only a shut-down socket ends it in time
        assert not thread.is_alive()
        assert isinstance(outcome[0], Cancelled)
    finally:
        release.set()
