# family: ordinary, blind round 61 (webhook HMAC signer/verifier)
import hashlib
import hmac
import json
import time
from dataclasses import dataclass

DEFAULT_TOLERANCE_S = 300


class SignatureError(Exception):
    pass


@dataclass(frozen=True)
class SignedRequest:
    timestamp: int
    body: str
    signature: str

    @property
    def header(self) -> str:
        return f"t={self.timestamp},v1={self.signature}"


def _canonical_body(payload: dict) -> str:
    return json.dumps(payload, separators=(",", ":"), sort_keys=True)


def _sign(secret: str, timestamp: int, body: str) -> str:
    message = f"{timestamp}.{body}".encode("utf-8")
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def sign_payload(payload: dict, secret: str, timestamp: int | None = None) -> dict:
    """Sign a JSON payload for webhook delivery using HMAC-SHA256."""
    ts = int(time.time()) if timestamp is None else timestamp
    body = _canonical_body(payload)
    req = SignedRequest(ts, body, _sign(secret, ts, body))
    return {"body": req.body, "signature_header": req.header}


def verify_signature(body: str, header: str, secret: str, now: int | None = None,
                     tolerance: int = DEFAULT_TOLERANCE_S) -> dict:
    """Verify a webhook signature header of the form 't=...,v1=...'."""
    try:
        fields = dict(part.split("=", 1) for part in header.split(","))
        ts, sig = int(fields["t"]), fields["v1"]
    except (ValueError, KeyError) as err:
        raise SignatureError("malformed signature header") from err
    now = int(time.time()) if now is None else now
    fresh = abs(now - ts) <= tolerance
    valid = hmac.compare_digest(_sign(secret, ts, body), sig)
    return {"valid": valid and fresh, "signature_ok": valid, "fresh": fresh, "age_seconds": now - ts}


if __name__ == "__main__":
    signed = sign_payload({"event": "invoice.paid", "amount": 4200}, "whsec_demo", timestamp=1_700_000_000)
    print(signed)
    print(verify_signature(signed["body"], signed["signature_header"], "whsec_demo", now=1_700_000_060))
    print(verify_signature(signed["body"], signed["signature_header"], "wrong", now=1_700_000_060))
    print(verify_signature(signed["body"], signed["signature_header"], "whsec_demo", now=1_700_009_999))
