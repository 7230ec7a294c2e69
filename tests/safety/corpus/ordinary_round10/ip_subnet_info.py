"""Describe an IP network: size, ranges, and membership checks."""

import ipaddress
from typing import TypedDict


class SubnetInfo(TypedDict):
    network: str
    netmask: str
    version: int
    num_addresses: int
    first_host: str | None
    last_host: str | None
    is_private: bool
    contains: dict[str, bool]


def subnet_info(cidr: str, check: list[str] | None = None) -> SubnetInfo:
    net = ipaddress.ip_network(cidr, strict=False)
    hosts = net.hosts()
    first = next(iter(hosts), None)
    last = net.broadcast_address - 1 if net.num_addresses > 2 else (first if first else None)
    if net.version == 6 or net.num_addresses <= 2:
        last = net[-1]
    membership = {}
    for addr in check or []:
        try:
            membership[addr] = ipaddress.ip_address(addr) in net
        except ValueError:
            membership[addr] = False
    return SubnetInfo(
        network=str(net),
        netmask=str(net.netmask),
        version=net.version,
        num_addresses=net.num_addresses,
        first_host=str(first) if first else None,
        last_host=str(last) if last else None,
        is_private=net.is_private,
        contains=membership,
    )


if __name__ == "__main__":
    print(subnet_info("192.168.1.77/26", ["192.168.1.70", "192.168.1.130", "nonsense"]))
    print(subnet_info("2001:db8::/126"))
