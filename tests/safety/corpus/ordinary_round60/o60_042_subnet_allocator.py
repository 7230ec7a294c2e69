# family: ordinary, blind round 60 (IP subnet allocator and lookup with ipaddress)
import ipaddress
from dataclasses import dataclass, field


class AllocationError(Exception):
    pass


@dataclass
class SubnetPool:
    cidr: str
    allocations: dict[str, ipaddress.IPv4Network] = field(default_factory=dict)

    def __post_init__(self):
        try:
            self.network = ipaddress.ip_network(self.cidr, strict=True)
        except ValueError as err:
            raise AllocationError(f"invalid pool CIDR {self.cidr!r}") from err

    def allocate(self, name: str, prefixlen: int) -> ipaddress.IPv4Network:
        if name in self.allocations:
            raise AllocationError(f"{name!r} already allocated")
        if prefixlen < self.network.prefixlen:
            raise AllocationError(f"/{prefixlen} is larger than the pool")
        for candidate in self.network.subnets(new_prefix=prefixlen):
            if not any(candidate.overlaps(used) for used in self.allocations.values()):
                self.allocations[name] = candidate
                return candidate
        raise AllocationError(f"no free /{prefixlen} in {self.network}")

    def release(self, name: str) -> None:
        self.allocations.pop(name)

    def owner_of(self, address: str) -> str | None:
        ip = ipaddress.ip_address(address)
        return next((n for n, net in self.allocations.items() if ip in net), None)

    def utilization(self) -> float:
        used = sum(net.num_addresses for net in self.allocations.values())
        return used / self.network.num_addresses


if __name__ == "__main__":
    pool = SubnetPool("10.20.0.0/22")
    for name, size in [("web", 24), ("db", 26), ("cache", 26), ("vpn", 25), ("lab", 23)]:
        try:
            net = pool.allocate(name, size)
            print(f"{name:6} -> {net} ({net.num_addresses - 2} hosts, gw {next(net.hosts())})")
        except AllocationError as e:
            print(f"{name:6} !! {e}")
    print(f"utilization: {pool.utilization():.1%}")
    for addr in ("10.20.1.10", "10.20.1.200", "10.20.3.3"):
        print(addr, "belongs to", pool.owner_of(addr))
    pool.release("db")
    print("after release, new /27 ->", pool.allocate("metrics", 27))
    try:
        SubnetPool("10.0.0.1/24")
    except AllocationError as e:
        print("error:", e, "| cause:", e.__cause__)
