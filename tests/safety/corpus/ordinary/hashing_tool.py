import base64
import hashlib
import hmac
import secrets

ALGORITHMS = ("md5", "sha1", "sha256", "sha512", "blake2b")


def digest(text: str, algorithm: str = "sha256", encoding: str = "hex") -> str:
    """Hash text with a named algorithm; return hex or base64."""
    if algorithm not in ALGORITHMS:
        raise ValueError(f"algorithm must be one of {', '.join(ALGORITHMS)}")
    h = hashlib.new(algorithm, text.encode("utf-8"))
    if encoding == "hex":
        return h.hexdigest()
    if encoding == "base64":
        return base64.b64encode(h.digest()).decode("ascii")
    raise ValueError("encoding must be 'hex' or 'base64'")


def sign(message: str, key: str) -> str:
    mac = hmac.new(key.encode(), message.encode(), hashlib.sha256)
    return mac.hexdigest()


def verify(message: str, key: str, signature: str) -> bool:
    return hmac.compare_digest(sign(message, key), signature)


def new_api_key(prefix: str = "tk") -> str:
    return f"{prefix}_{secrets.token_urlsafe(24)}"


def checksum_lines(lines: list[str]) -> dict[str, str]:
    return {line: hashlib.sha1(line.encode()).hexdigest()[:10] for line in lines}
