"""The one host policy: what counts as loopback, and what is a well-formed host name."""

from __future__ import annotations

import ipaddress
import re

LOOPBACK_NAMES = frozenset({"localhost"})
"""Host names that always resolve to this machine."""

_LABEL = r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?"
_HOST_NAME = re.compile(rf"^(?=.{{1,253}}\.?$){_LABEL}(?:\.{_LABEL})*\.?$", re.I | re.A)


def _address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def is_ip_address(host: str) -> bool:
    """Whether ``host`` is an IPv4 or IPv6 address (brackets allowed)."""
    return _address(host) is not None


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address, IPv6 with or without brackets) only reaches this
    machine: ``localhost`` or an address in 127.0.0.0/8 or ``::1``."""
    name = host.rstrip(".").lower()
    if name in LOOPBACK_NAMES:
        return True
    address = _address(name)
    return address is not None and address.is_loopback


def is_host(host: str) -> bool:
    """Whether ``host`` is an IP address or a well-formed DNS name (labels of letters, digits,
    ``-`` and ``_``, ASCII only, at most 63 characters each and 253 in all)."""
    return is_ip_address(host) or bool(_HOST_NAME.match(host))
