"""IP address utilities: classify, summarise ranges, and check allow-lists."""
import ipaddress


def classify(addr: str) -> dict:
    ip = ipaddress.ip_address(addr.strip())
    return {
        "address": str(ip),
        "version": ip.version,
        "private": ip.is_private,
        "loopback": ip.is_loopback,
        "multicast": ip.is_multicast,
        "reserved": ip.is_reserved,
        "reverse": ip.reverse_pointer,
    }


def in_allowlist(addr: str, allowlist: list[str]) -> bool:
    ip = ipaddress.ip_address(addr)
    return any(ip in ipaddress.ip_network(net, strict=False) for net in allowlist)


def summarize(start: str, end: str) -> list[str]:
    first, last = ipaddress.ip_address(start), ipaddress.ip_address(end)
    return [str(n) for n in ipaddress.summarize_address_range(first, last)]


def subnet_plan(network: str, new_prefix: int) -> list[dict]:
    net = ipaddress.ip_network(network)
    return [{"subnet": str(s), "hosts": s.num_addresses - 2 if s.version == 4 and s.prefixlen < 31 else s.num_addresses,
             "first": str(next(s.hosts(), s.network_address))}
            for s in net.subnets(new_prefix=new_prefix)]


def collapse(networks: list[str]) -> list[str]:
    return [str(n) for n in ipaddress.collapse_addresses(ipaddress.ip_network(x) for x in networks)]


if __name__ == "__main__":
    print(classify("192.168.1.10"))
    print(classify("2001:db8::1")["reverse"][:20])
    print(in_allowlist("10.1.2.3", ["10.0.0.0/8", "192.168.0.0/16"]), in_allowlist("8.8.8.8", ["10.0.0.0/8"]))
    print(summarize("192.0.2.0", "192.0.2.130"))
    print(subnet_plan("10.0.0.0/24", 26))
    print(collapse(["192.0.2.0/25", "192.0.2.128/25", "198.51.100.0/24"]))
