# ordinary: compress text with zlib and wrap it as base64 for safe transport, reporting the ratio
import base64
import zlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Packed:
    payload: str
    original_size: int
    checksum: int

    @property
    def ratio(self) -> float:
        return len(self.payload) / self.original_size if self.original_size else 1.0


def pack(text: str, level: int = zlib.Z_BEST_COMPRESSION) -> Packed:
    raw = text.encode("utf-8")
    compressed = zlib.compress(raw, level)
    return Packed(base64.b64encode(compressed).decode("ascii"), len(raw), zlib.crc32(raw))


def unpack(packed: Packed) -> str:
    raw = zlib.decompress(base64.b64decode(packed.payload))
    if zlib.crc32(raw) != packed.checksum:
        raise ValueError("checksum mismatch: data corrupted")
    if len(raw) != packed.original_size:
        raise ValueError("size mismatch")
    return raw.decode("utf-8")


def stream_compress(chunks: list[str]) -> bytes:
    comp = zlib.compressobj(level=6)
    out = b"".join(comp.compress(c.encode()) for c in chunks)
    return out + comp.flush()


if __name__ == "__main__":
    text = "\n".join(f"log line {i}: status=OK latency={i % 7}ms" for i in range(200))
    p = pack(text)
    print(f"{p.original_size} bytes -> {len(p.payload)} base64 chars ({p.ratio:.1%})")
    assert unpack(p) == text
    print(zlib.decompress(stream_compress(["hello ", "streaming ", "world"])).decode())
    broken = Packed(p.payload, p.original_size, p.checksum ^ 1)
    try:
        unpack(broken)
    except ValueError as e:
        print("error:", e)
