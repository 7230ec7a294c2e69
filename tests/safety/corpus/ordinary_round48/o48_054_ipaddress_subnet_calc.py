# family: ordinary, blind round 48 (ipaddress subnet calculator)
import ipaddress

ALLOWLIST = ["10.0.0.0/8", "192.168.10.0/24", "2001:db8::/32"]


def describe(cidr: str) -> dict:
    net = ipaddress.ip_network(cidr, strict=False)
    hosts = net.num_addresses - 2 if net.version == 4 and net.prefixlen < 31 else net.num_addresses
    info = {
        "network": str(net.network_address),
        "prefix": net.prefixlen,
        "netmask": str(net.netmask),
        "usable_hosts": hosts,
        "private": net.is_private,
    }
    if net.version == 4:
        info["broadcast"] = str(net.broadcast_address)
        host_list = list(net.hosts()) if net.num_addresses <= 1024 else []
        if host_list:
            info["range"] = f"{host_list[0]} - {host_list[-1]}"
    return info


def split(cidr: str, new_prefix: int):
    return [str(s) for s in ipaddress.ip_network(cidr).subnets(new_prefix=new_prefix)]


def allowed(addr: str, allowlist=ALLOWLIST) -> bool:
    ip = ipaddress.ip_address(addr)
    return any(ip in ipaddress.ip_network(n) for n in allowlist
               if ipaddress.ip_network(n).version == ip.version)


if __name__ == "__main__":
    for cidr in ["192.168.10.77/26", "172.16.0.0/12", "10.1.2.3/31"]:
        print(cidr)
        for k, v in describe(cidr).items():
            print(f"    {k:<13}{v}")
    print("split /24 into /26:", split("192.168.10.0/24", 26))
    for a in ["10.200.3.4", "192.168.11.1", "2001:db8::1", "8.8.8.8"]:
        print(f"{a:<14} allowed={allowed(a)}")
    nets = [ipaddress.ip_network(n) for n in
            ["192.0.2.0/26", "192.0.2.64/26", "192.0.2.128/25", "198.51.100.0/24"]]
    print("collapsed:", [str(n) for n in ipaddress.collapse_addresses(nets)])
    print("reverse ptr:", ipaddress.ip_address("192.0.2.5").reverse_pointer)
