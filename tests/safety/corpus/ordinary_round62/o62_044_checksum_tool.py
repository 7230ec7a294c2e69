# family: ordinary, blind round 62 (checksums, encodings and signed tokens for small payloads)
import base64
import binascii
import hashlib
import hmac
import json
import zlib

SECRET = b"not-a-real-secret"
ALGOS = {
    "crc32": lambda b: "%08x" % zlib.crc32(b),
    "adler32": lambda b: "%08x" % zlib.adler32(b),
    "md5": lambda b: hashlib.md5(b).hexdigest(),
    "sha256": lambda b: hashlib.sha256(b).hexdigest()[:16] + "...",
}


def digest_all(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    elif not isinstance(data, (bytes, bytearray)):
        raise TypeError("need str or bytes, not %s" % type(data).__name__)
    return {name: fn(data) for name, fn in ALGOS.items()}


def sign(payload, key=SECRET):
    body = base64.urlsafe_b64encode(json.dumps(payload, sort_keys=True).encode()).rstrip(b"=")
    mac = hmac.new(key, body, hashlib.sha256).digest()[:12]
    return (body + b"." + base64.urlsafe_b64encode(mac)).decode()


def verify(token, key=SECRET):
    body, _, mac = token.encode().partition(b".")
    expected = base64.urlsafe_b64encode(hmac.new(key, body, hashlib.sha256).digest()[:12])
    if not hmac.compare_digest(mac, expected):
        raise ValueError("bad signature")
    padded = body + b"=" * (-len(body) % 4)
    return json.loads(base64.urlsafe_b64decode(padded))


if __name__ == "__main__":
    for name, value in digest_all("hello world").items():
        print(f"{name:>8}: {value}")
    print(binascii.hexlify(b"\x00\xffAB", "-").decode())
    tok = sign({"user": "ana", "role": "admin", "exp": 1700000000})
    print(tok)
    print(verify(tok))
    tampered = tok[:-3] + ("A" if tok[-3] != "A" else "B") + tok[-2:]
    for t in (tampered,):
        try:
            verify(t)
        except ValueError as e:
            print("tampered:", e)
    try:
        digest_all(42)
    except TypeError as e:
        print("error:", e)
