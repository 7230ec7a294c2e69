"""Password strength scoring and secure random password / passphrase generation."""
from __future__ import annotations

import math
import re
import secrets
import string
from dataclasses import dataclass, field

COMMON = {"password", "123456", "qwerty", "letmein", "admin", "welcome", "iloveyou"}
WORDS = ("apple river stone cloud tiger maple orbit lemon piano candle forest rocket "
         "silver garden bridge falcon copper meadow harbor violet").split()


@dataclass
class StrengthReport:
    score: int
    entropy_bits: float
    feedback: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return ["very weak", "weak", "fair", "strong", "very strong"][min(self.score, 4)]


def check_strength(password: str) -> StrengthReport:
    pools = [(string.ascii_lowercase, 26), (string.ascii_uppercase, 26), (string.digits, 10),
             (string.punctuation, len(string.punctuation))]
    pool = sum(size for chars, size in pools if any(c in chars for c in password)) or 1
    entropy = len(password) * math.log2(pool)
    feedback = []
    if len(password) < 12:
        feedback.append("use at least 12 characters")
    if password.lower() in COMMON:
        feedback.append("this is a very common password")
        entropy = min(entropy, 10)
    if re.search(r"(.)\1{2,}", password):
        feedback.append("avoid repeated characters")
        entropy *= 0.8
    if re.search(r"(?:0123|1234|2345|abcd|qwer)", password.lower()):
        feedback.append("avoid keyboard or number sequences")
        entropy *= 0.8
    score = sum(entropy >= t for t in (28, 36, 60, 80))
    return StrengthReport(score, round(entropy, 1), feedback)


def generate_password(length: int = 16, symbols: bool = True) -> str:
    alphabet = string.ascii_letters + string.digits + ("!@#$%^&*-_" if symbols else "")
    while True:
        pwd = "".join(secrets.choice(alphabet) for _ in range(length))
        if (any(c.islower() for c in pwd) and any(c.isupper() for c in pwd)
                and any(c.isdigit() for c in pwd)):
            return pwd


def generate_passphrase(words: int = 5, sep: str = "-") -> str:
    return sep.join(secrets.choice(WORDS) for _ in range(words)) + sep + str(secrets.randbelow(100))


if __name__ == "__main__":
    for pw in ["password", "aaaa1234", "Tr0ub4dor&3", generate_password(), generate_passphrase()]:
        r = check_strength(pw)
        print(f"{pw!r:28} {r.label:<12} {r.entropy_bits:>6} bits  {'; '.join(r.feedback)}")
