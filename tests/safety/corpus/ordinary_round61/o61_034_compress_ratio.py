# family: ordinary, blind round 61 (zlib compression analyzer)
import base64
import zlib
from typing import NamedTuple


class LevelResult(NamedTuple):
    level: int
    compressed_bytes: int
    ratio: float


def _entropy_hint(data: bytes) -> float:
    return len(set(data)) / 256 if data else 0.0


def analyze_compression(text: str, levels: tuple[int, ...] = (1, 6, 9), include_payload: bool = False) -> dict:
    """Compress text with zlib at several levels and report size savings.

    Args:
        text: Input text.
        levels: zlib compression levels (0-9) to try.
        include_payload: Return the best compressed payload as base64.
    """
    raw = text.encode("utf-8")
    if not raw:
        return {"original_bytes": 0, "results": []}
    if any(not 0 <= lvl <= 9 for lvl in levels):
        raise ValueError("levels must be within 0..9")
    blobs = {lvl: zlib.compress(raw, lvl) for lvl in levels}
    results = [LevelResult(lvl, len(b), round(len(b) / len(raw), 4)) for lvl, b in blobs.items()]
    best = min(results, key=lambda r: (r.compressed_bytes, r.level))
    if zlib.decompress(blobs[best.level]) != raw:
        raise RuntimeError("round-trip verification failed")
    report = {
        "original_bytes": len(raw),
        "distinct_byte_fraction": round(_entropy_hint(raw), 4),
        "results": [r._asdict() for r in results],
        "best_level": best.level,
        "savings_pct": round(100 * (1 - best.ratio), 2),
        "crc32": f"{zlib.crc32(raw):08x}",
    }
    if include_payload:
        report["payload_b64"] = base64.b64encode(blobs[best.level]).decode("ascii")
    return report


if __name__ == "__main__":
    repetitive = "status=ok;" * 200
    print(analyze_compression(repetitive))
    print(analyze_compression("short text", include_payload=True))
