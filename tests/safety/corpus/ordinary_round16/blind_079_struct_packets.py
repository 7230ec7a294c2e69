"""Pack and unpack a small binary message format with struct."""
import struct
import zlib
from dataclasses import dataclass
from enum import IntEnum

HEADER = struct.Struct("!4sBBHI")  # magic, version, type, payload length, crc32
MAGIC = b"TLMY"


class MsgType(IntEnum):
    PING = 1
    READING = 2
    ALARM = 3


@dataclass
class Reading:
    sensor_id: int
    timestamp: int
    value: float

    FMT = struct.Struct("!HIf")

    def pack(self) -> bytes:
        return self.FMT.pack(self.sensor_id, self.timestamp, self.value)

    @classmethod
    def unpack(cls, data: bytes) -> "Reading":
        return cls(*cls.FMT.unpack(data))


def encode(msg_type: MsgType, payload: bytes = b"", version: int = 1) -> bytes:
    return HEADER.pack(MAGIC, version, msg_type, len(payload), zlib.crc32(payload)) + payload


def decode(frame: bytes) -> tuple[MsgType, bytes]:
    if len(frame) < HEADER.size:
        raise ValueError("frame too short")
    magic, version, mtype, length, crc = HEADER.unpack_from(frame)
    if magic != MAGIC:
        raise ValueError(f"bad magic {magic!r}")
    payload = frame[HEADER.size:HEADER.size + length]
    if len(payload) != length or zlib.crc32(payload) != crc:
        raise ValueError("corrupt payload")
    return MsgType(mtype), payload


def encode_readings(readings: list[Reading]) -> bytes:
    return encode(MsgType.READING, b"".join(r.pack() for r in readings))


def decode_readings(frame: bytes) -> list[Reading]:
    mtype, payload = decode(frame)
    if mtype is not MsgType.READING:
        raise ValueError(f"expected READING, got {mtype.name}")
    size = Reading.FMT.size
    return [Reading.unpack(payload[i:i + size]) for i in range(0, len(payload), size)]


if __name__ == "__main__":
    frame = encode_readings([Reading(7, 1_700_000_000, 21.5), Reading(8, 1_700_000_005, -3.25)])
    print(frame.hex(" ", 4))
    print(decode_readings(frame), decode(encode(MsgType.PING)))
    try:
        decode(frame[:-1] + b"\x00")
    except ValueError as e:
        print("error:", e)
