"""The fetch rules against a real loopback server: each hostile case ends in one clear error."""

from __future__ import annotations

import threading

import pytest

from plnonboard.core.errors import Cancelled, CancelToken
from plnonboard.services import net
from plnonboard.services.net import Limits

FAST = Limits(connect_timeout=1, read_timeout=1, deadline=2, max_bytes=1_000_000, max_retry_wait=5)


def test_good_feed_has_body_headers_and_user_agent(web):
    seen = []
    r = net.fetch(web.url("/rss"), limits=FAST, progress=lambda got, total: seen.append((got, total)))
    assert r.status == 200 and r.body.startswith(b"<?xml")
    assert r.headers["content-type"].startswith("application/rss+xml")
    assert web.seen_headers[-1]["User-Agent"].startswith("plnonboard/")
    assert seen and seen[-1][0] == len(r.body) and seen[-1][1] == len(r.body)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/feed.xml", "javascript:alert(1)",
                                 "feed.xml", "http:///nohost"])
def test_only_http_and_https(url):
    with pytest.raises((net.UnsupportedScheme, net.BadAddress)) as info:
        net.fetch(url, limits=FAST)
    assert "\n" not in str(info.value)


def test_file_scheme_message_names_the_rule():
    with pytest.raises(net.UnsupportedScheme, match="only http:// and https://"):
        net.check_url("file:///etc/passwd")


def test_redirect_followed_and_final_url_kept(web):
    r = net.fetch(web.url("/moved"), limits=FAST)
    assert r.final_url.endswith("/rss") and r.body


def test_redirect_loop_stops_after_five(web):
    with pytest.raises(net.TooManyRedirects, match="more than 5 times"):
        net.fetch(web.url("/loop"), limits=FAST)
    assert web.hits["/loop"] + web.hits["/loop2"] == 6


def test_redirect_to_file_scheme_refused(web):
    with pytest.raises(net.UnsupportedScheme, match="redirected to an address that is not allowed"):
        net.fetch(web.url("/to-file"), limits=FAST)


def test_drip_feed_stopped_by_the_deadline(web):
    # The drip ends by itself after 6 s with a short body: without the 2 s deadline this would not raise.
    with pytest.raises(net.Timeout, match="took longer than 2 seconds"):
        net.fetch(web.url("/drip"), limits=FAST)


def test_silent_server_read_timeout(web):
    with pytest.raises(net.Timeout):
        net.fetch(web.url("/hang"), limits=Limits(connect_timeout=1, read_timeout=0.5, deadline=3))


def test_endless_body_stops_at_the_cap(web):
    with pytest.raises(net.TooLarge, match="larger than 1 MB"):
        net.fetch(web.url("/big"), limits=FAST)


def test_gzip_bomb_stops_at_the_decoded_cap(web):
    from tests.loopback import BOMB

    assert len(BOMB) < 1_000_000  # small on the wire, 30 MB decoded
    with pytest.raises(net.TooLarge):
        net.fetch(web.url("/bomb"), limits=FAST)


def test_declared_length_over_cap_refused_before_reading(web):
    web.routes["/fat"] = lambda h: h.send(200, b"x" * 2_000_000)
    with pytest.raises(net.TooLarge):
        net.fetch(web.url("/fat"), limits=FAST)


def test_http_errors_are_plain_sentences(web):
    with pytest.raises(net.HTTPStatus, match="not found \\(HTTP 404\\)") as e404:
        net.fetch(web.url("/nowhere"), limits=FAST)
    assert e404.value.status == 404
    with pytest.raises(net.HTTPStatus, match="server had an error \\(HTTP 500\\)"):
        net.fetch(web.url("/e500"), limits=FAST)


def test_429_with_long_retry_after_is_reported_not_waited(web):
    with pytest.raises(net.HTTPStatus, match="asked us to wait 3600 seconds"):
        net.fetch(web.url("/e429"), limits=FAST)
    assert web.hits["/e429"] == 1  # asked once, not waited for and asked again


def test_503_retried_then_succeeds(web):
    r = net.fetch(web.url("/busy"), limits=FAST)
    assert r.status == 200 and web.hits["/busy"] == 3


def test_retries_capped_at_three(web):
    web.routes["/always-busy"] = lambda h: h.send(503, b"busy", "text/plain", {"Retry-After": "0"})
    with pytest.raises(net.HTTPStatus, match="HTTP 503"):
        net.fetch(web.url("/always-busy"), limits=FAST)
    assert web.hits["/always-busy"] == 4  # the first try and 3 retries


def test_retry_after_parsing():
    assert net.retry_after_seconds("7") == 7
    assert net.retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480 - 10) == 10
    assert net.retry_after_seconds("soon") is None


def test_conditional_get_answers_not_modified(web):
    first = net.fetch(web.url("/etag"), limits=FAST)
    assert first.etag == '"v1"'
    again = net.fetch(web.url("/etag"), limits=FAST, validators=(first.etag, first.last_modified))
    assert again.not_modified and again.body == b"" and again.status == 304


def test_token_sent_only_when_asked_and_never_in_result(web):
    with pytest.raises(net.HTTPStatus, match="needs a token; add one for 127.0.0.1"):
        net.fetch(web.url("/private"), limits=FAST)
    r = net.fetch(web.url("/private"), limits=FAST, auth_token=lambda host: "s3cret" if host == "127.0.0.1" else None)
    assert r.status == 200 and "s3cret" not in repr(r)


def test_token_never_sent_over_plain_http_to_other_hosts():
    assert not net.may_send_token("http://example.org/feed")
    assert net.may_send_token("https://example.org/feed")
    assert net.may_send_token("http://127.0.0.1:8000/feed")


def test_cancel_stops_a_dripping_download_promptly(web):
    token = CancelToken()
    threading.Timer(0.3, token.cancel).start()
    # Without Stop the drip would end by itself (a short body, TooLarge/parse error) or hit the deadline.
    with pytest.raises(Cancelled):
        net.fetch(web.url("/drip"), limits=Limits(deadline=30, read_timeout=10), token=token)


def test_cancel_while_waiting_for_headers(web):
    token = CancelToken()
    threading.Timer(0.3, token.cancel).start()
    # Without Stop this ends as a read Timeout after 10 s, not as Cancelled.
    with pytest.raises(Cancelled):
        net.fetch(web.url("/hang"), limits=Limits(deadline=30, read_timeout=10), token=token)


def test_connection_refused_is_one_sentence():
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    with pytest.raises(net.ConnectionFailed, match="could not connect"):
        net.fetch(f"http://127.0.0.1:{port}/x", limits=FAST)


def test_keyring_only_consulted_when_a_server_asks(web):
    asked = []
    net.fetch(web.url("/rss"), limits=FAST, auth_token=lambda host: asked.append(host) or "x")
    assert asked == []  # a public feed never touches the keyring
    net.fetch(web.url("/private"), limits=FAST, auth_token=lambda host: asked.append(host) or "s3cret")
    assert asked == ["127.0.0.1"] and web.seen_headers[-1].get("Authorization") == "Bearer s3cret"
    assert "Authorization" not in web.seen_headers[-2]  # the first try went without it


def test_token_not_carried_to_another_host_on_redirect(web):
    port = web.url("/").split(":")[2].rstrip("/")
    web.routes["/hop"] = lambda h: h.send(401, b"no", "text/plain") if "Authorization" not in h.headers else \
        h.send(302, b"", headers={"Location": f"http://localhost:{port}/private"})
    with pytest.raises(net.HTTPStatus, match="401"):
        net.fetch(web.url("/hop"), limits=FAST, auth_token=lambda host: "s3cret" if host == "127.0.0.1" else None)
    assert web.seen_headers[-2].get("Authorization") == "Bearer s3cret"  # the host that asked
    assert "Authorization" not in web.seen_headers[-1]  # not the host it redirected to


def test_tls_failure_is_one_sentence(web):
    # https to a server that does not speak TLS fails in the handshake, like a broken certificate setup.
    with pytest.raises(net.TLSFailure, match="secure connection failed"):
        net.fetch(web.url("/rss").replace("http://", "https://"), limits=FAST)


# -- issue 14 item 9: origins and destinations ---------------------------------------------------

@pytest.fixture
def other_port():
    """A second loopback server on another port (same host), recording what it was sent."""
    import http.server

    seen: list[dict] = []

    class Echo(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            seen.append(dict(self.headers))
            body = b"<rss version='2.0'><channel><title>other</title></channel></rss>"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], seen
    finally:
        server.shutdown()
        server.server_close()


def test_token_not_carried_to_another_port_of_the_same_host(web, other_port):
    """An origin is scheme, host *and* port: the token went to any port of the host that asked."""
    port, seen = other_port
    web.routes["/hop-port"] = lambda h: h.send(401, b"no", "text/plain") if "Authorization" not in h.headers \
        else h.send(302, b"", headers={"Location": f"http://127.0.0.1:{port}/feed"})
    r = net.fetch(web.url("/hop-port"), limits=FAST, auth_token=lambda host: "s3cret")
    assert r.final_url.endswith(f":{port}/feed")
    assert web.seen_headers[-1].get("Authorization") == "Bearer s3cret"  # the origin that asked
    assert seen and "Authorization" not in seen[-1]  # not another port of the same host


@pytest.mark.parametrize("url", [
    "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/x", "http://[::ffff:169.254.169.254]/x",
    "http://metadata.google.internal/computeMetadata/v1/", "http://METADATA.google.internal./x",
    "http://0.0.0.0:80/x", "http://100.100.100.200/x",
])
def test_link_local_and_metadata_addresses_are_always_refused(url):
    with pytest.raises(net.BlockedAddress, match="not allowed"):
        net.fetch(url, limits=FAST)


@pytest.mark.parametrize("target", ["http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/feed",
                                    "http://192.168.1.1/admin", "http://metadata.google.internal/",
                                    "http://127.0.0.2:{port}/rss"])
def test_a_redirect_may_not_lead_to_a_private_or_metadata_address(web, target):
    port = web.url("/").split(":")[2].rstrip("/")
    web.routes["/to-inside"] = lambda h: h.send(302, b"", headers={"Location": target.format(port=port)})
    with pytest.raises(net.BlockedAddress, match="redirected to an address that is not allowed"):
        net.fetch(web.url("/to-inside"), limits=FAST)


def test_a_private_address_the_user_typed_is_fetched(web):
    assert net.fetch(web.url("/rss"), limits=FAST).status == 200  # 127.0.0.1, typed
    # a redirect to another name for the very address typed (localhost -> 127.0.0.1) is the same place
    port = web.url("/").split(":")[2].rstrip("/")
    web.routes["/to-localhost"] = lambda h: h.send(302, b"", headers={"Location": f"http://localhost:{port}/rss"})
    assert net.fetch(web.url("/to-localhost"), limits=FAST).status == 200


def test_a_name_resolving_to_a_private_address_is_checked_when_connecting(web):
    """A host name is only known to be private once resolved: the check runs on the connected peer."""
    port = web.url("/").split(":")[2].rstrip("/")
    with pytest.raises(net.BlockedAddress, match="private"):
        net.fetch(f"http://localhost:{port}/rss", limits=FAST, typed=["example.org"])
