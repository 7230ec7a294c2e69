"""Inspect IP addresses and summarise lists of networks."""
import ipaddress


def classify_ip(address: str) -> dict:
    """Describe an IPv4/IPv6 address."""
    ip = ipaddress.ip_address(address.strip())
    return {
        "address": str(ip),
        "version": ip.version,
        "private": ip.is_private,
        "loopback": ip.is_loopback,
        "multicast": ip.is_multicast,
        "global": ip.is_global,
        "reverse_pointer": ip.reverse_pointer,
    }


def subnet_info(cidr: str) -> dict:
    net = ipaddress.ip_network(cidr, strict=False)
    hosts = net.num_addresses - (2 if net.version == 4 and net.prefixlen < 31 else 0)
    return {
        "network": str(net),
        "netmask": str(net.netmask),
        "broadcast": str(net.broadcast_address) if net.version == 4 else None,
        "usable_hosts": hosts,
    }


def collapse(cidrs: list[str]) -> list[str]:
    nets = [ipaddress.ip_network(c, strict=False) for c in cidrs]
    return [str(n) for n in ipaddress.collapse_addresses(nets)]


def in_any(address: str, cidrs: list[str]) -> bool:
    ip = ipaddress.ip_address(address)
    return any(ip in ipaddress.ip_network(c, strict=False) for c in cidrs)


if __name__ == "__main__":
    print(classify_ip("192.168.1.10"))
    print(classify_ip("2001:4860:4860::8888"))
    print(subnet_info("10.0.0.0/22"))
    print(collapse(["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/23", "192.168.0.0/24"]))
    print(in_any("10.0.3.7", ["10.0.0.0/22", "172.16.0.0/12"]))
