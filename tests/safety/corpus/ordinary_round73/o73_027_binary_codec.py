# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Encode/decode fixed-layout records to bytes with base64 transport."""
import base64
import hashlib
from array import array
from dataclasses import dataclass, astuple, fields
from typing import ClassVar


class CodecError(ValueError):
    pass


@dataclass(frozen=True)
class SensorReading:
    sensor_id: int
    timestamp: int
    temperature_milli: int
    humidity_milli: int

    WIDTH: ClassVar[int] = 4

    def to_bytes(self) -> bytes:
        values = array("i", astuple(self))
        return values.tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> "SensorReading":
        expected = cls.WIDTH * len(fields(cls))
        if len(data) != expected:
            raise CodecError(f"expected {expected} bytes, got {len(data)}")
        values = array("i")
        values.frombytes(data)
        return cls(*values)


def pack(readings: list[SensorReading]) -> str:
    payload = b"".join(r.to_bytes() for r in readings)
    digest = hashlib.sha256(payload).digest()[:4]
    return base64.urlsafe_b64encode(digest + payload).decode("ascii")


def unpack(text: str) -> list[SensorReading]:
    raw = base64.urlsafe_b64decode(text.encode("ascii"))
    digest, payload = raw[:4], raw[4:]
    if hashlib.sha256(payload).digest()[:4] != digest:
        raise CodecError("checksum mismatch")
    size = SensorReading.WIDTH * len(fields(SensorReading))
    return [SensorReading.from_bytes(payload[i:i + size]) for i in range(0, len(payload), size)]


if __name__ == "__main__":
    readings = [SensorReading(1, 1700000000, 21500, 40200), SensorReading(2, 1700000060, -3250, 88000)]
    blob = pack(readings)
    print(blob)
    print(unpack(blob) == readings)
    tampered = blob[:-4] + ("AAAA" if blob[-4:] != "AAAA" else "BBBB")
    try:
        unpack(tampered)
    except CodecError as e:
        print("error:", e)
