"""Pack and unpack permission flags and a binary header with struct."""
import struct
from enum import Flag, auto
from typing import NamedTuple


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    SHARE = auto()


class Header(NamedTuple):
    magic: bytes
    version: int
    flags: Perm
    length: int


FORMAT = ">4sBHI"


def pack_header(h: Header) -> bytes:
    return struct.pack(FORMAT, h.magic, h.version, h.flags.value, h.length)


def unpack_header(data: bytes) -> Header:
    magic, version, flags, length = struct.unpack(FORMAT, data[: struct.calcsize(FORMAT)])
    return Header(magic, version, Perm(flags), length)


def describe(h: Header) -> str:
    match h:
        case Header(b"TOOL", 1, flags, n) if Perm.EXEC in flags:
            return f"v1 executable payload of {n} bytes"
        case Header(b"TOOL", 1, Perm.READ, n):
            return f"v1 read-only payload of {n} bytes"
        case Header(b"TOOL", version=v):
            return f"TOOL version {v}"
        case Header(magic=m):
            return f"unknown magic {m!r}"


def roundtrip(perms: list[str], version: int = 1, length: int = 0) -> dict[str, object]:
    """Entry point: build a header from permission names and decode it again."""
    flags = Perm(0)
    for name in perms:
        flags |= Perm[name.upper()]
    raw = pack_header(Header(b"TOOL", version, flags, length))
    back = unpack_header(raw)
    return {"hex": raw.hex(), "flags": [p.name for p in Perm if p in back.flags],
            "description": describe(back), "size": len(raw)}
