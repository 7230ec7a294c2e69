# family: ordinary, blind round 48 (uuid and secrets token generator)
import secrets
import string
import uuid
import warnings

ALPHABET = string.ascii_letters + string.digits
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "example.com")


def generate_password(length=16, symbols=True):
    pool = ALPHABET + ("!@#$%^&*-_" if symbols else "")
    while True:
        pw = "".join(secrets.choice(pool) for _ in range(length))
        if (any(c.islower() for c in pw) and any(c.isupper() for c in pw)
                and any(c.isdigit() for c in pw)):
            return pw


def api_key(prefix="sk_live"):
    return f"{prefix}_{secrets.token_urlsafe(24)}"


def stable_id(kind: str, natural_key: str) -> uuid.UUID:
    """Deterministic id: same input always gives the same UUID."""
    return uuid.uuid5(NAMESPACE, f"{kind}:{natural_key}")


def short_code(n=8):
    return "".join(secrets.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


def make_token(nbytes=16):
    warnings.warn("make_token() is deprecated, use api_key()", DeprecationWarning, stacklevel=2)
    return secrets.token_hex(nbytes)


if __name__ == "__main__":
    pw = generate_password()
    print("password length:", len(pw), "| has digit:", any(c.isdigit() for c in pw))
    key = api_key()
    print("api key prefix:", key[:8], "| length:", len(key))
    u4 = uuid.uuid4()
    print("uuid4 version:", u4.version, "| variant:", u4.variant)
    a = stable_id("user", "alice@example.com")
    b = stable_id("user", "alice@example.com")
    print("uuid5 stable:", a == b, a)
    print("short code:", len(short_code()), "chars, unambiguous alphabet")
    print("compare_digest:", secrets.compare_digest("abc", "abc"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tok = make_token()
    print("legacy token:", len(tok), "hex chars;", caught[0].category.__name__, "-", caught[0].message)
