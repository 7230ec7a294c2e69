"""Allocate non-overlapping subnets from a parent network."""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from typing import Iterator, Union

Network = Union[ipaddress.IPv4Network, ipaddress.IPv6Network]


class AllocationError(RuntimeError):
    pass


@dataclass
class SubnetAllocator:
    parent: Network
    allocations: dict[str, Network] = field(default_factory=dict)

    @classmethod
    def from_cidr(cls, cidr: str) -> "SubnetAllocator":
        return cls(ipaddress.ip_network(cidr, strict=True))

    def _is_free(self, candidate: Network) -> bool:
        return not any(candidate.overlaps(n) for n in self.allocations.values())

    def allocate(self, name: str, prefixlen: int) -> Network:
        if name in self.allocations:
            raise AllocationError(f"{name!r} already has {self.allocations[name]}")
        if prefixlen < self.parent.prefixlen:
            raise AllocationError(f"/{prefixlen} is larger than parent {self.parent}")
        for candidate in self.parent.subnets(new_prefix=prefixlen):
            if self._is_free(candidate):
                self.allocations[name] = candidate
                return candidate
        raise AllocationError(f"no free /{prefixlen} left in {self.parent}")

    def release(self, name: str) -> Network:
        return self.allocations.pop(name)

    def owner_of(self, address: str) -> str | None:
        ip = ipaddress.ip_address(address)
        return next((name for name, net in self.allocations.items() if ip in net), None)

    def free_addresses(self) -> int:
        return self.parent.num_addresses - sum(n.num_addresses for n in self.allocations.values())

    def __iter__(self) -> Iterator[tuple[str, Network]]:
        return iter(sorted(self.allocations.items(), key=lambda kv: kv[1]))


def plan_subnets(cidr: str, requests: dict[str, int]) -> dict[str, str]:
    alloc = SubnetAllocator.from_cidr(cidr)
    for name, prefix in sorted(requests.items(), key=lambda kv: kv[1]):
        alloc.allocate(name, prefix)
    return {name: str(net) for name, net in alloc}


if __name__ == "__main__":
    print(plan_subnets("10.0.0.0/22", {"web": 24, "db": 26, "mgmt": 28, "k8s": 23}))
    a = SubnetAllocator.from_cidr("192.168.1.0/24")
    a.allocate("lan", 25)
    print(a.owner_of("192.168.1.77"), a.free_addresses())
