"""Length-prefixed frames between the pool and a worker: ``>II`` (header length, payload length),
a JSON header, then raw payload bytes.

A request's header holds only its deadline; the payload (source, entry, arguments as JSON) is
opaque to the worker, which reads it into a buffer it wipes after use and passes it on to the
child. A reply's payload is the child's raw result, parsed only by the pool. So the worker's
memory, which every later child inherits, never keeps another call's data."""

from __future__ import annotations

import json
import os
import struct
from typing import Any

PREFIX = struct.Struct(">II")
MAX_HEADER = 64 << 10
MAX_REQUEST = 16 << 20
# Room for the error envelope around a value of exactly max_output_bytes.
ENVELOPE_SLACK = 64 << 10


def encode_header(header: dict[str, Any], payload_len: int) -> bytes:
    head = json.dumps(header, separators=(",", ":")).encode()
    return PREFIX.pack(len(head), payload_len) + head


def pack(header: dict[str, Any], payload: bytes = b"") -> bytes:
    return encode_header(header, len(payload)) + payload


def read_into(fd: int, view: memoryview) -> bool:
    """Fill ``view`` from ``fd``; False at end of stream."""
    done = 0
    while done < len(view):
        n = os.readv(fd, [view[done:]])
        if n == 0:
            return False
        done += n
    return True


def read_header(fd: int) -> tuple[dict[str, Any], int] | None:
    """The next frame's header and payload length; ``None`` at a clean end of stream."""
    prefix = bytearray(PREFIX.size)
    if not read_into(fd, memoryview(prefix)):
        return None
    head_len, payload_len = PREFIX.unpack(prefix)
    if head_len > MAX_HEADER or payload_len > MAX_REQUEST:
        raise ValueError(f"frame too large: header {head_len}, payload {payload_len}")
    head = bytearray(head_len)
    if not read_into(fd, memoryview(head)):
        raise ValueError("truncated frame")
    header = json.loads(head)
    if not isinstance(header, dict):
        raise ValueError("frame header is not an object")
    return header, payload_len


def write_all(fd: int, *parts: bytes | memoryview) -> None:
    for part in parts:
        view = memoryview(part)
        while view:
            view = view[os.write(fd, view) :]
