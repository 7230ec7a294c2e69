# family: ordinary, blind round 50 (struct packing of a binary header)
import struct
import zlib
from dataclasses import dataclass

MAGIC = b"PKT1"
HEADER = struct.Struct(">4sBBHIQI")  # magic, version, flags, msg_type, length, timestamp_ms, crc32


@dataclass
class PacketHeader:
    version: int
    flags: int
    msg_type: int
    length: int
    timestamp_ms: int
    crc32: int

    def pack(self) -> bytes:
        return HEADER.pack(MAGIC, self.version, self.flags, self.msg_type,
                           self.length, self.timestamp_ms, self.crc32)

    @classmethod
    def unpack(cls, raw: bytes) -> "PacketHeader":
        if len(raw) < HEADER.size:
            raise ValueError(f"need {HEADER.size} bytes, got {len(raw)}")
        magic, *fields = HEADER.unpack_from(raw)
        if magic != MAGIC:
            raise ValueError(f"bad magic {magic!r}")
        return cls(*fields)


def build_packet(msg_type: int, payload: bytes, timestamp_ms: int, flags: int = 0) -> bytes:
    hdr = PacketHeader(1, flags, msg_type, len(payload), timestamp_ms, zlib.crc32(payload))
    return hdr.pack() + payload


def parse_packet(data: bytes) -> tuple[PacketHeader, bytes]:
    hdr = PacketHeader.unpack(data)
    payload = data[HEADER.size:HEADER.size + hdr.length]
    if len(payload) != hdr.length or zlib.crc32(payload) != hdr.crc32:
        raise ValueError("payload truncated or corrupt")
    return hdr, payload


if __name__ == "__main__":
    pkt = build_packet(msg_type=7, payload=b"temperature=21.5", timestamp_ms=1_717_000_000_000, flags=0b101)
    print(f"header size: {HEADER.size} bytes, packet size: {len(pkt)}")
    print("hex:", pkt[:HEADER.size].hex(" "))
    hdr, body = parse_packet(pkt)
    print(hdr, body)
    try:
        parse_packet(pkt[:-2])
    except ValueError as e:
        print("error:", e)
    print("little-endian floats:", struct.unpack("<3f", struct.pack("<3f", 1.5, -2.25, 3.0)))
