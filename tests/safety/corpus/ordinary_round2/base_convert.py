# ordinary: convert integers between arbitrary bases (2-62), including base36/base62 short codes
import string

DIGITS = string.digits + string.ascii_lowercase + string.ascii_uppercase
BASE62 = string.digits + string.ascii_letters


def to_base(n: int, base: int, alphabet: str = DIGITS) -> str:
    if not 2 <= base <= len(alphabet):
        raise ValueError(f"base must be between 2 and {len(alphabet)}")
    if n == 0:
        return alphabet[0]
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, rem = divmod(n, base)
        out.append(alphabet[rem])
    return sign + "".join(reversed(out))


def from_base(text: str, base: int, alphabet: str = DIGITS) -> int:
    lookup = {ch: i for i, ch in enumerate(alphabet[:base])}
    text = text.strip()
    negative = text.startswith("-")
    value = 0
    for ch in text.lstrip("-"):
        if ch not in lookup:
            raise ValueError(f"invalid digit {ch!r} for base {base}")
        value = value * base + lookup[ch]
    return -value if negative else value


def shorten_id(n: int) -> str:
    return to_base(n, 62, BASE62)


def expand_id(code: str) -> int:
    return from_base(code, 62, BASE62)


if __name__ == "__main__":
    for number in [0, 255, -42, 123456789, 2 ** 64]:
        print(f"{number:>22} bin={to_base(number, 2)[:12]:<12} b36={to_base(number, 36):<14} b62={shorten_id(number)}")
        assert from_base(to_base(number, 36), 36) == number
        assert int(to_base(number, 16), 16) == number
    print(expand_id("lYGhA16ahyf"), f"{0xff:#b} {0o17:#o} {255:x}")
