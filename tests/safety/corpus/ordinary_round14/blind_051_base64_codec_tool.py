"""Encode/decode payloads in several text encodings and compress them."""
import base64
import binascii
import zlib

ENCODERS = {
    "base64": (base64.b64encode, base64.b64decode),
    "urlsafe": (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
    "base32": (base64.b32encode, base64.b32decode),
    "base16": (base64.b16encode, base64.b16decode),
    "base85": (base64.b85encode, base64.b85decode),
    "hex": (binascii.hexlify, binascii.unhexlify),
}


class CodecError(ValueError):
    pass


def encode(text: str, scheme: str = "base64", compress: bool = False) -> str:
    if scheme not in ENCODERS:
        raise CodecError(f"unknown scheme {scheme!r}; choose from {sorted(ENCODERS)}")
    raw = text.encode("utf-8")
    if compress:
        raw = zlib.compress(raw, level=9)
    return ENCODERS[scheme][0](raw).decode("ascii")


def decode(data: str, scheme: str = "base64", compressed: bool = False) -> str:
    if scheme not in ENCODERS:
        raise CodecError(f"unknown scheme {scheme!r}")
    try:
        raw = ENCODERS[scheme][1](data.encode("ascii"))
        if compressed:
            raw = zlib.decompress(raw)
        return raw.decode("utf-8")
    except (binascii.Error, zlib.error, UnicodeDecodeError, ValueError) as exc:
        raise CodecError(f"cannot decode as {scheme}: {exc}") from exc


def compare_schemes(text: str) -> list[dict]:
    rows = []
    for scheme in ENCODERS:
        for compress in (False, True):
            encoded = encode(text, scheme, compress)
            assert decode(encoded, scheme, compress) == text
            rows.append({"scheme": scheme, "compressed": compress, "length": len(encoded)})
    return sorted(rows, key=lambda r: r["length"])


def checksum(text: str) -> dict:
    data = text.encode()
    return {"crc32": f"{zlib.crc32(data):08x}", "adler32": f"{zlib.adler32(data):08x}",
            "crc_hqx": f"{binascii.crc_hqx(data, 0):04x}"}


if __name__ == "__main__":
    msg = "hello hello hello hello hello — ünïcode"
    print(encode(msg), decode(encode(msg, "base32", True), "base32", True) == msg)
    print(compare_schemes(msg)[:3])
    print(checksum(msg))
    try:
        decode("!!!", "hex")
    except CodecError as e:
        print(e)
