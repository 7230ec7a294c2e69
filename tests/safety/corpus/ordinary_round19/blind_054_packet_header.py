"""Encode and decode a fixed-layout binary message header with struct."""
from __future__ import annotations

import struct
import zlib
from dataclasses import astuple, dataclass
from enum import IntEnum, IntFlag


class MsgType(IntEnum):
    PING = 1
    DATA = 2
    ACK = 3


class HeaderFlags(IntFlag):
    NONE = 0
    COMPRESSED = 1 << 0
    ENCRYPTED = 1 << 1
    LAST_FRAGMENT = 1 << 2


@dataclass(frozen=True)
class Header:
    FORMAT = struct.Struct("!4sBBHII")
    MAGIC = b"PKT1"

    msg_type: MsgType
    flags: HeaderFlags
    sequence: int
    length: int
    checksum: int

    def pack(self) -> bytes:
        return self.FORMAT.pack(self.MAGIC, *astuple(self))

    @classmethod
    def unpack(cls, data: bytes) -> "Header":
        if len(data) < cls.FORMAT.size:
            raise ValueError(f"need {cls.FORMAT.size} bytes, got {len(data)}")
        magic, mtype, flags, seq, length, crc = cls.FORMAT.unpack_from(data)
        if magic != cls.MAGIC:
            raise ValueError(f"bad magic {magic!r}")
        return cls(MsgType(mtype), HeaderFlags(flags), seq, length, crc)


def encode_message(msg_type: MsgType, payload: bytes, sequence: int, compress: bool = False) -> bytes:
    flags = HeaderFlags.LAST_FRAGMENT
    if compress:
        payload, flags = zlib.compress(payload), flags | HeaderFlags.COMPRESSED
    header = Header(msg_type, flags, sequence & 0xFFFF, len(payload), zlib.crc32(payload))
    return header.pack() + payload


def decode_message(frame: bytes) -> tuple[Header, bytes]:
    header = Header.unpack(frame)
    body = frame[Header.FORMAT.size : Header.FORMAT.size + header.length]
    if zlib.crc32(body) != header.checksum:
        raise ValueError("checksum mismatch")
    if HeaderFlags.COMPRESSED in header.flags:
        body = zlib.decompress(body)
    return header, body


if __name__ == "__main__":
    frame = encode_message(MsgType.DATA, b"hello " * 20, sequence=70000, compress=True)
    hdr, body = decode_message(frame)
    print(len(frame), hdr, body[:12])
    print(frame[:16].hex(" "))
