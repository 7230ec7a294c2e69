# ordinary: IPv4/IPv6 subnet calculator using the ipaddress module
import ipaddress


def describe_network(cidr):
    net = ipaddress.ip_network(cidr, strict=False)
    info = {
        "network": str(net.network_address),
        "prefix": net.prefixlen,
        "netmask": str(net.netmask),
        "addresses": net.num_addresses,
        "version": net.version,
        "private": net.is_private,
    }
    if net.version == 4 and net.prefixlen <= 30:
        hosts = list(net.hosts()) if net.num_addresses <= 1024 else None
        info["broadcast"] = str(net.broadcast_address)
        info["first_host"] = str(hosts[0] if hosts else net.network_address + 1)
        info["last_host"] = str(hosts[-1] if hosts else net.broadcast_address - 1)
    return info


def split(cidr, new_prefix):
    net = ipaddress.ip_network(cidr)
    if new_prefix < net.prefixlen:
        raise ValueError(f"/{new_prefix} is larger than {net}")
    return [str(s) for s in net.subnets(new_prefix=new_prefix)]


def which_network(address, networks):
    ip = ipaddress.ip_address(address)
    matches = [ipaddress.ip_network(n) for n in networks if ip in ipaddress.ip_network(n)]
    return str(max(matches, key=lambda n: n.prefixlen)) if matches else None


if __name__ == "__main__":
    for cidr in ["192.168.1.77/24", "10.0.0.0/30", "2001:db8::/64"]:
        print(cidr, describe_network(cidr))
    print(split("10.10.0.0/22", 24))
    print(which_network("10.10.2.9", ["10.0.0.0/8", "10.10.0.0/16", "10.10.2.0/24", "192.168.0.0/16"]))
    print(list(ipaddress.collapse_addresses([ipaddress.ip_network("10.0.0.0/25"), ipaddress.ip_network("10.0.0.128/25")])))
