# family: ordinary, blind round 50 (base64/hex encoders and zlib.crc32 checksum)
import base64
import binascii
import zlib

ENCODERS = {
    "hex": (bytes.hex, bytes.fromhex),
    "base64": (lambda b: base64.b64encode(b).decode(), base64.b64decode),
    "base64url": (lambda b: base64.urlsafe_b64encode(b).decode().rstrip("="),
                  lambda s: base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))),
    "base32": (lambda b: base64.b32encode(b).decode(), base64.b32decode),
    "ascii85": (lambda b: base64.a85encode(b).decode(), base64.a85decode),
}


def encode(data: bytes, scheme: str) -> str:
    return ENCODERS[scheme][0](data)


def decode(text: str, scheme: str) -> bytes:
    try:
        return ENCODERS[scheme][1](text)
    except (binascii.Error, ValueError) as exc:
        raise ValueError(f"invalid {scheme} input: {exc}") from exc


def crc32_hex(data: bytes) -> str:
    return f"{zlib.crc32(data) & 0xFFFFFFFF:08x}"


def crc32_streaming(chunks) -> int:
    crc = 0
    for chunk in chunks:
        crc = zlib.crc32(chunk, crc)
    return crc


def frame(payload: bytes) -> str:
    """Attach a CRC so the receiver can detect corruption."""
    return f"{encode(payload, 'base64url')}.{crc32_hex(payload)}"


def unframe(token: str) -> bytes:
    body, crc = token.rsplit(".", 1)
    payload = decode(body, "base64url")
    if crc32_hex(payload) != crc:
        raise ValueError("checksum mismatch")
    return payload


if __name__ == "__main__":
    data = "héllo, wörld ✓".encode()
    for scheme in ENCODERS:
        enc = encode(data, scheme)
        assert decode(enc, scheme) == data
        print(f"{scheme:<10} {enc}")
    print("crc32:", crc32_hex(data), "| streamed matches:", crc32_streaming([data[:5], data[5:]]) == zlib.crc32(data))
    tok = frame(b'{"user": 42}')
    print("framed:", tok, "->", unframe(tok))
    try:
        unframe(tok[:-1] + ("0" if tok[-1] != "0" else "1"))
    except ValueError as e:
        print("tampered:", e)
