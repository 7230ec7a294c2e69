import ipaddress


def summarize_ips(addresses: list[str]) -> dict:
    """Classify IP addresses and collapse them into the smallest set of networks."""
    parsed = []
    invalid = []
    for text in addresses:
        try:
            parsed.append(ipaddress.ip_address(text.strip()))
        except ValueError:
            invalid.append(text)
    v4 = [a for a in parsed if a.version == 4]
    v6 = [a for a in parsed if a.version == 6]
    networks = [str(n) for n in ipaddress.collapse_addresses(ipaddress.ip_network(a) for a in v4)]
    return {
        "ipv4": len(v4),
        "ipv6": len(v6),
        "private": sorted(str(a) for a in parsed if a.is_private),
        "networks": networks,
        "invalid": invalid,
    }


def in_network(address: str, network: str) -> bool:
    return ipaddress.ip_address(address) in ipaddress.ip_network(network, strict=False)


def hosts(network: str, limit: int = 10) -> list[str]:
    net = ipaddress.ip_network(network, strict=False)
    out = []
    for host in net.hosts():
        out.append(str(host))
        if len(out) >= limit:
            break
    return out
