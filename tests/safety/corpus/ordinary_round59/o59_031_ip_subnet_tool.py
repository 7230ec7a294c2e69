# family: ordinary, blind round 59 (IP subnet calculator and address classifier)
import ipaddress
from typing import Dict, List


def subnet_info(cidr: str) -> Dict[str, object]:
    net = ipaddress.ip_network(cidr, strict=False)
    hosts = list(net.hosts()) if net.num_addresses <= 4096 else None
    info = {
        "network": str(net.network_address),
        "prefix": net.prefixlen,
        "netmask": str(net.netmask),
        "addresses": net.num_addresses,
        "private": net.is_private,
    }
    if net.version == 4:
        info["broadcast"] = str(net.broadcast_address)
    if hosts:
        info["first_host"], info["last_host"] = str(hosts[0]), str(hosts[-1])
    return info


def split_subnet(cidr: str, new_prefix: int) -> List[str]:
    return [str(s) for s in ipaddress.ip_network(cidr).subnets(new_prefix=new_prefix)]


def classify(addresses: List[str], networks: List[str]) -> Dict[str, str]:
    nets = sorted((ipaddress.ip_network(n) for n in networks),
                  key=lambda n: n.prefixlen, reverse=True)
    result = {}
    for raw in addresses:
        try:
            addr = ipaddress.ip_address(raw)
        except ValueError:
            result[raw] = "invalid"
            continue
        match = next((n for n in nets if addr.version == n.version and addr in n), None)
        result[raw] = str(match) if match else "unmatched"
    return result


if __name__ == "__main__":
    for cidr in ["192.168.10.77/26", "10.0.0.0/8", "2001:db8::/120"]:
        print(cidr, "->", subnet_info(cidr))
    print(split_subnet("172.16.0.0/22", 24))
    print(classify(["10.1.2.3", "10.200.0.1", "8.8.8.8", "2001:db8::5", "300.1.1.1"],
                   ["10.0.0.0/8", "10.1.0.0/16", "2001:db8::/32"]))
