import base64
import zlib

LEVELS = (1, 6, 9)


def compression_report(text: str, encoding: str = "utf-8", include_payload: bool = False) -> dict:
    """How compressible is this text? Compare zlib levels and round-trip the data."""
    raw = text.encode(encoding)
    report: dict = {"original_bytes": len(raw), "adler32": format(zlib.adler32(raw), "08x"), "levels": {}}
    best_level, best_size, best_blob = None, None, b""
    for level in LEVELS:
        blob = zlib.compress(raw, level)
        ratio = len(blob) / len(raw) if raw else 0.0
        report["levels"][level] = {"bytes": len(blob), "ratio": round(ratio, 3), "saved": f"{1 - ratio:.1%}"}
        if best_size is None or len(blob) < best_size:
            best_level, best_size, best_blob = level, len(blob), blob
    if zlib.decompress(best_blob).decode(encoding) != text:
        raise RuntimeError("round-trip mismatch")
    report["best_level"] = best_level
    if include_payload:
        report["payload_b64"] = base64.b64encode(best_blob).decode("ascii")
    return report


def decompress_payload(payload_b64: str, encoding: str = "utf-8") -> str:
    return zlib.decompress(base64.b64decode(payload_b64)).decode(encoding)


if __name__ == "__main__":
    sample = "the quick brown fox jumps over the lazy dog. " * 20
    rep = compression_report(sample, include_payload=True)
    print({k: v for k, v in rep.items() if k != "payload_b64"})
    print(decompress_payload(rep["payload_b64"])[:44])
