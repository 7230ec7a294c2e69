"""Generate identifiers: UUIDs, deterministic name-based ids, short codes."""
import secrets
import string
import uuid

ALPHABET = string.ascii_uppercase + string.digits
AMBIGUOUS = set("O0I1")
SAFE_ALPHABET = "".join(c for c in ALPHABET if c not in AMBIGUOUS)


def random_uuid() -> str:
    return str(uuid.uuid4())


def stable_id(kind: str, natural_key: str) -> str:
    """Same input always gives the same UUID (uuid5 in a per-kind namespace)."""
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, f"https://ids.example/{kind}")
    return str(uuid.uuid5(namespace, natural_key.strip().lower()))


def short_code(length: int = 8, group: int = 4) -> str:
    chars = "".join(secrets.choice(SAFE_ALPHABET) for _ in range(length))
    return "-".join(chars[i:i + group] for i in range(0, length, group))


def is_uuid(text: str, version: int | None = None) -> bool:
    try:
        u = uuid.UUID(text)
    except (ValueError, AttributeError, TypeError):
        return False
    return version is None or u.version == version


def uuid_info(text: str) -> dict:
    u = uuid.UUID(text)
    return {"hex": u.hex, "version": u.version, "variant": u.variant, "urn": u.urn}


if __name__ == "__main__":
    r = random_uuid()
    print(is_uuid(r, 4), len(r))
    a = stable_id("customer", "Ana@Example.com")
    print(a == stable_id("customer", " ana@example.com"), a != stable_id("order", "ana@example.com"))
    code = short_code(12)
    print(len(code), not (set(code) & AMBIGUOUS))
    print(is_uuid("not-a-uuid"), uuid_info(a)["version"])
