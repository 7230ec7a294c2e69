# ordinary: content hashing, HMAC signing and verification helpers
import hashlib
import hmac
import json

SUPPORTED = ("sha256", "sha512", "blake2b")


def digest(data, algorithm="sha256"):
    if algorithm not in SUPPORTED:
        raise ValueError(f"unsupported algorithm {algorithm!r}; use one of {', '.join(SUPPORTED)}")
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.new(algorithm, data).hexdigest()


def canonical_json(obj):
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sign(payload, secret):
    body = canonical_json(payload).encode()
    signature = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return {"payload": payload, "signature": signature}


def verify(message, secret):
    expected = hmac.new(secret.encode(), canonical_json(message["payload"]).encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, message.get("signature", ""))


def short_id(text, length=8):
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()[:length]


if __name__ == "__main__":
    print(digest("hello world"))
    print(digest(b"hello world", "blake2b")[:32])
    msg = sign({"user": 7, "action": "login"}, "s3cret")
    print(msg["signature"][:16], verify(msg, "s3cret"), verify(msg, "wrong"))
    msg["payload"]["user"] = 8
    print("tampered ok?", verify(msg, "s3cret"), short_id("some document"))
