# family: ordinary, blind round 50 (run-length encoding)
import re
from itertools import groupby


def rle_encode(s: str) -> str:
    return "".join(f"{len(list(g))}{ch}" for ch, g in groupby(s))


def rle_decode(s: str) -> str:
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))


def rle_encode_compact(s: str) -> str:
    """Omit the count when a run has length 1 (e.g. 'WWWB' -> '3WB')."""
    return "".join((str(n) if (n := len(list(g))) > 1 else "") + ch for ch, g in groupby(s))


def rle_decode_compact(s: str) -> str:
    return "".join(ch * int(n or 1) for n, ch in re.findall(r"(\d*)(\D)", s))


def rle_bytes(data: bytes) -> list[tuple[int, int]]:
    return [(b, len(list(g))) for b, g in groupby(data)]


if __name__ == "__main__":
    samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "aabcccccaaa", "abc", ""]
    for text in samples:
        enc, comp = rle_encode(text), rle_encode_compact(text)
        assert rle_decode(enc) == text and rle_decode_compact(comp) == text
        ratio = len(comp) / len(text) if text else 0
        print(f"{text[:20]!r:<24} -> {comp!r:<22} ratio={ratio:.2f}")
    print(rle_bytes(b"\x00\x00\x00\xff\xff\x01"))
