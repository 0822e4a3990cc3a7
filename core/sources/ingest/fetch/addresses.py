"""Which addresses a source may reach: public ones, and the private range its own URL names."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address, ip_network
from urllib.parse import urlsplit

from core.sources.ingest.errors import ForbiddenAddressError, NetworkError

IPAddress = IPv4Address | IPv6Address
IPNetwork = IPv4Network | IPv6Network
# host, port -> every address the name resolves to (tests inject a fake one).
Resolver = Callable[[str, int], Awaitable[list[str]]]

# The non-public blocks an operator may open to a source by giving its URL an address in one.
_BLOCKS = tuple(
    ip_network(block)
    for block in (
        "127.0.0.0/8", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10",
        "169.254.0.0/16", "0.0.0.0/8", "::1/128", "fc00::/7", "fe80::/10",
    )
)  # fmt: skip
_LOOPBACK = (ip_network("127.0.0.0/8"), ip_network("::1/128"))
# Cloud metadata services: reachable only from a source configured at exactly that address.
_METADATA = frozenset(
    ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200")
)
_NAT64 = ip_network("64:ff9b::/96")


async def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for host."""
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise NetworkError(f"cannot resolve {host}: {exc.strerror or exc}") from None
    return [str(info[4][0]) for info in infos]


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    """Public addresses always; `allowed` non-public blocks only when the source's URL is in one."""

    allowed: tuple[IPNetwork, ...] = ()
    configured: IPAddress | None = None

    @classmethod
    def for_url(cls, url: str) -> AddressPolicy:
        """The policy of a source configured at url: its literal address's block, or none.

        Only an address written in the URL (or localhost) opens a range: a name's DNS answer is
        chosen by whoever runs that name's DNS, so it opens nothing.
        """
        host = (urlsplit(url).hostname or "").rstrip(".").lower()
        if host == "localhost" or host.endswith(".localhost"):
            return cls(_LOOPBACK)
        try:
            address = _unwrapped(ip_address(host))
        except ValueError:
            return cls()
        if not _non_public(address):
            return cls()
        block = next((b for b in _BLOCKS if address in b), ip_network(address))
        return cls((block,), address)

    @property
    def note(self) -> str:
        """'private network allowed: URL configured in 127.0.0.0/8', or '' for none."""
        if not self.allowed:
            return ""
        blocks = " and ".join(str(block) for block in self.allowed)
        return f"private network allowed: URL configured in {blocks}"

    def check(self, host: str, answers: list[str]) -> list[str]:
        """The answers to connect to; ForbiddenAddressError if any is out of bounds."""
        if not answers:
            raise NetworkError(f"cannot resolve {host}: no address")
        for answer in answers:
            address = _unwrapped(ip_address(answer.split("%", 1)[0]))
            if self._refused(address):
                raise ForbiddenAddressError(
                    f"refused to connect to {host} ({address}, {_kind(address)} address): only "
                    "public addresses, or the private range the source's own URL is in"
                )
        return answers

    def _refused(self, address: IPAddress) -> bool:
        if address in _METADATA:
            return address != self.configured
        if not _non_public(address):
            return False
        return not any(address.version == b.version and address in b for b in self.allowed)


async def checked_addresses(
    host: str, port: int, policy: AddressPolicy, resolver: Resolver
) -> list[str]:
    """The addresses of host (a name or a literal) that policy lets us connect to."""
    try:
        literal = ip_address(host)
    except ValueError:
        return policy.check(host, await resolver(host, port))
    return policy.check(host, [str(literal)])


def _unwrapped(address: IPAddress) -> IPAddress:
    """The IPv4 address an IPv4-mapped or NAT64 IPv6 address reaches."""
    if isinstance(address, IPv6Address):
        if address.ipv4_mapped is not None:
            return address.ipv4_mapped
        if address in _NAT64:
            return IPv4Address(int(address) & 0xFFFFFFFF)
    return address


def _non_public(address: IPAddress) -> bool:
    return not address.is_global or address.is_multicast or address.is_reserved


def _kind(address: IPAddress) -> str:
    if address in _METADATA:
        return "a cloud metadata"
    kinds = (
        ("a loopback", address.is_loopback),
        ("a link-local", address.is_link_local),
        ("a multicast", address.is_multicast),
        ("an unspecified", address.is_unspecified),
        ("a private", address.is_private),
    )
    return next((kind for kind, found in kinds if found), "a non-public")
