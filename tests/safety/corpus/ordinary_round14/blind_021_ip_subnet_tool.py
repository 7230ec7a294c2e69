"""Summarize and check IP addresses against a set of subnets."""
import ipaddress
from collections import defaultdict


def classify_addresses(addresses: list[str], networks: list[str]) -> dict:
    nets = sorted((ipaddress.ip_network(n, strict=False) for n in networks),
                  key=lambda n: n.prefixlen, reverse=True)
    matched: dict[str, list[str]] = defaultdict(list)
    invalid, unmatched = [], []
    for raw in addresses:
        try:
            addr = ipaddress.ip_address(raw.strip())
        except ValueError:
            invalid.append(raw)
            continue
        net = next((n for n in nets if addr.version == n.version and addr in n), None)
        if net is None:
            unmatched.append(str(addr))
        else:
            matched[str(net)].append(str(addr))
    return {"matched": dict(matched), "unmatched": unmatched, "invalid": invalid}


def describe_network(cidr: str) -> dict:
    net = ipaddress.ip_network(cidr, strict=False)
    hosts = net.num_addresses - 2 if net.version == 4 and net.prefixlen < 31 else net.num_addresses
    return {
        "network": str(net.network_address),
        "broadcast": str(net.broadcast_address),
        "netmask": str(net.netmask),
        "prefix": net.prefixlen,
        "usable_hosts": hosts,
        "private": net.is_private,
        "version": net.version,
    }


def split_network(cidr: str, new_prefix: int) -> list[str]:
    net = ipaddress.ip_network(cidr)
    return [str(s) for s in net.subnets(new_prefix=new_prefix)]


def merge_ranges(cidrs: list[str]) -> list[str]:
    nets = [ipaddress.ip_network(c) for c in cidrs]
    return [str(n) for n in ipaddress.collapse_addresses(nets)]


if __name__ == "__main__":
    print(classify_addresses(["10.0.0.5", "10.1.2.3", "192.168.1.9", "8.8.8.8", "::1", "nope"],
                             ["10.0.0.0/8", "10.1.0.0/16", "192.168.0.0/16", "::1/128"]))
    print(describe_network("192.168.10.77/26"))
    print(split_network("10.0.0.0/24", 26))
    print(merge_ranges(["10.0.0.0/25", "10.0.0.128/25", "10.0.1.0/24", "10.0.3.0/24"]))
