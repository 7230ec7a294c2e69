# family: ordinary, blind round 61 (text checksum/digest calculator)
import hashlib
import zlib
from typing import Callable

ALGORITHMS: dict[str, Callable[[bytes], str]] = {
    "md5": lambda b: hashlib.md5(b, usedforsecurity=False).hexdigest(),
    "sha1": lambda b: hashlib.sha1(b, usedforsecurity=False).hexdigest(),
    "sha256": lambda b: hashlib.sha256(b).hexdigest(),
    "sha512": lambda b: hashlib.sha512(b).hexdigest(),
    "blake2b-256": lambda b: hashlib.blake2b(b, digest_size=32).hexdigest(),
    "sha3_256": lambda b: hashlib.sha3_256(b).hexdigest(),
    "crc32": lambda b: f"{zlib.crc32(b):08x}",
    "adler32": lambda b: f"{zlib.adler32(b):08x}",
}


class UnknownAlgorithmError(KeyError):
    pass


def compute_digests(text: str, algorithms: list[str] | None = None, expected: str | None = None) -> dict:
    """Compute checksums of UTF-8 text, optionally verifying against an expected digest.

    Args:
        text: The text to hash.
        algorithms: Subset of supported algorithm names; defaults to all.
        expected: A hex digest to look for among the results.
    """
    chosen = algorithms or list(ALGORITHMS)
    unknown = [a for a in chosen if a not in ALGORITHMS]
    if unknown:
        raise UnknownAlgorithmError(f"unsupported: {unknown}; available: {sorted(ALGORITHMS)}")
    data = text.encode("utf-8")
    digests = {name: ALGORITHMS[name](data) for name in chosen}
    result: dict = {"bytes": len(data), "digests": digests}
    if expected is not None:
        needle = expected.strip().lower()
        result["matched_algorithm"] = next((n for n, d in digests.items() if d == needle), None)
    return result


if __name__ == "__main__":
    out = compute_digests("hello world", expected="5eb63bbbe01eeed093cb22bb8f5acdc3")
    for name, digest in out["digests"].items():
        print(f"{name:>12}  {digest}")
    print("match:", out["matched_algorithm"])
