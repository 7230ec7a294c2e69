# ordinary: hash text with a chosen algorithm and verify HMAC signatures
import base64
import hashlib
import hmac
from typing import Any


def digest_text(text: str, algorithm: str = "sha256", key: str = "", encoding: str = "hex") -> dict[str, Any]:
    """Hash text (or HMAC it when a key is given) and return hex/base64 digests."""
    algorithm = algorithm.lower().replace("-", "")
    if algorithm not in hashlib.algorithms_guaranteed:
        return {"error": f"unsupported algorithm; try one of {sorted(hashlib.algorithms_guaranteed)}"}
    data = text.encode("utf-8")
    if key:
        mac = hmac.new(key.encode(), data, algorithm)
        raw = mac.digest()
    else:
        h = hashlib.new(algorithm)
        h.update(data)
        raw = h.digest() if not algorithm.startswith("shake") else h.digest(32)
    out = raw.hex() if encoding == "hex" else base64.b64encode(raw).decode("ascii")
    return {"algorithm": algorithm, "hmac": bool(key), "digest": out, "bits": len(raw) * 8}


def verify_signature(text: str, key: str, signature: str) -> bool:
    expected = hmac.new(key.encode(), text.encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature.lower())


if __name__ == "__main__":
    r = digest_text("hello", "sha256", key="k")
    print(r, verify_signature("hello", "k", r["digest"]))
