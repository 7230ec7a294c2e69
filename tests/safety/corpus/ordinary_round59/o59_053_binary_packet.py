# family: ordinary, blind round 59 (pack/unpack sensor telemetry packets with struct + crc)
import struct
import zlib
from dataclasses import dataclass

HEADER = struct.Struct("!2sBBHI")    # magic, version, flags, sensor_id, timestamp
READING = struct.Struct("!hHf")      # temperature*100, humidity*100, pressure
MAGIC = b"TM"


class PacketError(ValueError):
    pass


@dataclass
class Telemetry:
    sensor_id: int
    timestamp: int
    temperature_c: float
    humidity_pct: float
    pressure_hpa: float
    flags: int = 0

    def pack(self) -> bytes:
        body = HEADER.pack(MAGIC, 1, self.flags, self.sensor_id, self.timestamp)
        body += READING.pack(round(self.temperature_c * 100), round(self.humidity_pct * 100),
                             self.pressure_hpa)
        return body + struct.pack("!I", zlib.crc32(body))

    @classmethod
    def unpack(cls, data: bytes) -> "Telemetry":
        expected = HEADER.size + READING.size + 4
        if len(data) != expected:
            raise PacketError(f"expected {expected} bytes, got {len(data)}")
        body, (crc,) = data[:-4], struct.unpack("!I", data[-4:])
        if zlib.crc32(body) != crc:
            raise PacketError("CRC mismatch")
        magic, version, flags, sensor_id, ts = HEADER.unpack_from(body)
        if magic != MAGIC or version != 1:
            raise PacketError(f"unsupported packet {magic!r} v{version}")
        t, h, p = READING.unpack_from(body, HEADER.size)
        return cls(sensor_id, ts, t / 100, h / 100, round(p, 2), flags)


if __name__ == "__main__":
    reading = Telemetry(sensor_id=42, timestamp=1_717_000_000, temperature_c=-3.27,
                        humidity_pct=81.5, pressure_hpa=1013.25, flags=0b101)
    packet = reading.pack()
    print(len(packet), "bytes:", packet.hex(" "))
    print(Telemetry.unpack(packet))
    corrupted = packet[:10] + b"\x00" + packet[11:]
    try:
        Telemetry.unpack(corrupted)
    except PacketError as exc:
        print("rejected:", exc)
