"""Pack sensor readings into a compact binary format (struct + zlib + base64) and back."""
import base64
import struct
import zlib
from dataclasses import dataclass, astuple

MAGIC = b"SR01"
HEADER = struct.Struct("<4sI")
RECORD = struct.Struct("<IHhf")


@dataclass
class Reading:
    timestamp: int
    sensor_id: int
    temp_centi: int
    humidity: float

    @classmethod
    def from_bytes(cls, buf, offset=0):
        return cls(*RECORD.unpack_from(buf, offset))

    def to_bytes(self):
        return RECORD.pack(*astuple(self))


def encode(readings: list) -> str:
    recs = [Reading(r["ts"], r["sensor"], round(r["temp"] * 100), r["hum"]) for r in readings]
    raw = HEADER.pack(MAGIC, len(recs)) + b"".join(r.to_bytes() for r in recs)
    packed = zlib.compress(raw, 9)
    crc = zlib.crc32(packed)
    return base64.b64encode(struct.pack("<I", crc) + packed).decode()


def decode(text: str) -> list:
    blob = base64.b64decode(text)
    (crc,), packed = struct.unpack("<I", blob[:4]), blob[4:]
    if zlib.crc32(packed) != crc:
        raise ValueError("checksum mismatch")
    raw = zlib.decompress(packed)
    magic, count = HEADER.unpack_from(raw)
    if magic != MAGIC:
        raise ValueError("not a sensor blob")
    out = []
    for i in range(count):
        r = Reading.from_bytes(raw, HEADER.size + i * RECORD.size)
        out.append({"ts": r.timestamp, "sensor": r.sensor_id, "temp": r.temp_centi / 100,
                    "hum": round(r.humidity, 2)})
    return out


if __name__ == "__main__":
    data = [{"ts": 1_700_000_000 + i * 60, "sensor": 3, "temp": 21.5 + i / 10, "hum": 40.25} for i in range(50)]
    blob = encode(data)
    back = decode(blob)
    print(len(blob), back[:2], back == [dict(d, temp=round(d["temp"], 2)) for d in data])
    try:
        decode(blob[:10] + ("A" if blob[10] != "A" else "B") + blob[11:])
    except ValueError as e:
        print("error:", e)
