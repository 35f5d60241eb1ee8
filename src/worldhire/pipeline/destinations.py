"""Where webhooks may send, and the HTTP transport that holds them to it.

A tenant admin chooses webhook URLs, and the server sends to them. Without a check, an admin of
one tenant could aim a webhook at the server's own network (http://localhost:5432/,
http://169.254.169.254/ for cloud credentials, a neighbour's admin port) and read the answers
through the delivery log: server-side request forgery. So by default a webhook may only reach
public (globally routable) addresses. The check runs when a URL is registered, for quick
feedback, and again on every send, on the very address the transport then connects to: a name
that resolved to a public address at registration may point inward later (DNS rebinding). A name
that does not resolve yet is accepted at registration (the receiver may not be up yet); its sends
are checked like any other.
Redirects are not followed, since a public receiver could otherwise bounce the request inward.

A deployment whose receivers live on its own network (a Jira on the office LAN, a test receiver
on localhost) turns the check off with WORLDHIRE_WEBHOOK_ALLOW_PRIVATE=1.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from urllib.parse import SplitResult, urlsplit

from worldhire.core.errors import WorldhireError

ALLOW_PRIVATE_ENV = "WORLDHIRE_WEBHOOK_ALLOW_PRIVATE"

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Sequence[IPAddress]]


class UnsafeDestination(WorldhireError, ValueError):
    """A webhook URL that leads to an address webhooks may not reach; the message says which."""

    status = 422
    code = "unsafe-destination"


class UnresolvedHost(UnsafeDestination):
    """The URL's host name has no address now, so where it leads cannot be judged yet."""

    code = "unresolved-host"


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address `host` resolves to for TCP, in the resolver's order."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise UnresolvedHost(f"the host {host!r} does not resolve: {exc}") from exc
    return list(dict.fromkeys(ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
                              for info in infos))


def _port(scheme: str, port: int | None) -> int:
    return port or (443 if scheme == "https" else 80)


def require_http_url(url: str) -> SplitResult:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnsafeDestination(f"{url!r} is not an http(s) URL")
    try:
        parts.port  # noqa: B018 - reading it validates it
    except ValueError as exc:
        raise UnsafeDestination(f"{url!r} has an invalid port") from exc
    return parts


def checked_addresses(
    url: str, *, allow_private: bool, resolver: Resolver = resolve
) -> list[IPAddress]:
    """The addresses a send to `url` may connect to; UnsafeDestination when there are none."""
    parts = require_http_url(url)
    port = _port(parts.scheme, parts.port)
    assert parts.hostname  # require_http_url refused URLs without one
    try:
        addresses: list[IPAddress] = [ipaddress.ip_address(parts.hostname)]
    except ValueError:
        addresses = list(resolver(parts.hostname, port))
    if not addresses:
        raise UnresolvedHost(f"the host {parts.hostname!r} has no address")
    if allow_private:
        return addresses
    # Every address must be public: a name that also resolves inward could be steered there.
    for address in addresses:
        if not _public(address):
            named = "" if parts.hostname == str(address) else f"{parts.hostname} resolves to "
            raise UnsafeDestination(
                f"{named}{address} is on a private, loopback, link-local or reserved network; "
                f"webhooks only go to public addresses unless the deployment sets "
                f"{ALLOW_PRIVATE_ENV}=1"
            )
    return addresses


# IPv6 forms that carry an IPv4 address a packet may end up at: judged by that address.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")  # RFC 6052, translated to the IPv4 inside
_IPV4_TRANSLATED = ipaddress.ip_network("::ffff:0:0:0/96")  # RFC 2765 (SIIT)
# Never a public destination: deprecated IPv4-compatible addresses (::127.0.0.1) and the
# local-use NAT64 prefix (RFC 8215), whose translation the deployment's network decides.
_NEVER_PUBLIC = (ipaddress.ip_network("::/96"), ipaddress.ip_network("64:ff9b:1::/48"))


def _public(address: IPAddress) -> bool:
    if isinstance(address, ipaddress.IPv6Address):
        if any(address in network for network in _NEVER_PUBLIC):
            return False
        embedded = address.ipv4_mapped or address.sixtofour  # ::ffff:a.b.c.d, 2002:aabb:ccdd::
        if embedded is None and (address in _NAT64 or address in _IPV4_TRANSLATED):
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFF_FFFF)
        if embedded is not None:
            return _public(embedded)
    return address.is_global and not address.is_multicast


class PinnedTransport:
    """POSTs with http.client to an address that passed the check, never to a fresh lookup of
    the name; HTTPS still verifies the certificate against the host name. A non-2xx answer
    (redirects included) is a status, not an exception."""

    def __init__(self, *, allow_private: bool = False, resolver: Resolver = resolve,
                 tls: ssl.SSLContext | None = None) -> None:
        self.allow_private = allow_private
        self.resolver = resolver
        self.tls = tls

    def post(self, url: str, body: bytes, headers: Mapping[str, str], timeout: float) -> int:
        parts = urlsplit(url)
        address = checked_addresses(url, allow_private=self.allow_private,
                                    resolver=self.resolver)[0]
        host = parts.hostname or ""
        port = _port(parts.scheme, parts.port)
        connection: http.client.HTTPConnection = (
            _PinnedHTTPS(host, port, str(address), timeout, self.tls or _default_tls())
            if parts.scheme == "https"
            else _PinnedHTTP(host, port, str(address), timeout)
        )
        path = parts.path or "/"
        if parts.query:
            path += f"?{parts.query}"
        try:
            connection.request("POST", path, body=body, headers=dict(headers))
            return int(connection.getresponse().status)
        finally:
            connection.close()


@cache
def _default_tls() -> ssl.SSLContext:
    # Loading the system's CA certificates takes about 20 ms: once per process, and only when
    # something is sent over HTTPS, not for every Webhooks built by a request.
    return ssl.create_default_context()


class _PinnedHTTP(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float,
                 tls: ssl.SSLContext) -> None:
        super().__init__(host, port, timeout=timeout, context=tls)
        self.address, self.tls = address, tls

    def connect(self) -> None:
        raw = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self.tls.wrap_socket(raw, server_hostname=self.host)
