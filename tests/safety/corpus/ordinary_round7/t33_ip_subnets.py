# ordinary: describe IP networks and check which addresses belong to them
import ipaddress
from typing import Any


def subnet_info(cidr: str, addresses: list[str] | None = None, split_prefix: int | None = None) -> dict[str, Any]:
    """Network/broadcast/host count for a CIDR, membership of addresses, optional split."""
    try:
        net = ipaddress.ip_network(cidr, strict=False)
    except ValueError as e:
        return {"error": str(e)}
    members = {}
    for a in addresses or []:
        try:
            members[a] = ipaddress.ip_address(a) in net
        except ValueError:
            members[a] = None
    info = {
        "network": str(net.network_address),
        "broadcast": str(net.broadcast_address),
        "netmask": str(net.netmask),
        "hosts": max(net.num_addresses - 2, 0) if net.version == 4 else net.num_addresses,
        "private": net.is_private,
        "members": members,
    }
    if split_prefix and split_prefix > net.prefixlen:
        info["subnets"] = [str(s) for s in list(net.subnets(new_prefix=split_prefix))[:16]]
    return info


if __name__ == "__main__":
    print(subnet_info("192.168.1.77/24", ["192.168.1.5", "10.0.0.1", "bogus"], 26))
