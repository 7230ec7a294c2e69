# ordinary: compute several checksums/digests of a text for integrity comparison
import hashlib
import zlib
import binascii
from typing import Callable, Dict

ALGORITHMS: Dict[str, Callable[[bytes], str]] = {
    "crc32": lambda b: f"{zlib.crc32(b) & 0xFFFFFFFF:08x}",
    "adler32": lambda b: f"{zlib.adler32(b):08x}",
    "md5": lambda b: hashlib.md5(b).hexdigest(),
    "sha1": lambda b: hashlib.sha1(b).hexdigest(),
    "sha256": lambda b: hashlib.sha256(b).hexdigest(),
    "blake2b-16": lambda b: hashlib.blake2b(b, digest_size=16).hexdigest(),
}


def digests(text: str, encoding: str = "utf-8") -> Dict[str, str]:
    data = text.encode(encoding)
    return {name: fn(data) for name, fn in ALGORITHMS.items()}


def incremental_sha256(chunks) -> str:
    h = hashlib.sha256()
    for chunk in chunks:
        h.update(chunk.encode() if isinstance(chunk, str) else chunk)
    return h.hexdigest()


def same_content(a: str, b: str) -> bool:
    return hashlib.sha256(a.encode()).digest() == hashlib.sha256(b.encode()).digest()


def hexdump(text: str, width: int = 16) -> str:
    data = text.encode()
    lines = []
    for offset in range(0, len(data), width):
        chunk = data[offset:offset + width]
        hexpart = binascii.hexlify(chunk, " ").decode()
        printable = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
        lines.append(f"{offset:08x}  {hexpart:<{width * 3}} |{printable}|")
    return "\n".join(lines)


if __name__ == "__main__":
    message = "The quick brown fox jumps over the lazy dog"
    for algo, value in digests(message).items():
        print(f"{algo:>10}: {value}")
    assert incremental_sha256(["The quick brown fox ", "jumps over the lazy dog"]) == digests(message)["sha256"]
    print(same_content("a", "a"), same_content("a", "b"))
    print(hexdump("héllo\tworld!\n"))
