"""The errors a fetch can end in: each one plain sentence naming the source, plus a short
`reason` key (for tests, JSON output and the window's translated headline)."""

from __future__ import annotations

from urllib.parse import urlsplit

from ..core.errors import NetworkProblem


class FetchError(NetworkProblem):
    """One plain sentence about one source; `reason` is a short key for tests and JSON."""

    reason = "failed"

    def __init__(self, url: str, sentence: str) -> None:
        self.url = url
        self.sentence = sentence
        super().__init__(sentence)


class BadAddress(FetchError):
    reason = "bad-address"


class UnsupportedScheme(FetchError):
    reason = "scheme"


class BlockedAddress(BadAddress):
    """A link-local or cloud-metadata address (always), or a private one the user did not type."""

    reason = "blocked-address"


class Timeout(FetchError):
    reason = "timeout"


class TooLarge(FetchError):
    reason = "too-large"


class TooManyRedirects(FetchError):
    reason = "redirects"


class HTTPStatus(FetchError):
    reason = "http"

    def __init__(self, url: str, sentence: str, status: int) -> None:
        super().__init__(url, sentence)
        self.status = status


class TLSFailure(FetchError):
    reason = "tls"


class ConnectionFailed(FetchError):
    reason = "connection"


def deadline_error(url: str, limits) -> Timeout:
    return Timeout(url, f"{url}: took longer than {limits.deadline:g} seconds in total, so it was stopped "
                        "(the server is too slow).")


def status_error(url: str, status: int, had_token: bool) -> HTTPStatus:
    if status in (401, 403):
        hint = ("the saved token was refused; update it" if had_token
                else f"it needs a token; add one for {(urlsplit(url).hostname or '').lower()}")
        return HTTPStatus(url, f"{url}: access denied (HTTP {status}): {hint}.", status)
    if status == 404:
        return HTTPStatus(url, f"{url}: not found (HTTP 404); check the address.", status)
    if status == 410:
        return HTTPStatus(url, f"{url}: gone (HTTP 410); this feed has been removed.", status)
    if status == 429:
        return HTTPStatus(url, f"{url}: too many requests (HTTP 429); try again later.", status)
    if status >= 500:
        return HTTPStatus(url, f"{url}: the server had an error (HTTP {status}); try again later.", status)
    return HTTPStatus(url, f"{url}: the server refused the request (HTTP {status}).", status)


def too_large(url: str, limits) -> TooLarge:
    return TooLarge(url, f"{url}: is larger than {limits.max_bytes / 1_000_000:g} MB, so it was not imported.")


def translate(url: str, exc: Exception, limits) -> FetchError:
    import requests

    if isinstance(exc, requests.exceptions.SSLError):
        return TLSFailure(url, f"{url}: the secure connection failed (TLS certificate or handshake problem).")
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return Timeout(url, f"{url}: the server did not answer within {limits.connect_timeout:g} seconds.")
    if isinstance(exc, (requests.exceptions.ReadTimeout, requests.exceptions.Timeout)):
        return Timeout(url, f"{url}: the server stopped sending for more than {limits.read_timeout:g} seconds.")
    if isinstance(exc, requests.exceptions.TooManyRedirects):
        return TooManyRedirects(url, f"{url}: redirected too many times (probably a redirect loop).")
    if isinstance(exc, (requests.exceptions.InvalidSchema, requests.exceptions.MissingSchema,
                        requests.exceptions.InvalidURL)):
        return BadAddress(url, f"{url}: is not an address that can be fetched.")
    if isinstance(exc, requests.exceptions.ContentDecodingError):
        return ConnectionFailed(url, f"{url}: the server sent a damaged compressed answer.")
    if isinstance(exc, requests.exceptions.ConnectionError):
        return ConnectionFailed(url, f"{url}: could not connect (check the address and your internet "
                                     "connection).")
    # Anything else, from requests or not, is one sentence naming its kind.
    return ConnectionFailed(url, f"{url}: the download failed ({type(exc).__name__}).")
