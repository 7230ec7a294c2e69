"""Create and verify signed, expiring tokens with HMAC-SHA256 (JWT-like, minimal)."""
import base64
import hashlib
import hmac
import json
import time


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(payload: dict, secret: str, ttl_seconds: int = 3600, now: float | None = None) -> str:
    now = time.time() if now is None else now
    body = {**payload, "exp": int(now + ttl_seconds)}
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    claims = _b64(json.dumps(body, separators=(",", ":"), sort_keys=True).encode())
    sig = hmac.new(secret.encode(), f"{header}.{claims}".encode(), hashlib.sha256).digest()
    return f"{header}.{claims}.{_b64(sig)}"


def verify(token: str, secret: str, now: float | None = None) -> dict:
    try:
        header, claims, sig = token.split(".")
    except ValueError:
        raise ValueError("malformed token") from None
    expected = hmac.new(secret.encode(), f"{header}.{claims}".encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(expected, _unb64(sig)):
        raise ValueError("bad signature")
    body = json.loads(_unb64(claims))
    if body.get("exp", 0) < (time.time() if now is None else now):
        raise ValueError("token expired")
    return body


if __name__ == "__main__":
    tok = sign({"sub": "user-42", "role": "reader"}, "s3cret", ttl_seconds=60, now=1_700_000_000)
    print(tok)
    print(verify(tok, "s3cret", now=1_700_000_030))
    for args in ((tok, "wrong", 1_700_000_030), (tok, "s3cret", 1_700_000_100), ("abc", "s3cret", 0)):
        try:
            verify(*args)
        except ValueError as e:
            print("rejected:", e)
