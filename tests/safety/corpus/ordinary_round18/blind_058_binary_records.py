"""Pack sensor readings into a compact binary format with checksum and compression."""
from __future__ import annotations

import base64
import binascii
import struct
import zlib
from typing import NamedTuple

HEADER = struct.Struct("<4sHI")          # magic, version, record count
RECORD = struct.Struct("<IhHf")          # timestamp, temperature*100, humidity*10, pressure
MAGIC, VERSION = b"SENS", 1


class Reading(NamedTuple):
    timestamp: int
    temperature: float
    humidity: float
    pressure: float


class FormatError(ValueError):
    pass


def pack(readings: list[Reading], compress: bool = True) -> str:
    body = b"".join(RECORD.pack(r.timestamp, round(r.temperature * 100), round(r.humidity * 10), r.pressure)
                    for r in readings)
    blob = HEADER.pack(MAGIC, VERSION, len(readings)) + body
    blob += struct.pack("<I", binascii.crc32(blob))
    if compress:
        blob = b"Z" + zlib.compress(blob, level=9)
    return base64.b64encode(blob).decode("ascii")


def unpack(encoded: str) -> list[Reading]:
    blob = base64.b64decode(encoded)
    if blob[:1] == b"Z":
        blob = zlib.decompress(blob[1:])
    payload, (crc,) = blob[:-4], struct.unpack("<I", blob[-4:])
    if binascii.crc32(payload) != crc:
        raise FormatError("checksum mismatch")
    magic, version, count = HEADER.unpack_from(payload)
    if magic != MAGIC or version != VERSION:
        raise FormatError(f"unsupported file {magic!r} v{version}")
    readings = []
    for ts, t, h, p in RECORD.iter_unpack(payload[HEADER.size:HEADER.size + count * RECORD.size]):
        readings.append(Reading(ts, t / 100, h / 10, round(p, 2)))
    return readings


if __name__ == "__main__":
    data = [Reading(1_700_000_000 + 60 * i, 21.5 + i * 0.25, 40 + i, 1013.25) for i in range(50)]
    raw, small = pack(data, compress=False), pack(data)
    print(f"raw {len(raw)} chars, compressed {len(small)} chars, header+record sizes {HEADER.size}/{RECORD.size}")
    decoded = unpack(small)
    print(decoded[:2], decoded == data)
    corrupted = base64.b64encode(base64.b64decode(raw)[:-1] + b"\x00").decode()
    try:
        unpack(corrupted)
    except FormatError as e:
        print("error:", e)
