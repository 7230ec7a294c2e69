# family: ordinary, blind round 48 (hmac webhook signing and verification)
import hashlib
import hmac
import json
import time

SECRET = b"whsec_test_3f9a1c0d2b"
TOLERANCE_SECONDS = 300


def sign(payload: bytes, timestamp: int, secret: bytes = SECRET) -> str:
    message = f"{timestamp}.".encode() + payload
    digest = hmac.new(secret, message, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def parse_header(header: str) -> dict:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return {"t": int(parts.get("t", 0)), "v1": parts.get("v1", "")}


def verify(payload: bytes, header: str, now: int, secret: bytes = SECRET) -> tuple[bool, str]:
    try:
        fields = parse_header(header)
    except ValueError:
        return False, "malformed header"
    if abs(now - fields["t"]) > TOLERANCE_SECONDS:
        return False, "timestamp outside tolerance"
    expected = sign(payload, fields["t"], secret).split("v1=")[1]
    if not hmac.compare_digest(expected, fields["v1"]):
        return False, "signature mismatch"
    return True, "ok"


def file_fingerprint(chunks) -> dict:
    """Hash streamed data with several algorithms at once."""
    hashers = {name: hashlib.new(name) for name in ("md5", "sha1", "sha256")}
    for chunk in chunks:
        for h in hashers.values():
            h.update(chunk)
    return {name: h.hexdigest()[:16] for name, h in hashers.items()}


if __name__ == "__main__":
    now = int(time.time())
    body = json.dumps({"event": "invoice.paid", "amount": 4200}, sort_keys=True).encode()
    header = sign(body, now)
    print("header:", header[:40] + "...")
    cases = {
        "valid": (body, header, now),
        "tampered body": (body.replace(b"4200", b"9999"), header, now),
        "replayed late": (body, header, now + 3600),
        "wrong secret": (body, sign(body, now, b"other"), now),
        "garbage header": (body, "t=abc", now),
    }
    for name, (b, h, t) in cases.items():
        ok, reason = verify(b, h, t)
        print(f"  {name:<15} {'PASS' if ok else 'FAIL'}  {reason}")
    print("fingerprint:", file_fingerprint([b"hello ", b"world"]))
    print("blake2b(8):", hashlib.blake2b(b"hello world", digest_size=8).hexdigest())
