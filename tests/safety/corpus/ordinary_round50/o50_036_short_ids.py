# family: ordinary, blind round 50 (generate UUIDs and short ids)
import secrets
import string
import uuid

ALPHABET = string.digits + string.ascii_letters  # base62
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def base62_encode(n: int) -> str:
    if n == 0:
        return ALPHABET[0]
    out = []
    while n:
        n, r = divmod(n, 62)
        out.append(ALPHABET[r])
    return "".join(reversed(out))


def base62_decode(s: str) -> int:
    n = 0
    for ch in s:
        n = n * 62 + ALPHABET.index(ch)
    return n


def short_uuid() -> str:
    """A uuid4 squeezed into ~22 base62 chars."""
    return base62_encode(uuid.uuid4().int)


def random_id(length: int = 10, prefix: str = "") -> str:
    body = "".join(secrets.choice(CROCKFORD) for _ in range(length))
    return f"{prefix}_{body}" if prefix else body


def stable_id(namespace: str, name: str) -> str:
    """Deterministic id via uuid5 — same input always yields the same id."""
    ns = uuid.uuid5(uuid.NAMESPACE_DNS, namespace)
    return base62_encode(uuid.uuid5(ns, name).int)[:12]


if __name__ == "__main__":
    u = uuid.uuid4()
    enc = base62_encode(u.int)
    print("uuid4:      ", u)
    print("base62:     ", enc, f"({len(enc)} chars)")
    print("round trip: ", uuid.UUID(int=base62_decode(enc)) == u)
    print("short_uuid: ", short_uuid())
    print("order id:   ", random_id(8, prefix="ord"))
    print("stable id:  ", stable_id("example.com", "user:42"), stable_id("example.com", "user:42"))
