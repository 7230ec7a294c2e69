import re
from itertools import groupby


def rle_encode(text: str) -> str:
    """Run-length encode: 'aaabcc' -> '3a1b2c'."""
    return "".join(f"{len(list(group))}{char}" for char, group in groupby(text))


def rle_decode(encoded: str) -> str:
    parts = re.findall(r"(\d+)(\D)", encoded)
    if "".join(n + c for n, c in parts) != encoded:
        raise ValueError("malformed run-length string")
    return "".join(char * int(count) for count, char in parts)


def longest_run(values: list) -> dict:
    best_value, best_length = None, 0
    for value, group in groupby(values):
        length = sum(1 for _ in group)
        if length > best_length:
            best_value, best_length = value, length
    return {"value": best_value, "length": best_length}


def compress_ratio(text: str) -> float:
    if not text:
        return 1.0
    return round(len(rle_encode(text)) / len(text), 3)
