"""Create and verify compact HMAC-signed tokens carrying a JSON payload and expiry."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any


class TokenError(Exception):
    pass


class BadSignature(TokenError):
    pass


class TokenExpired(TokenError):
    pass


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(payload: dict[str, Any], secret: str, ttl: int = 3600, now: float | None = None) -> str:
    body = dict(payload, exp=int((now if now is not None else time.time()) + ttl))
    encoded = _b64(json.dumps(body, separators=(",", ":"), sort_keys=True).encode())
    mac = hmac.new(secret.encode(), encoded.encode(), hashlib.sha256).digest()
    return f"{encoded}.{_b64(mac)}"


def verify(token: str, secret: str, now: float | None = None) -> dict[str, Any]:
    try:
        encoded, signature = token.split(".")
    except ValueError:
        raise TokenError("malformed token") from None
    expected = hmac.new(secret.encode(), encoded.encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(expected, _unb64(signature)):
        raise BadSignature("signature mismatch")
    payload = json.loads(_unb64(encoded))
    if payload["exp"] < (now if now is not None else time.time()):
        raise TokenExpired(f"expired at {payload['exp']}")
    return payload


if __name__ == "__main__":
    key = "demo-secret-key"
    tok = sign({"user": "alice", "role": "editor"}, key, ttl=60, now=1_700_000_000)
    print(tok)
    print(verify(tok, key, now=1_700_000_030))
    tampered = tok[:-2] + ("A" if tok[-2] != "A" else "B") + tok[-1]
    for t, k, when in [(tok, "wrong", 1_700_000_000), (tampered, key, 1_700_000_000), (tok, key, 1_800_000_000), ("x", key, 0)]:
        try:
            verify(t, k, now=when)
        except TokenError as e:
            print(type(e).__name__, "-", e)
