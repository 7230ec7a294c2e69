# family: ordinary, blind round 48 (struct binary packet parser)
import struct
import binascii
import zlib
from dataclasses import dataclass
from enum import IntEnum

MAGIC = b"TLM1"
HEADER = struct.Struct(">4sBBHI")      # magic, version, type, payload length, sequence
READING = struct.Struct(">HhI")        # sensor id, value*100, unix timestamp
TRAILER = struct.Struct(">I")          # crc32 of header+payload


class PacketType(IntEnum):
    HEARTBEAT = 1
    READINGS = 2


class PacketError(ValueError):
    pass


@dataclass
class Packet:
    ptype: PacketType
    seq: int
    readings: list

    def encode(self) -> bytes:
        payload = b"".join(READING.pack(sid, round(v * 100), ts) for sid, v, ts in self.readings)
        head = HEADER.pack(MAGIC, 1, self.ptype, len(payload), self.seq)
        return head + payload + TRAILER.pack(zlib.crc32(head + payload))

    @classmethod
    def decode(cls, blob: bytes) -> "Packet":
        if len(blob) < HEADER.size + TRAILER.size:
            raise PacketError("packet too short")
        magic, version, ptype, length, seq = HEADER.unpack_from(blob)
        if magic != MAGIC or version != 1:
            raise PacketError(f"bad magic/version {magic!r}/{version}")
        end = HEADER.size + length
        (crc,) = TRAILER.unpack_from(blob, end)
        if crc != zlib.crc32(blob[:end]):
            raise PacketError("crc mismatch")
        readings = [(sid, raw / 100, ts) for sid, raw, ts in READING.iter_unpack(blob[HEADER.size:end])]
        return cls(PacketType(ptype), seq, readings)


if __name__ == "__main__":
    pkt = Packet(PacketType.READINGS, 42, [(7, 21.55, 1700000000), (8, -3.2, 1700000005)])
    wire = pkt.encode()
    print("encoded", len(wire), "bytes:", binascii.hexlify(wire, " ", 4).decode())
    decoded = Packet.decode(wire)
    print(decoded.ptype.name, decoded.seq, decoded.readings)
    corrupted = bytearray(wire)
    corrupted[15] ^= 0xFF
    for label, blob in [("corrupted", bytes(corrupted)), ("short", wire[:6]), ("heartbeat",
                        Packet(PacketType.HEARTBEAT, 43, []).encode())]:
        try:
            p = Packet.decode(blob)
            print(f"{label}: ok {p.ptype.name} seq={p.seq}")
        except PacketError as e:
            print(f"{label}: {e}")
