"""Pack and unpack a small binary sensor packet format with struct."""

import struct
import zlib
from dataclasses import astuple, dataclass

HEADER = struct.Struct(">4sBHI")  # magic, version, count, timestamp
READING = struct.Struct(">Hf")   # sensor id, value
MAGIC = b"SENS"


@dataclass
class Reading:
    sensor: int
    value: float


def pack_packet(timestamp: int, readings: list[Reading], version: int = 1) -> bytes:
    body = b"".join(READING.pack(*astuple(r)) for r in readings)
    header = HEADER.pack(MAGIC, version, len(readings), timestamp)
    crc = struct.pack(">I", zlib.crc32(header + body))
    return header + body + crc


def unpack_packet(data: bytes) -> dict[str, object]:
    if len(data) < HEADER.size + 4:
        raise ValueError("packet too short")
    payload, (crc,) = data[:-4], struct.unpack(">I", data[-4:])
    if zlib.crc32(payload) != crc:
        raise ValueError("checksum mismatch")
    magic, version, count, ts = HEADER.unpack_from(payload)
    if magic != MAGIC:
        raise ValueError("bad magic")
    readings = [Reading(*READING.unpack_from(payload, HEADER.size + i * READING.size)) for i in range(count)]
    return {"version": version, "timestamp": ts, "readings": [(r.sensor, round(r.value, 3)) for r in readings]}


def roundtrip(timestamp: int, values: list[tuple[int, float]]) -> dict[str, object]:
    packet = pack_packet(timestamp, [Reading(s, v) for s, v in values])
    decoded = unpack_packet(packet)
    decoded["size"] = len(packet)
    decoded["hex"] = packet.hex()[:32] + "..."
    return decoded


if __name__ == "__main__":
    print(roundtrip(1_700_000_000, [(1, 21.5), (2, -3.25), (7, 1013.2)]))
