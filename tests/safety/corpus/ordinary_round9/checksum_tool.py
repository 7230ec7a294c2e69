"""Compute checksums of text payloads with several algorithms."""
import base64
import binascii
import hashlib
import hmac
import zlib
from typing import Callable

Digest = Callable[[bytes], str]


def _crc32(data: bytes) -> str:
    return f"{zlib.crc32(data) & 0xFFFFFFFF:08x}"


def _adler32(data: bytes) -> str:
    return f"{zlib.adler32(data):08x}"


ALGORITHMS: dict[str, Digest] = {
    "crc32": _crc32,
    "adler32": _adler32,
    "md5": lambda d: hashlib.md5(d).hexdigest(),
    "sha1": lambda d: hashlib.sha1(d).hexdigest(),
    "sha256": lambda d: hashlib.sha256(d).hexdigest(),
    "blake2b": lambda d: hashlib.blake2b(d, digest_size=16).hexdigest(),
}


def checksums(text: str, algorithms: list[str] | None = None, key: str = "") -> dict[str, str]:
    """Entry point: return requested checksums plus optional HMAC and encodings."""
    data = text.encode("utf-8")
    chosen = algorithms or sorted(ALGORITHMS)
    out: dict[str, str] = {}
    for name in chosen:
        fn = ALGORITHMS.get(name)
        if fn is None:
            raise KeyError(f"unknown algorithm {name}")
        out[name] = fn(data)
    if key:
        out["hmac-sha256"] = hmac.new(key.encode(), data, hashlib.sha256).hexdigest()
    out["hex"] = binascii.hexlify(data[:16]).decode()
    out["b64"] = base64.b64encode(data[:24]).decode()
    return out
