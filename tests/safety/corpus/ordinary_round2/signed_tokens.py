# ordinary: create and verify HMAC-SHA256 signed, expiring tokens (JWT-like) with base64url JSON
import base64
import hashlib
import hmac
import json
import time
from typing import Any, Dict


class TokenError(ValueError):
    pass


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(payload: Dict[str, Any], secret: str, ttl_seconds: int = 3600, now: float | None = None) -> str:
    issued = int(now if now is not None else time.time())
    body = dict(payload, iat=issued, exp=issued + ttl_seconds)
    encoded = _b64(json.dumps(body, separators=(",", ":"), sort_keys=True).encode())
    sig = hmac.new(secret.encode(), encoded.encode(), hashlib.sha256).digest()
    return f"{encoded}.{_b64(sig)}"


def verify(token: str, secret: str, now: float | None = None) -> Dict[str, Any]:
    try:
        encoded, sig = token.split(".")
    except ValueError:
        raise TokenError("malformed token") from None
    expected = hmac.new(secret.encode(), encoded.encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(expected, _unb64(sig)):
        raise TokenError("bad signature")
    payload = json.loads(_unb64(encoded))
    if payload["exp"] < (now if now is not None else time.time()):
        raise TokenError("token expired")
    return payload


if __name__ == "__main__":
    t = sign({"sub": "user-42", "role": "editor"}, "s3cret", ttl_seconds=60, now=1_700_000_000)
    print(t)
    print(verify(t, "s3cret", now=1_700_000_030))
    for secret, when in [("wrong", 1_700_000_030), ("s3cret", 1_700_000_999)]:
        try:
            verify(t, secret, now=when)
        except TokenError as err:
            print("rejected:", err)
