# family: ordinary, blind round 61 (binary sensor record packer)
import struct
from dataclasses import dataclass, astuple

RECORD_FORMAT = "<IhHf8s"  # id, temperature*100, humidity*10, pressure, label
RECORD_SIZE = struct.calcsize(RECORD_FORMAT)
MAGIC = b"SNS1"


class RecordError(ValueError):
    pass


@dataclass
class SensorRecord:
    sensor_id: int
    temperature_c: float
    humidity_pct: float
    pressure_hpa: float
    label: str

    def pack(self) -> bytes:
        return struct.pack(RECORD_FORMAT, self.sensor_id, round(self.temperature_c * 100),
                           round(self.humidity_pct * 10), self.pressure_hpa, self.label.encode("ascii")[:8])

    @classmethod
    def unpack(cls, chunk: bytes) -> "SensorRecord":
        sid, t, h, p, lbl = struct.unpack(RECORD_FORMAT, chunk)
        return cls(sid, t / 100, h / 10, round(p, 2), lbl.rstrip(b"\x00").decode("ascii"))


def pack_records(records: list[dict]) -> dict:
    """Pack sensor readings into a compact binary blob and verify it by unpacking again."""
    try:
        items = [SensorRecord(**r) for r in records]
        body = b"".join(item.pack() for item in items)
    except (TypeError, struct.error) as err:
        raise RecordError(f"cannot pack records: {err}") from err
    blob = MAGIC + struct.pack("<H", len(items)) + body
    count = struct.unpack_from("<H", blob, len(MAGIC))[0]
    offset = len(MAGIC) + 2
    decoded = [SensorRecord.unpack(blob[offset + i * RECORD_SIZE: offset + (i + 1) * RECORD_SIZE])
               for i in range(count)]
    return {
        "record_size": RECORD_SIZE,
        "total_bytes": len(blob),
        "hex_preview": blob[:24].hex(" "),
        "decoded": [list(astuple(d)) for d in decoded],
    }


if __name__ == "__main__":
    readings = [
        {"sensor_id": 1, "temperature_c": 21.37, "humidity_pct": 45.2, "pressure_hpa": 1013.25, "label": "kitchen"},
        {"sensor_id": 2, "temperature_c": -4.5, "humidity_pct": 88.0, "pressure_hpa": 998.1, "label": "garden"},
    ]
    print(pack_records(readings))
    try:
        pack_records([{"sensor_id": -1, "temperature_c": 0, "humidity_pct": 0, "pressure_hpa": 0, "label": "x"}])
    except RecordError as exc:
        print("error:", exc)
