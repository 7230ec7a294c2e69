# family: ordinary, blind round 50 (hash and verify passwords with hashlib.pbkdf2_hmac)
import base64
import hashlib
import hmac
import secrets

ALGORITHM = "sha256"
ITERATIONS = 50_000  # kept modest for the demo; use 600k+ in production
SALT_BYTES = 16


def hash_password(password: str, *, iterations: int = ITERATIONS) -> str:
    """Return an encoded string: pbkdf2_sha256$iterations$salt$hash"""
    salt = secrets.token_bytes(SALT_BYTES)
    dk = hashlib.pbkdf2_hmac(ALGORITHM, password.encode("utf-8"), salt, iterations)
    b64 = lambda b: base64.b64encode(b).decode("ascii").rstrip("=")
    return f"pbkdf2_{ALGORITHM}${iterations}${b64(salt)}${b64(dk)}"


def _b64decode(s: str) -> bytes:
    return base64.b64decode(s + "=" * (-len(s) % 4))


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
    except ValueError:
        return False
    algo = scheme.removeprefix("pbkdf2_")
    dk = hashlib.pbkdf2_hmac(algo, password.encode("utf-8"), _b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(dk, _b64decode(hash_b64))


def needs_rehash(encoded: str) -> bool:
    return int(encoded.split("$")[1]) < ITERATIONS


if __name__ == "__main__":
    stored = hash_password("correct horse battery staple")
    print("stored:", stored)
    print("verify correct:", verify_password("correct horse battery staple", stored))
    print("verify wrong:  ", verify_password("Tr0ub4dor&3", stored))
    old = hash_password("hunter2", iterations=1000)
    print("old hash needs rehash:", needs_rehash(old), "| same pw twice differs:", hash_password("x") != hash_password("x"))
