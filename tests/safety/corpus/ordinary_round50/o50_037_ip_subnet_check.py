# family: ordinary, blind round 50 (IP subnet checks)
import ipaddress
from typing import Iterable

ALLOWLIST = ["10.0.0.0/8", "192.168.1.0/24", "2001:db8::/32", "203.0.113.7/32"]


class IpPolicy:
    def __init__(self, networks: Iterable[str]):
        self.networks = [ipaddress.ip_network(n, strict=False) for n in networks]

    def allowed(self, addr: str) -> bool:
        ip = ipaddress.ip_address(addr)
        return any(ip.version == n.version and ip in n for n in self.networks)

    def matching(self, addr: str) -> list[str]:
        ip = ipaddress.ip_address(addr)
        return [str(n) for n in self.networks if ip.version == n.version and ip in n]


def classify(addr: str) -> str:
    ip = ipaddress.ip_address(addr)
    for label in ("loopback", "private", "link_local", "multicast", "reserved"):
        if getattr(ip, f"is_{label}"):
            return label
    return "global"


def subnet_info(cidr: str) -> dict:
    net = ipaddress.ip_network(cidr, strict=False)
    hosts = list(net.hosts()) if net.num_addresses <= 1024 else []
    return {
        "network": str(net.network_address), "broadcast": str(net.broadcast_address),
        "netmask": str(net.netmask), "usable": max(net.num_addresses - 2, 0) if net.version == 4 else net.num_addresses,
        "first_host": str(hosts[0]) if hosts else None, "last_host": str(hosts[-1]) if hosts else None,
    }


if __name__ == "__main__":
    policy = IpPolicy(ALLOWLIST)
    for a in ["10.20.30.40", "192.168.2.5", "203.0.113.7", "2001:db8::1", "8.8.8.8", "127.0.0.1"]:
        print(f"{a:<14} allowed={str(policy.allowed(a)):<5} class={classify(a):<9} via={policy.matching(a)}")
    print(subnet_info("192.168.1.77/26"))
    print("summarised:", [str(n) for n in ipaddress.collapse_addresses(
        [ipaddress.ip_network("10.1.0.0/24"), ipaddress.ip_network("10.1.1.0/24")])])
