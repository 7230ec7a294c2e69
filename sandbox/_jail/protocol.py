"""Length-prefixed frames between the pool and a worker: ``>II`` (header length, payload length),
a JSON header, then raw payload bytes (the child's result, passed through unparsed)."""

from __future__ import annotations

import json
import os
import struct
from typing import Any

PREFIX = struct.Struct(">II")
# A request carries the tool's source and arguments in its header.
MAX_HEADER = 16 << 20
# Room for the error envelope around a value of exactly max_output_bytes.
ENVELOPE_SLACK = 64 << 10


def pack(header: dict[str, Any], payload: bytes = b"") -> bytes:
    head = json.dumps(header, separators=(",", ":")).encode()
    return PREFIX.pack(len(head), len(payload)) + head + payload


def _read_exact(fd: int, n: int) -> bytes | None:
    chunks: list[bytes] = []
    while n:
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def read_frame(fd: int, max_payload: int) -> tuple[dict[str, Any], bytes] | None:
    """Blocking read of one frame; ``None`` at a clean end of stream. Raises ValueError when malformed."""
    prefix = _read_exact(fd, PREFIX.size)
    if prefix is None:
        return None
    head_len, payload_len = PREFIX.unpack(prefix)
    if head_len > MAX_HEADER or payload_len > max_payload:
        raise ValueError(f"frame too large: header {head_len}, payload {payload_len}")
    head = _read_exact(fd, head_len)
    payload = _read_exact(fd, payload_len) if payload_len else b""
    if head is None or payload is None:
        raise ValueError("truncated frame")
    header = json.loads(head)
    if not isinstance(header, dict):
        raise ValueError("frame header is not an object")
    return header, payload


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
