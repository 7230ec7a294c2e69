# ordinary: humanise byte counts (SI and IEC) and parse strings like "1.5 GiB" back to bytes
import re
from decimal import Decimal

SI_UNITS = ["B", "kB", "MB", "GB", "TB", "PB"]
IEC_UNITS = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"]
_SIZE_RE = re.compile(r"^\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[kmgtp]?i?b?)\s*$", re.IGNORECASE)


def humanize(num_bytes: int, binary: bool = False, precision: int = 1) -> str:
    base = 1024 if binary else 1000
    units = IEC_UNITS if binary else SI_UNITS
    size = float(num_bytes)
    for unit in units:
        if abs(size) < base or unit == units[-1]:
            if unit == "B":
                return f"{int(size)} {unit}"
            return f"{size:.{precision}f} {unit}"
        size /= base
    raise AssertionError("unreachable")


def parse_size(text: str) -> int:
    match = _SIZE_RE.match(text)
    if not match:
        raise ValueError(f"cannot parse size: {text!r}")
    number = Decimal(match.group("num"))
    unit = match.group("unit").lower()
    if unit in ("", "b"):
        return int(number)
    prefix = unit[0]
    exponent = "kmgtp".index(prefix) + 1
    base = 1024 if "i" in unit else 1000
    return int(number * base ** exponent)


if __name__ == "__main__":
    for n in [0, 999, 1000, 1536, 10 ** 9, 5 * 1024 ** 3, 2 ** 60]:
        print(f"{n:>22,} | {humanize(n):>10} | {humanize(n, binary=True, precision=2):>11}")
    for s in ["1.5 GiB", "200kb", "3 MB", "42"]:
        print(f"{s!r:>10} -> {parse_size(s):,} bytes")
