# family: ordinary, blind round 59 (generate API keys, short IDs and UUIDs)
import secrets
import string
import uuid
from typing import Callable, Dict, List

BASE62 = string.digits + string.ascii_letters
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def base62_encode(n: int) -> str:
    if n == 0:
        return BASE62[0]
    out = []
    while n:
        n, rem = divmod(n, 62)
        out.append(BASE62[rem])
    return "".join(reversed(out))


def short_id_from_uuid(u: uuid.UUID) -> str:
    return base62_encode(u.int).rjust(22, "0")


def api_key(prefix: str = "sk", nbytes: int = 24) -> str:
    token = secrets.token_urlsafe(nbytes)
    return f"{prefix}_{token}"


def human_code(length: int = 8, group: int = 4) -> str:
    """Readable code without ambiguous characters (Crockford base32)."""
    raw = "".join(secrets.choice(CROCKFORD) for _ in range(length))
    return "-".join(raw[i:i + group] for i in range(0, length, group))


def generate_ids(kind: str, count: int = 3) -> List[str]:
    makers: Dict[str, Callable[[], str]] = {
        "uuid4": lambda: str(uuid.uuid4()),
        "short": lambda: short_id_from_uuid(uuid.uuid4()),
        "api_key": api_key,
        "code": human_code,
        "hex": lambda: secrets.token_hex(8),
    }
    if kind not in makers:
        raise ValueError(f"unknown id kind {kind!r}; options: {', '.join(makers)}")
    return [makers[kind]() for _ in range(count)]


if __name__ == "__main__":
    for kind in ["uuid4", "short", "api_key", "code", "hex"]:
        ids = generate_ids(kind, 2)
        print(f"{kind:<8} {ids}")
    ns_id = uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/users/42")
    print("deterministic uuid5:", ns_id, "->", short_id_from_uuid(ns_id))
    print("base62(123456789) =", base62_encode(123456789))
