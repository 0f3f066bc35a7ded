"""Tokens for private feeds and instance APIs: in the OS keyring (service "plnonboard", one
entry per host), never in the store, a plan, an export or a log.

With no usable keyring (headless Linux, a locked or missing Secret Service) every keyring
call raises a KeyringError; then the token is kept in memory for this session only and
`notice` says so in one plain sentence. keyring is imported lazily: its backend discovery can
be slow, so nothing pays for it until a token is needed."""

from __future__ import annotations

import threading

SERVICE = "plnonboard"
NO_KEYRING = ("No password keyring is available on this computer, so the token will be used for "
              "this session only and not remembered.")


class TokenStore:
    def __init__(self, service: str = SERVICE) -> None:
        self.service = service
        self._session: dict[str, str] = {}
        self._lock = threading.Lock()
        self.keyring_ok: bool | None = None  # None until first used
        self.notice = ""

    @property
    def session_only(self) -> bool:
        """True when a token is held for this session only because there is no keyring."""
        return self.keyring_ok is False and bool(self._session)

    def _keyring_failed(self) -> None:
        self.keyring_ok = False
        self.notice = NO_KEYRING

    def get(self, host: str) -> str | None:
        return self._get(host.lower())

    def _get(self, host: str) -> str | None:
        with self._lock:
            if host in self._session:
                return self._session[host]
        if self.keyring_ok is False:
            return None
        try:
            import keyring
            from keyring.errors import KeyringError

            try:
                value = keyring.get_password(self.service, host)
            except KeyringError:
                self._keyring_failed()
                return None
        except Exception:  # a broken backend (D-Bus, import) is the same as no keyring
            self._keyring_failed()
            return None
        self.keyring_ok = True
        return value or None

    def set(self, host: str, token: str) -> bool:
        """Remember `token` for `host`. True if the keyring has it; False if only this session does."""
        return self._set(host.lower(), token)

    def _set(self, host: str, token: str) -> bool:
        with self._lock:
            self._session[host] = token
        if self.keyring_ok is False:
            return False
        try:
            import keyring
            from keyring.errors import KeyringError

            try:
                keyring.set_password(self.service, host, token)
            except KeyringError:
                self._keyring_failed()
                return False
        except Exception:
            self._keyring_failed()
            return False
        self.keyring_ok = True
        return True

    def delete(self, host: str) -> None:
        host = host.lower()
        with self._lock:
            self._session.pop(host, None)
        if self.keyring_ok is False:
            return
        try:
            import keyring
            from keyring.errors import KeyringError, PasswordDeleteError

            try:
                keyring.delete_password(self.service, host)
            except PasswordDeleteError:
                pass
            except KeyringError:
                self._keyring_failed()
        except Exception:
            self._keyring_failed()

    def __repr__(self) -> str:  # never show a secret by accident
        return f"TokenStore(service={self.service!r}, hosts={len(self._session)})"


FEED_PREFIX = "feed "  # keyring user name of a feed's credentials: "feed " + its address without them


class FeedCredentials:
    """Credentials written inside feed addresses (user:pass@, ?token=, ?key= …; core.credentials):
    kept in the keyring under the address without them, put back only to fetch (issue 14)."""

    def __init__(self, tokens: TokenStore | None = None) -> None:
        self.tokens = tokens or TokenStore()

    @property
    def notice(self) -> str:
        return self.tokens.notice if self.tokens.session_only else ""

    def keep(self, clean_url: str, secret: str) -> None:
        self.tokens._set(FEED_PREFIX + clean_url, secret)

    def separate(self, url: str) -> str:
        """Keep the credentials of `url` and return the address without them."""
        from ..core.credentials import split_url

        clean, secret = split_url(url)
        if secret:
            self.keep(clean, secret)
        return clean

    def for_fetching(self, url: str) -> str:
        """`url` with its kept credentials put back (unchanged if it has its own or none are kept)."""
        from ..core.credentials import attach, has_credentials

        if has_credentials(url):
            return url
        return attach(url, self.tokens._get(FEED_PREFIX + url) or "")


class _RedactCredentials:
    """A logging filter: an address's credentials never reach a log record (urllib3 logs each
    request line at DEBUG, query string included)."""

    def filter(self, record) -> bool:
        from ..core.credentials import redact_text

        try:
            message = record.getMessage()
        except Exception:  # a broken record is logging's business, not ours
            return True
        cleaned = redact_text(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True


_REDACTING = _RedactCredentials()


def redact_http_logs() -> None:
    """Install the filter on the loggers that name fetched addresses (idempotent)."""
    import logging

    for name in ("urllib3.connectionpool", "requests"):
        logger = logging.getLogger(name)
        if _REDACTING not in logger.filters:
            logger.addFilter(_REDACTING)
