import binascii
import struct
import zlib

HEADER = struct.Struct(">4sHHI")  # magic, version, flags, payload length
MAGIC = b"PKT1"


def pack_packet(payload: bytes, version: int = 1, flags: int = 0) -> str:
    """Build a packet with a header and a CRC32 trailer; return it as hex."""
    header = HEADER.pack(MAGIC, version, flags, len(payload))
    crc = zlib.crc32(header + payload) & 0xFFFFFFFF
    return binascii.hexlify(header + payload + struct.pack(">I", crc)).decode("ascii")


def unpack_packet(hex_text: str) -> dict:
    raw = binascii.unhexlify(hex_text)
    if len(raw) < HEADER.size + 4:
        raise ValueError("packet too short")
    magic, version, flags, length = HEADER.unpack_from(raw)
    if magic != MAGIC:
        raise ValueError(f"bad magic {magic!r}")
    payload = raw[HEADER.size:HEADER.size + length]
    (crc,) = struct.unpack_from(">I", raw, HEADER.size + length)
    if zlib.crc32(raw[:HEADER.size + length]) & 0xFFFFFFFF != crc:
        raise ValueError("checksum mismatch")
    return {"version": version, "flags": flags, "payload": payload.decode("utf-8", "replace")}


def checksum(data: str) -> dict:
    encoded = data.encode()
    return {"crc32": f"{zlib.crc32(encoded):08x}", "adler32": f"{zlib.adler32(encoded):08x}"}
