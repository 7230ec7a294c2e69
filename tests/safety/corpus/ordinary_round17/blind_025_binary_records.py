"""Pack and unpack fixed-width binary sensor records with struct."""
import struct
import zlib
from dataclasses import dataclass, astuple

RECORD = struct.Struct("<IhHf")  # timestamp, temp*100, humidity*10, pressure
HEADER = struct.Struct("<4sHI")  # magic, version, count
MAGIC = b"SENS"


@dataclass
class Reading:
    timestamp: int
    temp_centi: int
    humidity_deci: int
    pressure: float

    @property
    def temperature(self) -> float:
        return self.temp_centi / 100


def encode(readings: list[Reading], compress: bool = True) -> bytes:
    body = b"".join(RECORD.pack(*astuple(r)) for r in readings)
    blob = HEADER.pack(MAGIC, 1, len(readings)) + body
    return zlib.compress(blob) if compress else blob


def decode(blob: bytes) -> list[Reading]:
    if not blob.startswith(MAGIC):
        blob = zlib.decompress(blob)
    magic, version, count = HEADER.unpack_from(blob, 0)
    if magic != MAGIC or version != 1:
        raise ValueError("unsupported data format")
    expected = HEADER.size + count * RECORD.size
    if len(blob) != expected:
        raise ValueError(f"length {len(blob)} does not match {expected}")
    return [Reading(*fields) for fields in RECORD.iter_unpack(blob[HEADER.size:])]


if __name__ == "__main__":
    data = [Reading(1700000000 + i * 60, 2150 + i, 455, 1013.25) for i in range(50)]
    packed = encode(data)
    raw = encode(data, compress=False)
    print(len(raw), len(packed), f"crc={zlib.crc32(raw):08x}")
    back = decode(packed)
    print(back[0], back[-1].temperature, back == data)
