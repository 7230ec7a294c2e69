# family: ordinary, blind round 61 (IP subnet calculator)
import ipaddress
from itertools import islice


class SubnetError(ValueError):
    pass


def subnet_info(cidr: str, split_prefix: int | None = None, check_ips: list[str] | None = None) -> dict:
    """Describe an IPv4/IPv6 network, optionally split it into subnets and test membership.

    Args:
        cidr: Network in CIDR notation, e.g. '192.168.10.0/24'. Host bits are tolerated.
        split_prefix: Optional longer prefix length to split into (first 8 listed).
        check_ips: Addresses to test for membership.
    """
    try:
        net = ipaddress.ip_network(cidr.strip(), strict=False)
    except ValueError as err:
        raise SubnetError(f"invalid network {cidr!r}") from err
    hosts = net.num_addresses - (2 if net.version == 4 and net.prefixlen < 31 else 0)
    info = {
        "network": str(net.network_address),
        "prefix": net.prefixlen,
        "version": net.version,
        "netmask": str(net.netmask),
        "broadcast": str(net.broadcast_address) if net.version == 4 else None,
        "total_addresses": net.num_addresses,
        "usable_hosts": hosts,
        "first_host": str(next(net.hosts(), net.network_address)),
        "is_private": net.is_private,
    }
    if split_prefix is not None:
        if not net.prefixlen < split_prefix <= net.max_prefixlen:
            raise SubnetError(f"split prefix must be in ({net.prefixlen}, {net.max_prefixlen}]")
        subnets = net.subnets(new_prefix=split_prefix)
        info["subnet_count"] = 2 ** (split_prefix - net.prefixlen)
        info["subnets"] = [str(s) for s in islice(subnets, 8)]
    if check_ips:
        membership = {}
        for ip in check_ips:
            try:
                membership[ip] = ipaddress.ip_address(ip) in net
            except ValueError:
                membership[ip] = "invalid address"
        info["membership"] = membership
    return info


if __name__ == "__main__":
    print(subnet_info("192.168.10.77/26", split_prefix=28, check_ips=["192.168.10.70", "192.168.10.200", "bad"]))
    print(subnet_info("2001:db8::/48", split_prefix=52))
