"""Where a fetch may connect.

Destinations: link-local addresses (169.254/16, fe80::/10, where cloud metadata services live),
known metadata names and addresses, and unspecified/multicast addresses are never fetched. Private
addresses (loopback, 10/8, 172.16/12, 192.168/16, fc00::/7, 100.64/10 ...) are fetched only when the
user typed that address (or a name that resolved to it in this fetch): a redirect or a feed listed
in an OPML file cannot lead us inside the network. Literal addresses are checked before any
connection; names are checked on the connected peer (before the request is sent), except through
a proxy from the environment, where the proxy resolves names and only the name rules apply.
"""

from __future__ import annotations

import ipaddress
import threading
from urllib.parse import urlsplit

METADATA_NAMES = frozenset({"metadata.google.internal", "metadata.goog", "metadata", "instance-data",
                            "instance-data.ec2.internal"})
METADATA_ADDRESSES = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200", "192.0.0.192"))


def _ip(text: str):
    try:
        ip = ipaddress.ip_address(text.strip("[]").split("%")[0])
    except ValueError:
        return None
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip


def address_kind(ip) -> str:
    """"never" (link-local, metadata, unspecified, multicast), "private" (not globally routable), or ""."""
    if (ip in METADATA_ADDRESSES or ip.is_link_local or ip.is_unspecified or ip.is_multicast
            or ip.is_reserved):
        return "never"
    if not ip.is_global:
        return "private"
    return ""


class Destinations:
    """Which private addresses this fetch may reach: those the user typed (host names or literal
    addresses), and the addresses those typed names resolved to when connected."""

    def __init__(self, typed=()) -> None:
        self.hosts = {norm_host(h) for h in typed if h}
        self.addresses = {ip for ip in (_ip(h) for h in self.hosts) if ip is not None}
        self._lock = threading.Lock()

    def problem(self, url: str) -> str:
        """Why `url` may not be fetched (before connecting), or ""."""
        host = norm_host(urlsplit(url).hostname or "")
        if host in METADATA_NAMES:
            return f"{host} is a cloud metadata service"
        ip = _ip(host)
        if ip is None:
            return ""  # a name: checked on the connected peer
        kind = address_kind(ip)
        if kind == "never":
            return f"{ip} is a link-local, metadata or other special address"
        if kind == "private" and ip not in self.addresses and host not in self.hosts:
            return f"{ip} is a private address you did not give"
        return ""

    def peer_problem(self, host: str, peer: str) -> str:
        ip = _ip(peer)
        if ip is None:
            return ""
        kind = address_kind(ip)
        if kind == "never":
            return f"{host} is at {ip}, a link-local, metadata or other special address"
        if kind == "private":
            with self._lock:
                if norm_host(host) in self.hosts:
                    self.addresses.add(ip)  # the name typed resolved here: this address is typed too
                    return ""
                if ip in self.addresses:
                    return ""
            return f"{host} is at {ip}, a private address you did not give"
        return ""


def norm_host(host: str) -> str:
    return host.strip().strip("[]").rstrip(".").lower()
