# ordinary: convert integers to and from Roman numerals
from functools import lru_cache

PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {s: v for v, s in PAIRS if len(s) == 1}


@lru_cache(maxsize=4096)
def to_roman(n: int) -> str:
    if not 0 < n < 4000:
        raise ValueError("Roman numerals cover 1..3999")
    for value, sym in PAIRS:
        if n >= value:
            return sym + (to_roman(n - value) if n > value else "")
    return ""


def from_roman(s: str) -> int:
    total, prev = 0, 0
    for ch in reversed(s.upper()):
        if ch not in VALUES:
            raise ValueError(f"bad numeral {ch!r}")
        v = VALUES[ch]
        total += -v if v < prev else v
        prev = max(prev, v)
    if to_roman(total) != s.upper():
        raise ValueError(f"{s!r} is not canonical (did you mean {to_roman(total)}?)")
    return total


def roman(value: str) -> dict:
    """Convert '1994' -> 'MCMXCIV' or 'MCMXCIV' -> 1994."""
    try:
        if value.strip().isdigit():
            return {"roman": to_roman(int(value)), "cache": to_roman.cache_info()._asdict()}
        return {"integer": from_roman(value.strip())}
    except ValueError as e:
        return {"error": str(e)}


if __name__ == "__main__":
    print(roman("1994"), roman("mcmxciv"), roman("IIII"))
