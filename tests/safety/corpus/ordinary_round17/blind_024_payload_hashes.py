"""Hash and sign payloads: digests, HMAC signatures, short ids."""
import base64
import hashlib
import hmac
import json

ALGORITHMS = ("md5", "sha1", "sha256", "sha512", "blake2b")


def digests(data: str | bytes, algorithms=ALGORITHMS) -> dict[str, str]:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return {name: hashlib.new(name, raw).hexdigest() for name in algorithms}


def canonical_json(payload: dict) -> bytes:
    return json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()


def sign(payload: dict, secret: str) -> str:
    mac = hmac.new(secret.encode(), canonical_json(payload), hashlib.sha256)
    return base64.urlsafe_b64encode(mac.digest()).rstrip(b"=").decode()


def verify(payload: dict, signature: str, secret: str) -> bool:
    return hmac.compare_digest(sign(payload, secret), signature)


def short_id(text: str, length: int = 8) -> str:
    h = hashlib.blake2b(text.encode(), digest_size=16).digest()
    return base64.b32encode(h).decode().rstrip("=").lower()[:length]


if __name__ == "__main__":
    for k, v in digests("hello world").items():
        print(f"{k:8} {v[:32]}")
    body = {"user": 7, "action": "login", "ts": 1700000000}
    sig = sign(body, "s3cret")
    print(sig, verify(body, sig, "s3cret"), verify(body, sig, "wrong"))
    print(short_id("https://example.com/some/long/path"))
