"""Sign and verify webhook payloads with HMAC-SHA256 and timestamps."""
from __future__ import annotations

import hashlib
import hmac
import json
import time
from dataclasses import dataclass
from typing import Any, Callable


class SignatureError(ValueError):
    pass


@dataclass(frozen=True)
class SignedPayload:
    body: str
    timestamp: int
    signature: str

    def header(self) -> str:
        return f"t={self.timestamp},v1={self.signature}"

    @classmethod
    def from_header(cls, body: str, header: str) -> "SignedPayload":
        parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
        try:
            return cls(body, int(parts["t"]), parts["v1"])
        except (KeyError, ValueError) as exc:
            raise SignatureError(f"malformed signature header: {header!r}") from exc


class WebhookSigner:
    def __init__(self, secret: bytes, tolerance_s: int = 300, clock: Callable[[], float] = time.time) -> None:
        if len(secret) < 16:
            raise ValueError("secret should be at least 16 bytes")
        self._secret = secret
        self.tolerance_s = tolerance_s
        self._clock = clock

    def _digest(self, body: str, timestamp: int) -> str:
        message = f"{timestamp}.{body}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def sign(self, payload: dict[str, Any]) -> SignedPayload:
        body = json.dumps(payload, separators=(",", ":"), sort_keys=True)
        ts = int(self._clock())
        return SignedPayload(body, ts, self._digest(body, ts))

    def verify(self, body: str, header: str) -> dict[str, Any]:
        signed = SignedPayload.from_header(body, header)
        if abs(self._clock() - signed.timestamp) > self.tolerance_s:
            raise SignatureError("timestamp outside tolerance")
        if not hmac.compare_digest(self._digest(body, signed.timestamp), signed.signature):
            raise SignatureError("signature mismatch")
        return json.loads(body)


if __name__ == "__main__":
    signer = WebhookSigner(b"example-shared-secret-0123", clock=lambda: 1_700_000_000)
    sp = signer.sign({"event": "invoice.paid", "id": 42})
    print(sp.header()[:30], signer.verify(sp.body, sp.header()))
    try:
        signer.verify(sp.body.replace("42", "43"), sp.header())
    except SignatureError as err:
        print("rejected:", err)
