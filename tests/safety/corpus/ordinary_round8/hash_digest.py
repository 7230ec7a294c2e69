"""Compute digests and HMAC signatures for text payloads."""
import hashlib
import hmac

SUPPORTED = ("md5", "sha1", "sha256", "sha512", "blake2b", "sha3_256")


def digest_text(text: str, algorithms: list[str] | None = None, key: str | None = None,
                expected_signature: str | None = None) -> dict:
    data = text.encode("utf-8")
    algorithms = algorithms or ["sha256"]
    result: dict = {"bytes": len(data), "digests": {}}
    for name in algorithms:
        if name not in SUPPORTED:
            raise ValueError(f"unsupported algorithm {name!r}")
        result["digests"][name] = hashlib.new(name, data).hexdigest()
    if key is not None:
        sig = hmac.new(key.encode("utf-8"), data, hashlib.sha256).hexdigest()
        result["hmac_sha256"] = sig
        if expected_signature is not None:
            result["signature_valid"] = hmac.compare_digest(sig, expected_signature.lower())
    return result


if __name__ == "__main__":
    r = digest_text("hello world", ["md5", "sha256", "blake2b"], key="s3cret")
    print(r)
    print(digest_text("hello world", key="s3cret", expected_signature=r["hmac_sha256"])["signature_valid"])
