"""Plan subnets inside a network block with ipaddress."""
import ipaddress
from dataclasses import dataclass, field
from typing import Union

Network = Union[ipaddress.IPv4Network, ipaddress.IPv6Network]


@dataclass
class Allocation:
    name: str
    hosts: int
    subnet: Network | None = None


@dataclass
class Plan:
    parent: Network
    allocations: list[Allocation] = field(default_factory=list)
    free: list[Network] = field(default_factory=list)


def _prefix_for(hosts: int, max_prefix: int) -> int:
    needed = hosts + 2
    bits = max(needed - 1, 1).bit_length()
    return max_prefix - bits


def plan_subnets(block: str, requests: dict[str, int]) -> list[str]:
    """Entry point: allocate largest requests first; report assignments."""
    parent = ipaddress.ip_network(block, strict=True)
    plan = Plan(parent, free=[parent])
    for name, hosts in sorted(requests.items(), key=lambda kv: -kv[1]):
        alloc = Allocation(name, hosts)
        prefix = _prefix_for(hosts, parent.max_prefixlen)
        for i, candidate in enumerate(plan.free):
            if candidate.prefixlen <= prefix:
                pieces = list(candidate.subnets(new_prefix=prefix))
                alloc.subnet = pieces[0]
                remainder = list(candidate.address_exclude(pieces[0]))
                plan.free[i:i + 1] = sorted(remainder, key=lambda n: n.network_address)
                break
        plan.allocations.append(alloc)
    lines = []
    for a in plan.allocations:
        where = str(a.subnet) if a.subnet else "UNALLOCATED"
        lines.append(f"{a.name:<10} {a.hosts:>5} hosts -> {where}")
    lines.append("free: " + ", ".join(str(n) for n in plan.free))
    return lines
