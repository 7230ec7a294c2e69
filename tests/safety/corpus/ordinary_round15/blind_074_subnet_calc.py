"""Subnet calculator: network details, splitting, and address membership checks."""
import ipaddress


def subnet_info(cidr: str) -> dict:
    net = ipaddress.ip_network(cidr, strict=False)
    hosts = net.num_addresses - (2 if net.version == 4 and net.prefixlen < 31 else 0)
    info = {"network": str(net), "version": net.version, "netmask": str(net.netmask),
            "hostmask": str(net.hostmask), "addresses": net.num_addresses, "usable_hosts": hosts,
            "private": net.is_private}
    if net.version == 4:
        info["broadcast"] = str(net.broadcast_address)
    if hosts > 0:
        first = net.network_address + (1 if net.version == 4 and net.prefixlen < 31 else 0)
        info["first_host"] = str(first)
        info["last_host"] = str(first + hosts - 1)
    return info


def split(cidr: str, new_prefix: int, limit: int = 16) -> list:
    net = ipaddress.ip_network(cidr, strict=False)
    subs = []
    for i, s in enumerate(net.subnets(new_prefix=new_prefix)):
        if i >= limit:
            subs.append("...")
            break
        subs.append(str(s))
    return subs


def locate(addresses: list, networks: list) -> dict:
    nets = sorted((ipaddress.ip_network(n, strict=False) for n in networks),
                  key=lambda n: n.prefixlen, reverse=True)
    out = {}
    for a in addresses:
        try:
            ip = ipaddress.ip_address(a)
        except ValueError:
            out[a] = "invalid"
            continue
        match = next((n for n in nets if n.version == ip.version and ip in n), None)
        out[a] = str(match) if match else None
    return out


def summarize(networks: list) -> list:
    return [str(n) for n in ipaddress.collapse_addresses(ipaddress.ip_network(x) for x in networks)]


if __name__ == "__main__":
    print(subnet_info("192.168.10.77/26"))
    print(split("10.0.0.0/22", 24), subnet_info("2001:db8::/126")["usable_hosts"])
    print(locate(["10.1.2.3", "10.1.9.9", "8.8.8.8", "nope", "::1"], ["10.0.0.0/8", "10.1.2.0/24", "::1/128"]))
    print(summarize(["192.0.2.0/25", "192.0.2.128/25", "192.0.3.0/24"]))
