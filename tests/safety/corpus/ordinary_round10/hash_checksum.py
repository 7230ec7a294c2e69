"""Compute checksums and verify HMAC signatures for messages."""

import hashlib
import hmac
import zlib

ALGORITHMS = ("md5", "sha1", "sha256", "sha512", "blake2b")


def checksums(text: str, algorithms: tuple[str, ...] = ALGORITHMS) -> dict[str, str]:
    data = text.encode("utf-8")
    result = {"crc32": f"{zlib.crc32(data):08x}", "adler32": f"{zlib.adler32(data):08x}"}
    for name in algorithms:
        result[name] = hashlib.new(name, data).hexdigest()
    return result


def sign(message: str, secret: str) -> str:
    return hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest()


def verify(message: str, secret: str, signature: str) -> bool:
    return hmac.compare_digest(sign(message, secret), signature)


def checksum_tool(text: str, secret: str | None = None, signature: str | None = None) -> dict[str, object]:
    out: dict[str, object] = {"checksums": checksums(text, ("sha256", "md5"))}
    if secret is not None:
        out["signature"] = sign(text, secret)
        if signature is not None:
            out["valid"] = verify(text, secret, signature)
    return out


if __name__ == "__main__":
    msg = '{"order": 42}'
    sig = sign(msg, "shh")
    print(checksum_tool(msg, "shh", sig))
    print(checksum_tool(msg, "shh", "0" * 64)["valid"])
