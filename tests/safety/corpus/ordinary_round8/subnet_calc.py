"""IPv4/IPv6 subnet calculator."""
import ipaddress


def subnet_info(cidr: str, split_prefix: int | None = None, check: list[str] | None = None) -> dict:
    net = ipaddress.ip_network(cidr, strict=False)
    info = {
        "network": str(net.network_address),
        "prefix": net.prefixlen,
        "netmask": str(net.netmask),
        "version": net.version,
        "num_addresses": net.num_addresses,
        "private": net.is_private,
    }
    if net.version == 4:
        info["broadcast"] = str(net.broadcast_address)
        info["wildcard"] = str(net.hostmask)
        hosts = net.num_addresses - 2 if net.prefixlen < 31 else net.num_addresses
        info["usable_hosts"] = hosts
        if hosts > 0 and net.prefixlen < 31:
            info["first_host"] = str(net.network_address + 1)
            info["last_host"] = str(net.broadcast_address - 1)
    if split_prefix is not None:
        if split_prefix < net.prefixlen:
            raise ValueError(f"/{split_prefix} is larger than /{net.prefixlen}")
        subnets = list(net.subnets(new_prefix=split_prefix))
        info["subnets"] = [str(s) for s in subnets[:16]]
        info["subnet_count"] = len(subnets)
    if check:
        info["contains"] = {addr: ipaddress.ip_address(addr) in net for addr in check}
    return info


if __name__ == "__main__":
    print(subnet_info("192.168.10.77/22", split_prefix=24, check=["192.168.11.5", "192.168.12.1"]))
    print(subnet_info("2001:db8::/48", split_prefix=50))
