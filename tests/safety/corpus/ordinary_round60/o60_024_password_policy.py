# family: ordinary, blind round 60 (password policy validator with rule objects)
import re
import hashlib
import secrets
from dataclasses import dataclass
from typing import Callable, Protocol


class Rule(Protocol):
    message: str

    def check(self, password: str) -> bool: ...


@dataclass(frozen=True)
class RegexRule:
    pattern: str
    message: str

    def check(self, password: str) -> bool:
        return re.search(self.pattern, password) is not None


@dataclass(frozen=True)
class PredicateRule:
    predicate: Callable[[str], bool]
    message: str

    def check(self, password: str) -> bool:
        return self.predicate(password)


DEFAULT_RULES: list[Rule] = [
    PredicateRule(lambda p: len(p) >= 10, "at least 10 characters"),
    RegexRule(r"[A-Z]", "an uppercase letter"),
    RegexRule(r"[a-z]", "a lowercase letter"),
    RegexRule(r"\d", "a digit"),
    RegexRule(r"[^\w\s]", "a symbol"),
    PredicateRule(lambda p: not re.search(r"(.)\1\1", p), "no character repeated 3 times in a row"),
]


def validate(password: str, rules: list[Rule] = DEFAULT_RULES) -> list[str]:
    return [rule.message for rule in rules if not rule.check(password)]


def hash_password(password: str, salt: bytes | None = None, iterations: int = 50_000) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    return f"pbkdf2${iterations}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    _, iterations, salt_hex, digest_hex = stored.split("$")
    candidate = hash_password(password, bytes.fromhex(salt_hex), int(iterations))
    return secrets.compare_digest(candidate.split("$")[-1], digest_hex)


if __name__ == "__main__":
    for pw in ["short", "alllowercase123", "Goood!!!aaa1", "Tr0ub4dor&3x"]:
        problems = validate(pw)
        print(f"{pw:16} ->", "OK" if not problems else "needs: " + "; ".join(problems))
    stored = hash_password("Tr0ub4dor&3x")
    print("verify good:", verify_password("Tr0ub4dor&3x", stored))
    print("verify bad: ", verify_password("tr0ub4dor&3x", stored))
