# family: ordinary, blind round 62 (IP allow-list checking with ipaddress)
import ipaddress

ALLOW = ["10.0.0.0/8", "192.168.1.0/24", "2001:db8::/32"]
DENY = ["10.13.0.0/16"]
_cache = {}


def _nets(specs):
    return [ipaddress.ip_network(s, strict=False) for s in specs]


ALLOW_NETS, DENY_NETS = _nets(ALLOW), _nets(DENY)


def check(addr):
    if addr in _cache:
        return _cache[addr]
    try:
        ip = ipaddress.ip_address(addr.strip())
    except ValueError as exc:
        result = ("invalid", str(exc))
    else:
        if any(ip in n for n in DENY_NETS if n.version == ip.version):
            result = ("deny", "explicit deny")
        elif any(ip in n for n in ALLOW_NETS if n.version == ip.version):
            result = ("allow", next(str(n) for n in ALLOW_NETS if n.version == ip.version and ip in n))
        elif ip.is_private:
            result = ("deny", "private but not allowed")
        else:
            result = ("deny", "public")
    _cache[addr] = result
    return result


def summarize_range(first, last):
    a, b = ipaddress.ip_address(first), ipaddress.ip_address(last)
    return [str(n) for n in ipaddress.summarize_address_range(a, b)]


if __name__ == "__main__":
    for a in ["10.1.2.3", "10.13.5.5", "192.168.1.77", "192.168.2.1", "8.8.8.8",
              "2001:db8::1", "fe80::1", "300.1.1.1", "10.1.2.3"]:
        verdict, why = check(a)
        print(f"{a:<14} {verdict:<8} {why}")
    print("cache entries:", len(_cache))
    print(summarize_range("192.168.0.0", "192.168.1.127"))
