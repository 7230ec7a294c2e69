"""Sign and verify compact tokens with HMAC-SHA256."""
import base64
import hashlib
import hmac
import json
import time


class TokenError(Exception):
    pass


def _b64encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    padding = "=" * (-len(text) % 4)
    return base64.urlsafe_b64decode(text + padding)


def sign(payload: dict, secret: str, ttl_seconds: int = 3600, now: float | None = None) -> str:
    issued = int(now if now is not None else time.time())
    body = dict(payload, iat=issued, exp=issued + ttl_seconds)
    encoded = _b64encode(json.dumps(body, separators=(",", ":"), sort_keys=True).encode())
    mac = hmac.new(secret.encode(), encoded.encode(), hashlib.sha256).digest()
    return f"{encoded}.{_b64encode(mac)}"


def verify(token: str, secret: str, now: float | None = None) -> dict:
    try:
        encoded, signature = token.split(".")
    except ValueError:
        raise TokenError("malformed token") from None
    expected = hmac.new(secret.encode(), encoded.encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(expected, _b64decode(signature)):
        raise TokenError("bad signature")
    body = json.loads(_b64decode(encoded))
    current = now if now is not None else time.time()
    if body.get("exp", 0) < current:
        raise TokenError("token expired")
    return body


def fingerprint(data: str, algorithm: str = "sha256") -> str:
    if algorithm not in hashlib.algorithms_guaranteed:
        raise ValueError(f"unsupported algorithm {algorithm}")
    return hashlib.new(algorithm, data.encode()).hexdigest()


if __name__ == "__main__":
    t = sign({"user": "ann", "role": "admin"}, "s3cret", ttl_seconds=60, now=1_700_000_000)
    print(t)
    print(verify(t, "s3cret", now=1_700_000_030))
    for args in ((t, "wrong", 1_700_000_030), (t, "s3cret", 1_700_001_000), ("abc", "s3cret", 0)):
        try:
            verify(*args)
        except TokenError as e:
            print("rejected:", e)
    print(fingerprint("hello"), fingerprint("hello", "md5"))
