# family: ordinary, blind round 60 (fixed-width binary sensor record codec with struct and crc32)
import binascii
import struct
import zlib
from dataclasses import dataclass, astuple, fields
from datetime import datetime, timezone


class CorruptRecord(ValueError):
    pass


@dataclass(frozen=True)
class SensorRecord:
    sensor_id: int
    timestamp: int
    temperature: float
    humidity: float
    flags: int = 0

    FORMAT = struct.Struct("<HIffB")  # class attribute, not a dataclass field (no annotation)

    def pack(self) -> bytes:
        body = self.FORMAT.pack(*astuple(self))
        return body + struct.pack("<I", zlib.crc32(body))

    @classmethod
    def unpack(cls, data: bytes) -> "SensorRecord":
        size = cls.FORMAT.size
        if len(data) != size + 4:
            raise CorruptRecord(f"expected {size + 4} bytes, got {len(data)}")
        body, (crc,) = data[:size], struct.unpack("<I", data[size:])
        if zlib.crc32(body) != crc:
            raise CorruptRecord("checksum mismatch")
        return cls(*cls.FORMAT.unpack(body))

    @property
    def when(self) -> datetime:
        return datetime.fromtimestamp(self.timestamp, tz=timezone.utc)


def pack_many(records: list[SensorRecord]) -> bytes:
    return struct.pack("<H", len(records)) + b"".join(r.pack() for r in records)


def unpack_many(blob: bytes) -> list[SensorRecord]:
    (count,) = struct.unpack_from("<H", blob)
    width = SensorRecord.FORMAT.size + 4
    return [SensorRecord.unpack(blob[2 + i * width: 2 + (i + 1) * width]) for i in range(count)]


if __name__ == "__main__":
    recs = [SensorRecord(7, 1_717_000_000, 21.5, 40.25), SensorRecord(8, 1_717_000_060, -3.75, 88.0, flags=0b101)]
    blob = pack_many(recs)
    print("field names:", [f.name for f in fields(SensorRecord)])
    print(f"{len(blob)} bytes:", binascii.hexlify(blob[:16], " ").decode(), "...")
    for r in unpack_many(blob):
        print(f"  sensor {r.sensor_id} @ {r.when:%Y-%m-%d %H:%M} T={r.temperature} H={r.humidity} flags={r.flags:03b}")
    print("round trip:", unpack_many(blob) == recs)
    damaged = bytearray(recs[0].pack())
    damaged[5] ^= 0xFF
    try:
        SensorRecord.unpack(bytes(damaged))
    except CorruptRecord as e:
        print("error:", e)
