"""Checksums and encodings for strings: hashes, CRC32, base64/base32/hex."""
import base64
import binascii
import hashlib
import zlib

HASHES = ("md5", "sha1", "sha256", "sha512", "blake2b", "sha3_256")
ENCODINGS = {
    "base64": (base64.b64encode, base64.b64decode),
    "base64url": (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
    "base32": (base64.b32encode, base64.b32decode),
    "base85": (base64.b85encode, base64.b85decode),
    "hex": (binascii.hexlify, binascii.unhexlify),
}


def digests(text: str, algorithms=HASHES) -> dict[str, str]:
    data = text.encode("utf-8")
    out = {name: hashlib.new(name, data).hexdigest() for name in algorithms}
    out["crc32"] = f"{zlib.crc32(data):08x}"
    out["adler32"] = f"{zlib.adler32(data):08x}"
    return out


def encode(text: str, scheme: str) -> str:
    if scheme not in ENCODINGS:
        raise ValueError(f"unknown encoding {scheme!r}; choose from {sorted(ENCODINGS)}")
    return ENCODINGS[scheme][0](text.encode("utf-8")).decode("ascii")


def decode(data: str, scheme: str) -> str:
    if scheme not in ENCODINGS:
        raise ValueError(f"unknown encoding {scheme!r}")
    try:
        return ENCODINGS[scheme][1](data.encode("ascii")).decode("utf-8")
    except (binascii.Error, ValueError) as exc:
        raise ValueError(f"invalid {scheme} data: {exc}") from None


def compress_ratio(text: str, level: int = 9) -> dict:
    raw = text.encode()
    packed = zlib.compress(raw, level)
    assert zlib.decompress(packed) == raw
    return {"original": len(raw), "compressed": len(packed), "ratio": round(len(packed) / max(len(raw), 1), 3),
            "base64": base64.b64encode(packed).decode()[:40] + "..."}


if __name__ == "__main__":
    for k, v in digests("hello world").items():
        print(f"{k:>9}: {v}")
    for s in ENCODINGS:
        e = encode("héllo ✓", s)
        print(s, e, decode(e, s))
    print(compress_ratio("abc" * 200))
