# family: ordinary, blind round 59 (run-length encode/decode strings and compare with zlib)
import re
import zlib
from itertools import groupby


def rle_encode(text: str) -> str:
    """Encode runs as <count><char>; single characters are kept bare. Digits are escaped."""
    out = []
    for ch, group in groupby(text):
        n = len(list(group))
        token = f"\\{ch}" if ch.isdigit() or ch == "\\" else ch
        out.append(f"{n}{token}" if n > 1 else token)
    return "".join(out)


def rle_decode(encoded: str) -> str:
    out = []
    for count, char in re.findall(r"(\d*)(\\.|.)", encoded, flags=re.DOTALL):
        char = char[1:] if char.startswith("\\") else char
        out.append(char * (int(count) if count else 1))
    return "".join(out)


def compression_report(text: str) -> dict:
    rle = rle_encode(text)
    z = zlib.compress(text.encode(), level=9)
    return {
        "original": len(text),
        "rle": len(rle),
        "zlib": len(z),
        "rle_ratio": round(len(rle) / max(1, len(text)), 3),
        "zlib_ratio": round(len(z) / max(1, len(text)), 3),
    }


if __name__ == "__main__":
    samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
               "aabcccccaaa", "112223333\\\\x", "no runs here"]
    for s in samples:
        enc = rle_encode(s)
        assert rle_decode(enc) == s, s
        print(f"{enc[:40]:<42} {compression_report(s)}")
