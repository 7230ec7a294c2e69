"""Create and verify HMAC-signed, expiring tokens carrying a small JSON payload."""
import base64
import hashlib
import hmac
import json
import time


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(payload: dict, secret: str, ttl_seconds: int = 3600, now: float = None) -> str:
    now = time.time() if now is None else now
    body = dict(payload, exp=int(now + ttl_seconds))
    raw = _b64(json.dumps(body, separators=(",", ":"), sort_keys=True).encode())
    sig = hmac.new(secret.encode(), raw.encode(), hashlib.sha256).digest()
    return f"{raw}.{_b64(sig)}"


def verify(token: str, secret: str, now: float = None) -> dict:
    now = time.time() if now is None else now
    try:
        raw, sig = token.split(".")
    except ValueError:
        return {"valid": False, "reason": "malformed"}
    expected = hmac.new(secret.encode(), raw.encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(expected, _unb64(sig)):
        return {"valid": False, "reason": "bad signature"}
    body = json.loads(_unb64(raw))
    if body.get("exp", 0) < now:
        return {"valid": False, "reason": "expired", "payload": body}
    return {"valid": True, "payload": body}


def fingerprint(text: str, algo: str = "sha256", length: int = 12) -> str:
    if algo not in hashlib.algorithms_guaranteed:
        raise ValueError(f"unsupported algorithm {algo}")
    return hashlib.new(algo, text.encode()).hexdigest()[:length]


if __name__ == "__main__":
    tok = sign({"user": 42, "role": "editor"}, "s3cret", ttl_seconds=60, now=1_000_000)
    print(tok)
    print(verify(tok, "s3cret", now=1_000_030))
    print(verify(tok, "s3cret", now=1_000_100))
    print(verify(tok, "other", now=1_000_030), verify(tok[:-2] + "xx", "s3cret", now=1_000_030))
    print(fingerprint("hello"), fingerprint("hello", "md5", 8))
