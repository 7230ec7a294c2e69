# family: ordinary, blind round 60 (webhook HMAC signing and verification with replay window)
import base64
import hmac
import json
import time


class SignatureError(Exception):
    pass


class WebhookSigner:
    def __init__(self, secret: str, tolerance_seconds: int = 300, algorithm: str = "sha256"):
        if algorithm not in ("sha256", "sha512"):
            raise ValueError(f"unsupported algorithm: {algorithm}")
        self._secret = secret.encode()
        self.tolerance = tolerance_seconds
        self.algorithm = algorithm

    def _digest(self, timestamp: int, body: bytes) -> str:
        message = f"{timestamp}.".encode() + body
        mac = hmac.new(self._secret, message, digestmod=self.algorithm)
        return base64.urlsafe_b64encode(mac.digest()).decode().rstrip("=")

    def sign(self, payload: dict, timestamp: int | None = None) -> tuple[bytes, str]:
        ts = int(timestamp if timestamp is not None else time.time())
        body = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()
        return body, f"t={ts},v1={self._digest(ts, body)}"

    def verify(self, body: bytes, header: str, now: float | None = None) -> dict:
        try:
            parts = dict(item.split("=", 1) for item in header.split(","))
            ts, sig = int(parts["t"]), parts["v1"]
        except (ValueError, KeyError) as err:
            raise SignatureError("malformed signature header") from err
        now = time.time() if now is None else now
        if abs(now - ts) > self.tolerance:
            raise SignatureError(f"timestamp outside tolerance ({int(now - ts)}s old)")
        if not hmac.compare_digest(sig, self._digest(ts, body)):
            raise SignatureError("signature mismatch")
        return json.loads(body)


if __name__ == "__main__":
    signer = WebhookSigner("whsec_demo_secret")
    body, header = signer.sign({"event": "invoice.paid", "amount": 4200}, timestamp=1_700_000_000)
    print("header:", header)
    print("verified:", signer.verify(body, header, now=1_700_000_100))
    cases = {
        "tampered": (body.replace(b"4200", b"9999"), header, 1_700_000_100),
        "expired": (body, header, 1_700_009_999),
        "garbage": (body, "nonsense", 1_700_000_000),
    }
    for name, (b, h, now) in cases.items():
        try:
            signer.verify(b, h, now=now)
        except SignatureError as e:
            print(f"{name}: {e}")
