"""Fetching an article from a URL without letting the server be used against its network.

Only http and https. Every host name is resolved here and each resolved address checked:
private, loopback, link-local, multicast, reserved and unspecified addresses are refused
(unless ``allow_private``), and the connection goes to the checked address itself (the host
name travels in the ``Host`` header and TLS SNI), so a second DNS answer cannot swap it.
Redirects are followed by hand, each hop checked the same way. Size, time and redirect
count are bounded.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from slant.errors import SlantError

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]

_ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_REDIRECTS = {301, 302, 303, 307, 308}


class FetchError(SlantError):
    """The URL cannot or may not be fetched."""


@dataclass(frozen=True)
class FetchLimits:
    timeout_s: float = 15.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5


@dataclass(frozen=True)
class Fetched:
    url: str
    """The final URL, after redirects."""
    text: str
    is_html: bool


def system_resolver(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(f"cannot resolve host {host!r}: {error}") from None
    return list(dict.fromkeys(info[4][0] for info in infos))


def is_public_address(address: Address) -> bool:
    """True for globally routable unicast addresses only."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def default_policy(allow_private: bool) -> Callable[[Address], bool]:
    return (lambda _address: True) if allow_private else is_public_address


def fetch_url(url: str, *, allow_private: bool = False, limits: FetchLimits | None = None,
              resolver: Resolver = system_resolver,
              address_allowed: Callable[[Address], bool] | None = None) -> Fetched:
    """GET ``url`` safely (see the module docstring); raise :class:`FetchError` on refusal."""
    limits = limits or FetchLimits()
    allowed = address_allowed or default_policy(allow_private)
    deadline = time.monotonic() + limits.timeout_s
    current = url.strip()
    with httpx.Client(follow_redirects=False, trust_env=False,
                      timeout=httpx.Timeout(limits.timeout_s)) as client:
        for _hop in range(limits.max_redirects + 1):
            request = _pinned_request(client, current, resolver, allowed)
            try:
                response = client.send(request, stream=True)
            except httpx.TimeoutException:
                raise FetchError(f"{_short(current)}: timed out") from None
            except httpx.HTTPError as error:
                raise FetchError(f"{_short(current)}: cannot fetch ({error})") from None
            try:
                if response.status_code in _REDIRECTS and "location" in response.headers:
                    current = urljoin(current, response.headers["location"])
                    continue
                return _read_body(response, current, limits, deadline)
            finally:
                response.close()
    raise FetchError(f"{_short(url)}: more than {limits.max_redirects} redirects")


def _pinned_request(client: httpx.Client, url: str, resolver: Resolver,
                    allowed: Callable[[Address], bool]) -> httpx.Request:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise FetchError(f"not a valid URL: {_short(url)}") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs can be fetched, not {scheme or 'this'!r}")
    host = parts.hostname
    if not host:
        raise FetchError(f"the URL has no host: {_short(url)}")
    if parts.username or parts.password:
        raise FetchError("URLs with a user name or password are not fetched")
    port = port or (443 if scheme == "https" else 80)
    addresses = resolver(host, port)
    if not addresses:
        raise FetchError(f"cannot resolve host {host!r}")
    checked: list[Address] = []
    for text in addresses:
        address = ipaddress.ip_address(text.split("%")[0])
        if not allowed(address):
            raise FetchError(
                f"refused: {host} resolves to {address}, a private, loopback or link-local "
                "address (start the server with --allow-private-urls to allow it)"
            )
        checked.append(address)
    target = checked[0]
    ip_host = f"[{target}]" if target.version == 6 else str(target)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    host_header = host if parts.port is None else f"{host}:{parts.port}"
    if ":" in host and not host.startswith("["):  # an IPv6 literal
        host_header = f"[{host}]" if parts.port is None else f"[{host}]:{parts.port}"
    request = client.build_request(
        "GET", f"{scheme}://{ip_host}:{port}{path}",
        headers={"Host": host_header, "User-Agent": "slant (article fetch)",
                 "Accept": "text/html, text/plain;q=0.9"},
        extensions={"sni_hostname": host} if scheme == "https" else {},
    )
    return request


def _read_body(response: httpx.Response, url: str, limits: FetchLimits,
               deadline: float) -> Fetched:
    if response.status_code >= 400:
        raise FetchError(f"{_short(url)}: the server answered HTTP {response.status_code}")
    if response.status_code in _REDIRECTS:
        raise FetchError(f"{_short(url)}: redirect without a Location header")
    content_type = response.headers.get("content-type", "text/html").split(";")[0].strip().lower()
    if content_type not in _ACCEPTED_TYPES:
        raise FetchError(f"{_short(url)}: {content_type} is not an HTML or text page")
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limits.max_bytes:
        raise FetchError(f"{_short(url)}: the page is larger than {limits.max_bytes} bytes")
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limits.max_bytes:
                raise FetchError(f"{_short(url)}: the page is larger than {limits.max_bytes} bytes")
            if time.monotonic() > deadline:
                raise FetchError(f"{_short(url)}: timed out")
            chunks.append(chunk)
    except httpx.HTTPError as error:
        raise FetchError(f"{_short(url)}: cannot fetch ({error})") from None
    data = b"".join(chunks)
    encoding = response.charset_encoding or "utf-8"
    try:
        text = data.decode(encoding, errors="replace")
    except LookupError:
        text = data.decode("utf-8", errors="replace")
    if not text.strip():
        raise FetchError(f"{_short(url)}: the page is empty")
    return Fetched(url=url, text=text, is_html=content_type != "text/plain")


def _short(url: str) -> str:
    return url if len(url) <= 120 else url[:117] + "..."
