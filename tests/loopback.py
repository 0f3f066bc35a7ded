"""A loopback web server (127.0.0.1, a free port) serving good and hostile import sources (fixture `web`).

Each route is a function of the request handler; the server runs in a daemon thread, every
handler gives up after a few seconds on its own, and the fixture shuts the server down."""

from __future__ import annotations

import contextlib
import gzip
import http.server
import threading
import time

import pytest

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Ms Rivera teaches maths</title><link>https://example.org/blog</link>
<description>A classroom blog</description>
<item><title>Number talks in grade 4 #elemmathchat</title><author>ana@example.org (Ana Rivera)</author>
<pubDate>Tue, 03 Mar 2026 18:00:00 GMT</pubDate><description>Join us at #edchat and #notAChat &amp;#39; tonight</description></item>
<item><title>Why I joined &lt;b&gt;#ukedchat&lt;/b&gt;</title><pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate></item>
</channel></rss>"""  # noqa: E501 - test data: a feed, served exactly as written here

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Tom's Atom</title><id>urn:x</id>
<updated>2026-03-01T10:00:00Z</updated>
<entry><title>Atom post</title><id>urn:1</id><updated>2026-03-01T10:00:00Z</updated>
<author><name>Tom Hughes</name></author></entry></feed>"""

LATIN1 = ("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss version=\"2.0\"><channel>"
          "<title>Caf\u00e9 p\u00e9dagogique</title><link>https://example.org/</link>"
          "<item><title>\u00c9l\u00e8ves et \u00e9cole</title></item></channel></rss>").encode("iso-8859-1")

LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss version="2.0"><channel><title>&lol3;</title><item><title>x</title></item></channel></rss>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&xxe;</title><item><title>x</title></item></channel></rss>"""

HTML = b"<!DOCTYPE html><html><head><title>My blog</title></head><body><p>Hello</p></body></html>"

ICS = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//EN\r
BEGIN:VEVENT\r
UID:1@test\r
DTSTAMP:20260101T000000Z\r
SUMMARY:#districtchat weekly\r
DTSTART;TZID=America/Chicago:20260106T190000\r
DTEND;TZID=America/Chicago:20260106T200000\r
RRULE:FREQ=WEEKLY;BYDAY=TU\r
END:VEVENT\r
END:VCALENDAR\r
"""


def opml(urls: list[str]) -> bytes:
    rows = "".join(f'<outline type="rss" text="Feed {i}" xmlUrl="{u}"/>' for i, u in enumerate(urls))
    return (f'<?xml version="1.0"?><opml version="2.0"><head><title>Blogs</title></head><body>'
            f'<outline text="Folder">{rows}</outline></body></opml>').encode()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    routes: dict = {}
    hits: dict = {}

    def log_message(self, *args):  # quiet test output
        pass

    def do_GET(self):
        path = self.path.split("?")[0]
        self.hits[path] = self.hits.get(path, 0) + 1
        self.server.seen_headers.append(dict(self.headers))
        route = self.routes.get(path)
        if route is None:
            for prefix, fn in self.routes.items():
                if prefix.endswith("*") and path.startswith(prefix[:-1]):
                    route = fn
                    break
        if route is None:
            return self.send(404, b"not here", "text/plain")
        with contextlib.suppress(TimeoutError, BrokenPipeError, ConnectionResetError, OSError):
            route(self)

    def send(self, status, body=b"", ctype="application/xml", headers=None):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)


def _drip(h):
    h.send_response(200)
    h.send_header("Content-Type", "application/rss+xml")
    h.send_header("Content-Length", "100000")
    h.end_headers()
    end = time.monotonic() + 6  # bounded: the handler stops by itself
    while time.monotonic() < end:
        h.wfile.write(b" ")
        h.wfile.flush()
        time.sleep(0.2)


def _hang(h):
    time.sleep(4)


def _big(h):
    h.send_response(200)
    h.send_header("Content-Type", "application/rss+xml")
    h.end_headers()  # no length: streamed until the client stops
    chunk = b"x" * 65536
    for _ in range(50 * 16):  # 50 MB at most
        h.wfile.write(chunk)


BOMB = gzip.compress(b"<rss>" + b" " * 30_000_000, compresslevel=9)


def _bomb(h):
    h.send(200, BOMB, "application/rss+xml", {"Content-Encoding": "gzip"})


def _etag(h):
    if h.headers.get("If-None-Match") == '"v1"':
        return h.send(304, b"", headers={"ETag": '"v1"'})
    h.send(200, RSS, "application/rss+xml", {"ETag": '"v1"'})


def _busy_then_ok(h):
    n = h.hits[h.path]
    if n < 3:
        return h.send(503, b"busy", "text/plain", {"Retry-After": "0"})
    h.send(200, RSS, "application/rss+xml")


def _auth(h):
    if h.headers.get("Authorization") == "Bearer s3cret":
        return h.send(200, RSS, "application/rss+xml")
    h.send(401, b"no", "text/plain")


def _slow_feed(h):
    time.sleep(0.15)
    h.send(200, RSS, "application/rss+xml")


ROUTES = {
    "/rss": lambda h: h.send(200, RSS, "application/rss+xml; charset=utf-8"),
    "/atom": lambda h: h.send(200, ATOM, "application/atom+xml"),
    "/latin1": lambda h: h.send(200, LATIN1, "application/rss+xml"),
    "/laughs": lambda h: h.send(200, LAUGHS),
    "/xxe": lambda h: h.send(200, XXE),
    "/html": lambda h: h.send(200, HTML, "text/html"),
    "/badxml": lambda h: h.send(200, b"<rss version='2.0'><channel><title>x</ti></rss>"),
    "/ics": lambda h: h.send(200, ICS, "text/calendar"),
    "/drip": _drip,
    "/hang": _hang,
    "/big": _big,
    "/bomb": _bomb,
    "/loop": lambda h: h.send(302, b"", headers={"Location": "/loop2"}),
    "/loop2": lambda h: h.send(302, b"", headers={"Location": "/loop"}),
    "/to-file": lambda h: h.send(302, b"", headers={"Location": "file:///etc/passwd"}),
    "/moved": lambda h: h.send(301, b"", headers={"Location": "/rss"}),
    "/e500": lambda h: h.send(500, b"oops", "text/plain"),
    "/e429": lambda h: h.send(429, b"slow down", "text/plain", {"Retry-After": "3600"}),
    "/busy": _busy_then_ok,
    "/etag": _etag,
    "/private": _auth,
    "/feed/*": _slow_feed,
}


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # Clients hanging up mid-response (timeouts, caps, cancels) is what these tests provoke.
        pass


@pytest.fixture
def web():
    """Yields an object with .url(path), .hits, .routes (editable) and .seen_headers."""
    handler = type("H", (Handler,), {"routes": dict(ROUTES), "hits": {}})
    server = Server(("127.0.0.1", 0), handler)
    server.seen_headers = []
    server.timeout = 1
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()

    class Web:
        routes = handler.routes
        hits = handler.hits
        seen_headers = server.seen_headers

        @staticmethod
        def url(path: str) -> str:
            return f"http://127.0.0.1:{server.server_address[1]}{path}"

    try:
        yield Web
    finally:
        server.shutdown()
        server.server_close()
