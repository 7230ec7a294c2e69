"""Compute and verify content checksums with a selectable algorithm."""
from __future__ import annotations

import base64
import hashlib
import zlib
from dataclasses import dataclass
from enum import Enum
from typing import Callable


class Algorithm(Enum):
    CRC32 = "crc32"
    ADLER32 = "adler32"
    MD5 = "md5"
    SHA1 = "sha1"
    SHA256 = "sha256"
    BLAKE2B = "blake2b"

    @property
    def is_cryptographic(self) -> bool:
        return self in (Algorithm.SHA256, Algorithm.BLAKE2B)

    def compute(self, data: bytes) -> str:
        return _IMPLS[self](data)


_IMPLS: dict[Algorithm, Callable[[bytes], str]] = {
    Algorithm.CRC32: lambda d: f"{zlib.crc32(d):08x}",
    Algorithm.ADLER32: lambda d: f"{zlib.adler32(d):08x}",
    Algorithm.MD5: lambda d: hashlib.md5(d, usedforsecurity=False).hexdigest(),
    Algorithm.SHA1: lambda d: hashlib.sha1(d, usedforsecurity=False).hexdigest(),
    Algorithm.SHA256: lambda d: hashlib.sha256(d).hexdigest(),
    Algorithm.BLAKE2B: lambda d: hashlib.blake2b(d, digest_size=32).hexdigest(),
}


@dataclass(frozen=True)
class Checksum:
    algorithm: Algorithm
    value: str

    @classmethod
    def parse(cls, text: str) -> "Checksum":
        """Parse 'sha256:abcd...' style strings."""
        name, sep, value = text.partition(":")
        if not sep:
            raise ValueError("expected '<algorithm>:<hex>'")
        return cls(Algorithm(name.lower()), value.lower())

    def matches(self, data: bytes) -> bool:
        return self.algorithm.compute(data) == self.value

    def __str__(self) -> str:
        return f"{self.algorithm.value}:{self.value}"

    def sri(self) -> str:
        """Subresource-integrity style string (base64 of the raw digest)."""
        return f"{self.algorithm.value}-{base64.b64encode(bytes.fromhex(self.value)).decode()}"


def checksum(text: str, algorithm: str = "sha256") -> str:
    algo = Algorithm(algorithm)
    return str(Checksum(algo, algo.compute(text.encode("utf-8"))))


if __name__ == "__main__":
    for a in Algorithm:
        print(f"{a.name:<8} crypto={a.is_cryptographic!s:<5} {checksum('hello world', a.value)}")
    c = Checksum.parse(checksum("hello world"))
    print(c.matches(b"hello world"), c.matches(b"hello World"), c.sri()[:20])
