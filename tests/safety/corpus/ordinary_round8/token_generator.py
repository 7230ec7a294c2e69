"""Generate secure random passwords, API tokens and passphrases."""
import hashlib
import hmac
import secrets
import string
from functools import partial

AMBIGUOUS = set("Il1O0o")
WORDS = ("apple", "brick", "cloud", "delta", "ember", "frost", "grape", "haven", "ivory", "jolly", "karma", "lemon",
         "maple", "noble", "ocean", "piano", "quilt", "raven", "solar", "tiger", "ultra", "vivid", "wheat", "zebra")


def password(length: int = 16, symbols: bool = True, avoid_ambiguous: bool = True) -> str:
    if length < 8:
        raise ValueError("passwords shorter than 8 characters are not allowed")
    pools = [string.ascii_lowercase, string.ascii_uppercase, string.digits] + (["!#$%&*+-=?@^_"] if symbols else [])
    if avoid_ambiguous:
        pools = ["".join(ch for ch in pool if ch not in AMBIGUOUS) for pool in pools]
    chars = [secrets.choice(pool) for pool in pools]            # at least one from each pool
    alphabet = "".join(pools)
    chars += [secrets.choice(alphabet) for _ in range(length - len(chars))]
    secrets.SystemRandom().shuffle(chars)
    return "".join(chars)


def passphrase(words: int = 4, sep: str = "-") -> str:
    return sep.join(secrets.choice(WORDS) for _ in range(words))


def api_token(prefix: str = "tok", nbytes: int = 24) -> dict:
    token = f"{prefix}_{secrets.token_urlsafe(nbytes)}"
    fingerprint = hashlib.sha256(token.encode()).hexdigest()[:12]
    return {"token": token, "fingerprint": fingerprint}


def verify_token(presented: str, stored_fingerprint: str) -> bool:
    return hmac.compare_digest(hashlib.sha256(presented.encode()).hexdigest()[:12], stored_fingerprint)


GENERATORS = {
    "password": password,
    "pin": partial(lambda n: "".join(secrets.choice(string.digits) for _ in range(n)), 6),
    "passphrase": passphrase,
}


def generate(kind: str = "password", count: int = 3, **options) -> dict:
    if kind == "token":
        tokens = [api_token(**options) for _ in range(count)]
        return {"kind": kind, "values": tokens, "verified": verify_token(tokens[0]["token"], tokens[0]["fingerprint"])}
    if kind not in GENERATORS:
        raise ValueError(f"kind must be one of {sorted(GENERATORS) + ['token']}")
    return {"kind": kind, "values": [GENERATORS[kind](**options) for _ in range(count)]}


if __name__ == "__main__":
    print(generate("password", length=20))
    print(generate("pin"))
    print(generate("passphrase", words=5))
    print(generate("token", count=1, prefix="gen"))
