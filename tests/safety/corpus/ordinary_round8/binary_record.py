"""Pack and unpack fixed-size binary sensor records with struct."""
import binascii
import struct
from dataclasses import astuple, dataclass
from datetime import datetime, timezone

RECORD = struct.Struct("<4sIhHf")  # magic, unix time, temperature*100, humidity*10, pressure
MAGIC = b"SNS1"


@dataclass
class SensorRecord:
    timestamp: int
    temperature_c: float
    humidity_pct: float
    pressure_hpa: float

    def pack(self) -> bytes:
        return RECORD.pack(MAGIC, self.timestamp, round(self.temperature_c * 100),
                           round(self.humidity_pct * 10), self.pressure_hpa)

    @classmethod
    def unpack(cls, blob: bytes) -> "SensorRecord":
        magic, ts, temp, hum, press = RECORD.unpack(blob)
        if magic != MAGIC:
            raise ValueError(f"bad magic {magic!r}")
        return cls(ts, temp / 100, hum / 10, round(press, 2))


def encode_records(records: list[dict]) -> str:
    blob = b"".join(SensorRecord(**r).pack() for r in records)
    return binascii.hexlify(blob).decode()


def decode_records(hex_blob: str) -> dict:
    blob = binascii.unhexlify(hex_blob)
    if len(blob) % RECORD.size:
        raise ValueError(f"length {len(blob)} is not a multiple of record size {RECORD.size}")
    records = [SensorRecord.unpack(blob[i:i + RECORD.size]) for i in range(0, len(blob), RECORD.size)]
    return {
        "record_size": RECORD.size,
        "count": len(records),
        "records": [
            {"time": datetime.fromtimestamp(r.timestamp, tz=timezone.utc).isoformat(), "values": astuple(r)[1:]}
            for r in records
        ],
    }


if __name__ == "__main__":
    hexed = encode_records([
        {"timestamp": 1_700_000_000, "temperature_c": 21.37, "humidity_pct": 45.5, "pressure_hpa": 1013.25},
        {"timestamp": 1_700_000_600, "temperature_c": -3.5, "humidity_pct": 80.1, "pressure_hpa": 998.7},
    ])
    print(hexed)
    print(decode_records(hexed))
