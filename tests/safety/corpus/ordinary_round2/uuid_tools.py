# ordinary: generate, validate and derive deterministic UUIDs (uuid4/uuid5) plus short base32 ids
import base64
import uuid
from typing import Optional

APP_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "example.com")


def new_id() -> str:
    return str(uuid.uuid4())


def stable_id(kind: str, natural_key: str) -> uuid.UUID:
    """Same input always gives the same UUID, handy for idempotent imports."""
    return uuid.uuid5(APP_NAMESPACE, f"{kind}:{natural_key.strip().lower()}")


def parse_uuid(text: str, version: Optional[int] = None) -> Optional[uuid.UUID]:
    try:
        value = uuid.UUID(text)
    except (ValueError, AttributeError, TypeError):
        return None
    if version is not None and value.version != version:
        return None
    return value


def short_id(value: uuid.UUID) -> str:
    return base64.b32encode(value.bytes).decode("ascii").rstrip("=").lower()


def from_short_id(text: str) -> uuid.UUID:
    padded = text.upper() + "=" * (-len(text) % 8)
    return uuid.UUID(bytes=base64.b32decode(padded))


if __name__ == "__main__":
    u = uuid.UUID(new_id())
    print("random:", u, "version", u.version)
    s = stable_id("customer", "  Alice@Example.com ")
    print("stable:", s, s == stable_id("customer", "alice@example.com"))
    sid = short_id(s)
    print("short:", sid, "->", from_short_id(sid) == s)
    print("valid v4?", parse_uuid(str(u), 4) is not None, parse_uuid("not-a-uuid"))
