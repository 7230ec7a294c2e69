"""IP address helpers: subnet splitting, membership checks and address summaries."""
from __future__ import annotations

import ipaddress
from typing import Iterable


def describe_network(cidr: str) -> dict[str, object]:
    net = ipaddress.ip_network(cidr, strict=False)
    hosts = list(net.hosts()) if net.num_addresses <= 4096 else []
    return {
        "network": str(net.network_address),
        "broadcast": str(net.broadcast_address),
        "netmask": str(net.netmask),
        "prefix": net.prefixlen,
        "usable_hosts": max(net.num_addresses - 2, 0) if net.version == 4 else net.num_addresses,
        "first_host": str(hosts[0]) if hosts else None,
        "last_host": str(hosts[-1]) if hosts else None,
        "private": net.is_private,
    }


def plan_subnets(cidr: str, sizes: dict[str, int]) -> dict[str, str]:
    """Allocate subnets big enough for each named group, largest first (VLSM)."""
    pool = [ipaddress.ip_network(cidr)]
    plan: dict[str, str] = {}
    for name, hosts in sorted(sizes.items(), key=lambda kv: -kv[1]):
        prefix = 32 - max(2, (hosts + 2 - 1).bit_length())
        candidates = sorted((n for n in pool if n.prefixlen <= prefix), key=lambda n: (-n.prefixlen, n))
        if not candidates:
            raise ValueError(f"not enough space for {name} ({hosts} hosts)")
        chosen = candidates[0]
        pool.remove(chosen)
        subnet, *rest = chosen.subnets(new_prefix=prefix) if chosen.prefixlen < prefix else [chosen]
        pool.extend(chosen.address_exclude(subnet) if chosen != subnet else [])
        plan[name] = str(subnet)
    return plan


def group_by_network(addresses: Iterable[str], networks: Iterable[str]) -> dict[str, list[str]]:
    nets = [ipaddress.ip_network(n) for n in networks]
    groups: dict[str, list[str]] = {str(n): [] for n in nets} | {"unmatched": []}
    for raw in addresses:
        addr = ipaddress.ip_address(raw)
        match = next((n for n in sorted(nets, key=lambda n: -n.prefixlen) if addr in n), None)
        groups[str(match) if match else "unmatched"].append(raw)
    return groups


if __name__ == "__main__":
    print(describe_network("192.168.10.77/26"))
    print(plan_subnets("10.20.0.0/24", {"servers": 50, "office": 100, "printers": 10, "vpn": 20}))
    print(group_by_network(["10.0.1.5", "10.0.9.9", "8.8.8.8", "fd00::1"], ["10.0.0.0/16", "10.0.1.0/24", "fd00::/8"]))
